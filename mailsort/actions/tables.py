"""The actions' own tables (outbox, attempts, digests, holds, tags, deadlines) in the one database.

Items are referenced by their item_id string only, so nothing here depends on the index schema.
Their events go to the index's one trail (`archive.schema.Event`), see `events.py`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


class ActionItem(Base):
    """What on_filed was told about an item: enough for rules, digests and deadlines."""

    __tablename__ = "act_items"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(100), index=True)
    category: Mapped[str | None] = mapped_column(String(32))
    filed_at: Mapped[datetime] = mapped_column(index=True)
    facts: Mapped[dict[str, Any]] = mapped_column()          # ItemFacts as JSON
    text: Mapped[str] = mapped_column(Text, default="")


class OutboxRow(Base):
    """One message to deliver; (item_id, action_key) unique makes every action happen once."""

    __tablename__ = "act_outbox"
    __table_args__ = (UniqueConstraint("item_id", "action_key", name="uq_act_outbox_item_action"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(64), index=True)   # or "digest:<client>"
    action_key: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))                   # forward|notify|remind|webhook|digest
    rule_id: Mapped[str | None] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(index=True)
    lease_until: Mapped[datetime | None] = mapped_column(nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column()
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)


class AttemptRow(Base):
    __tablename__ = "act_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outbox_id: Mapped[int] = mapped_column(Integer, index=True)
    item_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column()
    ok: Mapped[bool] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(Text)


class DigestRow(Base):
    """One digest period per client; the unique key keeps a period from being sent twice."""

    __tablename__ = "act_digests"
    __table_args__ = (UniqueConstraint("client_id", "period", name="uq_act_digest_period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(100), index=True)
    period: Mapped[str] = mapped_column(String(40))
    covered_from: Mapped[datetime] = mapped_column()
    covered_until: Mapped[datetime] = mapped_column()
    item_ids: Mapped[list[Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(12))            # queued|empty
    created_at: Mapped[datetime] = mapped_column()


class HoldRow(Base):
    """Held for collection, or in the bin until purge_after (restorable until then)."""

    __tablename__ = "act_holds"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(12))             # held|binned|restored|purged|collected
    rule_id: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    since: Mapped[datetime] = mapped_column()
    purge_after: Mapped[datetime | None] = mapped_column(nullable=True)


class TagRow(Base):
    __tablename__ = "act_tags"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)
    rule_id: Mapped[str | None] = mapped_column(String(100))


class DeadlineRow(Base):
    __tablename__ = "act_deadlines"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    due: Mapped[date] = mapped_column(Date, primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(100), index=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    confirmed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
