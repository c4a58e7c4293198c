"""Tables of what people taught the system, on their own DeclarativeBase in the index database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from ..db import Base, sessions_for


def utcnow() -> datetime:
    return datetime.now(UTC)


class Label(Base):
    """One decision a person made about one item (the newest per item wins for training)."""

    __tablename__ = "learn_labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(String(16), index=True)
    decision: Mapped[str] = mapped_column(String(16))             # filed | returned
    client_id: Mapped[str | None] = mapped_column(String(100))
    category: Mapped[str | None] = mapped_column(String(32))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # what the machine suggested
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LearnedAlias(Base):
    """A spelling of a client's name seen on a letter a person re-assigned to that client."""

    __tablename__ = "learn_aliases"
    __table_args__ = (UniqueConstraint("client_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(100), index=True)
    alias: Mapped[str] = mapped_column(Text)
    item_id: Mapped[str | None] = mapped_column(String(16))
    actor: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)   # an admin may switch one off


class RetrainNight(Base):
    """Who runs a night's retrain: the first node to insert the night's row; the others skip it."""

    __tablename__ = "learn_retrain_nights"

    slot: Mapped[str] = mapped_column(String(40), primary_key=True)   # the night slot, ISO time
    node: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ModelVersion(Base):
    """A category model published by a retrain; every node copies the newest into its models folder."""

    __tablename__ = "learn_models"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    npz: Mapped[bytes] = mapped_column(LargeBinary)
    meta: Mapped[str] = mapped_column(Text)                       # category.json as written
    labels: Mapped[list[Any]] = mapped_column(JSON, default=list)  # the labels' fingerprint
    node: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


def sessions(db_url: str) -> sessionmaker:
    return sessions_for(db_url)
