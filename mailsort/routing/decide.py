"""File or review, and whether the category still needs a person's look.

"Who" and "what" are kept apart: a wrong client is a data breach, a wrong category is a wrong folder
name. So only the recipient decides between filed and review (it must be confident and clearly lead
its runner-up). A sure recipient with an unsure category is filed with the category unconfirmed: the
client's folder gets it at once, a VA confirms the category from a short list, and rules that depend
on the category wait for that. The reason is written for the person who handles the queue."""

from __future__ import annotations

from typing import Literal

from ..model import Candidate, Category, Recipient
from ..settings import Thresholds
from .calibration import Trust


def _name(c: Candidate | Recipient, names: dict[str, str] | None) -> str:
    return (names or {}).get(c.client_id, c.client_id)


def recipient_doubt(recipient: Recipient | None, candidates: list[Candidate], thresholds: Thresholds,
                    names: dict[str, str] | None = None, trust: Trust | None = None) -> str | None:
    """Why the recipient is not sure enough to file under it, or None when it is. With `trust` (the
    calibrated probability, calibration.py) that probability decides, and a per-client threshold of
    settings stays a floor on the matcher's score; without it the hand-set score and margin do."""
    if recipient is None:
        if candidates:
            best = candidates[0]
            return (f"no client found with confidence: best guess {_name(best, names)} {best.score:.2f}"
                    f" ({best.evidence})")
        return "no client found in the address block"
    if trust is not None:
        floor = thresholds.per_client.get(recipient.client_id, 0.0)
        if trust.probability < trust.needed or recipient.confidence < floor:
            return (f"recipient unsure: {_name(recipient, names)} p={trust.probability:.3f} "
                    f"(needs {trust.needed:.3f}; {recipient.evidence})")
        return None
    runner = next((c for c in candidates if c.client_id != recipient.client_id), None)
    need = thresholds.for_client(recipient.client_id)
    if runner is not None and recipient.confidence - runner.score < thresholds.margin:
        return (f"recipient unsure: {_name(recipient, names)} {recipient.confidence:.2f} vs "
                f"{_name(runner, names)} {runner.score:.2f}")
    if recipient.confidence < need:
        return (f"recipient unsure: {_name(recipient, names)} {recipient.confidence:.2f} "
                f"(needs {need:.2f}; {recipient.evidence})")
    return None


def category_doubt(category: Category, thresholds: Thresholds) -> str | None:
    """Why the category is not sure enough to act on, or None when it is."""
    need = thresholds.for_category(category.label)
    if category.confidence < need:
        return f"category unsure: {category.label} {category.confidence:.2f} (needs {need:.2f})"
    return None


def decide(recipient: Recipient | None, candidates: list[Candidate], category: Category,
           thresholds: Thresholds, names: dict[str, str] | None = None, trust: Trust | None = None,
           ) -> tuple[Literal["filed", "review"], str | None]:
    """`names` (client id -> display name) only makes the reason friendlier. A filed item whose
    reason is not None has its category to confirm (see `category_confirmed`)."""
    doubt = recipient_doubt(recipient, candidates, thresholds, names, trust)
    cat = category_doubt(category, thresholds)
    if doubt:
        return "review", "; ".join(r for r in (doubt, cat) if r)
    if cat:
        return "filed", cat.replace("category unsure", "category to confirm", 1)
    return "filed", None
