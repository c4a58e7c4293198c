"""The task queue with real services: one `watch --queue` intake, two `mailsort worker`s (Celery
on the machine's Redis), one PostgreSQL and one shared folder: every item extracted and filed once."""

from __future__ import annotations

import os
import signal
import time
import uuid

import pytest

from .conftest import born_digital_items, item_count, lines, start
from .test_claims import once_each

pytestmark = pytest.mark.postgres
N = 60
BROKER = "redis://127.0.0.1:6379/0"


@pytest.fixture
def queued(shared):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(BROKER).ping()
    except redis.RedisError as e:
        pytest.skip(f"no Redis at {BROKER}: {e}")
    name = f"mailsort-test-{uuid.uuid4().hex[:8]}"      # a queue of its own on the shared server
    cfg = shared["config"] / "mailsort.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + f"queue: {{broker_url: '{BROKER}', name: {name}}}\n",
                   encoding="utf-8")
    yield shared
    redis.Redis.from_url(BROKER).delete(name)


def test_one_intake_two_workers_file_every_item_once(tmp_path, queued):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    procs = [start(queued, "worker", node=f"node-w{k}") for k in (1, 2)] + [
        start(queued, "watch", "--queue", str(inbox), node="node-in")]
    try:
        time.sleep(4)
        for path in born_digital_items(tmp_path / "staging", N):
            os.replace(path, inbox / path.name)
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline and (any(inbox.iterdir()) or item_count(queued["db"]) < N):
            assert all(p.poll() is None for p in procs), [p.stderr.read() for p in procs if p.poll()]
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
