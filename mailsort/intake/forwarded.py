"""Find the original message inside a forwarded or quoted email body.

Mail programs write the original's headers as text: Gmail ("---------- Forwarded message ---------"),
Outlook ("-----Original Message-----", a bare "From:/Sent:/To:/Subject:" block, or in Outlook 2019
only an attribution line 'On …, "Name" <a@b> wrote:'), Apple Mail ("Begin forwarded message:"),
Thunderbird ("-------- Forwarded Message --------"), Yahoo (the separator and every header on one
line), each in the languages they ship in (`forwardwords.py`), sometimes "> "-quoted. In a chain,
hops on the receiving side (someone who got the mail and passed it on) are skipped: the original is
the first message that came from outside.
"""

from __future__ import annotations

import re

from ..model import ForwardedHeader
from . import forwardwords as words
from .maildates import parse_mail_date


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


_DASHED = re.compile(r"^[>\s]*-{2,}\s*(?:" + _alternation(words.DASHED) + r")\s*-{2,}\s*(?P<rest>.*)$",
                     re.IGNORECASE)
_LEAD_IN = re.compile(r"^\s*(?:" + _alternation(words.LEAD_INS) + r")\s*:\s*$", re.IGNORECASE)

_FIELDS = {**{w: "sender" for w in words.SENDER}, **{w: "recipient" for w in words.RECIPIENT},
           **{w: "date" for w in words.DATE}, **{w: "subject" for w in words.SUBJECT}}
_OTHER = set(words.OTHER)
_COLON = r"\s*[:：]"
_HEADER_LINE = re.compile(
    r"^\s*\*?(" + _alternation({*_FIELDS, *_OTHER}) + r")\*?" + _COLON + r"\s*\*?\s*(.*)$", re.IGNORECASE)
# Yahoo glues its headers into one line ("…acme.com>An: …MEZBetreff: …"): a capitalised header
# word followed by a colon starts the next one.
_GLUED = re.compile(r"(?<=[>\w\s)])(?=(?:" + _alternation(
    {v for w in {*_FIELDS, *_OTHER} for v in (w.capitalize(), w.upper()) if len(w) > 1}) + r")" + _COLON + ")"
    r"|(?<=>)(?=[A-ZÀ]" + _COLON + ")")      # one-letter words ("A:", "À :") only right after an address
_QUOTE = re.compile(r"^(?:>[ \t]?)+")
_ATTRIBUTION_DE = re.compile(r"^Am (?P<date>.+?) schrieb (?P<sender>.+?):\s*$")
_ATTRIBUTION_EN = re.compile(
    r"^On (?P<date>.+?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?),? (?P<sender>.+?) wrote:\s*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def dequote(text: str) -> str:
    """The text with "> " quote markers removed from every line."""
    return "\n".join(_QUOTE.sub("", line) for line in text.split("\n"))


def _normalise(text: str) -> list[str]:
    # Outlook 2019 starts its attribution with a byte-order mark; HubSpot and IONOS pad with
    # no-break spaces.
    text = text.replace("\r\n", "\n").replace("\ufeff", "").replace("\u00a0", " ")
    return dequote(text).split("\n")


def _clean_address(value: str) -> str:
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value)   # Outlook writes "Name [mailto:a@b]"
    # Outlook and Missive leave link residue: "a@b<mailto:a@b>", "Name<mailto:a@b>".
    value = re.sub(r"([\w.+-]+@[\w.-]+)\s*<mailto:[^<>]*>", r"\1", value)
    value = re.sub(r"<mailto:([^<>]*)>", r"<\1>", value)
    value = re.sub(r"\s+on behalf of\s.*$|\s+im Auftrag von\s.*$", "", value, flags=re.IGNORECASE)
    value = re.sub(r"<([^<>]+)>\s*<\1>", r"<\1>", value)       # "Name<a@b> <a@b>"
    value = re.sub(r"(?<=\S)<", " <", value.replace("*", ""))
    value = re.sub(r"\s+", " ", value).strip().strip(";,").strip()
    value = re.sub(r'"\'?([^"<>]*?)\'?"\s*<', r"\1 <", value)        # '"Name" <a@b>' -> 'Name <a@b>'
    value = re.sub(r"(^|[;,] ?)'([^'<>]*)'\s*<", r"\1\2 <", value)
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


def _block_after(lines: list[str], i: int, rest: str) -> tuple[dict[str, str], int]:
    """The header block after a separator line; Yahoo writes it on the separator's own line."""
    if rest.strip():
        glued = _GLUED.sub("\n", rest.strip()).split("\n")
        fields, _ = _parse_block(glued, 0)
        return fields, i + 1
    return _parse_block(lines, i + 1)


def find_forwarded_blocks(text: str) -> list[ForwardedHeader]:
    """Every forwarded/quoted original header block in the body, outermost first."""
    lines = _normalise(text)
    found: list[ForwardedHeader] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        dashed = _DASHED.match(line)
        if dashed or _LEAD_IN.match(line):
            fields, end = _block_after(lines, i, dashed.group("rest") if dashed else "")
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


def _attribution(line: str) -> ForwardedHeader | None:
    m = _ATTRIBUTION_DE.match(line) or _ATTRIBUTION_EN.match(line)
    if m:
        return ForwardedHeader(sender=_clean_address(m.group("sender")), date=parse_mail_date(m.group("date")))
    for rx in words.ATTRIBUTIONS:
        m = rx.match(line)
        if m:
            name = m.group("name").strip(words.NAME_QUOTES)
            sender = f"{name} <{m.group('address')}>" if name else m.group("address")
            return ForwardedHeader(sender=_clean_address(sender), date=parse_mail_date(m.group("date")))
    return None


def find_attribution(text: str) -> ForwardedHeader | None:
    """A reply quote's "Am … schrieb X:" / "On … X wrote:" line, when there is no header block."""
    for line in _normalise(text):
        found = _attribution(line.strip())
        if found:
            return found
    return None


def _addresses(value: str | None) -> set[str]:
    return {a.lower() for a in _EMAIL.findall(value or "")}


def _passed_on(outer: ForwardedHeader, inner: ForwardedHeader) -> bool:
    """Did the outer block's sender receive the inner message and pass it on (a receiving-side hop)?

    The outer message is a forward ("WG: …") and its sender's address is among the inner message's
    recipients or shares a domain with one of them ("hans@mueller-bau" forwarding what came to
    "info@mueller-bau"). A reply quoting what it answers is no hop: its writer sent the mail."""
    if outer.subject and not words.FORWARD_SUBJECT.match(outer.subject):
        return False
    senders = _addresses(outer.sender)
    if not senders:
        return not outer.sender
    recipients = _addresses(inner.recipient)
    domains = {a.split("@", 1)[1] for a in recipients}
    return bool(senders & recipients) or any(a.split("@", 1)[1] in domains for a in senders)


def find_original(text: str) -> ForwardedHeader | None:
    """The original message's headers in a forwarded/quoted body, or None.

    In a chain of forwards, the outermost block not written by a receiving-side hop."""
    blocks = [b for b in find_forwarded_blocks(text) if b.sender or b.subject]
    if not blocks:
        return find_attribution(text)
    i = 0
    while i + 1 < len(blocks) and _passed_on(blocks[i], blocks[i + 1]):
        i += 1
    return blocks[i]
