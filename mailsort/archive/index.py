"""The SQLAlchemy index: items, their event trail and full-text search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StorageError
from .records import EventRow, ItemRow, SearchHit
from .schema import Base, Crash, Event, Item
from .search import create_fts, search_sql, snippet, terms

NewEvent = tuple[str, dict[str, Any]] | tuple[str, dict[str, Any], str | None]


def now() -> datetime:
    return datetime.now(UTC)


def normalise_url(db_url: str) -> str:
    # "postgresql://" would pick psycopg2; the project ships psycopg 3.
    for plain in ("postgresql://", "postgres://"):
        if db_url.startswith(plain):
            return "postgresql+psycopg://" + db_url[len(plain):]
    return db_url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")      # readers (web UI) do not block the pipeline
    cur.execute("PRAGMA synchronous=FULL")      # a committed row survives power loss
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Index:
    def __init__(self, db_url: str, *, engine: Engine | None = None):
        self.url = normalise_url(db_url)
        try:
            url = make_url(self.url)
        except Exception as e:
            raise StorageError(f"database URL {db_url!r} is not valid: {e}") from e
        if engine is None:
            if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
                folder = Path(url.database).parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as e:
                    raise StorageError(f"cannot create the index folder {folder}: {e.strerror}") from e
            engine = create_engine(url, pool_pre_ping=True)
        self.engine = engine
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        self._session = sessionmaker(engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _where(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def _fail(self, what: str, e: Exception) -> StorageError:
        detail = " ".join(str(getattr(e, "orig", None) or e).split())[:200]
        if "no such table" in detail or "does not exist" in detail and "relation" in detail:
            return StorageError(f"the index at {self._where()} is not set up yet (nothing processed "
                                f"there so far?): {detail}")
        return StorageError(f"index {what} failed ({self._where()}): {detail}")

    def create(self) -> None:
        """Create tables and the full-text index if missing; safe to call on every start."""
        try:
            with self.engine.begin() as conn:
                Base.metadata.create_all(conn)
                create_fts(conn)
        except SQLAlchemyError as e:
            raise self._fail("set-up", e) from e

    def close(self) -> None:
        self.engine.dispose()

    # -- reading ---------------------------------------------------------------------------

    def get(self, item_id: str) -> ItemRow | None:
        return self._one(select(Item).where(Item.item_id == item_id))

    def get_by_sha(self, sha256: str) -> ItemRow | None:
        return self._one(select(Item).where(Item.sha256 == sha256))

    def _one(self, stmt) -> ItemRow | None:
        try:
            with self._session() as s:
                row = s.scalars(stmt).first()
                return ItemRow.model_validate(row) if row else None
        except SQLAlchemyError as e:
            raise self._fail("lookup", e) from e

    def events(self, item_id: str) -> list[EventRow]:
        try:
            with self._session() as s:
                rows = s.scalars(select(Event).where(Event.item_id == item_id).order_by(Event.id))
                return [EventRow.model_validate(r) for r in rows]
        except SQLAlchemyError as e:
            raise self._fail("lookup", e) from e

    def list(self, decision: str | None = None, client_id: str | None = None, limit: int = 100,
             offset: int = 0) -> list[ItemRow]:
        """Newest first."""
        stmt = select(Item).order_by(Item.received_at.desc(), Item.item_id).limit(limit).offset(offset)
        if decision:
            stmt = stmt.where(Item.decision == decision)
        if client_id:
            stmt = stmt.where(Item.client_id == client_id)
        try:
            with self._session() as s:
                return [ItemRow.model_validate(r) for r in s.scalars(stmt)]
        except SQLAlchemyError as e:
            raise self._fail("listing", e) from e

    def stored_rows(self) -> list[ItemRow]:
        """Every item whose files live in the archive (filed or waiting for review)."""
        stmt = select(Item).where(Item.decision.in_(("filed", "review"))).order_by(Item.item_id)
        try:
            with self._session() as s:
                return [ItemRow.model_validate(r) for r in s.scalars(stmt)]
        except SQLAlchemyError as e:
            raise self._fail("listing", e) from e

    def counts(self, client_id: str | None = None) -> dict[str, int]:
        """Number of items per decision (filed, review, quarantined ...), for dashboards."""
        stmt = select(Item.decision, func.count()).group_by(Item.decision)
        if client_id:
            stmt = stmt.where(Item.client_id == client_id)
        try:
            with self._session() as s:
                return {d: n for d, n in s.execute(stmt).all()}
        except SQLAlchemyError as e:
            raise self._fail("count", e) from e

    @staticmethod
    def describe(row: ItemRow) -> dict[str, Any]:
        """A JSON-ready view of one item for `mailsort show` and the web UI."""
        return row.model_dump(mode="json")

    def search(self, query: str, client_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Items containing every word of the query (`word*` for a prefix), best first."""
        words = terms(query)
        if not words:
            return []
        sql, params = search_sql(self.dialect, words, client_id is not None)
        params |= {"limit": limit, "client_id": client_id}
        try:
            with self._session() as s:
                found = s.execute(text(sql), params).all()
                items = {i.item_id: i for i in s.scalars(
                    select(Item).where(Item.item_id.in_([f.item_id for f in found])))}
        except SQLAlchemyError as e:
            raise self._fail("search", e) from e
        hits = []
        for f in found:
            it = items[f.item_id]
            hits.append(SearchHit(item_id=it.item_id, client_id=it.client_id, category=it.category,
                                  decision=it.decision, subject=it.subject, sender=it.sender,
                                  letter_date=it.letter_date, received_at=it.received_at,
                                  archived_as=it.archived_as, rank=float(f.rank),
                                  snippet=snippet([it.text, it.subject, it.sender], words)))
        return hits

    # -- writing ---------------------------------------------------------------------------

    def record(self, row: ItemRow, events: Iterable[NewEvent] = ()) -> ItemRow:
        """Insert or update one item and append its events in ONE transaction."""
        stamp = now()
        # Re-validate: a caller may have assigned fields, and times must reach SQLite as UTC.
        values = ItemRow.model_validate(dict(row)).model_dump(exclude={"created_at", "updated_at"})
        try:
            with self._session.begin() as s:
                item = s.get(Item, row.item_id)
                if item is None:
                    item = Item(created_at=row.created_at or stamp)
                    s.add(item)
                for k, v in values.items():
                    setattr(item, k, v)
                item.updated_at = stamp
                s.flush()
                self._add_events(s, row.item_id, events, stamp)
            return ItemRow.model_validate(item)
        except SQLAlchemyError as e:
            raise self._fail(f"write of item {row.item_id}", e) from e

    def add_event(self, item_id: str, stage: str, detail: dict[str, Any] | None = None,
                  actor: str | None = None) -> None:
        try:
            with self._session.begin() as s:
                self._add_events(s, item_id, [(stage, detail or {}, actor)], now())
        except SQLAlchemyError as e:
            raise self._fail(f"event for item {item_id}", e) from e

    def _add_events(self, s: Session, item_id: str, events: Iterable[NewEvent], stamp: datetime) -> None:
        for ev in events:
            stage, detail, actor = (*ev, None)[:3]
            s.add(Event(item_id=item_id, at=stamp, stage=stage, detail=detail, actor=actor))

    def update(self, item_id: str, changes: dict[str, Any], events: Sequence[NewEvent] = ()) -> ItemRow:
        """Change some columns of an existing item and append events, in one transaction."""
        try:
            with self._session.begin() as s:
                item = s.get(Item, item_id)
                if item is None:
                    raise StorageError(f"index has no item {item_id}")
                for k, v in changes.items():
                    setattr(item, k, v)
                item.updated_at = now()
                self._add_events(s, item_id, events, item.updated_at)
                s.flush()
            return ItemRow.model_validate(item)
        except SQLAlchemyError as e:
            raise self._fail(f"update of item {item_id}", e) from e

    # -- worker crashes --------------------------------------------------------------------

    def crash_count(self, sha256: str) -> int:
        try:
            with self._session() as s:
                row = s.get(Crash, sha256)
                return row.count if row else 0
        except SQLAlchemyError as e:
            raise self._fail("lookup", e) from e

    def add_crash(self, sha256: str) -> int:
        """Count one more worker death on this content; returns the count so far."""
        try:
            with self._session.begin() as s:
                row = s.get(Crash, sha256)
                if row is None:
                    row = Crash(sha256=sha256, count=0)
                    s.add(row)
                row.count += 1
                row.last_at = now()
                return row.count
        except SQLAlchemyError as e:
            raise self._fail("write of a crash count", e) from e
