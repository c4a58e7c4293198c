"""Wave 11's plan and items: which letter each planned item carries, for whom, and how it reaches
the office (scan, born-digital PDF, email). Only the bookkeeping (evalset) and the drawing and file
helpers (render/) are shared with the other sets."""

from __future__ import annotations

import hashlib
import html
import io
import random
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
from mailsort_lab.wave11 import cal, marks
from mailsort_lab.wave11.clients import POSTAL_NOTES, Client, Directory, bare, box_only_block, client_block, nobody_block, salutation
from mailsort_lab.wave11.doc import Doc
from mailsort_lab.wave11.orgs import BY_KEY
from mailsort_lab.wave11.sheet import lay_out
from mailsort_lab.wave11.texts_de import DE
from mailsort_lab.wave11.texts_en import EN

PREFIX = "w11"
NOBODY = 26 / 300
WEIGHTS = {"invoice": 19, "reminder": 10, "tax": 10, "legal": 8, "authority": 11, "bank": 9, "insurance": 8,
           "contract": 9, "advertising": 8, "other": 8}
ENGLISH = {"invoice": 0.45, "reminder": 0.4, "tax": 0.1, "legal": 0.2, "authority": 0.1, "bank": 0.45,
           "insurance": 0.3, "contract": 0.4, "advertising": 0.5, "other": 0.5}
EMAIL_WEIGHTS = {**WEIGHTS, "tax": 0, "authority": 0, "invoice": 30, "advertising": 14, "legal": 4}
TEMPLATES = {"de": DE, "en": EN}
CET = timezone(timedelta(hours=1))
PLACES = {"de": (("right", 26), ("ortdatum", 18), ("info", 26), ("table", 14), ("footer", 8), ("top-left", 8)),
          "en": (("right", 22), ("top-left", 30), ("info", 26), ("table", 12), ("footer", 10))}
CLOSINGS = {"de": ("Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße",
                   "Mit besten Grüßen"),
            "en": ("Yours sincerely", "Kind regards", "Best regards", "Yours faithfully", "With best wishes")}
_S: dict = {}


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave11", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(directory=Directory(Path(clients)), out=Path(out))


def _templates(lang: str, category: str, email: bool) -> list[tuple[str, object, tuple[str, ...]]]:
    """(name, fill, orgs) of the language's templates whose trial fill gives the category."""
    out = []
    for name, (fn, orgs) in sorted(TEMPLATES[lang].items()):
        if CATS[name] != category:
            continue
        orgs = tuple(o for o in orgs if not (email and BY_KEY[o].public))
        if orgs:
            out.append((name, fn, orgs))
    return out


def _category_of(lang: str, name: str) -> str:
    fn, orgs = TEMPLATES[lang][name]
    d = Doc(lang, BY_KEY[orgs[0]], None, date(2026, 3, 2), "dot" if lang == "de" else "uk",   # type: ignore[arg-type]
            "dot" if lang == "de" else "uk", random.Random(0))
    fn(d, random.Random(0))
    return d.category


CATS = {name: _category_of(lang, name) for lang in TEMPLATES for name in TEMPLATES[lang]}


def _choose_client(rng: random.Random, d: Directory, lang: str) -> tuple[Client, bool]:
    twins = [c for c in d.clients if c.twins]
    english = [c for c in d.clients if c.name.endswith(("Ltd.", "Inc.", "LLC"))]
    r = rng.random()
    if r < 0.22:
        return rng.choice(twins), True
    if lang == "en" and r < 0.5:
        c = rng.choice(english)
    else:
        c = rng.choice(d.clients)
    return c, bool(c.twins)


def letter(plan: Plan, directory: Directory) -> tuple[Doc, Client | None, list[str], random.Random]:
    rng = random.Random(f"wave11/{plan.seed}/{plan.index}")
    email = plan.kind == "email"
    weights = EMAIL_WEIGHTS if email else WEIGHTS
    while True:
        category = rng.choices(list(weights), list(weights.values()))[0]
        lang = "en" if rng.random() < ENGLISH[category] else "de"
        options = _templates(lang, category, email)
        if options:
            break
    name, fill, orgs = rng.choice(options)
    org = BY_KEY[rng.choice(orgs)]
    tags = [f"lang-{lang}", f"tpl-{name}"]
    client = None
    if plan.nobody:
        addr, _ = nobody_block(directory, lang, rng)
    else:
        client, twin = _choose_client(rng, directory, lang)
        if client.people and rng.random() < 0.08:
            addr = box_only_block(client, lang, rng)
        else:
            addr = client_block(client, lang, rng, twin)
        if twin:
            tags.append("near-twin")
    tags += addr.tags
    style = rng.choice(cal.DE_LETTER if lang == "de" else cal.EN_LETTER)
    doc = Doc(lang, org, addr, cal.letter_day(rng), style, cal.body_style(lang, style, rng), rng, template=name)
    fill(doc, rng)
    assert doc.category == category, (name, doc.category)
    places = PLACES[lang]
    if doc.form:
        places = (("table", 40), ("info", 40), ("right", 20))
    elif doc.date_label:
        places = (("info", 45), ("table", 35), ("right", 20))
    doc.date_place = rng.choices([p for p, _ in places], [w for _, w in places])[0]
    doc.place = org.city.split(",")[0].split()[-1] if lang == "de" else org.city.split(",")[0].split()[0]
    if doc.lang == "de":
        doc.place = " ".join(w for w in org.city.split() if not w[:1].isdigit())
    doc.salutation = salutation(addr.person, lang, rng)
    signer = rng.choice(org.signers) if org.signers else org.name
    lines = signer.split("\n")
    if lines[0].startswith(("Mit freundlichen", "Yours", "Im Auftrag", "Auf Anordnung", "Beglaubigt")) and len(lines) > 1:
        doc.closing, doc.signature = (lines[0], lines[1:]) if not lines[0].startswith(("Im Auftrag", "Auf Anordnung", "Beglaubigt")) \
            else (rng.choice(CLOSINGS[lang]), lines)
    else:
        doc.closing, doc.signature = rng.choice(CLOSINGS[lang]), lines
    if org.public and not lines[0].startswith(("Mit freundlichen", "Yours")):
        doc.closing = rng.choice(("Mit freundlichen Grüßen", "Hochachtungsvoll") if lang == "de" else ("Yours faithfully",))
    doc.sender_label = org.name
    doc.deadlines = sorted(set(doc.deadlines))
    tags += doc.tags + [f"deadlines-{min(len(doc.deadlines), 2)}{'+' if len(doc.deadlines) >= 2 else ''}"]
    return doc, client, tags, rng


def pdf_bytes(pages, design, doc: Doc) -> bytes:
    buf = io.BytesIO()
    family = design.typeface.family
    for st in STYLES:
        _font(family, st)
    c = Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1)
    c.setTitle(doc.subject)
    c.setAuthor(doc.org.name)
    c.setCreator(doc.rng.choice(("Microsoft Word for Microsoft 365", "LibreOffice 7.6", "wkhtmltopdf 0.12.6",
                                 "SAP NetWeaver", "Lexware", "Chromium")))
    for ops in pages:
        for op in ops:
            _draw(c, op, family)
        c.showPage()
    c.save()
    return buf.getvalue()


def _scan(pages, design, doc: Doc, stem: str, rng: random.Random) -> tuple[str, list[str]]:
    kind = rng.choices(["clean", "office", "poor", "bw", "fax"], [22, 40, 14, 17, 7])[0]
    received = cal.next_working_day(doc.day + timedelta(days=rng.randint(1, 6)))
    p = ScanProfile.draw(rng, kind, len(pages), received=received, sent=doc.day)
    p.rotations = [0] * len(pages)
    if rng.random() < 0.08:
        p.rotations[rng.randrange(len(pages))] = 180
    elif rng.random() < 0.04:
        p.rotations = [rng.choice((90, 270))] * len(pages)
    if kind != "fax":
        p.dpi = rng.choice((150, 200, 200, 240, 300, 300))
    tags = [f"scan-{kind}"]
    if kind in ("clean", "office") and rng.random() < 0.2:
        p.ink, p.paper = rng.randint(80, 125), rng.randint(175, 215)
        tags.append("low-contrast")
    if kind in ("clean", "office") and rng.random() < 0.18:
        p.blur = rng.uniform(0.9, 1.5)
    if kind in ("clean", "office", "poor") and rng.random() < 0.2:
        p.noise = max(p.noise, rng.uniform(9, 17))
    if p.stamp is None and rng.random() < 0.15:
        p.stamp = received_stamp(received, rng)
    tags += (["skew"] if abs(p.skew) >= 1.0 else []) + (["upside-down"] if 180 in p.rotations else [])
    tags += (["rotated"] if any(r in (90, 270) for r in p.rotations) else [])
    tags += (["received-stamp"] if p.stamp else []) + (["blur"] if p.blur >= 0.8 else [])
    tags += (["noise"] if p.noise >= 9 else []) + (["holes"] if p.holes else []) + (["fax-header"] if p.fax_header else [])
    tags += (["jpeg-artefacts"] if p.jpeg_quality else []) + (["colour"] if p.colour and not p.binarise else [])
    imgs = draw_pages(LaidOutLetter(pages, design), p.dpi, p.colour and not p.binarise)
    if rng.random() < 0.3:
        tags += marks.handwriting(imgs[0], p.dpi, rng, doc.day, doc.lang)
    if rng.random() < 0.12:
        tags += marks.office_stamp(imgs[0], p.dpi, rng, doc.day, doc.lang)
    if rng.random() < 0.1:
        imgs[0] = marks.highlighter(imgs[0], p.dpi, rng)
        tags.append("highlighter")
    if rng.random() < 0.3:
        imgs = [marks.creases(im, p.dpi, rng) for im in imgs]
        tags.append("fold-crease")
    imgs = scanify(imgs, rng, p)
    if len(imgs) == 1:
        fmt_ = rng.choices(["pdf", "png", "jpg", "tif"], [42, 20, 23, 15])[0]
        if fmt_ == "jpg" and imgs[0].mode == "1":
            fmt_ = "png"
    else:
        fmt_ = rng.choice(["pdf", "pdf", "tif"])
    path = save_scan(imgs, Path(f"{stem}.{fmt_}"), quality=rng.choice([50, 65, 75, 85]),
                     created=datetime.combine(received, time(9, 10)))
    return path.name, tags + [f"format-{fmt_}", f"dpi-{p.dpi}"] + (["binarised"] if p.binarise else [])


def _flat(doc: Doc) -> list[str]:
    """The letter's blocks as plain-text paragraphs for an email body."""
    out = []
    refs = [f"{k}: {v}" for k, v in doc.refs]
    if refs:
        out.append("\n".join(refs))
    for b in doc.blocks:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "table":
            out.append("\n".join([" | ".join(b[1])] + [" | ".join(r) for r in b[2]]))
        else:
            out.append("\n".join([b[1], *b[2]]))
    return out


COVER = {"de": ("anbei erhalten Sie unser Schreiben „{s}“ vom {d} als PDF-Dokument.",
                "Bei Rückfragen antworten Sie einfach auf diese E-Mail."),
         "en": ("please find attached our letter \"{s}\" dated {d} as a PDF.",
                "If you have any questions, just reply to this email.")}


def _email(doc: Doc, client: Client | None, plan: Plan, rng: random.Random, pdf: bytes, npages: int) -> tuple[bytes, list[str], int]:
    attach = rng.random() < 0.4
    if attach:
        paragraphs = [COVER[doc.lang][0].format(s=doc.subject, d=doc.f(doc.day)), COVER[doc.lang][1]]
    else:
        paragraphs = _flat(doc)
    tags = ["mail-attachment" if attach else "mail-inline"]
    forwarded = rng.random() < 0.55
    if client:
        intake = rng.choice(client.emails)
    else:
        boxes = _S["directory"].free_boxes
        intake = GENERAL_INTAKE if forwarded or rng.random() < 0.5 else f"post-{rng.choice(boxes)}@post.buero-mitte.de"
        tags.append("mail-general-intake" if intake == GENERAL_INTAKE else "mail-unknown-box")
    user, domain = (doc.org.mail or f"info@{slug(doc.org.name, 24)}.example").split("@", 1)
    sig = "\n".join(doc.signature)
    foot = "\n".join([doc.org.name, doc.org.street, doc.org.city, *doc.org.contact()])
    if forwarded:
        style = forward_style(rng, doc.lang)
        letter = MailLetter(f"w11-{plan.seed}-{plan.index}", doc.lang, doc.subject, doc.day, doc.org.name,
                            [doc.org.street, doc.org.city], doc.org.contact(),
                            [ln for ln in doc.addr.lines if ln not in POSTAL_NOTES],
                            doc.salutation, paragraphs, doc.closing, doc.signature)
        forwarder = staff_forwarder(client.name, client.people, doc.addr.person, rng, bare) if client else RECEPTION
        nested = rng.random() < 0.15 and client is not None
        msg, body = forward_to_intake(letter, style, intake, forwarder, nested, rng)
        tags += ["mail-forwarded", f"mail-{style}", body] + (["mail-nested"] if nested else [])
    else:
        msg = EmailMessage()
        msg["From"] = Address(doc.org.name, user, domain)
        msg["To"] = intake
        msg["Subject"] = doc.subject
        sent = datetime.combine(doc.day, time(rng.randint(6, 19), rng.randint(0, 59)), CET)
        msg["Date"] = format_datetime(sent)
        digest = hashlib.sha1(f"w11/{plan.seed}/{plan.index}".encode()).hexdigest()
        msg["Message-ID"] = f"<{digest[:22]}@{domain}>"
        text = "\n\n".join([doc.salutation, *paragraphs, f"{doc.closing}\n{sig}", "-- \n" + foot]) + "\n"
        if rng.random() < 0.35:           # a newsletter tool or a billing system: HTML only
            rows = "".join(f"<p style=\"margin:0 0 12px\">{html.escape(p).replace(chr(10), '<br>')}</p>" for p in
                           [doc.salutation, *paragraphs, f"{doc.closing}<br>{sig}"])
            head = (f"<table width=\"100%\" style=\"background:#f2f4f7\"><tr><td style=\"padding:16px;font:bold 20px Arial\">"
                    f"{html.escape(doc.org.name)}</td></tr></table>")
            tail = f"<hr><p style=\"font-size:11px;color:#666\">{html.escape(foot).replace(chr(10), ' · ')}</p>"
            markup = f"<!DOCTYPE html><html><body style=\"font-family:Arial\">{head}{rows}{tail}</body></html>\n"
            markup = markup.replace("&lt;br&gt;", "<br>")
            msg.set_content(markup, subtype="html", charset="utf-8", cte=rng.choice(["quoted-printable", "base64"]))
            tags.append("mail-html-only")
        else:
            msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "8bit", "base64"]))
            tags.append("mail-plain")
        tags.append("mail-direct")
    if attach:
        name = rng.choice((f"{slug(doc.subject, 32)}.pdf", f"{'Schreiben' if doc.lang == 'de' else 'letter'}_{doc.day:%Y%m%d}.pdf",
                           f"{slug(doc.org.name.split()[0], 16)}-{doc.day:%Y%m%d}.pdf"))
        attach_pdf(msg, pdf, name)
    fix_boundaries(msg, f"----=_W11_{plan.seed}_{plan.index}")
    return msg.as_bytes(policy=SMTP), tags, (npages if attach else 1)


def make_item(plan: Plan) -> dict:
    doc, client, tags, rng = letter(plan, _S["directory"])
    length = rng.choices([1, 2, 3], [58, 29, 13])[0] if plan.kind != "email" else rng.choices([1, 2], [80, 20])[0]
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
    tags += more + [f"pages-{npages}"]
    if plan.nobody:
        tags.append("nobody")
    return {"file": name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": doc.category, "date": doc.day.isoformat(), "deadlines": sorted({x.isoformat() for x in doc.deadlines}),
            "sender": doc.sender_label, "language": doc.lang, "tags": sorted(set(tags)), "pages": npages,
            "subject": doc.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 1111, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    return write_set(Path(out_dir), plans(n, seed), make_item, _init, Path(clients), workers, "mailsort_lab.wave11", seed)
