"""The window address block of a wave-3 letter: who it is for, written the ways real senders write it.

Every client sits at the provider's address, so the block tells clients apart only by a name line
(canonical, alias or former name, without legal form, OCR-plausibly misspelt), a person, a "c/o" line
or a mailbox number. A variant that could be read as another client gets the mailbox added, so the
truth stays unambiguous. Mail for nobody names a firm that moved out or a name that differs from a
client's by a whole word, never a client's person or mailbox.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from mailsort.routing.directory import Client, Directory

PROVIDER = "Büro Mitte Services GmbH"
STREETS = ["Friedrichstraße 123", "Friedrichstraße 123", "Friedrichstr. 123", "Friedrichstrasse 123"]
CITY = "10117 Berlin"
FORMS = r"(GmbH & Co\.? KG|UG \(haftungsbeschränkt\)|PartG mbB|PartG|GmbH|AG|KG|OHG|GbR|e\.K\.|Ltd\.|Inc\.|LLC)"
FORM_RE = re.compile(rf"\s*{FORMS}\s*$")
TITLES = re.compile(r"^((Prof\.|Dr\.|Dipl\.-Ing\.)\s+)+")
FEMALE = {"Anna", "Petra", "Sabine", "Julia", "Laura", "Katrin", "Claudia", "Monika", "Sarah", "Lena", "Marie",
          "Sophie", "Birgit", "Ute", "Jana", "Aylin", "Elif", "Nina", "Heike", "Andrea", "Jessica", "Franziska",
          "Charlotte", "Gül"}
BOX_FORMS = ["Postfach {n}", "Fach {n}", "Box {n}", "PMB {n}", "Nr. {n}", "Postfachnr. {n}", "Fach-Nr. {n}"]
OUTSIDE_SURNAMES = ["Tiedemann", "Brückner", "Ostrowski", "Lindner", "Wendt", "Rademacher", "Kessler", "Hollstein",
                    "Marquardt", "Evers", "Janßen", "Gottschalk", "Reinholz", "Brandl", "Quast"]
OTHER_TRADES = ["Gartenbau", "Eventtechnik", "Zahntechnik", "Getränkehandel", "Kfz-Service", "Brunnenbohrung",
                "Hausverwaltung", "Übersetzungen", "Sicherheitsdienst", "Werbetechnik", "Umzüge", "Akustik"]
OTHER_TRADES_EN = ["Catering", "Freight", "Biotech", "Outdoor", "Acoustics", "Publishing"]
BRANCHES = ["Bäckerei", "Friseursalon", "Schreibwaren", "Getränkemarkt", "Kosmetikstudio"]


def norm(text: str) -> str:
    t = FORM_RE.sub("", text).lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), (" und ", " & "), ("-", " ")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9& ]+", "", t).strip()


def bare(person: str) -> str:
    return TITLES.sub("", person).strip()


def salute(person: str, lang: str) -> str:
    first = bare(person).split()[0]
    if lang == "en":
        return ("Ms " if first in FEMALE else "Mr ") + person
    return ("Frau " if first in FEMALE else "Herrn ") + person


@dataclass
class Block:
    lines: list[str]
    tags: list[str]
    body_name: str              # how the letter's body names the addressee


class Book:
    """The directory plus the checks that keep an address variant unambiguous."""

    def __init__(self, d: Directory):
        self.d = d
        self.stems = {c.id: {norm(n) for n in c.names} for c in d.clients}
        counts: dict[str, int] = {}
        for c in d.clients:
            for p in {bare(p) for p in c.people}:
                counts[p] = counts.get(p, 0) + 1
        self.person_count = counts
        # A person whose name is also part of a firm's name ('Optik Marie Hartmann') is not a clear cue.
        names = " | ".join(n for c in d.clients for n in c.names)
        self.in_firm_names = {p for p in counts if p in names}
        self.boxes = {c.mailbox for c in d.clients}

    def closest(self, variant: str) -> list[tuple[float, str]]:
        v = norm(variant)
        return sorted(((max(fuzz.ratio(v, s) for s in stems), cid) for cid, stems in self.stems.items()), reverse=True)

    def unambiguous(self, variant: str, cid: str) -> bool:
        ranked = self.closest(variant)
        own = next(s for s, c in ranked if c == cid)
        other = max((s for s, c in ranked if c != cid), default=0.0)
        return own >= 80 and own - other >= 12

    def unique_person(self, person: str) -> bool:
        return self.person_count.get(bare(person), 0) == 1 and bare(person) not in self.in_firm_names

    def free_box(self, rng: random.Random) -> str:
        while True:
            n = str(rng.randint(1000, 9999))
            if n not in self.boxes:
                return n

    def taken(self, name: str) -> bool:
        """A name some client uses, or close enough that a careful human would hesitate."""
        v = norm(name)
        return any(v == s or fuzz.ratio(v, s) >= 90 for stems in self.stems.values() for s in stems)


def misspell(name: str, rng: random.Random) -> str:
    """OCR- or typist-plausible damage that keeps the name readable."""
    subs = [("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("ü", "u"), ("GmbH", "G.m.b.H."), ("GmbH", "Gmbh"),
            (" & ", " und "), ("m", "rn"), ("li", "h"), ("e", "c"), ("l", "I"), ("i", "l"), (" ", "-"), ("o", "0")]
    rng.shuffle(subs)
    out, done = name, 0
    for a, b in subs:
        if a in out and done < 2:
            i = [m.start() for m in re.finditer(re.escape(a), out)]
            k = rng.choice(i)
            out = out[:k] + b + out[k + len(a):]
            done += 1
    return out if out != name else name.replace(" ", "  ", 1).replace("  ", " ") + "."


def name_variant(c: Client, book: Book, rng: random.Random) -> tuple[str, list[str]]:
    r = rng.random()
    former = [a for a in c.aliases if norm(a).split()[0] != norm(c.name).split()[0]]
    if former and rng.random() < 0.3:                  # the name the firm had before (only an alias now)
        return rng.choice(former), ["former-name"]
    if r < 0.38:
        return c.name, ["name-exact"]
    if r < 0.53 and c.aliases:
        if former and rng.random() < 0.6:
            return rng.choice(former), ["former-name"]
        a = rng.choice(c.aliases)
        return a, ["former-name" if a in former else "alias"]
    if r < 0.68:
        stripped = FORM_RE.sub("", c.name).strip()
        if stripped != c.name:
            return rng.choice([stripped, "Fa. " + stripped]), ["no-legal-form"]
    if r < 0.76:
        return c.name.upper(), ["name-caps"]
    return misspell(c.name, rng), ["misspelt"]


def client_block(c: Client, book: Book, rng: random.Random, lang: str) -> Block:
    name, tags = name_variant(c, book, rng)
    street = rng.choice(STREETS) if lang == "de" else rng.choice(["Friedrichstrasse 123", "Friedrichstr. 123"])
    tail = [street, CITY] + (["GERMANY"] if lang == "en" and rng.random() < 0.7 else [])
    people = [p for p in c.people if book.unique_person(p)]
    box = rng.choice(BOX_FORMS if lang == "de" else ["Box {n}", "PMB {n}", "Mailbox {n}"]).format(n=c.mailbox)
    clear = book.unambiguous(name, c.id)
    r = rng.random()
    if r < 0.12 and people:                                   # a person only, no firm name
        p = rng.choice(people)
        lines = [salute(p, lang), f"c/o {PROVIDER}", *tail]
        return Block(lines, ["person-only"], FORM_RE.sub("", c.name))
    if r < 0.20:                                              # the mailbox only
        lines = [PROVIDER, box, *tail]
        return Block(lines, ["mailbox-only"], "Ihr Unternehmen" if lang == "de" else "your company")
    lines = [name]
    if not clear:
        lines.append(box)
        tags = tags + ["mailbox-added"]
    r = rng.random()
    if r < 0.25 and c.people:
        p = rng.choice(c.people)
        attn = ("z. Hd. " if lang == "de" else "Attn: ") + salute(p, lang)
        lines.insert(rng.choice([0, 1]), rng.choice([salute(p, lang), attn]))
        tags.append("person")
    elif r < 0.45:
        lines.append(f"c/o {PROVIDER}")
        tags.append("c-o")
    elif r < 0.6 and box not in lines:
        lines.append(box)
        tags.append("mailbox")
    elif r < 0.68 and lang == "de":
        lines.append("Bürozentrum Mitte")
        tags.append("building")
    return Block(lines + tail, tags, FORM_RE.sub("", c.name).strip())


def near_name(c: Client, book: Book, rng: random.Random) -> str | None:
    """The client's name with one whole word replaced, so it names another company."""
    words = c.name.split()
    form = FORM_RE.search(c.name)
    stem = FORM_RE.sub("", c.name).split()
    if len(stem) < 2:
        return None
    for _ in range(12):
        s = list(stem)
        if "&" in s:
            s[s.index("&") + 1] = rng.choice(OUTSIDE_SURNAMES)
        elif c.name.endswith("e.K.") and len(s) >= 3:
            s[0] = rng.choice(BRANCHES)
        else:
            s[1:] = [rng.choice(OTHER_TRADES_EN if words[-1] in ("Ltd.", "Inc.", "LLC") else OTHER_TRADES)]
        cand = " ".join(s) + (f" {form.group(1)}" if form else "")
        if not book.taken(cand) and not any(p in cand for p in book.person_count):
            return cand
    return None


def nobody_block(book: Book, rng: random.Random, lang: str) -> Block:
    street = rng.choice(STREETS)
    r = rng.random()
    if r < 0.5:
        c = rng.choice(book.d.clients)
        name = near_name(c, book, rng)
        if name:
            lines = [name] + ([f"c/o {PROVIDER}"] if rng.random() < 0.3 else []) + [street, CITY]
            return Block(lines, ["nobody", "nobody-near-name"], FORM_RE.sub("", name).strip())
    while True:
        form = rng.choice(["GmbH", "UG (haftungsbeschränkt)", "KG", "e.K."])
        name = f"{rng.choice(OUTSIDE_SURNAMES)} {rng.choice(OTHER_TRADES)} {form}"
        if not book.taken(name):
            break
    lines = [name]
    tags = ["nobody", "nobody-moved-out"]
    if rng.random() < 0.4:
        lines.append(rng.choice(BOX_FORMS).format(n=book.free_box(rng)))
        tags.append("unknown-mailbox")
    if rng.random() < 0.3:
        lines.insert(0, salute(f"{rng.choice(['Jörg', 'Holger', 'Bernd', 'Reinhard'])} {name.split()[0]}", lang))
    return Block(lines + [street, CITY], tags, FORM_RE.sub("", name).strip())
