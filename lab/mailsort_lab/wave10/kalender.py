"""Dates of wave 10: the national German holidays, §§ 187, 188, 193 BGB, and how letters print dates.

A period set by a letter ("innerhalb von 14 Tagen", "within 30 days of the date of this letter",
"binnen eines Monats nach Zugang") counts from the letter date: the day itself is not counted
(§ 187 (1)), days run on, weeks and months end on the day with the same name or number (§ 188 (2));
a month without that day ends on its last day (§ 188 (3)); an end on a Saturday, Sunday or public
holiday moves to the next working day (§ 193). clients.yaml gives no Bundesland, so the holidays are
the national ones.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=None)
def _national(year: int) -> frozenset[date]:
    return frozenset(holidays.Germany(years=year))


def is_holiday(d: date) -> bool:
    return d in _national(d.year)


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and not is_holiday(d)


def next_working_day(d: date) -> date:
    """d itself when it is a working day, else the next one (§ 193 BGB)."""
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def add_months(d: date, n: int) -> date:
    """The same day number n months on, or that month's last day (§ 188 (3) BGB)."""
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def raw_end(start: date, n: int, unit: str) -> date:
    """Where a period of n units from the event on `start` ends, before § 193."""
    if unit == "days":
        return start + timedelta(days=n)
    if unit == "weeks":
        return start + timedelta(weeks=n)
    if unit == "months":
        return add_months(start, n)
    raise ValueError(f"unknown unit {unit!r}")


def period_end(start: date, n: int, unit: str) -> date:
    return next_working_day(raw_end(start, n, unit))


MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_KURZ = ("Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# How a date is printed; the letter date picks one style per letter, the body others.
FORMS = {
    "de-dot": lambda d: f"{d:%d.%m.%Y}",
    "de-dot-short": lambda d: f"{d:%d.%m.%y}",
    "de-dot-bare": lambda d: f"{d.day}.{d.month}.{d.year}",
    "de-long": lambda d: f"{d.day}. {MONATE[d.month - 1]} {d.year}",
    "de-long0": lambda d: f"{d:%d}. {MONATE[d.month - 1]} {d.year}",
    "de-abbr": lambda d: f"{d.day}. {MONATE_KURZ[d.month - 1]} {d.year}",
    "de-weekday": lambda d: f"{WOCHENTAGE[d.weekday()]}, {d.day}. {MONATE[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "en-uk": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "en-us": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "en-ord": lambda d: f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "en-abbr": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "en-slash": lambda d: f"{d:%d/%m/%Y}",
    "en-weekday": lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}",
}
LETTER_STYLES = {
    "de": ("de-dot", "de-dot", "de-dot", "de-long", "de-long", "de-long0", "de-abbr", "de-dot-bare",
           "de-weekday", "iso", "de-dot-short"),
    "en": ("en-uk", "en-uk", "en-us", "en-us", "en-ord", "en-abbr", "en-slash", "iso", "en-weekday"),
}
BODY_STYLES = {"de": ("de-dot", "de-dot", "de-dot", "de-long", "de-dot-bare"),
               "en": ("en-uk", "en-uk", "en-us", "en-ord")}


def fmt(d: date, style: str) -> str:
    return FORMS[style](d)


def all_forms(d: date) -> set[str]:
    return {f(d) for f in FORMS.values()}
