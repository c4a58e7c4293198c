"""The client directory as wave 7 reads it (config/clients.yaml, read here, not through mailsort),
the address blocks a virtual office receives, and firms and people nobody there is."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BUILDING = ("Bürozentrum Mitte", "Friedrichstraße 123", "10117 Berlin")
PROVIDER = "Büro Mitte Services GmbH"
FORMS = ("GmbH & Co. KG", "UG (haftungsbeschränkt)", "PartG mbB", "PartG", "GmbH", "AG", "KG", "OHG",
         "GbR", "e.K.", "Ltd.", "Inc.", "LLC", "SE", "mbH")
FEMALE = {"Andrea", "Anke", "Anna", "Aylin", "Birgit", "Claudia", "Elif", "Franziska", "Gül", "Heike", "Jana",
          "Jessica", "Julia", "Katrin", "Laura", "Lena", "Marie", "Miriam", "Monika", "Nina", "Petra", "Sabine",
          "Sarah", "Sophie", "Ute", "Charlotte", "Greta", "Ilka", "Wiebke", "Ronja", "Svea", "Henrike", "Tamara"}
MALE = {"Andreas", "Björn", "Daniel", "Felix", "Florian", "Frank", "Hans", "Jan", "Jonas", "Jürgen", "Klaus",
        "Lukas", "Markus", "Matthias", "Mehmet", "Michael", "Paul", "Peter", "Sebastian", "Stefan", "Thomas",
        "Tobias", "Uwe", "Ömer", "Ansgar", "Bodo", "Hauke", "Torben", "Veit", "Gernot", "Ole"}


def fold(text: str) -> str:
    """Lower case without accents, ß as ss, punctuation as spaces: for comparing names."""
    text = text.replace("ß", "ss").replace("&", " und ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def core(name: str) -> str:
    """A firm's name without its legal form."""
    for form in FORMS:
        if name.endswith(" " + form):
            return name[: -len(form) - 1].strip()
    return name


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str] = field(default_factory=list)


class Directory:
    def __init__(self, path: Path):
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["clients"]
        self.clients = [Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                               str(c["mailbox"]), list(c.get("emails") or [])) for c in raw]
        self.names = {fold(n) for c in self.clients for n in [c.name, core(c.name), *c.aliases,
                                                              *map(core, c.aliases)]}
        self.persons = {fold(bare(p)) for c in self.clients for p in c.people}
        self.mailboxes = {c.mailbox for c in self.clients}

    def forms(self, c: Client) -> list[str]:
        """Every way a letter may name the client: its name, aliases, people."""
        return [c.name, *c.aliases, *c.people]


def bare(person: str) -> str:
    return " ".join(w for w in person.split() if w not in ("Dr.", "Prof.", "Dipl.-Ing."))


def gender(person: str) -> str | None:
    first = bare(person).split()[0]
    return "f" if first in FEMALE else "m" if first in MALE else None


def salutation(person: str | None, lang: str) -> str:
    if not person or not gender(person):
        return "Sehr geehrte Damen und Herren," if lang == "de" else "Dear Sir or Madam,"
    title = "Dr. " if "Dr." in person.split() else ""
    last = bare(person).split()[-1]
    if lang == "en":
        return f"Dear {title or ('Ms ' if gender(person) == 'f' else 'Mr ')}{last},"
    return f"Sehr geehrte Frau {title}{last}," if gender(person) == "f" else f"Sehr geehrter Herr {title}{last},"


def mailbox_line(rng: random.Random, box: str, lang: str) -> tuple[str, str]:
    forms = [("Postfach {}", "postfach"), ("Fach {}", "fach"), ("Postfach-Nr. {}", "postfach-nr"),
             ("Mailbox {}", "mailbox"), ("Box {}", "box"), ("PF {}", "pf"), ("Briefkasten {}", "briefkasten"),
             ("Fach-Nr. {}", "fach-nr")] if lang == "de" else \
        [("Box {}", "box"), ("Mailbox {}", "mailbox"), ("Suite {}", "suite"), ("P.O. Box {}", "po-box"),
         ("Mailbox no. {}", "mailbox-no")]
    pat, tag = rng.choice(forms)
    return pat.format(box if rng.random() < 0.85 else f"{box[:2]} {box[2:]}"), tag


def _street(rng: random.Random, lang: str) -> str:
    s = BUILDING[1]
    return s.replace("straße", "strasse") if lang == "en" and rng.random() < 0.6 else s


def _split_name(name: str) -> list[str]:
    """A name as an address program wraps it: the legal form (or the second half) on a line of its own."""
    c = core(name)
    if c != name:
        return [c, name[len(c):].strip()]
    words = name.split()
    return [" ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2:])]


def client_block(c: Client, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """(address lines, tags, the person addressed or None)."""
    tags: list[str] = []
    name = c.name
    if c.aliases and rng.random() < 0.18:
        name = rng.choice(c.aliases)
        tags.append("addr-alias")
    else:
        tags.append("addr-legal-name")
    person = rng.choice(c.people) if c.people and rng.random() < 0.45 else None
    lines: list[str] = []
    if person and rng.random() < 0.15:                 # the person first, the firm as c/o
        g = gender(person)
        lines.append(("Frau " if g == "f" else "Herrn " if g == "m" else "") + person if lang == "de" else person)
        lines.append(f"c/o {name}")
        tags.append("addr-person-first")
    else:
        if len(name) > 24 and rng.random() < 0.3:
            lines += _split_name(name)
            tags.append("addr-name-wrapped")
        else:
            lines.append(name)
        if person:
            g = gender(person)
            if lang == "en":
                lines.append(f"Attn. {person}" if rng.random() < 0.7 else f"FAO {person}")
            elif rng.random() < 0.6 or not g:
                lines.append(f"z. Hd. {person}" if rng.random() < 0.6 or not g else
                             f"z. Hd. {'Frau' if g == 'f' else 'Herrn'} {person}")
            else:
                lines.append(("Frau " if g == "f" else "Herrn ") + person)
            tags.append("addr-attn")
    box_first = rng.random() < 0.5
    has_box = rng.random() < 0.85
    if rng.random() < 0.4:
        lines.append(f"c/o {PROVIDER}" if rng.random() < 0.7 else f"c/o {BUILDING[0]}")
        tags.append("addr-co")
    box, btag = mailbox_line(rng, c.mailbox, lang)
    street = _street(rng, lang)
    if has_box:
        tags.append(f"box-{btag}")
        if rng.random() < 0.15:
            lines.append(f"{street} / {box}" if lang == "de" else f"{street}, {box}")
        elif box_first:
            lines += [box, street]
        else:
            lines += [street, box]
    else:
        lines.append(street)
        tags.append("box-none")
    lines.append(BUILDING[2])
    if lang == "en":
        lines.append("GERMANY" if rng.random() < 0.7 else "Germany")
    return lines, tags, person


# Firms and people for nobody: near-namesakes of clients and strangers.
STEMS = ("Schmidt", "Müller", "Weber", "Köhler", "Keller", "Hartmann", "Redwood", "Bluefin", "Northbridge",
         "Ostkreuz", "Silverline", "Taubenstein", "Werner", "Meyer", "Lindqvist", "Brenneke", "Ackermann",
         "Dornbusch", "Quandel", "Hellwig", "Rasmussen", "Kranich", "Sturmvogel", "Eisvogel")
TRADES = ("IT Consulting", "Bauservice", "Logistics", "Fotostudio", "Dentaltechnik", "Capital", "Systems",
          "Data Labs", "Eventcatering", "Immobilienservice", "Beratungsgesellschaft", "Steuerkanzlei",
          "Gartenbau", "Elektrotechnik", "Personalservice", "Textilhandel", "Medienproduktion", "Reinigung")
NOBODY_FIRST = ("Greta", "Ilka", "Wiebke", "Ronja", "Svea", "Henrike", "Tamara", "Ansgar", "Bodo", "Hauke",
                "Torben", "Veit", "Gernot", "Ole", "Jessica", "Felix", "Sophie", "Markus")
NOBODY_LAST = ("Brandhorst", "Kettler", "Wendisch", "Oltmanns", "Pracht", "Sieverding", "Tews", "Zander",
               "Rohloff", "Ebeling", "Schmidt", "Weber", "Krause", "Müller", "Keller", "Lindholm")


def nobody_block(d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """An address of someone not in the directory, often in the same building."""
    for _ in range(200):
        firm = f"{rng.choice(STEMS)} {rng.choice(TRADES)} {rng.choice(('GmbH', 'GmbH', 'UG (haftungsbeschränkt)', 'KG', 'AG', 'GbR', 'e.K.', 'Ltd.'))}"
        person = f"{rng.choice(NOBODY_FIRST)} {rng.choice(NOBODY_LAST)}"
        if fold(firm) not in d.names and fold(core(firm)) not in d.names and fold(person) not in d.persons:
            break
    kind = rng.choices(["firm", "person", "firm-attn"], [55, 20, 25])[0]
    tags = [f"nobody-{kind}"]
    if any(firm.startswith(s) for s in STEMS[:13]):
        tags.append("nobody-namesake")
    lines: list[str] = []
    if kind == "person":
        g = gender(person)
        lines.append(("Frau " if g == "f" else "Herrn " if g == "m" else "") + person if lang == "de" else person)
        person_out = person
    else:
        lines.append(firm)
        person_out = None
        if kind == "firm-attn":
            lines.append(f"z. Hd. {person}" if lang == "de" else f"Attn. {person}")
            person_out = person
    if rng.random() < 0.7:                              # the same building: the trap
        if rng.random() < 0.4:
            lines.append(f"c/o {PROVIDER}")
        if rng.random() < 0.6:
            box = str(rng.choice([b for b in range(1100, 9990) if str(b) not in d.mailboxes]))
            lines.append(mailbox_line(rng, box, lang)[0])
            tags.append("nobody-unknown-box")
        lines += [_street(rng, lang), BUILDING[2]]
        tags.append("nobody-same-building")
    else:
        lines += [f"{rng.choice(('Lindenweg', 'Am Schöpfwerk', 'Kastanienallee', 'Uferstraße', 'Hafenring'))} {rng.randint(2, 88)}",
                  f"{rng.choice(('10245', '12043', '13355', '14057', '10439'))} Berlin"]
    if lang == "en":
        lines.append("GERMANY")
    return lines, tags, person_out
