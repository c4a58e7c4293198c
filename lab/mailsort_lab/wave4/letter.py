"""What a wave-4 letter is before layout: sender, subject, paragraphs and its truth."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date

from mailsort_lab.wave4.due import Due


def slug(text: str) -> str:
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:24] or "post"


@dataclass
class Sender:
    name: str
    street: str
    city: str
    kind: str = "firm"                 # firm | public | person
    extra: list[str] = field(default_factory=list)   # register, bank, office hours

    @property
    def domain(self) -> str:
        return f"{slug(self.name)}.example.de"

    @property
    def town(self) -> str:
        return self.city.split(" ", 1)[-1]


@dataclass
class Letter:
    category: str
    sender: Sender
    subject: str
    paras: list[str]
    refs: list[tuple[str, str]] = field(default_factory=list)   # 'Unser Zeichen': 'AB-123'
    greeting: str = ""
    closing: str = ""


@dataclass
class Facts:
    """What wording functions may write about; `due` collects the deadlines they state."""

    rng: random.Random
    lang: str
    day: date
    addressee: str                    # how the body names the addressee
    due: Due = field(init=False)

    def __post_init__(self) -> None:
        self.due = Due(self.day, self.lang, self.rng)

    def pick(self, *xs):
        return self.rng.choice(xs)

    def money(self, lo: float, hi: float) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        if self.lang == "en":
            return f"EUR {v:,.2f}"
        s = f"{v:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
        return self.pick(f"{s} EUR", f"{s} €", f"€ {s}")

    def ref(self, pattern: str) -> str:
        return "".join(self.rng.choice("0123456789") if c == "#" else
                       self.rng.choice("ABCDEFGHKLMNPRSTUVWXZ") if c == "@" else c for c in pattern)

    def deadline(self) -> str:
        """One deadline: a stated day or a period, about half each."""
        return self.due.within() if self.rng.random() < 0.45 else self.due.on()
