"""`Actions`: the entry point the pipeline and the web app call after an item is filed.

on_filed evaluates the rules and, in one transaction, stores what the actions need to know about the
item, applies the local actions (hold, discard, tag) and enqueues deliveries in the outbox;
deliver_due sends what is due. Nothing is sent from on_filed itself, so a crash never half-acts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db import sessions_for
from ..model import Document, Outcome, Source
from ..routing.directory import Directory
from ..settings import Settings
from .conditions import ItemFacts, evaluate
from .deadlines import DeadlineEntry, confirm_deadline, list_deadlines
from .delivery import DeliverySettings
from .digest import Digests
from .errors import ActionError
from .events import EventLog
from .outbox import Delivery, Outbox, enqueue
from .rules import ActionSpec, RulesConfig, ScopedRule, load_rules
from .schedule import Clock, SystemClock
from .senders import Senders
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


def describe_action(a: ActionSpec) -> str:
    s = a.spec
    match a.kind:
        case "forward":
            return f"forward to {', '.join(s.to)} (PDF: {s.attach})"
        case "notify":
            return f"notify {', '.join(s.to) or 'delivery.notify_to'}"
        case "webhook":
            return f"webhook POST {s.url}"
        case "hold":
            return "hold for collection" + (f" ({s.note})" if s.note else "")
        case "discard":
            return f"discard after {s.after_days or 'default'} days" + (" (protected allowed)" if s.allow_protected else "")
        case "tag":
            return f"tag {s}"
        case _:
            return f"remind {s.days_before} days before each deadline"


class Actions:
    def __init__(self, settings: Settings, directory: Directory, *, clock: Clock | None = None,
                 rules: RulesConfig | None = None):
        self.settings = settings
        self.directory = directory
        self.config = rules or load_rules(settings.config_dir, directory)
        self.clock = clock or SystemClock()
        self.sessions = sessions_for(settings.db_url)
        self.events = EventLog(self.sessions)
        self.outbox = Outbox(self.sessions, self.delivery.retry, self.events)
        self.senders = Senders(self)
        self.digests = Digests(self)

    @property
    def delivery(self) -> DeliverySettings:
        return self.config.delivery

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

    def _today(self, now: datetime) -> date:
        return now.astimezone(self.delivery_zone).date()

    @property
    def delivery_zone(self) -> ZoneInfo:
        return ZoneInfo(self.delivery.timezone)

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
            for m in self._evaluate(facts, text, self._today(now)):
                if not (m.matched and m.reached):
                    continue
                sr = self._scoped(m)
                for i, action in enumerate(sr.rule.do):
                    key = f"{sr.scope}:{sr.rule.id}:{i}:{action.kind}"
                    done = self._apply(s, facts, sr, action, key, now)
                    fired += [f"{sr.rule.id}: {d}" for d in done]
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

    def _apply(self, s: Session, facts: ItemFacts, sr: ScopedRule, action: ActionSpec, key: str,
               now: datetime) -> list[str]:
        spec, rid, item = action.spec, sr.rule.id, facts.item_id
        base = dict(item_id=item, rule_id=rid, now=now)
        facts_json = facts.model_dump(mode="json", exclude={"address"})
        if action.kind in ("forward", "notify", "webhook"):
            payload = {"facts": facts_json, "spec": spec.model_dump(mode="json"), "rule_id": rid}
            new = enqueue(s, action_key=key, kind=action.kind, payload=payload, due=now, **base)
            return [f"{describe_action(action)} ({'queued' if new else 'already queued before'})"]
        if action.kind == "remind":
            return self._enqueue_reminders(s, facts_json, facts, action, key, now, base)
        # Local actions: the outbox row (already 'sent') is the marker that they happened once.
        if not enqueue(s, action_key=key, kind=action.kind, payload={"rule_id": rid}, due=now, **base):
            return [f"{describe_action(action)} (done before)"]
        s.execute(update(OutboxRow).where(OutboxRow.item_id == item, OutboxRow.action_key == key)
                  .values(status="sent", sent_at=now))
        if action.kind == "tag":
            s.merge(TagRow(item_id=item, tag=spec, rule_id=rid))
            return [f"tagged {spec}"]
        if action.kind == "hold":
            s.merge(HoldRow(item_id=item, state="held", rule_id=rid, note=spec.note, since=now))
            self.events.add(s, item, "action.hold", f"{rid}: held for collection", now)
            return ["held for collection"]
        # discard
        if facts.category in self.delivery.protected_categories and not spec.allow_protected:
            msg = f"discard refused: {facts.category} mail is kept unless a rule sets allow_protected"
            self.events.add(s, item, "action.discard", f"{rid}: {msg}", now)
            return [msg]
        days = spec.after_days or self.delivery.discard_grace_days
        s.merge(HoldRow(item_id=item, state="binned", rule_id=rid, since=now, purge_after=now + timedelta(days=days)))
        self.events.add(s, item, "action.discard", f"{rid}: in the bin, restorable for {days} days", now)
        return [f"moved to the bin (restorable for {days} days)"]

    def _enqueue_reminders(self, s: Session, facts_json: dict, facts: ItemFacts, action: ActionSpec, key: str,
                           now: datetime, base: dict) -> list[str]:
        today, out = self._today(now), []
        for due in facts.deadlines:
            if due < today:
                continue
            times = {n: datetime.combine(due - timedelta(days=n), time(self.delivery.reminder_hour),
                                         self.delivery_zone).astimezone(timezone.utc)
                     for n in sorted(set(action.spec.days_before), reverse=True)}
            passed = [n for n, t in times.items() if t <= now]
            for n, t in times.items():
                if n in passed and n != min(passed):
                    continue            # one late reminder is enough, not one per missed slot
                payload = {"facts": facts_json, "spec": action.spec.model_dump(mode="json"), "due": due.isoformat(),
                           "days_before": n, "rule_id": base["rule_id"]}
                new = enqueue(s, action_key=f"{key}:{due}:{n}", kind="remind", payload=payload, due=max(t, now), **base)
                if new:
                    out.append(f"reminder for {due} at {max(t, now):%Y-%m-%d %H:%M} UTC")
        return out or ["no reminder (no future deadline, or queued before)"]

    # ---- delivery -----------------------------------------------------------------------------
    def deliver_due(self, now: datetime | None = None) -> list[Delivery]:
        """Send what is due (forwards, alerts, reminders, webhooks, digests); retries with backoff."""
        return self.outbox.run(now or self.clock.now(), self.senders.send)

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
        return self._evaluate(facts, text, self._today(now))

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
        return list_deadlines(self, client_id, within_days, now, include_confirmed)

    def confirm_deadline(self, item_id: str, due: date | None = None, by: str | None = None,
                         note: str | None = None) -> int:
        return confirm_deadline(self, item_id, due, by, note)
