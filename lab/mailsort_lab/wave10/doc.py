"""One wave-10 letter before it is laid out: its words, its dates and what its labels say."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort_lab.wave10.addressing import Addressing
from mailsort_lab.wave10.firms import Firm
from mailsort_lab.wave10.kalender import BODY_STYLES, fmt, is_working_day, next_working_day, period_end, raw_end

Block = tuple  # ("p", text) | ("table", header, rows, widths, aligns) | ("kv", rows) | ("box", text) | ("list", items)


@dataclass
class Doc:
    lang: str
    category: str
    firm: Firm
    day: date
    date_style: str
    addr: Addressing
    rng: random.Random
    subject: str = ""
    salutation: str = ""
    blocks: list[Block] = field(default_factory=list)
    closing: str = ""
    signature: list[str] = field(default_factory=list)
    info: list[tuple[str, str]] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    template: str = ""
    enclosures: list[tuple[str, list[str]]] = field(default_factory=list)
    sender_label: str = ""          # the author organisation, when it is not the firm (a private applicant)

    def __post_init__(self) -> None:
        self.body_style = self.rng.choice(BODY_STYLES[self.lang])
        self.sender_label = self.sender_label or self.firm.name

    @property
    def date_text(self) -> str:
        return fmt(self.day, self.date_style)

    # words ----------------------------------------------------------------------------------------
    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def d(self, x: date) -> str:
        return fmt(x, self.body_style)

    def money(self, x: float, cur: str = "EUR") -> str:
        if self.lang == "de":
            s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return f"{s} €" if cur == "EUR" else f"{s} {cur}"
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{x:,.2f}"

    def amount(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def num(self, digits: int) -> str:
        return "".join(str(self.rng.randint(0, 9)) for _ in range(digits)).lstrip("0").rjust(digits, "1")

    # dates ----------------------------------------------------------------------------------------
    def past(self, lo: int, hi: int) -> date:
        return self.day - timedelta(days=self.rng.randint(lo, hi))

    def ahead(self, lo: int, hi: int) -> date:
        """A later date that is no deadline (an event, a start, a validity end): any weekday."""
        return self.day + timedelta(days=self.rng.randint(lo, hi))

    def distractor(self, kind: str) -> None:
        self.tags.append(f"distractor-{kind}")

    def printed(self, lo: int, hi: int, style: str | None = None) -> str:
        """A deadline the letter prints: a working day lo..hi days after the letter date."""
        x = next_working_day(self.day + timedelta(days=self.rng.randint(lo, hi)))
        self.deadlines.append(x)
        self.tags.append("deadline-printed")
        return fmt(x, style) if style else self.d(x)

    def printed_on(self, x: date, style: str | None = None) -> str:
        assert is_working_day(x) and x > self.day, x
        self.deadlines.append(x)
        self.tags.append("deadline-printed")
        return fmt(x, style) if style else self.d(x)

    def period(self, n: int, unit: str) -> None:
        """A period the letter sets, counted from the letter date (§§ 187, 188, 193 BGB)."""
        end = period_end(self.day, n, unit)
        self.deadlines.append(end)
        self.tags += ["deadline-relative", f"deadline-{unit}"]
        if end != raw_end(self.day, n, unit):
            self.tags.append("deadline-shifted")

    # checks ---------------------------------------------------------------------------------------
    def words(self) -> str:
        parts = [self.subject, self.salutation, self.closing, *self.signature, self.date_text]
        parts += [f"{k} {v}" for k, v in self.info]
        for b in self.blocks:
            if b[0] in ("p", "box"):
                parts.append(b[1])
            elif b[0] == "table":
                parts += [" ".join(r) for r in [b[1], *b[2]]]
            elif b[0] == "kv":
                parts += [f"{k} {v}" for k, v in b[1]]
            elif b[0] == "list":
                parts += list(b[1])
        for title, paras in self.enclosures:
            parts += [title, *paras]
        return "\n".join(parts)
