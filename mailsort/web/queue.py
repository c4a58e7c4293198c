"""The review queue: urgent first (taxonomy "Urgency"), then oldest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ..archive.records import ItemRow

URGENT_DAYS = 7
URGENT_ANY_DEADLINE = ("legal", "tax")


def deadlines_of(row: ItemRow) -> list[date]:
    out = []
    for d in (row.fields or {}).get("deadlines") or []:
        try:
            out.append(date.fromisoformat(str(d)))
        except ValueError:
            continue
    return sorted(out)


def is_urgent(row: ItemRow, today: date) -> bool:
    """A deadline within 7 days (or already past), or legal/tax mail with any deadline."""
    dl = deadlines_of(row)
    if not dl:
        return False
    return row.category in URGENT_ANY_DEADLINE or dl[0] <= today + timedelta(days=URGENT_DAYS)


@dataclass(frozen=True)
class QueueEntry:
    row: ItemRow
    urgent: bool
    next_deadline: date | None


def order(rows: list[ItemRow], today: date | None = None) -> list[QueueEntry]:
    today = today or datetime.now(UTC).date()
    oldest = datetime.min.replace(tzinfo=UTC)
    entries = [QueueEntry(r, is_urgent(r, today), (deadlines_of(r) or [None])[0]) for r in rows]
    return sorted(entries, key=lambda e: (not e.urgent, e.row.received_at or oldest, e.row.item_id))


def review_queue(index, limit: int = 5000) -> list[QueueEntry]:
    return order(index.list(decision="review", limit=limit))
