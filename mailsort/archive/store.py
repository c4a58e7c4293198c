"""The storage interface the archive writes through: keys like
"clients/mueller-bau/2026/2026-11-20_invoice_stadtwerke_ab12cd34.pdf" on a local folder or S3."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

from ..errors import StorageError



class KeyMissing(StorageError):
    """The archive has no object under this key."""


class BadKey(StorageError):
    """A key that would leave the archive root or is malformed."""


def check_key(key: str) -> str:
    """Return the key unchanged if it is a plain relative "a/b/c" path; raise BadKey otherwise.

    Keys come partly from letter content (sender names), so never trust them to stay inside root.
    """
    if not key or key.startswith("/") or "\\" in key or "\x00" in key:
        raise BadKey(f"archive key {key!r} is not a relative path")
    parts = key.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise BadKey(f"archive key {key!r} has an empty, '.' or '..' part")
    return key


@runtime_checkable
class Store(Protocol):
    def put_file(self, key: str, src: Path, *, move: bool = False) -> None:
        """Store the file durably under key (replacing any object there); with move, src is gone after."""

    def put_bytes(self, key: str, data: bytes) -> None: ...

    def get_bytes(self, key: str) -> bytes: ...

    def open(self, key: str) -> BinaryIO: ...

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None:
        """Remove the object; a missing key is not an error."""

    def copy(self, src_key: str, dst_key: str) -> None: ...

    def list(self, prefix: str = "") -> list[str]:
        """All keys starting with prefix (a plain string prefix, as on S3), sorted."""

    def together(self, pending=None) -> AbstractContextManager[None]:
        """Puts inside are durable once it ends (a local folder fsyncs them all at once), or, given
        a `Pending` (`pending.py`), once that is settled (a group of items filed together)."""
        ...

    def describe(self, key: str) -> str:
        """Where a person finds the object: a file path or an s3:// URL."""


def iter_chunks(fh: BinaryIO, size: int = 1 << 20) -> Iterator[bytes]:
    while chunk := fh.read(size):
        yield chunk
