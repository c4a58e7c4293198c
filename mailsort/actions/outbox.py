"""The persisted outbox: one row per (item, action), claimed with a lease, retried with backoff.

Exactly once per item and action: the unique key makes enqueueing idempotent (re-runs, restarts), a
row is claimed by a conditional UPDATE (two workers never send the same row), and a row is marked
sent in the same transaction that records the attempt. The one gap no outbox can close: a crash
after the server accepted a message but before that commit; the row is then retried after its lease,
with the same Message-ID / delivery id so receivers can drop the repeat.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from ..errors import MailsortError
from .delivery import RetrySettings
from .errors import DeliveryFailed
from .events import EventLog
from .tables import AttemptRow, OutboxRow

log = logging.getLogger(__name__)


class Skip(Exception):
    """Raised by a sender when the action no longer applies (e.g. a confirmed deadline)."""


@dataclass
class Delivery:
    outbox_id: int
    item_id: str
    kind: str
    action_key: str
    status: str            # sent|pending (will retry)|failed|skipped
    detail: str


def enqueue(session: Session, *, item_id: str, action_key: str, kind: str, rule_id: str | None,
            payload: dict[str, Any], due: datetime, now: datetime) -> bool:
    """Insert unless (item_id, action_key) exists; True when a new row went in."""
    values = dict(item_id=item_id, action_key=action_key, kind=kind, rule_id=rule_id, payload=payload,
                  status="pending", attempts=0, next_attempt_at=due, created_at=now)
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        ins = (sqlite_insert if dialect == "sqlite" else pg_insert)(OutboxRow).values(**values)
        stmt = ins.on_conflict_do_nothing(index_elements=["item_id", "action_key"]).returning(OutboxRow.id)
        return session.execute(stmt).scalar() is not None   # rowcount is unreliable here on psycopg
    exists = session.scalar(select(OutboxRow.id).where(OutboxRow.item_id == item_id,
                                                       OutboxRow.action_key == action_key))
    if exists is None:
        session.add(OutboxRow(**values))
    return exists is None


class Outbox:
    def __init__(self, sessions: sessionmaker, retry: RetrySettings, events: EventLog):
        self.sessions = sessions
        self.retry = retry
        self.events = events

    def claim_due(self, now: datetime, limit: int = 100) -> list[OutboxRow]:
        """Rows due now (or whose sender died mid-send), each claimed by exactly one caller."""
        due = or_(and_(OutboxRow.status == "pending", OutboxRow.next_attempt_at <= now),
                  and_(OutboxRow.status == "sending", OutboxRow.lease_until <= now))
        claimed: list[OutboxRow] = []
        with self.sessions.begin() as s:
            candidates = s.scalars(select(OutboxRow).where(due).order_by(OutboxRow.next_attempt_at, OutboxRow.id)
                                   .limit(limit)).all()
            for row in candidates:
                lease = now + timedelta(seconds=self.retry.lease_seconds)
                res = s.execute(update(OutboxRow).where(OutboxRow.id == row.id, due)
                                .values(status="sending", lease_until=lease))
                if res.rowcount == 1:
                    row.status, row.lease_until = "sending", lease
                    claimed.append(row)
        return claimed

    def settle(self, row: OutboxRow, now: datetime, *, ok: bool, detail: str, permanent: bool = False,
               skipped: bool = False) -> str:
        attempts = row.attempts + (0 if skipped else 1)
        if ok:
            status = "skipped" if skipped else "sent"
            values: dict[str, Any] = dict(status=status, sent_at=now, lease_until=None, attempts=attempts)
        elif permanent or attempts >= self.retry.max_attempts:
            status = "failed"
            values = dict(status=status, lease_until=None, attempts=attempts, last_error=detail)
        else:
            status = "pending"
            retry_at = now + timedelta(seconds=self.retry.delay(attempts))
            values = dict(status=status, lease_until=None, attempts=attempts, last_error=detail,
                          next_attempt_at=retry_at)
            detail = f"{detail}; retry {attempts + 1} at {retry_at:%Y-%m-%d %H:%M:%S} UTC"
        with self.sessions.begin() as s:
            s.execute(update(OutboxRow).where(OutboxRow.id == row.id).values(**values))
            s.add(AttemptRow(outbox_id=row.id, item_id=row.item_id, at=now, ok=ok, detail=f"{status}: {detail}"))
            self.events.add(s, row.item_id, f"action.{row.kind}", f"{row.action_key}: {status}: {detail}", now)
        return status

    def run(self, now: datetime, send: Callable[[OutboxRow], str], limit: int = 100) -> list[Delivery]:
        """Claim what is due and hand each row to `send` (returns a receipt or raises)."""
        out = []
        for row in self.claim_due(now, limit):
            try:
                receipt = send(row)
                status = self.settle(row, now, ok=True, detail=receipt)
            except Skip as e:
                receipt = str(e)
                status = self.settle(row, now, ok=True, detail=receipt, skipped=True)
            except DeliveryFailed as e:
                receipt = str(e)
                status = self.settle(row, now, ok=False, detail=receipt, permanent=e.permanent)
            except MailsortError as e:      # e.g. a missing secret: fix the config, then it retries
                receipt = str(e)
                status = self.settle(row, now, ok=False, detail=receipt)
            except Exception as e:          # a bug or a vanished file must not leave the row leased
                log.exception("delivering %s %s", row.item_id, row.action_key)
                receipt = f"{type(e).__name__}: {e}"
                status = self.settle(row, now, ok=False, detail=receipt)
            log.info("%s %s %s: %s", row.item_id, row.action_key, status, receipt)
            out.append(Delivery(row.id, row.item_id, row.kind, row.action_key, status, receipt))
        return out

    def save_progress(self, row: OutboxRow, **progress: Any) -> None:
        """Persist partial progress of a multi-message action (e.g. parts sent) before the next step."""
        row.payload = {**row.payload, **progress}
        with self.sessions.begin() as s:
            s.execute(update(OutboxRow).where(OutboxRow.id == row.id).values(payload=row.payload))

    def rows(self, item_id: str | None = None) -> list[OutboxRow]:
        with self.sessions() as s:
            q = select(OutboxRow).order_by(OutboxRow.id)
            if item_id:
                q = q.where(OutboxRow.item_id == item_id)
            return list(s.scalars(q).all())
