"""The watcher with a real watchdog observer on real folders."""

from __future__ import annotations

import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from mailsort.errors import ConfigError
from mailsort.intake.watcher import Watcher
from mailsort.settings import Settings, WatchSettings

STABLE = 0.5


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data",
                    watch=WatchSettings(stable_seconds=STABLE, poll_seconds=0.05))


@pytest.fixture
def inbox(tmp_path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    return box


class Recorder:
    """An on_ready that records calls (and the file size seen) and can remove or keep files."""

    def __init__(self, remove: bool = True, delay: float = 0.0):
        self.calls: list[tuple[Path, Path, int]] = []
        self.remove = remove
        self.delay = delay
        self.lock = threading.Lock()
        self.started = threading.Event()

    def __call__(self, path: Path, inbox: Path) -> None:
        self.started.set()
        size = path.stat().st_size
        time.sleep(self.delay)
        with self.lock:
            self.calls.append((path, inbox, size))
        if self.remove:
            path.unlink()

    def names(self, inbox: Path) -> list[str]:
        with self.lock:
            return sorted(p.relative_to(inbox).as_posix() for p, _, _ in self.calls)

    def wait_for(self, n: int, timeout: float = 15.0) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.lock:
                if len(self.calls) >= n:
                    return True
            time.sleep(0.02)
        return False


def test_files_present_at_start_and_stations(inbox, settings):
    (inbox / "station-1").mkdir()
    for rel in ("a.pdf", "station-1/b.png", "upload.tmp", ".hidden.pdf", "labels.json"):
        (inbox / rel).write_bytes(b"data")
    rec = Recorder()
    with Watcher([inbox], settings, rec):
        assert rec.wait_for(2)
        (inbox / "station-2").mkdir()                    # a station folder created while running
        (inbox / "station-2" / "c.jpg").write_bytes(b"data")
        assert rec.wait_for(3)
        time.sleep(STABLE + 0.3)
    assert rec.names(inbox) == ["a.pdf", "station-1/b.png", "station-2/c.jpg"]
    assert all(box == inbox for _, box, _ in rec.calls)


def test_slowly_written_file_is_taken_only_when_complete(inbox, settings):
    rec = Recorder()
    with Watcher([inbox], settings, rec):
        path = inbox / "slow.pdf"
        with open(path, "wb") as fh:
            for _ in range(8):                           # 8 chunks over ~1.6 s, gaps < stable time
                fh.write(b"x" * 1000)
                fh.flush()
                time.sleep(0.2)
                assert not rec.calls, "taken while still being written"
        assert rec.wait_for(1)
    assert rec.calls[0][2] == 8000


def test_temporary_name_then_rename(inbox, settings):
    rec = Recorder()
    with Watcher([inbox], settings, rec):
        tmp = inbox / "scan-0001.pdf.part"
        tmp.write_bytes(b"half")
        time.sleep(STABLE + 0.3)                         # stable, but a temporary name: not taken
        assert not rec.calls
        tmp.write_bytes(b"the whole scan")
        tmp.rename(inbox / "scan-0001.pdf")
        assert rec.wait_for(1)
        time.sleep(STABLE)
    assert rec.names(inbox) == ["scan-0001.pdf"]
    assert rec.calls[0][2] == len(b"the whole scan")


def test_burst_of_300_files_all_taken_once(inbox, settings):
    rec = Recorder()
    with Watcher([inbox], settings, rec, workers=2):
        for i in range(300):
            (inbox / f"scan-{i:03d}.png").write_bytes(b"p" * 100)
        assert rec.wait_for(300, timeout=30)
        time.sleep(STABLE + 0.3)
    counts = Counter(rec.names(inbox))
    assert len(counts) == 300 and set(counts.values()) == {1}


def test_kept_file_is_not_offered_again_until_it_changes(inbox, settings):
    rec = Recorder(remove=False)
    w = Watcher([inbox], settings, rec, rescan_seconds=0.2)
    with w:
        path = inbox / "retry.pdf"
        path.write_bytes(b"v1")
        assert rec.wait_for(1)
        time.sleep(STABLE * 3)                           # several polls and rescans
        assert len(rec.calls) == 1
        path.write_bytes(b"version 2")
        assert rec.wait_for(2)
        time.sleep(STABLE * 2)
    assert [size for _, _, size in rec.calls] == [2, 9]


def test_slow_callback_not_called_twice_and_stop_waits_for_it(inbox, settings):
    rec = Recorder(delay=1.5)
    w = Watcher([inbox], settings, rec, workers=2, rescan_seconds=0.1)
    w.start()
    (inbox / "a.pdf").write_bytes(b"a")
    # Wait for the call itself: a file queued but not yet started is dropped by stop() on purpose.
    assert rec.started.wait(5)
    w.stop()                                             # returns after the running call
    assert len(rec.calls) == 1 and not (inbox / "a.pdf").exists()


def test_failing_callback_does_not_stop_the_watcher(inbox, settings):
    calls = []

    def on_ready(path: Path, box: Path) -> None:
        calls.append(path.name)
        if path.name == "bad.pdf":
            raise ValueError("boom")
        path.unlink()

    with Watcher([inbox], settings, on_ready):
        (inbox / "bad.pdf").write_bytes(b"x")
        time.sleep(STABLE + 0.4)
        (inbox / "good.pdf").write_bytes(b"y")
        end = time.monotonic() + 10
        while "good.pdf" not in calls and time.monotonic() < end:
            time.sleep(0.02)
    assert sorted(calls) == ["bad.pdf", "good.pdf"]


def test_stop_is_prompt_and_leaves_no_threads(inbox, settings):
    before = set(threading.enumerate())
    w = Watcher([inbox], settings, Recorder())
    w.start()
    time.sleep(0.2)
    t0 = time.monotonic()
    w.stop()
    assert time.monotonic() - t0 < 5             # prompt: no long join timeout waited out
    assert set(threading.enumerate()) <= before


def test_run_until_event(inbox, settings):
    rec = Recorder()
    stop = threading.Event()
    (inbox / "x.pdf").write_bytes(b"x")
    t = threading.Thread(target=Watcher([inbox], settings, rec).run_until, args=(stop,))
    t.start()
    assert rec.wait_for(1)
    stop.set()
    t.join(5)
    assert not t.is_alive()


def test_missing_inbox_is_a_config_error(tmp_path, settings):
    with pytest.raises(ConfigError, match="nowhere"):
        Watcher([tmp_path / "nowhere"], settings, Recorder())


def test_periodic_rescan_takes_files_whose_events_were_lost(inbox, settings, monkeypatch):
    from mailsort.intake import watcher as mod

    monkeypatch.setattr(mod._Handler, "on_any_event", lambda self, event: None)
    rec = Recorder()
    with Watcher([inbox], settings, rec, rescan_seconds=0.3):
        time.sleep(0.2)                                  # after the start-up scan
        (inbox / "missed.pdf").write_bytes(b"x")
        assert rec.wait_for(1, timeout=5)
    assert rec.names(inbox) == ["missed.pdf"]


def test_empty_file_gets_a_longer_grace_period(inbox, settings):
    rec = Recorder()
    with Watcher([inbox], settings, rec):
        (inbox / "placeholder.pdf").write_bytes(b"")
        time.sleep(STABLE * 2.5)                         # a normal file would be taken by now
        assert not rec.calls
        assert rec.wait_for(1, timeout=5)                # but it is not left behind forever
    assert rec.calls[0][2] == 0


@pytest.fixture
def slow_settings(tmp_path) -> Settings:
    """A stability time far beyond the test's waits: only the close event can hand a file over."""
    return Settings(data_dir=tmp_path / "data",
                    watch=WatchSettings(stable_seconds=60, poll_seconds=0.05))


def test_a_file_closed_after_writing_is_taken_at_once(inbox, slow_settings):
    rec = Recorder()
    with Watcher([inbox], slow_settings, rec):
        path = inbox / "open.pdf"
        fh = open(path, "wb")
        fh.write(b"x" * 4000)
        fh.flush()
        time.sleep(1.0)
        assert not rec.calls, "taken while the writer still had it open"
        fh.write(b"y" * 4000)
        fh.close()
        assert rec.wait_for(1, timeout=5)
        (inbox / "empty.pdf").write_bytes(b"")         # closed, but empty: waits its grace period
        (inbox / "part.tmp").write_bytes(b"scan")
        (inbox / "part.tmp").rename(inbox / "renamed.pdf")    # renamed into place: complete too
        assert rec.wait_for(2, timeout=5)
        time.sleep(0.5)
    assert rec.names(inbox) == ["open.pdf", "renamed.pdf"]
    assert rec.calls[0][2] == 8000


def test_without_trust_close_a_closed_file_waits_out_the_stability_time(inbox, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", watch=WatchSettings(
        stable_seconds=60, poll_seconds=0.05, trust_close=False))
    rec = Recorder()
    with Watcher([inbox], settings, rec):
        (inbox / "a.pdf").write_bytes(b"data")
        time.sleep(1.5)
    assert not rec.calls
