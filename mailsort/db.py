"""Engines for the one database that the index, the review station and the learning tables share."""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from .archive.index import normalise_url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Pipeline, web app and scheduler write to one SQLite file: wait for a lock, don't fail.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


@lru_cache(maxsize=16)
def engine_with(db_url: str, base: type[DeclarativeBase]) -> Engine:
    """A pooled engine for db_url with `base`'s tables in place (created idempotently)."""
    engine = create_engine(normalise_url(db_url), pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    base.metadata.create_all(engine)
    return engine


def sessions_with(db_url: str, base: type[DeclarativeBase]) -> sessionmaker:
    return sessionmaker(engine_with(db_url, base), expire_on_commit=False)
