"""Schema migrations (Alembic), driven from code: no alembic.ini, the revisions ship in the package.

`upgrade` is what `mailsort db upgrade` runs; `check` is what every process runs at start-up (through
`mailsort.db.ensure_schema`): an empty database is brought up to date on the spot, an older one
stops the process with the command that fixes it, so a schema change never happens by surprise
under a running installation.

Many nodes may start at once: the upgrade runs under a lock (a PostgreSQL advisory lock held by the
migrating transaction; on SQLite an exclusive lock on a file beside the database), and re-reads the
revision once it holds it, so the first one migrates and the others find the work done.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import Engine

HERE = Path(__file__).resolve().parent
# Any constant shared by every mailsort: one advisory lock per PostgreSQL database for migrating.
_PG_LOCK_KEY = 0x6D61696C736F7274 >> 1      # "mailsort", made to fit a signed bigint
# The schema the last release before migrations made with create_all is exactly this revision.
BEFORE_MIGRATIONS = "0001"


@dataclass(frozen=True)
class SchemaState:
    current: str | None         # None: no alembic_version table
    head: str
    legacy: bool                # tables made by a release before migrations, no version yet

    @property
    def empty(self) -> bool:
        return self.current is None and not self.legacy

    @property
    def ready(self) -> bool:
        return self.current == self.head

    @property
    def known(self) -> bool:
        return self.current is None or self.current in revisions()

    def describe(self) -> str:
        if self.legacy:
            return "none (made before migrations)"
        return self.current or "none (empty)"


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


@cache
def head() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


@cache
def revisions() -> frozenset[str]:
    return frozenset(r.revision for r in ScriptDirectory.from_config(_config()).walk_revisions())


def state(conn: Connection) -> SchemaState:
    current = MigrationContext.configure(conn).get_current_revision()
    legacy = current is None and inspect(conn).has_table("items")
    return SchemaState(current=current, head=head(), legacy=legacy)


def read_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        return state(conn)


def start_up(engine: Engine) -> SchemaState:
    """The state a starting process acts on: an empty database is migrated on the spot.

    A state that is not ready is read again under the migration lock: on SQLite the tables of a
    migration still running in another thread or process are visible before its version row, which
    looks like a database made before migrations."""
    found = read_state(engine)
    if found.ready:
        return found
    with _migration_lock(engine) as conn:
        found = state(conn)
        if not found.empty:
            return found
        command.upgrade(_config(conn), "head")
        return state(conn)


def upgrade(engine: Engine) -> tuple[SchemaState, SchemaState]:
    """Bring the database to the newest revision; returns the state before and after.

    Runs in one transaction holding the migration lock, so concurrent callers queue behind it."""
    with _migration_lock(engine) as conn:
        before = state(conn)
        if not before.ready:
            cfg = _config(conn)
            if before.legacy:
                command.stamp(cfg, BEFORE_MIGRATIONS)
            command.upgrade(cfg, "head")
        after = state(conn)
    return before, after


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            # Released with the transaction: a migration that dies leaves no lock behind.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            yield conn
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        with engine.begin() as conn:
            yield conn
        return
    # SQLite commits DDL on its own terms; a lock file beside the database serialises the nodes.
    with open(f"{database}.migrate-lock", "a+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            with engine.begin() as conn:
                yield conn
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
