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


def outcome_table(outcomes: Iterable[Outcome], title: str = "What went where") -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in ("file", "kind", "pages", "client", "category", "decision", "where / why"):
        table.add_column(col, overflow="fold")
    for o in outcomes:
        client = f"{o.recipient.client_id} ({o.recipient.confidence:.2f})" if o.recipient else "-"
        category = f"{o.category.label} ({o.category.confidence:.2f})" if o.category else "-"
        style = DECISION_STYLE.get(o.decision, "")
        where = o.archived_as or ""
        if o.reason:
            where = f"{o.reason}" + (f"\n{where}" if where else "")
        table.add_row(Path(o.source).name, o.kind or "-", str(o.pages), client, category,
                      f"[{style}]{o.decision}[/{style}]", where)
    return table


def summary_line(outcomes: list[Outcome]) -> str:
    counts = Counter(o.decision for o in outcomes)
    parts = [f"{counts[k]} {k}" for k in ("filed", "review", "duplicate", "quarantined") if counts[k]]
    return f"{len(outcomes)} item(s): " + (", ".join(parts) if parts else "nothing to do")
