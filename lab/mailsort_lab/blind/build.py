"""Write a wave-3 blind set: scans, born-digital PDFs and forwarded emails plus labels.json."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set

from mailsort.routing.directory import load_directory
from mailsort_lab.holdout.raster import Scanner, save_scan

from mailsort_lab.blind import de_misc, de_money, de_public, english
from mailsort_lab.blind.facts import Ask, Draft, slug
from mailsort_lab.blind.paint import pdf, raster
from mailsort_lab.blind.post import GENERIC, forwarded
from mailsort_lab.blind.sheet import Look, lay_out
from mailsort_lab.blind.when import letter_dateline
from mailsort_lab.blind.window import Block, Book, bare, client_block, nobody_block

ENGLISH = 0.18
WEIGHTS = {"invoice": 17, "reminder": 10, "tax": 9, "legal": 8, "authority": 10, "bank": 9, "insurance": 8,
           "contract": 11, "advertising": 9, "other": 9}
WRITERS = {"tax": de_public.tax, "legal": de_public.legal, "authority": de_public.authority, "bank": de_money.bank,
           "insurance": de_money.insurance, "reminder": de_money.reminder, "invoice": de_money.invoice,
           "contract": de_misc.contract, "advertising": de_misc.advertising, "other": de_misc.other}
SIGNERS = ["Miriam Kolbe", "Jens Hagedorn", "Dr. Ilse Warnke", "Tarek Hamdan", "Sven Oldenburg", "Beate Lüders",
           "Kai-Uwe Prange", "Olga Sommerfeld"]
MENTIONS = ["Lindqvist Handelsgesellschaft mbH", "Kordes Baustoffe KG", "Havelkontor Logistik GmbH",
            "Sanderling Markenrechte AG", "Auerbach Facility GmbH", "Pixelgrain Studio Ltd"]
STAFF = [("Empfang Büro Mitte", "empfang@buero-mitte.de"), ("Dana Voss", "d.voss@buero-mitte.de"),
         ("Poststelle Mitte", "poststelle@buero-mitte.de")]
DATENSCHUTZ_DE = ("Datenschutzhinweise", [
    "Wir verarbeiten Ihre personenbezogenen Daten zur Durchführung des Vertragsverhältnisses (Art. 6 Abs. 1 lit. b "
    "DSGVO).",
    "Verantwortlich ist das im Briefkopf genannte Unternehmen. Unseren Datenschutzbeauftragten erreichen Sie unter der "
    "angegebenen Anschrift mit dem Zusatz 'Datenschutz'.",
    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein "
    "Beschwerderecht bei der zuständigen Aufsichtsbehörde.",
    "Die Daten werden gelöscht, sobald sie für die genannten Zwecke nicht mehr erforderlich sind und keine "
    "gesetzlichen Aufbewahrungspflichten entgegenstehen."])
AGB_DE = ("Allgemeine Geschäftsbedingungen (Auszug)", [
    "§ 1 Geltungsbereich. Diese Bedingungen gelten für alle Verträge mit Unternehmern im Sinne des § 14 BGB.",
    "§ 2 Vertragsschluss. Unsere Angebote sind freibleibend. Ein Vertrag kommt mit unserer Auftragsbestätigung "
    "zustande.",
    "§ 3 Preise. Alle Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer.",
    "§ 4 Eigentumsvorbehalt. Gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
    "§ 5 Haftung. Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit; im Übrigen nur bei Verletzung "
    "wesentlicher Vertragspflichten und begrenzt auf den vertragstypischen, vorhersehbaren Schaden.",
    "§ 6 Gerichtsstand. Gerichtsstand für alle Streitigkeiten ist Berlin, soweit gesetzlich zulässig.",
    "§ 7 Schlussbestimmungen. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen unberührt."])
PRIVACY_EN = ("Privacy notice", [
    "We process your personal data to perform our contract with you and to comply with legal obligations.",
    "You may request access to, correction or erasure of your data at any time by writing to our data protection "
    "officer.",
    "Full details are available on our website."])


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "wave3")


_S: dict = {}


def _init(clients: str, out: str) -> None:
    _S.update(book=Book(load_directory(Path(clients))), out=Path(out))


def _compose(plan: Plan, rng: random.Random, book: Book):
    lang = "en" if rng.random() < ENGLISH else "de"
    category = rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
    clients = book.d.clients
    client = None if plan.nobody else rng.choice(clients)
    blk: Block = nobody_block(book, rng, lang) if client is None else client_block(client, book, rng, lang)
    tags = list(blk.tags)
    others = [c for c in clients if client is None or c.id != client.id]
    sender_client = None
    if category in ("invoice", "reminder", "contract", "other") and rng.random() < 0.18:
        sender_client = rng.choice(others).name
    mention = None
    r = rng.random()
    if r < 0.3:
        mention = rng.choice(others).name
        tags.append("mentions-client")
    elif r < 0.6:
        mention = rng.choice(MENTIONS)
    day = date(2025, 12, 1) + timedelta(days=rng.randint(0, 350))
    ask = Ask(rng, lang, day, blk.body_name, mention, sender_client)
    draft: Draft = english.write(ask, category) if lang == "en" else WRITERS[category](ask)
    if sender_client and draft.sender.name == sender_client:
        tags.append("sender-is-client")
    if rng.random() < 0.25 and not draft.annex:
        draft.annex.append(DATENSCHUTZ_DE if lang == "de" else PRIVACY_EN)
    if rng.random() < 0.12 and lang == "de":
        draft.annex.append(AGB_DE)
    return lang, client, blk, draft, ask, tags


def make_item(plan: Plan) -> dict:
    book: Book = _S["book"]
    out: Path = _S["out"]
    rng = random.Random(f"wave3-{plan.seed}-{plan.index}")
    lang, client, blk, draft, ask, tags = _compose(plan, rng, book)
    lk = Look.pick(rng, draft.sender.kind != "firm")
    has_date = any(k in ("Datum", "Date", "Rechnungsdatum", "Lieferdatum") for k, _ in draft.info[:4])
    dateline = letter_dateline(ask.date, lang, draft.sender.town, rng) if (not has_date or rng.random() < 0.3) else ""
    person = rng.choice(SIGNERS) if rng.random() < 0.7 else ""
    role = draft.sender.signer[:1]
    if draft.sender.kind == "person":
        signer = [draft.sender.name]
    elif role and role[0] in ("Im Auftrag", "Mit freundlichen Grüßen", "On behalf of"):
        signer = [s for s in [role[0], person, *draft.sender.signer[1:2]] if s]   # 'Im Auftrag' stands above the name
    else:
        signer = [s for s in [person, *role] if s]
    pages = lay_out(draft, blk, lk, dateline, signer, rng)
    tags += [f"layout-{lk.name}", f"form-{lk.form}", f"lang-{lang}"]
    if len(pages) > 1:
        tags.append("multi-page")
    stem = str(out / f"w3-{plan.index:04d}")
    if plan.kind == "scan":
        sc = Scanner(rng)
        imgs = [sc.age(raster(p, sc.dpi), i, plan.seed * 7919 + plan.index * 31 + i) for i, p in enumerate(pages)]
        fmt = rng.choice(["png", "jpeg", "jpeg", "tiff", "pdf"] if len(imgs) == 1 else ["tiff", "pdf", "pdf"])
        if sc.fax and fmt in ("jpeg", "png"):
            fmt = "tiff"
        path = save_scan(imgs, stem, fmt, sc.dpi)
        tags += sc.tags + [f"format-{fmt}"]
    elif plan.kind == "pdf":
        path = stem + ".pdf"
        Path(path).write_bytes(pdf(pages, draft.subject, draft.sender.name))
    else:
        path, mail_tags = _email(plan, rng, book, client, blk, draft, ask, lang, pages, dateline, signer, stem)
        tags += mail_tags
        if "email-body" in mail_tags:
            tags = [t for t in tags if not t.startswith(("layout-", "form-")) and t != "multi-page"]
    return {"file": Path(path).name, "kind": plan.kind, "recipient": client.id if client else None,
            "category": draft.category, "date": ask.date.isoformat(),
            "deadlines": sorted(d.isoformat() for d in ask.due.dates), "language": lang,
            "tags": sorted(set(tags)), "pages": len(pages), "sender": draft.sender.name, "subject": draft.subject}


def _email(plan, rng, book: Book, client, blk: Block, draft: Draft, ask, lang, pages, dateline, signer, stem):
    tags: list[str] = []
    mode = rng.choices(["body", "pdf", "photo"], [45, 35, 20 if len(pages) == 1 else 0])[0]
    attach = None
    if mode == "pdf":
        attach = (f"{slug(draft.subject)}.pdf", pdf(pages, draft.subject, draft.sender.name), "application/pdf")
        body = ("Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unser Schreiben „" if lang == "de" else
                "Dear Sir or Madam,\n\nplease find attached our letter \"") + draft.subject + \
            ("“.\n\nMit freundlichen Grüßen\n" if lang == "de" else "\".\n\nKind regards\n") + draft.sender.name
        tags.append("email-pdf")
    elif mode == "photo":
        sc = Scanner(random.Random(rng.random()))
        sc.turn, sc.fax, sc.dpi = 0, False, 200
        img = sc.age(raster(pages[0], 200), 0, plan.index)
        jpg = save_scan([img], stem + "-photo", "jpeg", 200)
        attach = (f"IMG_{rng.randint(1000, 9999)}.jpg", Path(jpg).read_bytes(), "image/jpeg")
        Path(jpg).unlink()
        body = "Foto vom Brief anbei." if lang == "de" else "Photo of the letter attached."
        tags.append("email-photo")
    else:
        parts = [dateline or "", draft.subject, draft.salutation, *draft.paras, draft.closing, "\n".join(signer),
                 " · ".join(draft.sender.footer[:1])]
        if not dateline:
            parts.insert(0, "\n".join(f"{k}: {v}" for k, v in draft.info))
        body = "\n\n".join(p for p in parts if p)
        tags.append("email-body")
    if client is not None:
        people = [p for p in client.people if book.unique_person(p)]
        if people and rng.random() < 0.3:
            p = rng.choice(people)
            original_to = _addr((bare(p), f"{slug(bare(p)).replace('-', '.')}@{slug(client.name)}.de"))
        else:
            name = client.name if rng.random() < 0.6 or not client.aliases else rng.choice(client.aliases)
            if not book.unambiguous(name, client.id):
                name = client.name
            original_to = _addr((name, f"{rng.choice(['info', 'buchhaltung', 'office'])}@{slug(client.name)}.de"))
        if client.emails and rng.random() < 0.6:
            outer, tags = rng.choice(client.emails), tags + ["intake-alias"]
        else:
            outer, tags = rng.choice(GENERIC), tags + ["forward-block-only"]
    else:
        original_to = _addr((blk.body_name, f"info@{slug(blk.body_name)}.de"))
        alias = f"{slug(blk.body_name)}@post.buero-mitte.de"
        outer = alias if rng.random() < 0.3 and alias not in book.d.by_email else rng.choice(GENERIC)
        tags.append("forward-block-only")
    staff = rng.choice(STAFF)
    r = rng.random()
    if client is not None and client.people and r < 0.3:
        p = bare(rng.choice(client.people))
        staff = (p, f"{slug(p).replace('-', '.')}@gmail.com")
        tags.append("forwarded-by-client-person")
    elif r < 0.42:             # a bookkeeper who also works for another client forwards it: not a recipient cue
        own = {bare(p) for p in client.people} if client is not None else set()
        other = rng.choice([c for c in book.d.clients if c.people and (client is None or c.id != client.id)])
        p = bare(rng.choice(other.people))
        if p not in own:
            staff = (p, f"{slug(p).replace('-', '.')}@{slug(other.name)}.de")
            tags.append("forwarded-by-other-client")
    frm = _addr((draft.sender.name, f"{rng.choice(['rechnung', 'noreply', 'service', 'kontakt'])}@"
                                          f"{draft.sender.mail.split('@')[-1]}"))
    data, mtags = forwarded(rng, lang=lang, letter_day=ask.date, subject=draft.subject, body=body, original_from=frm,
                            original_to=original_to, forwarder=_addr(staff), outer_to=outer, attachment=attach,
                            msg_id=f"<w3-{plan.seed}-{plan.index}.{rng.randrange(16**10):010x}@mail.buero-mitte.de>")
    path = stem + ".eml"
    Path(path).write_bytes(data)
    return path, tags + mtags


def generate(out_dir: Path, n: int = 300, seed: int = 101, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.blind", seed)


def _addr(pair: tuple[str, str]) -> str:
    """'Name <address>' as a mail client shows it (unencoded: it also goes into forwarded bodies)."""
    return f"{pair[0]} <{pair[1]}>"
