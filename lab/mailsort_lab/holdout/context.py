"""What a wording function gets (the letter's facts) and what it gives back (the text)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from mailsort_lab.holdout.dates import Deadlines
from mailsort_lab.holdout.senders import Org


@dataclass
class Text:
    subject: str
    paragraphs: list[str]
    info: list[tuple[str, str]] = field(default_factory=list)    # extra info-block rows
    extra_pages: list[tuple[str, list[str]]] = field(default_factory=list)  # (title, lines)
    table: list[list[str]] = field(default_factory=list)           # positions, transactions


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    date: date
    org: Org
    firm: str                      # the recipient firm as the body may name it ("Ihre Firma ...")
    mention: str | None = None     # another company (maybe a client) the body names
    dl: Deadlines = field(init=False)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    refs: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dl = Deadlines(self.date, self.lang, self.rng)

    def money(self, lo: float, hi: float, currency: str = "EUR") -> str:
        value = round(self.rng.uniform(lo, hi), 2)
        self.amounts.append((value, currency))
        return self.fmt_money(value, currency)

    def fmt_money(self, value: float, currency: str = "EUR") -> str:
        if self.lang == "de":
            s = f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.rng.choice([f"{s} EUR", f"{s} €", f"EUR {s}"]) if currency == "EUR" else f"{s} {currency}"
        sym = {"EUR": "€", "GBP": "£"}.get(currency, currency + " ")
        return f"{sym}{value:,.2f}"

    def ref(self, label: str, pattern: str) -> str:
        """A reference number from a pattern: '#' digit, 'A' capital letter."""
        out = "".join(self.rng.choice("0123456789") if ch == "#" else
                      self.rng.choice("ABCDEFGHKLMNPRSTUVWXZ") if ch == "A" else ch for ch in pattern)
        self.refs[label] = out
        return out

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)
