"""The client directory as wave 8 reads it (config/clients.yaml), the many ways a letter addresses a
client of the virtual office, and letters for nobody in it (unknown firms, namesakes, private persons)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

OFFICE = "Büro Mitte Services GmbH"
STREETS = ("Friedrichstraße 123", "Friedrichstraße 123", "Friedrichstr. 123")
CITY = "10117 Berlin"
FEMALE = {"Andrea", "Anke", "Anna", "Aylin", "Birgit", "Claudia", "Elif", "Franziska", "Gül", "Heike", "Jana",
          "Jessica", "Julia", "Katrin", "Laura", "Lena", "Marie", "Miriam", "Monika", "Nina", "Petra", "Sabine",
          "Sarah", "Sophie", "Ute", "Charlotte", "Ines", "Greta", "Wiebke", "Renate", "Dörte", "Mareike", "Tanja"}
TITLES = ("Dr.", "Prof.", "Dipl.-Ing.")
LEGAL = ("GmbH", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "AG", "KG", "OHG", "e.K.", "GbR", "PartG mbB",
         "Ltd.", "LLC", "Inc.", "SE")


def fold(text: str) -> str:
    """Case, accents and ß folded, so 'Müller' and 'MUELLER' compare alike."""
    text = text.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9&]+", " ", text)).strip()


def bare(person: str) -> str:
    return " ".join(w for w in person.split() if w not in TITLES)


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str]


class Directory:
    def __init__(self, path: Path):
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["clients"]
        self.clients = [Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                               str(c["mailbox"]), list(c["emails"])) for c in raw]
        self.names = {fold(n) for c in self.clients for n in [c.name, *c.aliases]}
        self.people = {fold(bare(p)) for c in self.clients for p in c.people}
        self.mailboxes = {c.mailbox for c in self.clients}
        counts: dict[str, int] = {}
        for c in self.clients:
            for p in set(map(bare, c.people)):
                counts[fold(p)] = counts.get(fold(p), 0) + 1
        self.unique_people = {k for k, v in counts.items() if v == 1}

    def forms(self, c: Client) -> list[str]:
        """Every way of naming the client that a block may use: name, alias, person, mailbox."""
        return [c.name, *c.aliases, *map(bare, c.people), c.mailbox]


def polite(person: str, lang: str) -> tuple[str, str]:
    """('Frau Dr. Heike Schmidt', 'Sehr geehrte Frau Dr. Schmidt,') and the English forms."""
    words = person.split()
    first = next(w for w in words if w not in TITLES)
    titles = " ".join(w for w in words if w in ("Dr.", "Prof."))
    last = words[-1]
    female = first in FEMALE
    if lang == "de":
        line = f"{'Frau' if female else 'Herrn'} {person}"
        sal = f"Sehr geehrte{'' if female else 'r'} {'Frau' if female else 'Herr'} {titles + ' ' if titles else ''}{last},"
    else:
        line = f"{'Ms' if female else 'Mr'} {bare(person)}" if not titles else person
        sal = f"Dear {titles or ('Ms' if female else 'Mr')} {last},"
    return line, sal


def _wrap_name(name: str) -> list[str]:
    """A firm name broken over two lines where a window is too narrow: before the legal form or after '&'."""
    for form in sorted(LEGAL, key=len, reverse=True):
        if name.endswith(" " + form) and len(name) > len(form) + 4:
            head = name[: -len(form) - 1]
            if form == "GmbH & Co. KG":
                return [f"{head} GmbH &", "Co. KG"]
            if form.startswith("UG"):
                return [f"{head} UG", "(haftungsbeschränkt)"]
            return [head, form]
    words = name.split()
    return [" ".join(words[:-1]), words[-1]] if len(words) > 1 else [name]


def mailbox_line(box: str, rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice((f"Box {box}", f"Mailbox {box}", f"Suite / Box no. {box}", f"c/o Buero Mitte, Box {box}"))
    return rng.choice((f"Fach {box}", f"Postfach-Nr. {box}", f"Box {box}", f"Briefkasten Nr. {box}",
                       f"Fach-Nr.: {box}", f"Postfach {box} (Büro Mitte)", f"Mailbox {box}"))


def _tail(rng: random.Random, lang: str) -> list[str]:
    street = rng.choice(STREETS) if lang == "de" else rng.choice(("Friedrichstrasse 123", "Friedrichstraße 123"))
    tail = [street, CITY]
    if lang == "en":
        tail += [rng.choice(("GERMANY", "Germany"))]
    return tail


FORMS = (("name", 22), ("co", 14), ("zhd", 16), ("mailbox", 14), ("wrapped", 9), ("alias", 10),
         ("person-first", 6), ("person-only", 5), ("mailbox-street", 4))


def client_block(c: Client, d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """The window lines for a client, the addressing tags, and the person named (if any)."""
    forms = [f for f, w in FORMS for _ in range(w)]
    while True:
        form = rng.choice(forms)
        if form in ("zhd", "person-first") and not c.people:
            continue
        if form == "person-only" and not [p for p in c.people if fold(bare(p)) in d.unique_people]:
            continue
        if form == "alias" and not c.aliases:
            continue
        break
    person = None
    name = c.name
    tail = _tail(rng, lang)
    co = "c/o " + rng.choice((OFFICE, "Büro Mitte Services", "Bürozentrum Mitte")) if lang == "de" else \
        "c/o " + rng.choice((OFFICE, "Buero Mitte Services GmbH"))
    if form == "name":
        lines = [name, *tail]
    elif form == "co":
        lines = [name, co, *tail]
    elif form == "zhd":
        person = rng.choice(c.people)
        line, _ = polite(person, lang)
        att = rng.choice(("z. Hd.", "z. Hd.", "zu Händen", "z.Hd.")) if lang == "de" else rng.choice(("Attn.", "Attn:", "FAO"))
        lines = [name, f"{att} {line}", *tail]
    elif form == "person-first":
        person = rng.choice(c.people)
        lines = [polite(person, lang)[0], name, *tail]
    elif form == "person-only":
        person = rng.choice([p for p in c.people if fold(bare(p)) in d.unique_people])
        lines = [polite(person, lang)[0], co, *tail]
    elif form == "mailbox":
        lines = [name, mailbox_line(c.mailbox, rng, lang), *tail]
    elif form == "mailbox-street":
        lines = [name, f"{tail[0]}, {mailbox_line(c.mailbox, rng, lang)}", *tail[1:]]
    elif form == "wrapped":
        lines = [*_wrap_name(name), *([co] if rng.random() < 0.4 else []), *tail]
    else:
        name = rng.choice(c.aliases)
        lines = [name, *([co] if rng.random() < 0.5 else []), *tail]
    if rng.random() < 0.12 and form not in ("mailbox", "mailbox-street", "person-only"):
        lines.insert(len(lines) - len(tail), mailbox_line(c.mailbox, rng, lang))
        form += "+mailbox"
    return lines, [f"addr-{form}"], person


FIRST = ("Henrike", "Malte", "Ines", "Torben", "Greta", "Wiebke", "Ole", "Dörte", "Kasimir", "Mareike", "Tanja",
         "Volker", "Renate", "Lasse", "Benedikt", "Charlotte", "Rasmus", "Emil")
LAST = ("Ostermeyer", "Quandtke", "Brüggemann", "Vosskuhl", "Tiedemann", "Ahlgrimm", "Zirngibl", "Lüdecke",
        "Fennert", "Hagedorn", "Kretschmar", "Sudhoff", "Wendland", "Dittberner", "Oltmanns", "Pingel")
UNKNOWN = ("Lindqvist Akustik GmbH", "Fennert & Sudhoff Rechtsdienstleistungen GbR", "Korallenriff Media UG (haftungsbeschränkt)",
           "Zinnober Eventagentur GmbH", "Pingel Elektroplanung KG", "Morgenrot Consulting GmbH", "Quandtke Immobilienservice e.K.",
           "Brightwater Holdings Ltd.", "Tidewell Analytics Inc.", "Wasserturm Ventures GmbH & Co. KG", "Ahlgrimm Übersetzungen e.K.",
           "Seidenfaden Textilagentur OHG", "Kranichfeld Gastro GmbH", "Hollowpine Games LLC")
TRADES = ("Personaldienstleistungen", "Gebäudetechnik", "Immobilienverwaltung", "Messebau", "Steuerberatung",
          "Werbetechnik", "Elektrotechnik", "Cloud Services", "Eventtechnik", "Sicherheitsdienst", "Dentallabor")


def _person(rng: random.Random, d: Directory) -> str:
    while True:
        p = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if fold(p) not in d.people:
            return p


def namesake(d: Directory, rng: random.Random) -> str:
    """A firm sharing a client's family name or brand but with another trade: not a client."""
    while True:
        c = rng.choice(d.clients)
        head = c.name.split()[0]
        if head in ("Buchhandlung", "Fahrradladen", "Malerbetrieb", "Optik", "Weinhandel", "Feinkost", "Blumenhaus"):
            continue
        name = f"{head} {rng.choice(TRADES)} {rng.choice(('GmbH', 'UG (haftungsbeschränkt)', 'KG', 'GmbH & Co. KG'))}"
        core = fold(name.rsplit(" ", 1)[0])
        if fold(name) not in d.names and not any(n.startswith(core) for n in d.names):
            return name


def nobody_block(d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    kind = rng.choices(["unknown-firm", "namesake", "private", "unknown-box"], [8, 8, 5, 3])[0]
    tail = _tail(rng, lang)
    person = None
    co = f"c/o {OFFICE}" if lang == "de" else "c/o Buero Mitte Services GmbH"
    if kind == "unknown-firm":
        name = rng.choice(UNKNOWN)
        lines = [name, *([co] if rng.random() < 0.5 else []), *tail]
        if rng.random() < 0.4:
            person = _person(rng, d)
            lines.insert(1, ("z. Hd. " if lang == "de" else "Attn. ") + polite(person, lang)[0])
    elif kind == "namesake":
        lines = [namesake(d, rng), *([co] if rng.random() < 0.4 else []), *tail]
    elif kind == "private":
        person = _person(rng, d)
        lines = [polite(person, lang)[0], co, *tail]
    else:
        box = rng.choice([b for b in (f"{rng.randint(1000, 9999)}" for _ in range(50))
                          if b not in d.mailboxes and not b.startswith("20")])
        lines = [rng.choice(UNKNOWN), mailbox_line(box, rng, lang), *tail]
    return lines, [f"nobody-{kind}", f"addr-nobody-{kind}"], person
