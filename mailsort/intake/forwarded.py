"""Find the original message inside a forwarded or quoted email body.

Mail clients write the original's headers as text: Gmail ("---------- Forwarded message ---------"),
Outlook ("-----Original Message-----" or a bare "Von:/Gesendet:/An:/Betreff:" block), Apple Mail
("Begin forwarded message:"), Thunderbird ("-------- Forwarded Message --------"), each in German
and English, sometimes "> "-quoted. The innermost block is the original letter: its sender wrote
it and its recipient is the client it is for.
"""

from __future__ import annotations

import re

from ..model import ForwardedHeader
from .maildates import parse_mail_date

_MARKERS = [re.compile(p, re.IGNORECASE) for p in (
    r"^-{2,}\s*(forwarded message|weitergeleitete nachricht)\s*-{2,}$",      # Gmail, Thunderbird
    r"^-{2,}\s*(original message|urspr(ü|ue)ngliche nachricht)\s*-{2,}$",   # Outlook
    r"^(begin forwarded message|anfang der weitergeleiteten nachricht)\s*:?$",  # Apple Mail
    r"^-{2,}\s*(message transféré|forwarded e-?mail)\s*-{2,}$",
)]

# Header names as clients print them, in German and English, mapped to our fields.
_FIELDS = {
    "from": "sender", "von": "sender",
    "to": "recipient", "an": "recipient",
    "date": "date", "datum": "date", "sent": "date", "gesendet": "date",
    "subject": "subject", "betreff": "subject",
}
_OTHER = {"cc", "bcc", "kopie", "reply-to", "antwort an", "importance", "wichtigkeit",
          "attachments", "anlagen", "priority", "priorität"}
_HEADER_LINE = re.compile(
    r"^\s*\*?(" + "|".join(re.escape(k) for k in sorted({*_FIELDS, *_OTHER}, key=len, reverse=True))
    + r")\*?\s*:\s*\*?\s*(.*)$", re.IGNORECASE)
_QUOTE = re.compile(r"^(?:>[ \t]?)+")
_ATTRIBUTION_DE = re.compile(r"^Am (?P<date>.+?) schrieb (?P<sender>.+?):\s*$")
_ATTRIBUTION_EN = re.compile(
    r"^On (?P<date>.+?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?),? (?P<sender>.+?) wrote:\s*$")


def dequote(text: str) -> str:
    """The text with "> " quote markers removed from every line."""
    return "\n".join(_QUOTE.sub("", line) for line in text.split("\n"))


def _clean_address(value: str) -> str:
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)   # Outlook writes "Name [mailto:a@b]"
    value = value.replace("*", "")
    value = re.sub(r"\s+", " ", value).strip().strip(";,").strip()
    value = re.sub(r'"([^"<>]*)"\s*<', r"\1 <", value)          # '"Name" <a@b>' -> 'Name <a@b>'
    return re.sub(r"^<([^<>\s]+@[^<>\s]+)>$", r"\1", value)      # "<a@b>" alone: just the address


def _parse_block(lines: list[str], start: int) -> tuple[dict[str, str], int]:
    """Read a header block from `start`; returns the fields found and the index after the block."""
    j = start
    while j < len(lines) and not lines[j].strip() and j - start < 3:
        j += 1
    fields: dict[str, str] = {}
    last: str | None = None
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            break
        m = _HEADER_LINE.match(line)
        if m:
            name = m.group(1).lower()
            last = _FIELDS.get(name, "_other")
            if last != "_other" and last not in fields:
                fields[last] = m.group(2).strip()
            elif last != "_other":
                last = "_dup"                            # a second From: starts the next block
                break
        elif last and last in fields and (not fields[last] or fields[last].endswith((",", ";"))
                                          or line.lstrip().startswith("<")):
            fields[last] = f"{fields[last]} {line.strip()}".strip()   # folded long value
        else:
            break
        j += 1
    return fields, j


def _to_header(fields: dict[str, str]) -> ForwardedHeader:
    return ForwardedHeader(
        sender=_clean_address(fields["sender"]) if fields.get("sender") else None,
        recipient=_clean_address(fields["recipient"]) if fields.get("recipient") else None,
        date=parse_mail_date(fields["date"]) if fields.get("date") else None,
        subject=fields.get("subject", "").strip() or None,
    )


def find_forwarded_blocks(text: str) -> list[ForwardedHeader]:
    """Every forwarded/quoted original header block in the body, outermost first."""
    lines = dequote(text.replace("\r\n", "\n")).split("\n")
    found: list[ForwardedHeader] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if any(p.match(line) for p in _MARKERS):
            fields, end = _parse_block(lines, i + 1)
            if fields:
                found.append(_to_header(fields))
                i = max(end, i + 1)
                continue
        elif _HEADER_LINE.match(line) and _FIELDS.get(_HEADER_LINE.match(line).group(1).lower()) == "sender":
            # A bare Outlook block: needs From/Von plus at least two of date, recipient, subject.
            fields, end = _parse_block(lines, i)
            if "sender" in fields and len(fields) >= 3:
                found.append(_to_header(fields))
                i = max(end, i + 1)
                continue
        i += 1
    return found


def find_attribution(text: str) -> ForwardedHeader | None:
    """A reply quote's "Am … schrieb X:" / "On … X wrote:" line, when there is no header block."""
    for line in dequote(text).split("\n"):
        m = _ATTRIBUTION_DE.match(line.strip()) or _ATTRIBUTION_EN.match(line.strip())
        if m:
            return ForwardedHeader(sender=_clean_address(m.group("sender")),
                                   date=parse_mail_date(m.group("date")))
    return None


def find_original(text: str) -> ForwardedHeader | None:
    """The innermost original message's headers in a forwarded/quoted body, or None."""
    blocks = [b for b in find_forwarded_blocks(text) if b.sender or b.subject]
    if blocks:
        return blocks[-1]
    return find_attribution(text)
