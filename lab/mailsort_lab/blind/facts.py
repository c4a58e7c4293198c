"""What one letter says, before any layout: the sender, the text, the truth (category, dates)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
import datetime as dt

from mailsort_lab.blind.when import Due

IBAN_BANKS = ["10050000", "12030000", "10070000", "10020500", "20050550", "37040044", "50010517"]


def slug(text: str) -> str:
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:28] or "post"


def iban(rng: random.Random) -> str:
    """A German IBAN with a valid check number (fictional account)."""
    bban = rng.choice(IBAN_BANKS) + "".join(rng.choice("0123456789") for _ in range(10))
    num = int(bban + "131400")                    # 'DE' = 13 14, then '00'
    check = 98 - num % 97
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


@dataclass
class Org:
    name: str
    street: str
    city: str                        # "04109 Leipzig"
    phone: str = ""
    mail: str = ""
    web: str = ""
    footer: list[str] = field(default_factory=list)
    signer: list[str] = field(default_factory=list)
    kind: str = "firm"               # firm | public | court

    @property
    def town(self) -> str:
        return self.city.split(" ", 1)[-1]


def make_org(rng: random.Random, name: str, street: str, city: str, *, kind: str = "firm",
             signer: list[str] | None = None, register: str | None = None, domain: str | None = None) -> Org:
    dom = domain or f"{slug(name.split(' ')[0])}-{slug(name.split(' ')[-1])}.de"
    area = city[:2]
    phone = f"Tel. 0{rng.randint(30, 99)}{area[1]} {rng.randint(100, 999)} {rng.randint(10, 99)}-{rng.randint(0, 99)}"
    foot = []
    if kind == "firm":
        foot.append(f"{name} · {street} · {city}")
        foot.append(f"IBAN {iban(rng)} · BIC "
                    f"{rng.choice(['COBADEFFXXX', 'DEUTDEDBBER', 'BELADEBEXXX', 'GENODEF1S04'])}")
        foot.append(register or f"Amtsgericht {city.split(' ', 1)[-1]} HRB {rng.randint(10000, 99999)} · "
                                f"USt-IdNr. DE{rng.randint(100000000, 999999999)}")
    elif kind == "person":
        return Org(name, street, city, phone, f"{slug(name).replace('-', '.')}@{domain or 'posteo.example.de'}", "", [],
                   [name], kind)
    else:
        foot.append(f"Dienstgebäude: {street}, {city} · Sprechzeiten Mo–Do 8–15 Uhr")
        foot.append(f"Bankverbindung: {rng.choice(['Bundesbank', 'Landesbank', 'Sparkasse'])} · IBAN {iban(rng)}")
    return Org(name, street, city, phone, f"post@{dom}", f"www.{dom}", foot, signer or [], kind)


@dataclass
class Draft:
    """The text of a letter and its truth."""

    category: str
    sender: Org
    subject: str
    paras: list[str]
    salutation: str = ""
    closing: str = ""
    info: list[tuple[str, str]] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    annex: list[tuple[str, list[str]]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass
class Ask:
    """What a wording function gets: the facts it may write about."""

    rng: random.Random
    lang: str
    date: dt.date
    firm: str                         # how the body names the addressee
    mention: str | None               # another company the body may name (sometimes a client)
    client_sender: str | None = None  # when the sender is itself a client of the provider
    due: Due = field(init=False)

    def __post_init__(self) -> None:
        self.due = Due(self.date, self.lang, self.rng)

    def eur(self, lo: float, hi: float) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        if self.lang == "de":
            s = f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            return self.rng.choice([f"{s} €", f"{s} EUR", f"EUR {s}"])
        return self.rng.choice([f"€{v:,.2f}", f"EUR {v:,.2f}"])

    def code(self, pattern: str) -> str:
        return "".join(self.rng.choice("0123456789") if c == "#" else
                       self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c for c in pattern)

    def one(self, *xs):
        return self.rng.choice(xs)

    def shuffle_mid(self, paras: list[str]) -> list[str]:
        """Vary sentence order: keep the first paragraph, shuffle the rest with some probability."""
        if len(paras) > 2 and self.rng.random() < 0.5:
            mid = paras[1:]
            self.rng.shuffle(mid)
            return [paras[0], *mid]
        return paras
