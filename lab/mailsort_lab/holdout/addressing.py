"""The recipient address block, made hard the ways issue 3 lists, with the truth kept exact.

Every block for a client must let a careful human tell the client apart from all others in the
directory: when a variant (missing legal form, misspelling, a person alone) is ambiguous, the
mailbox number is added; a mangled name that reads closer to another client is not used.
Blocks for nobody use names close to clients', former tenants' mailbox numbers that no client
holds now, and people no client employs.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from mailsort.routing.directory import Client, Directory

LEGAL = re.compile(r"\s*(GmbH & Co\.? KG|UG \(haftungsbeschränkt\)|PartG mbB|PartG|GmbH|AG|KG|"
                   r"e\.\s?K\.|GbR|OHG|Ltd\.?|Inc\.?|LLC|plc|S\.A\.)$")
FEMALE = {"Anna", "Petra", "Sabine", "Julia", "Laura", "Katrin", "Claudia", "Monika", "Sarah", "Lena",
          "Marie", "Sophie", "Birgit", "Ute", "Jana", "Aylin", "Elif", "Nina", "Heike", "Andrea",
          "Jessica", "Franziska", "Charlotte", "Gül"}
MAILBOX_FORMS = ["Postfach {n}", "Fach {n}", "Box {n}", "PMB {n}", "Nr. {n}", "Postfach-Nr. {n}",
                 "Briefkasten {n}", "PF {n}", "Fach-Nr.: {n}", "Postfachnummer {n}", "Schließfach {n}",
                 "Mailbox {n}", "Box-Nr. {n}", "Suite {n}", "Postf. {n}"]
OUT_WORDS = ["Nord", "Süd", "Service", "Gruppe", "Plus", "24", "Projekt", "Holding", "Ost", "Solutions"]
OUT_FIRMS = ["Lindqvist Textil", "Havelstern Medien", "Ockerhaus Design", "Brenner Sanitär",
             "Kaltenbach Consulting", "Gerlach Events", "Wendt Architekten", "Morgenrot Software",
             "Pfefferkorn Catering", "Sommerfeld Logistik", "Ulbricht Elektrotechnik", "Zander Immobilien"]
OUT_PEOPLE = ["Konrad Fliege", "Ramona Steiner", "Dr. Viktor Hallmann", "Greta Pohlmann",
              "Emil Brückner", "Sandra Quednau", "Hakan Demirci", "Ilse Marquardt"]
FORMS = ["GmbH", "UG (haftungsbeschränkt)", "AG", "KG", "GmbH & Co. KG", "e.K.", "GbR", "OHG"]


@dataclass
class Provider:
    name: str = "Büro Mitte Services GmbH"
    building: str = "Bürozentrum Mitte"
    street: str = "Friedrichstraße 123"
    city: str = "10117 Berlin"


def provider_from(clients_yaml: Path) -> Provider:
    """The shared address, from the directory's header comment when it states it."""
    head = clients_yaml.read_text(encoding="utf-8")[:600]
    m = re.search(r"clients of (.+?), all at (.+?), (.+?), (\d{5} [^.\n]+)", head)
    return Provider(*m.groups()) if m else Provider()


@dataclass
class Addressee:
    client_id: str | None
    lines: list[str]                 # the window block, top to bottom
    firm: str                        # how the body names the firm
    person: str | None = None        # for the salutation
    tags: list[str] = field(default_factory=list)
    mailbox: str | None = None       # as printed, for email intake of outsiders too


def norm(text: str) -> str:
    t = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    t = t.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def stem(name: str) -> str:
    return norm(LEGAL.sub("", name.strip()))


def bare_person(p: str) -> str:
    return norm(re.sub(r"^(Prof\.\s*)?(Dr\.\s*)?(Dipl\.-\w+\.\s*)?", "", p))


class Book:
    """The directory with the look-ups the truth checks need."""

    def __init__(self, directory: Directory):
        self.d = directory
        self.stems: dict[str, set[str]] = {}
        self.people: dict[str, set[str]] = {}
        for c in directory.clients:
            for n in c.names:
                self.stems.setdefault(stem(n), set()).add(c.id)
            for p in c.people:
                self.people.setdefault(bare_person(p), set()).add(c.id)
        self.mailboxes = set(directory.by_mailbox)

    def unique_stem(self, name: str, cid: str) -> bool:
        return self.stems.get(stem(name), set()) <= {cid}

    def unique_person(self, person: str, cid: str) -> bool:
        return self.people.get(bare_person(person), set()) == {cid}

    def closest(self, text: str) -> list[tuple[float, str]]:
        """(score, client id) best first, over every name and alias."""
        best: dict[str, float] = {}
        key = norm(text)
        for c in self.d.clients:
            best[c.id] = max(fuzz.ratio(key, norm(n)) for n in c.names)
        return sorted(((s, cid) for cid, s in best.items()), reverse=True)

    def nearest_stem(self, name: str) -> float:
        """How close a name comes to any client's name or alias, legal forms ignored (0..100)."""
        s = stem(name)
        return max(fuzz.ratio(s, k) for k in self.stems)

    def reads_as(self, text: str, cid: str, margin: float = 6.0) -> bool:
        ranked = self.closest(text)
        return ranked[0][1] == cid and ranked[0][0] - ranked[1][0] >= margin


def salute(person: str, lang: str) -> str:
    first = re.sub(r"^(Prof\.\s*)?(Dr\.\s*)?(Dipl\.-\w+\.\s*)?", "", person).split()[0]
    female = first in FEMALE or (first.endswith("a") and first not in {"Luka"})
    if lang == "en":
        return ("Ms " if female else "Mr ") + person
    return ("Frau " if female else "Herrn ") + person


def mangle(name: str, rng: random.Random) -> tuple[str, str]:
    """A name as senders get it wrong: (new name, tag)."""
    bare = LEGAL.sub("", name).strip()
    form = name[len(bare):].strip()
    choice = rng.choice(["translit", "gmbh-dots", "fa", "typo", "hyphen", "case", "und", "mbh",
                         "joined", "abbrev"])
    if choice == "und" and "&" in bare:
        return f"{bare.replace('&', 'und')} {form}".strip(), "misspelled"
    if choice == "mbh" and form == "GmbH":
        return f"{bare} {rng.choice(['mbH', 'Gesellschaft mbH', 'GMBH', 'Gmbh'])}", "misspelled"
    if choice == "joined" and " " in bare:
        return f"{bare.replace(' ', '', 1)} {form}".strip(), "misspelled"
    if choice == "abbrev" and len(bare.split()) > 1 and len(bare.split()[-1]) > 6:
        *head, last = bare.split()
        return f"{' '.join(head)} {last[:4]}. {form}".strip(), "misspelled"
    if choice == "translit" and norm(bare) != bare.lower() and any(ch in bare for ch in "äöüÄÖÜß"):
        out = bare.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        return f"{out} {form}".strip(), "misspelled"
    if choice == "gmbh-dots" and "GmbH" in form:
        return f"{bare} {form.replace('GmbH', 'G.m.b.H.')}", "misspelled"
    if choice == "fa":
        return f"Fa. {bare}" + (f" {form}" if rng.random() < 0.5 else ""), "misspelled"
    if choice == "hyphen" and " " in bare:
        return f"{bare.replace(' ', '-', 1)} {form}".strip(), "misspelled"
    if choice == "case":
        return f"{bare.upper()} {form.upper()}".strip(), "misspelled"
    # a typing slip inside a word (never the first letter)
    chars = list(bare)
    spots = [i for i in range(1, len(chars) - 1) if chars[i].isalpha() and chars[i + 1].isalpha()]
    if not spots:
        return f"Fa. {bare}", "misspelled"
    i = rng.choice(spots)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    elif op == "drop":
        del chars[i]
    else:
        chars.insert(i, chars[i])
    return f"{''.join(chars)} {form}".strip(), "misspelled"


def former_name(c: Client) -> str | None:
    """An alias that shares no word with the current name: a former firm name."""
    words = set(stem(c.name).split())
    for a in c.aliases:
        if not words & set(stem(a).split()):
            return a
    return None


def _box(n: str, rng: random.Random) -> str:
    return rng.choice(MAILBOX_FORMS).format(n=n)


def _tail(p: Provider, rng: random.Random, box: str | None, lang: str) -> list[str]:
    """Street and town of the shared address, the mailbox on its own line or after the street."""
    street = p.street if lang == "de" else p.street.replace("ß", "ss")
    lines = [p.building] if rng.random() < 0.15 else []
    if box and rng.random() < 0.4:
        lines.append(f"{street}{rng.choice([', ', ' / ', ' - '])}{box}")
    else:
        if box:
            lines.append(box)
        lines.append(street)
    lines.append(p.city)
    if lang == "en":
        lines.append("Germany")
    return lines


def address_client(c: Client, book: Book, p: Provider, lang: str, rng: random.Random) -> Addressee:
    tags: list[str] = []
    name, person = c.name, None
    style = rng.choices(["plain", "mailbox", "co", "person-only", "attn", "no-legal-form", "misspelled",
                         "former-name"], [10, 16, 12, 10, 12, 12, 16, 8])[0]
    if former_name(c) and rng.random() < 0.3:   # few clients have one: use it when there is
        style = "former-name"
    need_box = False
    if style == "former-name":
        old = former_name(c)
        if old and book.unique_stem(old, c.id):
            name = old
            tags.append("former-name")
        else:
            style = "misspelled"
    if style == "no-legal-form":
        name = LEGAL.sub("", c.name).strip() or c.name
        tags.append("no-legal-form")
        need_box = not book.unique_stem(name, c.id)
    if style == "misspelled":
        for _ in range(4):
            cand, tag = mangle(c.name, rng)
            if book.reads_as(cand, c.id):
                name = cand
                tags.append(tag)
                break
    if style in ("person-only", "attn") and c.people:
        person = rng.choice(c.people)
        tags.append("person-only" if style == "person-only" else "person")
        need_box = need_box or (style == "person-only" and not book.unique_person(person, c.id))
    elif style in ("person-only", "attn"):
        style = "mailbox"
    if style == "mailbox" or need_box or rng.random() < 0.2:
        box = _box(c.mailbox, rng)
        tags.append("mailbox")
    else:
        box = None
    top: list[str] = []
    if style == "person-only":
        top = [salute(person, lang)] if lang == "de" else [person]
        if not box:  # a person alone is only enough when nobody else has that name
            box = _box(c.mailbox, rng)
            tags.append("mailbox")
    elif style == "attn":
        att = rng.choice(["z. Hd. ", "z. H. ", "Attn: ", "", "zu Händen ", "z.Hd. ", "Zu Hd. "]) \
            if lang == "de" else rng.choice(["Attn: ", "Attention: ", "FAO "])
        who = salute(person, lang) if att in ("", "z. Hd. ", "zu Händen ") and lang == "de" else person
        top = [name, f"{att}{who}"] if rng.random() < 0.7 else [f"{att}{who}".strip(), name]
    else:
        top = [name]
    if style == "co" or (rng.random() < 0.15 and style != "person-only"):
        top.append(rng.choice([f"c/o {p.name}", f"c/o {p.building}", f"bei {p.name}", f"C/O {p.name}",
                               f"p. A. {p.name}", f"per Adresse {p.name}", f"im Hause {p.building}"]))
        tags.append("c/o")
    if rng.random() < 0.12 and lang == "de":
        top.insert(0, rng.choice(["Firma", "An die", "Einschreiben", "Persönlich/Vertraulich"]))
    if not tags:
        tags.append("plain")
    return Addressee(c.id, top + _tail(p, rng, box, lang), name, person, sorted(set(tags)),
                     mailbox=box)


def outsider(book: Book, p: Provider, lang: str, rng: random.Random) -> Addressee:
    """Mail for nobody in the directory: it must go to review."""
    kind = rng.choice(["near-name", "near-name", "moved-out", "unknown-person"])
    free = [str(n) for n in range(1000, 10000) if str(n) not in book.mailboxes]
    for _ in range(50):
        if kind == "near-name":
            base = LEGAL.sub("", rng.choice(book.d.clients).name).strip().split()
            words = base[:2] if len(base) > 1 else base
            if rng.random() < 0.5:
                name = f"{' '.join(words)} {rng.choice(OUT_WORDS)} {rng.choice(FORMS)}"
            else:
                name = f"{words[0]} {rng.choice(OUT_FIRMS).split()[1]} {rng.choice(FORMS)}"
        else:
            name = f"{rng.choice(OUT_FIRMS)} {rng.choice(FORMS)}"
        # Close to a client's name, yet a careful reader sees another firm: a whole word differs
        # ("Schmidt IT Nord"), never a spelling or translation of it ("Keller Medien" for
        # "Keller Media").
        if book.nearest_stem(name) < 85:
            break
    else:  # nothing distinct enough drawn: a former tenant's name no client resembles
        name, kind = f"Quednau Fliege {rng.choice(FORMS)}", "moved-out"
    box = _box(rng.choice(free), rng) if kind == "moved-out" or rng.random() < 0.3 else None
    tags = ["nobody", kind]
    if kind == "unknown-person":
        person = rng.choice([x for x in OUT_PEOPLE if bare_person(x) not in book.people])
        top = [salute(person, lang) if lang == "de" else person]
        return Addressee(None, top + _tail(p, rng, box, lang), name, person, tags, box)
    top = [name]
    if rng.random() < 0.3:
        top.append(f"c/o {p.name}")
        tags.append("c/o")
    return Addressee(None, top + _tail(p, rng, box, lang), name, None, tags, box)
