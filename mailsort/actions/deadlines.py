"""The deadline watch: a per-client calendar of the deadlines found on filed items.

A deadline stays open until someone confirms it was handled; past its date it shows as overdue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from .conditions import ItemFacts
from .context import ActionContext
from .errors import ActionError
from .tables import ActionItem, DeadlineRow


@dataclass
class DeadlineEntry:
    item_id: str
    client_id: str | None
    client_name: str | None
    due: date
    days_left: int
    status: str                 # open | overdue | confirmed
    category: str | None
    sender: str | None
    subject: str | None
    confirmed_at: datetime | None = None
    confirmed_by: str | None = None

    def line(self) -> str:
        when = {"overdue": f"OVERDUE {-self.days_left}d", "confirmed": "confirmed"}.get(self.status,
                                                                                       f"in {self.days_left}d")
        return (f"{self.due:%Y-%m-%d}  {when:<13} {self.client_id or '-':<22} {self.category or '-':<10} "
                f"{(self.sender or '-')[:30]:<30} {self.item_id}")


def parse_within(text: str | int | None) -> int | None:
    """'14d', '2w', '14' -> days."""
    if text is None or isinstance(text, int):
        return text
    m = re.fullmatch(r"\s*(\d+)\s*([dw]?)\s*", str(text).lower())
    if not m:
        raise ActionError(f"--within {text!r}: expected days like 14d or weeks like 2w")
    return int(m.group(1)) * (7 if m.group(2) == "w" else 1)


def list_deadlines(ctx: ActionContext, client_id: str | None = None, within_days: int | None = None,
                   now: datetime | None = None, include_confirmed: bool = False) -> list[DeadlineEntry]:
    """Deadlines due within `within_days` (all when None), plus every overdue unconfirmed one."""
    now = now or ctx.clock.now()
    today = ctx.today(now)
    with ctx.sessions() as s:
        q = select(DeadlineRow, ActionItem).join(ActionItem, ActionItem.item_id == DeadlineRow.item_id)
        if client_id:
            q = q.where(DeadlineRow.client_id == client_id)
        rows = s.execute(q.order_by(DeadlineRow.due, DeadlineRow.item_id)).all()
    out = []
    for dl, item in rows:
        days = (dl.due - today).days
        status = "confirmed" if dl.confirmed_at else ("overdue" if days < 0 else "open")
        if status == "confirmed" and not include_confirmed:
            continue
        if status == "open" and within_days is not None and days > within_days:
            continue
        if status == "confirmed" and within_days is not None and not 0 <= days <= within_days:
            continue
        f = ItemFacts.model_validate(item.facts)
        out.append(DeadlineEntry(dl.item_id, dl.client_id, f.client_name, dl.due, days, status, f.category,
                                 f.sender, f.subject, dl.confirmed_at, dl.confirmed_by))
    return out


def confirm_deadline(ctx: ActionContext, item_id: str, due: date | None = None, by: str | None = None,
                     note: str | None = None) -> int:
    """Mark an item's deadline (or all its deadlines) as handled; stops its reminders."""
    now = ctx.clock.now()
    with ctx.sessions.begin() as s:
        q = select(DeadlineRow).where(DeadlineRow.item_id == item_id, DeadlineRow.confirmed_at.is_(None))
        if due:
            q = q.where(DeadlineRow.due == due)
        rows = s.scalars(q).all()
        if not rows:
            raise ActionError(f"item {item_id} has no open deadline" + (f" on {due}" if due else ""))
        for r in rows:
            r.confirmed_at, r.confirmed_by, r.note = now, by, note
            ctx.events.add(s, item_id, "deadline.confirmed", f"deadline {r.due} confirmed"
                           + (f": {note}" if note else ""), now, by)
        return len(rows)
