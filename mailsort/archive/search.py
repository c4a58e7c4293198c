"""Full-text search over item text, subject and sender: FTS5 on SQLite, a tsvector GIN index on
PostgreSQL. The query syntax is the same on both: words (all must match), `word*` for a prefix.

German spellings are folded on both sides (ä -> ae, ß -> ss ...), so "Mueller" finds "Müller" and
"Strasse" finds "Straße" — OCR and people write both.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, text

_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ß": "ss", "ẞ": "ss"}
_FOLD_TABLE = str.maketrans(_FOLD)
_WORD = re.compile(r"[^\W_]+")
_QUERY_WORD = re.compile(r"([^\W_]+)(\*?)")


def fold(s: str) -> str:
    out = unicodedata.normalize("NFKD", s.translate(_FOLD_TABLE).lower())
    return "".join(c for c in out if not unicodedata.combining(c))


def fold_sql(expr: str) -> str:
    """The same folding in SQL both databases understand (SQLite's lower() is ASCII-only, so both
    cases are replaced; the tokenizers lowercase the rest)."""
    for src, dst in _FOLD.items():
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


def _doc(prefix: str) -> str:
    return fold_sql(f"coalesce({prefix}subject, '') || ' ' || coalesce({prefix}sender, '') || ' ' || "
                    f"coalesce({prefix}text, '')")


# Kept in sync by triggers, so the FTS rows change in the same transaction as the item row.
_SQLITE_DDL = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
         item_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS items_fts_ins AFTER INSERT ON items BEGIN
         INSERT INTO items_fts(item_id, body) VALUES (new.item_id, {_doc('new.')});
       END""",
    f"""CREATE TRIGGER IF NOT EXISTS items_fts_upd AFTER UPDATE OF subject, sender, text ON items BEGIN
         DELETE FROM items_fts WHERE item_id = old.item_id;
         INSERT INTO items_fts(item_id, body) VALUES (new.item_id, {_doc('new.')});
       END""",
    """CREATE TRIGGER IF NOT EXISTS items_fts_del AFTER DELETE ON items BEGIN
         DELETE FROM items_fts WHERE item_id = old.item_id;
       END""",
]

_PG_DOC = f"to_tsvector('simple', {_doc('items.')})"
_PG_DDL = [f"CREATE INDEX IF NOT EXISTS ix_items_fts ON items USING GIN (({_PG_DOC}))"]


def create_fts(conn: Connection) -> None:
    ddl = {"sqlite": _SQLITE_DDL, "postgresql": _PG_DDL}.get(conn.dialect.name)
    if ddl is None:
        raise NotImplementedError(f"full-text search is not available on {conn.dialect.name}")
    for stmt in ddl:
        conn.execute(text(stmt))


def terms(query: str) -> list[tuple[str, bool]]:
    """The folded words of a user query with a prefix flag; everything else (operators, quotes)
    is dropped so no input can break the SQL search syntax."""
    return [(fold(m.group(1)), bool(m.group(2))) for m in _QUERY_WORD.finditer(query)]


def search_sql(dialect: str, words: list[tuple[str, bool]], with_client: bool) -> tuple[str, dict]:
    """SQL returning (item_id, rank) best first; `words` from terms(), not empty."""
    client = " AND items.client_id = :client_id" if with_client else ""
    if dialect == "sqlite":
        match = " ".join(f'"{w}"' + ("*" if p else "") for w, p in words)
        sql = ("SELECT items_fts.item_id, bm25(items_fts) AS rank FROM items_fts "
               "JOIN items ON items.item_id = items_fts.item_id "
               f"WHERE items_fts MATCH :q{client} ORDER BY rank, items.item_id LIMIT :limit")
        return sql, {"q": match}
    tsq = " & ".join(w + (":*" if p else "") for w, p in words)
    sql = (f"SELECT items.item_id, ts_rank({_PG_DOC}, to_tsquery('simple', :q)) AS rank FROM items "
           f"WHERE {_PG_DOC} @@ to_tsquery('simple', :q){client} "
           "ORDER BY rank DESC, items.item_id LIMIT :limit")
    return sql, {"q": tsq}


def snippet(texts: list[str | None], words: list[tuple[str, bool]], width: int = 14) -> str:
    """A short passage of the first text that contains a search word, hits in [brackets]."""
    def hit(token: str) -> bool:
        f = fold(token)
        return any(f.startswith(w) if p else f == w for w, p in words)

    for body in texts:
        if not body:
            continue
        tokens = list(_WORD.finditer(body))
        first = next((i for i, m in enumerate(tokens) if hit(m.group())), None)
        if first is None:
            continue
        lo = max(0, first - width // 3)
        hi = min(len(tokens), lo + width)
        out, pos = [], tokens[lo].start()
        for m in tokens[lo:hi]:
            out.append(body[pos:m.start()])
            out.append(f"[{m.group()}]" if hit(m.group()) else m.group())
            pos = m.end()
        text_ = " ".join("".join(out).split())
        return ("…" if lo > 0 else "") + text_ + ("…" if hi < len(tokens) else "")
    return ""
