"""Side by side: mailsort against Paperless-ngx's 'auto' matching on the same labelled items.

    .venv/bin/python -m mailsort_lab.holdout /tmp/holdout --n 300 --seed 7
    .venv/bin/mailsort process /tmp/holdout --json --data /tmp/hx-data > /tmp/holdout-out.jsonl
    .venv/bin/python bench/baseline_paperless.py /tmp/holdout /tmp/holdout-out.jsonl --data /tmp/hx-data \
        [--config config] [--per-client 5] [--train-seed 70] [--json]

The baseline mirrors Paperless-ngx's DocumentClassifier (src/documents/classifier.py): text
lower-cased, whitespace collapsed, punctuation removed; CountVectorizer(analyzer="word",
ngram_range=(1, 2), min_df=0.01); one MLPClassifier(tol=0.01) for the correspondent (here: the
client) and one for the document type (here: the category). Documents without a correspondent
train the class -1, and a prediction of -1 assigns none, which is Paperless's only way of
leaving a document unassigned; we count that as review and everything else as filed.
Differences, on purpose: no NLTK stemming/stop words (Paperless's optional extra), and a fixed
random_state so the figures repeat.

Training data: --per-client examples for every client in the directory (and so many for every
category), plus 8% letters for nobody (class -1), written by the training generator (default,
--train-source corpus: the same wording family mailsort's category model learnt from) or by the
held-out generator under another seed (--train-source holdout: the test set's own wording, which
flatters the baseline's category accuracy). The training texts are the letters' clean text (what a born-digital PDF would hold);
mailsort gets no examples at all. Test texts are the ones mailsort extracted in its run (read
from its index with --data DIR); items missing there are extracted again with mailsort's own
extractor (OCR, PDF text layer, email parsing). Texts are cached in <OUTCOMES>.texts.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.neural_network import MLPClassifier  # noqa: E402

from mailsort.model import CATEGORIES  # noqa: E402
from mailsort.routing.directory import load_directory  # noqa: E402
from mailsort.evaluate import load_labels, read_outcomes, score  # noqa: E402
from mailsort_lab.holdout.addressing import Book, provider_from  # noqa: E402
from mailsort_lab.holdout.compose import CATEGORY_WEIGHTS, compose  # noqa: E402
from mailsort_lab.holdout.layout import Design, lay_out  # noqa: E402

NONE = "-1"


def preprocess(content: str) -> str:
    """Paperless-ngx's preprocess_content without the optional NLTK step."""
    content = content.lower().strip()
    content = re.sub(r"\s+", " ", content)
    return re.sub(r"[^\w\s]", " ", content)


def training_set(clients_yaml: Path, per_client: int, seed: int) -> list[tuple[str, str, str]]:
    """(text, client id or -1, category) for per_client letters to every client, plus 8% for nobody."""
    book, provider = Book(load_directory(clients_yaml)), provider_from(clients_yaml)
    rng = random.Random(f"baseline-{seed}")
    out, cats, weights = [], list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values())
    jobs = [(c, False) for c in book.d.clients for _ in range(per_client)]
    jobs += [(None, True)] * round(len(jobs) * 0.08)
    for i, (client, nobody) in enumerate(jobs):
        lang = "en" if rng.random() < 0.18 else "de"
        piece = compose(i, book, provider, rng, nobody=nobody, lang=lang,
                        category=rng.choices(cats, weights)[0], client=client)
        pages = lay_out(piece, Design.pick(rng), rng)
        text = "\n".join(op.text for ops in pages for op in ops if op.kind == "text")
        out.append((text, piece.letter.recipient_client_id or NONE, piece.letter.category))
    return out


def index_texts(outcomes: list[dict], data_dir: Path) -> dict[str, str]:
    """The text mailsort itself extracted, from the index of the run (no second OCR pass)."""
    from mailsort.archive.index import Index

    index, texts = Index(f"sqlite:///{(data_dir / 'mailsort.db').as_posix()}"), {}
    try:
        for o in outcomes:
            row = index.get(o["item_id"]) if o.get("item_id") else None
            if row is not None and row.text:
                texts[Path(o["source"]).name] = row.text
    finally:
        index.close()
    return texts


def letter_text(lt) -> str:
    """A Letter's text in reading order, as a born-digital PDF of it would hold."""
    return "\n".join([lt.sender_name, *lt.sender_address, *lt.recipient_lines,
                      *(f"{k} {v}" for k, v in lt.info_block), lt.date_text, lt.body_text,
                      *lt.sender_footer])


def training_set_from_corpus(clients_yaml: Path, per_client: int, seed: int) -> list[tuple[str, str, str]]:
    """The same, written by the training generator (the wording mailsort's model learnt from)."""
    from mailsort.training.clients import generate_outsiders
    from mailsort.training.content import LetterFactory

    directory = load_directory(clients_yaml)
    outsiders = generate_outsiders(seed, clients=directory.clients)
    factory = LetterFactory(directory, outsiders, seed=seed)
    out, have = [], {c.id: 0 for c in directory.clients}
    # The factory picks recipients at random: keep the first per_client letters of each client.
    for _ in range(200 * len(have)):
        if all(n >= per_client for n in have.values()):
            break
        lt = factory.make()
        if have.get(lt.recipient_client_id, per_client) < per_client:
            have[lt.recipient_client_id] += 1
            out.append((letter_text(lt), lt.recipient_client_id, lt.category))
    for _ in range(round(len(out) * 0.08)):
        lt = factory.make(nobody=True)
        out.append((letter_text(lt), NONE, lt.category))
    return out


def test_texts(folder: Path, labels: dict, cache: Path, config: Path | None,
               known: dict[str, str] | None = None) -> dict[str, str]:
    """Each labelled item's text as mailsort's extractor reads it (cached)."""
    texts: dict[str, str] = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    texts.update(known or {})
    todo = [name for name in labels if name not in texts]
    if not todo:
        return texts
    from mailsort.errors import MailsortError
    from mailsort.intake.email import parse_email
    from mailsort.intake.sniff import sniff
    from mailsort.settings import load_settings
    from mailsort.text.extract import Extractor

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(config, data_dir=Path(tmp))
        jobs = []
        for name in todo:
            path = folder / labels[name].file
            try:
                src = sniff(path, None, settings)
                mail = parse_email(path.read_bytes()) if src.kind == "email" else None
                jobs.append((src, mail))
            except MailsortError as e:
                print(f"{name}: {e} (empty text for the baseline)", file=sys.stderr)
                texts[name] = ""
        with Extractor(settings) as ex:
            for i, (src, result) in enumerate(ex.extract_many(jobs), 1):
                if isinstance(result, MailsortError):
                    texts[src.path.name] = ""
                    continue
                head = ""
                if result.email:   # Paperless's mail parser puts the headers into the content too
                    e = result.email
                    head = f"From: {e.sender}\nTo: {e.intake_address or ', '.join(e.recipients)}\nSubject: {e.subject}\n"
                texts[src.path.name] = head + result.text
                if i % 20 == 0:
                    print(f"extracted {i}/{len(jobs)}", file=sys.stderr)
                    cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return texts


def baseline_outcomes(train: list[tuple[str, str, str]], texts: dict[str, str]) -> list[dict]:
    vec = CountVectorizer(analyzer="word", ngram_range=(1, 2), min_df=0.01)
    x = vec.fit_transform(preprocess(t) for t, _, _ in train)
    who = MLPClassifier(tol=0.01, random_state=0).fit(x, [c for _, c, _ in train])
    what = MLPClassifier(tol=0.01, random_state=0).fit(x, [k for _, _, k in train])
    names = sorted(texts)
    xt = vec.transform(preprocess(texts[n]) for n in names)
    clients, cats = who.predict(xt), what.predict(xt)
    pc, pk = who.predict_proba(xt).max(axis=1), what.predict_proba(xt).max(axis=1)
    out = []
    for n, c, k, cp, kp in zip(names, clients, cats, pc, pk):
        c, k = str(c), str(k)
        filed = c != NONE
        out.append({"source": n, "decision": "filed" if filed else "review",
                    "recipient": {"client_id": c, "confidence": float(cp)} if filed else None,
                    "category": {"label": k, "confidence": float(kp)}, "fields": {}})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, help="labelled folder (labels.json)")
    ap.add_argument("outcomes", type=Path, help="JSON lines of `mailsort process --json` over it")
    ap.add_argument("--config", type=Path, default=None, help="configuration folder (clients.yaml)")
    ap.add_argument("--per-client", type=int, default=5)
    ap.add_argument("--train-source", choices=("corpus", "holdout"), default="corpus",
                    help="write the baseline's examples with the training generator (default; the "
                         "wording mailsort learnt from) or with the held-out generator (the test "
                         "set's own wording: flatters the baseline's category figure)")
    ap.add_argument("--train-seed", type=int, default=70)
    ap.add_argument("--data", type=Path, default=None,
                    help="data folder of the mailsort run: take its extracted texts from the index")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from mailsort.settings import load_settings
    settings = load_settings(args.config)
    labels = load_labels(args.folder)
    make = training_set_from_corpus if args.train_source == "corpus" else training_set
    train = make(settings.clients_file, args.per_client, args.train_seed)
    assert {k for _, _, k in train} == set(CATEGORIES), "every category needs training examples"
    outcomes = read_outcomes(args.outcomes)
    known = index_texts(outcomes, args.data) if args.data else {}
    texts = test_texts(args.folder, labels, args.outcomes.with_suffix(".texts.json"), args.config, known)
    base = score(baseline_outcomes(train, texts), labels).overall
    ours = score(outcomes, labels).overall
    rows = [("misfile rate (lower is better)", "misfile_rate"), ("auto-file rate", "auto_file_rate"),
            ("review share", "review_share"), ("recipient accuracy", "recipient_accuracy"),
            ("category accuracy", "category_accuracy")]
    if args.json:
        print(json.dumps({"items": ours.n, "training_examples": len(train),
                          "mailsort": {k: getattr(ours, k) for _, k in rows},
                          "paperless_auto": {k: getattr(base, k) for _, k in rows}}, indent=1))
        return 0
    t = Table(title=f"{ours.n} items; baseline trained on {len(train)} examples "
                    f"({args.per_client} per client, {args.train_source} wording), mailsort on none")
    for col in ("figure", "mailsort", "Paperless-ngx auto"):
        t.add_column(col, justify="left" if col == "figure" else "right")
    for label, key in rows:
        t.add_row(label, f"{100 * getattr(ours, key):.1f}%", f"{100 * getattr(base, key):.1f}%")
    t.add_row("misfiles (items)", str(ours.misfiles), str(base.misfiles))
    Console().print(t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
