"""`mailsort doctor`: is everything the pipeline needs on this machine?"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from .errors import ExitCode, MailsortError


def _check_tools(config: Path | None) -> list[str]:
    from .text.ocr import check_tools

    return check_tools()


def _check_config(config: Path | None) -> list[str]:
    from .routing.directory import load_directory
    from .settings import load_settings

    settings = load_settings(config)
    directory = load_directory(settings.clients_file)
    return [] if len(directory) else [f"{settings.clients_file}: no clients"]


def _check_model(config: Path | None) -> list[str]:
    from .routing.category import CategoryModel
    from .settings import load_settings
    from .training.corpus import CORPUS_VERSION

    stale = CategoryModel.load(load_settings(config).models_dir).staleness(CORPUS_VERSION)
    return [stale] if stale else []


def _check_storage(config: Path | None) -> list[str]:
    """The configured database answers and is at the revision this mailsort needs."""
    from .db import engine_for, schema_state
    from .settings import load_settings

    settings = load_settings(config)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    found = schema_state(engine_for(settings.db_url))     # unreachable: a StorageError
    if found.empty:
        return []                       # the first process sets it up (or: mailsort db upgrade)
    if not found.ready:
        return [f"the database is at revision {found.describe()}, this mailsort needs "
                f"{found.head}: run mailsort db upgrade"]
    return []


def _check_inboxes(config: Path | None) -> list[str]:
    from .service import remote_intake
    from .settings import load_settings

    remote = remote_intake(load_settings(config))
    problems = []
    try:
        for inbox in remote.inboxes:
            try:
                inbox.probe()
            except MailsortError as e:
                problems.append(str(e))
    finally:
        remote.close()
    return problems


# Each check with the exit code its problems stand for (a raised MailsortError brings its own).
CHECKS: list[tuple[str, Callable[[Path | None], list[str]], ExitCode]] = [
    ("tesseract, languages and poppler", _check_tools, ExitCode.MISSING_DEPENDENCY),
    ("configuration (mailsort.yaml, clients.yaml)", _check_config, ExitCode.USAGE),
    ("category model", _check_model, ExitCode.MISSING_DEPENDENCY),
    ("index database (reachable, schema revision)", _check_storage, ExitCode.STORAGE),
    ("IMAP mailboxes and S3 inboxes", _check_inboxes, ExitCode.FAILED),
]


def run_checks(config: Path | None, console: Console | None = None) -> ExitCode:
    """Print every check's result; the exit code of the first problem found, or OK."""
    console = console or Console()
    codes: list[ExitCode] = []
    for name, check, code in CHECKS:
        try:
            found = check(config)
        except MailsortError as e:
            found, code = [str(e)], ExitCode(e.exit_code)
        mark = "[green]ok[/green]" if not found else "[red]problem[/red]"
        console.print(f"{mark}  {name}")
        for p in found:
            console.print(f"      {p}", highlight=False)
        codes += [code] * len(found)
    console.print("all good" if not codes else f"{len(codes)} problem(s) found")
    return codes[0] if codes else ExitCode.OK
