"""Deterministic fictional client directory (config/clients.yaml) and firms outside it.

The directory is built to be hard for recipient matching: near-duplicate names, shared surnames,
umlaut/ae-oe-ue spellings, every legal form, former names only in aliases, and everyone at the
same street address (the provider's). `python -m mailsort.training.clients config/clients.yaml`
writes the file.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..routing.directory import Client

INTAKE_DOMAIN = "post.buero-mitte.de"
DEFAULT_SEED = 20261128
DEFAULT_COUNT = 150


@dataclass(frozen=True)
class Provider:
    name: str
    building: str
    street: str
    postcode: str
    city: str

    @property
    def city_line(self) -> str:
        return f"{self.postcode} {self.city}"


PROVIDER = Provider("Büro Mitte Services GmbH", "Bürozentrum Mitte", "Friedrichstraße 123",
                    "10117", "Berlin")

SURNAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
    "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser",
    "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel", "Friedrich",
    "Günther", "Keller", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Böhm",
    "Winter", "Kühn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer",
    "Arnold", "Wolff", "Pfeiffer", "Jäger", "Özdemir", "Yılmaz", "Nowak", "Kowalski",
]
FIRST_M = ["Jonas", "Lukas", "Felix", "Paul", "Thomas", "Michael", "Stefan", "Andreas", "Jürgen",
           "Klaus", "Markus", "Tobias", "Florian", "Sebastian", "Hans", "Peter", "Ömer", "Mehmet",
           "Daniel", "Jan", "Matthias", "Frank", "Uwe", "Björn"]
FIRST_F = ["Anna", "Petra", "Sabine", "Julia", "Laura", "Katrin", "Claudia", "Monika", "Sarah",
           "Lena", "Marie", "Sophie", "Birgit", "Ute", "Jana", "Aylin", "Elif", "Nina", "Heike",
           "Andrea", "Jessica", "Franziska", "Charlotte", "Gül"]
TRADES_DE = ["Bau", "IT", "IT Services", "Consulting", "Immobilien", "Logistik", "Medien",
             "Handel", "Elektrotechnik", "Haustechnik", "Gebäudereinigung", "Software",
             "Personalberatung", "Vertrieb", "Design", "Marketing", "Transporte", "Holding",
             "Maschinenbau", "Architekten", "Beratung", "Dental", "Catering", "Events",
             "Sanitär", "Finanzberatung", "Verwaltung", "Textil", "Reisen", "Fotografie"]
TRADE_NEAR = {  # a second client with the same surname gets a trade close to the first one
    "IT": ["IT Services", "IT-Systeme", "IT Solutions"], "Bau": ["Bautechnik", "Bauunternehmung",
    "Hochbau"], "Consulting": ["Consult", "Unternehmensberatung"], "Immobilien":
    ["Immobilienverwaltung", "Immobilien Management"], "Logistik": ["Logistics", "Spedition"],
    "Medien": ["Mediengestaltung", "Media"], "Software": ["Softwareentwicklung", "Soft"],
}
FANTASY = ["Spreeblick", "Nordlicht", "Lindenhof", "Havelblick", "Alpenrose", "Kiezwerk",
           "Sonnenweg", "Blauwal", "Eichenhain", "Brückenschlag", "Taubenstein", "Mauerpark",
           "Ostkreuz", "Wolkenlos", "Feldberg", "Ahornweg", "Grünspecht", "Seeadler"]
EN_FANTASY = ["Northbridge", "Bluefin", "Harbor Lane", "Silverline", "Redwood", "Brightwater",
              "Ironbark", "Clearpath", "Oakfield", "Stonegate", "Lakeside", "Summit Peak",
              "Greenfield", "Blackstone Bay", "Crescent"]
EN_TRADES = ["Analytics", "Software", "Consulting", "Trading", "Media", "Ventures", "Labs",
             "Logistics", "Capital", "Systems", "Digital", "Partners", "Solutions", "Robotics"]
FORMS_DE = ["GmbH"] * 8 + ["UG (haftungsbeschränkt)"] * 3 + ["AG"] * 2 + ["KG"] * 2 + \
    ["GmbH & Co. KG"] * 3 + ["e.K."] * 2 + ["GbR"] * 2 + ["OHG"] * 2
FORMS_EN = ["Ltd.", "Inc.", "LLC", "Ltd.", "GmbH"]

# Seed clusters that must be present whatever the seed: the issue's own hard examples.
FIXED = [
    ("Schmidt IT GmbH", ["Schmidt IT"]),
    ("Schmidt IT Services GmbH", ["Schmidt IT-Services"]),
    ("Schmitt IT GmbH", []),
    ("Müller Bau GmbH", ["Mueller Bau", "Müller-Bau GmbH & Co. KG"]),
    ("Müller Bautechnik GmbH & Co. KG", ["Mueller Bautechnik"]),
    ("Weber Consulting UG (haftungsbeschränkt)", ["Weber Consulting"]),
    ("Weber & Partner Steuerberater PartG mbB", ["Weber und Partner"]),
    ("Köhler Logistik KG", ["Koehler Logistik", "Köhler Transporte KG"]),
    ("Northbridge Analytics Ltd.", ["Northbridge Analytics"]),
    ("Bluefin Software Inc.", ["Bluefin Software"]),
]

# Near twins appended after the generated clients (so those stay as they were): the same core name
# with another legal form and a distinguishing word, as in two misfiles of the blind measurement.
TWINS = [
    ("schneider-beteiligungen-kg", "Schneider Beteiligungen GmbH & Co. KG", ["Dr. Klaus Schneider"]),
    ("schneider-beteiligungen-verwaltung", "Schneider Beteiligungen Verwaltungs-GmbH", ["Miriam Schneider"]),
    ("meyer-vermoegensverwaltung-kg", "Meyer Vermögensverwaltung KG", ["Thomas Meyer"]),
    ("meyer-vermoegensverwaltung-international", "Meyer Vermögensverwaltung International GmbH",
     ["Dr. Anke Meyer-Lorenz"]),
]

_UML = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                      "ı": "i", "İ": "I"})
LEGAL_FORM = re.compile(r"\s*(GmbH & Co\. KG|UG \(haftungsbeschränkt\)|PartG mbB|PartG|GmbH|AG|"
                        r"KG|e\.K\.|GbR|OHG|Ltd\.|Inc\.|LLC)$")


def transliterate(text: str) -> str:
    """Umlauts as typewriters and foreign systems write them: Müller -> Mueller."""
    return text.translate(_UML)


def slugify(text: str) -> str:
    s = transliterate(text).lower().replace("&", " ").replace("e.k.", " ")
    s = re.sub(r"\b(gmbh|co|kg|ug|haftungsbeschraenkt|ag|e k|gbr|ohg|partg|mbb|ltd|inc|llc)\b", " ", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def strip_legal_form(name: str) -> str:
    return LEGAL_FORM.sub("", name).strip()


def _person(rng: random.Random, surname: str | None = None) -> str:
    first = rng.choice(FIRST_M + FIRST_F)
    title = rng.choices(["", "Dr. ", "Prof. Dr. ", "Dipl.-Ing. "], [14, 4, 1, 1])[0]
    return f"{title}{first} {surname or rng.choice(SURNAMES)}"


def _candidate_name(rng: random.Random, taken_surnames: list[str]) -> tuple[str, list[str]]:
    """One firm name plus aliases (variants, former names)."""
    kind = rng.choices(["surname", "near", "pair", "fantasy", "ek", "english", "partg"],
                       [30, 12, 10, 14, 7, 10, 4])[0]
    aliases: list[str] = []
    if kind == "near" and taken_surnames:
        # Same surname as an existing client, a trade close to it: the classic misroute.
        sur = rng.choice(taken_surnames)
        base = rng.choice(list(TRADE_NEAR))
        name = f"{sur} {rng.choice([base, *TRADE_NEAR[base]])} {rng.choice(FORMS_DE)}"
    elif kind in ("surname", "near"):
        name = f"{rng.choice(SURNAMES)} {rng.choice(TRADES_DE)} {rng.choice(FORMS_DE)}"
    elif kind == "pair":
        a, b = rng.sample(SURNAMES, 2)
        name = f"{a} & {b} {rng.choice(['GbR', 'OHG', 'KG', 'GmbH', 'Architekten GbR'])}"
        aliases.append(f"{a} und {b}")
    elif kind == "fantasy":
        name = f"{rng.choice(FANTASY)} {rng.choice(TRADES_DE)} {rng.choice(FORMS_DE)}"
    elif kind == "ek":
        first, sur = rng.choice(FIRST_M + FIRST_F), rng.choice(SURNAMES)
        shop = rng.choice(["Blumenhaus", "Weinhandel", "Feinkost", "Buchhandlung", "Malerbetrieb",
                           "Fahrradladen", "Optik"])
        name = f"{shop} {first} {sur} e.K."
        aliases.append(f"{shop} {sur}")
    elif kind == "english":
        name = f"{rng.choice(EN_FANTASY)} {rng.choice(EN_TRADES)} {rng.choice(FORMS_EN)}"
    else:
        sur = rng.choice(SURNAMES)
        job = rng.choice(["Rechtsanwälte", "Steuerberater", "Ingenieure", "Ärzte"])
        name = f"{sur} & Kollegen {job} {rng.choice(['PartG', 'PartG mbB'])}"
    return name, aliases


def _aliases(rng: random.Random, name: str, extra: list[str]) -> list[str]:
    out = list(extra)
    bare = strip_legal_form(name)
    if transliterate(name) != name:
        out.append(transliterate(bare))
    if rng.random() < 0.35 and bare != name:
        out.append(bare)
    if rng.random() < 0.18:  # a former name: letters from old contacts still use it
        old = f"{rng.choice(FANTASY + SURNAMES)} {rng.choice(TRADES_DE)} {rng.choice(FORMS_DE)}"
        out.append(old)
    seen, uniq = {name.lower()}, []
    for a in out:
        if a.lower() not in seen:
            seen.add(a.lower())
            uniq.append(a)
    return uniq


def _norm(name: str) -> str:
    return slugify(name)


def generate_clients(seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> list[Client]:
    """~150 fictional clients, the same list for the same seed."""
    rng = random.Random(seed)
    clients: list[Client] = []
    used_ids: set[str] = set()
    used_names: set[str] = set()
    surnames: list[str] = []
    mailboxes = rng.sample(range(1000, 10000), count * 2)
    pending = [(n, a, True) for n, a in FIXED]
    while len(clients) < count:
        if pending:
            name, extra, fixed = pending.pop(0)
        else:
            (name, extra), fixed = _candidate_name(rng, surnames), False
        key = _norm(name)
        cid = key
        if key in used_names or not cid:
            continue
        if cid in used_ids:  # same stem, other legal form: keep both, the slug says which
            cid = f"{cid}-{_norm(LEGAL_FORM.search(name).group(1)) if LEGAL_FORM.search(name) else len(clients)}"
            if cid in used_ids:
                continue
        aliases = _aliases(rng, name, extra) if not fixed else list(extra)
        if not fixed and any(_norm(a) in used_names for a in aliases):
            continue
        used_ids.add(cid)
        used_names.update({key, *(_norm(a) for a in aliases)})
        first_word = strip_legal_form(name).split()[0]
        if first_word in SURNAMES:
            surnames.append(first_word)
        people: list[str] = []
        for _ in range(rng.choices([0, 1, 2, 3], [2, 5, 3, 1])[0]):
            # Owners often carry the firm's surname; others share surnames across clients.
            same = first_word in SURNAMES and rng.random() < 0.5 and not people
            people.append(_person(rng, first_word if same else None))
        emails = [f"{cid}@{INTAKE_DOMAIN}"]
        if rng.random() < 0.15:
            emails.append(f"post-{mailboxes[len(clients)]}@{INTAKE_DOMAIN}")
        clients.append(Client(id=cid, name=name, aliases=aliases, people=people,
                              mailbox=str(mailboxes[len(clients)]), emails=emails))
    taken = [c.mailbox for c in clients]
    for cid, name, people in TWINS:
        # a box number one misread digit away from another's would make a twin of its own
        box = next(str(m) for m in mailboxes[count:]
                   if all(sum(a != b for a, b in zip(str(m), t)) > 1 for t in taken))
        taken.append(box)
        clients.append(Client(id=cid, name=name, aliases=[], people=people, mailbox=box,
                              emails=[f"{cid}@{INTAKE_DOMAIN}"]))
    return clients


def generate_outsiders(seed: int = DEFAULT_SEED, count: int = 40,
                       clients: list[Client] | None = None) -> list[Client]:
    """Firms NOT in the directory (moved out, names close to clients'): mail for nobody.

    Returned as Client records so letters can address them the same way; their ids start with
    "outsider-" and their mailbox numbers are not used by any client (a former tenant's box).
    """
    clients = clients if clients is not None else generate_clients(seed)
    rng = random.Random(seed + 1)
    taken = {_norm(n) for c in clients for n in c.names}
    boxes = {c.mailbox for c in clients}
    free_boxes = [b for b in range(1000, 10000) if str(b) not in boxes]
    rng.shuffle(free_boxes)
    surnames = [strip_legal_form(c.name).split()[0] for c in clients
                if strip_legal_form(c.name).split()[0] in SURNAMES]
    out: list[Client] = []
    while len(out) < count:
        r = rng.random()
        if r < 0.5:
            # A close relative of a client's name: same stem, another trade word or legal form.
            base = strip_legal_form(rng.choice(clients).name)
            words = [w for w in base.split() if w not in ("&", "und")]
            variant = rng.choice(["Solutions", "Gruppe", "Nord", "Plus", "Service", "24", "Süd"])
            name = f"{' '.join(words[:2])} {variant} {rng.choice(FORMS_DE)}"
        elif r < 0.75 and surnames:
            name = f"{rng.choice(surnames)} {rng.choice(TRADES_DE)} {rng.choice(FORMS_DE)}"
        else:
            name, _ = _candidate_name(rng, surnames)
        key = _norm(name)
        if key in taken or not key:
            continue
        taken.add(key)
        people = [_person(rng) for _ in range(rng.choice([0, 1, 1, 2]))]
        out.append(Client(id=f"outsider-{key}", name=name, aliases=[], people=people,
                          mailbox=str(free_boxes[len(out)]), emails=[]))
    return out


def directory_yaml(clients: list[Client]) -> str:
    header = ("# Fictional clients of Büro Mitte Services GmbH, all at "
              f"{PROVIDER.building}, {PROVIDER.street}, {PROVIDER.city_line}.\n"
              "# Generated by `python -m mailsort.training.clients config/clients.yaml`; "
              "hand edits are fine, the schema is in mailsort/routing/directory.py.\n")
    data = {"clients": [c.model_dump() for c in clients]}
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def write_directory(path: Path, seed: int = DEFAULT_SEED, count: int = DEFAULT_COUNT) -> list[Client]:
    clients = generate_clients(seed, count)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(directory_yaml(clients), encoding="utf-8")
    return clients


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("config/clients.yaml")
    written = write_directory(target)
    print(f"wrote {len(written)} clients to {target}")
