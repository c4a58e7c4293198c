"""Forwarded emails (.eml, stdlib email) in German and English client styles.

The outer mail reaches the client's intake alias, or a generic address of the provider; then only
the original recipient in the forwarded block (or the attached letter) tells who it is for.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from mailsort_lab.blind.when import MONATE, TAGE

GENERIC = ["info@buero-mitte.de", "post@buero-mitte.de", "eingang@buero-mitte.de", "team@buero-mitte.de"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def block(style: str, frm: str, to: str, when: datetime, subject: str) -> str:
    if style == "outlook-de":
        return (f"Von: {frm}\nGesendet: {TAGE[when.weekday()]}, {when.day}. {MONATE[when.month - 1]} {when.year} "
                f"{when:%H:%M}\nAn: {to}\nBetreff: {subject}")
    if style == "outlook-en":
        return (f"From: {frm}\nSent: {when:%A}, {when:%B} {when.day}, {when.year} {when:%I:%M %p}\nTo: {to}\n"
                f"Subject: {subject}")
    if style == "gmail-de":
        return (f"---------- Weitergeleitete Nachricht ---------\nVon: {frm}\nDate: {when:%a}., {when.day}. "
                f"{MONATE[when.month - 1][:3]}. {when.year} um {when:%H:%M} Uhr\nSubject: {subject}\nTo: {to}")
    if style == "gmail-en":
        return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when:%a}, {MONTHS_EN[when.month - 1]} "
                f"{when.day}, {when.year} at {when:%-I:%M %p}\nSubject: {subject}\nTo: {to}")
    if style == "apple-en":
        return (f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subject}\nDate: {when.day} "
                f"{MONTHS_EN[when.month - 1]} {when.year} at {when:%H:%M:%S} CET\nTo: {to}")
    if style == "apple-de":
        return (f"Beginn der weitergeleiteten Nachricht:\n\nVon: {frm}\nBetreff: {subject}\nDatum: {when.day}. "
                f"{MONATE[when.month - 1]} {when.year} um {when:%H:%M:%S} MEZ\nAn: {to}")
    return (f"-------- Weitergeleitete Nachricht --------\nBetreff:\t{subject}\nDatum:\t{when:%d.%m.%Y %H:%M}\n"
            f"Von:\t{frm}\nAn:\t{to}")   # thunderbird


def forwarded(rng: random.Random, *, lang: str, letter_day, subject: str, body: str, original_from: str,
              original_to: str, forwarder: str, outer_to: str, attachment: tuple[str, bytes, str] | None,
              msg_id: str) -> tuple[bytes, list[str]]:
    sent = datetime(letter_day.year, letter_day.month, letter_day.day, rng.randint(7, 17), rng.randint(0, 59),
                    tzinfo=timezone(timedelta(hours=1)))
    fwd = sent + timedelta(hours=rng.randint(1, 50))
    style = rng.choice(["outlook-de", "gmail-de", "apple-de", "thunderbird"] if lang == "de" else
                       ["outlook-en", "gmail-en", "apple-en"])
    note = rng.choice(["Hallo zusammen, bitte ablegen. Danke!", "s. unten", "", "Bitte an die Buchhaltung weitergeben.",
                       "FYI – please file.", "Kam heute per Mail, bitte zuordnen.\n\nViele Grüße"])
    sep = "\n\n" if style.startswith(("apple", "gmail")) else "\n\n________________________________\n"
    text = f"{note}{sep}{block(style, original_from, original_to, sent, subject)}\n\n{body}\n"
    msg = EmailMessage(policy=SMTP)
    msg["From"] = forwarder
    msg["To"] = outer_to
    msg["Subject"] = ("WG: " if style in ("outlook-de", "thunderbird") else "Fwd: ") + subject
    msg["Date"] = format_datetime(fwd)
    msg["Message-ID"] = msg_id
    msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "8bit", "base64"]))
    tags = [f"mail-{style}"]
    if rng.random() < 0.2:
        html = "<html><body>" + "".join(f"<div>{p.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</div><br>"
                                        for p in text.split("\n")) + "</body></html>"
        msg.add_alternative(html, subtype="html")
        tags.append("multipart-alternative")
    if attachment:
        name, data, mime = attachment
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"=_w3_{rng.randrange(16**14):014x}")
        for part in msg.iter_parts():
            if part.is_multipart():
                part.set_boundary(f"=_w3a_{rng.randrange(16**14):014x}")
    return msg.as_bytes(), tags
