"""Dates of wave 7: how letters write them, and when a period ends (§§ 187, 188, 193 BGB).

Berlin's public holidays count, since every client receives its mail at the Berlin office."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

import holidays

BERLIN = holidays.country_holidays("DE", subdiv="BE", years=range(2025, 2029))
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in BERLIN


def working_day(d: date) -> date:
    """§ 193 BGB: a last day on a Saturday, Sunday or public holiday moves to the next working day."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def plus_months(d: date, n: int) -> date:
    """§ 188 (2), (3) BGB: the day of the later month with the same number, else its last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_end(start: date, amount: int, unit: str) -> date:
    """End of a period that begins with the event `start` (§ 187 (1): that day is not counted)."""
    if unit == "days":
        end = start + timedelta(days=amount)
    elif unit == "weeks":
        end = start + timedelta(weeks=amount)
    else:
        end = plus_months(start, amount)
    return working_day(end)


def fmt(d: date, style: str) -> str:
    """One written form of a date."""
    if style == "dot":
        return f"{d:%d.%m.%Y}"
    if style == "dot-short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "de-long":
        return f"{d.day}. {MONATE[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en-us":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "en-uk":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "dot-yy":
        return f"{d:%d.%m.%y}"
    raise ValueError(style)


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
