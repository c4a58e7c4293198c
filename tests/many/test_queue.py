"""The task queue with real services: one `watch --queue` intake, two `mailsort worker`s (Celery
on the machine's Redis), one PostgreSQL and one shared folder: every item extracted and filed once."""

from __future__ import annotations

import os
import signal
import time

import pytest

from .conftest import born_digital_items, item_count, lines, start
from .test_claims import once_each

pytestmark = pytest.mark.postgres
N = 60


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
