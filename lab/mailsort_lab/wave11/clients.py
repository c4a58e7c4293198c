"""The client directory as wave 11 reads it, and how senders write a client's (or a stranger's)
address in the window: persons, c/o lines, mailbox numbers in several spellings, near twins."""

from __future__ import annotations

import difflib
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

OFFICE = "Büro Mitte Services GmbH"
TITLES = ("Dr.", "Prof.", "Dipl.-Ing.", "Herrn", "Herr", "Frau", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.")
FEMALE = {"Andrea", "Anke", "Anna", "Aylin", "Birgit", "Claudia", "Elif", "Franziska", "Gül", "Heike", "Jana",
          "Jessica", "Julia", "Katrin", "Laura", "Lena", "Marie", "Miriam", "Monika", "Nina", "Petra", "Sabine",
          "Sarah", "Sophie", "Ute", "Ilka", "Svenja", "Dörte", "Wiebke", "Oksana", "Grace", "Fiona", "Priya"}
LEGAL = re.compile(r"\s+(GmbH & Co\. KG|UG \(haftungsbeschränkt\)|PartG mbB|PartG|GmbH|AG|KG|OHG|GbR|e\.K\.|"
                   r"Ltd\.|LLC|Inc\.|Verwaltungs-GmbH)$")

# People and firms that are nobody's: mail for former tenants, neighbours, private persons.
STRANGER_FIRMS = ("Lindner Stuckateur GmbH", "Atelier Rosenhain", "Kalkbrenner Event UG (haftungsbeschränkt)",
                  "Praxis für Ergotherapie Vogelsang", "Tannhauser Möbelmanufaktur GmbH", "Quellwerk Media OHG",
                  "Brightwater Consulting Ltd.", "Polarstern Übersetzungen e.K.", "Hagebutte Floristik GbR",
                  "Kiefernweg Ventures GmbH", "Saltmarsh Design Ltd.", "Rabenfels Sicherheitsdienst GmbH",
                  "Gutenfeld Steuerkanzlei", "Ironbark Trading LLC", "Zeisig Reinigungsservice")
STRANGER_PEOPLE = (("Ilka", "Brandstätter"), ("Torben", "Quandt"), ("Svenja", "Ohlsen"), ("Rüdiger", "Pankratz"),
                   ("Oksana", "Melnyk"), ("Hauke", "Dierksen"), ("Grace", "Okafor"), ("Wiebke", "Harms"),
                   ("Gunnar", "Vestergaard"), ("Dörte", "Lindemann"), ("Fiona", "McAllister"), ("Priya", "Raman"))


POSTAL_NOTES = ("Einschreiben Einwurf", "Persönlich / Vertraulich", "Per Einschreiben", "Bei Unzustellbarkeit zurück",
                "Private & Confidential", "By Registered Mail", "PRIORITY")


def fold(s: str) -> str:
    s = s.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9&]+", " ", s).split())


def bare(person: str) -> str:
    """'Dr. Heike Schmidt' -> 'Heike Schmidt'."""
    return " ".join(w for w in person.split() if w not in TITLES)


def stem(name: str) -> str:
    """The name without its legal form: 'Müller Bau GmbH' -> 'Müller Bau'."""
    return LEGAL.sub("", name.strip())


def _twins(a: str, b: str) -> bool:
    """Names a reader confuses: one letter apart (Schmidt/Schmitt IT) or the same first word and a
    second word that starts alike (Müller Bau/Müller Bautechnik, Schneider Beteiligungen KG/Verwaltung)."""
    x, y = fold(stem(a)), fold(stem(b))
    if difflib.SequenceMatcher(None, x, y).ratio() >= 0.88:
        return True
    xw, yw = x.split(), y.split()
    return len(xw) > 1 and len(yw) > 1 and xw[0] == yw[0] and xw[1][:3] == yw[1][:3]


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str]
    twins: list[str] = field(default_factory=list)


class Directory:
    def __init__(self, path: Path):
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["clients"]
        self.clients = [Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                               str(c["mailbox"]), list(c.get("emails") or [])) for c in raw]
        self.by_id = {c.id: c for c in self.clients}
        for c in self.clients:
            c.twins = [o.id for o in self.clients if o.id != c.id and _twins(c.name, o.name)]
        self.names = {fold(n) for c in self.clients for n in [c.name, *c.aliases]}
        self.stems = {fold(stem(n)) for c in self.clients for n in [c.name, *c.aliases]}
        self.people = {fold(bare(p)) for c in self.clients for p in c.people}
        self.surnames = {fold(bare(p)).split()[-1] for c in self.clients for p in c.people}
        used = {c.mailbox for c in self.clients}
        self.boxes = used
        self.free_boxes = [f"{n}" for n in range(1000, 10000, 37) if f"{n}" not in used
                           and not any(abs(n - int(u)) < 3 for u in used)]


@dataclass
class Addr:
    lines: list[str]
    person: str | None          # the person as the client directory writes them, if addressed
    tags: list[str]


def gendered(person: str, lang: str, case: str = "acc") -> str:
    """'Dr. Heike Schmidt' -> 'Frau Dr. Heike Schmidt' / 'Herrn Uwe Müller' / 'Ms Heike Schmidt'."""
    first = bare(person).split()[0]
    if lang == "de":
        return f"{'Frau' if first in FEMALE else ('Herrn' if case == 'acc' else 'Herr')} {person}"
    return f"{'Ms' if first in FEMALE else 'Mr'} {person}"


def salutation(person: str | None, lang: str, rng: random.Random) -> str:
    if lang == "de":
        if person:
            p = bare(person)
            last = p.split()[-1]
            title = "Dr. " if "Dr." in person else ""
            return (f"Sehr geehrte Frau {title}{last}," if p.split()[0] in FEMALE else f"Sehr geehrter Herr {title}{last},")
        return rng.choice(("Sehr geehrte Damen und Herren,", "Sehr geehrte Damen und Herren,", "Guten Tag,"))
    if person:
        p = bare(person)
        return rng.choice((f"Dear {'Ms' if p.split()[0] in FEMALE else 'Mr'} {p.split()[-1]},", f"Dear {p.split()[0]},"))
    return rng.choice(("Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,", "Hello,"))


def _box(num: str, lang: str, rng: random.Random) -> str:
    spaced = f"{num[:2]} {num[2:]}"
    de = (f"Postfach {num}", f"Fach {spaced}", f"PF {num}", f"Postfach-Nr. {num}", f"Fach-Nr.: {num}",
          f"Postfach {spaced}", f"Box {num}")
    en = (f"Mailbox {num}", f"Box {num}", f"P.O. Box {num}", f"Mailbox no. {num}", f"Suite {num}")
    return rng.choice(de if lang == "de" else en)


def _street(lang: str, rng: random.Random) -> list[str]:
    street = rng.choice(("Friedrichstraße 123", "Friedrichstr. 123", "Friedrichstrasse 123", "Friedrichstraße 123"))
    city = rng.choice(("10117 Berlin", "10117 Berlin", "D-10117 Berlin", "10117 Berlin-Mitte"))
    if lang == "en":
        return [street, city, rng.choice(("Germany", "GERMANY", "Germany"))]
    return [street, city]


def client_block(c: Client, lang: str, rng: random.Random, near_twin: bool) -> Addr:
    tags: list[str] = []
    if near_twin or not c.aliases or rng.random() < 0.65:
        firm = c.name
    else:
        firm = rng.choice(c.aliases)
        tags.append("addr-alias")
    person = rng.choice(c.people) if c.people and rng.random() < 0.55 else None
    lines: list[str] = []
    if rng.random() < 0.15:
        lines.append(rng.choice(POSTAL_NOTES[:4] if lang == "de" else POSTAL_NOTES[4:]))
        tags.append("addr-postal-note")
    if person and rng.random() < 0.25:
        lines += [gendered(person, lang) if lang == "de" or rng.random() < 0.5 else bare(person), firm]
        tags += ["addr-person", "addr-person-first"]
    else:
        lines.append(firm)
        if person:
            pre = rng.choice(("z. Hd. ", "z. H. ", "zu Händen ", "") if lang == "de" else ("Attn: ", "FAO ", "Attention: ", ""))
            lines.append(pre + (gendered(person, lang) if lang == "de" and rng.random() < 0.7 else person))
            tags.append("addr-person")
    r = rng.random()
    if r < 0.3:
        lines.append(rng.choice((f"c/o {OFFICE}", "c/o Bürozentrum Mitte", f"c/o {OFFICE}")))
        tags.append("addr-co")
    if rng.random() < 0.45:
        lines.append(_box(c.mailbox, lang, rng))
        tags.append("addr-box-line")
    lines += _street(lang, rng)
    return Addr(lines, person, tags)


def box_only_block(c: Client, lang: str, rng: random.Random) -> Addr:
    """No firm name: the addressed person and the client's mailbox number only."""
    person = rng.choice(c.people)
    lines = [gendered(person, lang) if lang == "de" else person, f"c/o {OFFICE}", _box(c.mailbox, lang, rng)]
    lines += _street(lang, rng)
    return Addr(lines, person, ["addr-box-only", "addr-person", "addr-co"])


def nobody_block(d: Directory, lang: str, rng: random.Random) -> tuple[Addr, str]:
    """A firm or person nobody in the directory is: returns the block and the kind of stranger."""
    lines: list[str] = []
    kind = rng.choice(("firm", "firm", "person", "firm-person"))
    person = None
    if kind in ("person", "firm-person"):
        first, last = rng.choice(STRANGER_PEOPLE)
        person = f"{first} {last}"
    if kind.startswith("firm"):
        lines.append(rng.choice(STRANGER_FIRMS))
        if person:
            lines.append(("z. Hd. " if lang == "de" else "Attn: ") + (gendered(person, lang) if lang == "de" else person))
    else:
        lines.append(gendered(person, lang) if lang == "de" else person)
    if rng.random() < 0.5:
        lines.append(f"c/o {OFFICE}")
    if rng.random() < 0.4:
        lines.append(_box(rng.choice(d.free_boxes), lang, rng))
    lines += _street(lang, rng)
    return Addr(lines, person, ["nobody", f"nobody-{kind}"]), kind
