"""Files written beside their destinations under temporary names, made durable together.

An fsync costs a journal commit (~3 ms on the mailroom's ext4) whether it covers one file or many
fsynced at the same moment from several threads: ext4 folds concurrent fsyncs into one commit
(64 files: ~200 ms one after another, ~10 ms in parallel). So an item's three files, or the files
of a group of items, are fsynced in parallel, then renamed into place, then their folders fsynced:
a destination only ever holds its old content or the complete, durable new one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..errors import StorageError
from .tempnames import sweep_leftovers, temp_prefix

_SYNC_THREADS = 16
_syncer: ThreadPoolExecutor | None = None


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_all(paths: Iterable[Path], sync: Callable[[Path], None] = fsync_path) -> None:
    """fsync every path, at the same time when there are several; the first error is raised."""
    global _syncer
    paths = list(paths)
    if len(paths) <= 1:
        for p in paths:
            sync(p)
        return
    if _syncer is None:
        _syncer = ThreadPoolExecutor(_SYNC_THREADS, thread_name_prefix="mailsort-fsync")
    for fut in [_syncer.submit(sync, p) for p in paths]:
        fut.result()


def stage_write(dest: Path, data: bytes | Path, *, move: bool = False) -> Path:
    """A temporary file beside `dest` holding `data` (bytes, or a file's content: copied, or moved
    when `move` and on the same device), not yet fsynced. Returns its path."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(dest.parent)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(), dir=dest.parent)
    tmp = Path(name)
    try:
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        elif move and os.stat(data).st_dev == os.fstat(fd).st_dev:
            os.close(fd)
            os.replace(data, tmp)           # the scratch file leaves the scratch folder now
        else:
            with os.fdopen(fd, "wb") as fout, open(data, "rb") as fin:
                shutil.copyfileobj(fin, fout, 1 << 20)
            if move:
                Path(data).unlink()
        os.chmod(tmp, 0o644)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


class Pending:
    """(temporary file, destination) pairs waiting for `settle()`."""

    def __init__(self) -> None:
        self.moves: list[tuple[Path, Path]] = []

    def __len__(self) -> int:
        return len(self.moves)

    def add(self, tmp: Path, dest: Path) -> None:
        self.moves.append((tmp, dest))

    def settle(self) -> None:
        """Durable: data fsynced, renamed over the destinations, folders fsynced. On an error the
        temporary files not yet renamed are removed and the error raised."""
        moves, self.moves = self.moves, []
        done = 0
        try:
            fsync_all(tmp for tmp, _ in moves)
            for tmp, dest in moves:
                os.replace(tmp, dest)
                done += 1
            fsync_all(sorted({dest.parent for _, dest in moves}))
        except BaseException as e:
            for tmp, _ in moves[done:]:
                tmp.unlink(missing_ok=True)
            if isinstance(e, OSError):
                where = moves[min(done, len(moves) - 1)][1]
                raise StorageError(f"cannot store {where}: {e.strerror or e}") from e
            raise

    def discard(self, since: int = 0) -> None:
        """Remove the temporary files added since the `since`-th (a failed put's, or all)."""
        for tmp, _ in self.moves[since:]:
            tmp.unlink(missing_ok=True)
        del self.moves[since:]
