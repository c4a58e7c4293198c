"""One wave-8 letter as words: what the writers fill in and the sheet lays out, with the labels
(deadlines, distractor dates) recorded as the words are chosen."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort_lab.wave8 import dates
from mailsort_lab.wave8.senders import Sender

NUM_DE = {1: "eines", 2: "zwei", 3: "drei", 4: "vier", 6: "sechs"}
NUM_EN = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six"}


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
    bstyle: str = "dot"
    subject: str = ""
    salutation: str = ""
    info: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)      # header row, item rows, then total rows
    closing: str = ""
    signature: list[str] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    enclosures: list[tuple[str, list[str]]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    template: str = ""
    relative: bool = False
    shifted: bool = False

    def __post_init__(self):
        self.bstyle = dates.body_style(self.rng, self.lang)
        self.currency = self.rng.choice(("{} €", "{} EUR", "EUR {}")) if self.lang == "de" else self.rng.choice(("EUR {}", "€{}"))

    @property
    def date_text(self) -> str:
        return dates.fmt(self.day, self.date_style)

    def d(self, x: date) -> str:
        return dates.fmt(x, self.bstyle)

    def until(self, lo: int, hi: int) -> str:
        """A printed deadline lo..hi days after the letter, on a working day; labelled."""
        x = dates.later_working_day(self.day, self.rng, lo, hi)
        self.deadlines.append(x)
        return self.d(x)

    def within(self, kinds: tuple[str, ...] = ("letter",)) -> str:
        """A period running from the letter's own date, in words; labelled with its §§ 187/188/193 end."""
        rng, de = self.rng, self.lang == "de"
        n, unit = rng.choice(((7, "days"), (10, "days"), (14, "days"), (14, "days"), (21, "days"), (30, "days"),
                              (2, "weeks"), (3, "weeks"), (1, "months"), (1, "months")))
        kind = rng.choice(kinds)
        if unit == "days":
            amount = f"{n} Tagen" if de else f"{n} days"
        elif unit == "weeks":
            amount = f"{NUM_DE[n]} Wochen" if de else f"{NUM_EN[n]} weeks"
        else:
            amount = f"{NUM_DE[n]} Monats" if de else f"{NUM_EN[n]} month"
        lead = rng.choice(("innerhalb von", "binnen")) if de else "within"
        if de and unit == "months":
            lead = rng.choice(("innerhalb", "binnen"))
        if kind == "invoice":
            anchor = rng.choice(("ab Rechnungsdatum", "nach Rechnungsdatum")) if de else rng.choice(("of the invoice date", "from the invoice date"))
        elif kind == "printed":
            anchor = f"nach dem {self.d(self.day)}" if de else f"of {self.d(self.day)}"
        else:
            anchor = rng.choice(("ab Datum dieses Schreibens", "nach dem Datum dieses Schreibens", "ab dem Briefdatum")) if de \
                else rng.choice(("of the date of this letter", "from the date of this letter"))
        raw = dates.plus_months(self.day, n) if unit == "months" else \
            self.day + timedelta(days=n * (7 if unit == "weeks" else 1))
        end = dates.period_end(self.day, n, unit)
        self.deadlines.append(end)
        self.relative = True
        self.shifted |= end != raw
        return f"{lead} {amount} {anchor}"

    def earlier(self, lo: int, hi: int) -> str:
        self.tags.append("distractor-past-date")
        return self.d(dates.earlier(self.day, self.rng, lo, hi))

    def event(self, lo: int, hi: int, tag: str) -> str:
        """A date after the letter that is no deadline: an event, an offer's end, a contract's end."""
        self.tags.append(f"distractor-{tag}")
        return self.d(dates.later_working_day(self.day, self.rng, lo, hi))

    def ref(self, prefix: str) -> str:
        return f"{prefix}{self.rng.randint(10000, 999999)}"

    def money(self, value: float) -> str:
        s = f"{value:,.2f}"
        if self.lang == "de":
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return self.currency.format(s)

    def words(self) -> str:
        parts = [*self.block, self.subject, self.salutation, *self.paragraphs, self.closing, *self.signature,
                 *(f"{k} {v}" for k, v in self.info), *(" ".join(r) for r in self.table)]
        parts += [p for _, ps in self.enclosures for p in ps]
        return "\n".join(parts)
