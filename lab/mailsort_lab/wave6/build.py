"""Write a wave-6 set: 300 items (scans, born-digital PDFs, emails) for the client directory, with
labels.json in wave 5's format. Written apart from the routing code: it reads clients.yaml
itself and shares only the drawing, scanner and bookkeeping helpers (render/, evalset)."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.render.artefacts import ScanProfile, save_scan, scanify
from mailsort_lab.render.layout import PAGE_H, PAGE_W, LaidOutLetter
from mailsort_lab.render.page import draw_pages
from mailsort_lab.render.pdf import _draw, _font
from mailsort_lab.render.fonts import STYLES
from mailsort_lab.wave6.address import client_block, nobody_block
from mailsort_lab.wave6.compose import Doc, compose, enclosure, marks
from mailsort_lab.wave6.dates import working_day
from mailsort_lab.wave6.firms import Client, Directory
from mailsort_lab.wave6.mail import email_item
from mailsort_lab.wave6.paper import lay_out

ENGLISH = 0.2
NOBODY = 26 / 300          # as many items for nobody as the independent hidden set has
WEIGHTS = {"invoice": 17, "reminder": 11, "tax": 9, "legal": 8, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 10, "advertising": 10, "other": 8}
_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave6", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(directory=Directory(Path(clients)), out=Path(out))


def letter(plan: Plan, directory: Directory) -> tuple[Doc, Client | None, list[str], random.Random]:
    """The words of the plan's letter and its recipient; pure, so tests can read what was drawn."""
    rng = random.Random(f"wave6-{plan.seed}-{plan.index}")
    lang = "en" if rng.random() < ENGLISH else "de"
    client = None if plan.nobody else rng.choice(directory.clients)
    if client:
        block, tags, person = client_block(client, directory, rng, lang)
        person = next((ln.replace("z. Hd. ", "").replace("Attn. ", "") for ln in block
                       if person and person in ln), None)
    else:
        block, tags, _ = nobody_block(directory, rng, lang)
        person = None
    day = working_day(date(2026, 1, 5) + timedelta(days=rng.randint(0, 325)))
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    doc = compose(rng, lang, category, day, block, person)
    length = 1 if plan.kind == "email" else rng.choices([1, 2, 3], [60, 28, 12])[0]
    if length >= 2 or rng.random() < 0.1:       # a long enclosure runs onto a page of its own
        enclosure(doc, rng, (48, 70) if length == 3 else (4, 12))
    if plan.kind == "scan":
        tags += marks(doc, rng)
    return doc, client, tags, rng


def pdf_bytes(pages, design, title: str, author: str) -> bytes:
    """A born-digital PDF with a text layer; invariant=1 keeps the bytes the same for a seed."""
    buf = io.BytesIO()
    family = design.typeface.family
    for style in STYLES:
        _font(family, style)
    c = Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    for ops in pages:
        for op in ops:
            _draw(c, op, family)
        c.showPage()
    c.save()
    return buf.getvalue()


def _scan(pages, design, doc: Doc, stem: str, rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choices(["clean", "office", "poor", "bw", "fax"], [22, 38, 14, 14, 12])[0]
    p = ScanProfile.draw(rng, kind, len(pages), sent=doc.day)
    p.stamp = doc.stamp
    if rng.random() < 0.6:          # the shared scanner turns a fifth of all stacks; ours turns fewer
        p.rotations = [0] * len(pages)
    tags = [f"scan-{kind}"]
    if kind in ("office", "clean") and rng.random() < 0.2:       # a toner running out: low contrast
        p.ink, p.paper = rng.randint(110, 140), rng.randint(200, 225)
        tags.append("low-contrast")
    if kind in ("office", "poor") and rng.random() < 0.2:        # a document that moved in the feeder
        p.blur = rng.uniform(1.3, 2.0)
        tags.append("blur")
    if abs(p.skew) >= 1.0:
        tags.append("skew")
    if any(p.rotations):
        tags.append("rotated")
    imgs = scanify(draw_pages(LaidOutLetter(pages, design), p.dpi, p.colour), rng, p)
    if len(imgs) == 1:
        fmt = rng.choice(["pdf", "pdf", "png", "jpg", "tif"])
        if fmt == "jpg" and imgs[0].mode == "1":
            fmt = "png"
    else:
        fmt = rng.choice(["pdf", "pdf", "tif"])
    path = save_scan(imgs, Path(f"{stem}.{fmt}"), quality=rng.choice([55, 70, 85]))
    return str(path), tags + [f"format-{fmt}", f"dpi-{p.dpi}"] + (["binarised"] if p.binarise else [])


def make_item(plan: Plan) -> dict:
    directory: Directory = _S["directory"]
    doc, client, tags, rng = letter(plan, directory)
    pages, design, style = lay_out(doc, rng)
    stem = str(_S["out"] / f"w6-{plan.index:04d}")
    npages = len(pages)
    if plan.kind == "scan":
        path, more = _scan(pages, design, doc, stem, rng)
    elif plan.kind == "pdf":
        path, more = stem + ".pdf", ["born-digital"]
        Path(path).write_bytes(pdf_bytes(pages, design, doc.subject, doc.sender.name))
    else:
        pdf = pdf_bytes(pages, design, doc.subject, doc.sender.name)
        data, more = email_item(doc, client, directory, plan, rng, pdf)
        path = stem + ".eml"
        Path(path).write_bytes(data)
        if "email-body" in more:
            npages = 1
    d = doc.dates
    tags += [f"design-{style}", f"lang-{doc.lang}", f"cat-{doc.category}", doc.template, f"pages-{npages}",
             f"deadlines-{min(len(d.deadlines), 2)}"] + (["deadline-relative"] if d.relative else [])
    if doc.sender.brand:
        tags.append("sender-brand")
    return {"file": Path(path).name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": doc.category, "date": doc.day.isoformat(),
            "deadlines": sorted({x.isoformat() for x in d.deadlines}), "sender": doc.sender.name,
            "language": doc.lang, "tags": sorted(set(tags + more)), "pages": npages, "subject": doc.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 606, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.wave6", seed)
