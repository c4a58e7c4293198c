"""The commands that read the archive: search, show, doctor, deadlines, digest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..console import err_console, out_console
from ..errors import ExitCode, MailsortError
from .common import (ConfigOpt, DataOpt, JsonOpt, app, print_lines, settings_for)


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

    from ..archive.index import Index

    settings = settings_for(config, data=data)
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
    from ..archive.index import Index

    settings = settings_for(config, data=data)
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
        from ..archive import reconcile
        from ..archive.filing import Archive

        archive = Archive(settings_for(config, data=data))
        findings = reconcile.check(archive)
        if repair:
            findings = reconcile.repair(archive, findings)
        print_lines([f.line() for f in findings])
        left = [f for f in findings if not f.fixed]
        err_console.print(f"{len(findings)} mismatch(es) between archive and index"
                          + (f", {len(findings) - len(left)} repaired" if repair else ""))
        raise typer.Exit(ExitCode.STORAGE if left else ExitCode.OK)
    if repair:
        raise typer.BadParameter("--repair goes with --archive: mailsort doctor --archive --repair")
    from ..doctor import run_checks

    raise typer.Exit(run_checks(config))


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

    from ..actions import commands

    settings = settings_for(config, data=data)
    if as_json and not confirm:
        for entry in commands.deadline_entries(settings, client, within):
            print(json.dumps(dataclasses.asdict(entry), default=str, ensure_ascii=False))
        return
    print_lines(commands.deadlines(settings, client, within, confirm, due, by))


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
    from ..actions import commands

    print_lines(commands.digest(settings_for(config, data=data), client, since, preview))
