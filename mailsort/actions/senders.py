"""Turns one outbox row into one delivery: forward, notify, remind, webhook or digest."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from . import webhook
from .conditions import ItemFacts
from .delivery import env_secret
from .errors import DeliveryFailed
from .mailer import Mailer
from .messages import CATEGORY_NAMES, Part, build_email, message_id, render, render_string
from .outbox import Skip
from .pdfsplit import split_pdf
from .rules import Forward, Notify, Remind, Webhook
from .tables import DeadlineRow, OutboxRow

if TYPE_CHECKING:
    from .service import Actions


class Senders:
    def __init__(self, actions: Actions):
        self.actions = actions

    @property
    def mailer(self) -> Mailer:
        return Mailer(self.actions.delivery.smtp)

    def send(self, row: OutboxRow) -> str:
        match row.kind:
            case "forward":
                return self.forward(row)
            case "notify":
                return self.notify(row)
            case "remind":
                return self.remind(row)
            case "webhook":
                return self.webhook(row)
            case "digest":
                return self.actions.digests.send(row)
        raise DeliveryFailed(f"outbox row {row.id}: unknown kind {row.kind!r}", permanent=True)

    def _vars(self, row: OutboxRow, facts: ItemFacts) -> dict:
        today = self.actions.clock.now().astimezone(self.actions.delivery_zone).date()
        return {**facts.template_vars(today, self.actions.delivery_zone), "rule_id": row.payload.get("rule_id"),
                "category_name": CATEGORY_NAMES["de"].get(facts.category or "", facts.category or "?")}

    def _mail(self, row: OutboxRow, to: list[str], subject: str, body: str, attachments: list[Part] = ()) -> str:
        msg = build_email(sender=self.actions.delivery.smtp.sender, to=to, subject=subject, text=body,
                          attachments=attachments, msg_id=message_id(row.item_id, row.action_key),
                          when=self.actions.clock.now())
        return self.mailer.send(msg, to)

    def forward(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Forward.model_validate(row.payload["spec"])
        limit = int((spec.max_attachment_mb or self.actions.delivery.max_attachment_mb) * 1024 * 1024)
        pdf = Path(facts.pdf_path) if facts.pdf_path else None
        have_pdf = pdf is not None and pdf.is_file()
        link = self.actions.delivery.link_for(facts.item_id)
        if spec.attach in ("pdf", "split") and not have_pdf:
            raise DeliveryFailed(f"forward of {facts.item_id}: searchable PDF {pdf} not found")
        fits = have_pdf and pdf.stat().st_size <= limit
        mode = spec.attach
        if mode == "auto":
            mode = "link" if not have_pdf else "pdf" if fits else "link" if link else "split"
        elif mode == "pdf" and not fits:
            mode = "link" if link else "split"
        values = {**self._vars(row, facts), "link": link}
        if mode == "split":
            return self._forward_parts(row, spec, facts, pdf, limit, values)
        attachments = [Part(f"{facts.item_id}.pdf", pdf.read_bytes(), "application", "pdf")] if mode == "pdf" else []
        values["attached"] = bool(attachments)
        subject = render_string(spec.subject, **values) if spec.subject else render("forward_subject.txt", **values)
        body = render_string(spec.body, **values) if spec.body else render("forward_body.txt", **values)
        return self._mail(row, spec.to, subject, body, attachments)

    def _forward_parts(self, row: OutboxRow, spec: Forward, facts: ItemFacts, pdf: Path, limit: int,
                       values: dict) -> str:
        """One message per part; parts already sent (before a crash or failure) are not sent again."""
        parts = split_pdf(pdf, limit)
        done = set(row.payload.get("parts_sent", []))
        values["attached"] = True
        subject = render_string(spec.subject, **values) if spec.subject else render("forward_subject.txt", **values)
        body = render_string(spec.body, **values) if spec.body else render("forward_body.txt", **values)
        receipts = []
        for i, (pages, data) in enumerate(parts, 1):
            if i in done:
                continue
            label = f"Teil {i}/{len(parts)}, Seiten {pages[0] + 1}-{pages[-1] + 1}"
            msg = build_email(sender=self.actions.delivery.smtp.sender, to=spec.to, subject=f"{subject} ({label})",
                              text=f"{body}\n\n({label})", msg_id=message_id(row.item_id, f"{row.action_key}:part{i}"),
                              attachments=[Part(f"{facts.item_id}-teil{i}.pdf", data, "application", "pdf")],
                              when=self.actions.clock.now())
            receipts.append(self.mailer.send(msg, spec.to))
            done.add(i)
            self.actions.outbox.save_progress(row, parts_sent=sorted(done))
        return f"{len(parts)} parts; " + (receipts[-1] if receipts else "all parts sent before")

    def _alert_to(self, to: list[str]) -> list[str]:
        to = to or self.actions.delivery.notify_to
        if not to:
            raise DeliveryFailed("no recipients: set the action's 'to' or delivery.notify_to", permanent=True)
        return to

    def notify(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Notify.model_validate(row.payload["spec"])
        values = self._vars(row, facts)
        subject = render_string(spec.subject, **values) if spec.subject else render("notify_subject.txt", **values)
        body = render_string(spec.body, **values) if spec.body else render("notify_body.txt", **values)
        return self._mail(row, self._alert_to(spec.to), subject, body)

    def remind(self, row: OutboxRow) -> str:
        facts, spec = ItemFacts.model_validate(row.payload["facts"]), Remind.model_validate(row.payload["spec"])
        due = date.fromisoformat(row.payload["due"])
        with self.actions.sessions() as s:
            confirmed = s.scalar(select(DeadlineRow.confirmed_at).where(
                DeadlineRow.item_id == row.item_id, DeadlineRow.due == due))
        if confirmed is not None:
            raise Skip(f"deadline {due} was confirmed on {confirmed:%Y-%m-%d}; no reminder needed")
        today = self.actions.clock.now().astimezone(self.actions.delivery_zone).date()
        values = {**self._vars(row, facts), "due": due, "days_left": (due - today).days}
        return self._mail(row, self._alert_to(spec.to), render("remind_subject.txt", **values),
                          render("remind_body.txt", **values))

    def webhook(self, row: OutboxRow) -> str:
        spec = Webhook.model_validate(row.payload["spec"])
        cfg = self.actions.delivery.webhook
        var = spec.secret_env or cfg.secret_env
        secret = env_secret(var, f"webhook {spec.url}: secret_env") if var else None
        item = {k: v for k, v in row.payload["facts"].items() if k not in ("pdf_path", "thumbnail_path")}
        payload = {"event": "item.filed", "rule": row.payload.get("rule_id"), "item": item,
                   "link": self.actions.delivery.link_for(row.item_id)}
        return webhook.post(spec.url, payload, secret=secret, delivery_id=f"{row.item_id}:{row.action_key}",
                            header=cfg.header, timeout=cfg.timeout)
