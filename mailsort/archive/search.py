"""Full-text search over item text, subject and sender: FTS5 on SQLite, a tsvector GIN index on
PostgreSQL. The query syntax is the same on both: words (all must match), `word*` for a prefix."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

# Kept in sync by triggers, so the FTS rows change in the same transaction as the item row.
_SQLITE_DDL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
         item_id UNINDEXED, subject, sender, text, tokenize = 'unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS items_fts_ins AFTER INSERT ON items BEGIN
         INSERT INTO items_fts(item_id, subject, sender, text)
         VALUES (new.item_id, coalesce(new.subject, ''), coalesce(new.sender, ''), new.text);
       END""",
    """CREATE TRIGGER IF NOT EXISTS items_fts_upd AFTER UPDATE OF subject, sender, text ON items BEGIN
         DELETE FROM items_fts WHERE item_id = old.item_id;
         INSERT INTO items_fts(item_id, subject, sender, text)
         VALUES (new.item_id, coalesce(new.subject, ''), coalesce(new.sender, ''), new.text);
       END""",
    """CREATE TRIGGER IF NOT EXISTS items_fts_del AFTER DELETE ON items BEGIN
         DELETE FROM items_fts WHERE item_id = old.item_id;
       END""",
]

_PG_DOC = ("to_tsvector('simple', coalesce(items.subject, '') || ' ' || coalesce(items.sender, '') "
           "|| ' ' || coalesce(items.text, ''))")
_PG_DDL = [f"CREATE INDEX IF NOT EXISTS ix_items_fts ON items USING GIN ({_PG_DOC})"]

_TOKEN = re.compile(r"(\w+)(\*?)")


def create_fts(conn: Connection) -> None:
    ddl = {"sqlite": _SQLITE_DDL, "postgresql": _PG_DDL}.get(conn.dialect.name)
    if ddl is None:
        raise NotImplementedError(f"full-text search is not available on {conn.dialect.name}")
    for stmt in ddl:
        conn.execute(text(stmt))


def terms(query: str) -> list[tuple[str, bool]]:
    """The words of a user query with a prefix flag; everything else (operators, quotes) is dropped
    so no input can break the SQL search syntax."""
    return [(m.group(1).lower(), bool(m.group(2))) for m in _TOKEN.finditer(query)]


def search_sql(dialect: str, query: str, with_client: bool) -> tuple[str, dict] | None:
    """SQL returning (item_id, snippet, rank) best first, or None for a query without words."""
    words = terms(query)
    if not words:
        return None
    client = " AND items.client_id = :client_id" if with_client else ""
    if dialect == "sqlite":
        match = " ".join(f'"{w}"' + ("*" if p else "") for w, p in words)
        sql = ("SELECT items_fts.item_id, snippet(items_fts, -1, '[', ']', '…', 12) AS snippet, "
               "bm25(items_fts, 0, 4.0, 2.0, 1.0) AS rank FROM items_fts "
               "JOIN items ON items.item_id = items_fts.item_id "
               f"WHERE items_fts MATCH :q{client} ORDER BY rank LIMIT :limit")
        return sql, {"q": match}
    tsq = " & ".join(w + (":*" if p else "") for w, p in words)
    sql = (f"SELECT items.item_id, ts_headline('simple', coalesce(items.subject, '') || ' … ' || "
           "coalesce(items.text, ''), to_tsquery('simple', :q), "
           "'StartSel=[, StopSel=], MaxWords=14, MinWords=5, FragmentDelimiter=…, MaxFragments=1') "
           f"AS snippet, ts_rank({_PG_DOC}, to_tsquery('simple', :q)) AS rank FROM items "
           f"WHERE {_PG_DOC} @@ to_tsquery('simple', :q){client} ORDER BY rank DESC LIMIT :limit")
    return sql, {"q": tsq}
