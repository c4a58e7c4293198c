"""What every command shares: the typer app, its global options, settings, logging and output."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .. import __version__, logs
from ..console import err_console
from ..settings import Settings, load_settings

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
JsonLinesOpt = Annotated[bool, typer.Option("--json", help="One JSON object per item on stdout")]

state = {"verbose": False, "quiet": False, "log_json": False}


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
    state["quiet"] = quiet
    state["log_json"] = log_json
    err_console.quiet = quiet
    setup_logging(verbose)


def settings_for(config: Path | None, archive: Path | None = None, data: Path | None = None,
                 **extra) -> Settings:
    return load_settings(config, archive_dir=archive, data_dir=data, **extra)


def starting(verbose: bool, config: Path | None, archive: Path | None = None,
             data: Path | None = None) -> Settings:
    """How a command that works on mail starts: logging, settings, then the log file in <data>."""
    setup_logging(verbose)
    settings = settings_for(config, archive, data)
    logs.to_file(settings.data_dir)
    return settings


def setup_logging(verbose: bool) -> None:
    state["verbose"] = verbose = verbose or state["verbose"]
    logs.setup(verbose, state["quiet"], state["log_json"])


def print_lines(lines: list[str]) -> None:
    for line in lines:
        print(line)


def progress(total: int) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err_console, transient=True,
                    disable=total < 2 or not err_console.is_terminal)
