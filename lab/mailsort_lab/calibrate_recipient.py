"""Fit the recipient calibration (models/recipient.json) and choose its threshold for a misfile rate.

    .venv/bin/python -m mailsort_lab.calibrate_recipient [--sets DIR ...] [--matcher N] [--seed S]
        [--target 0.002] [--out models/recipient.json | --check]

Readings come from labelled sets whose documents `mailsort_lab.reroute` has cached (real OCR; use
sets routing was not tuned on: hold-out seeds other than 7/8, never wave 5) and from N address blocks
of `measure_matcher` (seed S). A logistic regression maps each reading to the probability that the
best candidate is the right client ("nobody" counts as wrong). The threshold is the lowest
probability at which the one-sided 95% upper bound (Clopper-Pearson) of the misfile share among the
items it would file stays under the target: read from the data, not set by hand. `--check` scores an
existing calibration on the given readings instead (a set written apart), without fitting.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from mailsort.evaluate import load_labels
from mailsort.model import Document
from mailsort.routing.calibration import CALIBRATION_FILE, FEATURES, Reading, RecipientCalibration
from mailsort.routing.decide import recipient_doubt
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher
from mailsort.settings import load_settings

from .measure_matcher import build
from .reroute import code_digest

WINDOW, LOCAL_ERRORS = 100, 2     # 2 misfiles among 100 neighbours: that band is not fit to file
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 1.0001)


@dataclass
class Sample:
    source: str             # set name or "matcher"
    reading: Reading
    right: bool             # best candidate == truth
    named: bool             # the matcher named a recipient at all (its open-set floor)
    hand_filed: bool        # the hand-set thresholds of settings would file it


def _set_documents(folder: Path) -> list[tuple[Document, str | None]]:
    labels = load_labels(folder)
    cache = folder / ".extracted" / code_digest()
    out = []
    for name, label in sorted(labels.items()):
        path = folder / name
        meta = cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json"
        if meta.exists():
            out.append((Document.model_validate_json(meta.read_text()), label.recipient))
    return out


def collect(sets: list[Path], matcher_n: int, seed: int) -> list[Sample]:
    settings = load_settings()
    directory = load_directory(settings.clients_file)
    matcher = RecipientMatcher(directory, settings.provider_names)
    docs: list[tuple[str, Document, str | None]] = []
    for folder in sets:
        got = _set_documents(folder)
        print(f"{folder}: {len(got)} cached documents", file=sys.stderr)
        docs += [(folder.name, d, t) for d, t in got]
    if matcher_n:
        docs += [("matcher", it.doc, it.truth) for it in build(directory, matcher_n, seed)]
    out = []
    for source, doc, truth in docs:
        recipient, candidates, reading = matcher.read(doc)
        if reading is None:          # no candidate at all: review whatever the calibration says
            continue
        hand = recipient is not None and recipient_doubt(recipient, candidates, settings.thresholds) is None
        out.append(Sample(source, reading, candidates[0].client_id == truth, recipient is not None, hand))
    return out


def upper_bound(errors: int, n: int, confidence: float = 0.95) -> float:
    """One-sided Clopper-Pearson upper bound of a share seen as errors/n."""
    from scipy.stats import beta
    return 1.0 if n == 0 else (1.0 if errors >= n else float(beta.ppf(confidence, errors + 1, n - errors)))


def choose_threshold(probs: list[float], samples: list[Sample], target: float) -> tuple[float, dict]:
    """The lowest probability whose filed items keep the misfile bound under target. The walk down
    the probabilities stops where the last WINDOW items hold LOCAL_ERRORS misfiles: a bad band is not
    bought with a large good one above it."""
    pairs = sorted(((p, s) for p, s in zip(probs, samples) if s.named), key=lambda x: -x[0])
    best, stats, errors = 1.0, {"filed": 0, "misfiles": 0, "bound": 0.0}, 0
    for i, (p, s) in enumerate(pairs):
        errors += not s.right
        if sum(not w.right for _, w in pairs[max(0, i + 1 - WINDOW):i + 1]) >= LOCAL_ERRORS:
            break
        bound = upper_bound(errors, i + 1)
        if bound <= target and (i + 1 == len(pairs) or pairs[i + 1][0] < p):
            best, stats = p, {"filed": i + 1, "misfiles": errors, "bound": round(bound, 5)}
    return best, stats


def reliability(probs: list[float], samples: list[Sample]) -> list[dict]:
    rows = []
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [s for p, s in zip(probs, samples) if lo <= p < hi]
        if inside:
            rows.append({"bin": f"{lo:.3f}-{min(hi, 1):.3f}", "n": len(inside),
                         "right": round(sum(s.right for s in inside) / len(inside), 4),
                         "mean_p": round(sum(p for p, s in zip(probs, samples) if lo <= p < hi) / len(inside), 4)})
    return rows


def summary(name: str, probs: list[float], samples: list[Sample], threshold: float) -> dict:
    n = len(samples)
    filed = [s for p, s in zip(probs, samples) if s.named and p >= threshold]
    hand = [s for s in samples if s.hand_filed]
    return {"set": name, "readings": n,
            "calibrated": {"filed": len(filed), "misfiles": sum(not s.right for s in filed),
                           "right_not_filed": sum(s.right for p, s in zip(probs, samples) if not (s.named and p >= threshold))},
            "hand_set": {"filed": len(hand), "misfiles": sum(not s.right for s in hand),
                         "right_not_filed": sum(s.right for s in samples if not s.hand_filed)}}


def fit(samples: list[Sample], target: float) -> RecipientCalibration:
    from sklearn.linear_model import LogisticRegression
    x = [s.reading.vector() for s in samples]
    y = [int(s.right) for s in samples]
    lr = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    draft = RecipientCalibration(tuple(float(c) for c in lr.coef_[0]), float(lr.intercept_[0]), 1.0, {})
    probs = [draft.probability(s.reading) for s in samples]
    threshold, stats = choose_threshold(probs, samples, target)
    meta = {"fitted_on": sorted({s.source for s in samples}), "readings": len(samples),
            "misfile_target": target, "at_threshold": stats,
            "reliability": reliability(probs, samples),
            "by_source": [summary(src, [p for p, s in zip(probs, samples) if s.source == src],
                                  [s for s in samples if s.source == src], threshold)
                          for src in sorted({s.source for s in samples})]}
    return RecipientCalibration(draft.coef, draft.intercept, round(threshold, 4), meta)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mailsort_lab.calibrate_recipient",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--sets", type=Path, nargs="*", default=[], help="labelled sets with a reroute cache")
    ap.add_argument("--matcher", type=int, default=0, help="measure_matcher address blocks to add")
    ap.add_argument("--seed", type=int, default=11, help="measure_matcher seed (not 7)")
    ap.add_argument("--target", type=float, default=0.002, help="misfile share allowed among filed items")
    ap.add_argument("--out", type=Path, default=Path("models") / CALIBRATION_FILE)
    ap.add_argument("--check", action="store_true", help="score the calibration in --out, do not fit")
    args = ap.parse_args(argv)
    samples = collect(args.sets, args.matcher, args.seed)
    if args.check:
        cal = RecipientCalibration.load(args.out.parent)
        if cal is None:
            ap.error(f"no calibration in {args.out.parent}")
        out = [summary(src, [cal.probability(s.reading) for s in samples if s.source == src],
                       [s for s in samples if s.source == src], cal.threshold)
               for src in sorted({s.source for s in samples})]
        print(json.dumps({"threshold": cal.threshold, "by_source": out,
                          "reliability": reliability([cal.probability(s.reading) for s in samples], samples)},
                         indent=2))
        return 0
    cal = fit(samples, args.target)
    cal.dump(args.out)
    print(json.dumps({k: cal.meta[k] for k in ("readings", "at_threshold", "by_source", "reliability")}
                     | {"threshold": cal.threshold, "features": FEATURES, "coef": cal.coef}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
