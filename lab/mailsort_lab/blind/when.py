"""Dates and deadlines as real letters print them, with the exact date kept as the truth.

A deadline is a date by which the addressee must act (pay, object, submit, sign, answer). Relative
forms count from the letter date ("Zahlungsziel: 14 Tage netto" = letter date + 14 days; "innerhalb
eines Monats ab Datum dieses Schreibens" = letter date + 1 calendar month), and a period ending on a
Saturday, Sunday or Berlin holiday ends on the next working day (§ 193 BGB; until 2026-12-07 these
labels were plain sums, against the rule mailsort follows and wave 5 labels). Phrases whose date is not
exactly defined ("nach Zugang", "nach Bekanntgabe") are not used. Other dates (service periods,
"Ihr Schreiben vom", booking dates) are distractors and never labelled.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from ..wave5.due import working_day

MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def plus_month(d: date, months: int = 1) -> date:
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def de(d: date, rng: random.Random) -> str:
    """A German date in one of the printed forms."""
    return rng.choice([
        f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%Y}", f"{d:%d.%m.%y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}",
        f"{d:%d.%m.%Y}", f"{d.day:02d}. {MONATE[d.month - 1]} {d.year}",
    ])


def en(d: date, rng: random.Random) -> str:
    forms = [f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {nth(d.day)}, {d.year}",
             f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"]
    return rng.choice(forms)


def any_date(d: date, lang: str, rng: random.Random) -> str:
    return de(d, rng) if lang == "de" else en(d, rng)


def letter_dateline(d: date, lang: str, city: str, rng: random.Random) -> str:
    if lang == "de":
        return rng.choice([f"{city}, {de(d, rng)}", f"{city}, den {de(d, rng)}", de(d, rng),
                           f"{city}, am {d:%d.%m.%Y}", f"{city} – {d.day}. {MONATE[d.month - 1]} {d.year}"])
    return rng.choice([en(d, rng), f"{city}, {en(d, rng)}", f"{d.day} {MONTHS[d.month - 1]} {d.year}"])


class Due:
    """Writes deadline phrases for one letter and keeps the dates they mean."""

    def __init__(self, letter_date: date, lang: str, rng: random.Random):
        self.start, self.lang, self.rng = letter_date, lang, rng
        self.dates: list[date] = []

    def _keep(self, d: date) -> date:
        if d not in self.dates:
            self.dates.append(d)
        return d

    def fixed(self, lo: int = 8, hi: int = 35) -> str:
        """A deadline phrase: mostly an absolute date ('bis zum 4.12.2026', 'by December 4th, 2026'),
        sometimes a period counted from the letter date ('innerhalb von 14 Tagen ab Datum dieses Schreibens')."""
        r = self.rng
        periods = [n for n in (7, 10, 14, 21, 28, 30) if lo <= n <= hi]
        if periods and r.random() < 0.15:
            n = r.choice(periods)
            self._keep(working_day(self.start + timedelta(days=n)))
            if self.lang == "de":
                return r.choice([f"innerhalb von {n} Tagen ab Datum dieses Schreibens",
                                 f"binnen {n} Tagen nach dem Briefdatum"])
            return f"within {n} days of the date of this letter"
        d = self._keep(self.start + timedelta(days=r.randint(lo, hi)))
        if self.lang == "de":
            return r.choice([f"bis zum {d.day}.{d.month}.{d.year}", f"spätestens {d:%d.%m.%y}",
                             f"bis {TAGE[d.weekday()]}, den {d.day}. {MONATE[d.month - 1]} {d.year}",
                             f"bis spätestens {d:%d.%m.%Y}", f"bis zum {d.day}. {MONATE[d.month - 1]} {d.year}",
                             f"spätestens am {d:%d.%m.%Y}"])
        return r.choice([f"by {MONTHS[d.month - 1]} {nth(d.day)}, {d.year}", f"no later than {en(d, r)}",
                         f"by {DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}", f"on or before {en(d, r)}"])

    def bare(self, lo: int = 8, hi: int = 35) -> tuple[str, date]:
        """A date standing alone (for 'fällig am:' rows); the caller writes the label."""
        d = self._keep(self.start + timedelta(days=self.rng.randint(lo, hi)))
        return (f"{d:%d.%m.%Y}" if self.lang == "de" else en(d, self.rng)), d

    def relative(self) -> str:
        """A whole sentence with a period counted from the letter date, resolved into the truth."""
        r = self.rng
        if self.lang == "de":
            n = r.choice([7, 10, 14, 14, 21, 30])
            self._keep(working_day(self.start + timedelta(days=n)))
            return r.choice([f"Zahlungsziel: {n} Tage netto.",
                             f"Bitte überweisen Sie den Betrag innerhalb von {n} Tagen ab Rechnungsdatum.",
                             f"Der Rechnungsbetrag ist zahlbar {n} Tage nach Rechnungsdatum ohne Abzug.",
                             f"Wir bitten um Ausgleich binnen {n} Tagen ab dem Datum dieses Schreibens."])
        n = r.choice([14, 30, 30])
        self._keep(working_day(self.start + timedelta(days=n)))
        return r.choice([f"Payment terms: net {n} days.", f"Payment is due within {n} days.",
                         f"Please pay within {n} days of the invoice date."])

    def month(self) -> str:
        """One calendar month from the letter date (an exact date, so it is labelled)."""
        self._keep(working_day(plus_month(self.start)))
        if self.lang == "de":
            return self.rng.choice(["innerhalb eines Monats ab Datum dieses Schreibens",
                                    "binnen eines Monats ab dem oben genannten Briefdatum"])
        return "within one month of the date of this letter"

    def distractor(self, back_lo: int = 5, back_hi: int = 60) -> str:
        """A past date that is not a deadline (your letter of, service period, booking date)."""
        d = self.start - timedelta(days=self.rng.randint(back_lo, back_hi))
        return any_date(d, self.lang, self.rng)
