"""Logging at the command line's edge: one line per message on the console (tracebacks only with
-v), and the full record, tracebacks included, in `<data>/logs/mailsort.log` for long runs.

`--log-json` writes the console lines as JSON objects (time, level, logger, message) for a log
collector; the file keeps the plain form.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from datetime import datetime, timezone
from pathlib import Path

LOG_FILE = Path("logs") / "mailsort.log"
_FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _OneLine(logging.Formatter):
    """The message only; the traceback is for -v and the log file."""

    def __init__(self, with_traceback: bool):
        super().__init__("%(levelname)s %(message)s")
        self.with_traceback = with_traceback

    def format(self, record: logging.LogRecord) -> str:
        if self.with_traceback:
            return super().format(record)
        record.message = record.getMessage()
        return self.formatMessage(record)


class _Json(logging.Formatter):
    def __init__(self, with_traceback: bool):
        super().__init__()
        self.with_traceback = with_traceback

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
               "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if record.exc_info and self.with_traceback:
            out["traceback"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def setup(verbose: bool = False, quiet: bool = False, as_json: bool = False) -> None:
    """The console handler; the root logger lets INFO through so the log file gets it."""
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)
    console.setFormatter(_Json(verbose) if as_json else _OneLine(verbose))
    root = logging.getLogger()
    for h in list(root.handlers):
        if not isinstance(h, logging.handlers.RotatingFileHandler):
            root.removeHandler(h)
    root.addHandler(console)
    root.setLevel(logging.INFO)


def to_file(data_dir: Path) -> Path | None:
    """Keep everything from INFO up, with tracebacks, in the data folder (10 MB x 5, rotated)."""
    path = Path(data_dir) / LOG_FILE
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path.resolve()
           for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=10 * 1024 * 1024, backupCount=5,
                                                       encoding="utf-8", errors="backslashreplace")
    except OSError as e:
        logging.getLogger("mailsort").warning("no log file at %s (%s); the console has the lines", path, e.strerror)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    root.addHandler(handler)
    return path
