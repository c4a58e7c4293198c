"""Which files are inputs: the files and folders named on the command line, or found in an inbox."""

from __future__ import annotations

import fnmatch
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ExitCode, MailsortError
from ..settings import Settings

log = logging.getLogger(__name__)


class InputNotFound(MailsortError):
    """A path given on the command line does not exist."""

    exit_code = ExitCode.USAGE


def is_ignored(name: str, patterns: Iterable[str]) -> bool:
    """True for names that are never inputs (temporary, hidden, labels.json...); case-insensitive."""
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, p.lower()) for p in patterns)


class InputFilter:
    """The skip rules shared by `iter_inputs` and the watcher."""

    def __init__(self, settings: Settings):
        self.patterns = list(settings.watch.ignore)
        # Our own output folders may lie inside an inbox (e.g. a data dir below the drop folder):
        # reading them back as inputs would file the archive into itself.
        self._excluded = {os.path.realpath(p) for p in
                          (settings.archive_path, settings.data_dir / "quarantine")}

    def skip_name(self, name: str) -> bool:
        return is_ignored(name, self.patterns)

    def skip_dir(self, path: Path) -> bool:
        return self.skip_name(path.name) or os.path.realpath(path) in self._excluded

    def accepts(self, path: Path, root: Path) -> bool:
        """Whether `path` (a file somewhere below `root`) is an input: no ignored part, no excluded folder."""
        try:
            rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
        except ValueError:
            return False
        if not rel.parts or any(self.skip_name(part) for part in rel.parts):
            return False
        parent = Path(os.path.abspath(path)).parent
        root_abs = Path(os.path.abspath(root))
        while parent != root_abs and root_abs in parent.parents:
            if os.path.realpath(parent) in self._excluded:
                return False
            parent = parent.parent
        return True

    def walk(self, root: Path) -> Iterator[Path]:
        """Every candidate file below `root`, sorted by path, without entering symlinked folders."""
        try:
            entries = sorted(os.scandir(root), key=lambda e: e.name)
        except (FileNotFoundError, NotADirectoryError):
            return
        except PermissionError as e:
            log.warning("%s: cannot list folder (%s); skipped", root, e.strerror)
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                if not self.skip_dir(path):
                    yield from self.walk(path)
            elif entry.is_symlink() and path.is_dir():
                log.warning("%s: symlink to a folder; not followed", path)
            elif not self.skip_name(entry.name):
                # Symlinks, FIFOs and device files are yielded too: sniff() rejects them into
                # quarantine with a reason, which is better than leaving them unexplained.
                yield path


def iter_inputs(paths: list[Path], settings: Settings) -> Iterator[tuple[Path, Path | None]]:
    """(file, inbox folder it was found in or None for a file named directly), each file once.

    Folders are walked recursively in sorted order, so runs are deterministic.
    """
    paths = [Path(p) for p in paths]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise InputNotFound(f"{missing[0]}: no such file or folder")
    filt = InputFilter(settings)
    seen: set[str] = set()
    for p in paths:
        if p.is_dir():
            files = ((f, p) for f in filt.walk(p))
        elif filt.skip_name(p.name):
            log.info("%s: skipped (name matches an ignore pattern)", p)
            continue
        else:
            files = iter([(p, None)])
        for f, inbox in files:
            key = os.path.abspath(f)
            if key not in seen:
                seen.add(key)
                yield f, inbox
