"""Calendar of wave 9: Berlin working days, §§ 187 (1), 188, 193 BGB periods, date spellings."""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

import holidays

BERLIN = holidays.country_holidays("DE", subdiv="BE", years=range(2025, 2029))
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
STYLES = {"de": ("dot", "dot", "long", "short", "iso", "dot2"), "en": ("en-long", "en-long", "en-us", "iso", "en-ord")}


def is_working(d: date) -> bool:
    return d.weekday() < 5 and d not in BERLIN


def working_day(d: date) -> date:
    """§ 193 BGB: a last day on a Saturday, Sunday or (Berlin) public holiday moves to the next working day."""
    while not is_working(d):
        d += timedelta(days=1)
    return d


def plus_months(d: date, n: int) -> date:
    """§ 188 (2), (3) BGB: the day with the same number, or the month's last day when it has none."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def period_end(start: date, n: int, unit: str) -> date:
    """A period running from the event day `start` (§ 187 (1): not counted)."""
    if unit == "days":
        end = start + timedelta(days=n)
    elif unit == "weeks":
        end = start + timedelta(weeks=n)
    else:
        end = plus_months(start, n)
    return working_day(end)


def letter_day(rng: random.Random) -> date:
    d = date(2026, 1, 5) + timedelta(days=rng.randint(0, 350))
    return working_day(d)


def ahead(rng: random.Random, day: date, lo: int, hi: int) -> date:
    """A working day lo..hi days after day (a printed deadline)."""
    return working_day(day + timedelta(days=rng.randint(lo, hi)))


def fmt(d: date, style: str) -> str:
    if style == "dot":
        return f"{d:%d.%m.%Y}"
    if style == "dot2":
        return f"{d:%d.%m.%y}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "long":
        return f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en-long":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    if style == "en-us":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "en-ord":
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{d.day}{suf} {MONTHS_EN[d.month - 1]} {d.year}"
    raise ValueError(style)


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in {*STYLES["de"], *STYLES["en"]}}
