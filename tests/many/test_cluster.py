"""Many workers, one mailroom, on real services: two `mailsort worker`s and two `watch --queue`
intakes (one on an S3 inbox prefix, one on a folder) share one PostgreSQL database, one S3 archive
(moto's server) and one Redis queue. 300 items, mostly emails and born-digital PDFs, and a few
one-page scans: each OCR'd once, filed once, one line and one event trail each, every inbox empty.

OCR is counted at tesseract itself: a shim first on the processes' PATH logs each call and runs
the real tesseract. Every extraction OCRs its pages in a work folder of its own,
`<data>/tmp/mailsort-<item_id>-XXXX/`, so an item OCR'd twice shows two such folders in the log.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
from collections import Counter, defaultdict

import pytest

from ..conftest import S3_REGION
from .conftest import Drained, born_digital_items, item_count, lines, scanned_items, start, trail
from .test_claims import once_each

# About 3 minutes alone on 2 cores; the limits leave room for a machine shared with other jobs.
pytestmark = [pytest.mark.postgres, pytest.mark.timeout(1500)]
TEXT_ITEMS, SCANS = 282, 18
N = TEXT_ITEMS + SCANS
WORKDIR = re.compile(r"/mailsort-([0-9a-f]{16})-[^/]+/")


@pytest.fixture
def cluster(queued, s3_endpoint, s3_bucket, tmp_path, monkeypatch):
    """`queued` plus the archive in a fresh bucket and a tesseract that logs its calls."""
    s3, bucket = s3_bucket
    cfg = queued["config"] / "mailsort.yaml"
    text = cfg.read_text(encoding="utf-8").replace("poll_seconds: 0.2}", "poll_seconds: 0.2, "
                                                   "remote_poll_seconds: 1}")
    cfg.write_text(text + f"storage: {{backend: s3, s3_bucket: {bucket}, s3_prefix: archive, "
                   f"s3_endpoint_url: '{s3_endpoint}', s3_region: {S3_REGION}}}\n", encoding="utf-8")
    shim = tmp_path / "bin"
    shim.mkdir()
    log = tmp_path / "tesseract-calls.log"
    (shim / "tesseract").write_text(f'#!/bin/sh\necho "$*" >> "{log}"\n'
                                    f'exec "{shutil.which("tesseract")}" "$@"\n')
    (shim / "tesseract").chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim}:{os.environ['PATH']}")
    return {**queued, "s3": s3, "bucket": bucket, "ocr_log": log}


def test_two_workers_two_intakes_300_items_each_ocrd_and_filed_once(tmp_path, cluster):
    s3, bucket, db = cluster["s3"], cluster["bucket"], cluster["db"]
    folder = tmp_path / "inbox"
    folder.mkdir()
    items = born_digital_items(tmp_path / "staging", TEXT_ITEMS) + scanned_items(tmp_path / "scans", SCANS)
    to_s3, to_folder = items[0::2], items[1::2]      # each half: emails, PDFs and scans
    procs = [Drained(start(cluster, "worker", node=f"node-w{k}")) for k in (1, 2)] + [
        Drained(start(cluster, "watch", "--queue", f"s3://{bucket}/inbox/", node="node-s3")),
        Drained(start(cluster, "watch", "--queue", str(folder), node="node-folder"))]
    t0 = time.monotonic()
    try:
        time.sleep(4)                                 # everyone up before the scanners drop
        for k, path in enumerate(to_s3):             # two scanner stations upload
            s3.upload_file(str(path), bucket, f"inbox/station-{k % 2 + 1}/{path.name}")
        for path in to_folder:
            os.replace(path, folder / path.name)
        deadline = time.monotonic() + 1200
        while time.monotonic() < deadline and (item_count(db) < N or any(folder.iterdir())
                                               or _keys(s3, bucket, "inbox/")):
            assert all(p.poll() is None for p in procs), [p.err()[-3000:] for p in procs if p.poll()]
            time.sleep(1)
        elapsed = time.monotonic() - t0
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        ends = [p.communicate(timeout=120) for p in procs]

    # Every inbox is empty: the folder's files removed, the S3 objects moved below done/.
    assert not any(folder.iterdir()), sorted(p.name for p in folder.iterdir())[:5]
    assert _keys(s3, bucket, "inbox/") == []
    assert len(_keys(s3, bucket, "done/inbox/")) == len(to_s3)
    # One outcome line per item across both workers, none from the intakes (they only queue).
    out = [o for stdout, _ in ends[:2] for o in lines(stdout)]
    assert len(out) == N, Counter(o["decision"] for o in out)
    assert len({o["item_id"] for o in out}) == N
    assert {o["decision"] for o in out} <= {"filed", "review"}, Counter(o["decision"] for o in out)
    shares = [len(lines(stdout)) for stdout, _ in ends[:2]]
    assert min(shares) > 0, shares
    assert [lines(stdout) for stdout, _ in ends[2:]] == [[], []]
    # One event trail each: received, extracted, routed, filed or review, once; nothing else.
    once_each(db, N)
    events = trail(db)
    assert set(events) <= {"received", "extracted", "routed", "filed", "review"}, sorted(events)
    assert len(events["received"]) == N and set(events["received"].values()) == {1}
    # The S3 half carries its station; the archive is the bucket.
    stations = _stations(db)
    assert stations == {"station-1": len(to_s3) - len(to_s3) // 2, "station-2": len(to_s3) // 2,
                        None: len(to_folder)}, stations
    assert len(_keys(s3, bucket, "archive/")) >= 2 * N   # original and searchable PDF (+ metadata)
    # OCR'd once: every item tesseract read, it read in one extraction, and every scan was read.
    calls = cluster["ocr_log"].read_text().splitlines()
    runs: dict[str, set[str]] = defaultdict(set)
    for call in calls:
        if m := WORKDIR.search(call):
            runs[m.group(1)].add(m.group(0))
    twice = {item: folders for item, folders in runs.items() if len(folders) > 1}
    assert not twice, twice
    scans = {o["item_id"] for o in out if o["source"].endswith((".jpg", ".png"))}
    assert len(scans) == SCANS and scans <= set(runs), scans - set(runs)
    print(f"{N} items in {elapsed:.0f} s; per worker {shares}; {len(runs)} items OCR'd "
          f"in {len(calls)} tesseract calls, each item in one extraction")


def _keys(s3, bucket: str, prefix: str) -> list[str]:
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
    return sorted(o["Key"] for page in pages for o in page.get("Contents", []))


def _stations(db_url: str) -> dict[str | None, int]:
    import psycopg

    with psycopg.connect(db_url) as conn:
        return dict(conn.execute("SELECT station, count(*) FROM items GROUP BY station").fetchall())
