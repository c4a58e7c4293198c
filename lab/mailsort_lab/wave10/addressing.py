"""The client directory as wave 10 reads it (config/clients.yaml), and how mail addresses a client:
name forms, persons, c/o lines, the mailbox number in its several written forms, postal endorsements.
Also addressees that are nobody in the directory (a former tenant, a private person, a firm with a
similar word in its name)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

FEMALE = {"Sophie", "Heike", "Julia", "Sarah", "Monika", "Jana", "Marie", "Sabine", "Petra", "Franziska",
          "Gül", "Aylin", "Elif", "Nina", "Jessica", "Laura", "Lena", "Anna", "Claudia", "Birgit", "Katrin",
          "Ute", "Miriam", "Anke", "Andrea", "Charlotte", "Jessica", "Jana", "Miriam", "Anja", "Sandra"}
TITLE = re.compile(r"^((?:Prof\.|Dr\.|Dipl\.-Ing\.)\s+)+")


def fold(text: str) -> str:
    """Lower-case, umlauts spelled out, punctuation to spaces: for comparing names."""
    t = text.replace("ß", "ss")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t.lower()).split())


def ascii_de(text: str) -> str:
    t = text.replace("ß", "ss")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        t = t.replace(a, b)
    return unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()


def bare(person: str) -> str:
    """'Dr. Sarah Müller' -> 'Sarah Müller'."""
    return TITLE.sub("", person.strip())


def female(person: str) -> bool:
    return bare(person).split()[0] in FEMALE


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str]


LEGAL = re.compile(r"\s+(GmbH & Co\. KG|Verwaltungs-GmbH|GmbH|UG \(haftungsbeschränkt\)|AG|KG|OHG|GbR|e\.K\.|"
                   r"PartG mbB|PartG|Ltd\.|Inc\.|LLC)$")


def stem(name: str) -> str:
    """The name without its legal form ('Müller Bautechnik GmbH & Co. KG' -> 'Müller Bautechnik')."""
    return LEGAL.sub("", name).strip()


@dataclass
class Directory:
    path: Path
    clients: list[Client] = field(default_factory=list)

    def __post_init__(self) -> None:
        raw = yaml.safe_load(Path(self.path).read_text(encoding="utf-8"))
        for c in raw["clients"]:
            self.clients.append(Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                                       str(c.get("mailbox") or ""), list(c.get("emails") or [])))
        self.names = {fold(n) for c in self.clients for n in [c.name, *c.aliases]}
        self.stems = {fold(stem(n)) for c in self.clients for n in [c.name, *c.aliases]}
        self.people = {fold(bare(p)) for c in self.clients for p in c.people}
        self.surnames = {fold(bare(p)).split()[-1] for c in self.clients for p in c.people}
        self.mailboxes = {c.mailbox for c in self.clients}
        self.by_id = {c.id: c for c in self.clients}
        keys = {c.id: fold(stem(c.name)).split()[:2] for c in self.clients}
        self._twins = {c.id: [o for o in self.clients if o is not c and keys[o.id] == keys[c.id]] for c in self.clients}
        self.free_boxes = sorted({f"{n:04d}" for n in range(1000, 9999)} - self.mailboxes)

    def twins(self, client: Client) -> list[Client]:
        """Clients whose name without legal form shares its first two words (a GmbH & Co. KG and its
        Verwaltungs-GmbH, Schmidt IT and Schmidt IT Services)."""
        return self._twins[client.id]


BUILDING = ("Bürozentrum Mitte", "Friedrichstraße 123", "10117 Berlin")


def _mailbox(number: str, rng: random.Random, lang: str) -> tuple[str, str]:
    """(line, form tag): how senders write the client's box at the office centre."""
    spaced = f"{number[:2]} {number[2:]}" if len(number) == 4 else number
    de = [(f"Postfach {number}", "postfach"), (f"Fach {number}", "fach"), (f"PF {spaced}", "pf-spaced"),
          (f"Postfach-Nr. {number}", "postfach-nr"), (f"Fach-Nr.: {number}", "fach-nr"),
          (f"Briefkasten {number}", "briefkasten"), (f"Postfach {spaced}", "postfach-spaced")]
    en = [(f"Mailbox {number}", "mailbox"), (f"Box {number}", "box"), (f"P.O. Box {number}", "po-box"),
          (f"Suite {number}", "suite"), (f"Mail drop #{number}", "mail-drop")]
    return rng.choice(en if lang == "en" and rng.random() < 0.7 else de)


def _street(rng: random.Random, lang: str) -> str:
    return rng.choice(("Friedrichstraße 123", "Friedrichstraße 123", "Friedrichstr. 123", "Friedrichstrasse 123")
                      if lang == "de" else ("Friedrichstrasse 123", "Friedrichstraße 123", "123 Friedrichstrasse"))


def _city(rng: random.Random, lang: str) -> list[str]:
    if lang == "en":
        return rng.choice((["10117 Berlin", "Germany"], ["10117 Berlin", "GERMANY"], ["Berlin 10117", "Germany"],
                           ["D-10117 Berlin"]))
    return [rng.choice(("10117 Berlin", "10117 Berlin", "10117 Berlin", "D-10117 Berlin", "10117 Berlin-Mitte"))]


def _co(rng: random.Random) -> str:
    return rng.choice(("c/o Büro Mitte Services GmbH", "c/o Bürozentrum Mitte", "c/o Büro Mitte Services",
                       "c/o Buero Mitte Services GmbH"))


def person_line(person: str, rng: random.Random, lang: str, lead: bool) -> str:
    """'z. Hd. Frau Dr. Sarah Müller', 'Attn: Dr Sarah Müller', or (lead) 'Frau Dr. Sarah Müller'."""
    if lang == "en":
        honor = "Ms" if female(person) else "Mr"
        name = person.replace("Dr. ", "Dr ") if rng.random() < 0.5 else person
        if lead:
            return rng.choice((f"{honor} {bare(person)}", name))
        return rng.choice((f"Attn: {name}", f"FAO {honor} {bare(person)}", f"Attention: {name}", f"For the attention of {name}"))
    honor = "Frau" if female(person) else rng.choice(("Herrn", "Herrn", "Herr"))
    if lead:
        return f"{honor} {person}"
    return rng.choice((f"z. Hd. {honor} {person}", f"z.Hd. {honor} {person}", f"zu Händen {honor} {person}",
                       f"z. H. {honor} {person}", f"Ansprechpartner: {person}"))


def name_form(client: Client, rng: random.Random, lang: str, near_twin: bool) -> tuple[str, str]:
    """(the firm line, tag). Near twins always get the full legal name: their short forms are one."""
    if near_twin:
        r = rng.random()
        if r < 0.75:
            return client.name, "addr-exact"
        if r < 0.9 and ascii_de(client.name) != client.name:
            return ascii_de(client.name), "addr-ascii"
        return client.name.upper(), "addr-upper"
    choices = [(client.name, "addr-exact")] * 6
    choices += [(a, "addr-alias") for a in client.aliases if fold(a) != fold(client.name)][:2]
    if ascii_de(client.name) != client.name:
        choices.append((ascii_de(client.name), "addr-ascii"))
    choices.append((client.name.upper(), "addr-upper"))
    if lang == "de":
        choices.append((f"Firma {client.name}", "addr-firma"))
    if "GmbH & Co. KG" in client.name:
        choices.append((client.name.replace("GmbH & Co. KG", rng.choice(("GmbH & Co KG", "GmbH u. Co. KG"))), "addr-legal-variant"))
    if "(haftungsbeschränkt)" in client.name:
        choices.append((client.name.replace("UG (haftungsbeschränkt)", "UG (haftungsbeschr.)"), "addr-legal-variant"))
    return rng.choice(choices)


@dataclass
class Addressing:
    lines: list[str]
    person: str | None
    tags: list[str]
    endorsement: str | None = None        # a line above the address ("Einschreiben Einwurf")


def client_block(client: Client, directory: Directory, rng: random.Random, lang: str) -> Addressing:
    twin = bool(directory.twins(client))
    firm, tag = name_form(client, rng, lang, twin)
    tags = [tag] + (["near-twin"] if twin else [])
    person = rng.choice(client.people) if client.people and rng.random() < 0.45 else None
    lines: list[str] = []
    if person and rng.random() < 0.3:
        lines += [person_line(person, rng, lang, lead=True), firm]
        tags.append("addr-person-first")
    else:
        lines.append(firm)
        if person:
            lines.append(person_line(person, rng, lang, lead=False))
    if person:
        tags.append("addr-person")
    co = rng.random() < 0.45
    if co:
        lines.append(_co(rng))
        tags.append("addr-co")
    box = rng.random() < 0.5
    street = _street(rng, lang)
    if box:
        mb, form = _mailbox(client.mailbox, rng, lang)
        where = rng.random()
        if where < 0.55:
            lines += [mb, street]
        elif where < 0.8:
            lines += [street, mb]
        else:
            lines.append(f"{street}, {mb}")
        tags += ["addr-mailbox", f"addr-mailbox-{form}"]
    else:
        lines.append(street)
    lines += _city(rng, lang)
    endorsement = None
    if lang == "de" and rng.random() < 0.18:
        endorsement = rng.choice(("Einschreiben Einwurf", "Persönlich/Vertraulich", "Vertraulich",
                                  "Bei Unzustellbarkeit zurück an Absender", "Deutsche Post ⌂ Entgelt bezahlt"))
        tags.append("addr-endorsement")
    elif lang == "en" and rng.random() < 0.1:
        endorsement = rng.choice(("PRIVATE & CONFIDENTIAL", "By Recorded Delivery", "AIRMAIL / PAR AVION"))
        tags.append("addr-endorsement")
    return Addressing(lines, person, tags, endorsement)


def box_only_block(client: Client, rng: random.Random, lang: str) -> Addressing:
    """Addressed to the office centre and the client's box, with a person of the client: no firm name."""
    person = rng.choice(client.people)
    lines = [person_line(person, rng, lang, lead=True), "Büro Mitte Services GmbH" if rng.random() < 0.6 else "Bürozentrum Mitte"]
    mb, form = _mailbox(client.mailbox, rng, lang)
    lines += [mb, _street(rng, lang)] + _city(rng, lang)
    return Addressing(lines, person, ["addr-box-only", "addr-person", "addr-mailbox", f"addr-mailbox-{form}"])


# Addressees that are nobody in the directory.
STRANGER_FIRMS = ("Kranichfeld Design GmbH", "Lindqvist Nordic Trading AB", "Ostwind Solar GmbH",
                  "Atelier Sørensen", "Papillon Kosmetik UG (haftungsbeschränkt)", "Brückner Eventtechnik GmbH",
                  "Halvorsen Maritime Ltd.", "Terrakotta Immobilienverwaltung GmbH", "Zeitwerk Uhrenhandel e.K.",
                  "Vireo Digital Ltd.", "Mosaik Sprachschule GbR", "Quellwasser Getränke GmbH",
                  "Paulsen & Ortmann Rechtsanwälte", "Pinewood Analytics Inc.", "Galerie am Gendarmenmarkt GmbH")
SIMILAR_FIRMS = ("Müller Gartenbau GmbH", "Weber Dachdeckerei GmbH", "Hartmann Textilpflege KG",
                 "Keller Eventservice UG (haftungsbeschränkt)", "Schmidt Bäckerei OHG", "Northbridge Capital Partners LLP",
                 "Silverline Aviation Ltd.", "Ostkreuz Gastronomie GmbH", "Hahn Zahntechnik GmbH",
                 "Lakeside Hotels Ltd.", "Wolkenlos Reisen GmbH", "Taubenstein Apotheke e.K.")
STRANGER_PEOPLE = (("Konstantin", "Vogelsang", False), ("Henrike", "Dammann", True), ("Piotr", "Zielinski", False),
                   ("Leonie", "Brandstätter", True), ("Carsten", "Ebeling", False), ("Ingrid", "Sommerfeld", True),
                   ("Malte", "Feddersen", False), ("Oksana", "Melnyk", True), ("Rupert", "Glanville", False),
                   ("Fiona", "McAllister", True))


def nobody_block(directory: Directory, rng: random.Random, lang: str) -> Addressing:
    boxes = directory.free_boxes
    r = rng.random()
    tags = ["nobody"]
    person = None
    if r < 0.4:
        firm = rng.choice(STRANGER_FIRMS)
        lines = [firm]
        tags.append("nobody-firm")
    elif r < 0.65:
        firm = rng.choice(SIMILAR_FIRMS)
        lines = [firm]
        tags.append("nobody-similar-name")
    else:
        first, last, fem = rng.choice(STRANGER_PEOPLE)
        person = f"{first} {last}"
        honor = ("Frau" if fem else "Herrn") if lang == "de" else ("Ms" if fem else "Mr")
        lines = [f"{honor} {person}"]
        tags.append("nobody-person")
        if rng.random() < 0.5:
            lines.append(rng.choice(STRANGER_FIRMS))
    if rng.random() < 0.5:
        lines.append(_co(rng))
        tags.append("addr-co")
    if rng.random() < 0.45:
        mb, form = _mailbox(rng.choice(boxes), rng, lang)
        lines.append(mb)
        tags += ["addr-mailbox", "nobody-unknown-box"]
    lines.append(_street(rng, lang))
    lines += _city(rng, lang)
    return Addressing(lines, person, tags)


def polite(person: str | None, lang: str) -> str:
    if lang == "en":
        if not person:
            return "Dear Sir or Madam,"
        last = bare(person).split()[-1]
        title = "Dr " if "Dr." in person else ("Ms " if female(person) else "Mr ")
        return f"Dear {title}{last},"
    if not person:
        return "Sehr geehrte Damen und Herren,"
    last = bare(person).split()[-1]
    dr = "Dr. " if "Dr." in person else ""
    return f"Sehr geehrte Frau {dr}{last}," if female(person) else f"Sehr geehrter Herr {dr}{last},"
