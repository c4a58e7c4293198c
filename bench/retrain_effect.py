"""Does a retrain with the VAs' corrections help where they corrected, without hurting the rest?

    .venv/bin/python bench/retrain_effect.py LABELLED_DIR [--texts CACHE.json] [--n 6000]

LABELLED_DIR holds items and labels.json (the sample_scans format). The items' text comes from
CACHE.json ({file: text}, as bench/baseline_paperless.py writes it) or is extracted here.
The shipped model categorises every item; the items it gets wrong or is unsure about (below the
category threshold: they would go to review) get the true label, as a VA would give it. Then two
models are trained side by side, same corpus size and seed, one with those labels (`extra`, as
`mailsort train` passes the review station's labels) and one without; both are scored on the
corrected items and on the rest.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from mailsort.routing.category import CategoryModel
from mailsort.settings import REPO_ROOT, load_settings
from mailsort.evaluate import load_labels
from mailsort.training.train import train_category


def item_texts(folder: Path, files: list[str], cache: Path | None) -> dict[str, str]:
    if cache is not None:
        return json.loads(cache.read_text(encoding="utf-8"))
    from mailsort.intake.sniff import take
    from mailsort.text.extract import Extractor

    settings = load_settings(None, data_dir=Path(tempfile.mkdtemp(prefix="mailsort-retrain-")))
    with Extractor(settings) as extractor:
        jobs = [take(folder / f, None, settings) for f in files]
        return {src.path.name: doc.text for src, doc in extractor.extract_many(jobs)
                if not isinstance(doc, Exception)}


def score(model: CategoryModel, items: list[tuple[str, str]], threshold: float) -> tuple[float, float]:
    preds = [model.predict(text) for text, _ in items]
    right = sum(p.label == truth for p, (_, truth) in zip(preds, items))
    sure_right = sum(p.label == truth and p.confidence >= threshold for p, (_, truth) in zip(preds, items))
    return right / max(len(items), 1), sure_right / max(len(items), 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--texts", type=Path)
    ap.add_argument("--n", type=int, default=6000, help="generated letters per model")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    labels = load_labels(args.folder)
    texts = item_texts(args.folder, sorted(labels), args.texts)
    threshold = load_settings(None).thresholds.category
    shipped = CategoryModel.load(REPO_ROOT / "models")
    corrected, rest = [], []
    for name, label in sorted(labels.items()):
        if name not in texts or not label.category:
            continue
        pred = shipped.predict(texts[name])
        unsure = pred.label != label.category or pred.confidence < threshold
        (corrected if unsure else rest).append((texts[name], label.category))
    print(f"{len(corrected)} item(s) wrong or unsure (a VA corrects them), {len(rest)} the rest")
    with tempfile.TemporaryDirectory() as tmp:
        figures = {}
        for name, extra in (("without", []), ("with", corrected)):
            out = Path(tmp) / name
            train_category(out, n=args.n, seed=args.seed, log=lambda _: None, extra=extra, rounds=0)
            model = CategoryModel.load(out)
            figures[name] = (score(model, corrected, threshold), score(model, rest, threshold))
    print(f"{'':28s}{'corrected items':>30s}{'the rest':>30s}")
    print(f"{'':28s}{'accuracy':>15s}{'filed right':>15s}{'accuracy':>15s}{'filed right':>15s}")
    for name in ("without", "with"):
        (ca, cs), (ra, rs) = figures[name]
        print(f"retrained {name + ' labels':18s}{ca:15.1%}{cs:15.1%}{ra:15.1%}{rs:15.1%}")


if __name__ == "__main__":
    main()
