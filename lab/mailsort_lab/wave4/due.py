"""Deadline phrases of wave-4 letters and the dates they mean.

A stated date is written as a business day. A relative deadline ("innerhalb von 14 Tagen nach
Zugang") counts from the letter date and, ending on a weekend or a national public holiday, moves to
the next business day (§ 193 BGB) — the label is the day a careful clerk would note.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import holidays

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS_DE = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}
WEEKS_DE = {1: "einer Woche", 2: "zwei Wochen", 3: "drei Wochen", 4: "vier Wochen"}
WEEKS_EN = {1: "one week", 2: "two weeks", 3: "three weeks", 4: "four weeks"}


def business_day(d: date) -> date:
    off = holidays.Germany(years=range(d.year, d.year + 2))
    while d.weekday() >= 5 or d in off:
        d += timedelta(days=1)
    return d


def write_de(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d:%d.%m.%Y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}", f"{d:%d.%m.%y}",
                       f"{d.day}.{d.month}.{d.year}"])


def write_en(d: date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}"])


class Due:
    def __init__(self, letter: date, lang: str, rng: random.Random):
        self.letter, self.lang, self.rng = letter, lang, rng
        self.dates: list[date] = []

    def on(self, lo: int = 10, hi: int = 40) -> str:
        """A stated day: 'bis zum 14.01.2027'."""
        d = business_day(self.letter + timedelta(days=self.rng.randint(lo, hi)))
        self.dates.append(d)
        if self.lang == "en":
            return self.rng.choice(["by ", "no later than ", "on or before "]) + write_en(d, self.rng)
        return self.rng.choice(["bis zum ", "spätestens am ", "bis spätestens ", "bis "]) + write_de(d, self.rng)

    def within(self) -> str:
        """A period: 'innerhalb von 14 Tagen nach Zugang dieses Schreibens'."""
        rng = self.rng
        if self.lang == "en":
            if rng.random() < 0.5:
                n = rng.choice([14, 21, 30])
                text = f"within {n} days of the date of this letter"
            else:
                w = rng.choice([2, 3, 4])
                n, text = 7 * w, f"within {WEEKS_EN[w]} of the date of this letter"
        else:
            r = rng.random()
            if r < 0.45:
                n = rng.choice([7, 10, 14, 21, 30])
                num = WORDS_DE[n] if rng.random() < 0.3 else str(n)
                text = (f"innerhalb von {num} Tagen nach "
                        + rng.choice(["Zugang dieses Schreibens", "Erhalt dieses Schreibens", "Zugang", "Erhalt"]))
            elif r < 0.8:
                w = rng.choice([1, 2, 3, 4])
                n = 7 * w
                text = rng.choice([f"binnen {WEEKS_DE[w]}", f"innerhalb von {WEEKS_DE[w]}"]) + \
                    rng.choice(["", " nach Zugang", " ab Datum dieses Schreibens"])
            else:
                n = rng.choice([14, 30])
                text = f"binnen {n} Tagen ab Zugang"
        self.dates.append(business_day(self.letter + timedelta(days=n)))
        return text

    def day(self, lo: int, hi: int) -> str:
        """A future day that is no deadline (an appointment, an audit start)."""
        d = business_day(self.letter + timedelta(days=self.rng.randint(lo, hi)))
        return write_en(d, self.rng) if self.lang == "en" else write_de(d, self.rng)

    def period(self) -> str:
        """A past service period: 'd1 bis d2'."""
        a = self.letter - timedelta(days=self.rng.randint(40, 70))
        b = a + timedelta(days=self.rng.randint(10, 30))
        if self.lang == "en":
            return f"{write_en(a, self.rng)} to {write_en(b, self.rng)}"
        return f"{write_de(a, self.rng)} bis {write_de(b, self.rng)}"

    def past(self) -> str:
        """A date that is not a deadline: an earlier letter, a service period."""
        d = self.letter - timedelta(days=self.rng.randint(8, 70))
        return write_en(d, self.rng) if self.lang == "en" else write_de(d, self.rng)
