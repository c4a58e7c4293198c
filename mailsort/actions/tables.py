"""The actions' own tables, on their own DeclarativeBase, in the same database as the index.

Items are referenced by their item_id string only, so nothing here depends on the index schema.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, Integer, String, Text, TypeDecorator, UniqueConstraint, create_engine,
    event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

from ..errors import StorageError


class UtcDateTime(TypeDecorator):
    """Stores UTC, always hands back an aware datetime (SQLite forgets the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


class ActionsBase(DeclarativeBase):
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class ActionItem(ActionsBase):
    """What on_filed was told about an item: enough for rules, digests and deadlines."""

    __tablename__ = "act_items"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(100), index=True)
    category: Mapped[str | None] = mapped_column(String(32))
    filed_at: Mapped[datetime] = mapped_column(index=True)
    facts: Mapped[dict[str, Any]] = mapped_column()          # ItemFacts as JSON
    text: Mapped[str] = mapped_column(Text, default="")


class OutboxRow(ActionsBase):
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


class AttemptRow(ActionsBase):
    __tablename__ = "act_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outbox_id: Mapped[int] = mapped_column(Integer, index=True)
    item_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column()
    ok: Mapped[bool] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(Text)


class EventRow(ActionsBase):
    """The item's event trail for actions, used when the index offers no add_event."""

    __tablename__ = "act_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column()
    stage: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    actor: Mapped[str | None] = mapped_column(String(100), nullable=True)


class DigestRow(ActionsBase):
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


class HoldRow(ActionsBase):
    """Held for collection, or in the bin until purge_after (restorable until then)."""

    __tablename__ = "act_holds"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(12))             # held|binned|restored|purged|collected
    rule_id: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    since: Mapped[datetime] = mapped_column()
    purge_after: Mapped[datetime | None] = mapped_column(nullable=True)


class TagRow(ActionsBase):
    __tablename__ = "act_tags"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)
    rule_id: Mapped[str | None] = mapped_column(String(100))


class DeadlineRow(ActionsBase):
    __tablename__ = "act_deadlines"
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    due: Mapped[date] = mapped_column(Date, primary_key=True)
    client_id: Mapped[str | None] = mapped_column(String(100), index=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    confirmed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


def make_engine(db_url: str) -> Engine:
    """An engine on the shared database; creates the act_* tables if missing (idempotent)."""
    for plain in ("postgresql://", "postgres://"):      # the project ships psycopg 3, not psycopg2
        if db_url.startswith(plain):
            db_url = "postgresql+psycopg://" + db_url[len(plain):]
    if db_url.startswith("sqlite"):
        database = make_url(db_url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(db_url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn: Any, _record: Any) -> None:  # concurrent readers with the index
            conn.execute("PRAGMA busy_timeout=30000")
    else:
        engine = create_engine(db_url, pool_pre_ping=True)
    try:
        ActionsBase.metadata.create_all(engine)
    except SQLAlchemyError as e:
        raise StorageError(f"actions tables in {engine.url.render_as_string(hide_password=True)}: {e}") from e
    return engine


def make_sessions(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
