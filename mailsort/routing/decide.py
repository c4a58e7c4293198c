"""File or review: both the recipient and the category must be confident, and the recipient must
clearly lead its runner-up. The reason is written for the person who handles the review queue."""

from __future__ import annotations

from typing import Literal

from ..model import Candidate, Category, Recipient
from ..settings import Thresholds


def _name(c: Candidate | Recipient, names: dict[str, str] | None) -> str:
    return (names or {}).get(c.client_id, c.client_id)


def recipient_doubt(recipient: Recipient | None, candidates: list[Candidate], thresholds: Thresholds,
                    names: dict[str, str] | None = None) -> str | None:
    """Why the recipient is not sure enough to file under it, or None when it is."""
    if recipient is None:
        if candidates:
            best = candidates[0]
            return (f"no client found with confidence: best guess {_name(best, names)} {best.score:.2f}"
                    f" ({best.evidence})")
        return "no client found in the address block"
    runner = next((c for c in candidates if c.client_id != recipient.client_id), None)
    need = thresholds.for_client(recipient.client_id)
    if runner is not None and recipient.confidence - runner.score < thresholds.margin:
        return (f"recipient unsure: {_name(recipient, names)} {recipient.confidence:.2f} vs "
                f"{_name(runner, names)} {runner.score:.2f}")
    if recipient.confidence < need:
        return (f"recipient unsure: {_name(recipient, names)} {recipient.confidence:.2f} "
                f"(needs {need:.2f}; {recipient.evidence})")
    return None


def decide(recipient: Recipient | None, candidates: list[Candidate], category: Category,
           thresholds: Thresholds, names: dict[str, str] | None = None,
           ) -> tuple[Literal["filed", "review"], str | None]:
    """`names` (client id -> display name) only makes the reason friendlier."""
    reasons: list[str] = []
    doubt = recipient_doubt(recipient, candidates, thresholds, names)
    if doubt:
        reasons.append(doubt)
    need_cat = thresholds.for_category(category.label)
    if category.confidence < need_cat:
        reasons.append(f"category unsure: {category.label} {category.confidence:.2f} (needs {need_cat:.2f})")
    if reasons:
        return "review", "; ".join(reasons)
    return "filed", None
