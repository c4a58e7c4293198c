"""The one database: URL handling, the engine factory with its SQLite pragmas, sessions, and the
declarative base that every table (index, actions, learning, review station) is declared on.

Every package opens the database through `engine_for`, so each process has one pool per URL and
every SQLite connection gets the same pragmas, whoever opened it.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, DateTime, TypeDecorator, create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, sessionmaker

from .errors import StorageError, ToolMissing


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


class Base(DeclarativeBase):
    """One metadata for all tables, so one schema set-up covers the whole database."""

    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON, list[Any]: JSON}


def normalise_url(db_url: str) -> str:
    # "postgresql://" would pick psycopg2; the project ships psycopg 3.
    for plain in ("postgresql://", "postgres://"):
        if db_url.startswith(plain):
            return "postgresql+psycopg://" + db_url[len(plain):]
    return db_url


def describe_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # First: pipeline, web app and scheduler share one file, and even switching to WAL needs a
    # lock another writer may hold for a moment.
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")      # readers (web UI) do not block the pipeline
    cur.execute("PRAGMA synchronous=FULL")      # a committed row survives power loss
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_lock_pragmas(dbapi_conn, record) -> None:
    _sqlite_pragmas(dbapi_conn, record)
    cur = dbapi_conn.cursor()
    # Claims are locks among live processes on this machine (a SQLite file is not shared across
    # machines), and a power cut ends every one of them: a claim or release lost with it needs no
    # keeping. Its commit skips the fsync of the log (~3 ms an item); it is still atomic, in order,
    # and survives a killed process. The index's own commits stay FULL and sync these with them.
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def locks_engine(engine: Engine) -> Engine:
    """The engine for the work claims: on SQLite one whose commits are not fsynced (above); on
    PostgreSQL, shared by several machines, the same durable engine."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine                   # (a second engine on :memory: would be another database)
    key = engine.url.render_as_string(hide_password=False) + "#locks"
    with _lock:
        locks = _engines.get(key)
        if locks is None:
            locks = _engines[key] = create_engine(engine.url)
            event.listen(locks, "connect", _sqlite_lock_pragmas)
    return locks


_engines: dict[str, Engine] = {}
_ready: set[str] = set()
_lock = threading.Lock()


def engine_for(db_url: str) -> Engine:
    """The pooled engine for db_url, one per process and URL. Creates nothing: see ensure_schema."""
    url_text = normalise_url(db_url)
    with _lock:
        engine = _engines.get(url_text)
        if engine is None:
            engine = _engines[url_text] = _make_engine(db_url, url_text)
    return engine


def sessions_for(db_url: str) -> sessionmaker:
    """Sessions on db_url with the schema in place (for the parts that write)."""
    engine = engine_for(db_url)
    ensure_schema(engine)
    return sessionmaker(engine, expire_on_commit=False)


def _make_engine(db_url: str, url_text: str) -> Engine:
    try:
        url = make_url(url_text)
    except Exception as e:
        raise StorageError(f"database URL {db_url!r} is not valid: {e}") from e
    if url.get_backend_name() == "sqlite":
        # No pre-ping: a file does not drop connections, and the ping cost a query per checkout.
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as e:
        raise ToolMissing(f"database URL {url.render_as_string(hide_password=True)} needs the "
                           f"Python package {e.name!r}: pip install 'mailsort[postgres]'") from e


def ensure_schema(engine: Engine) -> None:
    """Make sure the schema is the one this mailsort needs; once per process and URL.

    An empty database is migrated on the spot (the single-machine default needs no extra step);
    an older one stops the process with the command that fixes it: a schema change is something an
    operator runs (`mailsort db upgrade`), once, not something ten starting workers race to do.
    """
    key = engine.url.render_as_string(hide_password=False)
    if key in _ready:
        return
    from . import migrations

    _sqlite_folder(engine)
    try:
        found = migrations.start_up(engine)
    except SQLAlchemyError as e:
        raise StorageError(f"index set-up failed ({describe_url(engine)}): {_detail(e)}") from e
    if not found.known:
        raise StorageError(f"the database ({describe_url(engine)}) is at revision {found.current}, "
                           f"which this mailsort does not know (made by a newer mailsort?): "
                           f"upgrade mailsort")
    if not found.ready:
        raise StorageError(f"the database is at revision {found.describe()}, this mailsort needs "
                           f"{found.head}: run mailsort db upgrade")
    with _lock:
        _ready.add(key)


def upgrade_schema(engine: Engine) -> tuple[str, str]:
    """`mailsort db upgrade`: the revision before and after; safe on many nodes at once."""
    from . import migrations

    _ready.discard(engine.url.render_as_string(hide_password=False))
    _sqlite_folder(engine)
    try:
        before, after = migrations.upgrade(engine)
    except SQLAlchemyError as e:
        raise StorageError(f"database upgrade failed ({describe_url(engine)}): {_detail(e)}") from e
    return before.describe(), after.describe()


def schema_state(engine: Engine):
    """The database's revision and the one this mailsort needs (`db current`, `doctor`)."""
    from . import migrations

    try:
        return migrations.read_state(engine)
    except SQLAlchemyError as e:
        raise StorageError(f"cannot read the database ({describe_url(engine)}): {_detail(e)}") from e


def _sqlite_folder(engine: Engine) -> None:
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        folder = Path(engine.url.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StorageError(f"cannot create the index folder {folder}: {e.strerror}") from e


def _detail(e: Exception) -> str:
    return " ".join(str(getattr(e, "orig", None) or e).split())[:200]
