"""Wave-4 window address blocks: the client at the provider's address, written new ways.

Kinds: the firm's name with a c/o line, the provider's name with the client's mailbox ('Nr. 1234',
'Postfach 1234') and no firm name, a person only (a person named for exactly one client), the
name above a mailbox line. Mail for nobody names a firm that shares no name with any client.
"""

from __future__ import annotations

import random
import re

from rapidfuzz import fuzz

from mailsort.routing.directory import Client, Directory

PROVIDER = "Büro Mitte Services GmbH"
STREET = ["Friedrichstraße 123", "Friedrichstr. 123"]
CITY = "10117 Berlin"
TITLES = re.compile(r"^((Prof\.|Dr\.|Dipl\.-Ing\.)\s+)+")
NOBODY = ["Kranichfeld Solartechnik GmbH", "Auenland Kaffeerösterei UG", "Perlmutt Kosmetik e.K.",
          "Steinbock Bergsport GmbH", "Orangerie Floristik KG", "Quarzsand Glasbau GmbH", "Tiefsee Tauchreisen GmbH",
          "Zaunkönig Kita-Ausstattung GmbH", "Wolkenlos Drohnenservice UG", "Haselnuss Catering GmbH"]


def bare(person: str) -> str:
    return TITLES.sub("", person).strip()


class Book:
    """The directory and the checks that keep a block unambiguous."""

    def __init__(self, d: Directory):
        self.d = d
        counts: dict[str, int] = {}
        for c in d.clients:
            for p in {bare(p) for p in c.people}:
                counts[p] = counts.get(p, 0) + 1
        names = " | ".join(n for c in d.clients for n in c.names)
        # Not a clear cue: a person of two clients, or one whose name is part of a firm's name.
        self.unique = {p for p, n in counts.items() if n == 1 and p.split()[-1] not in names}
        self.nobody = [n for n in NOBODY if all(fuzz.token_set_ratio(n, c.name) < 70 for c in d.clients)]


def client_block(c: Client, book: Book, rng: random.Random, lang: str) -> tuple[list[str], list[str], str]:
    """(lines, tags, how the body names the addressee)."""
    street = rng.choice(STREET)
    people = [p for p in c.people if bare(p) in book.unique]
    r = rng.random()
    if r < 0.25:
        return [c.name, f"c/o {PROVIDER}", street, CITY], ["addr-co"], c.name
    if r < 0.45:
        box = rng.choice(["Nr. {n}", "Postfach {n}", "Postfach-Nr. {n}", "Mailbox {n}"]).format(n=c.mailbox)
        return [PROVIDER, box, street, CITY], ["addr-provider-box"], "Sie"
    if r < 0.6 and people:
        p = rng.choice(people)
        lead = ("Frau " if rng.random() < 0.5 else "Herrn ") if lang == "de" else ""
        return [f"{lead}{p}", street, CITY], ["addr-person-only"], p
    if r < 0.8:
        name = rng.choice(c.names)
        return [name, f"Nr. {c.mailbox}" if rng.random() < 0.5 else f"Postfach {c.mailbox}", street, CITY], \
            ["addr-name-box"], name
    lines = [c.name]
    if people and rng.random() < 0.5:
        lines.append(("z. Hd. " if lang == "de" else "Attn. ") + rng.choice(people))
    return lines + [street, CITY], ["addr-plain"], c.name


def nobody_block(book: Book, rng: random.Random) -> tuple[list[str], list[str], str]:
    name = rng.choice(book.nobody)
    if rng.random() < 0.5:
        return [name, f"c/o {PROVIDER}", rng.choice(STREET), CITY], ["addr-co", "for-nobody"], name
    return [name, rng.choice(STREET), CITY], ["addr-plain", "for-nobody"], name
