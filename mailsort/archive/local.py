"""Archive objects as files under one root folder, written so a crash never leaves half a file."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import StorageError
from .pending import Pending, stage_write
from .tempnames import _HOST, _TMP_PREFIX, sweep_leftovers, temp_prefix  # noqa: F401  (_HOST: tests)
from .store import KeyMissing, check_key


def fsync_dir(path: Path) -> None:
    # A rename is only durable once the directory entry itself is on disk.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def durable_write(dest: Path, write) -> None:
    """Write via `write(fh)` to a temporary name beside dest, fsync, rename over dest, fsync the folder."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(dest.parent)
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(), dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)


class LocalStore:
    def __init__(self, root: Path | str):
        self.root = Path(root).resolve()
        self._pending: Pending | None = None     # puts of the open `together` scope

    @contextmanager
    def together(self, pending: Pending | None = None) -> Iterator[None]:
        """Files put inside are durable when it ends: written under temporary names, then all
        fsynced at once (in parallel: ext4 commits them in one journal transaction), renamed into
        place, and each folder fsynced once. Given a `pending` of the caller's, they are added to
        it instead and become durable at its `settle()` (a group of items filed together); a put
        that fails inside takes back only this scope's files."""
        own = pending is None
        self._pending = Pending() if own else pending
        mark = len(self._pending)
        try:
            yield
            if own:
                self._pending.settle()
        except BaseException:
            self._pending.discard(since=0 if own else mark)
            raise
        finally:
            self._pending = None

    def path(self, key: str) -> Path:
        p = (self.root / check_key(key)).resolve()
        # resolve() also catches symlinked folders that point elsewhere.
        if p != self.root and self.root not in p.parents:
            raise StorageError(f"archive key {key!r} points outside {self.root}")
        return p

    def put_file(self, key: str, src: Path, *, move: bool = False) -> None:
        dest = self.path(key)
        try:
            if self._pending is not None:
                self._pending.add(stage_write(dest, src, move=move), dest)
                return
            if move and _same_device(Path(src), dest):
                with open(src, "rb") as fh:
                    os.fsync(fh.fileno())
                os.replace(src, dest)
                # The source's scratch folder is not synced: should its old entry come back
                # after a power cut, it is a stray scratch file, and the archive has its copy.
                fsync_dir(dest.parent)
                return
            with open(src, "rb") as fin:
                durable_write(dest, lambda fout: shutil.copyfileobj(fin, fout, 1 << 20))
            if move:
                Path(src).unlink()
        except OSError as e:
            raise StorageError(f"cannot store {src} as {dest}: {e.strerror or e}") from e

    def put_bytes(self, key: str, data: bytes) -> None:
        dest = self.path(key)
        try:
            if self._pending is not None:
                self._pending.add(stage_write(dest, data), dest)
                return
            durable_write(dest, lambda fh: fh.write(data))
        except OSError as e:
            raise StorageError(f"cannot write {dest}: {e.strerror or e}") from e

    def get_bytes(self, key: str) -> bytes:
        with self.open(key) as fh:
            return fh.read()

    def open(self, key: str) -> BinaryIO:
        p = self.path(key)
        try:
            return open(p, "rb")
        except FileNotFoundError as e:
            raise KeyMissing(f"archive file missing: {p}") from e
        except OSError as e:
            raise StorageError(f"cannot read {p}: {e.strerror or e}") from e

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def delete(self, key: str) -> None:
        p = self.path(key)
        try:
            p.unlink(missing_ok=True)
        except OSError as e:
            raise StorageError(f"cannot delete {p}: {e.strerror or e}") from e

    def copy(self, src_key: str, dst_key: str) -> None:
        src = self.path(src_key)
        if not src.is_file():
            raise KeyMissing(f"archive file missing: {src}")
        self.put_file(dst_key, src)

    def list(self, prefix: str = "") -> list[str]:
        # Walk only the deepest folder the prefix names; filter the rest as a string prefix.
        folder = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        base = self.path(folder) if folder else self.root
        if not base.is_dir():
            return []
        keys = []
        for dirpath, _dirs, files in os.walk(base):
            for name in files:
                if name.startswith(_TMP_PREFIX):
                    continue
                key = Path(dirpath, name).relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    keys.append(key)
        return sorted(keys)

    def describe(self, key: str) -> str:
        return str(self.path(key))


def _same_device(src: Path, dest: Path) -> bool:
    dest.parent.mkdir(parents=True, exist_ok=True)
    return os.stat(src).st_dev == os.stat(dest.parent).st_dev
