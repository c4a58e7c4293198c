"""Claims on SQLite and PostgreSQL: first insert wins, the loser learns who holds it, an expired
lease or a dead process on this node is taken over, a queue intake's claim is adopted."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from mailsort.archive.claims import Claims, claimer_id
from mailsort.archive.schema import WorkClaim

from .conftest import drop, make_source


def test_the_first_claim_wins_and_the_loser_learns_who_holds_it(index, inbox):
    source = make_source(drop(inbox, "rechnung.pdf"))
    a, b = Claims(index.engine, 60, "node-a:1:aaaa"), Claims(index.engine, 60, "node-b:2:bbbb")
    assert a.claim(source).won
    lost = b.claim(source)
    assert (lost.won, lost.holder, lost.holder_path) == (False, "node-a:1:aaaa", str(source.path))
    assert a.claim(source).won                         # its own claim again: still its
    a.release(source.sha256)
    assert b.claim(source).won and b.holder(source.sha256) == "node-b:2:bbbb"
    a.close(), b.close()


def test_an_expired_lease_is_taken_over_and_renewal_keeps_it_alive(index, inbox):
    source = make_source(drop(inbox, "rechnung.pdf"))
    a, b = Claims(index.engine, 60, "node-a:1:aaaa"), Claims(index.engine, 60, "node-b:2:bbbb")
    assert a.claim(source).won
    past = datetime.now(UTC) - timedelta(seconds=1)
    with index.engine.begin() as conn:                 # a stopped renewer, a minute later
        conn.execute(update(WorkClaim).values(lease_until=past))
    assert a.renew() == 1                              # a live holder renews in time ...
    assert not b.claim(source).won
    with index.engine.begin() as conn:
        conn.execute(update(WorkClaim).values(lease_until=past))
    taken = b.claim(source)                            # ... a dead one does not
    assert taken.won and taken.took_over == "node-a:1:aaaa"
    assert a.holder(source.sha256) == "node-b:2:bbbb"
    a.close(), b.close()


def test_a_dead_process_on_this_node_is_taken_over_at_once_a_live_one_is_not(index, inbox):
    source = make_source(drop(inbox, "rechnung.pdf"))
    me = Claims(index.engine, 600, claimer_id("here"))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    dead = Claims(index.engine, 600, f"here:{gone}:dead")
    assert dead.claim(source).won
    assert me.claim(source).won                        # no need to wait 600 s
    me.release(source.sha256)
    alive = Claims(index.engine, 600, "here:1:init")   # pid 1 lives
    assert alive.claim(source).won
    assert not me.claim(source).won
    me.close(), dead.close(), alive.close()


def test_a_worker_adopts_the_intakes_claim_once(index, inbox):
    source = make_source(drop(inbox, "rechnung.pdf"))
    intake = Claims(index.engine, 600, "node-in:1:intk")
    w1, w2 = Claims(index.engine, 600, "node-w1:1:w111"), Claims(index.engine, 600, "node-w2:1:w222")
    assert intake.claim(source).won
    w1.adoptable = w2.adoptable = {intake.claimer}
    assert w1.claim(source).won                        # handed over by the intake
    assert not w2.claim(source).won                    # a redelivered task: w1 holds it now
    assert intake.renew() == 0 and intake._held == set()
    intake.close(), w1.close(), w2.close()


def test_claims_on_sqlite_commit_without_fsync_and_the_index_with(tmp_path, inbox):
    """A claim is a lock among live processes on this machine: its commits skip the log's fsync
    (a power cut ends its holders too); the index's rows stay synchronous=FULL."""
    from mailsort.archive import Index
    from mailsort.db import engine_for, locks_engine

    index = Index(f"sqlite:///{tmp_path / 'm.db'}")
    index.create()
    locks = locks_engine(index.engine)
    assert locks is not index.engine and locks is locks_engine(index.engine)
    with locks.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1          # NORMAL
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with index.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2          # FULL
    a = Claims(locks, 60, "node-a:1:aaaa")
    b = Claims(index.engine, 60, "node-b:2:bbbb")
    source = make_source(drop(inbox, "rechnung.pdf"))
    assert a.claim(source).won and not b.claim(source).won                      # seen at once
    a.release(source.sha256)
    assert b.claim(source).won
    assert engine_for(f"sqlite:///{tmp_path / 'm.db'}") is index.engine
