"""The temporary names archive files are written under, beside their destinations, and the sweeping
of those a killed writer left behind."""

from __future__ import annotations

import os
import re
import socket
from pathlib import Path

_TMP_PREFIX = ".tmp-"
# A temporary name says which process wrote it, so a later process can tell a leftover of a killed
# writer (same host, pid gone) from a write still under way in another process or on another host.
_HOST = re.sub(r"[^A-Za-z0-9]", "_", socket.gethostname())[:40]
_LEFTOVER = re.compile(rf"^{re.escape(_TMP_PREFIX)}{re.escape(_HOST)}-(\d+)-")
_swept: set[Path] = set()


def temp_prefix() -> str:
    return f"{_TMP_PREFIX}{_HOST}-{os.getpid()}-"


def sweep_leftovers(folder: Path) -> None:
    """Remove temporary files that a killed writer on this host left in `folder` (once per process)."""
    if folder in _swept:
        return
    _swept.add(folder)
    for entry in os.scandir(folder):
        m = _LEFTOVER.match(entry.name)
        if m and not _alive(int(m.group(1))):
            Path(entry.path).unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
