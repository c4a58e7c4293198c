"""A worker process that dies (segfault, OOM kill) costs one item, not the run: really killed here."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import psutil

from .conftest import SAMPLES

SCAN = "letter-006.tif"        # a two-page scan: OCR takes seconds, long enough to be killed in
NEIGHBOUR = "letter-014.pdf"   # a born-digital PDF, read in the same pool


def _ocr_running(pipeline) -> psutil.Process | None:
    """A pool worker that has started tesseract, i.e. is OCR'ing a page right now."""
    pool = pipeline.extractor._pool
    for proc in list((pool._processes or {}).values()) if pool is not None else []:
        try:
            worker = psutil.Process(proc.pid)
            if worker.children():
                return worker
        except (psutil.NoSuchProcess, ValueError):
            continue
    return None


class Killer(threading.Thread):
    """SIGKILLs the worker OCR'ing a page, `times` times: what the OOM killer does."""

    def __init__(self, pipeline, times: int):
        super().__init__(daemon=True)
        self.pipeline, self.times, self.killed, self.seen = pipeline, times, [], False
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            worker = _ocr_running(self.pipeline)
            if worker is not None:
                self.seen = True
                if len(self.killed) < self.times and worker.pid not in self.killed:
                    os.kill(worker.pid, signal.SIGKILL)
                    self.killed.append(worker.pid)
            time.sleep(0.02)


def _run(settings, inbox, names, kills):
    from mailsort.pipeline import Pipeline

    with Pipeline(settings) as pipeline:
        killer = Killer(pipeline, kills)
        killer.start()
        try:
            outcomes = {Path(o.source).name: o
                        for o in pipeline.process([(inbox / n, inbox) for n in names])}
        finally:
            killer.done.set()
            killer.join()
    return outcomes, killer


def test_an_item_whose_worker_is_killed_twice_is_quarantined_and_stays_so_after_a_restart(
        settings, inbox):
    from mailsort.archive import Index
    from mailsort.archive.quarantine import file_sha256

    settings = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"workers": 1})})
    for name in (SCAN, NEIGHBOUR):
        shutil.copy2(SAMPLES / name, inbox / name)
    outcomes, killer = _run(settings, inbox, [SCAN, NEIGHBOUR], kills=2)
    assert len(killer.killed) == 2                      # killed, retried alone, killed again
    scan = outcomes[SCAN]
    assert scan.decision == "quarantined" and "worker died on it 2 times" in scan.reason
    assert scan.reason.startswith(SCAN)
    assert outcomes[NEIGHBOUR].decision in ("filed", "review")      # its neighbour went through
    index = Index(settings.db_url)
    assert index.crash_count(file_sha256(inbox / SCAN)) == 2

    # A restarted mailroom (a new Pipeline) does not try it again: no worker ever starts tesseract.
    outcomes, killer = _run(settings, inbox, [SCAN], kills=0)
    assert outcomes[SCAN].decision == "quarantined" and "2 times" in outcomes[SCAN].reason
    assert not killer.seen
    assert index.crash_count(file_sha256(inbox / SCAN)) == 2
    index.close()


def test_a_worker_killed_once_costs_nothing_the_item_is_read_on_the_retry(settings, inbox):
    from mailsort.archive import Index
    from mailsort.archive.quarantine import file_sha256

    settings = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"workers": 1})})
    shutil.copy2(SAMPLES / SCAN, inbox / SCAN)
    outcomes, killer = _run(settings, inbox, [SCAN], kills=1)
    assert len(killer.killed) == 1          # both pages were in the dead pool: one crash, not two
    assert outcomes[SCAN].decision in ("filed", "review") and outcomes[SCAN].pages == 2
    assert Index(settings.db_url).crash_count(file_sha256(inbox / SCAN)) == 1
