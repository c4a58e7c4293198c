"""One wave-7 letter as words and labels, and the helpers its templates write with: every date a
template prints goes through here, so the labels (date, deadlines) are what the text says."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort_lab.wave7 import days
from mailsort_lab.wave7.senders import Sender

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Doc:
    lang: str
    category: str
    sender: Sender
    day: date
    date_style: str
    block: list[str]
    person: str | None
    rng: random.Random
    template: str = ""
    subject: str = ""
    info: list[tuple[str, str]] = field(default_factory=list)
    salutation: str = ""
    paragraphs: list[str] = field(default_factory=list)
    closing: str = ""
    signature: list[str] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    relative: bool = False
    shifted: bool = False
    distractors: list[date] = field(default_factory=list)
    enclosures: list[tuple[str, list[str]]] = field(default_factory=list)
    stamp: str | None = None

    @property
    def date_text(self) -> str:
        return days.fmt(self.day, self.date_style)

    def words(self) -> str:
        parts = [self.subject, *(f"{k} {v}" for k, v in self.info), self.salutation, *self.paragraphs,
                 *(t + " " + " ".join(p) for t, p in self.enclosures)]
        return "\n".join(parts)

    # --- dates, each registered as what it is -------------------------------------------------
    def _fmt(self, d: date, weekday: bool = False) -> str:
        style = self.rng.choice(days.DUE_STYLES[self.lang])
        text = days.fmt(d, style)
        if weekday and self.rng.random() < 0.3:
            text = (WEEKDAYS if self.lang == "de" else WEEKDAYS_EN)[d.weekday()] + ", " + text
        return text

    def due(self, lo: int, hi: int) -> str:
        """An explicit deadline lo..hi days after the letter, written out."""
        d = days.due_date(self.rng, self.day, lo, hi)
        self.deadlines.append(d)
        return self._fmt(d, weekday=True)

    def within(self, allowed: tuple[int, ...]) -> str:
        """A relative period (indices into days.PERIODS) and its computed last day."""
        de, en, amount, unit = days.PERIODS[self.rng.choice(allowed)]
        self.deadlines.append(days.period_end(self.day, amount, unit))
        self.relative = True
        return de if self.lang == "de" else en

    def deadline(self, lo: int, hi: int, allowed: tuple[int, ...] = (0, 3, 6), relative: float = 0.35) -> tuple[str, bool]:
        """Either form; returns (phrase, is_relative). An explicit phrase reads 'bis <date>'."""
        if self.rng.random() < relative:
            return self.within(allowed), True
        return self.due(lo, hi), False

    def fixed(self, d: date) -> str:
        """A due day set by law or contract (the 15th, the 1st): printed as is, labelled as § 193
        BGB (§ 108 (3) AO) moves it off a weekend or holiday."""
        self.deadlines.append(days.working_day(d))
        if days.working_day(d) != d:
            self.shifted = True
        return days.fmt(d, self.rng.choice(days.DUE_STYLES[self.lang]))

    def past(self, lo: int, hi: int, style: str | None = None) -> str:
        """A date before the letter (an earlier letter, an invoice reminded, a delivery)."""
        d = self.day - timedelta(days=self.rng.randint(lo, hi))
        self.distractors.append(d)
        return days.fmt(d, style or self.rng.choice(days.DUE_STYLES[self.lang]))

    def later(self, lo: int, hi: int, style: str | None = None) -> str:
        """A date after the letter that asks nothing of the reader (a debit, an event, a start)."""
        d = self.day + timedelta(days=self.rng.randint(lo, hi))
        self.distractors.append(d)
        return days.fmt(d, style or self.rng.choice(days.DUE_STYLES[self.lang]))

    def month_start(self, ahead: int) -> str:
        d = days.plus_months(self.day.replace(day=1), ahead)
        self.distractors.append(d)
        return days.fmt(d, "dot" if self.lang == "de" else "en-uk")

    def quarter_end(self) -> str:
        """The last day of the quarter before the letter (an account closing)."""
        end = date(self.day.year, (self.day.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1)
        self.distractors.append(end)
        return days.fmt(end, "dot" if self.lang == "de" else "en-uk")

    def period(self) -> str:
        """A service or billing period: the previous month, written from-to."""
        end = self.day.replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
        self.distractors += [start, end]
        if self.lang == "de":
            return f"{start:%d.%m.%Y} – {end:%d.%m.%Y}" if self.rng.random() < 0.7 else f"{days.MONATE[end.month - 1]} {end.year}"
        return f"{days.fmt(start, 'en-uk')} – {days.fmt(end, 'en-uk')}"


def money(rng: random.Random, lang: str, lo: float, hi: float) -> str:
    v = round(rng.uniform(lo, hi), 2)
    if lang == "de":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice((f"{s} EUR", f"{s} €", f"EUR {s}"))
    return rng.choice((f"EUR {v:,.2f}", f"€{v:,.2f}", f"{v:,.2f} EUR"))


def ref(rng: random.Random, pattern: str) -> str:
    """'RE-####-??': # a digit, ? a capital letter, Y the year 2026."""
    out = []
    for ch in pattern:
        out.append(str(rng.randint(0, 9)) if ch == "#" else chr(rng.randint(65, 90)) if ch == "?" else ch)
    return "".join(out)


def quarter_day(day: date, lead: int) -> date:
    """The next of 15 Feb/May/Aug/Nov at least `lead` days after `day`."""
    for y in (day.year, day.year + 1):
        for m in (2, 5, 8, 11):
            if date(y, m, 15) >= day + timedelta(days=lead):
                return date(y, m, 15)
    raise AssertionError(day)


def first_of_month(day: date, lead: int) -> date:
    """The first of the month at least `lead` days after `day`."""
    d = (day + timedelta(days=lead)).replace(day=1)
    return d if d >= day + timedelta(days=lead) else days.plus_months(d, 1)
