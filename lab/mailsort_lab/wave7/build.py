"""Write a wave-7 set: scans, born-digital PDFs and forwarded emails for the client directory,
with labels.json in the other waves' format. Written apart from the routing code: it reads
clients.yaml itself and shares only the drawing, scanner and bookkeeping helpers (render/, evalset)."""

from __future__ import annotations

import io
import random
from datetime import datetime, time, timedelta
from email.headerregistry import Address
from email.policy import SMTP
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.render.artefacts import ScanProfile, save_scan, scanify
from mailsort_lab.render.eml import (GENERAL_INTAKE, RECEPTION, MailLetter, attach_pdf, fix_boundaries, forward_to_intake,
                                     person_address, slug)
from mailsort_lab.render.fonts import STYLES
from mailsort_lab.render.forwarding import STYLES as MAIL_STYLES
from mailsort_lab.render.layout import PAGE_H, PAGE_W, LaidOutLetter
from mailsort_lab.render.page import draw_pages
from mailsort_lab.render.pdf import _draw, _font
from mailsort_lab.wave7 import days, de, en
from mailsort_lab.wave7.doc import Doc
from mailsort_lab.wave7.people import Client, Directory, bare, client_block, nobody_block, salutation
from mailsort_lab.wave7.senders import SENDERS, contact
from mailsort_lab.wave7.sheet import lay_out

PREFIX = "w7"
ENGLISH = 0.215            # tax and authority letters stay German, so about 20 % end up English
NOBODY = 26 / 300
WEIGHTS = {"invoice": 18, "reminder": 10, "tax": 9, "legal": 7, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 10, "advertising": 11, "other": 8}
# Mail programs carry what firms send by mail; tax offices and courts write on paper.
EMAIL_WEIGHTS = {**WEIGHTS, "tax": 0, "legal": 4, "authority": 4, "invoice": 24}
_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave7", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(directory=Directory(Path(clients)), out=Path(out))


ENCLOSURES = {
    "de": (("Hinweise zum Datenschutz", [
        "Wir verarbeiten Ihre Daten ausschließlich zur Abwicklung unserer Geschäftsbeziehung und zur Erfüllung "
        "gesetzlicher Pflichten. Eine Weitergabe an Dritte erfolgt nur, soweit dies hierfür erforderlich ist.",
        "Sie haben jederzeit das Recht auf Auskunft über die gespeicherten Daten sowie auf Berichtigung, Löschung "
        "und Einschränkung der Verarbeitung. Wenden Sie sich hierzu an unsere Datenschutzbeauftragte."] * 3),
        ("Erläuterungen", [
            "Die in diesem Schreiben genannten Beträge verstehen sich, soweit nicht anders angegeben, in Euro. "
            "Teilzahlungen werden zunächst auf Kosten, dann auf Zinsen und zuletzt auf die Hauptforderung angerechnet.",
            "Bitte geben Sie bei allen Zahlungen und Rückfragen stets das oben genannte Zeichen an, damit wir Ihr "
            "Anliegen ohne Verzögerung zuordnen können."] * 4)),
    "en": (("Privacy notice", [
        "We process your personal data only to administer our business relationship and to meet legal obligations. "
        "Data is shared with third parties only where this is necessary for those purposes.",
        "You have the right to access, rectify and erase your data and to restrict its processing. Please contact "
        "our data protection officer."] * 3),
        ("Notes", ["All amounts are stated in euros unless indicated otherwise. Please quote our reference on all "
                   "payments and correspondence so that we can allocate them promptly."] * 5)),
}


def letter(plan: Plan, directory: Directory) -> tuple[Doc, Client | None, list[str], random.Random]:
    """The words of the plan's letter and its recipient; pure, so tests can read what was drawn."""
    rng = random.Random(f"wave7-{plan.seed}-{plan.index}")
    weights = EMAIL_WEIGHTS if plan.kind == "email" else WEIGHTS
    category = rng.choices(list(weights), list(weights.values()))[0]
    lang = "en" if rng.random() < ENGLISH and category not in ("tax", "authority") else "de"
    sender = rng.choice([s for s in SENDERS[category] if s.lang == lang and
                         (plan.kind != "email" or s.kind not in ("court", "court-mahn", "bailiff", "register", "ordnung"))])
    client = None if plan.nobody else rng.choice(directory.clients)
    if client:
        block, tags, person = client_block(client, rng, lang)
    else:
        block, tags, person = nobody_block(directory, rng, lang)
    day = days.letter_day(rng)
    doc = Doc(lang, category, sender, day, days.letter_style(rng, lang), block, person, rng)
    doc.salutation = salutation(person, lang)
    (de.WRITERS if lang == "de" else en.WRITERS)[category](doc)
    length = 1 if plan.kind == "email" else rng.choices([1, 2, 3], [62, 26, 12])[0]
    pool = list(ENCLOSURES[lang])
    while 1 + len(doc.enclosures) < length and pool:
        doc.enclosures.append(pool.pop(rng.randrange(len(pool))))
    tags += [f"date-style-{doc.date_style}"]
    return doc, client, tags, rng


def pdf_bytes(pages, design, doc: Doc) -> bytes:
    """A born-digital PDF with a text layer; invariant=1 keeps the bytes the same for a seed."""
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
    kind = rng.choices(["clean", "office", "poor", "bw", "fax"], [25, 40, 12, 15, 8])[0]
    received = days.working_day(doc.day + timedelta(days=rng.randint(1, 4)))
    p = ScanProfile.draw(rng, kind, len(pages), received=received, sent=doc.day)
    if rng.random() < 0.7:
        p.rotations = [0] * len(pages)
    if kind == "clean" and rng.random() < 0.25:
        p.dpi = 150 if rng.random() < 0.3 else 300
    tags = [f"scan-{kind}"]
    if kind in ("office", "clean") and rng.random() < 0.2:
        p.ink, p.paper = rng.randint(100, 135), rng.randint(195, 225)
        tags.append("low-contrast")
    if kind in ("clean", "office") and rng.random() < 0.15:
        p.jpeg_quality = rng.randint(30, 50)
        tags.append("jpeg-artefacts")
    if abs(p.skew) >= 1.0:
        tags.append("skew")
    if any(p.rotations):
        tags.append("rotated")
    if p.stamp:
        tags.append("received-stamp")
    imgs = scanify(draw_pages(LaidOutLetter(pages, design), p.dpi, p.colour), rng, p)
    if len(imgs) == 1:
        fmt = rng.choices(["pdf", "png", "jpg", "tif"], [45, 20, 20, 15])[0]
        if fmt == "jpg" and imgs[0].mode == "1":
            fmt = "png"
    else:
        fmt = rng.choice(["pdf", "pdf", "tif"])
    path = save_scan(imgs, Path(f"{stem}.{fmt}"), quality=rng.choice([50, 70, 85]),
                     created=datetime.combine(received, time(8)))
    return path.name, tags + [f"format-{fmt}", f"dpi-{p.dpi}"] + (["binarised"] if p.binarise else [])


COVER = {"de": ["anbei erhalten Sie unser Schreiben „{s}“ als PDF-Dokument.", "Bei Rückfragen antworten Sie gern auf diese E-Mail."],
         "en": ["please find attached our letter \"{s}\" as a PDF.", "If you have any questions, simply reply to this email."]}


def _email(doc: Doc, client: Client | None, plan: Plan, rng: random.Random, pdf: bytes) -> tuple[bytes, list[str]]:
    attach = rng.random() < 0.45
    style = rng.choice([s for s in MAIL_STYLES if (s.endswith("-en") == (doc.lang == "en")) or rng.random() < 0.2])
    paragraphs = [p.format(s=doc.subject) for p in COVER[doc.lang]] if attach else doc.paragraphs
    salute = doc.salutation if not attach or doc.lang == "en" else doc.salutation
    letter = MailLetter(f"w7-{plan.seed}-{plan.index}", doc.lang, doc.subject, doc.day, doc.sender.name,
                       [doc.sender.street, doc.sender.city], contact(doc.sender, rng), doc.block, salute,
                       paragraphs, doc.closing, doc.signature)
    tags = [f"mail-{style}", "mail-attachment" if attach else "mail-inline"]
    if client:
        intake = rng.choice(client.emails)
        domain = f"{slug(client.name, 24)}.example"
        who = rng.choice(client.people) if client.people else None
        forwarder = person_address(bare(who), domain) if who else Address(client.name, "office", domain)
    else:
        intake, forwarder = GENERAL_INTAKE, RECEPTION
        tags.append("mail-general-intake")
    nested = rng.random() < 0.15
    msg, body = forward_to_intake(letter, style, intake, forwarder, nested, rng)
    if attach:
        name = rng.choice((f"{slug(doc.subject, 30)}.pdf", f"Schreiben_{doc.day:%Y%m%d}.pdf" if doc.lang == "de" else f"letter_{doc.day:%Y%m%d}.pdf"))
        attach_pdf(msg, pdf, name)
        fix_boundaries(msg, f"----=_W7_{plan.seed}_{plan.index}")
    tags += [body] + (["mail-nested"] if nested else [])
    return msg.as_bytes(policy=SMTP), tags


def make_item(plan: Plan) -> dict:
    directory: Directory = _S["directory"]
    doc, client, tags, rng = letter(plan, directory)
    pages, design, more = lay_out(doc, rng)
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
        if "mail-inline" in more:
            npages = 1
    tags += more + [f"lang-{doc.lang}", f"cat-{doc.category}", f"template:{doc.template}", f"pages-{npages}",
                    f"deadlines-{min(len(set(doc.deadlines)), 2)}"]
    tags += (["deadline-relative"] if doc.relative else []) + (["deadline-shifted"] if doc.shifted else [])
    return {"file": name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": doc.category, "date": doc.day.isoformat(),
            "deadlines": sorted({x.isoformat() for x in doc.deadlines}), "sender": doc.sender.name,
            "language": doc.lang, "tags": sorted(set(tags)), "pages": npages, "subject": doc.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 707, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.wave7", seed)
