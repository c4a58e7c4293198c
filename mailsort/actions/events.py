"""The actions' entries in the one event trail (`archive.schema.Event`), written in the same
transaction as the change they record (outbox row, hold, deadline), so none can vanish."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..archive.records import EventRow
from ..archive.schema import Event


class EventLog:
    def __init__(self, sessions: sessionmaker):
        self.sessions = sessions

    @staticmethod
    def add(session: Session, item_id: str, stage: str, detail: str, at: datetime,
            actor: str | None = None) -> None:
        session.add(Event(item_id=item_id, stage=stage, detail={"message": detail}, at=at, actor=actor))

    def for_item(self, item_id: str) -> list[EventRow]:
        with self.sessions() as s:
            rows = s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
            return [EventRow.model_validate(r) for r in rows]
