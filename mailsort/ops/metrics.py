"""Prometheus metrics (prometheus-client): what the pipeline counts as it goes, and what is read from
the index at scrape time (review queue, outbox), plus the process's own backlog when it watches inboxes.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy import case, func, select

from ..model import Document, Outcome

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry()
ITEMS = Counter("mailsort_items", "Items processed, by decision", ["decision"], registry=REGISTRY)
OCR_SECONDS = Histogram("mailsort_ocr_page_seconds", "Seconds of OCR per page (rasterise, deskew, tesseract)",
                        buckets=(0.5, 1, 2, 3, 5, 8, 13, 20, 30, 60, 120, 180), registry=REGISTRY)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def count_outcome(outcome: Outcome) -> None:
    ITEMS.labels(outcome.decision).inc()


def observe_document(document: Document) -> None:
    for page in document.pages:
        if page.method == "ocr" and page.ocr_seconds is not None:
            OCR_SECONDS.observe(page.ocr_seconds)


class Backlog:
    """What one process still has to do: its queue, its inboxes' waiting files, remote backlogs."""

    def __init__(self, folders: Iterable[Path] = (), queued: Callable[[], int] = lambda: 0,
                 remote: Callable[[], int] = lambda: 0, ignore: Iterable[str] = ()):
        self.folders = [Path(f) for f in folders]
        self.queued = queued
        self.remote = remote
        self.ignore = list(ignore)

    def waiting_files(self) -> tuple[int, float | None]:
        """(files waiting in the inbox folders, seconds since the oldest was last written)."""
        from ..intake.inputs import is_ignored

        count, oldest = 0, None
        for folder in self.folders:
            for dirpath, dirnames, filenames in os.walk(folder):
                dirnames[:] = [d for d in dirnames if not is_ignored(d, self.ignore)]
                for name in filenames:
                    if is_ignored(name, self.ignore):
                        continue
                    try:
                        mtime = os.lstat(os.path.join(dirpath, name)).st_mtime
                    except OSError:
                        continue
                    count += 1
                    oldest = mtime if oldest is None else min(oldest, mtime)
        return count, (max(0.0, time.time() - oldest) if oldest is not None else None)


class StateCollector:
    """Gauges read when Prometheus scrapes: the index's review queue and outbox, the backlog."""

    def __init__(self, db_url: str, backlog: Backlog | None = None):
        self.db_url = db_url
        self.backlog = backlog

    def collect(self):
        try:
            review, outbox = _index_state(self.db_url)
        except Exception as e:  # noqa: BLE001  a scrape must answer; /healthz says what is wrong
            log.warning("metrics: the index cannot be read: %s", " ".join(str(e).split())[:200])
            review, outbox = None, {}
        if review is not None:
            yield GaugeMetricFamily("mailsort_review_queue", "Items waiting for a person in review",
                                    value=review)
        g = GaugeMetricFamily("mailsort_outbox_messages", "Outbox messages not yet delivered",
                              labels=["state"])
        for state in ("pending", "retrying", "failed"):
            if state in outbox:
                g.add_metric([state], outbox[state])
        yield g
        if self.backlog is not None:
            files, age = self.backlog.waiting_files()
            yield GaugeMetricFamily("mailsort_queue_depth", "Items waiting for this process (on a worker: tasks on the broker)",
                                    value=self.backlog.queued())
            yield GaugeMetricFamily("mailsort_inbox_backlog", "Inputs waiting in the inboxes "
                                    "(folder files and remote messages/objects)",
                                    value=files + self.backlog.remote())
            yield GaugeMetricFamily("mailsort_oldest_unprocessed_seconds", "Age of the oldest "
                                    "file waiting in an inbox folder", value=age or 0.0)


def _index_state(db_url: str) -> tuple[int, dict[str, int]]:
    from ..actions.tables import OutboxRow
    from ..archive.schema import Item
    from ..db import sessions_for

    with sessions_for(db_url)() as s:
        review = s.scalar(select(func.count()).select_from(Item).where(Item.decision == "review"))
        rows = s.execute(select(
            func.sum(case((OutboxRow.status.in_(("pending", "sending")), 1), else_=0)),
            func.sum(case(((OutboxRow.status.in_(("pending", "sending")))
                           & (OutboxRow.attempts > 0), 1), else_=0)),
            func.sum(case((OutboxRow.status == "failed", 1), else_=0)))).one()
    pending, retrying, failed = (int(v or 0) for v in rows)
    return int(review or 0), {"pending": pending, "retrying": retrying, "failed": failed}


def registry_for(db_url: str, backlog: Backlog | None = None) -> CollectorRegistry:
    """The process's counters plus the state gauges, as one registry to expose."""
    reg = CollectorRegistry()
    reg.register(_Forward(REGISTRY))
    reg.register(StateCollector(db_url, backlog))
    return reg


class _Forward:
    def __init__(self, registry: CollectorRegistry):
        self.registry = registry

    def collect(self):
        yield from self.registry.collect()


def render(registry: CollectorRegistry) -> bytes:
    return generate_latest(registry)
