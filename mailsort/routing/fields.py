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
from datetime import date, timedelta

from ..model import Document, Fields
from .address import POSTCODE
from .amounts import find_amounts, find_ibans
from .dates import MONTHS, DateMention, clean_digits, find_dates
from .names import decode_words
from .sender import find_sender
from .workdays import add_workdays, next_business_day

# "Dated" labels a date only at the start of its line; "invoice INV-1 dated December 15" is prose.
_DATE_LABEL = re.compile(r"(?:\bDatum|\bDate(?!d)|^\s*Dated|Briefdatum|Ausstellungsdatum|Rechnungsdatum|Invoice date"
                         r"|Bescheiddatum)\s*[:.|]?\s*(?:[A-ZÄÖÜ][\w.-]+(?: [\w.-]+)?,\s*(?:den\s+)?)?[|]?\s*$", re.I)
_STAMP_AFTER = re.compile(r"\s*,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\b(?!\.\d)|\s*\S*\s*(?:FAX|Fax)\b")
_STAMP_BEFORE = re.compile(r"(?:EING(?:ANG|EGANGEN)?\.?|Eingang|[Ee]?ingegangen|Received|Posteingang|FAX|Fax)\W{0,3}\s*$",
                           re.I)
# What people write on a letter after it came, with a date of their own: "erl. 3.12.", "Wv. 15.01.",
# "bez. 22.02.26 MK", "an StB 4.12.26", "Kopie Buchh. 11.07." — never the letter date.
_NOTE_BEFORE = re.compile(r"(?:\berl\.|\berledigt|\bWv\.?|Wiedervorlage|\bbez\.|\bbezahlt(?: am)?|\bgez\.|"
                          r"\ban StB|\bKopie\b[\w. ]{0,12}|\bgebucht(?: am)?|z\.\s?d\.\s?A\.?)\W{0,3}\s*$", re.I)
# Punctuation OCR puts around a stamped date ("- 26.09.2026", "| 04. 05. 26").
_STAMP_NOISE = " -–—.:;|'\"‚„“”‘’»«()[]{}"
# Where the letter's own text starts: dates alone on a line below it are no letter date.
_SALUTATION = re.compile(r"^\s*(?:Sehr geehrte|Guten Tag|Liebe|Hallo|Dear|Hello)\b", re.M)
_TOWN_DATE = re.compile(r"^\s*[A-ZÄÖÜ][\w .()/-]{1,40},\s*[:;.]?\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
                        r"Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?(?:den[\s-]+|the\s+)?$")
_NOT_LETTER_DATE = re.compile(r"(?:\bvom|\bvon|\bseit|geb\.|geboren|Geburtsdatum|Zeitraum|Leistungs\w*|period"
                              r"|\bab|\bbis|\bzum|\bdated|Frist\w*|f(?:ä|a|ae)llig\w*|\bby|Lieferdatum|Eingang\w*|"
                              r"Ihr Schreiben|Ihre Nachricht|Your (?:letter|message|e-?mail)(?: of| dated)?)\W*$", re.I)
# Umlauts may be lost by OCR ("spatestens", "fallig").
_STRONG_DEADLINE = (r"sp(?:ä|a|ae)testens|zahlbar|f(?:ä|a|ae)llig|F(?:ä|a|ae)lligkeit(?:sdatum)?|Zahlungsziel|"
                    r"Zahlungstermin|\w*frist|"
                    r"Einspruchsfrist|Abgabefrist|einzureichen|zu entrichten|zu zahlen|zu begleichen|"
                    r"due(?:\s+date)?|payable|deadline")
DEADLINE_WORDS = re.compile(
    r"(?:(?:bis\s+(?:zum|sp(?:ä|a|ae)testens|zu[mr]|einschlie(?:ß|ss|b)lich|einschl\.)?|sp(?:ä|a|ae)testens(?:\s+(?:am|bis|zum))?|"
    r"zahlbar\s+(?:bis|zum|am)|f(?:ä|a|ae)llig\s*(?:am|zum|bis|ab)?|F(?:ä|a|ae)lligkeit(?:sdatum)?|Zahlungsziel|Zahlungstermin|"
    r"\w*frist\b(?:\s+\w+){0,3}|Termin|Einspruchsfrist|Abgabefrist|einzureichen|Ablauf des|"
    r"nicht\s+später\s+als|zu\s+(?:entrichten|zahlen|begleichen|überweisen)\s+(?:am|bis)|"
    r"by|no later than|not later than|on or before|before|due(?:\s+(?:date|on|by))?|deadline|"
    r"payable\s+(?:by|on)|until|prior to)\W{0,4}"
    # "fällig, erstmals am ...": a strong deadline word may stand a few words before its date
    r"|(?:" + _STRONG_DEADLINE + r")\W{1,3}(?:[a-zäöüß]{2,12}\s+){1,2})(?:(?:dem|the|den|am|on|zum)\s+)?"
    r"(?:(?:Stichtag|Termin|Fristende|Datum)\s+(?:(?:am|vom)\s+)?)?(?:(?<=am)\.)?"
    r"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday),?\s+(?:den\s+|the\s+)?)?$", re.I)
# "Bitte zahlen Sie <OCR noise> am 27.06.2026": a request to act with its date, deadline word or not.
_ACTION_DATE = re.compile(r"\b(?:zahlen|überweisen|begleichen|senden|reichen|teilen|melden|unterschreiben|pay|send|"
                          r"return|submit|sign)\b(?: Sie| us)?\b[^.\n]{0,30}\b(?:am|bis|zum|by|on)\s*$", re.I)
_PERIOD_WORDS = re.compile(r"Zeitraum|Leistungszeitraum|Abrechnungszeitraum|\bperiod\b", re.I)
_PROMO = re.compile(r"Aktionscode|Gutschein|Rabattcode|Code:|promo(?:tion)? code|voucher|discount code", re.I)
# A date this close after a deadline phrase belongs to it; further away it is just a date.
_DEADLINE_REACH = 45
_PERIOD_START = re.compile(r"(?:\bvom|\bvon|\bab|Zeitraum|Leistungszeitraum|period|from|between)\W*$", re.I)
_NUMBER_WORDS = {
    "einem": 1, "einer": 1, "eines": 1, "ein": 1, "eine": 1, "one": 1, "a": 1, "zwei": 2, "two": 2,
    "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7,
    "seven": 7, "acht": 8, "eight": 8, "zehn": 10, "ten": 10, "vierzehn": 14, "fourteen": 14,
    "einundzwanzig": 21, "dreißig": 30, "thirty": 30, "zwanzig": 20, "twenty": 20, "twenty-one": 21,
    "twenty one": 21, "achtundzwanzig": 28, "sixty": 60, "sechzig": 60, "neunzig": 90, "ninety": 90,
}
_RELATIVE = re.compile(
    # OCR noise may sit between the words: "innerhalb. von drei", "innerhalb von\n‘, einundzwanzig"
    r"(?:innerhalb|binnen|within|in)\.?\s+(?:von[\s‚‘',.]+|der\s+nächsten\s+|den\s+nächsten\s+|the\s+next\s+)?"
    r"(?:einer\s+Frist[\s-]+von\s+|a\s+period\s+of\s+)?"
    r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?:\s*\(\d{1,3}\))?\s+"
    r"(?P<unit>(?:Kalender|Werk|Arbeits)?tag(?:e|en)?|days?|calendar days|working days|business days|"
    r"Wochen?|weeks?|Monat(?:e|en|s)?|months?)", re.I)
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


def _letter_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date the letter was written, from its label, the town line, or its place near the top."""
    lines_top = text[: _top_offset(text, 40)]
    salutation = _SALUTATION.search(text)
    body_start = salutation.start() if salutation else len(text)
    ranked: list[tuple[int, DateMention]] = []
    for dm in mentions:
        line_start = text.rfind("\n", 0, dm.start) + 1
        before = text[line_start: dm.start]
        prev_line = _previous_line(text, line_start)          # header rows: blank lines skipped
        line_above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1: max(line_start - 1, 0)]
        line_end = text.find("\n", dm.end)
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        after = line[dm.end - line_start:]
        bare = not before.strip(_STAMP_NOISE)
        if _STAMP_AFTER.match(after) or _STAMP_BEFORE.search(before) or _NOTE_BEFORE.search(before) or \
                (bare and _STAMP_BEFORE.search(prev_line)):
            continue                                    # fax header, received stamp or a note, not the letter's date
        in_head = dm.start < len(lines_top) and dm.start < body_start
        # A date alone on its line continues the line above: "... bis zum\n14. September 2026."
        continues = bool(DEADLINE_WORDS.search(prev_line) or _NOT_LETTER_DATE.search(prev_line))
        header = _header_label(prev_line)
        if _DATE_LABEL.search(before) or (not before.strip() and header is None and _DATE_LABEL.search(line_above)):
            rank = 0
        elif header is not None and _column_of(dm, line_start, line, mentions, header):
            rank = 0                                    # "Ihr Schreiben vom  Unser Zeichen  Datum" over its row
        elif _TOWN_DATE.match(before):
            rank = 1
        elif in_head and bare and dm.has_year and not after.strip(" |.,;") and not continues:
            rank = 2
        elif in_head and dm.has_year and header is None \
                and not _NOT_LETTER_DATE.search(before[-30:]) and not DEADLINE_WORDS.search(before[-_DEADLINE_REACH:]):
            rank = 3
        else:
            continue
        ranked.append((rank, dm))
    if not ranked:
        return None
    top = min(r for r, _ in ranked)
    pool = [dm for r, dm in ranked if r == top]
    # Dates alone on their lines: an info-block column read apart from its labels ("Ihr Schreiben vom",
    # "Datum" above, values below). The letter's own date is the latest of them.
    return max(pool, key=lambda dm: dm.value) if top == 2 else pool[0]


def _previous_line(text: str, line_start: int) -> str:
    """The last non-empty line before the one starting at line_start (OCR leaves blank lines between rows)."""
    lines = text[:max(line_start - 1, 0)].splitlines()
    return next((ln for ln in reversed(lines) if ln.strip()), "")


_LABEL_WORDS = re.compile(r"Ihr(?:e)? (?:Schreiben|Zeichen|Nachricht)|Unser Zeichen|Ansprechpartner|Kunden-?n|"
                          r"Rechnungs-?n|Your (?:letter|ref)|Our ref|Contact|Account", re.I)


def _header_label(line: str) -> float | None:
    """A row of info-block labels with the date label among them: its relative position, else None."""
    m = re.search(r"\b(?:Datum|Date)\b", line)
    if m is None or not _LABEL_WORDS.search(line):
        return None
    return m.start() / max(len(line), 1)


def _column_of(dm: DateMention, line_start: int, line: str, mentions: list[DateMention], header: float) -> bool:
    """Is this the date on the value row that sits under the date label (closest relative position)?"""
    row = [m for m in mentions if line_start <= m.start < line_start + len(line)]
    if not row:
        return False
    width = max(len(line), 1)
    best = min(row, key=lambda m: abs((m.start - line_start) / width - header))
    return best is dm


def _top_offset(text: str, n_lines: int) -> int:
    pos = 0
    for _ in range(n_lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def _is_period_end(text: str, mentions: list[DateMention], i: int) -> bool:
    """'vom 01.10.2026 bis 31.10.2026': the second date closes a period, it is no deadline."""
    if i == 0:
        return False
    prev = mentions[i - 1]
    between = text[prev.end: mentions[i].start]
    if not re.fullmatch(r"\s*(?:bis|-|–|to|until|bis zum)\s*", between, re.I):
        return False
    return bool(_PERIOD_START.search(text[max(0, prev.start - 25): prev.start])) or between.strip() in "-–"


def _deadlines(text: str, mentions: list[DateMention], ref: date | None, state: str | None = None) -> list[date]:
    """Dates after a deadline phrase, plus relative periods counted from `ref` (the letter date).

    A period ending on a weekend or public holiday (of `state`, else national) ends on the next
    business day (§ 193 BGB). "nach Zugang" is counted from the letter date too: the receipt date is
    not known for sure, and the earliest possible end is the safe one to note."""
    out: set[date] = set()
    for i, dm in enumerate(mentions):
        if ref and dm.value <= ref:                     # the letter date itself, or already past
            continue
        before = text[max(0, dm.start - _DEADLINE_REACH): dm.start]
        before = before.split("\n\n")[-1]               # a deadline phrase does not cross paragraphs
        if not (DEADLINE_WORDS.search(before) or _ACTION_DATE.search(before)) or _is_period_end(text, mentions, i):
            continue
        if re.search(r"(?:geb\.|geboren|Geburtsdatum|born)\W*$", before, re.I) or _PERIOD_WORDS.search(before):
            continue
        if _PROMO.search(_sentence(text, dm.start, dm.end)):
            continue                                    # "Aktionscode ... gültig bis": an offer, not a duty
        out.add(dm.value)
    if ref:
        for m in _RELATIVE.finditer(text):
            if not _asks_recipient(text, m.start(), m.end()):
                continue
            n_raw = m.group("n").lower()
            n = int(n_raw) if n_raw.isdigit() else _NUMBER_WORDS[n_raw]
            unit = m.group("unit").lower()
            if unit.startswith(("woche", "week")):
                out.add(next_business_day(ref + timedelta(weeks=n), state))
            elif unit.startswith(("monat", "month")):
                out.add(next_business_day(_add_months(ref, n), state))
            elif unit.startswith(("werk", "arbeit", "working", "business")):
                out.add(add_workdays(ref, n, state))
            else:
                out.add(next_business_day(ref + timedelta(days=n), state))
        for m in _MONTH_END.finditer(text):
            month = MONTHS.get(m.group("mon").lower().rstrip("."))
            if month is None or not _asks_recipient(text, m.start(), m.end()):
                continue
            year = int(m.group("y")) if m.group("y") else ref.year + (1 if month < ref.month else 0)
            end_of_month = _add_months(date(year, month, 1), 1) - timedelta(days=1)
            if end_of_month > ref:
                out.add(end_of_month)
    return sorted(out)


# "bis Ende November", "bis zum Monatsende Dezember 2026", "by the end of November"
_MONTH_END = re.compile(r"(?:bis\s+(?:zum\s+)?(?:Ende|Monatsende)(?:\s+des)?|by\s+the\s+end\s+of)\s+"
                        r"(?P<mon>[A-Za-zäÄ]+)\.?(?:\s+(?P<y>(?:19|20)\d\d))?", re.I)


# Periods that are not a deadline to act on: appeal instructions, optional rights, cash-discount
# windows, and what the sender promises to do itself.
_NOT_ASKED = re.compile(r"\w*recht\b|right to|Gewährleistung|warranty", re.I)
# Appeal instructions in standard wording ("kann ... nach Bekanntgabe Widerspruch erhoben werden")
# are boilerplate; "Sie können innerhalb von 14 Tagen Widerspruch erheben" in a Mahnbescheid is not.
_OBJECTION = re.compile(r"Einspruch|Widerspruch|Widersprech\w*|Rechtsbehelf|Einwendung|Klage\b|Beschwerde|appeal|"
                        r"objection", re.I)
# "nach Zugang" alone is no sign of boilerplate: "Sie können innerhalb von 14 Tagen nach Zugang
# Widerspruch erheben" (a Mahnbescheid) sets the reader a deadline.
_BOILERPLATE = re.compile(r"nach\s+(?:Bekanntgabe|Zustellung)|after\s+(?:receipt|service)|"
                          r"of\s+(?:notification|receipt|service)|\bmay\s+be\s+(?:lodged|filed|made)\b|"
                          r"als\s+(?:angenommen|genehmigt)|gilt\s+als|deemed|\bkann\b.*\bwerden\b|"
                          r"\bsind\b.*\bzu\s+erheben\b|\bist\b.*\beinzulegen\b", re.I)
_DISCOUNT = re.compile(r"Skonto|discount|Rabatt", re.I)
_WE_ACT = re.compile(r"\b(?:wir|we)\b.*\b(?:antworten|bemühen|melden uns|bearbeiten|prüfen|respond|reply|"
                     r"get back|process|review)|\b(?:bemühen uns|(?<!Ihre )Antwort binnen|we aim)", re.I)


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), text.rfind(".\n", 0, start))
    b_candidates = [i for i in (text.find(". ", end), text.find(".\n", end), text.find("\n\n", end)) if i >= 0]
    b = min(b_candidates) if b_candidates else len(text)
    return text[a + 1: b]


def _asks_recipient(text: str, start: int, end: int) -> bool:
    sentence = _sentence(text, start, end)
    if _NOT_ASKED.search(sentence) or _DISCOUNT.search(text[max(0, start - 40): start]):
        return False
    a = text.rfind(". ", 0, max(0, text.rfind(". ", 0, start)))    # the sentence before, too ("Er ist ...")
    if _OBJECTION.search(text[max(a, start - 250): start] + sentence) and _BOILERPLATE.search(sentence):
        return False
    return not _WE_ACT.search(sentence)


_ANNEX = re.compile(r"Hinweis|Datenschutz|Geschäftsbedingungen|\bAGB\b|Merkblatt|Rechtsbehelfsbelehrung|"
                    r"Informationen zu|Anlage|Privacy|Terms and conditions|Terms of|Notes on", re.I)


def letter_proper(pages: list) -> list:
    """Page 1 and the pages that continue the letter; annexes (privacy notes, terms) are boilerplate."""
    out = pages[:1]
    for p in pages[1:]:
        head = "\n".join(p.text.strip().splitlines()[:3])
        if not _ANNEX.search(head):
            out.append(p)
    return out


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return d


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


_SALUTATION = re.compile(r"^\s*(?:Sehr geehrte\w*|Guten Tag|Hallo|Liebe\w*|Dear|Hello)\b", re.I)


def _line_above_salutation(text: str) -> str | None:
    """DIN 5008 puts the subject, unlabelled, on the last line before the salutation."""
    lines = text.splitlines()[:60]
    for i, line in enumerate(lines):
        if _SALUTATION.match(line):
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
    letter = _letter_date(text, find_dates(text)) if text.strip() else None
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
        deadlines=_deadlines(scope, find_dates(scope, ref=ref), ref, state),
        subject=_subject(document, full),
        amounts=find_amounts(full),
        ibans=find_ibans(full),
        references=_references(text or full),
    )


def _attachments_proper(pages: list) -> list:
    """Each attachment's own letter pages, annexes dropped."""
    by_origin: dict[str | None, list] = {}
    for p in pages:
        by_origin.setdefault(p.origin, []).append(p)
    return [p for group in by_origin.values() for p in letter_proper(group)]
