"""Claim before work, with real processes: two `process` runs or two `watch`es over the same
inputs against one PostgreSQL and one archive folder extract and file every item exactly once;
a worker killed mid-run leaves its items to another once its lease expires."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter

import psycopg
import pytest

from .conftest import born_digital_items, item_count, lines, start, trail

pytestmark = pytest.mark.postgres
N = 40
FINAL = ("filed", "review", "quarantined")


def once_each(db_url: str, n: int) -> None:
    """Every item: one `extracted` event, one final decision (filed, review or quarantined)."""
    events = trail(db_url)
    extracted = events.get("extracted", Counter())
    final = Counter()
    for stage in FINAL:
        final.update(events.get(stage, Counter()))
    assert item_count(db_url) == n
    assert len(extracted) == n and set(extracted.values()) == {1}, extracted.most_common(3)
    assert len(final) == n and set(final.values()) == {1}, final.most_common(3)


def test_two_process_runs_over_the_same_inputs_extract_and_file_each_item_once(tmp_path, shared):
    inputs = born_digital_items(tmp_path / "in", N)
    runs = [start(shared, "process", str(tmp_path / "in")) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in runs]
    for p, (_, err) in zip(runs, results):
        assert p.returncode == 0, err
    out = [o for stdout, _ in results for o in lines(stdout)]
    assert len(out) == 2 * N                       # one line per input and run
    decided = Counter(o["item_id"] for o in out if o["decision"] != "duplicate")
    assert len(decided) == N and set(decided.values()) == {1}
    assert all(o["decision"] in ("filed", "review") for o in out if o["decision"] != "duplicate")
    print("items decided per run:", [sum(1 for o in lines(stdout) if o["decision"] != "duplicate")
                                     for stdout, _ in results])
    # Both ran together: some of the losers' lines name the other process as the claimer.
    assert sum(1 for o in out if o["decision"] == "duplicate") == N
    once_each(shared["db"], N)
    assert len(inputs) == N and all(p.exists() for p in inputs)   # `process` keeps inputs


def test_two_watches_on_one_inbox_file_each_item_once(tmp_path, shared):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watches = [start(shared, "watch", str(inbox)) for _ in range(2)]
    try:
        time.sleep(3)                               # both watching before the scanner drops
        for path in born_digital_items(tmp_path / "staging", N):
            os.replace(path, inbox / path.name)    # a scanner's atomic drop
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and (any(inbox.iterdir()) or item_count(shared["db"]) < N):
            time.sleep(0.5)
        assert not any(inbox.iterdir()), sorted(p.name for p in inbox.iterdir())[:5]
    finally:
        for w in watches:
            w.send_signal(signal.SIGTERM)
        results = [w.communicate(timeout=120) for w in watches]
    for w, (_, err) in zip(watches, results):
        assert w.returncode == 0, err
    out = [o for stdout, _ in results for o in lines(stdout)]
    decided = Counter(o["item_id"] for o in out if o["decision"] != "duplicate")
    assert len(decided) == N and set(decided.values()) == {1}
    assert not [o for o in out if o["decision"] == "quarantined"]
    print("items decided per watch:", [sum(1 for o in lines(stdout) if o["decision"] != "duplicate")
                                       for stdout, _ in results])
    once_each(shared["db"], N)


@pytest.mark.parametrize("shared", [45], indirect=True)     # claim_lease_seconds: longer than
# the second node takes to start and reach the item on a busy machine
def test_a_killed_workers_items_are_finished_by_another_after_its_lease(tmp_path, shared):
    born_digital_items(tmp_path / "in", N)
    first = start(shared, "process", str(tmp_path / "in"))
    deadline = time.monotonic() + 300
    # Items are claimed as the extractor takes them: wait for one filed and some in hand.
    while time.monotonic() < deadline and not (_count(shared["db"], "items") >= 1
                                               and _open_claims(shared["db"]) > 0):
        time.sleep(0.02)
    os.killpg(first.pid, signal.SIGKILL)            # the node dies mid-run, OCR workers and all
    first.communicate(timeout=60)
    # Claims whose item is not in the index yet (killed between committing an item and giving
    # its claim back leaves a claim on a finished item: harmless, nobody needs it any more).
    held = _open_claims(shared["db"])
    assert 0 < held and item_count(shared["db"]) < N, (held, item_count(shared["db"]))

    # Right away, another node cannot tell the worker is dead: its claims are leased, its items
    # left alone. (A restart on the dead worker's own node takes them over at once: test_crash.)
    again = start(shared, "process", str(tmp_path / "in"), node="node-b")
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    waiting = [o for o in lines(out) if o["decision"] == "duplicate"
               and "being processed by" in (o["reason"] or "")]
    assert len(waiting) == held

    with psycopg.connect(shared["db"]) as conn:      # the lease runs out (the database's clock)
        while conn.execute("SELECT max(lease_until) > clock_timestamp() FROM work_claims").fetchone()[0]:
            time.sleep(0.5)
    last = start(shared, "process", str(tmp_path / "in"), node="node-b")
    out, err = last.communicate(timeout=600)
    assert last.returncode == 0, err
    taken_over = [o for o in lines(out) if o["decision"] in ("filed", "review")]
    assert len(taken_over) == held
    assert "whose lease expired" in err
    once_each(shared["db"], N)
    assert _open_claims(shared["db"]) == 0
    print(f"killed worker: {held} items left claimed; the other node waited, then took them over")


def _open_claims(db_url: str) -> int:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT count(*) FROM work_claims c WHERE NOT EXISTS "
                            "(SELECT 1 FROM items i WHERE i.sha256 = c.sha256)").fetchone()[0]


def _count(db_url: str, table: str) -> int:
    try:
        with psycopg.connect(db_url) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except psycopg.errors.UndefinedTable:
        return 0


@pytest.mark.parametrize("shared", [3], indirect=True)      # claim_lease_seconds
def test_a_watch_takes_over_an_input_whose_claimer_died_elsewhere(tmp_path, shared):
    """The other node claimed the item and died; it never renews. The watch leaves the input at
    first (a duplicate line naming the claimer), offers it again after a lease and files it."""
    import hashlib

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    [path] = born_digital_items(tmp_path / "staging", 1)
    watch = start(shared, "watch", str(inbox))
    try:
        while not _has_schema(shared["db"]):
            time.sleep(0.2)                          # the watch has set the schema up
        with psycopg.connect(shared["db"], autocommit=True) as conn:
            conn.execute("INSERT INTO work_claims VALUES (%s, 'node-x:4242:gone', %s, now(), "
                         "now() + interval '4 seconds')",
                         (hashlib.sha256(path.read_bytes()).hexdigest(), str(inbox / path.name)))
        os.replace(path, inbox / path.name)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (any(inbox.iterdir()) or item_count(shared["db"]) < 1):
            time.sleep(0.2)
    finally:
        watch.send_signal(signal.SIGTERM)
        out, err = watch.communicate(timeout=120)
    assert watch.returncode == 0, err
    got = lines(out)
    assert got[0]["decision"] == "duplicate" and "node-x:4242:gone" in got[0]["reason"]
    assert [o["decision"] for o in got[1:] if o["decision"] != "duplicate"] in (["filed"], ["review"])
    assert not any(inbox.iterdir())
    once_each(shared["db"], 1)


def _has_schema(db_url: str) -> bool:
    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()[0] and \
            conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
