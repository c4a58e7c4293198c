"""Date arithmetic the evaluation-set generators share (waves 7-10): holiday calendars, working days,
periods as §§ 187, 188, 193 BGB count them, and the written forms of a date.

A period set by a letter runs from an event day that is not counted (§ 187 (1)); days run on, weeks
and months end on the day with the same name or number (§ 188 (2)), a month without that number on
its last day (§ 188 (3)); a last day on a Saturday, Sunday or public holiday moves to the next working
day (§ 193). Which holidays count is each wave's choice: waves 7-9 take Berlin's (every client
receives its mail at the Berlin office), wave 10 the national ones (clients.yaml names no Bundesland,
and then so does mailsort). The waves' own modules keep their names for these and their own
vocabulary of date styles; the wording of the letters stays in each wave.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Container
from datetime import date, timedelta

import holidays

YEARS = range(2025, 2029)
BERLIN = holidays.country_holidays("DE", subdiv="BE", years=YEARS)
NATIONAL = holidays.country_holidays("DE", years=YEARS)

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")
MONTHS_DE_ABBR = ("Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
DAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_working_day(d: date, free: Container[date]) -> bool:
    """Monday to Friday and not in the holiday calendar `free`."""
    return d.weekday() < 5 and d not in free


def next_working_day(d: date, free: Container[date]) -> date:
    """d itself when it is a working day, else the next one (§ 193 BGB)."""
    while not is_working_day(d, free):
        d += timedelta(days=1)
    return d


def add_months(d: date, n: int) -> date:
    """§ 188 (2), (3) BGB: the day of the later month with the same number, else that month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def raw_period_end(start: date, n: int, unit: str) -> date:
    """The last day of n days, weeks or months from the event day `start`, before § 193 moves it."""
    if unit == "days":
        return start + timedelta(days=n)
    if unit == "weeks":
        return start + timedelta(weeks=n)
    if unit == "months":
        return add_months(start, n)
    raise ValueError(f"unknown unit {unit!r}")


def period_end(start: date, n: int, unit: str, free: Container[date]) -> date:
    """The last day of a period from the event day `start` (§§ 187 (1), 188, 193 BGB)."""
    return next_working_day(raw_period_end(start, n, unit), free)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# Written forms of a date, named by their shape; each wave maps its own style names onto these.
FORMS: dict[str, Callable[[date], str]] = {
    "dd.mm.yyyy": lambda d: f"{d:%d.%m.%Y}",
    "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
    "dd.mm.yy": lambda d: f"{d:%d.%m.%y}",
    "d. Monat yyyy": lambda d: f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
    "dd. Monat yyyy": lambda d: f"{d:%d}. {MONTHS_DE[d.month - 1]} {d.year}",
    "d. Mon. yyyy": lambda d: f"{d.day}. {MONTHS_DE_ABBR[d.month - 1]} {d.year}",
    "Wochentag, d. Monat yyyy": lambda d: f"{DAYS_DE[d.weekday()]}, {d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
    "yyyy-mm-dd": lambda d: d.isoformat(),
    "d Month yyyy": lambda d: f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    "Month d, yyyy": lambda d: f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
    "dth Month yyyy": lambda d: f"{_ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}",
    "Weekday, d Month yyyy": lambda d: f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1]} {d.year}",
    "dd/mm/yyyy": lambda d: f"{d:%d/%m/%Y}",
    "dd-Mon-yyyy": lambda d: f"{d.day:02d}-{MONTHS_EN[d.month - 1][:3]}-{d.year}",
}


def formatter(styles: dict[str, str]) -> Callable[[date, str], str]:
    """fmt(d, style) for a wave whose style names map onto FORMS; an unknown style is a ValueError."""
    def fmt(d: date, style: str) -> str:
        if style not in styles:
            raise ValueError(style)
        return FORMS[styles[style]](d)
    return fmt
