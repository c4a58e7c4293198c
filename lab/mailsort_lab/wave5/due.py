"""Dates as wave-5 letters write them, and deadlines with the day the law makes of them.

A period counts from the letter date, or from the start the letter states, without that day
(§ 187 BGB); months end on the same day number, or the month's last day (§ 188); an end on a
Saturday, Sunday or public holiday in Berlin, where every tenant sits, moves to the next working
day (§ 193). A stated day is always written as a working day, so its label is the day itself.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from functools import lru_cache

import holidays

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ZAHL = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 28: "achtundzwanzig"}
MONATS = {1: "eines Monats", 2: "von zwei Monaten"}
WOCHEN = {1: "einer Woche", 2: "zwei Wochen", 3: "drei Wochen", 4: "vier Wochen", 6: "sechs Wochen"}
WEEKS = {1: "one week", 2: "two weeks", 3: "three weeks", 4: "four weeks"}


@lru_cache(maxsize=8)
def _off(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("DE", subdiv="BE", years=[year, year + 1])


def working_day(d: date) -> date:
    """§ 193 BGB: the next day that is no Saturday, Sunday or public holiday."""
    while d.weekday() >= 5 or d in _off(d.year):
        d += timedelta(days=1)
    return d


def plus_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def de(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d:%d.%m.%Y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}", f"{d:%d.%m.%Y}",
                       f"{d.day:02d}. {MONATE[d.month - 1][:3]}. {d.year}" if d.month != 5 else f"{d:%d.%m.%Y}",
                       f"{d:%Y-%m-%d}"])


def en(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                       f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d:%d/%m/%Y}"])


def dateline(d: date, town: str, lang: str, rng: random.Random) -> str:
    """The letter date as the sender's software prints it."""
    if lang == "en":
        return rng.choice([en(d, rng), f"{town}, {en(d, rng)}", f"Date: {en(d, rng)}"])
    return rng.choice([f"{town}, {de(d, rng)}", f"Datum {de(d, rng)}", f"Unser Zeichen / Datum: {de(d, rng)}", de(d, rng)])


class Deadlines:
    """Deadline phrases for one letter; every phrase handed out adds its day to .dates."""

    def __init__(self, day: date, lang: str, rng: random.Random):
        self.day, self.lang, self.rng = day, lang, rng
        self.dates: list[date] = []
        self.relative = False

    def stated(self, lo: int = 9, hi: int = 35) -> str:
        d = working_day(self.day + timedelta(days=self.rng.randint(lo, hi)))
        self.dates.append(d)
        return en(d, self.rng) if self.lang == "en" else de(d, self.rng)

    def period(self) -> str:
        """'innerhalb von 14 Tagen ab Briefdatum', counted from the letter date."""
        rng, self.relative = self.rng, True
        if self.lang == "en":
            n = rng.choice([7, 10, 14, 21, 28])
            if n % 7 == 0 and rng.random() < 0.5:
                text = f"within {WEEKS[n // 7]} of the date of this letter"
            else:
                text = f"within {n} days from the date of this letter"
            self.dates.append(working_day(self.day + timedelta(days=n)))
            return text
        r = rng.random()
        if r < 0.2:
            m = rng.choice([1, 1, 2])
            end = plus_months(self.day, m)
            text = f"innerhalb {MONATS[m]} " + rng.choice(["ab dem Datum dieses Schreibens", "nach Briefdatum"])
        else:
            n = rng.choice([7, 10, 14, 14, 21, 28, 42])
            end = self.day + timedelta(days=n)
            if n % 7 == 0 and rng.random() < 0.5:
                span = WOCHEN[n // 7]
            else:
                span = f"{ZAHL.get(n, str(n)) if rng.random() < 0.3 else n} Tagen"
            text = rng.choice(["innerhalb von ", "binnen ", "in einer Frist von "]) + span + " " + rng.choice(
                ["nach Zugang dieses Schreibens", "ab Briefdatum", "nach Erhalt", "ab heute", "ab Datum dieses Briefes"])
        self.dates.append(working_day(end))
        return text

    def period_from(self) -> str:
        """A period from a start the letter states: '14 Tage nach dem 01.12.2026'."""
        self.relative = True
        start = self.day + timedelta(days=self.rng.randint(3, 20))
        n = self.rng.choice([10, 14, 21])
        self.dates.append(working_day(start + timedelta(days=n)))
        if self.lang == "en":
            return f"within {n} days after {en(start, self.rng)}"
        return self.rng.choice([f"innerhalb von {n} Tagen nach dem {de(start, self.rng)}",
                                f"binnen {n} Tagen ab dem {de(start, self.rng)}"])

    def appeal(self) -> str:
        """'innerhalb eines Monats nach Bekanntgabe' of a tax notice: posted notices count as made known
        on the fourth day after the letter date (§ 122 Abs. 2 AO), moved to a working day; then one
        month (§ 108 AO with §§ 187-193 BGB)."""
        self.relative = True
        known = working_day(self.day + timedelta(days=4))
        self.dates.append(working_day(plus_months(known, 1)))
        return "innerhalb eines Monats nach Bekanntgabe"

    def any(self) -> str:
        return self.period() if self.rng.random() < 0.35 else self.stated()

    def elsewhere(self, lo: int, hi: int) -> str:
        """A future day that is no deadline: an appointment, a debit day, a start of cover."""
        d = working_day(self.day + timedelta(days=self.rng.randint(lo, hi)))
        return en(d, self.rng) if self.lang == "en" else de(d, self.rng)

    def before(self, lo: int = 10, hi: int = 80) -> str:
        d = self.day - timedelta(days=self.rng.randint(lo, hi))
        return en(d, self.rng) if self.lang == "en" else de(d, self.rng)
