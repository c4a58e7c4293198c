"""Dates and deadlines written the many ways real letters write them, with the exact truth kept.

A deadline is a date by which the recipient is asked to act (pay, answer, object, submit, sign,
cancel). Relative deadlines ("innerhalb von 14 Tagen") count from the letter date, which is how
the label resolves them. Other dates in a letter (service periods, "Ihr Schreiben vom") are
distractors and never labelled.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_DE_SHORT = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                   "Nov.", "Dez."]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
NUM_DE = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}
WEEKS_DE = {14: "zwei Wochen", 21: "drei Wochen", 28: "vier Wochen"}
NUM_EN = {7: "seven", 10: "ten", 14: "fourteen", 21: "twenty-one", 30: "thirty"}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def write_date(d: date, lang: str, rng: random.Random) -> str:
    """One date as a letter might print it."""
    if lang == "de":
        forms = [f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}",
                 f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{d.day}.{d.month}.{d.year}",
                 f"{d.day}. {MONTHS_DE_SHORT[d.month - 1]} {d.year}", f"{d:%Y-%m-%d}"]
        forms += [f"{d.day:02d}. {MONTHS_DE[d.month - 1]} {d.year}", f"{d.day}.{d.month:02d}.{d.year}",
                  f"{d.day}. {MONTHS_DE[d.month - 1][:3]} {d.year}", f"{d:%d-%m-%Y}"]
        return rng.choices(forms, [30, 30, 8, 10, 8, 4, 8, 6, 6, 3])[0]
    forms = [f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}", f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
             f"{_ordinal(d.day)} {MONTHS_EN[d.month - 1]} {d.year}", f"{d:%Y-%m-%d}",
             f"{MONTHS_EN[d.month - 1][:3]} {d.day}, {d.year}"]
    weights = [30, 25, 12, 8, 10]
    if d.day > 12:  # dd/mm/yyyy only where it cannot be read as mm/dd
        forms.append(f"{d:%d/%m/%Y}")
        weights.append(10)
    return rng.choices(forms, weights)[0]


def dateline(d: date, lang: str, city: str, rng: random.Random) -> str:
    """The date as it stands at the top of a letter: 'Berlin, 20. November 2026' and kin."""
    text = write_date(d, lang, rng)
    if lang == "de":
        return rng.choice([f"{city}, {text}", f"{city}, den {text}", text, f"Datum: {text}",
                           f"{city}, {DAYS_DE[d.weekday()]}, {d.day}. {MONTHS_DE[d.month - 1]} {d.year}"])
    return rng.choice([text, f"{city}, {text}", f"Date: {text}"])


class Deadlines:
    """Writes deadline phrases for one letter and remembers the dates they mean."""

    def __init__(self, letter_date: date, lang: str, rng: random.Random):
        self.letter_date, self.lang, self.rng = letter_date, lang, rng
        self.dates: list[date] = []

    def _keep(self, d: date) -> date:
        if d not in self.dates:
            self.dates.append(d)
        return d

    def absolute(self, days: int, lead: str | None = None) -> str:
        """'bis zum 04.12.2026' style; `lead` overrides the words before the date."""
        d = self._keep(self.letter_date + timedelta(days=days))
        text = write_date(d, self.lang, self.rng)
        if lead is not None:
            return f"{lead} {text}".strip()
        if self.lang == "de":
            return self.rng.choice([f"bis zum {text}", f"spätestens am {text}", f"bis spätestens {text}",
                                    f"bis {text}", f"bis einschließlich {text}", f"bis spätestens zum {text}",
                                    f"nicht später als am {text}", f"bis zum Stichtag {text}",
                                    f"mit Frist zum {text}"])
        return self.rng.choice([f"by {text}", f"no later than {text}", f"on or before {text}",
                                f"before {text}", f"by no later than {text}", f"by the due date of {text}"])

    def relative(self, days: int) -> str:
        """'innerhalb von 14 Tagen' style, resolved against the letter date."""
        self._keep(self.letter_date + timedelta(days=days))
        r = self.rng
        if self.lang == "de":
            forms = [f"innerhalb von {days} Tagen", f"binnen {days} Tagen",
                     f"innerhalb von {days} Tagen ab Datum dieses Schreibens",
                     f"innerhalb einer Frist von {days} Tagen", f"in den nächsten {days} Tagen",
                     f"binnen einer Frist von {days} Kalendertagen ab Briefdatum"]
            if days in NUM_DE:
                forms.append(f"innerhalb von {NUM_DE[days]} Tagen")
            if days in WEEKS_DE:
                forms += [f"innerhalb von {WEEKS_DE[days]}", f"binnen {WEEKS_DE[days]}"]
            return r.choice(forms)
        forms = [f"within {days} days", f"within {days} days of the date of this letter",
                 f"within {days} calendar days", f"in the next {days} days"]
        if days in NUM_EN:
            forms.append(f"within {NUM_EN[days]} ({days}) days")
        if days % 7 == 0:
            forms.append(f"within {days // 7} weeks")
        return r.choice(forms)

    def any(self, days: int) -> str:
        return self.relative(days) if self.rng.random() < 0.3 else self.absolute(days)

    def mention(self, days: int) -> str:
        """A date that is not a deadline (a period, an earlier letter): a distractor."""
        return write_date(self.letter_date + timedelta(days=days), self.lang, self.rng)
