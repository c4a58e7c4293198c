"""Forwarded emails (.eml) built with the stdlib email package, in common clients' styles.

The client is known from the intake alias the mail arrived on, or only from the original
recipient inside the forwarded block (then the outer To is the provider's general address).
The original letter is the body, or a PDF/JPEG attachment with a short covering note.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from mailsort_lab.holdout.compose import Piece

GENERAL = ["posteingang@buero-mitte.de", "empfang@buero-mitte.de", "scan@buero-mitte.de"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def _slug(text: str) -> str:
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:30] or "info"


def _de_when(d: datetime) -> str:
    return f"{WEEKDAYS_DE[d.weekday()]}, {d.day}. {MONTHS_DE[d.month - 1]} {d.year} {d:%H:%M}"


def forward_block(style: str, sender: str, to: str, when: datetime, subject: str) -> str:
    if style == "outlook-de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {sender}\nGesendet: {_de_when(when)}\n"
                f"An: {to}\nBetreff: {subject}\n")
    if style == "outlook-en":
        return (f"________________________________\nFrom: {sender}\nSent: {when:%A, %B} {when.day}, "
                f"{when:%Y %I:%M %p}\nTo: {to}\nSubject: {subject}\n")
    if style == "gmail":
        return (f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {when:%a, %b} {when.day}, "
                f"{when:%Y at %H:%M}\nSubject: {subject}\nTo: {to}\n")
    if style == "apple-de":
        return (f"Anfang der weitergeleiteten Nachricht:\n\nVon: {sender}\nBetreff: {subject}\n"
                f"Datum: {when.day}. {MONTHS_DE[when.month - 1]} {when.year} um {when:%H:%M:%S} MEZ\nAn: {to}\n")
    # thunderbird-de
    return (f"-------- Weitergeleitete Nachricht --------\nBetreff: \t{subject}\n"
            f"Datum: \t{when:%a, %d %b %Y %H:%M:%S} +0100\nVon: \t{sender}\nAn: \t{to}\n")


def build_email(piece: Piece, rng: random.Random, *, intake: str | None, attachment: tuple[str, bytes, str] | None,
                original_to: str, forwarder: str) -> tuple[bytes, list[str]]:
    """The .eml bytes and the tags describing how hard it is."""
    lt = piece.letter
    tags: list[str] = []
    sent = datetime(lt.date.year, lt.date.month, lt.date.day, rng.randint(7, 18), rng.randint(0, 59),
                    tzinfo=timezone(timedelta(hours=1)))
    fwd_at = sent + timedelta(days=rng.choice([0, 0, 1, 2]), hours=rng.randint(1, 5))
    de = lt.language == "de"
    style = rng.choice(["outlook-de", "apple-de", "thunderbird-de", "gmail"] if de else
                       ["outlook-en", "gmail", "gmail"])
    sender_addr = formataddr((lt.sender_name, f"{rng.choice(['rechnung', 'noreply', 'info', 'service'])}"
                                              f"@{_slug(lt.sender_name.split()[0])}.de"))
    if attachment:
        when = f"{lt.date:%d.%m.%Y}" if de else f"{lt.date.day} {lt.date:%B %Y}"
        body = (f"{lt.salutation}\n\n" + ("anbei erhalten Sie unser Schreiben vom " if de else
                                          "Please find attached our letter of ") +
                f"{when}: {lt.subject}.\n\n{lt.closing}\n" + "\n".join(lt.signature))
        tags.append("email-attachment")
    else:
        body = "\n\n".join(filter(None, [lt.subject, lt.salutation, *lt.paragraphs, lt.closing,
                                         "\n".join(lt.signature)]))
        body = f"{lt.date_text}\n\n{body}" if rng.random() < 0.5 else body
        tags.append("email-body")
    note = rng.choice(["zur Info / Ablage", "bitte zuordnen", "", "FYI", "Post für euch, liebe Grüße"])
    text = f"{note}\n\n{forward_block(style, sender_addr, original_to, sent, lt.subject)}\n{body}\n"

    msg = EmailMessage(policy=SMTP)
    msg["From"] = forwarder
    msg["To"] = intake or rng.choice(GENERAL)
    msg["Subject"] = ("WG: " if de and style != "gmail" else "Fwd: ") + lt.subject
    msg["Date"] = format_datetime(fwd_at)
    msg["Message-ID"] = f"<{lt.id}.{rng.randrange(16**12):012x}@mx.buero-mitte.de>"   # deterministic
    tags.append("intake-alias" if intake else "forward-block-only")
    tags.append(f"mail-{style}")
    charset = "utf-8" if rng.random() < 0.75 else "iso-8859-1"
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if rng.random() < 0.25:
        html = "<html><body>" + "".join(f"<p>{_esc(p)}</p>" for p in text.split("\n\n")) + "</body></html>"
        msg.set_content(html.replace("\n", "<br>\n"), subtype="html", charset=charset)
        tags.append("html-only")
    else:
        msg.set_content(text, charset=charset, cte="quoted-printable")
    if attachment:
        name, data, mime = attachment
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
        msg.set_boundary(f"=_hx_{rng.randrange(16**16):016x}")   # deterministic bytes for a seed
    return msg.as_bytes(), tags


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
