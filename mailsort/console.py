"""What the CLI shows a person: the outcome table, the progress bar, one-line errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .model import Outcome

err_console = Console(stderr=True)

DECISION_STYLE = {"filed": "green", "review": "yellow", "duplicate": "cyan", "quarantined": "red"}


def out_console() -> Console:
    """stdout; wide enough for the table when piped into a file or a pager."""
    probe = Console()
    return probe if probe.is_terminal else Console(width=160)


def _short(path: str | None, base: Path | None) -> str:
    if not path or base is None:
        return path or ""
    try:
        return str(Path(path).resolve().relative_to(base))
    except ValueError:
        return path


def outcome_table(outcomes: Iterable[Outcome], archive: Path | None = None,
                  title: str = "What went where") -> Table:
    table = Table(title=title, show_lines=False, header_style="bold",
                  caption=f"archive: {archive}" if archive else None)
    table.add_column("file", no_wrap=True)
    for col in ("kind", "pages", "client", "category", "decision"):
        table.add_column(col, no_wrap=col != "client")
    table.add_column("where / why", overflow="fold")
    for o in outcomes:
        client = f"{o.recipient.client_id} ({o.recipient.confidence:.2f})" if o.recipient else "-"
        category = f"{o.category.label} ({o.category.confidence:.2f})" if o.category else "-"
        style = DECISION_STYLE.get(o.decision, "")
        where = _short(o.archived_as, archive)
        if o.reason:
            where = f"{o.reason}" + (f"\n{where}" if where else "")
        table.add_row(Path(o.source).name, o.kind or "-", str(o.pages), client, category,
                      f"[{style}]{o.decision}[/{style}]", where)
    return table


def summary_line(decisions: Counter[str]) -> str:
    """'N item(s): ...' from the count of each decision."""
    parts = [f"{decisions[k]} {k}" for k in ("filed", "review", "duplicate", "quarantined")
             if decisions[k]]
    return f"{sum(decisions.values())} item(s): " + (", ".join(parts) if parts else "nothing to do")


def delivery_line(deliveries: list) -> str:
    counts = Counter(d.status for d in deliveries)
    parts = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    failed = next((d.detail for d in deliveries if d.status != "sent"), None)
    return f"outbox: {parts}" + (f" (first problem: {failed})" if failed else "")
