"""Wave-5 window blocks: a tenant at the provider's address in the forms real senders use, and
blocks for nobody (outsiders, names close to a tenant's, former tenants, private persons).

Returns (lines, tags, how the letter greets). Forms: c/o line, box line under the name, the
provider with a box number only, a person only, the name wrapped over two lines, legal form
abbreviated or missing, capitals from a franking system, English 'Suite'/'Box' lines.
"""

from __future__ import annotations

import random

from mailsort_lab.wave5.directory import Roster, Tenant, bare, legal_form

PROVIDER = "Büro Mitte Services GmbH"
STREETS = ["Friedrichstraße 123", "Friedrichstr. 123", "Friedrichstrasse 123"]
CITIES = ["10117 Berlin", "D-10117 Berlin", "10117 Berlin-Mitte"]
ABBREV = {"GmbH & Co. KG": ["GmbH & Co KG", "GmbH u. Co. KG", "GmbH&Co.KG"], "UG (haftungsbeschränkt)":
          ["UG (haftungsbeschr.)", "UG (hb)", "UG"], "PartG mbB": ["PartGmbB", "Partnerschaft mbB"],
          "e.K.": ["e. K.", "eK"], "AG": ["Aktiengesellschaft"], "GmbH": ["Ges.m.b.H.", "G.m.b.H."],
          "OHG": ["oHG"], "Ltd.": ["Limited", "Ltd"], "Inc.": ["Inc"]}
OUTSIDERS = ["Lindgrün Gartenplanung GmbH", "Fjordblick Reisen UG", "Sandelholz Duftmanufaktur e.K.",
             "Rotkehlchen Kinderbetreuung gGmbH", "Basaltwerk Pflastersysteme KG", "Morgentau Biokost GmbH",
             "Kupferkessel Brauhaus OHG", "Silbermöwe Yachtcharter GmbH", "Tannenzapfen Holzspielzeug e.K.",
             "Glimmer Eventtechnik GmbH"]
FORMER = ["Sonnentau Consulting GmbH", "Kalliope Verlag UG (haftungsbeschränkt)", "Nordlicht Medien GmbH",
          "Tessera IT Solutions Ltd.", "Brandt & Sohn Handelsagentur OHG"]
PRIVATE = ["Herrn Konstantin Ebeling", "Frau Mareike Pohlmann", "Herrn Dr. Jasper Thiel", "Frau Ilka Nowotny"]
# Word swaps that turn a tenant's name into a neighbour's (another firm, not a misspelling).
NEAR = [("IT", "ITK"), ("Bau", "Baustoffe"), ("Consulting", "Consult"), ("Logistik", "Logistics"),
        ("Software", "Softworks"), ("Beratung", "Berater"), ("Immobilien", "Immobilienservice"),
        ("Handel", "Handelshaus"), ("Marketing", "Media"), ("Catering", "Cuisine"), ("Dental", "Dentallabor")]


def _legal_variant(t: Tenant, roster: Roster, rng: random.Random) -> tuple[str, str] | None:
    form = legal_form(t.name)
    if form is None:
        return None
    stem = t.name[: -len(form) - 1]
    if rng.random() < 0.5 and form in ABBREV:
        return f"{stem} {rng.choice(ABBREV[form])}", "addr-legal-abbrev"
    if roster.shortened_is_clear(t, stem):
        return stem, "addr-legal-missing"
    return None


def _wrap(name: str) -> list[str]:
    words = name.split()
    if len(words) < 3:
        return [name]
    cut = (len(words) + 1) // 2
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def tenant_block(t: Tenant, roster: Roster, rng: random.Random, lang: str) -> tuple[list[str], list[str], str]:
    street, city = rng.choice(STREETS), rng.choice(CITIES)
    name, tags = t.name, []
    if rng.random() < 0.25 and (v := _legal_variant(t, roster, rng)):
        name, tag = v
        tags.append(tag)
    elif t.aliases and rng.random() < 0.15:
        name = rng.choice(t.aliases)
        tags.append("addr-alias")
    people = roster.clear_people(t)
    r = rng.random()
    if r < 0.2:
        co = rng.choice([f"c/o {PROVIDER}", "c/o Bürozentrum Mitte", f"c/o {PROVIDER} (Postservice)"])
        lines, form = [name, co], "addr-co"
    elif r < 0.36:
        box = rng.choice(["Nr. {b}", "Fach {b}", "Box {b}", "Postfach {b}", "Postbox-Nr. {b}"]).format(b=t.mailbox)
        lines, form = ([name, box] if rng.random() < 0.6 else [f"{name} · {box}"]), "addr-name-box"
    elif r < 0.48:
        box = rng.choice([f"{PROVIDER}\nfür Fach {t.mailbox}", f"{PROVIDER} – Nr. {t.mailbox}",
                          f"{PROVIDER}\nKunden-Postfach {t.mailbox}", f"Büro Mitte Services\nPostfach-Nr. {t.mailbox}"])
        return box.split("\n") + [street, city], ["addr-provider-box"], ""
    elif r < 0.6 and people:
        p = rng.choice(people)
        who = (rng.choice(["Frau ", "Herrn ", ""]) if lang == "de" else rng.choice(["", "Ms ", "Mr "])) + p
        return [who, street, city], ["addr-person-only"], bare(p)
    elif r < 0.72 and t.people:      # the firm's name is there too, so any of its people will do
        p = rng.choice(t.people)
        att = rng.choice(["z. Hd. ", "z.H. ", "Zu Händen "]) if lang == "de" else rng.choice(["Attn: ", "FAO "])
        lines, form = [name, att + p], "addr-person-firm"
    elif r < 0.8 and len(name.split()) >= 3:
        lines, form = _wrap(name), "addr-wrapped"
    else:
        lines, form = [name], "addr-plain"
    if lang == "en" and rng.random() < 0.5:
        lines.append(f"Suite {t.mailbox}" if form == "addr-plain" else "")
        lines = [x for x in lines if x] + [street, city, "Germany"]
    else:
        lines += [street, city]
    if rng.random() < 0.1:
        lines, tags = [x.upper() for x in lines], tags + ["addr-capitals"]
    return lines, tags + [form], name


def _near(roster: Roster, rng: random.Random) -> str | None:
    for _ in range(30):
        t = rng.choice(roster.tenants)
        for a, b in rng.sample(NEAR, len(NEAR)):
            if f" {a} " in f" {t.name} ":
                cand = f" {t.name} ".replace(f" {a} ", f" {b} ", 1).strip()
                if roster.is_free(cand):
                    return cand
    return None


def nobody_block(roster: Roster, rng: random.Random) -> tuple[list[str], list[str], str]:
    street, city = rng.choice(STREETS[:2]), CITIES[0]
    r = rng.random()
    if r < 0.3 and (name := _near(roster, rng)):
        return [name, f"c/o {PROVIDER}", street, city], ["nobody-near-name"], name
    if r < 0.55:
        name = rng.choice([n for n in FORMER if roster.is_free(n)])
        box = rng.choice([b for b in ("4711", "9031", "6620", "5158") if b not in roster.mailboxes])
        return [name, f"Nr. {box}", street, city], ["nobody-former-tenant"], name
    if r < 0.75:
        who = rng.choice(PRIVATE)
        return [who, f"c/o {PROVIDER}", street, city], ["nobody-private"], bare(who.split(" ", 1)[1])
    name = rng.choice([n for n in OUTSIDERS if roster.is_free(n)])
    return [name, street, city], ["nobody-outsider"], name
