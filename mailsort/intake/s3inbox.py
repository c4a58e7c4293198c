"""An S3 prefix as an inbox (s3://bucket/prefix/, a sub-prefix per scanner station).

Objects are downloaded to a spool file and go through the pipeline like a dropped file; only once
the item is durable (filed, review, duplicate or quarantined) is the object copied below the done
prefix and then deleted. A process killed before that leaves the object where it was: the next poll
takes it again and the SHA-256 dedup keeps it from being filed twice. The bucket is reached through
a `Store` (archive/s3.py holds every boto3 call).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

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
                 ignore: list[str], batch: int = 50):
        self.url = url
        self.bucket, self.prefix = parse_s3_url(url)
        self.store = store
        self.done = done_prefix.strip("/") + "/"
        self.root = Path(spool_root)
        self.ignore = ignore
        self.batch = batch
        self.label = f"S3 inbox {url}"
        self._pending: dict[str, str] = {}          # spool path -> object key
        self.backlog = 0

    def _waiting(self) -> list[str]:
        keys = []
        for key in self.store.list(self.prefix):
            rel = key[len(self.prefix):]
            parts = rel.split("/")
            if key.startswith(self.done) or key.endswith("/") or not rel:
                continue
            if any(p in ("", ".", "..") for p in parts) or any(is_ignored(p, self.ignore) for p in parts):
                continue                            # never a path out of the spool; no temp files
            keys.append(key)
        return keys

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
        out = []
        for key in keys[: self.batch]:
            path = self.root / key[len(self.prefix):]
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".part")
            self.store.download(key, tmp)           # complete or absent: .part is never an input
            tmp.replace(path)
            self._pending[str(path)] = key
            out.append((path, self.root))
        return out

    def settle(self, path: Path, decision: str | None) -> bool:
        key = self._pending.pop(str(path), None)
        if key is None or decision not in SETTLED:
            return False
        try:
            self.store.copy(key, self.done + key)   # copy first: a kill in between leaves two, not none
            self.store.delete(key)
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
