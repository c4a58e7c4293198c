"""The review station's own tables (accounts, login failures, claims) in the index database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from ..db import Base, sessions_for


class User(Base):
    __tablename__ = "web_users"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))                 # va | admin
    clients: Mapped[list[Any]] = mapped_column(JSON, default=list)  # empty: every client
    session_version: Mapped[int] = mapped_column(Integer, default=1)  # bump = log out everywhere
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailure(Base):
    """Failed logins per user name and client address; drives the lockout."""

    __tablename__ = "web_login_failures"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)   # "<user>|<ip>"
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Claim(Base):
    __tablename__ = "web_claims"

    item_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    user: Mapped[str] = mapped_column(String(100))
    until: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSecret(Base):
    """The session-signing key, one per database: every node of the review station shares it."""

    __tablename__ = "web_secrets"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def sessions(db_url: str) -> sessionmaker:
    return sessions_for(db_url)


def aware(v: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; everything here is stored as UTC.
    from datetime import UTC
    return v.replace(tzinfo=UTC) if v is not None and v.tzinfo is None else v
