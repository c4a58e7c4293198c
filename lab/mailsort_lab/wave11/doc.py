"""One wave-11 letter before it is laid out: what it says, where its date sits, what its labels are."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from mailsort_lab.wave11 import cal
from mailsort_lab.wave11.clients import Addr
from mailsort_lab.wave11.orgs import Org

# where the letter date is printed
PLACES = ("right", "ortdatum", "info", "table", "footer", "top-left")


@dataclass
class Doc:
    lang: str
    org: Org
    addr: Addr
    day: date
    date_style: str
    body_style: str
    rng: random.Random
    category: str = "other"
    template: str = ""
    subject: str = ""
    refs: list[tuple[str, str]] = field(default_factory=list)
    date_place: str = "right"
    date_label: str = ""            # "Datum", "Rechnungsdatum", "Date" ... for info/table places
    place: str = "Berlin"           # the town of an "Ort, Datum" line
    salutation: str = ""
    blocks: list[tuple] = field(default_factory=list)
    closing: str = ""
    signature: list[str] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    appendix: list[tuple[str, list[str]]] = field(default_factory=list)
    form: bool = False              # a public body's form letter: boxes, a reference grid
    sender_label: str = ""

    @property
    def date_text(self) -> str:
        return cal.fmt(self.day, self.date_style)

    def f(self, d: date) -> str:
        return cal.fmt(d, self.body_style)

    # --- writing helpers for the templates
    def p(self, text: str) -> None:
        self.blocks.append(("p", text))

    def table(self, head: list[str], rows: list[list[str]], widths: list[float] | None = None) -> None:
        self.blocks.append(("table", head, rows, widths))

    def box(self, title: str, lines: list[str]) -> None:
        self.blocks.append(("box", title, lines))

    def due(self, d: date, tag: str = "deadline-printed") -> date:
        assert cal.is_working_day(d), d
        self.deadlines.append(d)
        self.tags.append(tag)
        return d

    def within(self, n: int, unit: str) -> date:
        """A period counted from the letter date (§§ 187, 188, 193 BGB)."""
        return self.due(cal.period_end(self.day, n, unit), "deadline-relative")

    def words(self) -> str:
        out = [self.subject, self.salutation, self.closing, *self.signature, *self.addr.lines, self.date_text,
               self.org.name, self.org.tagline]
        out += [f"{k} {v}" for k, v in self.refs]
        for b in self.blocks:
            if b[0] == "p":
                out.append(b[1])
            elif b[0] == "table":
                out += [" ".join(b[1])] + [" ".join(r) for r in b[2]]
            elif b[0] == "box":
                out += [b[1], *b[2]]
        for title, paras in self.appendix:
            out += [title, *paras]
        return "\n".join(out)


def money(x: float, lang: str, style: int = 0) -> str:
    whole = f"{x:,.2f}"
    if lang == "de":
        s = whole.replace(",", "X").replace(".", ",").replace("X", ".")
        return (f"{s} €", f"{s} EUR", f"EUR {s}")[style % 3]
    return (f"€{whole}", f"EUR {whole}", f"{whole} EUR")[style % 3]
