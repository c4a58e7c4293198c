"""Mailbox numbers on the address block: "Postfach 1042", "Fach 1042", "Box 1042", "PMB 1042", "Nr. 1042",
"Briefkasten 1042".

At the shared address of a virtual office the mailbox number is the one thing printed that is unique
per client, so it is strong evidence -- but only when read from the address block, never from the
body, where "Nr. 1042" is as likely an invoice number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Labels that only ever introduce a mailbox; an unknown number after one of them is suspicious.
_STRONG = (r"Suite|Briefkasten(?:-?Nr\.?)?|Brief-?fach|Post\s?fach(?:\s?-?\s?Nr\.?)?|Postf\.|Fach(?:-?Nr\.?)?"
           r"|P\.?\s?O\.?\s?Box|Box|PMB|Mailbox|Postbox|Private\s+Mail\s?box")
# A word joined in front of a mailbox label names whose box it is ("Kunden-Postfach 3604",
# "Kundenpostfach", "Mieter-Fach"): still a mailbox. Joined without a hyphen only to "Postfach",
# where the compound cannot be anything else ("Mehrfach 2" is no box).
_COMPOUND = r"[A-Za-zÄÖÜäöüß]{3,}-(?=\w)|[A-Za-zÄÖÜäöüß]{3,}(?=post\s?fach)"
# "Nr." / "No." / "#" alone: counted only when the number is a known mailbox. So is the provider's
# tenant number ("Mieter-Nr. 1042", "Mieternummer 1042", "Tenant no. 1042"): each client rents its
# own box, so that number is the box; the label is part of the mention, not a name on the line.
# Other numbers joined to "Nr." (Kunden-Nr., Rechnungs-Nr.) are the sender's and never a box.
_WEAK = r"(?<![\w-])(?:Mieter-?|Tenant\s?)?(?:Nr|No|Num)\.?|(?<![\w-])Mieter-?nummer|#"
# OCR reads 0 as O and 1 as l/I inside numbers; "10 42" is how some print a Postfach.
_NUMBER = r"([0-9OolI|]{2}(?: [0-9OolI|]{2}){1,2}(?![0-9])|[0-9OolI|]{2,6}(?![0-9A-Za-z]))"
_RX = re.compile(rf"(?:(?<![\w-])(?:{_COMPOUND})?(?P<strong>{_STRONG})(?:\s*-?\s*(?:#|Nr\.?|No\.?|Nummer|number))?|(?P<weak>{_WEAK}))\s*[:.,\-]?\s*{_NUMBER}",
                 re.IGNORECASE)
_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", " ": ""})


@dataclass(frozen=True)
class MailboxMention:
    number: str        # digits only, as printed (leading zeros kept)
    text: str          # the mention as printed, for the evidence string
    strong: bool       # introduced by Postfach/Fach/Box/PMB rather than a bare "Nr."


def find_mailboxes(text: str) -> list[MailboxMention]:
    out: list[MailboxMention] = []
    for m in _RX.finditer(text):
        raw = m.group(3)
        digits = raw.translate(_DIGITS)
        if not digits.isdigit() or not any(c.isdigit() for c in raw):
            continue
        out.append(MailboxMention(digits, " ".join(m.group(0).split()), bool(m.group("strong"))))
    return out


def same_mailbox(a: str, b: str) -> bool:
    return a == b or a.lstrip("0") == b.lstrip("0")


_TRAILING = re.compile(r"(?<![0-9A-Za-z])([0-9OolI|]{2,6})\W*$")


def trailing_number(line: str) -> tuple[str, str] | None:
    """(digits, the text before them) of a line that ends in a bare number ('Büro Mitte GmbH 1042');
    None when it does not, or when the number has no digit at all."""
    m = _TRAILING.search(line)
    if m is None or not any(c.isdigit() for c in m.group(1)):
        return None
    digits = m.group(1).translate(_DIGITS)
    return (digits, line[:m.start()]) if digits.isdigit() else None


# Digits a scan's OCR takes for one another (loops closed or opened, a stroke lost).
_CONFUSED = frozenset(frozenset(p) for p in ("06", "08", "09", "38", "35", "56", "68", "69", "89", "17", "14"))


def misread_of(printed: str, box: str) -> bool:
    """A number read with one digit mistaken for a look-alike ('2676' for box 2876). Never proof of
    the box on its own -- a random number is near some box of a large directory -- only a witness
    for a client that the address names otherwise."""
    if len(printed) != len(box) or printed == box:
        return False
    diff = [(a, b) for a, b in zip(printed, box) if a != b]
    return len(diff) == 1 and frozenset(diff[0]) in _CONFUSED
