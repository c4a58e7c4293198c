"""Write a wave-10 set: 225 scans, 30 born-digital PDFs and 45 emails (26 items for nobody in the
directory) with labels.json in the other waves' format. Written apart from the routing code and from
the earlier waves' wording: it reads clients.yaml itself and shares only the drawing, scanner and
bookkeeping helpers (render/, evalset)."""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.render.artefacts import ScanProfile, received_stamp, save_scan, scanify
from mailsort_lab.render.eml import (GENERAL_INTAKE, RECEPTION, MailLetter, attach_pdf, fix_boundaries, forward_style,
                                     forward_to_intake, slug, staff_forwarder)
from mailsort_lab.render.fonts import STYLES
from mailsort_lab.render.layout import PAGE_H, PAGE_W, LaidOutLetter
from mailsort_lab.render.page import draw_pages
from mailsort_lab.render.pdf import _draw, _font
from mailsort_lab.wave10 import marks
from mailsort_lab.wave10.addressing import Client, Directory, bare, box_only_block, client_block, nobody_block, polite
from mailsort_lab.wave10.doc import Doc
from mailsort_lab.wave10.firms import BY_KEY, Firm, contact_lines
from mailsort_lab.wave10.kalender import LETTER_STYLES, fmt, next_working_day
from mailsort_lab.wave10.paper import lay_out
from mailsort_lab.wave10.texts_de import DE
from mailsort_lab.wave10.texts_en import EN

PREFIX = "w10"
NOBODY = 26 / 300
WEIGHTS = {"invoice": 20, "reminder": 9, "tax": 11, "legal": 6, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 10, "advertising": 10, "other": 8}
ENGLISH = {"invoice": 0.45, "reminder": 0.35, "tax": 0.15, "legal": 0.25, "authority": 0.12, "bank": 0.35,
           "insurance": 0.3, "contract": 0.4, "advertising": 0.5, "other": 0.4}
# Mail comes by email from firms, banks, insurers and lawyers; courts and tax offices write on paper.
EMAIL_WEIGHTS = {**WEIGHTS, "tax": 0, "authority": 0, "invoice": 30, "advertising": 14, "legal": 3}
WRITERS = {"de": DE, "en": EN}
CET = timezone(timedelta(hours=1))
APPLICANTS = {"de": (("Lea Marquardt", "Weichselstraße 9", "12045 Berlin", "lea.marquardt@mailbox.example"),
                     ("Jonte Weißgerber", "Pappelallee 71", "10437 Berlin", "j.weissgerber@posteo.example")),
              "en": (("Callum Baird", "Flat 2, 17 Otago Street", "Glasgow G12 8JH", "callum.baird@mail.example"),
                     ("Nadia Ferreira", "Gärtnerstraße 21", "10245 Berlin", "nadia.ferreira@mail.example"))}
_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave10", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(directory=Directory(Path(clients)), out=Path(out))


def _choose_client(rng: random.Random, directory: Directory, lang: str) -> Client:
    weights = []
    for c in directory.clients:
        w = 1.0
        if directory.twins(c):
            w *= 3.0
        if lang == "en" and any(c.name.endswith(s) for s in ("Ltd.", "Inc.", "LLC")):
            w *= 4.0
        weights.append(w)
    return rng.choices(directory.clients, weights)[0]


def letter(plan: Plan, directory: Directory) -> tuple[Doc, Client | None, list[str], random.Random]:
    """Words and labels of the plan's letter; pure, so tests check the plan without rendering."""
    rng = random.Random(f"wave10-{plan.seed}-{plan.index}")
    weights = EMAIL_WEIGHTS if plan.kind == "email" else WEIGHTS
    category = rng.choices(list(weights), list(weights.values()))[0]
    lang = "en" if rng.random() < ENGLISH[category] else "de"
    options = []
    for keys, fn, w in WRITERS[lang][category]:
        firms = [f for k in keys.split() for f in BY_KEY[k]]
        if plan.kind == "email":
            firms = [f for f in firms if not f.public]
        if firms:
            options.append((firms, fn, w))
    if not options:                                  # no such letter comes by email in this language
        lang = "de"
        options = [(fs, fn, w) for keys, fn, w in WRITERS[lang][category]
                   if (fs := [f for k in keys.split() for f in BY_KEY[k] if not f.public])]
    firms, writer, _ = rng.choices(options, [o[2] for o in options])[0]
    firm = rng.choice(firms)
    if firm.key.startswith("applicant"):
        name, street, city, mail = rng.choice(APPLICANTS[lang])
        firm = replace(firm, name=name, street=street, city=city, mail=mail, signers=(name,))
    client = None if plan.nobody else _choose_client(rng, directory, lang)
    if client is None:
        addr = nobody_block(directory, rng, lang)
    elif client.people and rng.random() < 0.06:
        addr = box_only_block(client, rng, lang)
    else:
        addr = client_block(client, directory, rng, lang)
    day = next_working_day(date(2026, 1, 5) + timedelta(days=rng.randint(0, 340)))
    tags: list[str] = []
    if category in ("invoice", "bank") and not firm.public and rng.random() < 0.06:
        day += timedelta(days=(5 - day.weekday()) % 7)          # a machine-made letter dated on a Saturday
        tags.append("dated-saturday")
    style = rng.choice(LETTER_STYLES[lang])
    doc = Doc(lang, category, firm, day, style, addr, rng)
    doc.salutation = polite(addr.person, lang)
    writer(doc)
    if lang == "de":
        doc.closing = rng.choice(("Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Freundliche Grüße",
                                  "Beste Grüße", "Hochachtungsvoll")) if not firm.public else "Mit freundlichen Grüßen"
    else:
        doc.closing = rng.choice(("Yours sincerely,", "Kind regards,", "Yours faithfully,", "Best regards,"))
    if firm.public:
        if lang == "de":
            doc.signature = rng.choice((["Im Auftrag", rng.choice(("Lüdtke", "Wiechert", "Okonkwo", "Sadowski", "Demirci"))],
                                        ["Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."]))
        else:
            doc.signature = [firm.name]
    else:
        doc.signature = list(firm.signers) or [firm.name]
        if rng.random() < 0.4 and not firm.key.startswith("applicant"):
            doc.signature.append(firm.name)
    tags += addr.tags + doc.tags + [f"date-style-{style}", f"lang-{lang}", f"cat-{category}", f"template:{doc.template}"]
    if addr.person:
        tags.append("salutation-person")
    return doc, client, tags, rng


# ---- files ----------------------------------------------------------------------------------------
def pdf_bytes(pages, design, doc: Doc) -> bytes:
    buf = io.BytesIO()
    family = design.typeface.family
    for st in STYLES:
        _font(family, st)
    c = Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1)
    c.setTitle(doc.subject)
    c.setAuthor(doc.firm.name)
    c.setCreator(doc.rng.choice(("Microsoft Word", "LibreOffice", "SAP", "DATEV", "Sage")))
    for ops in pages:
        for op in ops:
            _draw(c, op, family)
        c.showPage()
    c.save()
    return buf.getvalue()


def _scan(pages, design, doc: Doc, stem: str, rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choices(["clean", "office", "poor", "bw", "fax"], [24, 40, 13, 16, 7])[0]
    received = next_working_day(doc.day + timedelta(days=rng.randint(1, 5)))
    p = ScanProfile.draw(rng, kind, len(pages), received=received, sent=doc.day)
    if rng.random() < 0.85:
        p.rotations = [0] * len(pages)
    if kind != "fax":
        p.dpi = rng.choice((150, 200, 200, 240, 300, 300))
    tags = [f"scan-{kind}"]
    if kind in ("clean", "office") and rng.random() < 0.2:
        p.ink, p.paper = rng.randint(85, 120), rng.randint(180, 215)
        tags.append("low-contrast")
    if kind in ("clean", "office") and rng.random() < 0.2:
        p.blur = rng.uniform(1.0, 1.6)
    if kind in ("clean", "office", "poor") and rng.random() < 0.2:
        p.noise = max(p.noise, rng.uniform(10, 18))
    if p.stamp is None and rng.random() < 0.15:
        p.stamp = received_stamp(received, rng)
    tags += (["skew"] if abs(p.skew) >= 1.0 else []) + (["rotated"] if any(p.rotations) else [])
    tags += (["received-stamp"] if p.stamp else []) + (["blur"] if p.blur >= 0.8 else [])
    tags += (["noise"] if p.noise >= 9 else []) + (["holes"] if p.holes else []) + (["fax-header"] if p.fax_header else [])
    tags += (["jpeg-artefacts"] if p.jpeg_quality else []) + (["colour"] if p.colour and not p.binarise else [])
    imgs = draw_pages(LaidOutLetter(pages, design), p.dpi, p.colour and not p.binarise)
    if rng.random() < 0.3:
        tags += marks.handwriting(imgs[0], p.dpi, rng, doc.day, doc.lang)
    if rng.random() < 0.12:
        tags += marks.office_stamp(imgs[0], p.dpi, rng, doc.day, doc.lang)
    if rng.random() < 0.3:
        imgs = [marks.creases(im, p.dpi, rng) for im in imgs]
        tags.append("fold-crease")
    imgs = scanify(imgs, rng, p)
    if len(imgs) == 1:
        fmt_ = rng.choices(["pdf", "png", "jpg", "tif"], [40, 22, 23, 15])[0]
        if fmt_ == "jpg" and imgs[0].mode == "1":
            fmt_ = "png"
    else:
        fmt_ = rng.choice(["pdf", "pdf", "tif"])
    path = save_scan(imgs, Path(f"{stem}.{fmt_}"), quality=rng.choice([45, 60, 75, 85]),
                     created=datetime.combine(received, time(8, 30)))
    return path.name, tags + [f"format-{fmt_}", f"dpi-{p.dpi}"] + (["binarised"] if p.binarise else [])


def _flat(doc: Doc) -> list[str]:
    """The letter's blocks as plain-text paragraphs for an email body."""
    out = []
    refs = [f"{k}: {v}" for k, v in doc.info if v != doc.date_text]
    if refs and doc.rng.random() < 0.7:
        out.append("\n".join(refs))
    for b in doc.blocks:
        if b[0] in ("p", "box"):
            out.append(b[1])
        elif b[0] == "kv":
            out.append("\n".join(f"{k}: {v}" for k, v in b[1]))
        elif b[0] == "table":
            out.append("\n".join(" | ".join(r) for r in [b[1], *b[2]]))
        elif b[0] == "list":
            out.append("\n".join(f"- {x}" for x in b[1]))
    return out


def _email_footer(f: Firm) -> str:
    lines = [f.name, ", ".join(p for p in (f.street, f.city) if p), *contact_lines(f)]
    if f.register:
        lines.append(f.register)
    if f.board:
        lines.append(f.board)
    return "\n".join(lines)


COVER = {"de": ("anbei erhalten Sie {what} vom {d} als PDF-Dokument.", "Bei Fragen stehen wir Ihnen gern zur Verfügung."),
         "en": ("please find attached {what} dated {d}.", "If you have any questions, just reply to this email.")}
WHAT = {"de": {"invoice": "unsere Rechnung", "reminder": "unser Schreiben", "contract": "unsere Unterlagen"},
        "en": {"invoice": "our invoice", "reminder": "our letter", "contract": "our documents"}}


def _email(doc: Doc, client: Client | None, plan: Plan, rng: random.Random, pdf: bytes, npages: int) -> tuple[bytes, list[str], int]:
    attach = rng.random() < 0.45
    what = WHAT[doc.lang].get(doc.category, "unser Schreiben" if doc.lang == "de" else "our letter")
    paragraphs = ([COVER[doc.lang][0].format(what=what, d=fmt(doc.day, doc.body_style)), COVER[doc.lang][1]]
                  if attach else _flat(doc))
    tags = ["mail-attachment" if attach else "mail-inline"]
    forwarded = rng.random() < 0.6
    if client:
        intake = rng.choice(client.emails)
    else:
        boxes = _S["directory"].free_boxes
        intake = GENERAL_INTAKE if forwarded or rng.random() < 0.5 else f"post-{rng.choice(boxes)}@post.buero-mitte.de"
        tags.append("mail-general-intake" if intake == GENERAL_INTAKE else "mail-unknown-box")
    sender_mail = next((c.split()[-1] for c in contact_lines(doc.firm) if "@" in c), f"info@{slug(doc.firm.name, 24)}.example")
    user, domain = sender_mail.split("@", 1)
    sig = "\n".join(doc.signature)
    if forwarded:
        style = forward_style(rng, doc.lang)
        letter = MailLetter(f"w10-{plan.seed}-{plan.index}", doc.lang, doc.subject, doc.day, doc.firm.name,
                            [p for p in (doc.firm.street, doc.firm.city) if p], contact_lines(doc.firm), doc.addr.lines,
                            doc.salutation, paragraphs, doc.closing, doc.signature)
        forwarder = staff_forwarder(client.name, client.people, doc.addr.person, rng, bare) if client else RECEPTION
        nested = rng.random() < 0.15 and client is not None
        msg, body = forward_to_intake(letter, style, intake, forwarder, nested, rng)
        tags += ["mail-forwarded", f"mail-{style}", body] + (["mail-nested"] if nested else [])
    else:
        msg = EmailMessage()
        msg["From"] = Address(doc.firm.name, user, domain)
        msg["To"] = intake
        msg["Subject"] = doc.subject
        sent = datetime.combine(doc.day, time(rng.randint(6, 18), rng.randint(0, 59)), CET)
        msg["Date"] = format_datetime(sent)
        digest = hashlib.sha1(f"w10/{plan.seed}/{plan.index}".encode()).hexdigest()
        msg["Message-ID"] = f"<{digest[:20]}@{domain}>"
        text = "\n\n".join([doc.salutation, *paragraphs, f"{doc.closing}\n{sig}", "-- \n" + _email_footer(doc.firm)]) + "\n"
        msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "8bit", "base64"]))
        tags.append("mail-direct")
    if attach:
        name = rng.choice((f"{slug(doc.subject, 32)}.pdf", f"{'Dokument' if doc.lang == 'de' else 'document'}_{doc.day:%Y%m%d}.pdf",
                           f"{doc.firm.name.split()[0]}_{doc.day:%Y-%m-%d}.pdf"))
        attach_pdf(msg, pdf, name)
    fix_boundaries(msg, f"----=_W10_{plan.seed}_{plan.index}")
    return msg.as_bytes(policy=SMTP), tags, (npages if attach else 1)


def make_item(plan: Plan) -> dict:
    doc, client, tags, rng = letter(plan, _S["directory"])
    length = rng.choices([1, 2, 3], [60, 28, 12])[0] if plan.kind != "email" else rng.choices([1, 2], [80, 20])[0]
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
        data, more, npages = _email(doc, client, plan, rng, pdf_bytes(pages, design, doc), npages)
        name = Path(stem + ".eml").name
        Path(stem + ".eml").write_bytes(data)
    deadlines = sorted({x.isoformat() for x in doc.deadlines})
    tags += more + [f"pages-{npages}", f"deadlines-{min(len(deadlines), 2)}{'+' if len(deadlines) >= 2 else ''}"]
    if plan.nobody:
        tags.append("nobody")
    return {"file": name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": doc.category, "date": doc.day.isoformat(), "deadlines": deadlines,
            "sender": doc.sender_label,
            "language": doc.lang, "tags": sorted(set(tags)), "pages": npages, "subject": doc.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 1010, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    return write_set(Path(out_dir), plans(n, seed), make_item, _init, Path(clients), workers, "mailsort_lab.wave10", seed)
