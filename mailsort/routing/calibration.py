"""The recipient's calibrated probability: how often a reading like this one names the right client.

The matcher's score is a noisy-or over evidence families, capped where evidence contradicts itself. It
ranks candidates well but is no probability: a mailbox and a name line that agree are two witnesses,
a 0.60 twin reading with no rival in sight is not the same as 0.60 between two clients. A logistic
model over a few features of the reading (the score, its lead, how many independent families speak
for the client, whether a cap fired, email or letter) turns it into the probability that the best
candidate is the right client, "nobody" counting as wrong. It is fitted on labelled mail the routing
was not tuned on (`python -m mailsort_lab.calibrate_recipient`), and the threshold to file is read
from the reliability table of that mail for a misfile rate, not set by hand. Both live in
models/recipient.json; without the file the hand-set thresholds of settings apply as before.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

CALIBRATION_FILE = "recipient.json"
FORMAT_VERSION = 1
FEATURES = ("logit_score", "gap", "witnesses", "capped", "email")
WITNESS_MIN = 0.5           # a family this strong counts as a witness of its own
WITNESS_FAMILIES = ("name", "person", "mailbox", "intake", "forwarded")


@dataclass(frozen=True)
class Reading:
    """What the matcher saw for its best candidate (before any threshold)."""

    score: float                        # the best candidate's score
    runner_up: float                    # the next candidate's score, 0 when none
    families: dict[str, float]          # family -> strength for the best candidate
    capped: bool                        # a contradiction limited the score
    email: bool

    def vector(self) -> list[float]:
        s = min(max(self.score, 0.01), 0.99)
        witnesses = sum(1 for f in WITNESS_FAMILIES if self.families.get(f, 0.0) >= WITNESS_MIN)
        return [math.log(s / (1 - s)), self.score - self.runner_up, float(witnesses),
                1.0 if self.capped else 0.0, 1.0 if self.email else 0.0]


@dataclass(frozen=True)
class Trust:
    """The calibrated probability that the best candidate is right, and what filing needs."""

    probability: float
    needed: float


@dataclass(frozen=True)
class RecipientCalibration:
    coef: tuple[float, ...]
    intercept: float
    threshold: float                    # the probability needed to file, chosen for `misfile_target`
    meta: dict

    def probability(self, reading: Reading) -> float:
        z = self.intercept + sum(w * x for w, x in zip(self.coef, reading.vector()))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def trust(self, reading: Reading | None) -> Trust | None:
        return None if reading is None else Trust(round(self.probability(reading), 4), self.threshold)

    @classmethod
    def load(cls, models_dir: Path) -> RecipientCalibration | None:
        """The calibration in models_dir, None when there is none; a broken file is a ModelError."""
        path = Path(models_dir) / CALIBRATION_FILE
        if not path.exists():
            return None
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT_VERSION or tuple(raw["features"]) != FEATURES:
                raise ModelError(f"{path} was written for other features; run "
                                 "`python -m mailsort_lab.calibrate_recipient` again")
            return cls(coef=tuple(float(c) for c in raw["coef"]), intercept=float(raw["intercept"]),
                       threshold=float(raw["threshold"]), meta=raw)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ModelError(f"{path} is unreadable ({e}); run `python -m mailsort_lab.calibrate_recipient`") from e

    def dump(self, path: Path) -> None:
        raw = {**self.meta, "format": FORMAT_VERSION, "features": list(FEATURES), "coef": list(self.coef),
               "intercept": self.intercept, "threshold": self.threshold}
        path.write_text(json.dumps(raw, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
