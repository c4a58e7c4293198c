"""The hostile corpus (tests/resources/hostile/make.py) plus a few good letters through one
`mailsort process --json`: a table of input, decision, reason and peak memory.

    .venv/bin/python bench/hostile_table.py [--small] [--keep DIR]

Peak memory is the PSS of the whole process tree (main process, OCR workers, tesseract,
pdftoppm), sampled every 50 ms; an item's figure is the highest sample between the line before
its JSON line and its own (items overlap in the pool, so a neighbour can share the blame).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
MAILSORT = str(Path(sys.executable).with_name("mailsort"))
GOOD = ["letter-001.pdf", "letter-003.eml", "letter-006.tif", "letter-007.jpg"]


class TreeMemory:
    """Samples the summed PSS of a process and all its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.05):
        self.proc = psutil.Process(pid)
        self.every = every
        self.samples: list[tuple[float, int]] = []       # (monotonic time, bytes)
        self.at_peak: list[tuple[str, int]] = []         # (process name, MB) at the peak
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total, parts = 0, []
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                try:
                    pss = p.memory_full_info().pss
                    total += pss
                    parts.append((p.name(), pss >> 20))
                except psutil.Error:
                    pass                                  # ended between listing and reading
            if total:
                if total > self.peak:
                    self.at_peak = parts
                self.samples.append((time.monotonic(), total))
            self._stop.wait(self.every)

    @property
    def peak(self) -> int:
        return max((b for _, b in self.samples), default=0)

    def peak_between(self, start: float, end: float) -> int:
        """The highest sample in [start, end], or the last one before `end` if none fell in."""
        inside = [b for t, b in self.samples if start <= t <= end]
        before = [b for t, b in self.samples if t < start]
        return max(inside) if inside else (before[-1] if before else 0)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_process(inputs: list[Path], config: Path, data: Path, timeout: float = 600,
                env: dict | None = None) -> tuple[list[tuple[float, dict]], TreeMemory, str, int]:
    """One `mailsort process --json`; ((arrival time, JSON object) per line, memory, stderr, rc)."""
    proc = subprocess.Popen([MAILSORT, "process", *map(str, inputs), "--json",
                             "--config", str(config), "--data", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    lines: list[tuple[float, dict]] = []
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)
    reader.start()
    deadline = time.monotonic() + timeout
    with TreeMemory(proc.pid) as mem:
        for raw in proc.stdout:
            lines.append((time.monotonic(), json.loads(raw)))
            if time.monotonic() > deadline:
                proc.kill()
                break
        proc.wait(timeout=max(1, deadline - time.monotonic()))
    reader.join()
    return lines, mem, b"".join(err).decode("utf-8", "replace"), proc.returncode


def build_inbox(inbox: Path, small: bool = False) -> dict[str, set[str]]:
    sys.path.insert(0, str(ROOT / "tests" / "resources" / "hostile"))
    import make

    expect = make.build(inbox, small=small)
    for name in GOOD:
        shutil.copy2(ROOT / "sample_scans" / name, inbox / f"good-{name}")
        expect[f"good-{name}"] = {"filed"}
    return expect


def table(lines: list[tuple[float, dict]], mem: TreeMemory, start: float) -> str:
    rows = ["| input | decision | reason | peak MB (tree PSS) |", "| --- | --- | --- | --- |"]
    before = start
    for t, obj in lines:
        name = Path(obj["source"]).name.encode("unicode_escape").decode("ascii")
        reason = (obj.get("reason") or "").replace(str(Path(obj["source"]).parent) + "/", "")
        reason = reason.replace("|", "\\|")
        rows.append(f"| {name[:48]} | {obj['decision']} | {reason[:90]} | "
                    f"{mem.peak_between(before, t) / 2**20:.0f} |")
        before = t
    return "\n".join(rows)


def main() -> None:
    small = "--small" in sys.argv
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    work = Path(keep or tempfile.mkdtemp(prefix="hostile-"))
    inbox, config, data = work / "inbox", work / "config", work / "data"
    shutil.rmtree(work, ignore_errors=True)
    inbox.mkdir(parents=True)
    config.mkdir()
    shutil.copy2(ROOT / "config" / "clients.yaml", config / "clients.yaml")
    build_inbox(inbox, small)
    start = time.monotonic()
    lines, mem, err, rc = run_process([inbox], config, data)
    print(table(lines, mem, start))
    print(f"\n{len(lines)} lines, exit code {rc}, {time.monotonic() - start:.0f} s, "
          f"peak tree PSS {mem.peak / 2**20:.0f} MB: {mem.at_peak}")
    if rc not in (0, 4):
        print(err[-3000:], file=sys.stderr)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
