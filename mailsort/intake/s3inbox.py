"""An S3 prefix as an inbox (s3://bucket/prefix/, a sub-prefix per scanner station).

Objects are downloaded to a spool file and go through the pipeline like a dropped file; only once
the item is durable (filed, review, duplicate or quarantined) is the object copied below the done
prefix and then deleted. A process killed before that leaves the object where it was: the next poll
takes it again and the SHA-256 dedup keeps it from being filed twice. The bucket is reached through
a `Store` (archive/s3.py holds every boto3 call).

With a queue (`watch --queue`), the intake hands an object on instead: its spool copy goes, the
task names the object, and the worker that takes the task fetches it into a spool of its own
(`fetch_key`) and settles it after filing. The intake skips a handed-on object while it is listed,
for `reoffer_seconds`: a task lost on the way (a broker that restarted without keeping its queue) is
offered again after that, and the claim makes a second task for one object harmless.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..archive.store import KeyMissing
from ..errors import StorageError
from .inputs import is_ignored
from .remote import SETTLED, InboxUnavailable


class BucketStore(Protocol):
    def list(self, prefix: str = "") -> list[str]: ...
    def download(self, key: str, dest: Path) -> None: ...
    def copy(self, src_key: str, dst_key: str) -> None: ...
    def delete(self, key: str) -> None: ...


def parse_s3_url(url: str) -> tuple[str, str]:
    """("bucket", "prefix/") from s3://bucket/prefix (prefix "" for the whole bucket)."""
    bucket, _, prefix = url[len("s3://"):].partition("/")
    prefix = prefix.strip("/")
    return bucket, prefix + "/" if prefix else ""


class S3Inbox:
    def __init__(self, url: str, store: BucketStore, spool_root: Path, done_prefix: str,
                 ignore: list[str], batch: int = 50, reoffer_seconds: float = 3600,
                 clock: Callable[[], float] = time.monotonic):
        self.url = url
        self.bucket, self.prefix = parse_s3_url(url)
        self.store = store
        self.done = done_prefix.strip("/") + "/"
        self.root = Path(spool_root)
        self.ignore = ignore
        self.batch = batch
        self.label = f"S3 inbox {url}"
        self._pending: dict[str, str] = {}          # spool path -> object key
        self._handed: dict[str, float] = {}         # key -> when handed to a queue worker
        self.reoffer_seconds = reoffer_seconds
        self.clock = clock
        self.backlog = 0

    def takes(self, key: str) -> bool:
        """True for an object of this inbox that is an input (not done, no temp file, no escape)."""
        rel = key[len(self.prefix):]
        parts = rel.split("/")
        if not key.startswith(self.prefix) or key.startswith(self.done) or key.endswith("/") or not rel:
            return False
        # never a path out of the spool; no temp files
        return not (any(p in ("", ".", "..") for p in parts)
                    or any(is_ignored(p, self.ignore) for p in parts))

    def _waiting(self) -> list[str]:
        listed = [key for key in self.store.list(self.prefix) if self.takes(key)]
        # Gone: settled by their workers. Still listed long after: the task was lost; offer again.
        now, present = self.clock(), set(listed)
        self._handed = {key: at for key, at in self._handed.items()
                        if key in present and now - at < self.reoffer_seconds}
        return [key for key in listed if key not in self._handed]

    def fetch(self) -> list[tuple[Path, Path]]:
        try:
            return self._fetch()
        except StorageError as e:       # the inbox bucket's problem, not the archive's: try again later
            raise InboxUnavailable(f"{self.label}: {e}; retried at the next poll") from e

    def _fetch(self) -> list[tuple[Path, Path]]:
        keys = self._waiting()
        self.backlog = len(keys)
        wanted = {str(self.root / key[len(self.prefix):]) for key in keys[: self.batch]}
        for stale in (p for p in self.root.rglob("*") if p.is_file() and str(p) not in wanted):
            stale.unlink(missing_ok=True)       # taken by another node, or a kill mid-download
        return [(self.fetch_key(key), self.root) for key in keys[: self.batch]]

    def fetch_key(self, key: str) -> Path:
        """One object into the spool (complete or absent: .part is never an input); its path.
        KeyMissing when the object is gone (settled by another process)."""
        if not self.takes(key):
            raise StorageError(f"{self.label}: {key!r} is not an input of this inbox")
        path = self.root / key[len(self.prefix):]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        self.store.download(key, tmp)
        tmp.replace(path)
        self._pending[str(path)] = key
        return path

    def hand_on(self, path: Path) -> str | None:
        """The s3:// URL of a fetched object that a queue worker will fetch itself; the spool
        copy goes and this inbox skips the object while it is listed, up to `reoffer_seconds`."""
        key = self._pending.pop(str(path), None)
        if key is None:
            return None
        self._handed[key] = self.clock()
        Path(path).unlink(missing_ok=True)
        return f"s3://{self.bucket}/{key}"

    def settle(self, path: Path, decision: str | None) -> bool:
        key = self._pending.pop(str(path), None)
        if key is None or decision not in SETTLED:
            return False
        try:
            self.store.copy(key, self.done + key)   # copy first: a kill in between leaves two, not none
            self.store.delete(key)
        except KeyMissing:
            pass                                    # another process moved it (a redelivered task)
        except StorageError as e:
            raise InboxUnavailable(f"{self.label}: moving {key} to {self.done} failed: {e}") from e
        Path(path).unlink(missing_ok=True)
        return True

    def probe(self) -> None:
        try:
            self.store.list(self.prefix + "\x7f")     # lists nothing, but needs the bucket and rights
        except StorageError as e:
            raise InboxUnavailable(f"{self.label}: {e}") from e

    def wait_for_mail(self, seconds: float) -> bool:
        return False                                # S3 cannot tell: it is polled

    def close(self) -> None:
        pass
