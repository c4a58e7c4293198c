"""Small readers of the real database the tests assert against."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def db_path(db_url: str) -> Path:
    return Path(db_url.removeprefix("sqlite:///"))


def rows(db_url: str, sql: str, *args) -> list[tuple]:
    con = sqlite3.connect(db_path(db_url))
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def item(db_url: str, item_id: str) -> dict:
    con = sqlite3.connect(db_path(db_url))
    con.row_factory = sqlite3.Row
    try:
        row = dict(con.execute("select * from items where item_id = ?", (item_id,)).fetchone())
        row["fields"] = json.loads(row["fields"] or "{}")
        return row
    finally:
        con.close()


def outbox(db_url: str, item_id: str) -> list[tuple]:
    return rows(db_url, "select kind, rule_id, status from act_outbox where item_id = ?", item_id)
