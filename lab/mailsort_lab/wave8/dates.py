"""Calendar of wave 8: Berlin working days, periods as §§ 187, 188, 193 BGB count them, and the
ways letters print a date."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

import holidays

BERLIN = holidays.country_holidays("DE", subdiv="BE", years=range(2025, 2029))
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
DAYS_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
STYLES = {"de": ("dot", "dot", "dot", "long", "long", "short-year", "weekday", "iso", "nopad"),
          "en": ("en-long", "en-long", "en-us", "en-ord", "en-weekday", "iso", "dot", "uk-slash")}


def is_working(d: date) -> bool:
    return d.weekday() < 5 and d not in BERLIN


def working_day(d: date) -> date:
    """§ 193 BGB: a period ending on a Saturday, Sunday or public holiday ends on the next working day."""
    while not is_working(d):
        d += timedelta(days=1)
    return d


def plus_months(d: date, n: int) -> date:
    """§ 188 (2), (3) BGB: the day of the later month with the same number, else that month's last day."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_end(start: date, n: int, unit: str) -> date:
    """The last day of a period that runs from the event day `start` (§ 187 (1): not counted)."""
    if unit == "days":
        end = start + timedelta(days=n)
    elif unit == "weeks":
        end = start + timedelta(weeks=n)
    else:
        end = plus_months(start, n)
    return working_day(end)


def letter_day(rng: random.Random) -> date:
    """A working day from January to mid-November 2026."""
    return working_day(date(2026, 1, 5) + timedelta(days=rng.randint(0, 312)))


def later_working_day(d: date, rng: random.Random, lo: int, hi: int) -> date:
    return working_day(d + timedelta(days=rng.randint(lo, hi)))


def earlier(d: date, rng: random.Random, lo: int, hi: int) -> date:
    return d - timedelta(days=rng.randint(lo, hi))


def fmt(d: date, style: str) -> str:
    if style == "dot":
        return f"{d:%d.%m.%Y}"
    if style == "short-year":
        return f"{d:%d.%m.%y}"
    if style == "nopad":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    if style == "weekday":
        return f"{DAYS_DE[d.weekday()]}, {d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en-long":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en-us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en-ord":
        suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suffix} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en-weekday":
        return f"{DAYS_EN[d.weekday()]}, {d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "uk-slash":
        return f"{d:%d/%m/%Y}"
    raise ValueError(style)


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in {*STYLES["de"], *STYLES["en"]}}


def date_style(rng: random.Random, lang: str, d: date) -> str:
    style = rng.choice(STYLES[lang])
    return "en-long" if style == "uk-slash" and d.day <= 12 else style   # 03/04 reads both ways


def body_style(rng: random.Random, lang: str) -> str:
    """Dates inside the text: mostly numeric in German, spelled out in English."""
    return rng.choice(("dot", "dot", "long")) if lang == "de" else rng.choice(("en-long", "en-long", "en-us"))
