"""Write a held-out set: items of every kind plus labels.json in the sample_scans format."""

from __future__ import annotations

import random
from email.utils import formataddr
from pathlib import Path

from mailsort_lab import evalset
from mailsort_lab.evalset import Plan, write_set

from mailsort.routing.directory import load_directory
from mailsort_lab.holdout.addressing import Book, Provider, bare_person, provider_from, stem
from mailsort_lab.holdout.compose import CATEGORY_WEIGHTS, Piece, compose
from mailsort_lab.holdout.digital import pdf_bytes
from mailsort_lab.holdout.layout import Design, lay_out
from mailsort_lab.holdout.mail import _slug, build_email
from mailsort_lab.holdout.raster import Scanner, draw, save_scan

ENGLISH_SHARE = 0.18
STAFF = [("Empfang Büro Mitte", "empfang@buero-mitte.de"), ("Lisa Brandstätter", "l.brandstaetter@buero-mitte.de"),
         ("Poststelle", "poststelle@buero-mitte.de")]


def plans(n: int, seed: int) -> list[Plan]:
    return evalset.plans(n, seed, "holdout")


_STATE: dict[str, object] = {}


def _init(clients_path: str, out_dir: str) -> None:
    directory = load_directory(Path(clients_path))
    _STATE.update(book=Book(directory), provider=provider_from(Path(clients_path)), out=Path(out_dir))


def _original_to(piece: Piece, book: Book, rng: random.Random) -> str:
    """The recipient inside the forwarded block: it must name the client unambiguously."""
    who = piece.addressee
    if who.client_id is None:
        return formataddr((who.firm, f"info@{_slug(who.firm.split()[0])}-{rng.randint(1, 99)}.de"))
    client = book.d.by_id[who.client_id]
    names = [n for n in client.names if book.unique_stem(n, client.id)] or [client.name]
    people = [p for p in client.people if book.unique_person(p, client.id)]
    if people and rng.random() < 0.3:
        person = rng.choice(people)
        return formataddr((person, f"{_slug(bare_person(person)).replace('-', '.')}@{_slug(stem(client.name))}.de"))
    return formataddr((rng.choice(names), f"info@{_slug(stem(client.name))}.de"))


def make_item(plan: Plan) -> dict:
    book: Book = _STATE["book"]  # type: ignore[assignment]
    provider: Provider = _STATE["provider"]  # type: ignore[assignment]
    out: Path = _STATE["out"]  # type: ignore[assignment]
    rng = random.Random(f"holdout-{plan.seed}-{plan.index}")
    lang = "en" if rng.random() < ENGLISH_SHARE else "de"
    category = rng.choices(list(CATEGORY_WEIGHTS), list(CATEGORY_WEIGHTS.values()))[0]
    piece = compose(plan.index, book, provider, rng, nobody=plan.nobody, lang=lang, category=category)
    lt = piece.letter
    design = Design.pick(rng)
    pages = lay_out(piece, design, rng)
    stem_path = str(out / f"hx-{plan.index:04d}")
    tags = list(lt.tags) + [f"layout-{design.name}"]
    if len(pages) > 1:
        tags.append("multi-page")
    if plan.kind == "scan":
        scanner = Scanner(rng)
        images = [scanner.age(draw(ops, scanner.dpi), i, plan.seed * 1000 + plan.index + i)
                  for i, ops in enumerate(pages)]
        fmts = ["png", "jpeg", "tiff", "pdf"] if len(images) == 1 else ["tiff", "pdf", "pdf"]
        fmt = rng.choice(fmts)
        if scanner.fax and fmt == "jpeg":
            fmt = "tiff"
        if scanner.noise and fmt == "png":   # grain does not compress; a scanner would send JPEG
            fmt = "jpeg"
        path = save_scan(images, stem_path, fmt, scanner.dpi)
        tags += scanner.tags + [f"format-{fmt}"]
    elif plan.kind == "pdf":
        path = stem_path + ".pdf"
        Path(path).write_bytes(pdf_bytes(pages, lt.subject, lt.sender_name, _dt(lt)))
    else:
        attach = None
        r = rng.random()
        if r < 0.35:
            attach = (f"{_slug(lt.subject)}.pdf", pdf_bytes(pages, lt.subject, lt.sender_name, _dt(lt)),
                      "application/pdf")
        elif r < 0.5 and len(pages) == 1:    # a photo of the letter: one page only
            scanner = Scanner(random.Random(rng.random()))
            scanner.turn, scanner.fax, scanner.dpi = 0, False, 200
            img = scanner.age(draw(pages[0], 200), 0, plan.index)
            jpg = save_scan([img], stem_path + "-att", "jpeg", 200)
            attach = ("Scan_" + f"{lt.date:%Y%m%d}.jpg", Path(jpg).read_bytes(), "image/jpeg")
            Path(jpg).unlink()
        client = book.d.by_id.get(lt.recipient_client_id or "")
        if client is not None:
            intake = rng.choice(client.emails) if client.emails and rng.random() < 0.6 else None
        else:
            intake = f"{_slug(stem(piece.addressee.firm))}@post.buero-mitte.de" if rng.random() < 0.4 else None
            if intake in book.d.by_email:
                intake = None
        staff = rng.choice(STAFF)
        if client is not None and client.people and rng.random() < 0.35:
            person = rng.choice(client.people)
            staff = (person, f"{_slug(bare_person(person)).replace('-', '.')}@gmail.com")
        data, mail_tags = build_email(piece, rng, intake=intake, attachment=attach,
                                      original_to=_original_to(piece, book, rng), forwarder=formataddr(staff))
        path = stem_path + ".eml"
        Path(path).write_bytes(data)
        tags += mail_tags
        if "email-body" in mail_tags:
            tags = [t for t in tags if not t.startswith("layout-") and t != "multi-page"]
    return {
        "file": Path(path).name, "kind": plan.kind, "recipient": lt.recipient_client_id,
        "category": lt.category, "date": lt.date.isoformat(),
        "deadlines": [d.isoformat() for d in lt.deadlines], "language": lt.language,
        "tags": sorted(set(tags)), "pages": len(pages), "sender": lt.sender_name,
        "sender_client": piece.sender_client, "subject": lt.subject,
    }


def _dt(lt):
    from datetime import datetime
    return datetime(lt.date.year, lt.date.month, lt.date.day, 9, 0)


def generate(out_dir: Path, n: int = 300, seed: int = 7, clients: Path = Path("config/clients.yaml"),
             workers: int = 1) -> list[dict]:
    """Write n items and labels.json into out_dir; the same seed gives the same files."""
    return write_set(out_dir, plans(n, seed), make_item, _init, clients, workers, "mailsort_lab.holdout", seed)
