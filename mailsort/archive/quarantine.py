"""The quarantine: bad inputs copied byte for byte with a reason file an operator can read.

A local folder (<data_dir>/quarantine/<date>/) with a local archive; with `storage: s3` it is a prefix
in the bucket (storage.s3_quarantine_prefix), so every node of a cluster and the review station see
the same quarantine, and nothing of it lives on one machine's disk.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import InputRejected, MailsortError
from ..model import Source
from ..text.clean import path_bytes_hex, path_text
from .store import Store


@dataclass(frozen=True)
class Quarantined:
    where: str               # the copy (path or s3:// URL), or the reason file when not copied
    reason_file: str
    sha256: str | None       # None when the content was not read (symlink, device, vanished)
    size: int | None = None


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _safe_name(name: str, max_bytes: int = 180) -> str:
    cleaned = "".join(c if c.isprintable() and c not in "/\\" else "_" for c in name).strip()
    cleaned = cleaned.lstrip(".") or "unnamed"
    # Leave room for "_<sha8>" and ".reason.txt" within the usual 255-byte file name limit.
    if len(cleaned.encode()) > max_bytes:
        p = Path(cleaned)
        suffix = p.suffix if len(p.suffix) <= 10 else ""
        stem = p.stem.encode()[: max_bytes - len(suffix.encode())].decode(errors="ignore")
        cleaned = stem + suffix
    return cleaned


def _regular_file(path: Path) -> bool:
    # lstat: never follow a symlink that may point outside the inbox (that is why it is here).
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _stored_sha256(store: Store, key: str) -> str:
    h = hashlib.sha256()
    with store.open(key) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class QuarantineArea:
    def __init__(self, store: Store):
        self.store = store

    def put(self, path: Path, error: MailsortError, source: Source | None, when: datetime) -> Quarantined:
        path = Path(path)
        day = when.date().isoformat()
        name = _safe_name(path.name)
        sha = size = None
        note = ""
        key = f"{day}/{name}"
        if _regular_file(path):
            sha = source.sha256 if source else file_sha256(path)
            size = source.size if source else os.lstat(path).st_size
            if self.store.exists(key) and _stored_sha256(self.store, key) != sha:
                # Another input with the same name is already here: keep both.
                p = Path(name)
                key = f"{day}/{p.stem}_{sha[:8]}{p.suffix}"
            if not (self.store.exists(key) and _stored_sha256(self.store, key) == sha):
                self.store.put_file(key, path)
        else:
            note = _why_not_copied(path)
        reason_key = f"{key}.reason.txt"
        self.store.put_bytes(reason_key, _reason_text(path, error, source, sha, when, note).encode())
        copied = self.store.describe(key if sha else reason_key)
        return Quarantined(where=copied, reason_file=self.store.describe(reason_key), sha256=sha,
                           size=size)


def _why_not_copied(path: Path) -> str:
    if path.is_symlink():
        return f"content not copied: symlink to {path_text(os.readlink(path))}"
    if not path.exists():
        return "content not copied: the input was gone"
    return "content not copied: not a regular file"


def _reason_text(path: Path, error: MailsortError, source: Source | None, sha: str | None,
                 when: datetime, note: str) -> str:
    code = error.reason if isinstance(error, InputRejected) else type(error).__name__
    lines = [f"error: {error}", f"reason: {code}", f"when: {when.isoformat(timespec='seconds')}",
             f"original: {path_text(path)}"]
    if (raw := path_bytes_hex(path)) is not None:
        lines.append(f"original name bytes (hex, not UTF-8): {raw}")
    if sha:
        lines.append(f"sha256: {sha}")
    if source is not None:
        lines += [f"kind: {source.kind}", f"media type: {source.media_type}", f"size: {source.size}"]
        if source.station:
            lines.append(f"station: {path_text(source.station)}")
    if note:
        lines.append(note)
    return "\n".join(lines) + "\n"
