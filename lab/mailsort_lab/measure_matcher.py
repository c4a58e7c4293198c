"""Measure the recipient matcher on letters constructed from a client directory.

    .venv/bin/python -m mailsort_lab.measure_matcher [config/clients.yaml] [N] [SEED]

Builds N address blocks the ways real mail gets them wrong (missing legal form, transliteration,
OCR damage, typos, person only, every mailbox form, c/o lines, former names, a client as the
sender, outsiders with names close to clients' and former tenants' mailboxes), in three layouts
(zones, word boxes only, plain text), plus forwarded emails; prints misfile and auto-file rates
under the shipped decision (the recipient calibration in models/ when there is one, else the default
thresholds), overall and per variant. The wording here is independent of the
training and hold-out generators.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from mailsort.model import Category, Document, EmailInfo, ForwardedHeader, Page, Zones
from mailsort.routing.calibration import RecipientCalibration
from mailsort.routing.decide import decide
from mailsort.routing.directory import Client, Directory, load_directory
from mailsort.routing.names import fold, split_legal, strip_titles, tokens
from mailsort.routing.recipient import RecipientMatcher
from mailsort.settings import Settings, Thresholds

SHARED = ["Friedrichstraße 123", "10117 Berlin"]
BOXES = ["Postfach {n}", "Fach {n}", "Box {n}", "PMB {n}", "Nr. {n}", "Postfach-Nr. {n}", "Postfach {a} {b}"]
SENDERS = ["Stadtwerke Nord GmbH", "Finanzamt Berlin-Mitte", "Kanzlei Roth & Partner", "Techniker Krankenkasse",
           "Harbour Tools Ltd", "Deutsche Kreditbank AG", "Allianz Versicherungs-AG", "Amtsgericht Köln"]
OCR_SWAPS = [("i", "l"), ("l", "I"), ("m", "rn"), ("e", "c"), ("o", "0"), ("ö", "o"), ("ü", "u"), ("ä", "a"),
             ("I", "l"), ("n", "ri"), ("h", "b"), ("S", "5"), ("B", "8"), ("t", "f")]
OUT_WORDS = ["Nord", "Service", "Gruppe", "Plus", "Holding", "Ost", "Digital", "Partner", "Systeme", "Vertrieb"]
OUT_FIRMS = ["Lindenhof Textil GmbH", "Graupner Sanitär KG", "Ostwind Medien UG (haftungsbeschränkt)",
             "Kestrel Analytics Ltd", "Brandt & Söhne OHG", "Werkhaus Kollektiv GbR", "Pellworm Reisen e.K."]
OUT_PEOPLE = ["Herrn Konstantin Ahlers", "Frau Mareike Stolz", "Herrn Dr. Bernd Wiesner", "Ms Harriet Cole"]
FORMS = ["GmbH", "AG", "KG", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "e.K.", "GbR", "Ltd"]


@dataclass
class Item:
    truth: str | None
    variant: str
    doc: Document


def _core(name: str) -> str:
    core, _ = split_legal(tokens(name))
    return " ".join(core)


def _closest(directory: Directory, text: str) -> list[tuple[float, str]]:
    key = fold(text)
    scores = {c.id: max(fuzz.ratio(key, fold(n)) for n in c.names) for c in directory.clients}
    return sorted(((s, cid) for cid, s in scores.items()), reverse=True)


def _ocr_damage(name: str, rng: random.Random) -> str:
    out = name
    for _ in range(rng.choice([1, 1, 2])):
        options = [(a, b) for a, b in OCR_SWAPS if a in out[1:]]
        if not options:
            break
        a, b = rng.choice(options)
        spots = [m.start() for m in re.finditer(re.escape(a), out) if m.start() > 0]
        i = rng.choice(spots)
        out = out[:i] + b + out[i + len(a):]
    return out


def _typo(name: str, rng: random.Random) -> str:
    spots = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i + 1].isalpha()]
    if not spots:
        return name
    i = rng.choice(spots)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if op == "drop":
        return name[:i] + name[i + 1:]
    return name[:i] + name[i] + name[i:]


def _box(c: Client, rng: random.Random) -> str:
    form = rng.choice(BOXES)
    return form.format(n=c.mailbox, a=c.mailbox[:2], b=c.mailbox[2:])


def _address_for(c: Client, d: Directory, rng: random.Random) -> tuple[list[str], str]:
    """Lines a careful human can still tell apart, and the variant name."""
    variant = rng.choice(["plain", "no-legal", "translit", "prefix", "upper", "ocr", "typo", "person",
                          "attn", "alias", "mailbox", "co"])
    name = c.name
    need_box = False
    lines: list[str] = []
    if variant == "no-legal":
        name = " ".join(w for w in re.split(r"\s+", c.name) if w) if not split_legal(tokens(c.name))[1] \
            else re.sub(r"\s*(GmbH & Co\. KG|UG \(haftungsbeschränkt\)|GmbH|AG|KG|e\.K\.|GbR|OHG|Ltd\.?|LLC|"
                        r"Inc\.?|PartG mbB|SE|e\.V\.)$", "", c.name)
        need_box = sum(_core(n) == _core(name) for o in d.clients for n in o.names) > 1
    elif variant == "translit":
        name = c.name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    elif variant == "prefix":
        name = rng.choice(["Fa. ", "Firma ", "An die "]) + c.name.replace("GmbH", rng.choice(["GmbH", "G.m.b.H."]))
    elif variant == "upper":
        name = c.name.upper()
    elif variant in ("ocr", "typo"):
        name = _ocr_damage(c.name, rng) if variant == "ocr" else _typo(c.name, rng)
        ranked = _closest(d, name)
        need_box = ranked[0][1] != c.id or ranked[0][0] - ranked[1][0] < 6
    elif variant == "alias" and c.aliases:
        name = rng.choice(c.aliases)
        need_box = sum(_core(n) == _core(name) for o in d.clients for n in o.names) > 1
    if variant in ("person", "attn") and c.people:
        person = rng.choice(c.people)
        bare = " ".join(strip_titles(tokens(person))[0])
        shared = sum(bare == " ".join(strip_titles(tokens(p))[0]) for o in d.clients for p in o.people) > 1
        who = rng.choice(["Herrn ", "Frau ", "z. Hd. ", "Attn: ", ""]) + person
        if variant == "person":
            lines = [who]
            need_box = shared or rng.random() < 0.3
        else:
            lines = [name, who] if rng.random() < 0.7 else [who, name]
    elif variant == "mailbox":
        lines = [rng.choice(["z. Hd. Geschäftsführung", "Buchhaltung", "Persönlich/Vertraulich"])]
        need_box = True
    else:
        lines = [name]
    if variant == "co" or rng.random() < 0.15:
        lines.append(rng.choice(["c/o Büro Mitte Services GmbH", "c/o Bürozentrum Mitte", "bei Büro Mitte GmbH"]))
    if need_box or rng.random() < 0.2:
        box = _box(c, rng)
        if rng.random() < 0.4:
            return lines + [f"Friedrichstraße 123, {box}", "10117 Berlin"], variant
        lines.append(box)
    return lines + SHARED, variant


def _outsider(d: Directory, rng: random.Random) -> tuple[list[str], str]:
    taken = {c.mailbox for c in d.clients}
    kind = rng.choice(["near-name", "near-name", "other-form", "unknown-firm", "unknown-person", "moved-out"])
    base = rng.choice(d.clients)
    if kind == "near-name":
        words = _core(base.name).split() or ["firma"]
        name = " ".join(w.capitalize() for w in words[:2]) + f" {rng.choice(OUT_WORDS)} {rng.choice(FORMS)}"
    elif kind == "other-form":
        core_words = re.sub(r"\s*(GmbH & Co\. KG|UG \(haftungsbeschränkt\)|GmbH|AG|KG|e\.K\.|GbR|OHG|Ltd\.?)$", "",
                            base.name)
        legal = split_legal(tokens(base.name))[1]
        others = [f for f in FORMS if fold(f) != legal and not (legal and fold(f) in legal)]
        name = f"{core_words} {rng.choice(others)}"
        if any(_core(n) == _core(name) and split_legal(tokens(n))[1] in ("", split_legal(tokens(name))[1])
               for o in d.clients for n in o.names):
            name = f"{core_words} {rng.choice(OUT_WORDS)} {rng.choice(FORMS)}"
    elif kind == "unknown-person":
        return [rng.choice(OUT_PEOPLE), "c/o Büro Mitte Services GmbH", *SHARED], kind
    else:
        name = rng.choice(OUT_FIRMS)
    lines = [name]
    if kind == "moved-out":
        free = [str(n) for n in range(1000, 10000) if str(n) not in taken]
        lines.append(f"Postfach {rng.choice(free)}")
    return lines + SHARED, kind


def _letter(address: list[str], sender: str, body_mention: str | None, layout: str) -> Document:
    ret = f"{sender} · Hafenstraße 3 · 20095 Hamburg"
    body = ("Rechnung Nr. 2026-{n}\n\nSehr geehrte Damen und Herren,\nanbei unsere Rechnung"
            + (f" für das Projekt mit der {body_mention}" if body_mention else "")
            + ".\n\nMit freundlichen Grüßen\n" + sender)
    footer = f"{sender} · Amtsgericht Hamburg HRB 4711 · IBAN DE89 3704 0044 0532 0130 00"
    text = "\n".join([sender, "Hafenstraße 3", "20095 Hamburg", "", ret, *address, "", "Datum: 20.11.2026", "",
                      body, "", footer])
    zones = Zones(letterhead=f"{sender}\nHafenstraße 3\n20095 Hamburg", return_line=ret, address="\n".join(address),
                  info_block="Datum: 20.11.2026", body=body, footer=footer) if layout == "zones" else None
    return Document(pages=[Page(number=1, text=text, method="ocr")], zones=zones)


def build(d: Directory, n: int, seed: int = 7) -> list[Item]:
    rng = random.Random(seed)
    items: list[Item] = []
    for _ in range(n):
        layout = rng.choice(["zones", "zones", "text"])
        mention = rng.choice(d.clients).name if rng.random() < 0.25 else None
        if rng.random() < 0.12:
            address, variant = _outsider(d, rng)
            truth = None
            variant = "nobody:" + variant
        else:
            c = rng.choice(d.clients)
            address, variant = _address_for(c, d, rng)
            truth = c.id
        sender = rng.choice(SENDERS)
        if rng.random() < 0.2:
            other = rng.choice([x for x in d.clients if x.id != truth])
            sender, variant = other.name, variant + "+client-sender"
        doc = _letter(address, sender, mention, layout)
        if rng.random() < 0.12 and truth:
            client = d.get(truth)
            intake = client.emails[0] if client.emails and rng.random() < 0.7 else "scan@post.buero-mitte.de"
            doc = Document(pages=[Page(number=1, text="Bitte ablegen.\n\nVon: Stadtwerke Nord", method="email-body"),
                                  Page(number=2, text=doc.pages[0].text, method="text-layer", origin="brief.pdf")],
                           email=EmailInfo(intake_address=intake, sender="assistenz@example.org",
                                           forwarded=ForwardedHeader(sender="Stadtwerke Nord <r@sw-nord.de>")))
            variant = "email:" + variant
        items.append(Item(truth, variant, doc))
    return items


def measure(d: Directory, items: list[Item], calibration: RecipientCalibration | None = None) -> dict:
    """With `calibration` (models/recipient.json) its probability decides, as in the Router."""
    matcher = RecipientMatcher(d)
    category = Category(label="invoice", confidence=0.95)
    stats: dict[str, Counter] = defaultdict(Counter)
    errors: list[str] = []
    for item in items:
        recipient, candidates, reading = matcher.read(item.doc)
        trust = calibration.trust(reading) if calibration is not None else None
        decision, reason = decide(recipient, candidates, category, Thresholds(), trust=trust)
        got = recipient.client_id if recipient and decision == "filed" else None
        key = item.variant.split("+")[0]
        stats[key]["n"] += 1
        stats["ALL"]["n"] += 1
        if decision == "filed":
            ok = got == item.truth
            for k in (key, "ALL"):
                stats[k]["filed"] += 1
                stats[k]["misfiled"] += 0 if ok else 1
            if not ok:
                errors.append(f"MISFILE {item.variant}: {item.truth} -> {got}: {recipient.evidence}")
        elif item.truth is not None and len(errors) < 400:
            errors.append(f"review {item.variant}: {item.truth}: {reason}")
    return {"stats": stats, "errors": errors}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("config/clients.yaml")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    d = load_directory(path)
    calibration = RecipientCalibration.load(Settings().models_dir)
    print(f"decision: {'calibrated, threshold ' + str(calibration.threshold) if calibration else 'hand-set thresholds'}")
    result = measure(d, build(d, n, seed), calibration)
    for key, c in sorted(result["stats"].items()):
        print(f"{key:32s} n={c['n']:4d} auto-file={c['filed'] / c['n']:6.1%} misfile={c['misfiled'] / c['n']:6.2%}")
    for e in result["errors"][:60]:
        print(e)


if __name__ == "__main__":
    main()
