"""Train the category classifier on the generated corpus and measure it honestly.

`train_category(models_dir)` first holds whole wording templates out (one per category and
language where there are three or more), trains on the rest and scores the held-out templates:
that figure predicts letters worded in ways the generator never wrote. It then trains the
shipped model on all templates and scores it on a fresh corpus seed (in-distribution figures).

    python -m mailsort.training.train [MODELS_DIR] [--n N] [--seed S]
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import sklearn
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from ..model import CATEGORIES
from ..errors import ModelError
from ..routing.category import FORMAT_VERSION, META_FILE, MODEL_FILE, CategoryModel, export_arrays, normalize
from .corpus import CORPUS_VERSION, build_samples
from .templates import REGISTRY

DEFAULT_N = 16_000
DEFAULT_SEED = 7
HOLDOUT_ROUNDS = 3


def make_pipeline(seed: int = 0, cv=3) -> Pipeline:
    """`cv` may be explicit (train, test) index splits: grouped by template, the calibrated
    probabilities then reflect wording the SVM has not seen, not memorised templates."""
    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60_000,
                                  sublinear_tf=True, token_pattern=r"(?u)\b\w[\w.-]*\w\b|\b\w\b")),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3,
                                  max_features=120_000, sublinear_tf=True)),
    ])
    svm = LinearSVC(C=0.3, class_weight="balanced", random_state=seed)
    return Pipeline([("features", features),
                     ("clf", CalibratedClassifierCV(svm, method="sigmoid", cv=cv, ensemble=False))])


def _slim(pipeline: Pipeline) -> Pipeline:
    # stop_words_ keeps every pruned term: large and unused at prediction time.
    for _, vec in pipeline.named_steps["features"].transformer_list:
        vec.stop_words_ = None
    pipeline.named_steps["clf"].cv = 3  # the fitted split indices are not needed any more
    return pipeline


def holdout_selection(round_: int, seed: int) -> tuple[set[str], set[str]]:
    """(train ids, held-out ids): one template per category and language with >= 3 of them."""
    rng = random.Random(f"holdout/{seed}/{round_}")
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for spec in REGISTRY:
        groups[(spec.category, spec.language)].append(spec.id)
    held: set[str] = set()
    for key in sorted(groups):
        ids = sorted(groups[key])
        if len(ids) >= 3:
            held.add(ids[(rng.randrange(len(ids)) + round_) % len(ids)])
    return {s.id for s in REGISTRY} - held, held


def _fit(texts: list[str], labels: list[str], seed: int, groups: list[str] | None = None) -> Pipeline:
    cv = list(GroupKFold(n_splits=3).split(texts, labels, groups)) if groups else 3
    return make_pipeline(seed, cv).fit([normalize(t) for t in texts], labels)


def _score(pipeline: Pipeline, texts: list[str], labels: list[str]) -> tuple[float, dict[str, float]]:
    pred = pipeline.predict([normalize(t) for t in texts])
    f1 = f1_score(labels, pred, labels=list(CATEGORIES), average=None, zero_division=0)
    return float(accuracy_score(labels, pred)), {c: round(float(v), 4) for c, v in zip(CATEGORIES, f1)}


def _confidence(pipeline: Pipeline, texts: list[str], labels: list[str],
                threshold: float = 0.55) -> dict[str, float]:
    """How honest the probabilities are: accuracy among the items confident enough to file."""
    probs = pipeline.predict_proba([normalize(t) for t in texts])
    best = probs.argmax(axis=1)
    conf = probs.max(axis=1)
    right = pipeline.classes_[best] == np.asarray(labels)
    sure = conf >= threshold
    return {"mean_confidence": round(float(conf.mean()), 4),
            "share_confident": round(float(sure.mean()), 4),
            "accuracy_confident": round(float(right[sure].mean()) if sure.any() else 0.0, 4)}


def model_status(models_dir: Path) -> str:
    """One line on the model now in models_dir: current, stale against this corpus, or unusable."""
    try:
        model = CategoryModel.load(models_dir)
    except ModelError as e:
        return f"no usable model yet: {e}"
    return model.staleness(CORPUS_VERSION) or f"the model in {models_dir} is current (corpus version {CORPUS_VERSION})"


REVIEW_WEIGHT = 3    # a letter a person labelled counts like a few generated ones


def train_category(models_dir: Path, n: int = DEFAULT_N, seed: int = DEFAULT_SEED,
                   log=print, extra: Sequence[tuple[str, str]] = (),
                   rounds: int = HOLDOUT_ROUNDS) -> dict:
    """Train, evaluate and write models_dir/category.npz + category.json; return the metadata.

    `extra` are (text, category) pairs from VA decisions in the review station; they join the
    final training set (not the held-out-template evaluation, which measures the generator).
    """
    models_dir = Path(models_dir)
    log(model_status(models_dir))
    t0 = time.time()
    held_acc: list[float] = []
    held_f1: list[dict[str, float]] = []
    held_conf: list[dict[str, float]] = []
    for r in range(rounds):
        train_ids, held_ids = holdout_selection(r, seed)
        tr = build_samples(n // 2, seed=seed * 100 + r, template_ids=train_ids)
        te = build_samples(max(1000, n // 8), seed=seed * 100 + 50 + r, template_ids=held_ids)
        model = _fit([s.text for s in tr], [s.label for s in tr], seed, [s.template for s in tr])
        acc, f1 = _score(model, [s.text for s in te], [s.label for s in te])
        held_acc.append(acc)
        held_f1.append(f1)
        held_conf.append(_confidence(model, [s.text for s in te], [s.label for s in te]))
        log(f"held-out templates round {r + 1}: accuracy {acc:.4f} over {len(te)} texts "
            f"({len(held_ids)} templates held out)")
    train = build_samples(n, seed=seed)
    texts, labels = [s.text for s in train], [s.label for s in train]
    groups = [s.template for s in train]
    for text, label in extra:
        texts += [text] * REVIEW_WEIGHT
        labels += [label] * REVIEW_WEIGHT
        groups += ["review-labels"] * REVIEW_WEIGHT
    model = _slim(_fit(texts, labels, seed, groups))
    test = build_samples(max(2000, n // 5), seed=seed + 1, balanced=False)
    acc, f1 = _score(model, [s.text for s in test], [s.label for s in test])
    log(f"in-distribution accuracy {acc:.4f} over {len(test)} texts")
    models_dir.mkdir(parents=True, exist_ok=True)
    tmp = models_dir / (MODEL_FILE + ".tmp")
    export_arrays(model, tmp)
    tmp.replace(models_dir / MODEL_FILE)
    meta = {
        "format": FORMAT_VERSION,
        "model": "tfidf word 1-2 + char_wb 3-5 -> LinearSVC, sigmoid-calibrated",
        "corpus_version": CORPUS_VERSION,
        "sklearn_version": sklearn.__version__,
        "n": n,
        "seed": seed,
        "templates": len(REGISTRY),
        "review_labels": len(extra),
        "accuracy": round(acc, 4),
        "per_class_f1": f1,
        "heldout_template_rounds": [round(a, 4) for a in held_acc],
        "seconds": round(time.time() - t0, 1),
        "size_bytes": (models_dir / MODEL_FILE).stat().st_size,
    }
    if held_acc:
        meta.update({
            "heldout_template_accuracy": round(sum(held_acc) / len(held_acc), 4),
            "heldout_confidence_at_0.55": {k: round(sum(c[k] for c in held_conf) / len(held_conf), 4)
                                           for k in held_conf[0]},
            "heldout_per_class_f1": {c: round(sum(f[c] for f in held_f1) / len(held_f1), 4)
                                     for c in CATEGORIES},
        })
    (models_dir / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return meta


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(description="Train the category classifier.")
    ap.add_argument("models_dir", nargs="?", type=Path, default=Path(__file__).resolve().parents[2] / "models")
    ap.add_argument("--n", type=int, default=DEFAULT_N)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    meta = train_category(args.models_dir, n=args.n, seed=args.seed,
                          log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(meta, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
