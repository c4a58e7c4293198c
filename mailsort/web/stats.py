"""Dashboard figures: today by state, the review backlog, misfiles corrected, share filed automatically."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..archive.schema import Item
from ..learning.labels import misfiles_corrected
from ..learning.tables import Label, sessions as label_sessions

ZONE = ZoneInfo("Europe/Berlin")


@dataclass
class Dashboard:
    today: dict[str, int]
    backlog: int
    oldest_review: Item | None
    misfiles_7d: int
    misfiles_all: int
    reviewed_7d: int
    received_7d: int
    auto_filed_7d: int

    @property
    def auto_share(self) -> float | None:
        return self.auto_filed_7d / self.received_7d if self.received_7d else None


def _aware(v: datetime | None) -> datetime | None:
    return v.replace(tzinfo=UTC) if v is not None and v.tzinfo is None else v


def dashboard(index, db_url: str, now: datetime | None = None) -> Dashboard:
    now = now or datetime.now(UTC)
    midnight = now.astimezone(ZONE).replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
    week = now - timedelta(days=7)
    with Session(index.engine) as s:
        today = dict(s.execute(select(Item.decision, func.count()).where(Item.received_at >= midnight)
                               .group_by(Item.decision)).all())
        backlog = s.scalar(select(func.count()).where(Item.decision == "review")) or 0
        oldest = s.scalars(select(Item).where(Item.decision == "review").order_by(Item.received_at)).first()
        if oldest is not None:
            oldest.received_at = _aware(oldest.received_at)
            s.expunge(oldest)
        recent = s.execute(select(Item.decision, Item.recipient_evidence)
                           .where(Item.received_at >= week, Item.decision.in_(("filed", "review", "returned")))).all()
    # Filed by a person = move_to_client wrote "assigned by <name>" as the evidence.
    auto = sum(1 for d, ev in recent if d == "filed" and not (ev or "").startswith("assigned by"))
    with label_sessions(db_url)() as s:
        reviewed = s.scalar(select(func.count()).select_from(Label).where(Label.at >= week)) or 0
    return Dashboard(today=today, backlog=backlog, oldest_review=oldest,
                     misfiles_7d=misfiles_corrected(db_url, since=week), misfiles_all=misfiles_corrected(db_url),
                     reviewed_7d=reviewed, received_7d=len(recent), auto_filed_7d=auto)
