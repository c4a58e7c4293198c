"""The commands that take mail in and work on it: process, watch, imap, worker, scheduler, serve."""

from __future__ import annotations

import signal
import threading
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from .. import logs
from ..console import delivery_line, err_console, out_console, outcome_table, summary_line
from ..errors import ExitCode, MailsortError
from ..settings import Settings
from .common import (ArchiveOpt, ConfigOpt, DataOpt, JsonLinesOpt, MetricsPortOpt, VerboseOpt, app, progress,
                     settings_for, starting, state)


@app.command()
def process(
    paths: Annotated[list[Path], typer.Argument(show_default=False, help="Files or folders to process once")],
    as_json: JsonLinesOpt = False,
    remove_inputs: Annotated[bool, typer.Option("--remove-inputs", help="Remove each input once it "
                             "is safely filed (as `watch` does)")] = False,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run the pipeline once over files or folders; exit code 4 if anything was quarantined."""
    from ..intake.inputs import iter_inputs
    from ..pipeline import Pipeline

    settings = starting(verbose, config, archive, data)
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise MailsortError(f"{missing[0]}: no such file or folder")
    inputs = list(iter_inputs(paths, settings))
    # Outcomes are kept only for the table; a 10,000-item backlog's (6.6 kB each) grew the
    # process by 60 MB, and --json has printed each already.
    table = not as_json and not state["quiet"]
    outcomes, decisions = [], Counter()
    with Pipeline(settings, remove_inputs=remove_inputs) as pipeline:
        with progress(len(inputs)) as bar:
            task = bar.add_task("processing", total=len(inputs))
            for outcome in pipeline.iter_process(inputs):
                decisions[outcome.decision] += 1
                if table:
                    outcomes.append(outcome)
                bar.advance(task)
                if as_json:
                    print(outcome.json_line(), flush=True)
        deliveries = pipeline.deliver()
    if deliveries:
        err_console.print(delivery_line(deliveries), highlight=False)
    if table:
        out_console().print(outcome_table(outcomes, settings.archive_path.resolve()))
    err_console.print(summary_line(decisions))
    if decisions["quarantined"]:
        raise typer.Exit(ExitCode.QUARANTINED)


@app.command()
def watch(
    inboxes: Annotated[Optional[list[str]], typer.Argument(show_default=False, help="Scanner drop folders "
                       "or s3://bucket/prefix inboxes (default: watch.inboxes and watch.s3_inboxes in "
                       "mailsort.yaml; IMAP mailboxes in `imap:` are polled too)")] = None,
    as_json: JsonLinesOpt = False,
    metrics_port: MetricsPortOpt = None,
    queue: Annotated[bool, typer.Option("--queue", help="Only sniff, claim and put items on the "
                     "queue (queue.broker_url); `mailsort worker`s process them")] = False,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Watch scanner folders and process every complete file; Ctrl-C stops after the items in flight."""
    settings = starting(verbose, config, archive, data)
    named = list(inboxes or [])
    s3_urls = [i for i in named if i.startswith("s3://")] if named else list(settings.watch.s3_inboxes)
    folders = [Path(i) for i in named if not i.startswith("s3://")] if named else list(settings.watch.inboxes)
    if not folders and not s3_urls and (queue or not settings.imap):
        raise MailsortError("no inbox to watch: name one (mailsort watch INBOX) or set watch.inboxes "
                            f"in {settings.config_dir / 'mailsort.yaml'}")
    for folder in folders:
        if not folder.is_dir():
            raise MailsortError(f"{folder}: inbox folder not found")
    if queue and settings.imap:
        # An IMAP message is spooled on this machine's disk, where no worker elsewhere reads it.
        err_console.print("IMAP mailboxes are not polled by `watch --queue`: run `mailsort imap` "
                          "on one node", highlight=False)
    _run_service(settings, folders, as_json, metrics_port, s3_inboxes=s3_urls, queue_only=queue,
                 imap=not queue)


@app.command()
def imap(
    once: Annotated[bool, typer.Option("--once", help="Poll every mailbox once, then exit (cron)")] = False,
    as_json: JsonLinesOpt = False,
    metrics_port: MetricsPortOpt = None,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Poll the IMAP mailboxes of mailsort.yaml (`imap:`); a message is flagged or moved once filed."""
    settings = starting(verbose, config, archive, data)
    if not settings.imap:
        raise MailsortError(f"no IMAP mailbox configured: add `imap:` to {settings.config_dir / 'mailsort.yaml'}")
    if once:
        from ..service import poll_once

        outcomes = poll_once(settings, _outcome_printer(as_json), s3_inboxes=[])
        if any(o.decision == "quarantined" for o in outcomes):
            raise typer.Exit(ExitCode.QUARANTINED)
        return
    _run_service(settings, [], as_json, metrics_port, s3_inboxes=[])


def _outcome_printer(as_json: bool):
    def show(outcome):
        if as_json:
            print(outcome.json_line(), flush=True)
        else:
            who = outcome.recipient.client_id if outcome.recipient else "-"
            err_console.print(f"{Path(outcome.source).name}: {outcome.decision} {who} "
                              f"{outcome.reason or outcome.archived_as or ''}")
    return show


def _run_service(settings: Settings, folders: list[Path], as_json: bool, metrics_port: int | None,
                 **which) -> None:
    from ..service import run_watch

    stop = threading.Event()

    def on_signal(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        err_console.print("stopping after the items in flight (Ctrl-C again to abort)")
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    run_watch(settings, folders, stop, _outcome_printer(as_json), metrics_port=metrics_port, **which)


@app.command()
def worker(as_json: JsonLinesOpt = False,
           metrics_port: MetricsPortOpt = None,
           config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
           verbose: VerboseOpt = False) -> None:
    """Process queued items (Celery, queue.broker_url) until stopped; run as many as needed."""
    from ..db import engine_for, ensure_schema
    from ..queue.tasks import run_worker

    settings = starting(verbose, config, archive, data)
    ensure_schema(engine_for(settings.db_url))      # an older schema stops it here, not per task
    run_worker(settings, "DEBUG" if state["verbose"] else "INFO",
               _outcome_printer(True) if as_json else None, metrics_port)


@app.command()
def scheduler(config: ConfigOpt = None, data: DataOpt = None, verbose: VerboseOpt = False) -> None:
    """Run digests on their schedules, retry deliveries and send reminders until Ctrl-C.

    `mailsort watch` runs the same scheduler beside the watcher; use this one without a watcher.
    """
    from ..actions import commands

    settings = starting(verbose, config, data=data)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    commands.scheduler(settings, stop)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Start the review station web app (put an https proxy in front of it in production)."""
    from ..web.commands import serve as run_server

    settings = settings_for(config, data=data)
    logs.to_file(settings.data_dir)
    run_server(settings, host, port)
