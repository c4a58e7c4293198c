"""The event trail of actions: always in act_events (same transaction as the outbox change), and
mirrored to the index's trail when `mailsort.archive.index.Index.add_event` exists."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .tables import EventRow

log = logging.getLogger(__name__)


class EventLog:
    def __init__(self, sessions: sessionmaker, db_url: str, use_index: bool = True):
        self.sessions = sessions
        self.db_url = db_url
        self._index: Any = None
        self._index_tried = not use_index
        self._warned = False

    def add(self, session: Session, item_id: str, stage: str, detail: str, at: datetime,
            actor: str | None = None) -> None:
        session.add(EventRow(item_id=item_id, stage=stage, detail=detail, at=at, actor=actor))

    def mirror(self, item_id: str, stage: str, detail: str, actor: str | None = None) -> None:
        """Best effort: the index is another engineer's; its trouble must not stop a delivery."""
        if item_id.startswith("digest:"):
            return                  # not an item of the index
        index = self._get_index()
        if index is None:
            return
        try:
            index.add_event(item_id, stage, {"message": detail}, actor=actor)
        except Exception as e:  # noqa: BLE001 - logged, the act_events row is the record
            log.log(logging.DEBUG if self._warned else logging.WARNING, "index event for %s not written: %s",
                    item_id, e)
            self._warned = True

    def _get_index(self) -> Any:
        if not self._index_tried:
            self._index_tried = True
            try:
                from ..archive.index import Index  # type: ignore[import-not-found]
                if hasattr(Index, "add_event"):
                    self._index = Index(self.db_url)
            except Exception as e:  # noqa: BLE001
                log.debug("no index event trail available: %s", e)
        return self._index

    def close(self) -> None:
        if self._index is not None:
            self._index.close()

    def for_item(self, item_id: str) -> list[EventRow]:
        with self.sessions() as s:
            return list(s.scalars(select(EventRow).where(EventRow.item_id == item_id).order_by(EventRow.id)))
