"""Jinja2 rendering and MIME assembly for forwards, alerts, reminders and digests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent / "templates"

CATEGORY_NAMES = {
    "de": {"invoice": "Rechnung", "reminder": "Mahnung", "tax": "Steuer", "legal": "Recht/Gericht",
           "authority": "Behörde", "bank": "Bank", "insurance": "Versicherung", "contract": "Vertrag",
           "advertising": "Werbung", "other": "Sonstiges"},
    "en": {"invoice": "Invoice", "reminder": "Reminder", "tax": "Tax", "legal": "Legal",
           "authority": "Authority", "bank": "Bank", "insurance": "Insurance", "contract": "Contract",
           "advertising": "Advertising", "other": "Other"},
}


def _as_date(v: Any) -> date | None:
    if v in (None, ""):
        return None
    if isinstance(v, datetime):
        return v.date()
    return v if isinstance(v, date) else date.fromisoformat(str(v)[:10])


def de_date(v: Any) -> str:
    d = _as_date(v)
    return d.strftime("%d.%m.%Y") if d else ""


def de_datetime(v: Any) -> str:
    if v in (None, ""):
        return ""
    dt = v if isinstance(v, datetime) else datetime.fromisoformat(str(v))
    return dt.strftime("%d.%m.%Y %H:%M")


def money(value: float, currency: str = "EUR") -> str:
    text = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{text} {'€' if currency == 'EUR' else currency}"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=False, trim_blocks=False)
    env.filters.update(de_date=de_date, de_datetime=de_datetime, money=money)
    return env


ENV = _environment()


def render(name: str, **values: Any) -> str:
    return ENV.get_template(name).render(**values).strip()


def render_string(source: str, **values: Any) -> str:
    return ENV.from_string(source).render(**values).strip()


def message_id(item_id: str, action_key: str, domain: str = "mailsort.invalid") -> str:
    """Stable per item and action, so a receiver sees a retry after a crash as the same message."""
    digest = hashlib.sha256(f"{item_id}\0{action_key}".encode()).hexdigest()[:20]
    return f"<{item_id}.{digest}@{domain}>"


@dataclass
class Part:
    filename: str
    data: bytes
    maintype: str
    subtype: str
    cid: str | None = None        # set for inline images referenced from the HTML as cid:<cid>


def build_email(*, sender: str, to: list[str], subject: str, text: str, html: str | None = None,
                attachments: list[Part] = (), inline: list[Part] = (), msg_id: str | None = None,
                when: datetime | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = " ".join(subject.split())
    if msg_id:
        msg["Message-ID"] = msg_id
    if when:
        msg["Date"] = format_datetime(when)
    msg.set_content(text)
    if html is not None:
        msg.add_alternative(html, subtype="html")
        html_part = msg.get_payload()[-1]
        for p in inline:
            html_part.add_related(p.data, maintype=p.maintype, subtype=p.subtype, cid=f"<{p.cid}>",
                                  filename=p.filename, disposition="inline")
    for p in attachments:
        msg.add_attachment(p.data, maintype=p.maintype, subtype=p.subtype, filename=p.filename)
    return msg
