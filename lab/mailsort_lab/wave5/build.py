"""Write a wave-5 set: 300 items for the fixed directory, scans, born-digital PDFs and emails,
with labels.json. Written apart from the routing code: it reads clients.yaml itself."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PIL import Image

from mailsort_lab import evalset
from mailsort_lab.blind.paint import pdf, raster
from mailsort_lab.evalset import Plan, write_set
from mailsort_lab.holdout.raster import Scanner, save_scan
from mailsort_lab.wave5 import marks, senders, texts_de, texts_en
from mailsort_lab.wave5.address import nobody_block, tenant_block
from mailsort_lab.wave5.directory import Roster, Tenant
from mailsort_lab.wave5.due import dateline
from mailsort_lab.wave5.facts import Facts
from mailsort_lab.wave5.mail import cii, direct, forward
from mailsort_lab.wave5.sheet import Design, Letter, lay_out

ENGLISH = 0.18
WEIGHTS = {"invoice": 18, "reminder": 12, "tax": 9, "legal": 7, "authority": 10, "bank": 8, "insurance": 7,
           "contract": 11, "advertising": 10, "other": 8}
CLERKS = ["Ruth Wendland", "Jonas Petzold", "Amira Haddad", "Falk Osterloh", "Greta Lindqvist", "Marek Nowak"]
STAFF = [("Poststelle", "poststelle"), ("Carla Mendes", "c.mendes"), ("Buchhaltung", "buchhaltung"),
         ("Tobias Rehm", "t.rehm")]

_S: dict = {}


NOBODY = 26 / 300          # the hidden set's share of mail for nobody, a little above the earlier sets


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave5", NOBODY)


def _init(clients: str, out: str) -> None:
    _S.update(roster=Roster(Path(clients)), out=Path(out))


def _slug(text: str) -> str:
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    return "-".join("".join(c if c.isalnum() else " " for c in t).split())[:40]


def compose(rng: random.Random, lang: str, category: str, day: date, addressee: str, tenant: str,
            person_addressee: bool) -> tuple[Letter, Facts, str]:
    """The letter's words; returns the letter, its facts (deadlines) and the template's name."""
    texts = texts_en if lang == "en" else texts_de
    k = rng.randrange(len(texts.TEXTS[category]))
    subject, body = texts.TEXTS[category][k]
    sender = senders.pick(category, lang, rng, subject + " " + body)
    f = Facts(rng, lang, day, addressee, tenant)
    paras = [p.format_map(f) for p in body.split("\n\n")]
    if category in ("tax", "legal", "authority", "insurance", "contract", "bank") and rng.random() < 0.2:
        paras.append(rng.choice(texts.SECOND).format_map(f))
    if lang == "de":
        plain = ["Sehr geehrte Damen und Herren,", "Guten Tag,"]
        if category not in ("tax", "authority", "legal"):
            plain.append("Sehr geehrte Kundin, sehr geehrter Kunde,")
        greeting = f"Guten Tag {addressee}," if person_addressee and rng.random() < 0.5 else rng.choice(plain)
        closing = [rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"])]
    else:
        greeting = f"Dear {addressee}," if person_addressee else rng.choice(["Dear Sir or Madam,", "Dear customer,"])
        closing = [rng.choice(["Yours sincerely", "Kind regards", "Best regards"])]
    clerk = sender.name if sender.person else rng.choice(CLERKS)
    closing += ([clerk] if sender.person else [("i. A. " if lang == "de" else "") + clerk, sender.name])
    letter = Letter(sender, category, subject.format_map(f), paras, greeting, closing,
                    signer=clerk if rng.random() < 0.6 else None)
    return letter, f, f"template:{lang}-{category}-{k}"


def _enclosure(letter: Letter, f: Facts, rng: random.Random, lang: str) -> None:
    rows = []
    for i in range(rng.randint(4, 12)):
        rows.append((f.due.before(5, 120), ("Position " if lang == "de" else "Item ") + str(i + 1) + " – " +
                     rng.choice(["Leistung", "Material", "Gebühr", "Service"] if lang == "de" else ["Service", "Fee"]),
                     f.money(5, 900)))
    letter.table = rows


def _age(img: Image.Image, rng: random.Random, tags: list[str]) -> Image.Image:
    """Degradations the held-out scanner does not make: uneven light, a hard threshold."""
    a = np.asarray(img.convert("L"), dtype=np.float32)
    if "uneven-light" in tags:
        h, w = a.shape
        ramp = np.linspace(0, 1, w, dtype=np.float32)[None, :] * np.linspace(0.3, 1, h, dtype=np.float32)[:, None]
        a = 255 - (255 - a) * (1 - 0.35 * ramp) - 70 * ramp
    if "binarised" in tags:
        return Image.fromarray(np.where(a < 165, 0, 255).astype(np.uint8)).convert("1")
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _scan(pages, stem: str, plan: Plan, rng: random.Random) -> tuple[str, list[str]]:
    sc = Scanner(rng)
    if rng.random() < 0.3:      # a good office scanner: none of the held-out scanner's faults
        sc.fax, sc.skew, sc.noise, sc.low_contrast, sc.blur, sc.turn = False, 0.0, 0.0, False, 0.0, 0
    sc.dpi = 150 if sc.fax else rng.choice([150, 200, 200, 300, 300, 240])
    extra = [t for t, p in (("uneven-light", 0.15), ("binarised", 0.1)) if rng.random() < p and not sc.fax]
    imgs = [_age(sc.age(raster(p, sc.dpi), i, plan.seed * 9311 + plan.index * 17 + i), rng, extra)
            for i, p in enumerate(pages)]
    fmt = rng.choice(["jpeg", "png", "pdf", "pdf"] if len(imgs) == 1 else ["pdf", "pdf", "tiff"])
    if fmt == "jpeg" and any(i.mode == "1" for i in imgs):
        fmt = "png"
    tags = sc.tags + extra + [f"format-{fmt}", f"dpi-{sc.dpi}"]
    if not (sc.tags or extra):
        tags.append("clean")
    return save_scan(imgs, stem, fmt, sc.dpi), tags


def _email(plan: Plan, rng: random.Random, tenant: Tenant | None, block: list[str], letter: Letter, f: Facts,
           lang: str, day: date, pages, stem: str) -> tuple[str, list[str]]:
    s = letter.sender
    box = rng.choice(['rechnung', 'buchhaltung'] if letter.category in ('invoice', 'reminder') else ['service', 'post'])
    frm = f"{s.head} <{rng.choice([box, 'noreply', 'office'])}@{s.domain}>"
    alias = rng.choice(tenant.emails) if tenant and tenant.emails else "post@buero-mitte.de"
    to = f"{tenant.name} <{alias}>" if tenant else f"{block[0]} <post@buero-mitte.de>"
    mid = f"<w5-{plan.seed}-{plan.index}@mx.buero-mitte.de>"
    text = "\n\n".join([letter.greeting, *letter.paras, *letter.closing])
    r = rng.random()
    attach = []
    tags = []
    if tenant and letter.category == "invoice" and lang == "de" and r < 0.45 and f.due.dates and not f.due.relative:
        net = round(rng.uniform(80, 4000), 2)
        xml = cii(f.get("inv") or f"RE{plan.index:05d}", day, f.due.dates[0], (s.street, s.city, s.name), tenant.name, net)
        attach = [(f"xrechnung-{_slug(letter.subject)}.xml", xml, "application/xml"),
                  (f"{_slug(letter.subject)}.pdf", pdf(pages, letter.subject, s.name), "application/pdf")]
        body = f"Guten Tag,\n\nanbei erhalten Sie Ihre Rechnung als XRechnung (XML) mit einer Sichtkopie als PDF.\n\n{text}"
        return _write(stem, direct(rng, day, letter.subject, body, frm, to, attach, mid)), ["email-einvoice", "mail-direct"]
    if rng.random() < 0.45:
        attach = [(f"{_slug(letter.subject)}.pdf", pdf(pages, letter.subject, s.name), "application/pdf")]
        body = ("Sehr geehrte Damen und Herren,\n\nim Anhang finden Sie unser Schreiben.\n\nMit freundlichen Grüßen\n"
                if lang == "de" else "Hello,\n\nplease find our letter attached.\n\nBest regards\n") + s.name
        tags.append("email-pdf")
    else:
        body = f"{letter.subject}\n\n{text}"
        tags.append("email-body")
    if rng.random() < 0.3:
        return _write(stem, direct(rng, day, letter.subject, body, frm, to, attach, mid)), tags + ["mail-direct"]
    # Forwarded: the tenant's staff (or, for nobody, the provider's own desk) passes on a mail that
    # reached the firm's own address; it goes to the tenant's alias or to the provider's intake.
    who, box = rng.choice(STAFF)
    if tenant:
        own = _slug(tenant.name)[:30].strip("-") + ".de"
        original_to = f"{tenant.name} <{rng.choice(['info', 'office', 'buchhaltung'])}@{own}>"
        forwarder, outer = f"{who} <{box}@{own}>", rng.choice([alias, "eingang@buero-mitte.de"])
    else:
        original_to, forwarder, outer = to, "Empfang Büro Mitte <empfang@buero-mitte.de>", "post@buero-mitte.de"
    data, more = forward(rng, lang, day, letter.subject, body, frm, original_to, forwarder, outer, attach, mid)
    return _write(stem, data), tags + more


def _write(stem: str, data: bytes) -> str:
    Path(stem + ".eml").write_bytes(data)
    return stem + ".eml"


def make_item(plan: Plan) -> dict:
    roster: Roster = _S["roster"]
    out: Path = _S["out"]
    rng = random.Random(f"wave5-{plan.seed}-{plan.index}")
    lang = "en" if rng.random() < ENGLISH else "de"
    tenant = None if plan.nobody else rng.choice(roster.tenants)
    block, tags, addressee = nobody_block(roster, rng) if tenant is None else tenant_block(tenant, roster, rng, lang)
    person = any(t in tags for t in ("addr-person-only", "nobody-private"))
    day = date(2026, 1, 2) + timedelta(days=rng.randint(0, 335))
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    letter, f, template = compose(rng, lang, category, day, addressee, tenant.name if tenant else block[0], person)
    dz = Design.pick(rng, letter.sender, category, lang)
    extras = []
    if plan.kind == "scan" and rng.random() < 0.35:
        m, t = marks.received(day, lang, rng)
        extras, tags = extras + m, tags + [t]
    if plan.kind == "scan" and rng.random() < 0.2:
        m, t = marks.handwritten(day, rng)
        extras, tags = extras + m, tags + [t]
    length = rng.choices([1, 2, 3], [58, 30, 12])[0] if plan.kind != "email" else 1
    if length >= 2:
        _enclosure(letter, f, rng, lang)
    if length == 3:
        letter.fine = (texts_en if lang == "en" else texts_de).FINE_PRINT * 3
    refs = ([f"Unser Zeichen: {f['ref']}", f"Kundennr. {f['cust']}"] if lang == "de" else
            [f"Our ref: {f['ref']}", f"Your ref: {f['cust']}"])
    if dz.name == "office":
        refs = [f"Aktenzeichen {f['ref']}", "Bearbeitung: " + rng.choice(CLERKS)]
    pages = lay_out(letter, dz, lang, rng, dateline(day, letter.sender.town, lang, rng), refs, block, extras)
    band = "-band" if dz.name == "rule" and dz.extras["band"] else ""
    tags += [f"design-{dz.name}{band}", f"lang-{lang}", f"pages-{len(pages)}", f"deadlines-{min(len(f.due.dates), 2)}",
             f"cat-{category}", template]
    if f.due.relative:
        tags.append("deadline-relative")
    if letter.sender.brand:
        tags.append("sender-brand")
    stem = str(out / f"w5-{plan.index:04d}")
    if plan.kind == "scan":
        path, more = _scan(pages, stem, plan, rng)
    elif plan.kind == "pdf":
        path, more = stem + ".pdf", ["born-digital"]
        Path(path).write_bytes(pdf(pages, letter.subject, letter.sender.name))
    else:
        path, more = _email(plan, rng, tenant, block, letter, f, lang, day, pages, stem)
        if "email-body" in more:       # no page and no window: only the mail headers name the tenant
            tags = [t for t in tags if not t.startswith(("addr-", "design-", "pages-"))] + ["addr-mail-header"]
    return {"file": Path(path).name, "kind": plan.kind, "recipient": tenant.id if tenant else None,
            "category": category, "date": day.isoformat(),
            "deadlines": sorted({d.isoformat() for d in f.due.dates}), "sender": letter.sender.name,
            "language": lang, "tags": sorted(set(tags + more)), "pages": len(pages), "subject": letter.subject}


def generate(out_dir: Path, n: int = 300, seed: int = 505, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.wave5", seed)
