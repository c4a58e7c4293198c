"""Wave 11's dates: the national holiday calendar (clients.yaml names no Bundesland), §§ 187, 188,
193 BGB periods and the written forms of a date, all from the shared labdates."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mailsort_lab import labdates
from mailsort_lab.labdates import FORMS, add_months, raw_period_end  # noqa: F401 (re-exported)

FREE = labdates.NATIONAL

# wave 11's names for the written forms of a date
STYLES = {
    "dot": "dd.mm.yyyy", "dot-short": "d.m.yyyy", "dot-yy": "dd.mm.yy", "long": "d. Monat yyyy",
    "long0": "dd. Monat yyyy", "abbr": "d. Mon. yyyy", "weekday": "Wochentag, d. Monat yyyy", "iso": "yyyy-mm-dd",
    "uk": "d Month yyyy", "us": "Month d, yyyy", "ord": "dth Month yyyy", "uk-weekday": "Weekday, d Month yyyy",
    "slash": "dd/mm/yyyy", "dmy-abbr": "dd-Mon-yyyy",
}
fmt = labdates.formatter(STYLES)
DE_LETTER = ("dot", "dot", "dot", "long", "long", "long0", "abbr", "dot-short", "weekday", "iso")
DE_BODY = ("dot", "dot", "long", "dot-short")
EN_LETTER = ("uk", "uk", "us", "us", "ord", "uk-weekday", "dmy-abbr", "slash", "iso")
EN_BODY = {"uk": "uk", "us": "us", "ord": "uk", "uk-weekday": "uk", "dmy-abbr": "uk", "slash": "slash", "iso": "uk"}


def is_working_day(d: date) -> bool:
    return labdates.is_working_day(d, FREE)


def next_working_day(d: date) -> date:
    return labdates.next_working_day(d, FREE)


def period_end(start: date, n: int, unit: str) -> date:
    return labdates.period_end(start, n, unit, FREE)


def all_forms(d: date) -> set[str]:
    return {f(d) for f in FORMS.values()}


def letter_day(rng: random.Random) -> date:
    """A working day between January 2026 and June 2027 (letters are written on working days)."""
    d = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 540))
    return next_working_day(d)


def printed(day: date, rng: random.Random, lo: int, hi: int) -> date:
    """A date a letter names as its deadline: lo..hi days after the letter, on a working day."""
    return next_working_day(day + timedelta(days=rng.randint(lo, hi)))


def before(day: date, rng: random.Random, lo: int, hi: int) -> date:
    """An earlier working day (an invoice date, 'Ihr Schreiben vom')."""
    d = day - timedelta(days=rng.randint(lo, hi))
    while not is_working_day(d):
        d -= timedelta(days=1)
    return d


def body_style(lang: str, letter_style: str, rng: random.Random) -> str:
    if lang == "de":
        return rng.choice(DE_BODY)
    return EN_BODY[letter_style]
