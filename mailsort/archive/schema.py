"""The index tables (SQLAlchemy 2.0 typed ORM); portable between SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Float, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..db import Base

JsonType = JSON().with_variant(JSONB(), "postgresql")
# SQLite only auto-increments an INTEGER PRIMARY KEY, PostgreSQL wants BIGINT for a growing trail.
EventId = BigInteger().with_variant(Integer(), "sqlite")


class Item(Base):
    __tablename__ = "items"

    item_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source_path: Mapped[str] = mapped_column(Text)
    inbox: Mapped[str | None] = mapped_column(Text)
    station: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(16))
    media_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int | None] = mapped_column(BigInteger)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    client_id: Mapped[str | None] = mapped_column(String(100), index=True)
    recipient_confidence: Mapped[float | None] = mapped_column(Float)
    recipient_evidence: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(32), index=True)
    category_confidence: Mapped[float | None] = mapped_column(Float)
    fields: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    subject: Mapped[str | None] = mapped_column(Text)
    sender: Mapped[str | None] = mapped_column(Text)
    letter_date: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    archived_as: Mapped[str | None] = mapped_column(Text)      # key of the searchable PDF
    original_key: Mapped[str | None] = mapped_column(Text)
    metadata_key: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    events: Mapped[list[Event]] = relationship(
        primaryjoin="Item.item_id == foreign(Event.item_id)", back_populates="item",
        cascade="all, delete-orphan", order_by="Event.id")

    __table_args__ = (Index("ix_items_client_received", "client_id", "received_at"),)


class Event(Base):
    """The one event trail: every stage, every delivery attempt, every decision a person made.

    No foreign key on item_id: the actions write their events in the same transaction as their own
    change, also for a digest (`digest:<client>`), which is no item of the index.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(EventId, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(120), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    stage: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    actor: Mapped[str | None] = mapped_column(String(100))

    item: Mapped[Item] = relationship(primaryjoin="Item.item_id == foreign(Event.item_id)",
                                      back_populates="events")


class Crash(Base):
    """Worker deaths per input content, kept across restarts so `watch` never loops on a killer.

    Its own table (no column on items): an input that kills workers has no item row yet.
    """

    __tablename__ = "crashes"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WorkClaim(Base):
    """Who is working on which content right now: taken before any OCR, so two workers sharing one
    index never extract or file the same item twice. A lease, renewed while working: a dead
    worker's claim expires and another may take the item over. Removed when the item is done."""

    __tablename__ = "work_claims"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    claimer: Mapped[str] = mapped_column(String(200), index=True)
    source_path: Mapped[str] = mapped_column(Text)
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    lease_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
