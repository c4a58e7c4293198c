"""Watch scanner drop folders and hand over each file once, when it is completely written.

Events from watchdog mostly say "look at this path"; whether a file is complete is decided by
polling: size and mtime unchanged for `stable_seconds`. Two events say more: a file closed after
writing (inotify's IN_CLOSE_WRITE) and a file renamed into place are complete as they are, so with
`watch.trust_close` they are handed over at once, without waiting out the stability time (which
would otherwise be most of a one-page letter's latency). Watchdog can drop events under load and
misses files that were there before it started, so every inbox is also rescanned periodically.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from ..errors import ConfigError
from ..settings import Settings
from .inputs import InputFilter

log = logging.getLogger(__name__)

Signature = tuple[int, int]          # (size, mtime_ns)


@dataclass
class _Pending:
    inbox: Path
    sig: Signature
    since: float                     # monotonic time the signature was first seen
    closed: Signature | None = None  # the signature when it was closed after writing/renamed in


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: Watcher):
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        if event.is_directory:
            if event.event_type in ("created", "moved"):
                self.watcher._request_rescan()          # a new station folder may hold files already
            return
        if event.event_type == "closed":              # closed after writing: complete now
            self.watcher._complete_now(os.fsdecode(event.src_path))
            return
        self.watcher._mark(os.fsdecode(event.src_path))
        dest = getattr(event, "dest_path", "")
        if dest:                                        # renamed into place: complete as well
            self.watcher._complete_now(os.fsdecode(dest))


class Watcher:
    """Hand each complete file in the inboxes to `on_ready(path, inbox)` once.

    `on_ready` runs on `workers` worker threads and may be slow; a path is never handed over while
    a call for it is still running. A file still there after its call is offered again only once
    its size or mtime has changed.
    """

    def __init__(self, inboxes: list[Path], settings: Settings,
                 on_ready: Callable[[Path, Path], None], *, workers: int = 1,
                 rescan_seconds: float | None = None):
        if not inboxes:
            raise ConfigError("no inbox folders to watch (give INBOX arguments or watch.inboxes)")
        for box in inboxes:
            if not Path(box).is_dir():
                raise ConfigError(f"{box}: inbox folder not found")
        self.inboxes = [Path(os.path.abspath(b)) for b in inboxes]
        self.settings = settings
        self.on_ready = on_ready
        self.workers = max(1, workers)
        self.stable = settings.watch.stable_seconds
        self.trust_close = settings.watch.trust_close
        self.poll = settings.watch.poll_seconds
        self.rescan_every = rescan_seconds if rescan_seconds is not None else max(10 * self.poll, 5.0)
        self.filter = InputFilter(settings)

        self._lock = threading.Lock()
        self._dirty: set[str] = set()
        self._complete: dict[str, Signature] = {}      # closed after writing or renamed in
        self._rescan = threading.Event()
        self._pending: dict[str, _Pending] = {}
        self._in_flight: set[str] = set()
        self._done: dict[str, Signature] = {}           # signature at hand-over, per path
        self._queue: queue.Queue[tuple[str, Path, Signature]] = queue.Queue()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._observer: Observer | None = None
        self.handed = 0                                 # calls made, for logs and tests

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._threads:
            raise RuntimeError("watcher already started")
        self._stop.clear()
        observer = Observer()
        handler = _Handler(self)
        for box in self.inboxes:
            observer.schedule(handler, str(box), recursive=True)
        observer.daemon = True
        try:
            observer.start()                            # before the first scan: no gap to miss
            self._observer = observer
        except OSError as e:                            # e.g. inotify watch limit reached
            self.rescan_every = min(self.rescan_every, max(self.poll, 1.0))
            log.warning("file-system events unavailable (%s); scanning the inboxes every %.1f s "
                        "instead", e, self.rescan_every)
        self._rescan.set()
        self._threads = [threading.Thread(target=self._monitor, name="mailsort-watch", daemon=True)]
        self._threads += [threading.Thread(target=self._work, name=f"mailsort-intake-{i}", daemon=True)
                          for i in range(self.workers)]
        for t in self._threads:
            t.start()
        log.debug("watching %s", ", ".join(map(str, self.inboxes)))

    def stop(self, timeout: float | None = None) -> None:
        """Stop watching; waits for the on_ready calls in flight, drops files not yet started."""
        self._stop.set()
        self._wake.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
            self._observer = None
        for t in self._threads:
            t.join(timeout)
        self._threads = []
        with self._lock:                                # not started: offered again next time
            while not self._queue.empty():
                path, _, _ = self._queue.get_nowait()
                self._in_flight.discard(path)

    def run_until(self, stop: threading.Event) -> None:
        """Watch until `stop` is set (e.g. by a signal handler), then stop cleanly."""
        self.start()
        try:
            while not stop.wait(0.5):
                if not all(t.is_alive() for t in self._threads):
                    raise RuntimeError("a watcher thread died; see the log")
        finally:
            self.stop()

    def __enter__(self) -> Watcher:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- events ----------------------------------------------------------------------------

    def _mark(self, path: str) -> None:
        with self._lock:
            self._dirty.add(path)

    def _complete_now(self, path: str) -> None:
        # The signature at the event: a writer that opens the file again changes it, and then
        # the file waits out the stability time like any other.
        sig = _signature(path) if self.trust_close else None
        with self._lock:
            self._dirty.add(path)
            if sig is not None:
                self._complete[path] = sig
        if sig is not None:
            self._wake.set()                            # look now, not at the next poll

    def _request_rescan(self) -> None:
        self._rescan.set()

    def _inbox_of(self, path: str) -> Path | None:
        p = Path(path)
        best = None
        for box in self.inboxes:
            if box in p.parents and (best is None or len(box.parts) > len(best.parts)):
                best = box
        return best

    # -- monitor thread: stability ---------------------------------------------------------

    def _monitor(self) -> None:
        last_scan = 0.0
        while not self._stop.is_set():
            try:
                now = time.monotonic()
                if self._rescan.is_set() or now - last_scan >= self.rescan_every:
                    self._rescan.clear()
                    self._scan_all()
                    last_scan = time.monotonic()
                self._check()
            except Exception:                           # keep watching; one bad path must not stop intake
                log.exception("watcher: unexpected error while checking the inboxes")
            self._wake.wait(self.poll)
            self._wake.clear()

    def _scan_all(self) -> None:
        present: set[str] = set()
        for box in self.inboxes:
            for f in self.filter.walk(box):
                present.add(str(f))
        with self._lock:
            self._dirty |= present
            # Forget hand-overs of files that are gone, so the memory stays bounded.
            for path in [p for p in self._done if p not in present]:
                del self._done[path]

    def _check(self) -> None:
        with self._lock:
            dirty, self._dirty = self._dirty, set()
            complete, self._complete = self._complete, {}
        now = time.monotonic()
        for path in dirty:
            if path in self._pending:
                continue
            box = self._inbox_of(path)
            if box is None or not self.filter.accepts(Path(path), box):
                continue
            sig = _signature(path)
            if sig is None:
                with self._lock:
                    self._done.pop(path, None)
                continue
            self._pending[path] = _Pending(box, sig, now)
        for path, sig in complete.items():
            if path in self._pending:
                self._pending[path].closed = sig
        for path, item in list(self._pending.items()):
            sig = _signature(path)
            if sig is None:
                del self._pending[path]
                continue
            if sig != item.sig:
                item.sig, item.since = sig, now         # still being written
                if sig != item.closed:
                    continue
            # Scanners often create the file empty and fill it after the page is scanned: give an
            # empty file much longer before it is handed over (and quarantined as empty), even
            # when it was closed. A file closed or renamed in since it was last seen, unchanged
            # since the event, needs no wait.
            closed = sig == item.closed and sig[0] > 0
            if not closed and now - item.since < (self.stable if sig[0] else self.stable * 5):
                continue
            with self._lock:
                if path in self._in_flight:
                    continue                            # look again after the running call
                del self._pending[path]
                if self._done.get(path) == sig:
                    continue                            # handed over before, unchanged since
                self._in_flight.add(path)
            self._queue.put((path, item.inbox, sig))

    # -- worker threads --------------------------------------------------------------------

    def _work(self) -> None:
        while not self._stop.is_set():
            try:
                path, inbox, sig = self._queue.get(timeout=0.2)
            except queue.Empty:
                continue
            if self._stop.is_set():
                with self._lock:
                    self._in_flight.discard(path)
                return
            try:
                self.on_ready(Path(path), inbox)
            except Exception:                           # the item stays in the inbox; keep going
                log.exception("%s: processing failed; left in the inbox", path)
            finally:
                with self._lock:
                    self.handed += 1
                    self._done[path] = sig
                    self._in_flight.discard(path)
                    self._dirty.add(path)               # changed meanwhile? then it is offered again


def _signature(path: str) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        try:
            st = os.lstat(path)                         # dangling symlink: sniff() will say so
        except OSError:
            return None
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns
