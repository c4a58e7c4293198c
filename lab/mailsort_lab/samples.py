"""Build a labelled folder of realistic items (scans, born-digital PDFs, forwarded emails).

`python -m mailsort_lab.samples sample_scans/` writes the repo's ~40 sample items and
labels.json. `build_set(out_dir, specs, clients)` is the reusable part: give it Letters with the
form each should take (an ItemSpec, or a short format name) and it writes files plus labels.json,
byte for byte the same for the same input.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from email.headerregistry import Address
from pathlib import Path
from typing import Iterable, Literal, Sequence

from mailsort.model import CATEGORIES
from mailsort.routing.directory import Client
from mailsort.training.letter import Letter
from mailsort_lab.render.appendix import appendices_for
from mailsort_lab.render.artefacts import ScanKind, ScanProfile, save_scan, scanify
from mailsort_lab.render.eml import (AttachmentKind, Body, Charset, Encoding, firm_line, person_address, person_line,
                         render_email, slug)
from mailsort_lab.render.forwarding import STYLES as EMAIL_STYLES
from mailsort_lab.render.layout import Design, lay_out
from mailsort_lab.render.page import default_design, draw_pages
from mailsort_lab.render.pdf import render_pdf

LABELS_VERSION = 1
FALLBACK_INTAKE = "eingang@post.buero-mitte.de"   # mail for nobody arrives on the provider's alias
FRONT_DESK = Address("Empfang Büro Mitte", "empfang", "buero-mitte.example")
SCAN_FORMATS = ("png", "jpg", "tif", "pdf")


@dataclass
class ItemSpec:
    """What one item should look like; None fields are drawn from the set's rng."""

    letter: Letter
    kind: Literal["scan", "pdf", "email"]
    fmt: str = ""                               # scan: png/jpg/tif/pdf; pdf: pdf; email: eml
    scan: ScanKind | None = None                # clean, office, poor, bw, fax
    layout: str | None = None                   # DIN 5008 form A or B
    font: str | None = None                     # a family from render.fonts.FAMILIES
    design: Design | None = None                # full control of the stationery (wins over both)
    style: str | None = None                    # email forwarding style
    body: Body | None = None
    charset: Charset | None = None
    encoding: Encoding | None = None
    attachment: AttachmentKind | None = None
    nested: bool | None = None                  # email forwarded twice
    enclosures: int = 0                         # boilerplate pages after the letter (scan/pdf)
    tags: list[str] = field(default_factory=list)


def spec_from(letter: Letter, form: str, rng: random.Random) -> ItemSpec:
    """A short format name -> ItemSpec: scan, png, jpg, tif, pdf-scan, fax, pdf, email, or an
    email style such as 'outlook-de'."""
    if form in EMAIL_STYLES:
        return ItemSpec(letter, "email", "eml", style=form)
    if form == "email":
        return ItemSpec(letter, "email", "eml")
    if form == "pdf":
        return ItemSpec(letter, "pdf", "pdf")
    if form == "fax":
        return ItemSpec(letter, "scan", rng.choice(("tif", "pdf", "png")), scan="fax")
    if form == "pdf-scan":
        return ItemSpec(letter, "scan", "pdf")
    if form in ("png", "jpg", "tif"):
        return ItemSpec(letter, "scan", form)
    if form == "scan":
        return ItemSpec(letter, "scan")
    raise ValueError(f"unknown item form {form!r}")


def _scan_kind_for(fmt: str, rng: random.Random) -> ScanKind:
    if fmt == "png":                          # PNG of grey noise is huge; scanners save PNG in b/w
        return rng.choice(("bw", "bw", "fax"))
    if fmt == "tif":
        return rng.choice(("bw", "office", "fax", "poor"))
    return rng.choice(("clean", "office", "office", "poor"))


def _enclosures(spec: ItemSpec) -> list:
    return appendices_for(spec.letter.language, spec.enclosures, start=len(spec.letter.id),
                          category=spec.letter.category)


def _write_scan(spec: ItemSpec, design: Design, path: Path, rng: random.Random) -> list[str]:
    laid = lay_out(spec.letter, design, _enclosures(spec))
    n = len(laid.pages)
    fmt = spec.fmt or rng.choice(SCAN_FORMATS)
    if n > 1 and fmt in ("png", "jpg"):       # one page per PNG/JPEG file: take a multi-page container
        fmt = rng.choice(("tif", "pdf"))
    kind = spec.scan or _scan_kind_for(fmt, rng)
    received = spec.letter.date + timedelta(days=rng.randint(1, 4))
    profile = ScanProfile.draw(rng, kind, n, received=received, sent=spec.letter.date)
    if fmt == "jpg" and profile.binarise:
        profile.binarise = False
    if fmt in ("tif", "png"):                 # colour TIFF/PNG are huge; scanners save those grey
        profile.colour = False
    pages = scanify(draw_pages(laid, profile.dpi, colour=profile.colour), rng, profile)
    quality = rng.randint(45, 70)
    stamp = datetime.combine(spec.letter.date, time(10))
    save_scan(pages, path.with_suffix(f".{fmt}"), quality=quality, created=stamp)
    tags = [f"scan-{kind}", f"{profile.dpi}dpi", f"form-{design.form}"]
    if n > 1:
        tags.append("multi-page")
    if any(profile.rotations):
        tags.append("rotated-" + "-".join(str(r) for r in sorted(set(profile.rotations)) if r))
    if abs(profile.skew) >= 1.0:
        tags.append("skewed")
    if profile.paper < 215 or profile.ink > 50:
        tags.append("low-contrast")
    if profile.stamp:
        tags.append("received-stamp")
    if profile.holes:
        tags.append("punched")
    if profile.colour:
        tags.append("colour")
    return [fmt, *tags]


def _forwarder(client: Client | None, rng: random.Random) -> Address:
    if client is None:
        return FRONT_DESK
    people = [p for p in client.people] or ["Team Buchhaltung"]
    name = rng.choice(people).replace("Dr. ", "").replace("Prof. ", "")
    return person_address(name, f"{slug(client.name, 30)}.example")


def _original_to(letter: Letter, client: Client | None) -> Address:
    firm = client.name if client else firm_line(letter.recipient_lines)
    domain = f"{slug(firm, 30)}.example"
    person = person_line(letter.recipient_lines)
    if person:
        return person_address(person, domain)
    return Address(firm, "info" if letter.language == "en" else "post", domain)


def _write_email(spec: ItemSpec, client: Client | None, path: Path, rng: random.Random) -> list[str]:
    style = spec.style or rng.choice(EMAIL_STYLES)
    body = spec.body or rng.choice(("plain", "html", "alternative"))
    charset = spec.charset or rng.choice(("utf-8", "utf-8", "iso-8859-1", "windows-1252"))
    encoding = spec.encoding or rng.choice(("quoted-printable", "base64", "8bit"))
    attachment = spec.attachment or rng.choice(("none", "none", "none", "pdf", "scan"))
    nested = spec.nested if spec.nested is not None else rng.random() < 0.15
    intake = client.emails[0] if client and client.emails else FALLBACK_INTAKE
    render_email(spec.letter, path.with_suffix(".eml"), style, intake, _forwarder(client, rng),
                 _original_to(spec.letter, client), body, charset, encoding, attachment,
                 random.Random(rng.getrandbits(64)), nested)
    tags = [f"email-{style}", f"body-{body}", f"charset-{charset}", f"cte-{encoding}"]
    if nested:
        tags.append("forwarded-twice")
    if attachment != "none":
        tags.append(f"attachment-{attachment}")
    return ["eml", *tags]


def _build_item(job: tuple[int, ItemSpec | tuple[Letter, str], int, Path, Client | None]) -> dict:
    """Render one item; everything random comes from its own seed, so workers may run in any order."""
    _, raw, item_seed, stem, client = job
    item_rng = random.Random(item_seed)
    spec = raw if isinstance(raw, ItemSpec) else spec_from(raw[0], raw[1], item_rng)
    letter = spec.letter
    if spec.kind == "email":
        ext, *tags = _write_email(spec, client, stem, item_rng)
    else:
        design = spec.design or default_design(letter, spec.layout, spec.font)
        if spec.kind == "pdf":
            render_pdf(letter, stem.with_suffix(".pdf"), design=design, appendix=_enclosures(spec))
            n = len(lay_out(letter, design, _enclosures(spec)).pages)
            ext, tags = "pdf", [f"form-{design.form}"] + (["multi-page"] if n > 1 else [])
        else:
            ext, *tags = _write_scan(spec, design, stem, item_rng)
    return {
        "file": stem.with_suffix(f".{ext}").name,
        "kind": spec.kind,
        "recipient": letter.recipient_client_id,
        "category": letter.category,
        "date": letter.date.isoformat(),
        "deadlines": sorted(d.isoformat() for d in letter.deadlines),
        "language": letter.language,
        "tags": sorted(set([*letter.tags, *spec.tags, *tags]
                           + (["nobody"] if letter.recipient_client_id is None else []))),
        "sender": letter.sender_name,
        "subject": letter.subject,
    }


def build_set(out_dir: Path, specs: Sequence[ItemSpec | tuple[Letter, str]],
              clients: Iterable[Client] = (), seed: int = 0, prefix: str = "letter",
              labels_name: str = "labels.json", workers: int = 1) -> list[dict]:
    """Render every spec into out_dir as <prefix>-NNN.<ext> and write labels.json; returns the labels.

    clients: the directory (for intake aliases and staff of forwarded emails); a letter whose
    recipient_client_id is None is labelled with recipient null. workers > 1 renders in a process
    pool; the bytes written do not depend on it.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    by_id = {c.id: c for c in clients}
    rng = random.Random(seed)
    width = max(3, len(str(len(specs))))
    jobs = [(i, raw, rng.getrandbits(64), out_dir / f"{prefix}-{i:0{width}d}",
             by_id.get((raw.letter if isinstance(raw, ItemSpec) else raw[0]).recipient_client_id or ""))
            for i, raw in enumerate(specs, start=1)]
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            labels = list(pool.map(_build_item, jobs, chunksize=4))
    else:
        labels = [_build_item(job) for job in jobs]
    doc = {"version": LABELS_VERSION, "items": labels}
    (out_dir / labels_name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return labels


# The repo's sample folder: 26 scans, 5 born-digital PDFs, 10 emails (most forwarding styles).
SCAN_PLAN: list[tuple[str, ScanKind, int]] = [       # (format, scanner, pages wanted)
    ("jpg", "office", 1), ("jpg", "clean", 1), ("jpg", "poor", 1), ("jpg", "office", 1),
    ("jpg", "office", 1), ("jpg", "poor", 1), ("jpg", "clean", 1), ("jpg", "office", 1),
    ("png", "bw", 1), ("png", "bw", 1), ("png", "fax", 1), ("png", "bw", 1), ("png", "fax", 1),
    ("tif", "bw", 2), ("tif", "fax", 2), ("tif", "office", 2), ("tif", "bw", 3), ("tif", "poor", 1),
    ("tif", "bw", 1), ("pdf", "office", 2), ("pdf", "clean", 1), ("pdf", "poor", 2),
    ("pdf", "office", 3), ("pdf", "bw", 1), ("pdf", "fax", 1), ("pdf", "office", 1),
]
EMAIL_PLAN: list[tuple[str, Body, Charset, Encoding, AttachmentKind, bool]] = [
    ("gmail-en", "alternative", "utf-8", "quoted-printable", "none", False),
    ("gmail-de", "html", "utf-8", "base64", "none", True),
    ("outlook-de-original", "plain", "windows-1252", "quoted-printable", "none", True),
    ("outlook-de", "alternative", "iso-8859-1", "quoted-printable", "pdf", False),
    ("outlook-en", "html", "windows-1252", "base64", "none", False),
    ("apple-en", "plain", "utf-8", "8bit", "scan", False),
    ("apple-de", "alternative", "utf-8", "quoted-printable", "none", False),
    ("thunderbird-en", "plain", "iso-8859-1", "base64", "none", False),
    ("thunderbird-de", "plain", "utf-8", "quoted-printable", "pdf", False),
    ("quote-de", "alternative", "utf-8", "quoted-printable", "none", False),
]
PDF_COUNT = 5
NOBODY_SLOTS = {4, 12, 21, 30, 37}                  # item numbers (1-based) addressed to nobody
ENGLISH_SHARE = 0.2




def sample_specs(factory, seed: int = 2026) -> list[ItemSpec]:
    """The repo's sample set: every category, every forwarding style, some English, some nobody."""
    rng = random.Random(seed)
    slots: list[tuple[str, tuple]] = ([("scan", p) for p in SCAN_PLAN] + [("pdf", ())] * PDF_COUNT
                                      + [("email", p) for p in EMAIL_PLAN])
    rng.shuffle(slots)
    cats = [CATEGORIES[i % len(CATEGORIES)] for i in range(len(slots))]
    rng.shuffle(cats)
    specs: list[ItemSpec] = []
    for i, ((kind, plan), category) in enumerate(zip(slots, cats), start=1):
        language = "en" if rng.random() < ENGLISH_SHARE else "de"
        if kind == "email" and plan[0].endswith("-en") and rng.random() < 0.6:
            language = "en"                           # English clients mostly get English mail
        letter = factory.make(category=category, language=language, nobody=i in NOBODY_SLOTS)
        if kind == "scan":                            # multi-page: the letter plus enclosures
            specs.append(ItemSpec(letter, "scan", plan[0], scan=plan[1], enclosures=plan[2] - 1))
        elif kind == "pdf":
            specs.append(ItemSpec(letter, "pdf", "pdf", enclosures=rng.choice((0, 0, 1))))
        else:
            style, body, charset, encoding, attachment, nested = plan
            specs.append(ItemSpec(letter, "email", "eml", style=style, body=body, charset=charset,
                                  encoding=encoding, attachment=attachment, nested=nested))
    return specs


def mixed_specs(factory, n: int, seed: int = 0, nobody_share: float = 0.06) -> list[ItemSpec]:
    """n items in issue 3's mix: 75% scans (1-3 pages), 10% born-digital PDFs, 15% emails."""
    rng = random.Random(seed)
    specs: list[ItemSpec] = []
    for _ in range(n):
        letter = factory.make(nobody=rng.random() < nobody_share)
        r = rng.random()
        if r < 0.75:
            pages = rng.choices((1, 2, 3), (70, 22, 8))[0]
            fmt = rng.choices(SCAN_FORMATS, (3, 1, 2, 3) if pages == 1 else (0, 0, 1, 1))[0]
            specs.append(ItemSpec(letter, "scan", fmt, enclosures=pages - 1))
        elif r < 0.85:
            specs.append(ItemSpec(letter, "pdf", "pdf", enclosures=rng.choice((0, 0, 1))))
        else:
            specs.append(ItemSpec(letter, "email", "eml"))
    return specs


def build_samples(out_dir: Path, seed: int = 2026, clients_file: Path | None = None,
                  count: int | None = None, workers: int = 1) -> list[dict]:
    """The repo's sample set, or with `count` a larger mixed set (e.g. for evaluation)."""
    from mailsort.routing.directory import load_directory
    from mailsort.settings import REPO_ROOT
    from mailsort.training.clients import DEFAULT_SEED, generate_outsiders
    from mailsort.training.content import LetterFactory

    directory = load_directory(clients_file or REPO_ROOT / "config" / "clients.yaml")
    outsiders = generate_outsiders(DEFAULT_SEED, clients=directory.clients)
    factory = LetterFactory(directory.clients, outsiders, seed)
    out_dir = Path(out_dir)
    for old in list(out_dir.glob("letter-*")):           # a rebuild must not leave stale items
        old.unlink()
    specs = sample_specs(factory, seed) if count is None else mixed_specs(factory, count, seed)
    return build_set(out_dir, specs, directory.clients, seed, workers=workers)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build the labelled sample folder (scans, PDFs, emails).")
    ap.add_argument("out_dir", type=Path, nargs="?", default=Path("sample_scans"))
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--clients", type=Path, default=None, help="clients.yaml (default: config/)")
    ap.add_argument("--count", type=int, default=None,
                    help="build COUNT items in the evaluation mix instead of the repo's sample set")
    ap.add_argument("--workers", type=int, default=1, help="render in N processes (same bytes)")
    args = ap.parse_args(argv)
    labels = build_samples(args.out_dir, args.seed, args.clients, args.count, args.workers)
    size = sum(p.stat().st_size for p in args.out_dir.iterdir() if p.is_file())
    print(f"wrote {len(labels)} items and labels.json to {args.out_dir} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
