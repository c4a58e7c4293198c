"""Fields of a letter: its date, deadlines (absolute and relative), amounts, IBANs, references, sender.

Context decides what a date means. The letter date sits after "Datum:"/"Date:", after the town
("Berlin, 20.11.2026") or alone on a line near the top. A deadline follows a deadline phrase
("zahlbar bis", "spätestens am", "by", "no later than"); "innerhalb von 14 Tagen" counts from the
letter date, never from today. Periods ("vom 01.10. bis 31.10."), birthdays and "Ihr Schreiben vom"
are not deadlines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Document, Fields
from .address import POSTCODE, SALUTATION
from .amounts import find_amounts, find_ibans
from .dates import clean_digits, find_dates
from .deadlines import find_deadlines
from .letterdate import letter_date, marked_dates
from .names import decode_words
from .sender import find_sender

_REFERENCES = [
    ("invoice_number", r"Rechnungs-?\s?(?:nummer|nr\.?)|Rechnung\s+Nr\.?|Invoice\s+(?:no\.?|number|#)|Beleg-?(?:nummer|nr\.?)"),
    ("file_number", r"Aktenzeichen|Az\.|Geschäftszeichen|Case\s+(?:no\.?|number)|Kassenzeichen"),
    ("customer_number", r"Kunden-?\s?(?:nummer|nr\.?)|Customer\s+(?:no\.?|number|ID)|Account\s+(?:no\.?|number)"),
    ("tax_number", r"Steuer-?\s?(?:nummer|nr\.?)|St\.?-?\s?Nr\.?|Tax\s+(?:no\.?|number)|USt-?Id(?:Nr\.?)?"),
    ("contract_number", r"Vertrags-?\s?(?:nummer|nr\.?)|Contract\s+(?:no\.?|number)"),
    ("policy_number", r"Versicherungsschein-?\s?(?:nummer|nr\.?)|Policen-?\s?(?:nummer|nr\.?)|Policy\s+(?:no\.?|number)"),
    ("our_ref", r"Unser\s+Zeichen|Our\s+ref(?:erence)?\.?"),
    ("your_ref", r"Ihr\s+Zeichen|Your\s+ref(?:erence)?\.?"),
    ("mandate_reference", r"Mandatsreferenz"),
]
# A reference value: one token, or several when the later ones carry digits ("3 C 123/26").
_REF_VALUE = r"(?P<v>[A-Z0-9][A-Za-z0-9/\-.]*(?:[ ](?:[A-Z]{1,3}(?= \d)|[A-Za-z0-9/\-.]*\d[A-Za-z0-9/\-.]*))*)"
_REF_RX = [(key, re.compile(rf"(?:{rx})\s*[:.]?\s*" + _REF_VALUE,
                            re.I)) for key, rx in _REFERENCES]
_SUBJECT = re.compile(r"^\s*(?:Betreff|Betr\.|Subject|Re|Aw|Fwd?|Wg)\s*:\s*(.+)$", re.I | re.M)



_ANNEX = re.compile(r"Hinweis|Datenschutz|Geschäftsbedingungen|\bAGB\b|Merkblatt|Rechtsbehelfsbelehrung|"
                    r"Informationen zu|Anlage|Erl(?:ä|a|ae)uterung|Zahlungs- und Lieferbedingungen|"
                    r"Privacy|Terms and conditions|Terms of|Notes on|Explanatory notes", re.I)


def letter_proper(pages: list) -> list:
    """Page 1 and the pages that continue the letter; annexes (privacy notes, terms) are boilerplate."""
    out = pages[:1]
    for p in pages[1:]:
        head = "\n".join(p.text.strip().splitlines()[:3])
        if not _ANNEX.search(head):
            out.append(p)
    return out



def _references(text: str) -> dict[str, str]:
    refs: dict[str, str] = {}
    for key, rx in _REF_RX:
        for m in rx.finditer(text):
            value = m.group("v").strip(" .,-/")
            if any(c.isdigit() for c in value) and key not in refs and len(value) >= 3:
                refs[key] = value
                break
    return refs


def _subject(document: Document, text: str) -> str | None:
    found = _find_subject(document, text)
    if found is None:
        return None
    found = re.sub(r"^(?:\s*(?:Fwd?|WG|AW|Re|FW|Wtr)\s*:\s*)+", "", found.strip(" |‘'\"„“"), flags=re.I)
    return found or None


def _find_subject(document: Document, text: str) -> str | None:
    email = document.email
    if email and email.forwarded and email.forwarded.subject:
        return decode_words(email.forwarded.subject).strip()
    m = _SUBJECT.search(text)
    if m:
        return m.group(1).strip()[:200]
    if email and email.subject:
        return email.subject.strip()
    return _line_above_salutation(text)




def _line_above_salutation(text: str) -> str | None:
    """DIN 5008 puts the subject, unlabelled, on the last line before the salutation."""
    lines = text.splitlines()[:60]
    for i, line in enumerate(lines):
        if SALUTATION.match(line):
            above = [ln.strip(" ‘'\"„“") for ln in lines[max(0, i - 4):i] if ln.strip()]
            for cand in reversed(above):
                if find_dates(cand) or POSTCODE.search(cand) or ":" in cand or len(cand) < 4:
                    continue
                return cand[:200]
            return None
    return None


def extract_fields(document: Document, language: str | None = None, provider_names: Sequence[str] = (),
                   state: str | None = None) -> Fields:
    """All fields of one item; `language` ("de"/"en") is accepted for callers, the text decides.
    `provider_names`: the provider's own names, which are never the sender. `state`: the client's
    Bundesland, whose public holidays move deadlines (workdays.py); None: national holidays."""
    email = document.email
    letter_pages = [p for p in document.pages if p.method != "email-body"]
    proper = letter_proper(letter_pages) if email is None else _attachments_proper(letter_pages)
    text = clean_digits("\n".join(p.text for p in proper))
    full = clean_digits(document.text)
    # Dates in a hand or a stamp's ink (by their words' size and confidence) are never the letter date.
    marked = marked_dates(proper)
    letter = letter_date(text, [m for m in find_dates(text) if m.value not in marked]) if text.strip() else None
    ref = letter.value if letter else None
    if ref is None and email is not None:
        sent = email.forwarded.date if email.forwarded and email.forwarded.date else email.date
        ref = sent.date() if sent else None
    # An email's deadline may sit in its body; annex pages never hold one.
    body = "\n".join(p.text for p in document.pages if p.method == "email-body")
    scope = clean_digits(f"{body}\n\n{text}") if email is not None else text
    return Fields(
        sender=find_sender(document, provider_names),
        date=ref,
        deadlines=find_deadlines(scope, find_dates(scope, ref=ref), ref, state),
        subject=_subject(document, full),
        amounts=find_amounts(full),
        ibans=find_ibans(full),
        references=_references(text or full),
    )


def proper_text(document: Document) -> str:
    """An email's body and every letter's own pages, annexes left out: what the item says, for the
    category (a page of privacy notes or payment terms says "legal" whatever the letter is)."""
    pages = [p for p in document.pages if p.method != "email-body"]
    proper = letter_proper(pages) if document.email is None else _attachments_proper(pages)
    body = [p for p in document.pages if p.method == "email-body"]
    return "\n".join(p.text for p in [*body, *proper])


def _attachments_proper(pages: list) -> list:
    """Each attachment's own letter pages, annexes dropped."""
    by_origin: dict[str | None, list] = {}
    for p in pages:
        by_origin.setdefault(p.origin, []).append(p)
    return [p for group in by_origin.values() for p in letter_proper(group)]
