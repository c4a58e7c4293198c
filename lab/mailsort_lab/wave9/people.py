"""The directory as wave 9 reads it (clients.yaml, nothing else) and the ways a virtual office is addressed."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

OFFICE = "Büro Mitte Services GmbH"
STREETS = ("Friedrichstraße 123", "Friedrichstr. 123", "Friedrichstrasse 123", "Friedrichstraße 123")
CITIES = ("10117 Berlin", "10117 Berlin", "D-10117 Berlin", "10117 Berlin-Mitte")
TITLES = ("Herrn", "Herr", "Frau", "Mr", "Mrs", "Ms", "Dr.", "Prof.")


def fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9&]+", " ", s).strip()


def bare(person: str) -> str:
    return " ".join(w for w in person.split() if w not in TITLES)


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    mailbox: str = ""
    emails: list[str] = field(default_factory=list)


class Directory:
    def __init__(self, path: Path):
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["clients"]
        self.clients = [Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                               str(c.get("mailbox") or ""), list(c.get("emails") or [])) for c in raw]
        self.names = {fold(n) for c in self.clients for n in (c.name, *c.aliases)}
        self.people = {fold(bare(p)) for c in self.clients for p in c.people}
        self.surnames = {fold(bare(p)).split()[-1] for c in self.clients for p in c.people}
        self.mailboxes = {c.mailbox for c in self.clients if c.mailbox}
        self.words = {w for n in self.names for w in n.split()}

    def forms(self, c: Client) -> list[str]:
        return [c.name, *c.aliases]


FEMALE = {"Aylin", "Birgit", "Elif", "Gül", "Katrin", "Miriam", "Sarah", "Karin", "Ingrid", "Doris", "Kerstin", "Ellen"}
MALE = {"Uwe", "Ole", "Kai", "Mike", "Luca", "Björn", "Ömer"}


def _first(person: str) -> str:
    return next(w for w in person.split() if not w.endswith(".") and w not in TITLES)


def _gender(person: str) -> str:
    first = _first(person)
    if first in FEMALE:
        return "f"
    return "f" if first[-1] in "aeiy" and first not in MALE else "m"


def polite(person: str, lang: str) -> tuple[str, str]:
    """('Frau Dr. Julia Krause', 'Sehr geehrte Frau Dr. Krause,')"""
    g = _gender(person)
    words = person.split()
    dr = "Dr. " if "Dr." in words else ""
    last = person.split()[-1]
    if lang == "de":
        return (("Frau " if g == "f" else "Herrn ") + person,
                ("Sehr geehrte Frau " if g == "f" else "Sehr geehrter Herr ") + dr + last + ",")
    if dr:
        return person.replace("Dr. ", "Dr "), f"Dear Dr {last},"
    return (("Ms " if g == "f" else "Mr ") + person, f"Dear {'Ms' if g == 'f' else 'Mr'} {last},")


def _wrap_name(name: str) -> list[str]:
    """A long firm name broken over two lines, as narrow windows do."""
    words = name.split()
    cut = max(1, len(words) // 2 + (1 if len(words) > 3 else 0))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _former(name: str, rng: random.Random) -> str | None:
    """What the firm was called before (a change of legal form): the sender's old data."""
    for now, was in (("GmbH & Co. KG", "GmbH"), ("UG (haftungsbeschränkt)", "GbR"), ("GmbH", "UG (haftungsbeschränkt)"),
                     (" AG", " GmbH"), ("KG", "OHG"), ("e.K.", "e. K."), ("Ltd", "Ltd.")):
        if now in name:
            return name.replace(now, was, 1)
    return None


def mailbox_text(mb: str, rng: random.Random, lang: str) -> str:
    forms = (f"Postfach-Nr. {mb}", f"Fach {mb}", f"Box {mb}", f"Nr. {mb}", f"Postfachnummer {mb}", f"PF-{mb}",
             f"Briefkasten {mb}") if lang == "de" else (f"Mailbox {mb}", f"Box #{mb}", f"Suite {mb}", f"Mailbox no. {mb}")
    return rng.choice(forms)


def office_lines(rng: random.Random, lang: str) -> list[str]:
    street, city = rng.choice(STREETS), rng.choice(CITIES)
    if lang == "en":
        return [street, city, rng.choice(("Germany", "GERMANY", "Germany"))]
    return [street, city]


def client_block(c: Client, d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """Window lines for a client, the tags naming the form, and the addressed person if any."""
    tags: list[str] = []
    name = c.name
    r = rng.random()
    if c.aliases and r < 0.2:
        name = rng.choice(c.aliases)
        tags.append("addr-alias")
    former = _former(c.name, rng) if r > 0.9 else None
    if former and fold(former) not in d.names:
        name = former
        tags.append("addr-former-name")
    person = rng.choice(c.people) if c.people and rng.random() < 0.45 else None
    lines: list[str] = []
    if person and rng.random() < 0.25:          # the person first, the firm after
        lines.append(polite(person, lang)[0])
        lines.append(f"c/o {name}" if rng.random() < 0.5 else name)
        tags.append("addr-person-first")
    else:
        if len(name) > 26 and rng.random() < 0.5:
            lines += _wrap_name(name)
            tags.append("addr-wrapped-name")
        else:
            lines.append(name)
        if person:
            p = polite(person, lang)[0]
            lines.append(rng.choice((f"z. Hd. {p}", f"z.Hd. {p}", f"zu Händen {p}", p)) if lang == "de" else
                         rng.choice((f"Attn. {p}", f"FAO {bare(person)}", p)))
            tags.append("addr-person")
    mb = c.mailbox and (rng.random() < 0.4 or "addr-former-name" in tags)
    if rng.random() < 0.45 and not any(x.startswith("c/o") for x in lines):
        lines.append(f"c/o {OFFICE}" if rng.random() < 0.7 else "c/o Bürozentrum Mitte")
        tags.append("addr-co")
    if mb:
        t = mailbox_text(c.mailbox, rng, lang)
        if rng.random() < 0.3 and len(lines[-1]) + len(t) < 44:
            lines[-1] = f"{lines[-1]}, {t}"
        else:
            lines.append(t)
        tags.append("addr-mailbox")
    lines += office_lines(rng, lang)
    return lines, tags, person


FIRST = ("Annelie", "Bastian", "Corinna", "Detlef", "Elif", "Fabian", "Gesa", "Hauke", "Ilka", "Joscha", "Karla", "Lennart",
         "Maren", "Nils", "Oksana", "Piet", "Rieke", "Severin", "Tamara", "Vinzent")
LAST = ("Brandauer", "Clausen", "Dietzel", "Ebeling", "Feddersen", "Gutknecht", "Harms", "Imhoff", "Jessen", "Kuntze",
        "Lüders", "Mertins", "Nissen", "Oltmanns", "Prüß", "Quandt", "Reinholz", "Siebold", "Tietjen", "Wendland")
FIRMS = ("Nordlicht Medien GmbH", "Alster Yachtservice UG (haftungsbeschränkt)", "Havelkiesel Architekten PartGmbB",
         "Spreeblick Eventtechnik GmbH", "Kranich & Sohn Feinmechanik KG", "Lindgrün Gartenplanung GbR", "Orbis Datenpflege AG",
         "Tegel Aviation Consulting Ltd", "Bernstein Kosmetik e.K.", "Quartier 7 Immobilien GmbH", "Stellwerk Software GmbH",
         "Hafenkante Gastro GmbH", "Weidenhof Bio-Vertrieb eG", "Kobaltblau Design Studio UG (haftungsbeschränkt)")


def _near(c: Client, d: Directory, rng: random.Random) -> str | None:
    """A firm one step off a client's name: another trade word, another place word."""
    words = c.name.split()
    swaps = {"IT": "IT-Systeme", "Bau": "Bauplanung", "Consulting": "Coaching", "Logistik": "Lagertechnik",
             "Services": "Solutions", "Design": "Druck", "Immobilien": "Immobilienverwaltung", "Media": "Mediengestaltung",
             "Handel": "Handelsagentur", "Partner": "Partnerschaft", "Software": "Softwarehaus", "Technik": "Technologie"}
    for i, w in enumerate(words):
        if w in swaps:
            cand = " ".join(words[:i] + [swaps[w]] + words[i + 1:])
            if fold(cand) not in d.names and not any(fold(cand) in n or n in fold(cand) for n in d.names):
                return cand
    return None


def nobody_block(d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """Mail for a firm or person nobody in the directory is: new firms, near-namesakes, former tenants."""
    tags = ["nobody"]
    r = rng.random()
    person = None
    firm = None
    if r < 0.35:
        cands = [n for c in rng.sample(d.clients, len(d.clients)) if (n := _near(c, d, rng))]
        firm = cands[0] if cands else None
        tags.append("nobody-near-namesake")
    if firm is None and r < 0.8:
        firm = rng.choice(FIRMS)
        tags.append("nobody-unknown-firm")
    if firm is None or rng.random() < 0.35:
        while True:
            person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if fold(person) not in d.people and fold(person.split()[-1]) not in d.surnames:
                break
        tags.append("nobody-person" if firm is None else "nobody-firm-person")
    lines = []
    if firm:
        lines.append(firm)
        if person:
            p = polite(person, lang)[0]
            lines.append(f"z. Hd. {p}" if lang == "de" else f"Attn. {p}")
    else:
        lines.append(polite(person, lang)[0])
    if rng.random() < 0.5:
        lines.append(f"c/o {OFFICE}")
    if rng.random() < 0.3:
        while (mb := str(rng.randint(1000, 9999))) in d.mailboxes:
            pass
        lines.append(mailbox_text(mb, rng, lang))
        tags.append("nobody-unknown-mailbox")
    lines += office_lines(rng, lang)
    return lines, tags, person
