"""The `mailsort` command: a thin typer app over the library, its commands in three modules."""

from __future__ import annotations

import sys

from ..console import err_console
from ..errors import ExitCode, MailsortError
from .common import app, state

# Importing a module registers its commands; `mailsort --help` lists them in this order.
from . import run, items, admin  # noqa: E402,F401,I001


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
              f"{'' if state['verbose'] else ' (run with -v for details)'}", ExitCode.FAILED)


def _fail(message: str, code: int, traceback: bool = True) -> None:
    err_console.quiet = False               # --quiet hides chatter, never the reason for a failure
    if traceback and state["verbose"]:
        err_console.print_exception()
    err_console.print(f"[red]mailsort: {message}[/red]", highlight=False, soft_wrap=True)
    sys.exit(code)
