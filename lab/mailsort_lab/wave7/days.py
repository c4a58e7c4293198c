"""Dates of wave 7: how letters write them, and when a period ends (§§ 187, 188, 193 BGB).

Berlin's public holidays count, since every client receives its mail at the Berlin office. The
arithmetic and the written forms are the labs' shared ones (labdates); the styles and ranges here
are wave 7's own."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mailsort_lab import labdates
from mailsort_lab.labdates import BERLIN, add_months as plus_months  # noqa: F401 (wave 7's names)
from mailsort_lab.labdates import MONTHS_DE as MONATE, MONTHS_EN as MONTHS  # noqa: F401

STYLE_FORMS = {"dot": "dd.mm.yyyy", "dot-short": "d.m.yyyy", "de-long": "d. Monat yyyy", "iso": "yyyy-mm-dd",
               "en-us": "Month d, yyyy", "en-uk": "d Month yyyy", "dot-yy": "dd.mm.yy"}
fmt = labdates.formatter(STYLE_FORMS)          # one written form of a date


def is_working_day(d: date) -> bool:
    return labdates.is_working_day(d, BERLIN)


def working_day(d: date) -> date:
    """§ 193 BGB: a last day on a Saturday, Sunday or public holiday moves to the next working day."""
    return labdates.next_working_day(d, BERLIN)


def period_end(start: date, amount: int, unit: str) -> date:
    """End of a period that begins with the event `start` (§ 187 (1): that day is not counted)."""
    return labdates.period_end(start, amount, unit, BERLIN)


LETTER_STYLES = {"de": (("dot", 46), ("de-long", 34), ("iso", 12), ("dot-short", 8)),
                 "en": (("en-us", 35), ("en-uk", 45), ("iso", 12), ("dot", 8))}
DUE_STYLES = {"de": ("dot", "dot", "de-long"), "en": ("en-uk", "en-us", "en-uk")}


def letter_style(rng: random.Random, lang: str) -> str:
    styles, weights = zip(*LETTER_STYLES[lang])
    return rng.choices(styles, weights)[0]


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in ("dot", "dot-short", "de-long", "iso", "en-us", "en-uk", "dot-yy")}


def due_date(rng: random.Random, day: date, lo: int, hi: int) -> date:
    """An explicit date a sender names: already a working day, as senders pick them."""
    return working_day(day + timedelta(days=rng.randint(lo, hi)))


def letter_day(rng: random.Random) -> date:
    """Letters are written on working days between January and late November 2026."""
    return working_day(date(2026, 1, 2) + timedelta(days=rng.randint(0, 322)))


# Relative periods as the letters word them: (German words, English words, amount, unit).
PERIODS = (
    ("innerhalb von 14 Tagen ab Datum dieses Schreibens", "within 14 days of the date of this letter", 14, "days"),
    ("binnen 10 Tagen nach dem Datum dieses Schreibens", "within 10 days from the date of this letter", 10, "days"),
    ("innerhalb von 30 Tagen ab Rechnungsdatum", "within 30 days of the invoice date", 30, "days"),
    ("innerhalb von zwei Wochen ab Datum dieses Schreibens", "within two weeks of the date of this letter", 2, "weeks"),
    ("binnen drei Wochen ab dem Datum dieses Briefes", "within three weeks of the date of this letter", 3, "weeks"),
    ("innerhalb eines Monats ab Datum dieses Schreibens", "within one month of the date of this letter", 1, "months"),
    ("innerhalb von 7 Tagen ab Datum dieses Schreibens", "within 7 days of the date of this letter", 7, "days"),
)
