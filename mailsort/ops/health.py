"""`/healthz`: can this process reach the database and the archive? 200 or 503, with JSON saying which."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import text

from ..errors import MailsortError
from ..settings import Settings


def check(settings: Settings, store=None) -> tuple[bool, dict]:
    checks = {"database": _database(settings.db_url), "archive": _archive(settings, store)}
    ok = all(c == "ok" for c in checks.values())
    return ok, {"status": "ok" if ok else "failing", "checks": checks}


def _one_line(e: Exception) -> str:
    return " ".join(str(getattr(e, "orig", None) or e).split())[:300] or type(e).__name__


def _database(db_url: str) -> str:
    from ..db import engine_for

    try:
        with engine_for(db_url).connect() as conn:
            conn.execute(text("SELECT 1"))
        return "ok"
    except Exception as e:  # noqa: BLE001  any failure is the answer
        return _one_line(e)


def _archive(settings: Settings, store) -> str:
    if settings.storage.backend == "local":
        # The folder may not exist before the first item: then its nearest parent must be writable.
        p = Path(os.path.abspath(settings.archive_path))
        while not p.exists() and p != p.parent:
            p = p.parent
        return "ok" if p.is_dir() and os.access(p, os.W_OK) else f"{settings.archive_path}: not writable"
    try:
        if store is None:
            from ..archive.backends import make_store

            store = make_store(settings)
        # A listing, not a HEAD: S3 answers a HEAD in a missing bucket with a plain 404, as for a key.
        store.list("healthz-probe/")
        return "ok"
    except MailsortError as e:
        return str(e)
    except Exception as e:  # noqa: BLE001
        return _one_line(e)
