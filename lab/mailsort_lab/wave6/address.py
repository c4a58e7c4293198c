"""Address blocks: a client in every written form, or a near twin of one that is nobody's."""

from __future__ import annotations

import random

from mailsort_lab.wave6.firms import (CITY, FEMALE, MALE, PROVIDER, STREET, Client, Directory, fold,
                                      strip_form)

# Strangers for nobody's mail: none of these people is in the directory (checked at use).
STRANGERS = ["Frau Dorothea Kranich", "Herrn Ruben Falkenhagen", "Frau Imke Otterbach", "Herrn Vinzenz Lauterbach",
             "Frau Selin Arslan-Vogt", "Herrn Gero Brackwede"]
TWIN_WORDS = ["Holding", "International", "Immobilien", "Beteiligungs", "Service", "Gruppe"]
OTHER_FORMS = ["GmbH", "AG", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "KG", "e.K.", "Ltd."]


def salutation(person: str, lang: str) -> str:
    """'Frau Dr. Julia Krause' / 'Herrn Uwe Müller'; no guess when the first name is unknown."""
    first = [w for w in person.split() if not w.endswith(".")][:1]
    if lang == "en":
        return ("Ms " if first and first[0] in FEMALE else "Mr " if first and first[0] in MALE else "") + person
    if first and first[0] in FEMALE:
        return "Frau " + person
    if first and first[0] in MALE:
        return "Herrn " + person
    return person


def _wrap_name(name: str, rng: random.Random) -> list[str]:
    """A long name broken over two lines, as narrow window fields do."""
    words = name.split()
    if len(words) < 3 or rng.random() < 0.5:
        return [name]
    cut = rng.randint(1, len(words) - 1)
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _tail(rng: random.Random, box: str | None, lang: str) -> tuple[list[str], str]:
    """The shared street address, with or without the mailbox number in one of its forms."""
    if box is None:
        return [STREET, CITY], "box-none"
    form = rng.choice(["postfach", "box", "nr", "co", "co-short", "fach"])
    if form == "postfach":
        return [f"Postfach {box}", STREET, CITY], "box-postfach"
    if form == "box":
        return [STREET, f"Box {box}", CITY], "box-box"
    if form == "nr":
        return [f"{STREET} (Nr. {box})", CITY], "box-nr"
    if form == "co":
        return [f"c/o {PROVIDER}", f"Postfach {box}" if lang == "de" else f"Mailbox {box}", STREET, CITY], "box-co"
    if form == "co-short":
        return [f"c/o Büro Mitte – {box}", STREET, CITY], "box-co-short"
    return [f"{STREET}, Fach {box}", CITY], "box-fach"


def client_block(c: Client, d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str | None]:
    """(address lines, tags, person named or None) for a client."""
    has_person = bool(c.people)
    form = rng.choices(["legal", "bare", "alias", "person", "person-only", "box-only"],
                       [34, 18, 10 if c.aliases else 0, 22 if has_person else 0,
                        8 if has_person and any(fold(p) in d.unique_people for p in c.people) else 0, 4])[0]
    box = c.mailbox if rng.random() < 0.6 or form in ("person-only", "box-only") else None
    person = None
    if form == "legal":
        head = _wrap_name(c.name, rng)
    elif form == "bare":
        head = [strip_form(c.name)]
    elif form == "alias":
        head = _wrap_name(rng.choice(c.aliases), rng)
    elif form == "person":
        person = rng.choice(c.people)
        attn = "z. Hd. " if lang == "de" else "Attn. "
        name = _wrap_name(c.name, rng) if rng.random() < 0.7 else [strip_form(c.name)]
        head = name + [attn + salutation(person, lang) if rng.random() < 0.7 else salutation(person, lang)]
    elif form == "person-only":
        person = rng.choice([p for p in c.people if fold(p) in d.unique_people])
        head = [salutation(person, lang)]
    else:     # only the number: the provider's own abbreviation for the client's mailbox
        head = [f"Mieter-Nr. {c.mailbox}" if lang == "de" else f"Tenant no. {c.mailbox}"]
    if form == "box-only":
        lines, btag = [f"c/o {PROVIDER}", STREET, CITY], "box-only"
    else:
        lines, btag = _tail(rng, box, lang)
    return head + lines, [f"addr-{form}", btag] + (["addr-wrapped"] if len(head) > 1 and form != "person" else []), person


def twin_name(c: Client, d: Directory, rng: random.Random) -> tuple[str, str] | None:
    """A name that looks like the client's but is nobody's: another legal form, a sister firm, a letter off."""
    bare = strip_form(c.name)
    how = rng.choice(["form", "sister", "sister", "letter"])
    if how == "form":
        name = f"{bare} {rng.choice([f for f in OTHER_FORMS if not c.name.endswith(' ' + f)])}"
    elif how == "sister":
        word = rng.choice(TWIN_WORDS)
        name = f"{bare} {word} {rng.choice(['GmbH', 'AG', 'GmbH & Co. KG'])}"
        if word == "Beteiligungs":
            name = f"{bare} Beteiligungs-GmbH"
    else:
        words = bare.split()
        i = max(range(len(words)), key=lambda k: len(words[k]))
        w = words[i]
        if len(w) < 4:
            return None
        j = rng.randrange(1, len(w) - 1)
        swap = {"a": "e", "e": "a", "i": "y", "o": "u", "u": "o", "t": "d", "d": "t", "m": "n", "n": "m", "s": "ss"}
        ch = w[j].lower()
        if ch not in swap:
            return None
        words[i] = w[:j] + swap[ch] + w[j + 1:]
        name = " ".join(words) + c.name[len(bare):]
    key = fold(name)
    # Never a directory name or alias, and (except for the legal-form twin) not one without its form.
    if key in d.names or (how != "form" and fold(strip_form(name)) in d.bare):
        return None
    if any(f" {p} " in f" {key} " for p in d.people):   # a sole trader's name names its owner, a client's person
        return None
    if how == "form" and fold(bare) in d.names:    # the bare name is an alias: any legal form may be theirs
        return None
    return name, f"nobody-{how}"


def nobody_block(d: Directory, rng: random.Random, lang: str) -> tuple[list[str], list[str], str]:
    """(lines, tags, the twin's name) for mail that is for no client at this address."""
    for _ in range(50):
        twin = twin_name(rng.choice(d.clients), d, rng)
        if twin:
            break
    name, tag = twin
    head = _wrap_name(name, rng)
    if any(fold(x) in d.names or fold(x) in d.bare for x in head[:-1]):
        head = [name]       # a wrap whose first line is a client's name would name that client
    if rng.random() < 0.3:
        stranger = rng.choice([s for s in STRANGERS if fold(s.split(" ", 1)[1]) not in d.people])
        if lang == "en":
            stranger = stranger.replace("Frau ", "Ms ").replace("Herrn ", "Mr ")
        head.append(("z. Hd. " if lang == "de" else "Attn. ") + stranger)
    if rng.random() < 0.4:      # a number that is no client's mailbox
        box = next(str(n) for n in iter(lambda: rng.randint(1000, 9999), None) if str(n) not in d.boxes)
        tail, btag = [f"Postfach {box}", STREET, CITY], "box-unknown"
    else:
        tail, btag = [STREET, CITY], "box-none"
    return head + tail, [tag, btag], name
