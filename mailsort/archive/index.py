"""The SQLAlchemy index: items, their event trail and full-text search."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from ..db import describe_url, engine_for, ensure_schema
from ..errors import StorageError
from .records import EventRow, ItemRow, SearchHit
from .schema import Crash, Event, Item
from .search import search_sql, snippet, terms

NewEvent = tuple[str, dict[str, Any]] | tuple[str, dict[str, Any], str | None]

# The per-item look-ups, built once: building and hashing a statement cost more than running it.
_BY_ID = select(Item.__table__).where(Item.__table__.c.item_id == bindparam("value"))
_BY_SHA = select(Item.__table__).where(Item.__table__.c.sha256 == bindparam("value"))
_CREATED = select(Item.__table__.c.created_at).where(Item.__table__.c.item_id == bindparam("value"))
_CRASHES = select(Crash.__table__.c.count).where(Crash.__table__.c.sha256 == bindparam("value"))


def now() -> datetime:
    return datetime.now(UTC)


class Index:
    def __init__(self, db_url: str):
        self.engine = engine_for(db_url)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _where(self) -> str:
        return describe_url(self.engine)

    def _fail(self, what: str, e: Exception) -> StorageError:
        detail = " ".join(str(getattr(e, "orig", None) or e).split())[:200]
        if ("no such table" in detail or "unable to open database file" in detail
                or "does not exist" in detail and "relation" in detail):
            return StorageError(f"the index at {self._where()} is not set up yet (nothing processed "
                                f"there so far?): {detail}")
        return StorageError(f"index {what} failed ({self._where()}): {detail}")

    def create(self) -> None:
        """Create tables and the full-text index if missing; safe to call on every start."""
        ensure_schema(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- reading ---------------------------------------------------------------------------

    def get(self, item_id: str) -> ItemRow | None:
        return self._one(_BY_ID, item_id)

    def get_by_sha(self, sha256: str) -> ItemRow | None:
        return self._one(_BY_SHA, sha256)

    def _one(self, stmt, value: str) -> ItemRow | None:
        # A plain row, not an ORM object: every item is looked up two or three times on its way
        # in, and the identity map and attribute events cost more than the query.
        try:
            with self.engine.connect() as conn:
                row = conn.execute(stmt, {"value": value}).mappings().first()
                return ItemRow.model_validate(dict(row)) if row else None
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
        return self.record_many([(row, events)])[0]

    def record_many(self, items: Sequence[tuple[ItemRow, Iterable[NewEvent]]]) -> list[ItemRow]:
        """Insert or update several items with their events in ONE transaction: a group of items
        filed together costs one commit (one fsync of the log), not one each."""
        stamp = now()
        written = []
        try:
            # Core statements, not the ORM: this runs once per item on the pipeline's one thread.
            with self.engine.begin() as conn:
                for row, events in items:
                    written.append(self._write(conn, row, events, stamp))
            return written
        except SQLAlchemyError as e:
            which = items[0][0].item_id if len(items) == 1 else f"s {', '.join(r.item_id for r, _ in items)}"
            raise self._fail(f"write of item {which}", e) from e

    def _write(self, conn: Connection, row: ItemRow, events: Iterable[NewEvent], stamp: datetime
               ) -> ItemRow:
        # Re-validate: a caller may have assigned fields, and times must reach SQLite as UTC.
        values = ItemRow.model_validate(dict(row)).model_dump(exclude={"created_at", "updated_at"})
        items = Item.__table__
        created = conn.execute(_CREATED, {"value": row.item_id}).scalar()
        if created is None:
            created = row.created_at or stamp
            conn.execute(insert(items).values(**values, created_at=created, updated_at=stamp))
        else:
            conn.execute(update(items).where(items.c.item_id == row.item_id)
                         .values(**values, updated_at=stamp))
        self._add_events(conn, row.item_id, events, stamp)
        return ItemRow.model_validate({**values, "created_at": created, "updated_at": stamp})

    def add_event(self, item_id: str, stage: str, detail: dict[str, Any] | None = None,
                  actor: str | None = None) -> None:
        try:
            with self.engine.begin() as conn:
                self._add_events(conn, item_id, [(stage, detail or {}, actor)], now())
        except SQLAlchemyError as e:
            raise self._fail(f"event for item {item_id}", e) from e

    def _add_events(self, conn: Connection, item_id: str, events: Iterable[NewEvent], stamp: datetime) -> None:
        rows = [{"item_id": item_id, "at": stamp, "stage": stage, "detail": detail, "actor": actor}
                for stage, detail, actor in ((*ev, None)[:3] for ev in events)]
        if rows:
            conn.execute(insert(Event.__table__), rows)

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
                self._add_events(s.connection(), item_id, events, item.updated_at)
                s.flush()
            return ItemRow.model_validate(item)
        except SQLAlchemyError as e:
            raise self._fail(f"update of item {item_id}", e) from e

    # -- worker crashes --------------------------------------------------------------------

    def crash_count(self, sha256: str) -> int:
        try:
            with self.engine.connect() as conn:
                return conn.execute(_CRASHES, {"value": sha256}).scalar() or 0
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
