"""Long-running mode: the watcher hands complete files to the pipeline in batches."""

from __future__ import annotations

import logging
import os
import queue
import re
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .actions.commands import scheduler
from .actions.rules import has_rules
from .errors import MailsortError
from .intake.remote import RemoteIntake, spool_dir
from .intake.watcher import Watcher
from .model import Outcome
from .ops.httpd import serve_metrics
from .ops.metrics import Backlog
from .pipeline import Pipeline
from .settings import Settings

if TYPE_CHECKING:
    from .intake.s3inbox import S3Inbox

log = logging.getLogger("mailsort")


def run_watch(settings: Settings, inboxes: list[Path], stop: threading.Event,
              on_outcome: Callable[[Outcome], None], batch_size: int = 32,
              on_idle: Callable[[], None] | None = None, imap: bool = True,
              s3_inboxes: list[str] | None = None, metrics_port: int | None = None,
              queue_only: bool = False) -> None:
    """Watch `inboxes` until `stop` is set; items in flight are finished before returning.

    Batches keep every core busy when a scanner drops hundreds of files at once. A bad item ends
    in quarantine and the watch goes on; a broken machine (a missing tool, an archive or index
    that cannot be written) raises out of here after stopping every thread, so the process exits
    with its code and a supervisor can restart it.
    """
    ready: queue.Queue[tuple[Path, Path]] = queue.Queue()
    remote = remote_intake(settings, imap=imap, s3_inboxes=s3_inboxes)
    scheduler = _start_scheduler(settings, stop)
    retrainer = _start_retrainer(settings, stop)
    watcher = metrics = None
    # Inputs another process had claimed stay in the inbox; the watcher offers a file only once,
    # so they are offered again after a lease: gone by then if the other filed them, taken over
    # if it died. A queued input waits for a worker as long as a task may be redelivered: still
    # there after that, its task was lost (a broker restarted without its queue) and it is queued
    # again (the claim makes a second task harmless).
    again: list[tuple[float, Path, Path]] = []
    offer_again = settings.queue.redeliver_seconds if queue_only else settings.claim_lease_seconds
    with _processor(settings, queue_only, remote) as pipeline:
        try:
            if metrics_port is not None:
                metrics = serve_metrics(settings, metrics_port, Backlog(
                    inboxes, queued=ready.qsize, remote=lambda: remote.backlog,
                    ignore=settings.watch.ignore))
            if inboxes or not remote:
                watcher = Watcher(inboxes, settings, lambda path, inbox: ready.put((path, inbox)))
                watcher.start()
            log.info("watching %s", ", ".join([str(i) for i in inboxes]
                                              + [i.label for i in remote.inboxes]))
            while not stop.is_set():
                batch = _take_batch(ready, batch_size, stop) if watcher else []
                polling = bool(remote) and remote.due()
                if (batch or polling) and pipeline.refresh():
                    log.info("routing reloaded: new category model or learned aliases")
                if batch:
                    pipeline.process(batch, on_outcome)
                    due = time.monotonic() + offer_again
                    again += [(due, p, i) for p, i in batch if os.path.lexists(p)]
                if polling:
                    remote.poll(lambda inputs: pipeline.process(inputs, on_outcome))
                if not batch and not polling:
                    if on_idle:
                        on_idle()
                    if remote:
                        remote.wait(0.5 if watcher else 2.0)   # IMAP IDLE: new mail polls at once
                    if not watcher:
                        stop.wait(0.2)
                now = time.monotonic()
                for item in [a for a in again if a[0] <= now]:
                    again.remove(item)
                    if os.path.lexists(item[1]):
                        ready.put(item[1:])
        finally:
            stop.set()                  # also on a fatal error: the helper threads wait on it
            remote.close()
            if metrics is not None:
                metrics.shutdown()
            if watcher is not None:
                watcher.stop(timeout=60)
            for thread in (scheduler, retrainer):
                if thread is not None:
                    thread.join(timeout=60)


def remote_intake(settings: Settings, *, imap: bool = True,
                  s3_inboxes: list[str] | None = None) -> RemoteIntake:
    """The configured IMAP mailboxes and S3 inboxes, each spooling below <data>/spool/."""
    from .intake.imap import ImapInbox

    boxes: list = [ImapInbox(box, spool_dir(settings.data_dir, "imap")) for box in settings.imap] \
        if imap else []
    for url in settings.watch.s3_inboxes if s3_inboxes is None else s3_inboxes:
        boxes.append(s3_inbox(settings, url, spool_dir(settings.data_dir, "s3")))
    return RemoteIntake(boxes, settings.watch.remote_poll_seconds)


def s3_inbox(settings: Settings, url: str, spool: Path) -> S3Inbox:
    """The S3 inbox at `url`, spooling below `spool`/<bucket_prefix>/."""
    from .archive.backends import bucket_store
    from .intake.s3inbox import S3Inbox, parse_s3_url

    bucket, prefix = parse_s3_url(url)
    slug = re.sub(r"[^A-Za-z0-9_.-]", "_", f"{bucket}_{prefix}".strip("/"))
    # A handed-on object is offered again once its task would have been redelivered, had the
    # broker kept it (Redis keeps nothing on disk by default).
    return S3Inbox(url, bucket_store(bucket, settings), spool / slug, settings.watch.s3_done_prefix,
                   settings.watch.ignore, reoffer_seconds=settings.queue.redeliver_seconds)


def poll_once(settings: Settings, on_outcome: Callable[[Outcome], None], **which) -> list[Outcome]:
    """One round over the remote inboxes (`mailsort imap --once`, cron)."""
    remote = remote_intake(settings, **which)
    try:
        with Pipeline(settings, remove_inputs=True) as pipeline:
            return remote.poll(lambda inputs: pipeline.process(inputs, on_outcome))
    finally:
        remote.close()


def _processor(settings: Settings, queue_only: bool, remote: RemoteIntake):
    if queue_only:
        from .queue.intake import QueueIntake

        return QueueIntake(settings, remote)
    return Pipeline(settings, remove_inputs=True)


def _start_scheduler(settings: Settings, stop: threading.Event) -> threading.Thread | None:
    """Digests, retries and reminders run beside the watcher when the provider has rules."""
    if not has_rules(settings.config_dir):
        return None

    thread = threading.Thread(target=scheduler, args=(settings, stop), kwargs={"poll_seconds": 15},
                              name="mailsort-scheduler", daemon=True)
    thread.start()
    return thread


def _take_batch(ready: queue.Queue, size: int, stop: threading.Event) -> list[tuple[Path, Path]]:
    try:
        first = ready.get(timeout=0.5)
    except queue.Empty:
        return []
    batch = [first]
    while len(batch) < size and not stop.is_set():
        try:
            batch.append(ready.get_nowait())
        except queue.Empty:
            break
    return batch


def retrain_tick(settings: Settings, last: datetime, now: datetime, trainer=None) -> datetime:
    """Retrain once a night when the VAs left new labels; returns when it last looked."""
    from .learning.cluster import claim_night
    from .learning.labels import export_labels
    from .learning.retrain import due, night_slot, retrain

    if not due(last, now):
        return last
    if not claim_night(settings.db_url, night_slot(now)):
        log.info("nightly retrain: another node runs tonight's; its model arrives by version")
        return now
    if export_labels(settings.db_url):
        try:
            retrain(settings, trainer=trainer, log=log.info)
        except MailsortError as e:
            log.error("nightly retrain failed: %s", e)
    return now


def _start_retrainer(settings: Settings, stop: threading.Event,
                     every: float = 300) -> threading.Thread | None:
    if not settings.nightly_retrain:
        return None

    from .learning.cluster import pull

    def loop() -> None:
        last = datetime.now(timezone.utc)       # the first retrain is at the next night slot
        while not stop.wait(every):
            try:
                last = retrain_tick(settings, last, datetime.now(timezone.utc))
                if (version := pull(settings)) is not None:
                    log.info("category model version %s copied from the database", version)
            except MailsortError as e:
                log.error("%s", e)

    thread = threading.Thread(target=loop, name="mailsort-retrain", daemon=True)
    thread.start()
    return thread
