"""The task queue with real services: one `watch --queue` intake, two `mailsort worker`s (Celery
on the machine's Redis), one PostgreSQL and one shared folder: every item extracted and filed once."""

from __future__ import annotations

import os
import re
import signal
import time

import pytest

from ..conftest import SAMPLES
from .conftest import BROKER, Drained, born_digital_items, item_count, lines, start
from .test_claims import once_each

pytestmark = pytest.mark.postgres
N = 60


def test_one_intake_two_workers_file_every_item_once(tmp_path, queued):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    procs = [Drained(start(queued, "worker", node=f"node-w{k}")) for k in (1, 2)] + [
        Drained(start(queued, "watch", "--queue", str(inbox), node="node-in"))]
    try:
        time.sleep(4)
        for path in born_digital_items(tmp_path / "staging", N):
            os.replace(path, inbox / path.name)
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline and (any(inbox.iterdir()) or item_count(queued["db"]) < N):
            assert all(p.poll() is None for p in procs), [p.err() for p in procs if p.poll()]
            time.sleep(0.5)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        ends = [p.communicate(timeout=120) for p in procs]
    assert not any(inbox.iterdir())
    once_each(queued["db"], N)
    # Both workers took a share; the intake only queued (no line of its own for queued items).
    shares = [len([o for o in lines(out) if o["decision"] in ("filed", "review")])
              for out, _ in ends[:2]]
    assert sum(shares) == N and min(shares) > 0, shares
    print("items per worker:", shares)
    assert lines(ends[2][0]) == []


@pytest.mark.parametrize("shared", [5], indirect=True)      # claim_lease_seconds
def test_a_worker_killed_mid_item_leaves_it_to_another_after_the_lease(tmp_path, queued):
    """SIGKILL while tesseract reads a two-page scan: the task goes back on the queue after
    queue.redeliver_seconds, the other worker takes the dead one's claim over once its lease ran
    out, and the item is extracted and filed once."""
    import shutil

    import psutil

    cfg = queued["config"] / "mailsort.yaml"
    cfg.write_text(re.sub(r"(queue: \{.*)\}", r"\1, redeliver_seconds: 8}",
                          cfg.read_text(encoding="utf-8")), encoding="utf-8")
    assert "redeliver_seconds: 8}" in cfg.read_text(encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = Drained(start(queued, "worker", node="node-w1"))
    intake = Drained(start(queued, "watch", "--queue", str(inbox), node="node-in"))
    second = None
    try:
        time.sleep(4)
        shutil.copy2(SAMPLES / "letter-006.tif", tmp_path / "letter-006.tif")
        os.replace(tmp_path / "letter-006.tif", inbox / "letter-006.tif")
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not _runs_tesseract(psutil.Process(first.pid)):
            assert first.poll() is None, first.err()
            time.sleep(0.05)
        os.killpg(first.pid, signal.SIGKILL)       # the machine dies mid-item, OCR and all
        first.communicate(timeout=60)
        assert item_count(queued["db"]) == 0
        second = Drained(start(queued, "worker", node="node-w2"))
        _until_filed(second, queued["db"], inbox)
    finally:
        _stop(intake, second)
        out, err = second.communicate(timeout=120) if second is not None else ("", "")
        _, intake_err = intake.communicate(timeout=120)
    assert [o["decision"] for o in lines(out)] in (["filed"], ["review"]), err[-2000:]
    # The dead worker's claim is taken over by the second worker (its task redelivered) or by the
    # intake, which queues an input still in its inbox after redeliver_seconds once more.
    assert "whose lease expired" in err + intake_err
    assert not any(inbox.iterdir())
    once_each(queued["db"], 1)



def test_an_input_whose_task_the_broker_lost_is_queued_again(tmp_path, queued):
    """Redis keeps nothing on disk here: a restart loses the tasks waiting on it. The intake queues
    an input that is still in its inbox `queue.redeliver_seconds` later once more, and a worker
    started afterwards files it once."""
    import redis

    cfg = queued["config"] / "mailsort.yaml"
    cfg.write_text(re.sub(r"(queue: \{.*)\}", r"\1, redeliver_seconds: 3}",
                          cfg.read_text(encoding="utf-8")), encoding="utf-8")
    name = re.search(r"name: (mailsort-test-\w+)", cfg.read_text(encoding="utf-8")).group(1)
    broker = redis.Redis.from_url(BROKER)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    intake = Drained(start(queued, "watch", "--queue", str(inbox), node="node-in"))
    worker = None

    def wait_for(check, what: str) -> None:
        deadline = time.monotonic() + 120
        while not check():
            assert intake.poll() is None, intake.err()
            assert time.monotonic() < deadline, f"never {what}: {intake.err()[-2000:]}"
            time.sleep(0.05)

    try:
        [item] = born_digital_items(tmp_path / "staging", 1)
        os.replace(item, inbox / item.name)
        wait_for(lambda: broker.llen(name) == 1, "queued")
        broker.delete(name)                       # the broker restarted without its queue
        wait_for(lambda: broker.llen(name) == 1, "queued again")
        worker = Drained(start(queued, "worker", node="node-w1"))
        _until_filed(worker, queued["db"], inbox)
    finally:
        _stop(intake, worker)
        out, err = worker.communicate(timeout=120) if worker is not None else ("", "")
        intake_out, _ = intake.communicate(timeout=120)
    assert [o["decision"] for o in lines(out)] in (["filed"], ["review"]), err[-2000:]
    assert lines(intake_out) == []                # queued twice, reported once: by the worker
    assert not any(inbox.iterdir())
    once_each(queued["db"], 1)

def _until_filed(worker: Drained, db: str, inbox) -> None:
    """Until the one item is in the index and gone from the inbox (5 minutes at most)."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and (item_count(db) < 1 or any(inbox.iterdir())):
        assert worker.poll() is None, worker.err()
        time.sleep(0.5)


def _stop(*procs: Drained | None) -> None:
    for p in procs:
        if p is not None and p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)

def _runs_tesseract(proc) -> bool:
    import psutil

    try:
        return any(c.name() == "tesseract" for c in proc.children(recursive=True))
    except psutil.Error:
        return False


def test_a_worker_serves_metrics_with_the_brokers_queue_depth(tmp_path, queued):
    """`mailsort worker --metrics-port`: the queue depth is read from the broker (two tasks wait
    before the worker starts), the item counters are the worker's own, /healthz answers."""
    import json
    import urllib.error
    import urllib.request

    from mailsort.queue.tasks import Sender
    from mailsort.settings import load_settings

    from ..ops.test_watch_metrics import free_port, scrape

    settings = load_settings(queued["config"], data_dir=queued["data"])
    items = born_digital_items(tmp_path / "shared", 2)
    sender = Sender(settings)
    for path in items:
        sender.send(str(path), None, "intake-test")
    port = free_port()
    worker = Drained(start(queued, "worker", "--metrics-port", str(port), node="node-w"))
    try:
        deadline = time.monotonic() + 300
        seen_waiting = False
        while True:
            try:
                now = scrape(port)
            except (urllib.error.URLError, ConnectionError):
                now = {}
            # The endpoint starts before the first task is taken: it shows them waiting.
            seen_waiting |= now.get(("mailsort_queue_depth", ()), 0) > 0
            done = sum(v for (name, _), v in now.items() if name == "mailsort_items_total")
            if done >= 2 and now[("mailsort_queue_depth", ())] == 0:
                break
            assert worker.poll() is None and time.monotonic() < deadline, worker.err()[-3000:]
            time.sleep(0.2)
        assert seen_waiting
        health = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10)
        assert health.status == 200 and json.loads(health.read())["status"] == "ok"
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.proc.wait(120)
    assert item_count(queued["db"]) == 2
