"""Dates as wave-6 letters write them, and the deadline arithmetic of §§ 187-193 BGB.

Every date a letter states is recorded here as a deadline or as a distractor, so the labels
come from the same objects that wrote the words (a label can't drift from the text)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import holidays

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
STAMP_MONTHS = ["JAN", "FEB", "MRZ", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"]
ZAHL = {1: "einer", 2: "zwei", 3: "drei", 4: "vier", 6: "sechs"}
NUMBER = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six"}
_BERLIN = holidays.country_holidays("DE", subdiv="BE", years=range(2025, 2029))


def working_day(d: date) -> date:
    """§ 193 BGB: a period ending on a Saturday, Sunday or Berlin holiday ends on the next working day."""
    while d.weekday() >= 5 or d in _BERLIN:
        d += timedelta(days=1)
    return d


def plus_months(d: date, n: int) -> date:
    """§ 188 (2), (3) BGB: the same day n months on, or the month's last day when it has none."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    raise AssertionError(d)


def written(d: date, lang: str, rng: random.Random) -> str:
    """One of the ways a letter writes a date (numeric, month in words, ISO)."""
    if lang == "de":
        return rng.choice([f"{d:%d.%m.%Y}", f"{d:%d.%m.%Y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}",
                           f"{d.day:02d}. {MONATE[d.month - 1]} {d.year}"])
    return rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                       f"{d:%d/%m/%Y}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"])


def all_ways(d: date) -> list[str]:
    """Every spelling `written` may use (the tests look for one of them in the text)."""
    return [f"{d:%d.%m.%Y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}", f"{d.day:02d}. {MONATE[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d:%d/%m/%Y}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"]


def dateline(d: date, town: str, lang: str, rng: random.Random) -> str:
    if lang == "de":
        return rng.choice([f"{town}, {written(d, lang, rng)}", f"{town}, den {d:%d.%m.%Y}", f"Datum: {d:%d.%m.%Y}",
                           written(d, lang, rng)])
    return rng.choice([f"{town}, {written(d, lang, rng)}", f"Date: {written(d, lang, rng)}", written(d, lang, rng)])


class Dates:
    """The dates one letter states: deadlines (labelled) and distractors (never labelled)."""

    def __init__(self, day: date, lang: str, rng: random.Random):
        self.day, self.lang, self.rng = day, lang, rng
        self.deadlines: list[date] = []
        self.distractors: list[date] = []
        self.relative = False

    def w(self, d: date) -> str:
        return written(d, self.lang, self.rng)

    def absolute(self, lo: int = 10, hi: int = 30) -> str:
        """A stated day to act by; firms name working days, so the label is the day written."""
        d = working_day(self.day + timedelta(days=self.rng.randint(lo, hi)))
        if self.deadlines:                       # a second deadline comes after the first
            d = working_day(max(self.deadlines) + timedelta(days=self.rng.randint(7, 21)))
        self.deadlines.append(d)
        return self.w(d)

    def period(self) -> str:
        """A period counted from the letter ('ab Zugang' is labelled from the letter date too);
        § 187 (1): the starting day does not count, § 193 moves a weekend/holiday end."""
        rng, de = self.rng, self.lang == "de"
        kind = rng.choice(["days", "days", "weeks", "month"])
        if kind == "days":
            n = rng.choice([7, 10, 14, 14, 21, 30])
            end = self.day + timedelta(days=n)
            text = (rng.choice([f"innerhalb von {n} Tagen", f"binnen {n} Tagen ab Zugang dieses Schreibens",
                                f"innerhalb von {n} Tagen nach Erhalt dieses Schreibens"]) if de else
                    rng.choice([f"within {n} days", f"within {n} days of the date of this letter"]))
        elif kind == "weeks":
            n = rng.choice([1, 2, 2, 3, 4, 6])
            end = self.day + timedelta(days=7 * n)
            word = ZAHL[n] if n > 1 else "einer"
            text = (rng.choice([f"binnen {word} Wochen ab Zugang" if n > 1 else "binnen einer Woche ab Zugang",
                                f"innerhalb von {word} Wochen" if n > 1 else "innerhalb einer Woche"]) if de else
                    (f"within {NUMBER[n]} weeks" if n > 1 else "within one week"))
        else:
            n = rng.choice([1, 1, 2])
            end = plus_months(self.day, n)
            text = (("innerhalb eines Monats" if n == 1 else "innerhalb von zwei Monaten") if de else
                    ("within one month" if n == 1 else "within two months"))
        self.deadlines.append(working_day(end))
        self.relative = True
        return text

    def due(self) -> str:
        """Half stated days ('bis zum ...'), half periods."""
        if self.rng.random() < 0.55:
            return ("bis zum " if self.lang == "de" else "by ") + self.absolute()
        return self.period()

    def past(self, lo: int = 5, hi: int = 60) -> str:
        """An earlier date: 'Ihr Schreiben vom', a booking or an order day."""
        d = self.day - timedelta(days=self.rng.randint(lo, hi))
        self.distractors.append(d)
        return self.w(d)

    def span(self) -> str:
        """A service period: the month before the letter, from first to last day."""
        last = self.day.replace(day=1) - timedelta(days=1)
        first = last.replace(day=1)
        self.distractors += [first, last]
        return f"{first:%d.%m.%Y} – {last:%d.%m.%Y}" if self.lang == "de" else f"{first:%d/%m/%Y} – {last:%d/%m/%Y}"

    def later(self) -> str:
        """A future day that asks nothing of the reader (an appointment offer, a start of cover)."""
        d = self.day + timedelta(days=self.rng.randint(20, 90))
        self.distractors.append(d)
        return self.w(d)
