"""Write a wave-9 set: 225 scans, 30 born-digital PDFs and 45 forwarded emails (26 for nobody in the
directory) with labels.json in the other waves' format. Written apart from the routing code: it reads
clients.yaml itself and shares only the drawing, scanner and bookkeeping helpers (render/, evalset)."""

from __future__ import annotations

import io
import random
from datetime import date, datetime, time, timedelta
from email.policy import SMTP
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.render.artefacts import ScanProfile, save_scan, scanify
from mailsort_lab.render.eml import (GENERAL_INTAKE, RECEPTION, MailLetter, attach_pdf, fix_boundaries, forward_style,
                                     forward_to_intake, slug, staff_forwarder)
from mailsort_lab.render.fonts import STYLES
from mailsort_lab.render.layout import PAGE_H, PAGE_W, LaidOutLetter
from mailsort_lab.render.page import draw_pages
from mailsort_lab.render.pdf import _draw, _font
from mailsort_lab.wave9.dates import STYLES as DATE_STYLES, working_day
from mailsort_lab.wave9.letters import WRITERS, Doc
from mailsort_lab.wave9.people import Client, Directory, bare, client_block, nobody_block, polite
from mailsort_lab.wave9.senders import SENDERS, contact
from mailsort_lab.wave9.sheet import lay_out

PREFIX = "w9"
NOBODY = 26 / 300
ENGLISH = 0.23             # of the categories with English writers: about 20 % overall
WEIGHTS = {"invoice": 18, "reminder": 10, "tax": 9, "legal": 7, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 10, "advertising": 11, "other": 8}
EMAIL_WEIGHTS = {**WEIGHTS, "tax": 0, "authority": 2, "legal": 3, "invoice": 26, "advertising": 14}
PAPER_ONLY = ("court", "court-mahn", "bailiff", "register", "ordnung", "finanzamt", "zoll")
_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave9", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(directory=Directory(Path(clients)), out=Path(out))


def letter(plan: Plan, directory: Directory) -> tuple[Doc, Client | None, list[str], random.Random]:
    """Words and labels of the plan's letter; pure, so tests check the plan without rendering."""
    rng = random.Random(f"wave9-{plan.seed}-{plan.index}")
    weights = EMAIL_WEIGHTS if plan.kind == "email" else WEIGHTS
    category = rng.choices(list(weights), list(weights.values()))[0]
    lang = "en" if rng.random() < ENGLISH and category in WRITERS["en"] else "de"
    pool = [s for s in SENDERS[category] if s.lang == lang and (plan.kind != "email" or s.kind not in PAPER_ONLY)]
    sender = rng.choice(pool or [s for s in SENDERS[category] if s.lang == lang])
    client = None if plan.nobody else rng.choice(directory.clients)
    block, tags, person = client_block(client, directory, rng, lang) if client else nobody_block(directory, rng, lang)
    day = working_day(date(2026, 1, 5) + timedelta(days=rng.randint(0, 340)))
    doc = Doc(lang, category, sender, day, rng.choice(DATE_STYLES[lang]), block, person, rng)
    doc.salutation = polite(person, lang)[1] if person else ("Sehr geehrte Damen und Herren," if lang == "de" else "Dear Sir or Madam,")
    WRITERS[lang][category](doc)
    if person and doc.salutation.startswith(("Sehr geehrte Damen", "Dear Sirs")):
        doc.salutation = polite(person, lang)[1]
    doc.closing = rng.choice(("Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll")) if lang == "de" else \
        rng.choice(("Yours sincerely,", "Kind regards,", "Yours faithfully,"))
    if sender.kind in ("finanzamt", "court", "court-mahn", "register"):
        doc.signature = ["Im Auftrag", "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."]
    else:
        doc.signature = list(sender.people) or [sender.name]
    tags += doc.tags + [f"date-style-{doc.style}"]
    return doc, client, tags, rng


def pdf_bytes(pages, design, doc: Doc) -> bytes:
    buf = io.BytesIO()
    family = design.typeface.family
    for style in STYLES:
        _font(family, style)
    c = Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1)
    c.setTitle(doc.subject)
    c.setAuthor(doc.sender.name)
    for ops in pages:
        for op in ops:
            _draw(c, op, family)
        c.showPage()
    c.save()
    return buf.getvalue()


def _scan(pages, design, doc: Doc, stem: str, rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choices(["clean", "office", "poor", "bw", "fax"], [25, 40, 12, 16, 7])[0]
    received = working_day(doc.day + timedelta(days=rng.randint(1, 4)))
    p = ScanProfile.draw(rng, kind, len(pages), received=received, sent=doc.day)
    if rng.random() < 0.8:
        p.rotations = [0] * len(pages)
    if kind in ("clean", "office") and rng.random() < 0.3:
        p.dpi = rng.choice((150, 250, 300))
    tags = [f"scan-{kind}"]
    if kind in ("office", "clean") and rng.random() < 0.2:
        p.ink, p.paper = rng.randint(90, 125), rng.randint(185, 215)
        tags.append("low-contrast")
    if kind in ("clean", "office") and rng.random() < 0.15:
        p.jpeg_quality = rng.randint(20, 45)
    tags += (["jpeg-artefacts"] if p.jpeg_quality else []) + (["skew"] if abs(p.skew) >= 1.0 else [])
    tags += (["rotated"] if any(p.rotations) else []) + (["received-stamp"] if p.stamp else [])
    imgs = scanify(draw_pages(LaidOutLetter(pages, design), p.dpi, p.colour), rng, p)
    if len(imgs) == 1:
        fmt = rng.choices(["pdf", "png", "jpg", "tif"], [40, 20, 25, 15])[0]
        if fmt == "jpg" and imgs[0].mode == "1":
            fmt = "png"
    else:
        fmt = rng.choice(["pdf", "tif", "tif"])
    path = save_scan(imgs, Path(f"{stem}.{fmt}"), quality=rng.choice([40, 60, 80]), created=datetime.combine(received, time(9)))
    return path.name, tags + [f"format-{fmt}", f"dpi-{p.dpi}"] + (["binarised"] if p.binarise else [])


COVER = {"de": ["anbei erhalten Sie unser Schreiben vom {d} („{s}“) als PDF.", "Mit freundlichen Grüßen aus {c}"],
         "en": ["please find attached our letter of {d} (\"{s}\").", "Best wishes from {c}"]}


def _email(doc: Doc, client: Client | None, plan: Plan, rng: random.Random, pdf: bytes) -> tuple[bytes, list[str]]:
    attach = rng.random() < 0.45
    style = forward_style(rng, doc.lang)
    city = doc.sender.city.split(",")[0].split(" ", 1)[-1]
    paragraphs = [p.format(s=doc.subject, d=doc.date_text, c=city) for p in COVER[doc.lang]] if attach else doc.paragraphs
    letter = MailLetter(f"w9-{plan.seed}-{plan.index}", doc.lang, doc.subject, doc.day, doc.sender.name,
                       [doc.sender.street, doc.sender.city], contact(doc.sender, rng), doc.block, doc.salutation,
                       paragraphs, doc.closing, doc.signature)
    tags = [f"mail-{style}", "mail-attachment" if attach else "mail-inline"]
    if client:
        intake = rng.choice(client.emails)
        forwarder = staff_forwarder(client.name, client.people, doc.person, rng, bare)
    else:
        intake, forwarder = GENERAL_INTAKE, RECEPTION
        tags.append("mail-general-intake")
    nested = rng.random() < 0.15 and not (doc.person and forwarder.display_name == bare(doc.person))
    msg, body = forward_to_intake(letter, style, intake, forwarder, nested, rng)
    if attach:
        name = rng.choice((f"{slug(doc.subject, 30)}.pdf", f"{'Brief' if doc.lang == 'de' else 'letter'}-{doc.day:%Y%m%d}.pdf"))
        attach_pdf(msg, pdf, name)
        fix_boundaries(msg, f"----=_W9_{plan.seed}_{plan.index}")
    tags += [body] + (["mail-nested"] if nested else [])
    return msg.as_bytes(policy=SMTP), tags


def make_item(plan: Plan) -> dict:
    doc, client, tags, rng = letter(plan, _S["directory"])
    length = 1 if plan.kind == "email" else rng.choices([1, 2, 3], [58, 30, 12])[0]
    pages, design, more = lay_out(doc, rng, length)
    tags += more
    stem = str(_S["out"] / f"{PREFIX}-{plan.index:04d}")
    npages = len(pages)
    if plan.kind == "scan":
        name, more = _scan(pages, design, doc, stem, rng)
    elif plan.kind == "pdf":
        name, more = Path(stem + ".pdf").name, ["born-digital"]
        Path(stem + ".pdf").write_bytes(pdf_bytes(pages, design, doc))
    else:
        data, more = _email(doc, client, plan, rng, pdf_bytes(pages, design, doc))
        name = Path(stem + ".eml").name
        Path(stem + ".eml").write_bytes(data)
        npages = 1 if "mail-inline" in more else npages
    tags += more + [f"lang-{doc.lang}", f"cat-{doc.category}", f"template:{doc.template}", f"pages-{npages}",
                    f"deadlines-{min(len(set(doc.deadlines)), 2)}"]
    tags += ["deadline-relative"] if doc.relative else []
    return {"file": name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": doc.category, "date": doc.day.isoformat(),
            "deadlines": sorted({x.isoformat() for x in doc.deadlines}), "sender": doc.sender.name,
            "language": doc.lang, "tags": sorted(set(tags)), "pages": npages, "subject": doc.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 909, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    return write_set(Path(out_dir), plans(n, seed), make_item, _init, Path(clients), workers, "mailsort_lab.wave9", seed)
