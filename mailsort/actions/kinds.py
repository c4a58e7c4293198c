"""One small class per action kind (like Paperless-ngx's mail actions).

`plan` runs inside on_filed's transaction: a delivery kind enqueues an outbox row, a local kind
(tag, hold, discard) marks its outbox row done and applies itself, so each happens once per item.
`carry_out` sends a due outbox row; only delivery kinds have one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from . import webhook
from .conditions import ItemFacts
from .context import ActionContext
from .delivery import env_secret
from .errors import DeliveryFailed
from .messages import CATEGORY_NAMES, Part, render, render_string
from .outbox import Skip, enqueue
from .pdfsplit import split_pdf
from .rules import ActionSpec, Forward, Notify, Remind, Webhook
from .tables import DeadlineRow, HoldRow, OutboxRow, TagRow


@dataclass
class Step:
    """One action of one fired rule for one item."""

    facts: ItemFacts
    rule_id: str
    action: ActionSpec
    key: str                 # scope:rule:index:kind, unique per item: the outbox's once-only key
    now: datetime

    @property
    def spec(self) -> Any:
        return self.action.spec

    def payload(self, **more: Any) -> dict[str, Any]:
        return {"facts": self.facts.model_dump(mode="json", exclude={"address"}),
                "spec": self.spec.model_dump(mode="json"), "rule_id": self.rule_id, **more}

    def enqueue(self, s: Session, payload: dict[str, Any] | None = None, *, key: str | None = None,
                due: datetime | None = None) -> bool:
        return enqueue(s, item_id=self.facts.item_id, action_key=key or self.key, kind=self.action.kind,
                       rule_id=self.rule_id, payload=payload or self.payload(), due=due or self.now, now=self.now)


class ActionKind:
    name: ClassVar[str]

    def __init__(self, ctx: ActionContext):
        self.ctx = ctx

    @staticmethod
    def describe(spec: Any) -> str:
        raise NotImplementedError

    def plan(self, s: Session, step: Step) -> list[str]:
        raise NotImplementedError

    def carry_out(self, row: OutboxRow) -> str:
        raise DeliveryFailed(f"outbox row {row.id}: {self.name} is not delivered", permanent=True)


# -- deliveries -------------------------------------------------------------------------------

class _Delivered(ActionKind):
    """Enqueued now, sent by the outbox when due."""

    def plan(self, s: Session, step: Step) -> list[str]:
        new = step.enqueue(s)
        return [f"{self.describe(step.spec)} ({'queued' if new else 'already queued before'})"]

    def _values(self, row: OutboxRow, facts: ItemFacts) -> dict:
        today = self.ctx.today()
        return {**facts.template_vars(today, self.ctx.zone), "rule_id": row.payload.get("rule_id"),
                "category_name": CATEGORY_NAMES["de"].get(facts.category or "", facts.category or "?")}

    def _alert_to(self, to: list[str]) -> list[str]:
        to = to or self.ctx.delivery.notify_to
        if not to:
            raise DeliveryFailed("no recipients: set the action's 'to' or delivery.notify_to", permanent=True)
        return to


def _texts(spec: Any, values: dict, stem: str) -> tuple[str, str]:
    """The rule's own subject and body templates, else the shipped ones."""
    subject = render_string(spec.subject, **values) if spec.subject else render(f"{stem}_subject.txt", **values)
    body = render_string(spec.body, **values) if spec.body else render(f"{stem}_body.txt", **values)
    return subject, body


class ForwardAction(_Delivered):
    name = "forward"

    @staticmethod
    def describe(spec: Forward) -> str:
        return f"forward to {', '.join(spec.to)} (PDF: {spec.attach})"

    def carry_out(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Forward.model_validate(row.payload["spec"])
        limit = int((spec.max_attachment_mb or self.ctx.delivery.max_attachment_mb) * 1024 * 1024)
        pdf = Path(facts.pdf_path) if facts.pdf_path else None
        have_pdf = pdf is not None and pdf.is_file()
        link = self.ctx.delivery.link_for(facts.item_id)
        if spec.attach in ("pdf", "split") and not have_pdf:
            raise DeliveryFailed(f"forward of {facts.item_id}: searchable PDF {pdf} not found")
        fits = have_pdf and pdf.stat().st_size <= limit
        mode = spec.attach
        if mode == "auto":
            mode = "link" if not have_pdf else "pdf" if fits else "link" if link else "split"
        elif mode == "pdf" and not fits:
            mode = "link" if link else "split"
        values = {**self._values(row, facts), "link": link, "attached": mode in ("pdf", "split")}
        subject, body = _texts(spec, values, "forward")
        if mode == "split":
            return self._in_parts(row, spec, facts, pdf, limit, subject, body)
        attachments = [Part(f"{facts.item_id}.pdf", pdf.read_bytes(), "application", "pdf")] if mode == "pdf" else []
        return self.ctx.mail(row.item_id, row.action_key, spec.to, subject, body, attachments=attachments)

    def _in_parts(self, row: OutboxRow, spec: Forward, facts: ItemFacts, pdf: Path, limit: int,
                  subject: str, body: str) -> str:
        """One message per part; parts already sent (before a crash or failure) are not sent again."""
        parts = split_pdf(pdf, limit)
        done = set(row.payload.get("parts_sent", []))
        receipts = []
        for i, (pages, data) in enumerate(parts, 1):
            if i in done:
                continue
            label = f"Teil {i}/{len(parts)}, Seiten {pages[0] + 1}-{pages[-1] + 1}"
            receipts.append(self.ctx.mail(
                row.item_id, f"{row.action_key}:part{i}", spec.to, f"{subject} ({label})", f"{body}\n\n({label})",
                attachments=[Part(f"{facts.item_id}-teil{i}.pdf", data, "application", "pdf")]))
            done.add(i)
            self.ctx.outbox.save_progress(row, parts_sent=sorted(done))
        return f"{len(parts)} parts; " + (receipts[-1] if receipts else "all parts sent before")


class NotifyAction(_Delivered):
    name = "notify"

    @staticmethod
    def describe(spec: Notify) -> str:
        return f"notify {', '.join(spec.to) or 'delivery.notify_to'}"

    def carry_out(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Notify.model_validate(row.payload["spec"])
        subject, body = _texts(spec, self._values(row, facts), "notify")
        return self.ctx.mail(row.item_id, row.action_key, self._alert_to(spec.to), subject, body)


class WebhookAction(_Delivered):
    name = "webhook"

    @staticmethod
    def describe(spec: Webhook) -> str:
        return f"webhook POST {spec.url}"

    def carry_out(self, row: OutboxRow) -> str:
        spec = Webhook.model_validate(row.payload["spec"])
        cfg = self.ctx.delivery.webhook
        var = spec.secret_env or cfg.secret_env
        secret = env_secret(var, f"webhook {spec.url}: secret_env") if var else None
        item = {k: v for k, v in row.payload["facts"].items() if k not in ("pdf_path", "thumbnail_path")}
        payload = {"event": "item.filed", "rule": row.payload.get("rule_id"), "item": item,
                   "link": self.ctx.delivery.link_for(row.item_id)}
        return webhook.post(spec.url, payload, secret=secret, delivery_id=f"{row.item_id}:{row.action_key}",
                            header=cfg.header, timeout=cfg.timeout)


class RemindAction(_Delivered):
    name = "remind"

    @staticmethod
    def describe(spec: Remind) -> str:
        return f"remind {spec.days_before} days before each deadline"

    def plan(self, s: Session, step: Step) -> list[str]:
        today, out = self.ctx.today(step.now), []
        for due in step.facts.deadlines:
            if due < today:
                continue
            times = {n: datetime.combine(due - timedelta(days=n), time(self.ctx.delivery.reminder_hour),
                                         self.ctx.zone).astimezone(timezone.utc)
                     for n in sorted(set(step.spec.days_before), reverse=True)}
            passed = [n for n, t in times.items() if t <= step.now]
            for n, t in times.items():
                if n in passed and n != min(passed):
                    continue            # one late reminder is enough, not one per missed slot
                when = max(t, step.now)
                if step.enqueue(s, step.payload(due=due.isoformat(), days_before=n),
                                key=f"{step.key}:{due}:{n}", due=when):
                    out.append(f"reminder for {due} at {when:%Y-%m-%d %H:%M} UTC")
        return out or ["no reminder (no future deadline, or queued before)"]

    def carry_out(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Remind.model_validate(row.payload["spec"])
        due = date.fromisoformat(row.payload["due"])
        with self.ctx.sessions() as s:
            confirmed = s.scalar(select(DeadlineRow.confirmed_at).where(
                DeadlineRow.item_id == row.item_id, DeadlineRow.due == due))
        if confirmed is not None:
            raise Skip(f"deadline {due} was confirmed on {confirmed:%Y-%m-%d}; no reminder needed")
        values = {**self._values(row, facts), "due": due, "days_left": (due - self.ctx.today()).days}
        return self.ctx.mail(row.item_id, row.action_key, self._alert_to(spec.to),
                             render("remind_subject.txt", **values), render("remind_body.txt", **values))


# -- local actions ----------------------------------------------------------------------------

class _Local(ActionKind):
    """Done at once; its outbox row, marked sent, is the record that it happened once."""

    def plan(self, s: Session, step: Step) -> list[str]:
        if not enqueue(s, item_id=step.facts.item_id, action_key=step.key, kind=self.name,
                       payload={"rule_id": step.rule_id}, rule_id=step.rule_id, due=step.now, now=step.now):
            return [f"{self.describe(step.spec)} (done before)"]
        s.execute(update(OutboxRow).where(OutboxRow.item_id == step.facts.item_id, OutboxRow.action_key == step.key)
                  .values(status="sent", sent_at=step.now))
        return self.apply(s, step)

    def apply(self, s: Session, step: Step) -> list[str]:
        raise NotImplementedError


class TagAction(_Local):
    name = "tag"

    @staticmethod
    def describe(spec: str) -> str:
        return f"tag {spec}"

    def apply(self, s: Session, step: Step) -> list[str]:
        s.merge(TagRow(item_id=step.facts.item_id, tag=step.spec, rule_id=step.rule_id))
        return [f"tagged {step.spec}"]


class HoldAction(_Local):
    name = "hold"

    @staticmethod
    def describe(spec: Any) -> str:
        return "hold for collection" + (f" ({spec.note})" if spec.note else "")

    def apply(self, s: Session, step: Step) -> list[str]:
        item = step.facts.item_id
        s.merge(HoldRow(item_id=item, state="held", rule_id=step.rule_id, note=step.spec.note, since=step.now))
        self.ctx.events.add(s, item, "action.hold", f"{step.rule_id}: held for collection", step.now)
        return ["held for collection"]


class DiscardAction(_Local):
    name = "discard"

    @staticmethod
    def describe(spec: Any) -> str:
        return f"discard after {spec.after_days or 'default'} days" + (" (protected allowed)" if spec.allow_protected else "")

    def apply(self, s: Session, step: Step) -> list[str]:
        item, rid, now = step.facts.item_id, step.rule_id, step.now
        if step.facts.category in self.ctx.delivery.protected_categories and not step.spec.allow_protected:
            msg = f"discard refused: {step.facts.category} mail is kept unless a rule sets allow_protected"
            self.ctx.events.add(s, item, "action.discard", f"{rid}: {msg}", now)
            return [msg]
        days = step.spec.after_days or self.ctx.delivery.discard_grace_days
        s.merge(HoldRow(item_id=item, state="binned", rule_id=rid, since=now, purge_after=now + timedelta(days=days)))
        self.ctx.events.add(s, item, "action.discard", f"{rid}: in the bin, restorable for {days} days", now)
        return [f"moved to the bin (restorable for {days} days)"]


KINDS: dict[str, type[ActionKind]] = {k.name: k for k in (
    ForwardAction, NotifyAction, WebhookAction, RemindAction, TagAction, HoldAction, DiscardAction)}


def describe_action(a: ActionSpec) -> str:
    return KINDS[a.kind].describe(a.spec)
