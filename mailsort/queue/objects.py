"""A queued S3 inbox object: the worker fetches it into a spool of its own, and moves it below the
done prefix itself once the index holds its item, so a worker needs no folder in common with the
intake (or any other machine).

The spool is `<data>/tmp/queue-<pid>/`: one per worker process, so a task delivered twice to two
workers at once never shares a file. A redelivered task whose object is already gone (filed and
moved by another worker) has nothing to do.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from ..archive.store import KeyMissing
from ..errors import StorageError
from ..intake.remote import InboxUnavailable
from ..intake.s3inbox import S3Inbox
from ..model import Outcome
from ..settings import Settings

log = logging.getLogger("mailsort")

_inboxes: dict[str, S3Inbox] = {}           # one per inbox URL in this worker process


def is_object(path: str) -> bool:
    return path.startswith("s3://")


def fetch(settings: Settings, url: str, inbox_url: str) -> tuple[S3Inbox, Path] | None:
    """The object at `url` of the S3 inbox at `inbox_url`, in this worker's spool; None when it is
    no longer there."""
    from ..service import s3_inbox

    if inbox_url not in _inboxes:
        spool = Path(settings.data_dir) / "tmp" / f"queue-{os.getpid()}"
        _inboxes[inbox_url] = s3_inbox(settings, inbox_url, spool)
    box = _inboxes[inbox_url]
    bucket, _, key = url[len("s3://"):].partition("/")
    if bucket != box.bucket:
        raise StorageError(f"{url}: not in the S3 inbox {inbox_url}")
    try:
        return box, box.fetch_key(key)
    except KeyMissing:
        log.info("%s: no longer in the inbox (filed and moved by another worker); nothing to do", url)
        return None


def settle(box: S3Inbox, path: Path, outcome: Outcome | None) -> None:
    """Move the object below the done prefix (`outcome` None: not yet, its item is not durable);
    the spool copy goes either way."""
    decision = outcome.decision if outcome is not None else None
    try:
        if not box.settle(path, decision):
            Path(path).unlink(missing_ok=True)
    except InboxUnavailable as e:           # retried: the item is filed, the retry finds it so
        raise StorageError(str(e)) from e
