"""`mailsort watch --metrics-port`: a real process, scraped over real HTTP while it files mail."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from mailsort.ops.metrics import Backlog

from ..conftest import SAMPLES, pick_samples

MAILSORT = str(Path(sys.executable).with_name("mailsort"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port: int) -> dict[tuple[str, tuple], float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for fam in text_string_to_metric_families(text) for s in fam.samples}


def test_watch_serves_metrics_and_health_while_it_files(config_dir, tmp_path):
    inbox, data, port = tmp_path / "inbox", tmp_path / "data", free_port()
    inbox.mkdir()
    proc = subprocess.Popen([MAILSORT, "watch", str(inbox), "--metrics-port", str(port),
                             "--config", str(config_dir), "--data", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                health = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5)
                break
            except (urllib.error.URLError, ConnectionError):
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
                time.sleep(0.2)
        assert health.status == 200
        assert json.loads(health.read()) == {"status": "ok",
                                             "checks": {"database": "ok", "archive": "ok"}}
        before = scrape(port)
        assert before[("mailsort_inbox_backlog", ())] == 0
        assert before[("mailsort_review_queue", ())] == 0

        for item in pick_samples("email", 1) + pick_samples("scan", 1):
            shutil.copyfile(SAMPLES / item["file"], inbox / item["file"])
        deadline = time.monotonic() + 300
        while True:
            now = scrape(port)
            done = sum(v for (name, _), v in now.items() if name == "mailsort_items_total")
            if done >= 2:
                break
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read()
            time.sleep(0.5)
        assert done == 2
        assert now[("mailsort_ocr_page_seconds_count", ())] >= 1       # the scan's page(s)
        assert now[("mailsort_ocr_page_seconds_sum", ())] > 0
        assert now[("mailsort_inbox_backlog", ())] == 0 and now[("mailsort_queue_depth", ())] == 0
        review = sum(v for (name, labels), v in now.items()
                     if name == "mailsort_items_total" and labels == (("decision", "review"),))
        assert now[("mailsort_review_queue", ())] == review
        assert now[("mailsort_outbox_messages", (("state", "pending"),))] == 0
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)


def test_backlog_counts_waiting_files_and_the_oldest_age(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "station-1").mkdir(parents=True)
    old, new = inbox / "station-1" / "old.pdf", inbox / "new.pdf"
    old.write_bytes(b"%PDF-1.4")
    new.write_bytes(b"%PDF-1.4")
    (inbox / "upload.tmp").write_bytes(b"half")              # ignored, as the watcher ignores it
    # The test sets both times itself, so a shifted clock cannot make the new file look old.
    now = time.time()
    os.utime(new, (now, now))
    os.utime(old, (now - 3600, now - 3600))

    files, age = Backlog([inbox], ignore=["*.tmp"]).waiting_files()

    assert files == 2
    assert 3600 <= age < 3600 + 300
    assert Backlog([tmp_path / "empty"]).waiting_files() == (0, None)
