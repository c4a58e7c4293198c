"""CLI-ready functions for `mailsort rules|deadlines|digest|scheduler`; each returns printable lines.

The docstrings are the command help texts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..routing.directory import load_directory
from ..settings import Settings
from .deadlines import DeadlineEntry, parse_within
from .digest import since_from_text
from .errors import ActionError
from .rules import load_rules
from .clock import Clock
from .scheduler import Scheduler
from .service import Actions


@contextmanager
def opened(settings: Settings, clock: Clock | None = None) -> Iterator[Actions]:
    actions = Actions(settings, load_directory(settings.clients_file), clock=clock)
    try:
        yield actions
    finally:
        actions.close()


def rules_check(settings: Settings) -> list[str]:
    """Validate rules.yaml (rules, delivery settings, digest schedules) against the client directory.

    Prints a summary; a mistake stops with one line naming the file, the rule and the key.
    """
    # Reads the files only: checking the rules opens no database.
    return load_rules(settings.config_dir, load_directory(settings.clients_file)).summary()


def rules_test(settings: Settings, item_id: str, clock: Clock | None = None) -> list[str]:
    """Show which rules would fire for a filed item and why, without acting on it."""
    with opened(settings, clock) as actions:
        matches = actions.explain(item_id)
        facts = actions.item_facts(item_id)
    head = (f"item {item_id}: client {facts.client_id}, category {facts.category}, sender {facts.sender!r}, "
            f"deadlines {[d.isoformat() for d in facts.deadlines]}") if facts else f"item {item_id}"
    if not matches:
        return [head, "no rules apply to this client"]
    return [head, *(m.describe() for m in matches)]


def deadline_entries(settings: Settings, client: str | None = None,
                     within: str | None = None) -> list[DeadlineEntry]:
    """Deadlines found on filed items, soonest first; overdue unconfirmed ones always included."""
    with opened(settings) as actions:
        if client and actions.directory.get(client) is None:
            raise ActionError(f"unknown client {client!r} (not in {settings.clients_file})")
        return actions.list_deadlines(client, parse_within(within))


def deadlines(settings: Settings, client: str | None = None, within: str | None = None,
              confirm: str | None = None, due: str | None = None, by: str | None = None) -> list[str]:
    """List deadlines found on filed items, soonest first; overdue unconfirmed ones always show.

    --client ID limits to one client, --within 14d (or 2w) to what falls due soon.
    --confirm ITEM_ID [--due DATE] [--by NAME] marks a deadline handled (stops its reminders).
    """
    if confirm:
        try:
            day = date.fromisoformat(due) if due else None
        except ValueError as e:
            raise ActionError(f"--due {due!r}: expected a date like 2026-12-04") from e
        with opened(settings) as actions:
            n = actions.confirm_deadline(confirm, day, by=by)
        return [f"confirmed {n} deadline(s) of item {confirm}"]
    rows = deadline_entries(settings, client, within)
    if not rows:
        return ["no open deadlines" + (f" for {client}" if client else "") + (f" within {within}" if within else "")]
    return [r.line() for r in rows]


def digest(settings: Settings, client: str, since: str | None = None, preview: Path | None = None) -> list[str]:
    """Send a client's digest now (items since the last digest, or --since DATE), or with
    --preview out.html write it to a file without sending or recording anything."""
    with opened(settings) as actions:
        cfg = actions.digests.settings_for(client)
        start = since_from_text(since, cfg.zone)
        if preview:
            return [f"preview written to {actions.digests.preview(client, start, preview)}"]
        results = actions.digest_now(client, start)
    if not results:
        return [f"nothing to send for {client}"]
    return [f"{r.action_key}: {r.status}: {r.detail}" for r in results]


def scheduler(settings: Settings, stop: threading.Event, poll_seconds: float = 30.0) -> None:
    """Run client digests on their schedules, retry due deliveries and empty the bin, until stopped."""
    with opened(settings) as actions:
        Scheduler(actions, poll_seconds).run(stop)
