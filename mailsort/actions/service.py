"""`Actions`: the entry point the pipeline and the web app call after an item is filed.

on_filed evaluates the rules and, in one transaction, stores what the actions need to know about the
item, applies the local actions (hold, discard, tag) and enqueues deliveries in the outbox;
deliver_due sends what is due. Nothing is sent from on_filed itself, so a crash never half-acts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..db import sessions_for
from ..model import Document, Outcome, Source
from ..routing.directory import Directory
from ..settings import Settings
from .conditions import ItemFacts, evaluate
from .deadlines import DeadlineEntry, confirm_deadline, list_deadlines
from .context import ActionContext
from .digest import Digests
from .errors import ActionError, DeliveryFailed
from .events import EventLog
from .kinds import KINDS, Step, describe_action
from .outbox import Delivery, Outbox
from .rules import RulesConfig, ScopedRule, has_rules, load_rules
from .clock import Clock, SystemClock
from .tables import ActionItem, DeadlineRow, HoldRow, OutboxRow, TagRow

log = logging.getLogger(__name__)


@dataclass
class RuleMatch:
    """One rule's verdict on one item, for `mailsort rules test`."""

    rule_id: str
    scope: str
    where: str
    matched: bool
    reasons: list[str]
    actions: list[str] = field(default_factory=list)
    stops: bool = False
    reached: bool = True            # False: an earlier rule stopped evaluation

    def describe(self) -> str:
        head = ("FIRES " if self.matched and self.reached else "skip  ") + f"{self.where} [{self.scope}]"
        if not self.reached:
            head += "  (not reached: an earlier rule has stop: true)"
        lines = [head, *(f"    {r}" for r in self.reasons)]
        if self.matched and self.reached:
            lines += [f"    -> {a}" for a in self.actions] + (["    -> stop"] if self.stops else [])
        return "\n".join(lines)


class Actions:
    """The façade the pipeline, the web app and the CLI call; the parts below it receive only the
    small `ActionContext`."""

    def __init__(self, settings: Settings, directory: Directory, *, clock: Clock | None = None,
                 rules: RulesConfig | None = None):
        sessions = sessions_for(settings.db_url)
        config = rules or load_rules(settings.config_dir, directory)
        events = EventLog(sessions)
        self.ctx = ActionContext(settings=settings, directory=directory, config=config,
                                 clock=clock or SystemClock(), sessions=sessions, events=events,
                                 outbox=Outbox(sessions, config.delivery.retry, events))
        self.kinds = {name: kind(self.ctx) for name, kind in KINDS.items()}
        self.digests = Digests(self.ctx)

    # The context's parts, for the callers above (scheduler, commands, tests).
    settings = property(lambda self: self.ctx.settings)
    directory = property(lambda self: self.ctx.directory)
    config = property(lambda self: self.ctx.config)
    clock = property(lambda self: self.ctx.clock)
    sessions = property(lambda self: self.ctx.sessions)
    events = property(lambda self: self.ctx.events)
    outbox = property(lambda self: self.ctx.outbox)
    delivery = property(lambda self: self.ctx.delivery)

    def close(self) -> None:
        """Nothing of its own to release: the engine belongs to the process (`mailsort.db`)."""

    # ---- filing -------------------------------------------------------------------------------
    def _facts(self, outcome: Outcome, text: str, source: Source, **kw: Any) -> ItemFacts:
        client = self.directory.get(outcome.recipient.client_id) if outcome.recipient else None
        return ItemFacts.build(outcome, text, source, client_name=client.name if client else None, **kw)

    def _evaluate(self, facts: ItemFacts, text: str, today: date) -> list[RuleMatch]:
        out, stopped = [], False
        for sr in self.config.rules_for(facts.client_id):
            ok, reasons = evaluate(sr.rule.when, facts, text, today)    # also after a stop, to explain
            out.append(RuleMatch(sr.rule.id, sr.scope, sr.where, ok, reasons,
                                 [describe_action(a) for a in sr.rule.do], sr.rule.stop, reached=not stopped))
            stopped = stopped or (ok and sr.rule.stop)
        return out

    def on_filed(self, outcome: Outcome, text: str, source: Source, *, document: Document | None = None,
                 pdf_path: Path | str | None = None, thumbnail_path: Path | str | None = None) -> list[str]:
        """Evaluate the rules for a filed item and enqueue its actions; returns what fired.

        Idempotent: calling it again for the same item (re-run, restart) enqueues nothing new.
        `pdf_path` is the archived searchable PDF; without it, `archived_as` is tried.
        """
        if outcome.decision != "filed":
            return []
        now = self.clock.now()
        pdf = str(pdf_path) if pdf_path else self._pdf_from_archive(outcome.archived_as)
        facts = self._facts(outcome, text, source, document=document, pdf_path=pdf,
                            thumbnail_path=str(thumbnail_path) if thumbnail_path else None, filed_at=now)
        fired: list[str] = []
        with self.sessions.begin() as s:
            existing = s.get(ActionItem, facts.item_id)
            if existing is not None:        # a re-run: keep the first filing time for digests
                facts.filed_at = existing.facts.get("filed_at") and datetime.fromisoformat(existing.facts["filed_at"])
                existing.facts, existing.text = facts.model_dump(mode="json"), text[:200_000]
                existing.client_id, existing.category = facts.client_id, facts.category   # e.g. re-routed in review
            else:
                s.add(ActionItem(item_id=facts.item_id, client_id=facts.client_id, category=facts.category,
                                 filed_at=now, facts=facts.model_dump(mode="json"), text=text[:200_000]))
            for due in facts.deadlines:
                if s.get(DeadlineRow, (facts.item_id, due)) is None:
                    s.add(DeadlineRow(item_id=facts.item_id, due=due, client_id=facts.client_id))
            for m in self._evaluate(facts, text, self.ctx.today(now)):
                if not (m.matched and m.reached):
                    continue
                sr = self._scoped(m)
                for i, action in enumerate(sr.rule.do):
                    if action.kind == "discard" and not facts.category_confirmed:
                        # Protected categories (legal, tax) are never binned on a guess: the
                        # discard waits, unplanned, until a VA confirms the category.
                        fired.append(f"{sr.rule.id}: discard waits for the category to be confirmed")
                        continue
                    step = Step(facts, sr.rule.id, action, f"{sr.scope}:{sr.rule.id}:{i}:{action.kind}", now)
                    fired += [f"{sr.rule.id}: {d}" for d in self.kinds[action.kind].plan(s, step)]
            self.events.add(s, facts.item_id, "actions", "; ".join(fired) or "no rule fired", now)
        return fired

    def _scoped(self, m: RuleMatch) -> ScopedRule:
        return next(r for r in self.config.all_rules() if r.where == m.where)

    def _pdf_from_archive(self, archived_as: str | None) -> str | None:
        if not archived_as:
            return None
        p = Path(archived_as)
        p = p if p.is_absolute() else self.settings.archive_path / p
        if p.is_file() and p.suffix.lower() == ".pdf":
            return str(p)
        if p.is_dir():
            pdfs = sorted(p.glob("*.pdf"))
            return str(pdfs[0]) if pdfs else None
        return None

    # ---- delivery -----------------------------------------------------------------------------
    def deliver_due(self, now: datetime | None = None) -> list[Delivery]:
        """Send what is due (forwards, alerts, reminders, webhooks, digests); retries with backoff."""
        return self.outbox.run(now or self.clock.now(), self._carry_out)

    def _carry_out(self, row: OutboxRow) -> str:
        if row.kind == "digest":
            return self.digests.carry_out(row)
        kind = self.kinds.get(row.kind)
        if kind is None:
            raise DeliveryFailed(f"outbox row {row.id}: unknown kind {row.kind!r}", permanent=True)
        return kind.carry_out(row)

    def digest_now(self, client_id: str, since: datetime | None = None,
                   now: datetime | None = None) -> list[Delivery]:
        """Queue a client's digest now and deliver it (`mailsort digest --client ID`)."""
        now = now or self.clock.now()
        return self.deliver_due(now) if self.digests.queue_now(client_id, since, now) else []

    # ---- inspection ---------------------------------------------------------------------------
    def explain(self, item: str | Outcome, text: str = "", source: Source | None = None) -> list[RuleMatch]:
        """Which rules would fire for a stored item (by id) or an Outcome, and why; acts on nothing."""
        now = self.clock.now()
        if isinstance(item, Outcome):
            if source is None:
                raise ActionError("explain(outcome) needs the item's Source too")
            facts = self._facts(item, text, source)
        else:
            with self.sessions() as s:
                row = s.get(ActionItem, item)
                if row is None:
                    raise ActionError(f"item {item} is unknown to the actions (never filed, or filed before "
                                      "actions were set up)")
                facts, text = ItemFacts.model_validate(row.facts), row.text
        return self._evaluate(facts, text, self.ctx.today(now))

    def item_facts(self, item_id: str) -> ItemFacts | None:
        with self.sessions() as s:
            row = s.get(ActionItem, item_id)
            return ItemFacts.model_validate(row.facts) if row else None

    def tags(self, item_id: str) -> list[str]:
        with self.sessions() as s:
            return sorted(s.scalars(select(TagRow.tag).where(TagRow.item_id == item_id)))

    def hold_state(self, item_id: str) -> HoldRow | None:
        with self.sessions() as s:
            return s.get(HoldRow, item_id)

    def restore(self, item_id: str, actor: str | None = None) -> None:
        """Take an item out of the bin (or off hold) while it is still there."""
        now = self.clock.now()
        with self.sessions.begin() as s:
            row = s.get(HoldRow, item_id)
            if row is not None and (row.state == "purged" or (row.state == "binned" and row.purge_after <= now)):
                raise ActionError(f"item {item_id} left the bin on {row.purge_after:%Y-%m-%d}; it cannot be restored")
            if row is None or row.state not in ("binned", "held"):
                raise ActionError(f"item {item_id} is not in the bin or on hold")
            row.state = "restored"
            self.events.add(s, item_id, "action.restore", "restored from the " + ("bin" if row.purge_after else "hold"),
                            now, actor)

    def purge_due(self, now: datetime | None = None) -> list[str]:
        """Mark bin items past their grace period as purged; returns their ids for the archive to delete."""
        now = now or self.clock.now()
        with self.sessions.begin() as s:
            rows = s.scalars(select(HoldRow).where(HoldRow.state == "binned", HoldRow.purge_after <= now)).all()
            for r in rows:
                r.state = "purged"
                self.events.add(s, r.item_id, "action.discard", "grace period over: purged", now)
            return [r.item_id for r in rows]

    # ---- deadline watch -----------------------------------------------------------------------
    def list_deadlines(self, client_id: str | None = None, within_days: int | None = None,
                       now: datetime | None = None, include_confirmed: bool = False) -> list[DeadlineEntry]:
        return list_deadlines(self.ctx, client_id, within_days, now, include_confirmed)

    def confirm_deadline(self, item_id: str, due: date | None = None, by: str | None = None,
                         note: str | None = None) -> int:
        return confirm_deadline(self.ctx, item_id, due, by, note)


def load_actions(settings: Settings, directory: Directory) -> Actions | None:
    """The actions where the provider has a rules file, else None (the spine files without them).

    A broken install raises here instead of quietly forwarding nothing.
    """
    return Actions(settings, directory) if has_rules(settings.config_dir) else None
