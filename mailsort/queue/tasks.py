"""The one module that talks to Celery: the app, the one task, the worker's command line.

The task carries a path (the file must be readable by every worker: a shared folder) or an S3
inbox object's s3:// URL (the worker fetches it itself: `objects.py`), its inbox and the intake's
claimer id. It is idempotent: the worker takes the intake's claim over (the claim
is the item's lock), so a redelivered task finds the item claimed by a live worker or already in
the index and records a duplicate. Late acknowledgement: a worker killed mid-item leaves its task
on the broker for another (Redis: after `queue.redeliver_seconds`). A database or archive that is
down is retried with backoff.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import ConfigError, StorageError
from ..model import Outcome
from ..settings import Settings
from . import objects

log = logging.getLogger("mailsort")

TASK = "mailsort.process_item"
_pipeline = None               # one per worker process, built on its first task
_on_outcome = None             # `mailsort worker --json`: print each outcome line


def make_app(settings: Settings):
    from celery import Celery

    if not settings.queue.broker_url:
        raise ConfigError("no queue configured: set queue.broker_url in "
                          f"{settings.config_dir / 'mailsort.yaml'} (e.g. redis://127.0.0.1:6379/0)")
    app = Celery("mailsort", broker=settings.queue.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=settings.queue.name,
        task_serializer="json", accept_content=["json"], task_ignore_result=True,
        task_acks_late=True,                 # acknowledged when done: a killed worker's item stays
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,        # a busy worker does not sit on items others could take
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,       # stdout carries the --json lines
        broker_transport_options={"visibility_timeout": settings.queue.redeliver_seconds},
    )

    @app.task(name=TASK, bind=True, acks_late=True, autoretry_for=(StorageError,),
              retry_backoff=True, retry_backoff_max=300, max_retries=settings.queue.max_retries)
    def process_item(self, path: str, inbox: str | None, claimer: str) -> list[str]:
        outcomes, again = run_item(settings, path, inbox, claimer)
        if again:       # another process holds the item: look once its lease could have run out
            raise self.retry(countdown=settings.claim_lease_seconds)
        return [o.json_line() for o in outcomes]

    return app


def run_item(settings: Settings, path: str, inbox: str | None, claimer: str
             ) -> tuple[list[Outcome], bool]:
    """Extract, route, file and act on one queued item in this worker's pipeline: a file at a path
    every worker reads, or an S3 inbox's object (s3://), fetched here and settled once durable.
    True with the outcomes when the object must be looked at again later (its item is not in the
    index: another process holds it, or it was not taken)."""
    global _pipeline
    from ..pipeline import Pipeline

    if _pipeline is None:
        _pipeline = Pipeline(settings, remove_inputs=True)
    elif _pipeline.refresh():
        log.info("routing reloaded: new category model or learned aliases")
    fetched = None
    if objects.is_object(path):
        if (fetched := objects.fetch(settings, path, inbox)) is None:
            return [], False
        item, root = fetched[1], fetched[0].root
    else:
        item, root = Path(path), Path(inbox) if inbox else None
    _pipeline.archive.claims.adoptable = {claimer}
    try:
        outcomes = _pipeline.process([(item, root)])
    finally:
        _pipeline.archive.claims.adoptable = set()
    for outcome in outcomes:
        log.info("%s: %s %s", item.name, outcome.decision, outcome.reason or outcome.archived_as or "")
        if _on_outcome is not None:
            _on_outcome(outcome)
    if fetched is None:
        return outcomes, False
    durable = next((o for o in outcomes if o.item_id is None
                    or _pipeline.archive.index.get(o.item_id) is not None), None)
    objects.settle(fetched[0], item, durable)
    return outcomes, durable is None


class Sender:
    """The intake's end: puts one claimed item on the queue."""

    def __init__(self, settings: Settings):
        self.app = make_app(settings)
        self.queue = settings.queue.name

    def send(self, path: str, inbox: str | None, claimer: str) -> None:
        """`path`: a file every worker reads at that path, or an s3:// object URL."""
        try:
            self.app.send_task(TASK, args=[path, inbox, claimer],
                               queue=self.queue)
        except Exception as e:  # kombu's errors: the broker is down or refuses us
            raise StorageError(f"cannot reach the queue at {self.app.conf.broker_url}: "
                               f"{type(e).__name__}: {e}") from e


def queue_depth(app, name: str) -> int:
    """Tasks waiting on the broker (not counting those a worker holds): a passive declare reads
    it on Redis and on RabbitMQ alike. An unknown queue holds nothing (Redis drops an empty list,
    so it is "unknown" whenever it is empty); -1 when the broker does not answer, so that a
    scrape never fails."""
    from kombu.exceptions import ChannelError

    try:
        with app.connection_for_read() as conn:
            return conn.default_channel.queue_declare(queue=name, passive=True).message_count
    except Exception as e:  # kombu's and the transports' errors: the broker is down
        if isinstance(e, ChannelError) or type(e).__name__ == "NotFound":   # Redis; RabbitMQ
            return 0
        log.debug("queue depth of %s: %s", name, e)
        return -1


def run_worker(settings: Settings, loglevel: str = "INFO", on_outcome=None,
               metrics_port: int | None = None) -> None:
    """`mailsort worker`: one item at a time (its pages in parallel in the OCR pool); run one per
    machine or core group, as many as the mailroom needs."""
    import os
    import socket

    from ..ops.httpd import serve_metrics
    from ..ops.metrics import Backlog

    global _on_outcome
    _on_outcome = on_outcome
    app = make_app(settings)
    if metrics_port is not None:
        # The solo pool runs tasks in this process, so the item and OCR counters are this
        # worker's; the queue depth is the broker's, the same on every worker.
        serve_metrics(settings, metrics_port,
                      Backlog(queued=lambda: queue_depth(app, settings.queue.name)))
    node = settings.node_name or socket.gethostname()
    app.worker_main(["worker", "--pool=solo", f"--loglevel={loglevel}", "-Q", settings.queue.name,
                     "--hostname", f"mailsort-{os.getpid()}@{node}", "--without-gossip",
                     "--without-mingle"])
