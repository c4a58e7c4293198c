"""Dates as printed on German and English letters, OCR noise included.

Finds every date mention with its position (so context decides what it means: letter date,
deadline, invoice period, birthday) in the forms 20.11.2026, 20.11.26, 20. November 2026,
20. Nov. 2026, 2026-11-20, November 20, 2026, 20 November 2026, 20th Nov 2026, 20/11/2026, and
day-month without a year ("bis zum 4. Dezember", "bis 04.12.") when a reference year is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..months import MONTHS as BASE_MONTHS

MONTHS = dict(BASE_MONTHS)
# OCR reads "m" as "rn" ("Dezernber") and loses umlauts: accept those spellings too.
MONTHS.update({k.replace("m", "rn"): v for k, v in list(MONTHS.items()) if "m" in k})
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<d>[0-3]?\d)"
_Y4 = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")),
    # year first with dots, as some systems print it: "2026.04.13"
    ("ymd-dot", re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.(?P<m>[01]\d)\.(?P<d>[0-3]\d)(?![\d]|\.\d)")),
    # "am.02.10.2026" (a dot glued on before) and "18.11.202 6" (a space inside the year) are OCR too
    ("dmy", re.compile(rf"(?<!\d)(?<!\d\.){_D}\s?[.]\s?(?P<m>[01]?\d)\s?[.]\s?"
                       r"(?P<y>(?:19|20)\d(?: \d(?!\d)|\d)|\d\d)(?![\d])")),
    ("slash", re.compile(rf"(?<![\d/]){_D}/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)?\d\d)(?![\d/])")),
    # OCR drops the second dot: "08.12 2026", "08.12 26" (two-digit year only at a phrase end)
    ("dm-y", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\s"
                        r"(?P<y>(?:19|20)\d\d|\d\d(?=\s*(?:$|[.,;)])))(?!\d)(?![.,]\d)",
                        re.M)),
    # OCR turns the first dot into a colon or comma: "12:1.2026"
    ("dmy-ocr", re.compile(r"(?<![\d.:,])(?P<d>[0-3]?\d)\s?[:,]\s?(?P<m>[01]?\d)\s?\.\s?(?P<y>(?:19|20)\d\d)(?!\d)")),
    # ... or the second dot into a colon: "08.09:26", "10.4:2026", or a comma before a whole year: "10.04,2026"
    ("dmy-ocr2", re.compile(r"(?<![\d.:,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\s?(?::\s?(?P<y>(?:19|20)\d\d|\d\d)|,(?P<y4>(?:19|20)\d\d))(?![\d:,])")),
    ("dash", re.compile(rf"(?<![\d-]){_D}-(?P<m>[01]?\d)-{_Y4}(?!\d)")),
    # OCR reads a dot as a colon ("3: September 2026", "11: Juli: 2026") or adds one ("November 6,. 2026")
    # ... or a semicolon and a quote: "13; “April 2026"
    # ... and British forms join all three with hyphens: "18-May-2026"
    ("dmony", re.compile(rf"(?<!\d){_D}(?:[.,:;]{{1,2}}|st|nd|rd|th)?\s*[“\"‚„]?(?:of\s+)?{_MONTH}:?\s*,?\s*{_Y4}(?!\d)", re.I)),
    ("d-mon-y", re.compile(rf"(?<![\d-]){_D}-{_MONTH}-{_Y4}(?!\d)", re.I)),
    ("monyd", re.compile(rf"\b{_MONTH}\s+{_D}(?:st|nd|rd|th)?\s*[,.]{{0,2}}\s*{_Y4}(?!\d)", re.I)),
]
# Without a year: only meaningful next to a deadline word, resolved against the letter date.
_NO_YEAR = [
    ("dm", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.(?!\s?\d)")),
    ("dmon", re.compile(rf"(?<!\d){_D}(?:\.|st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?!\s*,?\s*\d)", re.I)),
    ("mond", re.compile(rf"\b{_MONTH}\s+{_D}(?:st|nd|rd|th)?(?!\s*,?\s*\d)(?!\d)", re.I)),
]
# Digits that OCR read as letters, only between other digits/dots: "2O.11.2O26" -> "20.11.2026".
_OCR_DIGIT = re.compile(r"(?<=[\d.])[Oo](?=[\d.])|(?<=\d)[Il|](?=[\d.])|(?<=[\d.])[Il|](?=\d)"
                        r"|(?<![A-Za-z])[Oo](?=\d[.,]\s?\d)")


@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int
    text: str
    has_year: bool = True


def clean_digits(text: str) -> str:
    """Same length as the input so positions stay valid."""
    def fix(m: re.Match) -> str:
        return "0" if m.group(0) in "Oo" else "1"
    return _OCR_DIGIT.sub(fix, text)


def _plausible_year(y: int) -> int:
    """'26' -> 2026; OCR's '2086' for '2026' (the decade digit misread) back into this century's range."""
    if y < 100:
        return y + 2000
    if y > 2040:
        for digit in "210":
            fixed = int(f"{str(y)[:2]}{digit}{str(y)[3]}")
            if 2000 <= fixed <= 2040:
                return fixed
    return y


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month(m: re.Match) -> int:
    if "mon" in m.groupdict() and m.group("mon"):
        return MONTHS[m.group("mon").lower().rstrip(".")]
    return int(m.group("m"))


def find_dates(text: str, ref: date | None = None) -> list[DateMention]:
    """Every date in the text, in reading order; day-month without year only when `ref` is given."""
    text = clean_digits(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            y = _plausible_year(int((m.group("y") or m.group("y4")).replace(" ", "")))
            d, mo = int(m.group("d")), _month(m)
            if kind == "slash" and mo > 12 >= d:     # US order: 11/20/2026
                d, mo = mo, d
            value = _make(y, mo, d)
            if value:
                found.append(DateMention(value, m.start(), m.end(), m.group(0)))
                taken.append((m.start(), m.end()))
    if ref is not None:
        for _, rx in _NO_YEAR:
            for m in rx.finditer(text):
                if not free(m.start(), m.end()):
                    continue
                d, mo = int(m.group("d")), _month(m)
                value = _make(ref.year, mo, d)
                if value and value < ref and (ref - value).days > 60:
                    value = _make(ref.year + 1, mo, d)     # "bis 15.01." in a December letter
                if value:
                    found.append(DateMention(value, m.start(), m.end(), m.group(0), has_year=False))
                    taken.append((m.start(), m.end()))
    found.sort(key=lambda dm: dm.start)
    return found
