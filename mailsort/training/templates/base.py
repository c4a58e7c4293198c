"""What every wording template gets: a context that prints money, dates, deadlines and references
and records the true values behind them, plus the registry of templates.

A template is a function `(ctx) -> (subject, paragraphs)` registered with its category, language
and the kind of organisation that sends it. Its id (category.lang.name) is the group used to hold
templates out of training, so one function = one way of wording a letter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
NUM_DE = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}
WEEKS_DE = {7: "einer Woche", 14: "zwei Wochen", 21: "drei Wochen", 28: "vier Wochen"}
WEEKS_EN = {7: "one week", 14: "two weeks", 21: "three weeks", 28: "four weeks"}


@dataclass
class Org:
    """A sender: the organisation behind letterhead, return line and footer."""

    name: str
    kind: str
    street: str
    city_line: str
    contact: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    client_id: str | None = None          # set when the sender is itself a client


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(d: date, lang: str, rng: random.Random) -> str:
    """One of the many ways a date is printed; unambiguous for a careful reader."""
    if lang == "de":
        style = rng.choices(range(5), [6, 5, 1, 1, 1])[0]
        return [f"{d:%d.%m.%Y}", f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}", f"{d:%d.%m.%y}",
                f"{d.day}.{d.month}.{d.year}", d.isoformat()][style]
    style = rng.choices(range(5), [5, 4, 2, 2, 1])[0]
    return [f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
            f"{ordinal_en(d.day)} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}", d.isoformat()][style]


def format_money(value: float, lang: str, rng: random.Random, currency: str = "EUR") -> str:
    whole, cents = f"{value:,.2f}".split(".")
    if lang == "de":
        num = f"{whole.replace(',', '.')},{cents}"
        sym = "€" if currency == "EUR" else currency
        return rng.choice([f"{num} {sym}", f"{num} {currency}", f"{currency} {num}"])
    num = f"{whole}.{cents}"
    return rng.choice([f"€{num}", f"EUR {num}", f"{num} EUR"]) if currency == "EUR" \
        else f"{currency} {num}"


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    date: date
    sender: Org
    recipient_name: str                   # the addressee firm as written in the letter
    person: str | None                    # addressed person, if any
    firms: list[str]                      # other company names a body may mention
    deadlines: list[date] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)
    info: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    salutation: str | None = None          # a template may impose one (courts: none)
    closing: str | None = None

    @property
    def de(self) -> bool:
        return self.lang == "de"

    def pick(self, *options):
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def day(self, d: date) -> str:
        return format_date(d, self.lang, self.rng)

    def after(self, lo: int, hi: int) -> date:
        return self.date + timedelta(days=self.rng.randint(lo, hi))

    def before(self, lo: int, hi: int) -> date:
        return self.date - timedelta(days=self.rng.randint(lo, hi))

    def value(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def money(self, lo: float, hi: float | None = None, record: bool = True) -> str:
        """Print an amount (lo alone = exact value) and record it as printed."""
        v = lo if hi is None else self.value(lo, hi)
        text = format_money(v, self.lang, self.rng)
        if record:
            self.amounts.append((v, "EUR"))
        return text

    def deadline(self, lo: int = 7, hi: int = 30, relative: float = 0.35,
                 kind: str = "pay") -> str:
        """A deadline phrase, absolute or relative to the letter date; the true date is recorded.

        kind "pay" reads "zahlbar bis ..."/"payable by ..."; "plain" only "bis zum ..."/"by ...".
        """
        if self.chance(relative):
            days = self.pick(7, 10, 14, 14, 14, 21, 30)
            self.deadlines.append(self.date + timedelta(days=days))
            if self.de:
                n = WEEKS_DE.get(days) if days % 7 == 0 and self.chance(0.4) else None
                span = n or f"{self.pick(str(days), NUM_DE.get(days, str(days)))} Tagen"
                return self.pick(f"innerhalb von {span} ab Datum dieses Schreibens",
                                 f"binnen {span} nach dem Datum dieses Schreibens",
                                 f"innerhalb von {span} ab Briefdatum")
            n = WEEKS_EN.get(days) if days % 7 == 0 and self.chance(0.4) else None
            span = n or f"{days} days"
            return self.pick(f"within {span} of the date of this letter",
                             f"within {span} from the date of this letter")
        d = self.after(lo, hi)
        self.deadlines.append(d)
        ds = self.day(d)
        if self.de:
            opts = ["bis zum", "spätestens am", "bis spätestens", "bis"]
            if kind == "pay":
                opts += ["zahlbar bis", "fällig am", "spätestens bis zum"]
            return f"{self.pick(*opts)} {ds}"
        opts = ["by", "no later than", "on or before"]
        if kind == "pay":
            opts += ["payable by", "due on", "due by"]
        return f"{self.pick(*opts)} {ds}"

    def ref(self, label: str, value: str, info: bool = True) -> str:
        self.references[label] = value
        if info:
            self.info.append((label, value))
        return value

    def num(self, digits: int) -> str:
        return str(self.rng.randint(10 ** (digits - 1), 10 ** digits - 1))

    def firm(self) -> str:
        return self.rng.choice(self.firms)

    def period(self) -> str:
        """A past month as billed ("Oktober 2026"), in the letter's language."""
        m = (self.date.month - 2) % 12
        names = MONTHS_DE if self.de else MONTHS_EN
        year = self.date.year if m < self.date.month - 1 else self.date.year - 1
        return f"{names[m]} {year}"


Template = Callable[[Ctx], tuple[str, list[str]]]


@dataclass(frozen=True)
class Spec:
    id: str
    category: str
    language: str
    senders: tuple[str, ...]               # Org kinds that write such letters
    fn: Template


REGISTRY: list[Spec] = []


def template(category: str, language: str, *senders: str) -> Callable[[Template], Template]:
    def register(fn: Template) -> Template:
        REGISTRY.append(Spec(f"{category}.{language}.{fn.__name__}", category, language,
                             senders or ("vendor",), fn))
        return fn
    return register
