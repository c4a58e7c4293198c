"""The letter's own date: from its label, the town line, the info-block column or its place at the top.

Received stamps ("EINGANG 23. NOV. 2026"), fax headers and what people write on a letter after it
came ("erl. 3.12.", "Wv. 15.01.") carry dates of their own; none of them is the letter date.
"""

from __future__ import annotations

import re
import statistics
from datetime import date

from ..model import Page
from .address import SALUTATION
from .dates import DateMention, clean_digits, find_dates
from .deadlines import DEADLINE_REACH, DEADLINE_WORDS

# "Dated" labels a date only at the start of its line; "invoice INV-1 dated December 15" is prose.
_DATE_LABEL = re.compile(r"(?:\bDatum|\bDaum|\bDatun|\bDate(?!d)|^\s*Dated|Briefdatum|Ausstellungsdatum|Rechnungsdatum|Invoice date"
                         r"|Bescheiddatum)\s*(?:[:.|]\s*){0,2}(?:[A-ZÄÖÜ][\w.-]+(?: [\w.-]+)?,\s*(?:den\s+)?)?[|]?\s*$", re.I)
# "Due date:", "Delivery date:" end in the label's word, and name another date than the letter's.
_OTHER_DATE = re.compile(r"\b(?:Due|Delivery|Start|End|Expiry|Expiration|Payment|Renewal|Effective|Collection|"
                         r"Service|Event|Birth|Closing|Pick-?up|Travel|Arrival|Departure)\s*-?\s*Date\W*$", re.I)
_CAPS_MONTH = re.compile(r"\b(?:JAN|FEB|MÄR|MAR|APR|MAI|MAY|JUN|JUL|AUG|SEP|OKT|OCT|NOV|DEZ|DEC)\b\.?\s+\d{4}")
_STAMP_AFTER = re.compile(r"\s*,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\b(?!\.\d)|\s*\S*\s*(?:FAX|Fax)\b")
# OCR reads a stamp's ink badly: "EINGANC", "E1NGANG", "Eingegangen am", "ERHALTEN", "Date received".
# A stamp's ink may lose a letter or add a speck: "Eingegangei", "SING. 22.06.26", "RECEIVED i".
_STAMP_BEFORE = re.compile(r"(?:E[I1l]NG(?:AN[GC6]|EGANGEN)?\.?(?:\s+am)?|Eingang|[Ee]?ingegang\w{0,3}(?:\s+am)?|"
                           r"Received(?:\s+on)?|(?<![\w-])SING\.|"
                           r"Date received|Posteingang|Erhalten(?:\s+am)?|Zugestellt(?:\s+am)?|Gepr(?:ü|u|ue)ft|"
                           r"Bearbeitet|Gesehen|FAX|Fax)(?:\s[a-z|!]\b)?\W{0,3}\s*$", re.I)
# What people write on a letter after it came, with a date of their own: "erl. 3.12.", "Wv. 15.01.",
# "bez. 22.02.26 MK", "an StB 4.12.26", "Kopie Buchh. 11.07." — never the letter date.
_NOTE_BEFORE = re.compile(r"(?:\berl\.|\berledigt|\bWv\.?|Wiedervorlage|\bbez\.|\bbezahlt(?: am)?|\bgez\.|"
                          r"\ban StB|\bKopie\b[\w. ]{0,12}|\bgebucht(?: am)?|z\.\s?d\.\s?A\.?)\W{0,3}\s*$", re.I)
# Punctuation OCR puts around a stamped date ("- 26.09.2026", "| 04. 05. 26").
_STAMP_NOISE = " -–—.:;|'\"‚„“”‘’»«()[]{}"
# "Berlin, 20.11.2026", "Hamburg – 22. Januar 2026", ": Hamburg - 24. Februar 2026" (OCR noise before)
_TOWN_DATE = re.compile(r"^[\s:;.'‘|]*(?:[a-z]{1,2}\s)?[A-ZÄÖÜ][\w .()/-]{1,40}?(?:,|\s[-–—])\s*[:;.]?\s*(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|"
                        r"Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?(?:den[\s-]+|the\s+)?$")
_NOT_LETTER_DATE = re.compile(r"(?:\bvom|\bvon|\bseit|geb\.|geboren|Geburtsdatum|Zeitraum|Leistungs\w*|period"
                              r"|\bab|\bbis|\bzum|\bdated|Frist\w*|f(?:ä|a|ae)llig\w*|\bby|Lieferdatum|Eingang\w*|"
                              r"Ihr Schreiben|Ihre Nachricht|Your (?:letter|message|e-?mail)(?: of| dated)?"
                              r"|Your \w{4,7} (?:of|dated)"         # OCR: "Your lener of 13 February 2026"
                              r"|\d\.?\s*[-–—]"                       # the end of a range "01.08.2026 - 31.08.2026"
                              r"|(?:19|20)\d\d\s+(?:to|until|till))\W*$", re.I)   # "... 1 June 2026 to" / "30 June 2026."


def letter_date(text: str, mentions: list[DateMention]) -> DateMention | None:
    """The date the letter was written, from its label, the town line, or its place near the top."""
    lines_top = text[: _top_offset(text, 40)]
    # A row of bare labels ("Policy Date") heads the info block only above the salutation; below it,
    # "Beleg  Datum  Betrag" heads a table of the letter's items.
    greeting = SALUTATION.search(text)
    labels_end = greeting.start() if greeting else len(lines_top)
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
        # A date alone with its month in capitals is a stamp's ("14. JUL 2026", "08 APR 2026").
        stamped = bare and bool(_CAPS_MONTH.search(text[dm.start:dm.end]))
        if stamped or _STAMP_AFTER.match(after) or _STAMP_BEFORE.search(before) or _NOTE_BEFORE.search(before) or \
                (bare and _STAMP_BEFORE.search(prev_line)):
            continue                                    # fax header, received stamp or a note, not the letter's date
        # The top 40 lines, salutation or not: OCR reads an info-block column after the body's first lines.
        in_head = dm.start < len(lines_top)
        # A date alone on its line continues the line above: "... bis zum\n14. September 2026."
        continues = bool(DEADLINE_WORDS.search(prev_line) or _NOT_LETTER_DATE.search(prev_line))
        header = _header_label(prev_line, bare=line_start <= labels_end)
        # An info-block column read after the body ("Unser Zeichen: 110179 / Kundennummer: 46343 /
        # 16.11.2026"): a date alone below its labels, wherever OCR put the column.
        # So is a sidebar's "Date" / "" / "2026-06-17": its label alone, blank lines between (a column
        # of labels over a column of values has several dates under one "Datum": the latest wins).
        in_column = in_head or (header is None and (_LABEL_WORDS.search(prev_line) is not None
                                                    or _DATE_LABEL.fullmatch(prev_line.strip()) is not None))
        # Stamp noise may stand before a date under its label ("| 26. November 2026").
        if (_DATE_LABEL.search(before) and not _OTHER_DATE.search(before)) or \
                (bare and header is None and _DATE_LABEL.search(line_above)):
            rank = 0
        elif header is not None and _column_of(dm, line_start, line, mentions, header):
            rank = 0                                    # "Ihr Schreiben vom  Unser Zeichen  Datum" over its row
        elif _TOWN_DATE.match(before) and not DEADLINE_WORDS.search(before) \
                and not _NOT_LETTER_DATE.search(before[-30:]):   # not "bis Samstag, den", "Zeitraum 01.08. -"
            rank = 1
        elif in_column and bare and dm.has_year and not after.strip(" |.,;") and not continues:
            rank = 2
        elif in_head and dm.has_year and header is None \
                and not _NOT_LETTER_DATE.search(before[-30:]) and not DEADLINE_WORDS.search(before[-DEADLINE_REACH:]):
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


# "thr Schreiben": OCR's reading of "Ihr".
_LABEL_WORDS = re.compile(r"[Ilt1]hr(?:e)? (?:Schreiben|Zeichen|Nachricht)|Unser Zeichen|Ansprechpartner|Kunden-?n|"
                          r"Customer (?:no|number|ID)\b|Aktenzeichen|Gesch(?:ä|a|ae)ftszeichen|Kassenzeichen|"
                          r"Steuernummer|"
                          r"Rechnungs-?n|Your (?:letter|ref)|Our ref|Contact|Account", re.I)


def _header_label(line: str, bare: bool = True) -> str | None:
    """A row of info-block labels with the date label among them, else None: labels the letter
    names ("Kundennummer", "Unser Zeichen"), or a short row of capitalised words without digits
    ("Policy Date", "Date  Tel.  Email", "Contract  Date  Tel")."""
    if re.search(r"\b(?:Datum|Date)\b", line) is None:
        return None
    words = re.findall(r"[^\W\d_]+", line)
    bare = bare and not re.search(r"\d", line) and 2 <= len(words) <= 8 \
        and all(w[0].isupper() or w.lower() in _LABEL_JOINERS for w in words)
    return line if _LABEL_WORDS.search(line) or bare else None


# Small words inside labels ("Angebot gültig bis", "Invoice no", "Date of issue").
_LABEL_JOINERS = frozenset({"bis", "vom", "von", "gültig", "no", "nr", "of", "valid", "until", "issue"})
# Labels of the dates a header row may hold (OCR: "| eistungscatum"), and those among them that
# name the letter's own date.
_DATE_COLUMN = re.compile(r"\w*[dc]a[tl]um\b|\bDate\b|g(?:ü|u|ue)ltig bis|valid until|Tax point|\w*[Zz]eitraum\b|\bPeriod\b|F(?:ä|a|ae)llig\w*|\bDue\b", re.I)
_OWN_DATE = re.compile(r"(?:Rechnungs|Brief|Ausstellungs|Bescheid)?datum|(?:Invoice |Letter )?Date", re.I)


def _column_of(dm: DateMention, line_start: int, line: str, mentions: list[DateMention], header: str) -> bool:
    """Is this the date on the value row that sits under the letter's date label? With as many
    dates on the row as date labels on the header, by order ("Datum  Leistungsdatum" over
    "08.12.2026  24.11.2026": values are shorter than labels, so places drift); else the closest
    relative position."""
    row = [m for m in mentions if line_start <= m.start < line_start + len(line)]
    if not row:
        return False
    labels = [m.group(0) for m in _DATE_COLUMN.finditer(header)]
    own = [i for i, label in enumerate(labels) if _OWN_DATE.fullmatch(label)]
    if len(row) >= 2 and len(labels) == len(row) and len(own) == 1:
        return row[own[0]] is dm
    found = re.search(r"\b(?:Datum|Date)\b", header)
    place = found.start() / max(len(header), 1)
    width = max(len(line), 1)
    best = min(row, key=lambda m: abs((m.start - line_start) / width - place))
    return best is dm


def _top_offset(text: str, n_lines: int) -> int:
    pos = 0
    for _ in range(n_lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos



# A handwritten date or a stamp is set apart from the typed letter: a short line (a note, a stamp's
# date) much taller or smaller than the page's lines, or all of whose words the OCR is unsure of.
# Word boxes vary with skew, descenders and commas, so a line's height is its words' median and only
# short lines count: a typed dateline or sentence is never marked by one odd word.
_TALL, _SMALL, _UNSURE, _SHORT = 1.5, 0.55, 45.0, 5


def marked_dates(pages: list[Page]) -> set[date]:
    """Dates written on the first page in a hand or a stamp's ink, by their lines' size and confidence.

    A date that also stands in a typed line is not marked (a stamp may repeat the letter date)."""
    page = next((p for p in pages if p.method == "ocr" and p.words), None)
    if page is None:
        return set()
    lines: dict[tuple[int, int], list] = {}
    for w in page.words:
        lines.setdefault((w.block, w.line), []).append(w)
    heights = [statistics.median(w.h for w in ws) for ws in lines.values()
               if sum(any(c.isalpha() for c in w.text) for w in ws) >= 2]
    if len(heights) < 8:
        return set()
    typical = statistics.median(heights)
    sure = statistics.median(w.conf for w in page.words)
    marked: set[date] = set()
    typed: set[date] = set()
    for words in lines.values():
        text = " ".join(w.text for w in words)
        mentions = find_dates(clean_digits(text))
        if not mentions:
            continue
        lead = text[:mentions[0].start]             # "Datum:", "Berlin, den": a typed dateline
        unsure = len(words) >= 2 and sure >= 75 and all(w.conf < _UNSURE for w in words)
        # A row of two dates (an info block's "Datum  Leistungsdatum" values) is typed, whatever
        # its boxes' heights say: a hand or a stamp writes one.
        odd_line = len(words) <= _SHORT and len(mentions) == 1 and not _DATE_LABEL.search(lead) \
            and not _TOWN_DATE.match(lead) \
            and (_odd(words, typical) or unsure)
        for m in mentions:
            # The date's own words must be odd too: OCR joins a typed date to a tall name beside it on
            # one line ("29.07.2026 Dr. Anke Meyer-Lorenz"), or a note to a typed date ("erl. 1.10. 24.09.2026").
            own = _words_in(words, m.start, m.end) or words
            (marked if odd_line and (unsure or _odd(own, typical)) else typed).add(m.value)
    return marked - typed


def _odd(words: list, typical: float) -> bool:
    height = statistics.median(w.h for w in words) / typical
    return height > _TALL or height < _SMALL


def _words_in(words: list, start: int, end: int) -> list:
    """The words of a line (joined by single spaces) that overlap the characters start:end."""
    out, pos = [], 0
    for w in words:
        if pos < end and pos + len(w.text) > start:
            out.append(w)
        pos += len(w.text) + 1
    return out
