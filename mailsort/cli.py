"""The `mailsort` command: a thin typer app over the library."""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .console import delivery_line, err_console, out_console, outcome_table, summary_line
from . import __version__, logs
from .errors import ExitCode, MailsortError
from .settings import Settings, load_settings

app = typer.Typer(help="mailsort: OCR, route, file and act on a virtual office's incoming mail.",
                  no_args_is_help=True, pretty_exceptions_enable=False)

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", "-c", show_default=False, help="Configuration folder "
                      "(clients.yaml, mailsort.yaml, rules.yaml). Default: ./config")]
ArchiveOpt = Annotated[Optional[Path], typer.Option("--archive", show_default=False, help="Archive folder "
                       "(default: <data>/archive)")]
DataOpt = Annotated[Optional[Path], typer.Option("--data", show_default=False, help="Data folder for the index, "
                    "quarantine and archive (default: ./mailsort-data)")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Log more; tracebacks on errors")]
MetricsPortOpt = Annotated[Optional[int], typer.Option("--metrics-port", show_default=False, help="Serve "
                           "/metrics and /healthz on this port (all addresses)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON on stdout instead of a table")]

_state = {"verbose": False, "quiet": False, "log_json": False}


def _show_version(value: bool) -> None:
    if value:
        print(f"mailsort {__version__}")
        raise typer.Exit()


@app.callback()
def _global_options(
    version: Annotated[Optional[bool], typer.Option("--version", show_default=False, callback=_show_version, is_eager=True,
                       help="Print the version and exit")] = None,
    verbose: VerboseOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors and requested data "
                     "only: no tables, summaries or progress")] = False,
    log_json: Annotated[bool, typer.Option("--log-json", help="Log lines on stderr as JSON objects "
                        "(time, level, logger, message)")] = False,
) -> None:
    """Options for every command (`mailsort -v process ...`); -v also works after the command."""
    _state["quiet"] = quiet
    _state["log_json"] = log_json
    err_console.quiet = quiet
    _setup_logging(verbose)


def _settings(config: Path | None, archive: Path | None = None, data: Path | None = None,
              **extra) -> Settings:
    return load_settings(config, archive_dir=archive, data_dir=data, **extra)


def _setup_logging(verbose: bool) -> None:
    _state["verbose"] = verbose = verbose or _state["verbose"]
    logs.setup(verbose, _state["quiet"], _state["log_json"])


@app.command()
def process(
    paths: Annotated[list[Path], typer.Argument(show_default=False, help="Files or folders to process once")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per item on stdout")] = False,
    remove_inputs: Annotated[bool, typer.Option("--remove-inputs", help="Remove each input once it "
                             "is safely filed (as `watch` does)")] = False,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Run the pipeline once over files or folders; exit code 4 if anything was quarantined."""
    from .intake.inputs import iter_inputs
    from .pipeline import Pipeline

    _setup_logging(verbose)
    settings = _settings(config, archive, data)
    logs.to_file(settings.data_dir)
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise MailsortError(f"{missing[0]}: no such file or folder")
    inputs = list(iter_inputs(paths, settings))
    # Outcomes are kept only for the table; a 10,000-item backlog's (6.6 kB each) grew the
    # process by 60 MB, and --json has printed each already.
    table = not as_json and not _state["quiet"]
    outcomes, decisions = [], Counter()
    with Pipeline(settings, remove_inputs=remove_inputs) as pipeline:
        with _progress(len(inputs)) as bar:
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
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per item on stdout")] = False,
    metrics_port: MetricsPortOpt = None,
    queue: Annotated[bool, typer.Option("--queue", help="Only sniff, claim and put items on the "
                     "queue (queue.broker_url); `mailsort worker`s process them")] = False,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Watch scanner folders and process every complete file; Ctrl-C stops after the items in flight."""
    _setup_logging(verbose)
    settings = _settings(config, archive, data)
    logs.to_file(settings.data_dir)
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
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per item on stdout")] = False,
    metrics_port: MetricsPortOpt = None,
    config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
    verbose: VerboseOpt = False,
) -> None:
    """Poll the IMAP mailboxes of mailsort.yaml (`imap:`); a message is flagged or moved once filed."""
    _setup_logging(verbose)
    settings = _settings(config, archive, data)
    logs.to_file(settings.data_dir)
    if not settings.imap:
        raise MailsortError(f"no IMAP mailbox configured: add `imap:` to {settings.config_dir / 'mailsort.yaml'}")
    if once:
        from .service import poll_once

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
    from .service import run_watch

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
def worker(as_json: Annotated[bool, typer.Option("--json", help="One JSON object per item on stdout")] = False,
           metrics_port: MetricsPortOpt = None,
           config: ConfigOpt = None, archive: ArchiveOpt = None, data: DataOpt = None,
           verbose: VerboseOpt = False) -> None:
    """Process queued items (Celery, queue.broker_url) until stopped; run as many as needed."""
    from .db import engine_for, ensure_schema
    from .queue.tasks import run_worker

    _setup_logging(verbose)
    settings = _settings(config, archive, data)
    logs.to_file(settings.data_dir)
    ensure_schema(engine_for(settings.db_url))      # an older schema stops it here, not per task
    run_worker(settings, "DEBUG" if _state["verbose"] else "INFO",
               _outcome_printer(True) if as_json else None, metrics_port)


@app.command()
def search(
    query: Annotated[str, typer.Argument(show_default=False, help="Words to find in the archived text")],
    client: Annotated[Optional[str], typer.Option("--client", show_default=False, help="Only this client's items")] = None,
    limit: Annotated[int, typer.Option(help="At most this many hits")] = 20,
    as_json: JsonOpt = False,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Full-text search over the index."""
    from rich.table import Table

    from .archive.index import Index

    settings = _settings(config, data=data)
    hits = Index(settings.db_url).search(query, client_id=client, limit=limit)
    if as_json:
        for h in hits:
            print(h.model_dump_json())
        return
    table = Table(title=f"{len(hits)} hit(s) for {query!r}")
    for col in ("item", "client", "category", "date", "sender", "snippet"):
        table.add_column(col, overflow="fold")
    for h in hits:
        table.add_row(h.item_id, h.client_id or "-", h.category or "-", str(h.letter_date or "-"),
                      h.sender or "-", h.snippet or "")
    out_console().print(table)


@app.command()
def show(
    item_id: Annotated[str, typer.Argument(show_default=False, help="An item id from `process` or `search`")],
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Show one item: its decision, fields and event trail, as JSON."""
    from .archive.index import Index

    settings = _settings(config, data=data)
    index = Index(settings.db_url)
    row = index.get(item_id)
    if row is None:
        raise MailsortError(f"no item {item_id!r} in {settings.db_url}")
    out = index.describe(row)
    out["events"] = [e.model_dump(mode="json") for e in index.events(item_id)]
    print(json.dumps(out, indent=2, default=str, ensure_ascii=False))


@app.command()
def doctor(
    check_archive: Annotated[bool, typer.Option("--archive", help="Compare the archive with the "
                             "index: files without an index row, rows without their files")] = False,
    repair: Annotated[bool, typer.Option("--repair", help="With --archive: index items again from "
                      "their metadata, move other stray files to the quarantine")] = False,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Check tesseract and its languages, poppler, the models and the configuration."""
    if check_archive:
        from .archive import reconcile
        from .archive.filing import Archive

        archive = Archive(_settings(config, data=data))
        findings = reconcile.check(archive)
        if repair:
            findings = reconcile.repair(archive, findings)
        _print_lines([f.line() for f in findings])
        left = [f for f in findings if not f.fixed]
        err_console.print(f"{len(findings)} mismatch(es) between archive and index"
                          + (f", {len(findings) - len(left)} repaired" if repair else ""))
        raise typer.Exit(ExitCode.STORAGE if left else ExitCode.OK)
    if repair:
        raise typer.BadParameter("--repair goes with --archive: mailsort doctor --archive --repair")
    from .doctor import run_checks

    raise typer.Exit(run_checks(config))


@app.command()
def train(
    n: Annotated[Optional[int], typer.Option("--n", show_default=False, help="Generated letters in the training corpus "
                 "(default: as the shipped model)")] = None,
    seed: Annotated[Optional[int], typer.Option(show_default=False, help="Seed: the same seed gives the same model")] = None,
    labels: Annotated[bool, typer.Option("--labels/--no-labels", help="Include the VAs' decisions "
                      "from the review station")] = True,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Rebuild the category model in models/ from the generated corpus (and the VAs' labels)."""
    from .learning.labels import export_labels
    from .learning.retrain import load_trainer

    train_category = load_trainer()
    settings = _settings(config, data=data)
    extra = export_labels(settings.db_url) if labels else []
    if extra:
        err_console.print(f"including {len(extra)} label(s) from the review station")
    chosen = {k: v for k, v in (("n", n), ("seed", seed)) if v is not None}
    figures = train_category(settings.models_dir, log=lambda m: err_console.print(m, highlight=False),
                             extra=extra, **chosen)
    print(json.dumps(figures, indent=2, default=str))


@app.command(name="eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(show_default=False, help="A folder of items with labels.json")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    outcomes_to: Annotated[Optional[Path], typer.Option("--outcomes", help="Also keep the outcome "
                           "JSON lines in this file, to re-score a measurement that is run once")] = None,
    config: ConfigOpt = None,
) -> None:
    """Run the pipeline over a labelled folder and print routing figures against the targets."""
    import tempfile

    from rich.console import Console

    from .intake.inputs import iter_inputs
    from .pipeline import Pipeline
    from .evaluate import load_labels, render, score

    labels = load_labels(folder)
    with tempfile.TemporaryDirectory(prefix="mailsort-eval-") as tmp:
        settings = _settings(config, data=Path(tmp))
        inputs = list(iter_inputs([folder], settings))
        with Pipeline(settings, remove_inputs=False) as pipeline, _progress(len(inputs)) as bar:
            task = bar.add_task("evaluating", total=len(inputs))
            outcomes = [json.loads(o.json_line())
                        for o in pipeline.process(inputs, lambda _: bar.advance(task))]
    if outcomes_to is not None:
        outcomes_to.write_text("".join(json.dumps(o) + "\n" for o in outcomes), encoding="utf-8")
    report = score(outcomes, labels)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        render(report, Console())


rules_app = typer.Typer(help="Check the rules and see which would fire.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)


@rules_app.command("check")
def rules_check(config: ConfigOpt = None) -> None:
    """Validate rules.yaml (rules, delivery, digest schedules) against the client directory."""
    from .actions import commands

    _print_lines(commands.rules_check(_settings(config)))


@rules_app.command("test")
def rules_test(item_id: Annotated[str, typer.Argument(show_default=False, help="A filed item's id")],
               config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Show which rules would fire for a filed item and why, without acting on it."""
    from .actions import commands

    _print_lines(commands.rules_test(_settings(config, data=data), item_id))


@app.command()
def deadlines(
    client: Annotated[Optional[str], typer.Option("--client", show_default=False, help="Only this client")] = None,
    within: Annotated[Optional[str], typer.Option("--within", show_default=False, help="Due within, e.g. 14d or 2w")] = None,
    confirm: Annotated[Optional[str], typer.Option("--confirm", show_default=False, help="Mark this item's deadline "
                       "handled (stops its reminders)")] = None,
    due: Annotated[Optional[str], typer.Option("--due", show_default=False, help="With --confirm: which date")] = None,
    by: Annotated[Optional[str], typer.Option("--by", show_default=False, help="With --confirm: who handled it")] = None,
    as_json: JsonOpt = False,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """List the deadlines found on filed items, soonest first; overdue unconfirmed ones always show."""
    import dataclasses

    from .actions import commands

    settings = _settings(config, data=data)
    if as_json and not confirm:
        for entry in commands.deadline_entries(settings, client, within):
            print(json.dumps(dataclasses.asdict(entry), default=str, ensure_ascii=False))
        return
    _print_lines(commands.deadlines(settings, client, within, confirm, due, by))


@app.command()
def digest(
    client: Annotated[str, typer.Option("--client", help="The client whose digest to send")],
    since: Annotated[Optional[str], typer.Option("--since", show_default=False, help="Items since this date "
                     "(default: since the last digest)")] = None,
    preview: Annotated[Optional[Path], typer.Option("--preview", show_default=False, help="Write the HTML here "
                       "instead of sending")] = None,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Send one client's digest now, or preview it as HTML without sending or recording anything."""
    from .actions import commands

    _print_lines(commands.digest(_settings(config, data=data), client, since, preview))


@app.command()
def scheduler(config: ConfigOpt = None, data: DataOpt = None, verbose: VerboseOpt = False) -> None:
    """Run digests on their schedules, retry deliveries and send reminders until Ctrl-C.

    `mailsort watch` runs the same scheduler beside the watcher; use this one without a watcher.
    """
    from .actions import commands

    _setup_logging(verbose)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    settings = _settings(config, data=data)
    logs.to_file(settings.data_dir)
    commands.scheduler(settings, stop)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8080,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Start the review station web app (put an https proxy in front of it in production)."""
    from .web.commands import serve as run_server

    settings = _settings(config, data=data)
    logs.to_file(settings.data_dir)
    run_server(settings, host, port)


db_app = typer.Typer(help="The index database's schema: its revision and upgrades.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Bring the database to the schema this mailsort needs; safe when several nodes run it at once."""
    from .db import engine_for, upgrade_schema

    settings = _settings(config, data=data)
    before, after = upgrade_schema(engine_for(settings.db_url))
    err_console.print(f"database at revision {after}" if before == after
                      else f"database upgraded from revision {before} to {after}")


@db_app.command("current")
def db_current(config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Print the database's revision and the one this mailsort needs; exit 5 if they differ."""
    from .db import engine_for, schema_state

    found = schema_state(engine_for(_settings(config, data=data).db_url))
    print(f"database: {found.describe()}  needed: {found.head}")
    if not found.ready:
        raise typer.Exit(ExitCode.STORAGE)


users_app = typer.Typer(help="Manage review-station accounts.", no_args_is_help=True)
app.add_typer(users_app, name="users")
PasswordOpt = Annotated[str, typer.Option(prompt=True, confirmation_prompt=True, hide_input=True,
                                         envvar="MAILSORT_NEW_PASSWORD", help="The password "
                                         "(asked for when not given)")]


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(show_default=False, help="Login name")],
    password: PasswordOpt,
    role: Annotated[str, typer.Option(help="va or admin")] = "va",
    client: Annotated[Optional[list[str]], typer.Option("--client", show_default=False, help="Limit a VA to these "
                      "clients (repeatable)")] = None,
    config: ConfigOpt = None, data: DataOpt = None,
) -> None:
    """Create an account."""
    from .web import commands

    commands.users_add(_settings(config, data=data), name, password, role, client)
    print(f"user {name} ({role}) added")


@users_app.command("remove")
def users_remove(name: Annotated[str, typer.Argument(show_default=False, help="Login name")],
                 config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Delete an account; its open sessions stop working at once."""
    from .web import commands

    commands.users_remove(_settings(config, data=data), name)
    print(f"user {name} removed")


@users_app.command("passwd")
def users_passwd(name: Annotated[str, typer.Argument(show_default=False, help="Login name")], password: PasswordOpt,
                 config: ConfigOpt = None, data: DataOpt = None) -> None:
    """Set a new password; every open session of that user ends."""
    from .web import commands

    commands.users_passwd(_settings(config, data=data), name, password)
    print(f"password of {name} changed")


@users_app.command("list")
def users_list(as_json: JsonOpt = False, config: ConfigOpt = None, data: DataOpt = None) -> None:
    """One line per account: name, role and client limits."""
    from .web import commands

    settings = _settings(config, data=data)
    if as_json:
        for account in commands.accounts(settings):
            print(json.dumps(account, ensure_ascii=False))
        return
    _print_lines(commands.users_list(settings))


def _progress(total: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, transient=True,
                    disable=total < 2 or not err_console.is_terminal)


def main() -> None:
    try:
        app()
    except MailsortError as e:
        _fail(str(e), e.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", ExitCode.INTERRUPTED, traceback=False)
    except Exception as e:  # a bug or an unforeseen failure: still one line, details with -v
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        _fail(f"unexpected error: {type(e).__name__}: {first}"
              f"{'' if _state['verbose'] else ' (run with -v for details)'}", ExitCode.FAILED)


def _fail(message: str, code: int, traceback: bool = True) -> None:
    err_console.quiet = False               # --quiet hides chatter, never the reason for a failure
    if traceback and _state["verbose"]:
        err_console.print_exception()
    err_console.print(f"[red]mailsort: {message}[/red]", highlight=False, soft_wrap=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
