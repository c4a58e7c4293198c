"""Client digests: what arrived since the last digest, as one multipart email (HTML + text).

Queueing a period writes its act_digests row (unique per client and period) and its outbox row in
one transaction; the outbox then sends it with retries. So a period goes out once, across restarts.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .conditions import ItemFacts
from .context import ActionContext
from .delivery import DigestSettings
from .errors import ActionError, DeliveryFailed
from .messages import CATEGORY_NAMES, Part, render
from .outbox import enqueue
from .schedule import last_run, period_key, period_length
from .tables import ActionItem, DigestRow, OutboxRow
from .thumbnails import first_page_png


@dataclass
class Composed:
    subject: str
    text: str
    html: str
    inline: list[Part]
    attachments: list[Part]


class Digests:
    def __init__(self, ctx: ActionContext):
        self.ctx = ctx

    def settings_for(self, client_id: str) -> DigestSettings:
        if self.ctx.directory.get(client_id) is None:
            raise ActionError(f"unknown client {client_id!r} (not in the client directory)")
        return self.ctx.config.digests.get(client_id) or DigestSettings()

    def _items(self, s: Session, client_id: str, since: datetime, until: datetime) -> list[ItemFacts]:
        rows = s.scalars(select(ActionItem).where(ActionItem.client_id == client_id, ActionItem.filed_at > since,
                                                  ActionItem.filed_at <= until).order_by(ActionItem.filed_at))
        return [ItemFacts.model_validate(r.facts) for r in rows]

    def _queue(self, s: Session, client_id: str, cfg: DigestSettings, period: str, since: datetime,
               until: datetime, now: datetime) -> str:
        items = self._items(s, client_id, since, until)
        empty = not items
        status = "empty" if empty and cfg.empty == "skip" else "queued"
        s.add(DigestRow(client_id=client_id, period=period, covered_from=since, covered_until=until,
                        item_ids=[i.item_id for i in items], status=status, created_at=now))
        if status == "queued":
            enqueue(s, item_id=f"digest:{client_id}", action_key=f"digest:{period}", kind="digest", rule_id=None,
                    payload={"client_id": client_id, "period": period, "since": since.isoformat(),
                             "until": until.isoformat(), "item_ids": [i.item_id for i in items]},
                    due=now, now=now)
        return status

    def queue_due(self, now: datetime) -> list[str]:
        """Queue every client's digest whose scheduled time has come and whose period is not done yet."""
        out = []
        for client_id, cfg in self.ctx.config.digests.items():
            run = last_run(cfg, now)
            if run is None or not cfg.recipients:
                continue
            period = period_key(cfg, run)
            try:
                status = self._queue_period(client_id, cfg, period, run, now)
            except IntegrityError:      # another scheduler queued this period a moment ago
                continue
            if status:
                out.append(f"{client_id} {period}: {status}")
        return out

    def _queue_period(self, client_id: str, cfg: DigestSettings, period: str, run: datetime,
                      now: datetime) -> str | None:
        with self.ctx.sessions.begin() as s:
            if s.scalar(select(DigestRow.id).where(DigestRow.client_id == client_id, DigestRow.period == period)):
                return None
            prev = s.scalar(select(DigestRow.covered_until).where(
                DigestRow.client_id == client_id, ~DigestRow.period.startswith("manual:"))
                .order_by(DigestRow.covered_until.desc()).limit(1))
            since = prev or run - period_length(cfg)
            # The very first period never sends an "empty" note: nothing was promised yet.
            first = cfg if prev else cfg.model_copy(update={"empty": "skip"})
            return self._queue(s, client_id, first, period, since, run, now)

    def queue_now(self, client_id: str, since: datetime | None = None, now: datetime | None = None) -> bool:
        """Queue a digest on demand (`mailsort digest --client ID`), since `since` or the last digest;
        True when one was queued (the caller delivers it)."""
        now = now or self.ctx.clock.now()
        cfg = self.settings_for(client_id)
        if not cfg.recipients:
            raise ActionError(f"client {client_id} has no digest recipients (clients.{client_id}.digest.recipients)")
        with self.ctx.sessions.begin() as s:
            if since is None:
                since = s.scalar(select(DigestRow.covered_until).where(DigestRow.client_id == client_id)
                                 .order_by(DigestRow.covered_until.desc()).limit(1)) or now - period_length(cfg)
            status = self._queue(s, client_id, cfg.model_copy(update={"empty": "note"}), f"manual:{now.isoformat()}",
                                 since, now, now)
        return status == "queued"

    # ---- composing ----------------------------------------------------------------------------
    def compose(self, client_id: str, items: list[ItemFacts], since: datetime, until: datetime,
                cfg: DigestSettings, today: date) -> Composed:
        client = self.ctx.directory.get(client_id)
        names = CATEGORY_NAMES[cfg.language]
        limit = self.ctx.delivery.max_attachment_mb * 1024 * 1024
        used, rows, inline, attachments = 0, [], [], []
        ordered = sorted(items, key=lambda f: (not f.is_urgent(today), f.filed_at or until))
        for n, f in enumerate(ordered, 1):
            row: dict[str, Any] = {**f.template_vars(today, cfg.zone), "category_name": names.get(f.category or "", "?"),
                                   "link": self.ctx.delivery.link_for(f.item_id), "attached": False, "cid": None}
            if cfg.thumbnails:
                png = first_page_png(f.pdf_path, thumbnail=f.thumbnail_path)
                if png:
                    row["cid"] = f"thumb-{n}-{f.item_id}@mailsort"
                    inline.append(Part(f"{f.item_id}-seite1.png", png, "image", "png", cid=row["cid"]))
            pdf = Path(f.pdf_path) if f.pdf_path else None
            if cfg.attach == "pdf" and pdf and pdf.is_file() and used + pdf.stat().st_size <= limit:
                used += pdf.stat().st_size
                attachments.append(Part(f"{(f.filed_at or until):%Y-%m-%d}-{f.category}-{f.item_id}.pdf",
                                        pdf.read_bytes(), "application", "pdf"))
                row["attached"] = True
            if cfg.attach == "none":
                row["link"] = None
            rows.append(row)
        zone = cfg.zone
        values = dict(items=rows, urgent_count=sum(r["urgent"] for r in rows), lang=cfg.language,
                      client_name=client.name if client else client_id, title="Ihre Posteingänge",
                      since=since.astimezone(zone), until=until.astimezone(zone))
        return Composed(render("digest_subject.txt", **values), render("digest.txt", **values),
                        render("digest.html", **values), inline, attachments)

    def _facts_for(self, item_ids: list[str]) -> list[ItemFacts]:
        with self.ctx.sessions() as s:
            rows = {r.item_id: r for r in s.scalars(select(ActionItem).where(ActionItem.item_id.in_(item_ids)))}
        return [ItemFacts.model_validate(rows[i].facts) for i in item_ids if i in rows]

    def carry_out(self, row: OutboxRow) -> str:
        p = row.payload
        cfg = self.settings_for(p["client_id"])
        if not cfg.recipients:
            raise DeliveryFailed(f"digest for {p['client_id']}: no recipients", permanent=True)
        now = self.ctx.clock.now()
        c = self.compose(p["client_id"], self._facts_for(p["item_ids"]), datetime.fromisoformat(p["since"]),
                         datetime.fromisoformat(p["until"]), cfg, now.astimezone(cfg.zone).date())
        return self.ctx.mail(row.item_id, row.action_key, cfg.recipients, c.subject, c.text, html=c.html,
                             inline=c.inline, attachments=c.attachments)

    def preview(self, client_id: str, since: datetime | None, out_html: Path | str,
                now: datetime | None = None) -> Path:
        """Write the digest HTML (thumbnails inlined as data: URIs) without sending or recording it."""
        now = now or self.ctx.clock.now()
        cfg = self.settings_for(client_id)
        since = since or now - period_length(cfg)
        with self.ctx.sessions() as s:
            items = self._items(s, client_id, since, now)
        c = self.compose(client_id, items, since, now, cfg, now.astimezone(cfg.zone).date())
        html = c.html
        for p in c.inline:
            html = html.replace(f"cid:{p.cid}", "data:image/png;base64," + base64.b64encode(p.data).decode())
        out = Path(out_html)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(html, encoding="utf-8")
        return out


def since_from_text(text: str | None, zone: Any = None) -> datetime | None:
    """`--since 2026-11-20` (local midnight) or an ISO datetime; None passes through."""
    if not text:
        return None
    try:
        dt = datetime.fromisoformat(text)
    except ValueError as e:
        raise ActionError(f"--since {text!r}: expected a date like 2026-11-20") from e
    if dt.tzinfo is None:
        from zoneinfo import ZoneInfo
        dt = dt.replace(tzinfo=zone or ZoneInfo("Europe/Berlin"))
    return dt
