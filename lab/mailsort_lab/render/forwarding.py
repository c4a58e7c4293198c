"""How each mail client writes the header block of a forwarded message (plain text and HTML).

Kept apart from email.py: these strings are what the intake parser must recognise, so they are
worth reading on their own.
"""

from __future__ import annotations

import html
from datetime import datetime

STYLES = ("gmail-en", "gmail-de", "outlook-de-original", "outlook-de", "outlook-en",
          "apple-en", "apple-de", "thunderbird-en", "thunderbird-de", "quote-de", "quote-en")
# quote-*: the original is quoted ("Am ... schrieb X:" + "> " lines), as mobile clients forward;
# it names neither the original recipient nor the subject.

WEEKDAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")
MONTHS_DE_SHORT = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                   "Nov.", "Dez.")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def language(style: str) -> str:
    return "de" if style.endswith("-de") or style == "outlook-de-original" else "en"


def is_quote(style: str) -> bool:
    return style.startswith("quote-")


def subject_prefix(style: str) -> str:
    if style.startswith("outlook"):
        return "WG: " if language(style) == "de" else "FW: "
    return "Fwd: "


def _date_text(style: str, dt: datetime) -> str:
    wd, mo = dt.weekday(), dt.month - 1
    if style == "gmail-en":
        return f"{WEEKDAYS_EN[wd][:3]}, {dt.day} {MONTHS_EN[mo][:3]} {dt.year} at {dt:%H:%M}"
    if style == "gmail-de":
        return f"{WEEKDAYS_DE[wd][:2]}., {dt.day}. {MONTHS_DE_SHORT[mo]} {dt.year} um {dt:%H:%M} Uhr"
    if style in ("outlook-de", "outlook-de-original"):
        return f"{WEEKDAYS_DE[wd]}, {dt.day}. {MONTHS_DE[mo]} {dt.year} {dt:%H:%M}"
    if style == "outlook-en":
        hour = dt.hour % 12 or 12
        return f"{WEEKDAYS_EN[wd]}, {MONTHS_EN[mo]} {dt.day}, {dt.year} {hour}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    if style == "apple-en":
        return f"{dt.day} {MONTHS_EN[mo]} {dt.year} at {dt:%H:%M:%S} CET"
    if style == "apple-de":
        return f"{dt.day}. {MONTHS_DE[mo]} {dt.year} um {dt:%H:%M:%S} MEZ"
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")   # thunderbird: RFC 5322


def header_block(style: str, sender: str, recipient: str, when: datetime,
                 subject: str) -> tuple[str, list[tuple[str, str]]]:
    """(the separator line, [(label, value)...]) exactly as the client prints them."""
    if style == "quote-de":
        d = _date_text("gmail-de", when)
        return f"Am {d} schrieb {sender}:", []
    if style == "quote-en":
        d = _date_text("gmail-en", when)
        return f"On {d}, {sender} wrote:", []
    d = _date_text(style, when)
    if style == "gmail-en":
        return "---------- Forwarded message ---------", [
            ("From", sender), ("Date", d), ("Subject", subject), ("To", recipient)]
    if style == "gmail-de":
        return "---------- Weitergeleitete Nachricht ---------", [
            ("Von", sender), ("Date", d), ("Subject", subject), ("To", recipient)]
    if style == "outlook-de-original":
        return "-----Ursprüngliche Nachricht-----", [
            ("Von", sender), ("Gesendet", d), ("An", recipient), ("Betreff", subject)]
    if style == "outlook-de":
        return "________________________________", [
            ("Von", sender), ("Gesendet", d), ("An", recipient), ("Betreff", subject)]
    if style == "outlook-en":
        return "________________________________", [
            ("From", sender), ("Sent", d), ("To", recipient), ("Subject", subject)]
    if style == "apple-en":
        return "Begin forwarded message:", [
            ("From", sender), ("Subject", subject), ("Date", d), ("To", recipient)]
    if style == "apple-de":
        return "Anfang der weitergeleiteten Nachricht:", [
            ("Von", sender), ("Betreff", subject), ("Datum", d), ("An", recipient)]
    if style == "thunderbird-en":
        return "-------- Forwarded Message --------", [
            ("Subject", subject), ("Date", d), ("From", sender), ("To", recipient)]
    if style == "thunderbird-de":
        return "-------- Weitergeleitete Nachricht --------", [
            ("Betreff", subject), ("Datum", d), ("Von", sender), ("An", recipient)]
    raise ValueError(f"unknown forwarding style {style!r}; known: {', '.join(STYLES)}")


def plain_forward(style: str, note: str, block: tuple[str, list[tuple[str, str]]], body: str) -> str:
    sep, rows = block
    if is_quote(style):
        quoted = "\n".join(f"> {ln}".rstrip() for ln in body.rstrip("\n").split("\n"))
        return f"{note}\n\n{sep}\n\n{quoted}\n"
    tab = "\t" if style.startswith("thunderbird") else " "
    head = "\n".join(f"{k}:{tab}{v}" for k, v in rows)
    gap = "\n\n" if style.startswith("apple") else "\n"
    return f"{note}\n\n{sep}{gap}{head}\n\n\n{body}\n"


def paragraphs_html(text: str) -> str:
    return "".join(f"<p>{html.escape(par).replace(chr(10), '<br>')}</p>\n" for par in text.split("\n\n"))


def html_fragment(style: str, note: str, block: tuple[str, list[tuple[str, str]]], inner: str) -> str:
    """The forwarded part as the client writes it in HTML; `inner` is already HTML."""
    sep, rows = block
    head = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in rows)
    if is_quote(style):
        quoted = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(sep)}<br></div>'
                  f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                  f'padding-left:1ex">\n{inner}</blockquote></div>')
    elif style.startswith("gmail"):
        quoted = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(sep)}<br>\n'
                  f"{head}<br></div><br><br>\n{inner}</div>")
    elif style.startswith("outlook"):
        top = ("<p>-----Ursprüngliche Nachricht-----</p>\n" if style == "outlook-de-original"
               else "<hr style=\"display:inline-block;width:98%\">\n")
        quoted = (f'<div id="divRplyFwdMsg" dir="ltr">{top}<font face="Calibri" style="font-size:11pt">'
                  f"{head}</font></div>\n<div>{inner}</div>")
    elif style.startswith("apple"):
        quoted = (f"<div><br><blockquote type=\"cite\"><div>{html.escape(sep)}</div><br>\n"
                  f"<div>{head}</div><br>\n{inner}</blockquote></div>")
    else:
        quoted = (f'<div class="moz-forward-container">{html.escape(sep)}<br>\n'
                  f'<table class="moz-email-headers-table"><tbody>'
                  + "".join(f"<tr><th>{html.escape(k)}:</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
                  + f"</tbody></table><br>\n{inner}</div>")
    return f"{paragraphs_html(note)}<br>\n{quoted}"


def html_document(fragment: str) -> str:
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>"
            f"<body>{fragment}</body></html>\n")
