"""Deadlines a letter sets: dates after a deadline phrase, and periods counted from the letter date.

A deadline follows a deadline phrase ("zahlbar bis", "spätestens am", "by", "no later than") or
precedes one ("am 01.12.2026 fällig"); "innerhalb von 14 Tagen", "Zahlungsziel: 14 Tage netto",
"net 30 days" count from the letter date (or the date the sentence names: "nach dem 13.04.2026"),
never from today. Periods ("vom 01.10. bis 31.10."),
birthdays, rights and offers are not deadlines; appeal periods are.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import MONTHS, DateMention
from .workdays import add_workdays, next_business_day

# Umlauts may be lost by OCR ("spatestens", "fallig").
_STRONG_DEADLINE = (r"sp(?:ä|a|ae)testens|zahlbar|f(?:ä|a|ae)llig|F(?:ä|a|ae)lligkeit(?:sdatum)?|Zahlungsziel|"
                    r"Zahlungstermin|\w*frist|"
                    r"Einspruchsfrist|Abgabefrist|einzureichen|zu entrichten|zu zahlen|zu begleichen|"
                    r"due(?:\s+date)?|payable|deadline")
DEADLINE_WORDS = re.compile(
    r"(?:(?:bis\.?\s+(?:zum|sp(?:ä|a|ae)testens|zu[mr]|einschlie(?:ß|ss|b)lich|einschl\.)?|sp(?:ä|a|ae)testens(?:\s+(?:am|bis|zum))?|"
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
# How long something lasts is no deadline: "Die bisherige Karte ist bis 17.10.2026 gültig", "Aktion
# gültig bis 27. Juni 2026", "valid until", "Frühbucherpreis bis 19. Juli".
_VALID_BEFORE = re.compile(r"(?:g(?:ü|u|ue)ltig|gilt|valid|good|runs|läuft|lasts|continues)\s+(?:bis|until|through|thru|till)"
                           r"\W*(?:zum\s+|the\s+)?$"
                           # the insurance year's anniversary, on which a premium changes: "zur Hauptfälligkeit am"
                           r"|Hauptf(?:ä|a|ae)lligkeit\W*(?:am|zum)?\s*$"
                           r"|(?:Frühbucher\w*|early[- ]bird\w*|Aktionspreis|Angebotspreis|Sonderpreis)\b[^.\n]{0,30}$", re.I)
_VALID_AFTER = re.compile(r"\W{0,3}(?:g(?:ü|u|ue)ltig|valid)\b", re.I)
# What the sender collects itself is no date for the client to act by: "Ihr nächster Abschlag ist
# am 22.04.26 fällig und wird ebenfalls abgebucht", "we will collect it by direct debit on". A
# returned debit (Rücklastschrift) is the opposite: the client must pay.
_DEBITED = re.compile(r"abgebucht|eingezogen|abbuchen|einziehen|\bbuchen\b[^.\n]{0,60}\bab\b|"
                      r"(?<![Rr]ück)(?<![Rr]ueck)Lastschrift|direct\s+debit|(?:will|shall)\s+be\s+(?:debited|collected)|"
                      r"we\s+will\s+(?:debit|collect)", re.I)
# A donation asked for by a date is a wish, not a duty: "Mit einer Spende bis 25.03.2026 helfen Sie".
_DONATION = re.compile(r"Spende|spenden|donat(?:e|ion)", re.I)
# A date this close after a deadline phrase belongs to it; further away it is just a date.
DEADLINE_REACH = 45
_PERIOD_START = re.compile(r"(?:\bvom|\bvon|\bab|Zeitraum|Leistungszeitraum|period|from|between)\W*$", re.I)
_NUMBER_WORDS = {
    "einem": 1, "einer": 1, "eines": 1, "ein": 1, "eine": 1, "one": 1, "a": 1, "zwei": 2, "two": 2,
    "drei": 3, "three": 3, "vier": 4, "four": 4, "fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7,
    "seven": 7, "acht": 8, "eight": 8, "zehn": 10, "ten": 10, "vierzehn": 14, "fourteen": 14,
    "einundzwanzig": 21, "dreißig": 30, "thirty": 30, "zwanzig": 20, "twenty": 20, "twenty-one": 21,
    "twenty one": 21, "achtundzwanzig": 28, "sixty": 60, "sechzig": 60, "neunzig": 90, "ninety": 90,
    "elf": 11, "eleven": 11, "zwölf": 12, "twelve": 12, "fünfzehn": 15, "fifteen": 15, "zwanzig": 20,
    "fünfundvierzig": 45, "forty-five": 45, "vierzig": 40, "forty": 40, "sieben": 7, "neun": 9, "nine": 9,
}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?:\s*\(\d{1,3}\))?"
_UNIT = (r"(?P<unit>(?:Kalender|Werk|Arbeits)?tag(?:e|en)?|days?|calendar days|working days|business days|"
         r"(?:W|\\V|VV)ochen?|weeks?|Monat(?:e|en|s)?|months?)")     # OCR: "zwei \Vochen"
_RELATIVE = re.compile(
    # OCR noise may sit between the words: "innerhalb. von drei", "innerhalb von\n‘, einundzwanzig"
    r"(?:innerhalb|binnen|within|in)[.’',]?\s+(?:von[\s‚‘',.]+|der\s+nächsten\s+|den\s+nächsten\s+|the\s+next\s+)?"
    r"(?:einer\s+Frist[\s-]+von\s+|a\s+period\s+of\s+)?"
    + _NUMBER + r"\s+" + _UNIT
    # Payment terms name the period without "within": "Zahlungsziel: 14 Tage netto", "zahlbar 14 Tage
    # nach Rechnungsdatum", "spätestens 14 Tage nach Erhalt", "eine Frist von 10 Tagen", "net 30 days".
    + r"|(?<![\w-])(?:Zahlungsziel|Zahlungsfrist|Zahlungsbedingungen?|zahlbar|Frist|sp(?:ä|a|ae)testens|payment terms?|"
    r"terms|payable|due|net)\W{0,3}(?:(?:von|of|in|innerhalb|binnen|rein|netto|net|ist|sind)\s+){0,2}"
    + _NUMBER.replace("?P<n>", "?P<n2>") + r"\s*" + _UNIT.replace("?P<unit>", "?P<unit2>")
    # "spätestens 3 Werktage vor dem Termin": counted back from a day the letter does not date
    + r"(?!\w|\s+(?:vor|before|prior))"
    # "eine 14-tägige Frist", "a 30-day deadline"; "14 Tage netto", "30 days net"
    + r"|" + _NUMBER.replace("?P<n>", "?P<n3>") + r"\s*-?\s*(?P<unit3>tägige[nr]?\s+(?:Zahlungs)?[Ff]rist|day\s+"
    r"(?:deadline|period|term))|(?P<n4>\d{1,3})\s+(?P<unit4>Tage|days)\s+(?:rein\s+)?net(?:to)?\b", re.I)
# "net 30": the unit left out.
_NET = re.compile(r"\bnet\s+(?P<n>\d{1,3})\b(?!\s*(?:%|EUR|€|[.,]\d))", re.I)


# "innerhalb von 10 Tagen nach dem 13. Apr. 2026", "binnen 14 Tagen ab dem 9. August": counted
# from the date the letter names, not from its own date.
_FROM_DATE = re.compile(r"\w*\s*(?:nach|ab|seit|after|from|following)\s+(?:dem|the)?\s*$", re.I)


def _anchor_date(text: str, mentions: list[DateMention], end: int) -> date | None:
    dm = next((d for d in mentions if end <= d.start <= end + 20), None)
    return dm.value if dm and _FROM_DATE.match(text[end:dm.start]) else None


def _is_period_end(text: str, mentions: list[DateMention], i: int) -> bool:
    """'vom 01.10.2026 bis 31.10.2026': the second date closes a period, it is no deadline."""
    if i == 0:
        return False
    prev = mentions[i - 1]
    between = text[prev.end: mentions[i].start]
    if not re.fullmatch(r"\s*(?:bis|-|–|to|until|bis zum)\s*", between, re.I):
        return False
    return bool(_PERIOD_START.search(text[max(0, prev.start - 25): prev.start])) or between.strip() in "-–"


def find_deadlines(text: str, mentions: list[DateMention], ref: date | None, state: str | None = None) -> list[date]:
    """Dates after a deadline phrase, plus relative periods counted from `ref` (the letter date).

    A period ending on a weekend or public holiday (of `state`, else national) ends on the next
    business day (§ 193 BGB). "nach Zugang" is counted from the letter date too: the receipt date is
    not known for sure, and the earliest possible end is the safe one to note."""
    out: set[date] = set()
    for i, dm in enumerate(mentions):
        if ref and dm.value <= ref:                     # the letter date itself, or already past
            continue
        before = text[max(0, dm.start - DEADLINE_REACH): dm.start]
        # A deadline phrase does not cross paragraphs, except onto a date alone at the start of the
        # next one: OCR puts a blank line in "spätestens am\n\n30.07.2026 kündigen".
        paragraphs = before.split("\n\n")
        before = paragraphs[-1] if paragraphs[-1].strip() or len(paragraphs) < 2 else paragraphs[-2]
        if not (DEADLINE_WORDS.search(before) or _ACTION_DATE.search(before) or _DUE_AFTER.match(text, dm.end)
                or _under_due_header(text, dm.start)) or _is_period_end(text, mentions, i):
            continue
        if re.search(r"(?:geb\.|geboren|Geburtsdatum|born)\W*$", before, re.I) or _PERIOD_WORDS.search(before):
            continue
        if re.search(r"(?:\bab|\bfrom|\bstarting)\s*$", before, re.I):
            continue                                    # "für die Versicherungsperiode ab 01.07. fällig": a start
        if _VALID_BEFORE.search(before) or _VALID_AFTER.match(text, dm.end):
            continue                                    # an offer's validity binds the sender, not the client
        said = sentence(text, dm.start, dm.end)
        # "Aktionscode ... gültig bis": an offer; a debit the sender takes; a donation asked for
        if _PROMO.search(said) or _DEBITED.search(said) or _DONATION.search(said):
            continue
        out.add(dm.value)
    if ref:
        for m in _RELATIVE.finditer(text):
            if not _asks_recipient(text, m.start(), m.end()):
                continue
            key = next(k for k in ("", "2", "3", "4") if m.group("n" + k))
            start = _anchor_date(text, mentions, m.end()) or ref
            out.add(period_end(start, _count(m.group("n" + key)), m.group("unit" + key), state))
        for m in _NET.finditer(text):
            if not any(m.start() >= r.start() and m.end() <= r.end() for r in _RELATIVE.finditer(text)) and \
                    _asks_recipient(text, m.start(), m.end()):
                out.add(period_end(ref, int(m.group("n")), "days", state))
        for m in _MONTH_END.finditer(text):
            month = MONTHS.get(m.group("mon").lower().rstrip("."))
            if month is None or not _asks_recipient(text, m.start(), m.end()):
                continue
            year = int(m.group("y")) if m.group("y") else ref.year + (1 if month < ref.month else 0)
            end_of_month = _add_months(date(year, month, 1), 1) - timedelta(days=1)
            if end_of_month > ref:
                out.add(end_of_month)
    return sorted(out)


# The deadline word after its date: "die erste Rate ist am 01.12.2026 fällig", "der am 4.12. fällige Betrag".
_DUE_AFTER = re.compile(r"\s*,?\s*(?:zur\s+Zahlung\s+)?(?:f(?:ä|a|ae)llig|zu\s+(?:zahlen|begleichen|überweisen|entrichten)|"
                        r"einzureichen|einzusenden|vorzulegen|zurückzusenden|is\s+due|are\s+due)", re.I)
# A table of instalments or tasks under a header naming the due date ("Fälligkeit", "fällig am", "due").
_DUE_HEADER = re.compile(r"F(?:ä|a|ae)llig|Zahlungstermin|Frist|Termin|due|deadline", re.I)


def _under_due_header(text: str, start: int) -> bool:
    """A date in a table row whose header names the due date; rows above it hold dates too."""
    lines = text[:start].split("\n")
    for line in reversed(lines[:-1][-8:]):
        if not line.strip():
            continue
        if re.search(r"\d{1,2}\.\s?\d{1,2}\.|\d{4}-\d\d-\d\d", line):
            continue                                    # another row of the same table
        return bool(_DUE_HEADER.search(line)) and len(line) < 90 and not re.search(r"[.!?]\s*$", line)
    return False


def _count(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]


def period_end(ref: date, n: int, unit: str, state: str | None = None) -> date:
    """The last day of a period of n units counted from `ref`; a weekend or holiday moves it on (§ 193 BGB)."""
    unit = unit.lower().replace("\\v", "w").replace("vv", "w")
    if unit.startswith(("woche", "week")):
        return next_business_day(ref + timedelta(weeks=n), state)
    if unit.startswith(("monat", "month")):
        return next_business_day(_add_months(ref, n), state)
    if unit.startswith(("werk", "arbeit", "working", "business")):
        return add_workdays(ref, n, state)
    return next_business_day(ref + timedelta(days=n), state)


# "bis Ende November", "bis zum Monatsende Dezember 2026", "by the end of November"
_MONTH_END = re.compile(r"(?:bis\s+(?:zum\s+)?(?:Ende|Monatsende)(?:\s+des)?|by\s+the\s+end\s+of)\s+"
                        r"(?P<mon>[A-Za-zäÄ]+)\.?(?:\s+(?P<y>(?:19|20)\d\d))?", re.I)


# Periods that are not a deadline to act on: appeal instructions, optional rights, cash-discount
# windows, and what the sender promises to do itself.
_NOT_ASKED = re.compile(r"\w*recht\b|right to|Gewährleistung|warranty", re.I)
_TERMINATE = re.compile(r"k(?:ü|u|ue)ndig|terminat|cancel", re.I)
_FROM_RECEIPT = re.compile(r"Zugang|Erhalt|Bekanntgabe|Zustellung|receipt|notification", re.I)
_DISCOUNT = re.compile(r"Skonto|discount|Rabatt", re.I)
_IF_PAID = re.compile(r"\b(?:bei\s+Zahlung|if\s+paid|for\s+payment)\s*$", re.I)
_WE_ACT = re.compile(r"\b(?:wir|we)\b.*\b(?:antworten|bemühen|melden uns|bearbeiten|prüfen|respond|reply|"
                     r"get back|process|review)|\b(?:bemühen uns|(?<!Ihre )Antwort binnen|we aim)", re.I)


def sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start), text.rfind("\n\n", 0, start), text.rfind(".\n", 0, start))
    b_candidates = [i for i in (text.find(". ", end), text.find(".\n", end), text.find("\n\n", end)) if i >= 0]
    b = min(b_candidates) if b_candidates else len(text)
    return text[a + 1: b]


def _asks_recipient(text: str, start: int, end: int) -> bool:
    said = sentence(text, start, end)
    # "2 % Skonto bei Zahlung innerhalb von 8 Tagen, 30 Tage netto": the net term is the deadline.
    net = re.search(r"\bnet(?:to)?\b", text[start:end], re.I)
    # A right to terminate within a period from a day the letter names is a date to act by
    # ("Sonderkündigungsrecht ... innerhalb von 14 Tagen nach dem Datum dieses Schreibens"); other
    # rights (warranty, withdrawal) and periods from receipt are not asked of the reader.
    if (_NOT_ASKED.search(said) and not (_TERMINATE.search(said) and not _FROM_RECEIPT.search(said))) or (not net and _DISCOUNT.search(text[max(0, start - 40): start])) or \
            _DISCOUNT.search(text[end: end + 30]) or \
            (_IF_PAID.search(text[max(0, start - 20): start]) and _DISCOUNT.search(said)):
        # "innerhalb von 8 Tagen abzüglich 2 % Skonto"; "Bei Zahlung innerhalb von 8 Tagen ab
        # Rechnungsdatum gewähren wir 2 % Skonto" (the condition of a discount, not a term)
        return False
    # An appeal period ("Einspruch ... innerhalb eines Monats nach Bekanntgabe", "Einwendungen ...
    # binnen sechs Wochen nach Zugang") is a deadline: missing it costs the client the appeal. It is
    # counted from the letter date like every period from receipt (waves 10 and 11 label it so; the
    # earlier sets left most of them out).
    return not _WE_ACT.search(said)



def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return d

