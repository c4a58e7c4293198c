"""Write a wave-4 set: scans, born-digital PDFs and forwarded emails plus labels.json."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PIL import Image

from mailsort.routing.directory import load_directory
from mailsort_lab import evalset
from mailsort_lab.blind.paint import pdf, raster
from mailsort_lab.blind.post import GENERIC, forwarded
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.holdout.raster import Scanner, save_scan
from mailsort_lab.wave4 import words_de, words_en
from mailsort_lab.wave4.address import Book, bare, client_block, nobody_block
from mailsort_lab.wave4.letter import Facts, Letter, slug
from mailsort_lab.wave4.page import Design, dateline, lay_out, note, stamp

ENGLISH = 0.15
WEIGHTS = {"invoice": 16, "reminder": 10, "tax": 10, "legal": 8, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 11, "advertising": 9, "other": 9}
SIGNERS = ["Henrike Olbrich", "Matthias Grüner", "Selma Yıldız", "Piet Carstens", "Annika Rosenthal", "Bodo Kiesewetter"]
FORWARDERS = [("Empfangsteam", "empfang@buero-mitte.de"), ("Scan-Station 2", "scan2@buero-mitte.de"),
              ("Lea Brandt", "l.brandt@buero-mitte.de")]

_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave4")


def _init(clients: str, out: str) -> None:
    _S.update(book=Book(load_directory(Path(clients))), out=Path(out))


def _letter(rng: random.Random, lang: str, day: date, addressee: str, person: bool) -> tuple[Letter, Facts]:
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    f = Facts(rng, lang, day, addressee)
    letter = (words_en.WRITERS if lang == "en" else words_de.WRITERS)[category](f)
    if rng.random() < 0.2 and lang == "de" and category in ("tax", "authority", "legal", "insurance", "contract"):
        # A second, independent deadline in the same letter.
        letter.paras.append(f.pick("Unabhängig davon bitten wir um Rückmeldung ", "Ferner erwarten wir Ihre Antwort ")
                            + f.deadline() + ".")
    if lang == "de":
        letter.greeting = f"Guten Tag {addressee}," if person else "Sehr geehrte Damen und Herren,"
        letter.closing = rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen"])
    else:
        letter.greeting, letter.closing = "Dear Sir or Madam,", rng.choice(["Yours faithfully", "Kind regards"])
    if letter.sender.kind != "person":
        letter.closing += "\n" + rng.choice(SIGNERS)
    else:
        letter.closing += "\n" + letter.sender.name
    return letter, f


def make_item(plan: Plan) -> dict:
    book: Book = _S["book"]
    out: Path = _S["out"]
    rng = random.Random(f"wave4-{plan.seed}-{plan.index}")
    lang = "en" if rng.random() < ENGLISH else "de"
    client = None if plan.nobody else rng.choice(book.d.clients)
    block, tags, addressee = nobody_block(book, rng) if client is None else client_block(client, book, rng, lang)
    day = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
    letter, facts = _letter(rng, lang, day, addressee, "addr-person-only" in tags)
    dz = Design.pick(rng, letter.sender.kind == "person")
    extras = []
    if plan.kind == "scan" and rng.random() < 0.3:
        marks, tag = stamp(day, rng)
        extras += marks
        tags.append(tag)
    if plan.kind == "scan" and rng.random() < 0.2:
        marks, tag = note(day, rng)
        extras += marks
        tags.append(tag)
    pages = lay_out(letter, block, dateline(letter, day, lang, rng), dz, extras, lang, rng)
    tags += [f"design-{dz.name}", f"lang-{lang}", f"deadlines-{min(len(facts.due.dates), 2)}"]
    if any(p in " ".join(letter.paras) for p in ("innerhalb", "binnen", "within")):
        tags.append("deadline-relative")
    stem = str(out / f"w4-{plan.index:04d}")
    if plan.kind == "scan":
        sc = Scanner(rng)
        sc.dpi = 150 if sc.fax else rng.choice([150, 200, 240, 300])     # more low resolutions than wave 3
        imgs = [_fade(sc.age(raster(p, sc.dpi), i, plan.seed * 7717 + plan.index * 13 + i), rng)
                for i, p in enumerate(pages)]
        fmt = rng.choice(["jpeg", "jpeg", "png", "pdf"] if len(imgs) == 1 else ["pdf", "tiff"])
        if sc.fax and fmt in ("jpeg", "png"):
            fmt = "tiff"
        path = save_scan(imgs, stem, fmt, sc.dpi)
        tags += sc.tags + [f"format-{fmt}", f"dpi-{sc.dpi}"]
    elif plan.kind == "pdf":
        path = stem + ".pdf"
        Path(path).write_bytes(pdf(pages, letter.subject, letter.sender.name))
    else:
        path, mail_tags = _email(plan, rng, book, client, block, letter, lang, day, pages, stem)
        tags += mail_tags
    return {"file": Path(path).name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": letter.category, "date": day.isoformat(),
            "deadlines": sorted({d.isoformat() for d in facts.due.dates}), "language": lang,
            "tags": sorted(set(tags)), "pages": len(pages), "sender": letter.sender.name, "subject": letter.subject}


def _fade(img: Image.Image, rng: random.Random) -> Image.Image:
    """Sometimes a pale toner: ink no darker than mid grey (beyond the scanner's own low contrast)."""
    if img.mode == "1" or rng.random() > 0.12:
        return img
    a = np.asarray(img, dtype=np.float32)
    return Image.fromarray((110 + a * (145 / 255)).astype(np.uint8))


def _email(plan: Plan, rng: random.Random, book: Book, client, block: list[str], letter: Letter, lang: str,
           day: date, pages, stem: str) -> tuple[str, list[str]]:
    tags = []
    if rng.random() < 0.5:
        attach = (f"{slug(letter.subject)}.pdf", pdf(pages, letter.subject, letter.sender.name), "application/pdf")
        body = ("Guten Tag,\n\nanbei unser Schreiben." if lang == "de" else "Hello,\n\nplease see the attached letter.")
        tags.append("email-pdf")
    else:
        attach = None
        body = "\n\n".join([letter.subject, letter.greeting, *letter.paras, letter.closing])
        tags.append("email-body")
    if client is not None:
        people = [p for p in client.people if bare(p) in book.unique]
        if people and rng.random() < 0.35:
            p = bare(rng.choice(people))
            to = f"{p} <{slug(p).replace('-', '.')}@{slug(client.name)}.de>"
        else:
            to = f"{client.name} <{rng.choice(['kontakt', 'mail', 'verwaltung'])}@{slug(client.name)}.de>"
        outer = rng.choice(client.emails) if client.emails and rng.random() < 0.5 else rng.choice(GENERIC)
    else:
        to = f"{block[0]} <info@{slug(block[0])}.de>"
        outer = rng.choice(GENERIC)
    frm = f"{letter.sender.name} <{rng.choice(['office', 'noreply', 'team'])}@{letter.sender.domain}>"
    data, more = forwarded(rng, lang=lang, letter_day=day, subject=letter.subject, body=body, original_from=frm,
                           original_to=to, forwarder="{} <{}>".format(*rng.choice(FORWARDERS)), outer_to=outer,
                           attachment=attach, msg_id=f"<w4-{plan.seed}-{plan.index}@mail.buero-mitte.de>")
    path = stem + ".eml"
    Path(path).write_bytes(data)
    return path, tags + more


def generate(out_dir: Path, n: int = 300, seed: int = 404, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.wave4", seed)
