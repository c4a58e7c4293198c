"""Turn clean rendered pages into what a scanner or a fax machine delivers, and save them.

A ScanProfile holds the defects of one scan run; `ScanProfile.draw(rng, kind)` picks plausible
values for a kind of device, `scanify` applies them, `save_scan` writes PNG, JPEG, multi-page TIFF
or an image-only PDF. All randomness comes from the rng passed in, so output is reproducible.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from mailsort_lab.render.fonts import pil_font

ScanKind = Literal["clean", "office", "poor", "bw", "fax"]
A4_MM = (210.0, 297.0)


@dataclass
class ScanProfile:
    dpi: int = 300
    skew: float = 0.0                     # degrees, page 1; later pages vary around it
    rotations: list[int] = field(default_factory=list)  # per page 0/90/180/270; missing = 0
    noise: float = 0.0                    # std of grey noise
    speckle: float = 0.0                  # dust dots per square centimetre
    blur: float = 0.0                     # gaussian radius in pixels at the target dpi
    ink: int = 0                          # darkest grey the toner reaches (faded print > 0)
    paper: int = 255                      # background grey (recycled paper, lid shadow < 255)
    binarise: bool = False                # fax / "text" scan mode: 1-bit
    jpeg_quality: int | None = None       # JPEG re-compression of the image data
    fax_header: str | None = None         # the sending machine's line on top of each page
    edge_shadow: int = 0                  # mm of dark border from a misplaced sheet
    stamp: str | None = None              # the mailroom's received stamp on page 1 (lines split by newlines)
    holes: bool = False                   # punched for a binder before it was scanned
    colour: bool = False                  # a colour scan (RGB) of a colour letter

    @classmethod
    def draw(cls, rng: random.Random, kind: ScanKind = "office", pages: int = 1,
             received: date | None = None, sent: date | None = None) -> "ScanProfile":
        """Plausible defects for a kind of device; `received` may put a received stamp on page 1,
        `sent` dates a fax header (the day the sender faxed it)."""
        profile = cls._draw(rng, kind, pages, sent)
        if received and rng.random() < 0.35:
            profile.stamp = received_stamp(received, rng)
        profile.holes = rng.random() < 0.12
        return profile

    @classmethod
    def _draw(cls, rng: random.Random, kind: ScanKind, pages: int, sent: date | None) -> "ScanProfile":
        turn = rng.random()
        # Most pages come upright; some feeders turn the whole stack, some a single page.
        base = 0 if turn < 0.75 else rng.choice((90, 180, 270))
        rotations = [base] * pages
        if pages > 1 and rng.random() < 0.2:
            rotations[rng.randrange(pages)] = rng.choice((90, 180, 270))
        if kind == "clean":
            return cls(dpi=rng.choice((200, 300)), skew=rng.uniform(-0.6, 0.6), rotations=rotations,
                       noise=rng.uniform(0, 3), speckle=rng.uniform(0, 0.05), colour=rng.random() < 0.35)
        if kind == "office":
            return cls(dpi=rng.choice((200, 200, 300)), skew=rng.choice((-1, 1)) * rng.uniform(0.5, 2.0),
                       rotations=rotations, noise=rng.uniform(3, 9), speckle=rng.uniform(0.05, 0.3),
                       blur=rng.uniform(0, 0.8), ink=rng.randint(0, 40), paper=rng.randint(225, 250),
                       edge_shadow=rng.choice((0, 0, 0, 3)), colour=rng.random() < 0.25)
        if kind == "poor":
            return cls(dpi=rng.choice((150, 200)), skew=rng.choice((-1, 1)) * rng.uniform(1.5, 3.0),
                       rotations=rotations, noise=rng.uniform(8, 16), speckle=rng.uniform(0.2, 0.8),
                       blur=rng.uniform(0.5, 1.2), ink=rng.randint(40, 90), paper=rng.randint(190, 225),
                       jpeg_quality=rng.randint(35, 60), edge_shadow=rng.choice((0, 4, 6)))
        if kind == "bw":  # a document scanner's 1-bit "text" mode
            return cls(dpi=rng.choice((200, 300)), skew=rng.choice((-1, 1)) * rng.uniform(0.3, 1.8),
                       rotations=rotations, noise=rng.uniform(2, 8), speckle=rng.uniform(0.05, 0.4),
                       blur=rng.uniform(0, 0.6), ink=rng.randint(0, 50), paper=rng.randint(215, 250),
                       binarise=True)
        number = f"+49 {rng.randint(30, 899)} {rng.randint(100000, 9999999)}"
        day = sent or date(2026, rng.randint(1, 12), rng.randint(1, 28))
        stamp = datetime.combine(day, datetime.min.time()).replace(hour=rng.randint(7, 18),
                                                                   minute=rng.randint(0, 59))
        return cls(dpi=150, skew=rng.choice((-1, 1)) * rng.uniform(0.3, 1.5), rotations=rotations,
                   noise=rng.uniform(4, 10), speckle=rng.uniform(0.1, 0.5), blur=rng.uniform(0.3, 0.7),
                   binarise=True, fax_header=f"{stamp:%d.%m.%Y %H:%M}   FAX {number}   S. {{page}}/{{pages}}")


MONTHS_DE_STAMP = ("JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ")


def received_stamp(day: date, rng: random.Random) -> str:
    """A received stamp: a date that is not the letter's date, a classic trap for date fields."""
    return rng.choice((
        f"EINGANG\n{day.day:02d}. {MONTHS_DE_STAMP[day.month - 1]} {day.year}",
        f"Eingegangen\n{day:%d.%m.%Y}",
        f"EING. {day:%d.%m.%y}",
        f"RECEIVED\n{day:%d %b %Y}".upper(),
    ))


def _stamp(img: Image.Image, text: str, dpi: int, rng: random.Random) -> None:
    """Ink a rectangular rubber stamp, slightly turned, into the upper right of the page."""
    px = dpi / 25.4
    font = pil_font("liberation-sans", "bold", 4.2 * px)
    lines = text.split("\n")
    w = max(font.getlength(ln) for ln in lines) + 6 * px
    h = len(lines) * 5.5 * px + 4 * px
    tile = Image.new("L", (round(w), round(h)), 0)
    d = ImageDraw.Draw(tile)
    d.rectangle([1, 1, tile.width - 2, tile.height - 2], outline=255, width=max(2, round(0.6 * px)))
    for i, ln in enumerate(lines):
        d.text((tile.width / 2, 2 * px + (i + 0.5) * 5.5 * px), ln, fill=255, font=font, anchor="mm")
    tile = tile.rotate(rng.uniform(-9, 9), expand=True, resample=Image.Resampling.BICUBIC)
    ink = rng.randint(60, 120)                      # stamp pads are rarely black: red or blue
    pad = rng.choice(((170, 30, 40), (30, 60, 170))) if img.mode == "RGB" else ink
    x = round(rng.uniform(118, 200 - tile.width / px) * px)
    y = round(rng.uniform(8, 30) * px)
    img.paste(Image.new(img.mode, tile.size, pad), (x, y), tile.point(lambda v: int(v * 0.85)))


def _holes(img: Image.Image, dpi: int) -> None:
    px = dpi / 25.4
    d = ImageDraw.Draw(img)
    for cy in (148.5 - 40, 148.5 + 40):             # DIN 5005 two-hole punch, 80 mm apart
        d.ellipse([(12 - 2.75) * px, (cy - 2.75) * px, (12 + 2.75) * px, (cy + 2.75) * px],
                  fill=(35, 35, 35) if img.mode == "RGB" else 35)


def _dust(arr: np.ndarray, nrng: np.random.Generator, per_cm2: float, dpi: int) -> None:
    h, w = arr.shape[:2]
    area_cm2 = (w / dpi * 2.54) * (h / dpi * 2.54)
    n = int(nrng.poisson(per_cm2 * area_cm2))
    if not n:
        return
    ys, xs = nrng.integers(0, h - 3, n), nrng.integers(0, w - 3, n)
    sizes = nrng.integers(1, max(2, dpi // 100) + 1, n)
    for y, x, s in zip(ys, xs, sizes):
        arr[y:y + s, x:x + s] = nrng.integers(0, 90)


def _one_page(img: Image.Image, p: ScanProfile, rng: random.Random, nrng: np.random.Generator,
              number: int, total: int) -> Image.Image:
    src_dpi = img.info.get("dpi", (300, 300))[0]
    if round(src_dpi) != p.dpi:
        img = img.resize((round(A4_MM[0] / 25.4 * p.dpi), round(A4_MM[1] / 25.4 * p.dpi)),
                         Image.Resampling.LANCZOS)
    mode = "RGB" if p.colour and not p.binarise and img.mode == "RGB" else "L"
    img = img.convert(mode)
    if p.stamp and number == 1:
        _stamp(img, p.stamp, p.dpi, rng)
    if p.holes:
        _holes(img, p.dpi)
    if p.fax_header:
        draw = ImageDraw.Draw(img)
        font = pil_font("liberation-mono", "regular", p.dpi * 0.09)
        draw.text((p.dpi * 0.3, p.dpi * 0.12), p.fax_header.format(page=number, pages=total),
                  fill=0, font=font)
    arr = np.asarray(img, dtype=np.float32)
    # Toner and paper: map 0..255 onto ink..paper.
    arr = p.ink + arr / 255.0 * (p.paper - p.ink)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode)
    if p.blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(p.blur))
    skew = p.skew + (rng.uniform(-0.4, 0.4) if number > 1 else 0.0)
    if skew:
        img = img.rotate(skew, resample=Image.Resampling.BICUBIC,
                         fillcolor=(p.paper,) * 3 if mode == "RGB" else p.paper)
    arr = np.asarray(img, dtype=np.float32).copy()
    if p.edge_shadow:
        px = round(p.edge_shadow / 25.4 * p.dpi)
        arr[:, -px:] *= 0.25
    if p.noise > 0:                           # luminance noise: the same on every channel
        arr += nrng.normal(0, p.noise, arr.shape[:2] + (1,) * (arr.ndim - 2)).astype(np.float32)
    _dust(arr, nrng, p.speckle, p.dpi)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode)
    if p.binarise:
        cut = (p.ink + p.paper) / 2
        out = out.point(lambda v: 255 if v > cut else 0).convert("1", dither=Image.Dither.NONE)
    rot = p.rotations[number - 1] if number - 1 < len(p.rotations) else 0
    if rot:
        out = out.rotate(rot, expand=True)      # counter-clockwise, exact for right angles
    if p.jpeg_quality and not p.binarise:
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=p.jpeg_quality)
        out = Image.open(io.BytesIO(buf.getvalue())).convert(mode)
    out.info["dpi"] = (p.dpi, p.dpi)
    return out


def scanify(pages: list[Image.Image], rng: random.Random,
            profile: ScanProfile | ScanKind = "office") -> list[Image.Image]:
    """Apply the profile's defects to every page; a kind name draws a profile from rng."""
    if isinstance(profile, str):
        profile = ScanProfile.draw(rng, profile, len(pages))
    nrng = np.random.default_rng(rng.getrandbits(64))
    return [_one_page(img, profile, rng, nrng, i, len(pages)) for i, img in enumerate(pages, start=1)]


def save_scan(images: list[Image.Image], path: Path, quality: int = 70,
              created: datetime | None = None) -> Path:
    """Write pages by the file suffix: .png/.jpg (one page), .tif/.tiff and .pdf (any number).

    `created` fixes the PDF creation date so the same input writes the same bytes.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    first, rest = images[0], images[1:]
    dpi = first.info.get("dpi", (300, 300))
    if suffix in (".png", ".jpg", ".jpeg") and rest:
        raise ValueError(f"{path.name}: {suffix} holds one page, got {len(images)}")
    if suffix == ".png":
        first.save(path, "PNG", dpi=dpi, optimize=True)
    elif suffix in (".jpg", ".jpeg"):
        first.convert("RGB" if first.mode == "RGB" else "L").save(path, "JPEG", quality=quality, dpi=dpi,
                                                                  optimize=True)
    elif suffix in (".tif", ".tiff"):
        bilevel = all(im.mode == "1" for im in images)
        opts = {"compression": "group4"} if bilevel else {"compression": "jpeg", "quality": quality}
        frames = images if bilevel else [im if im.mode == "RGB" else im.convert("L") for im in images]
        frames[0].save(path, "TIFF", save_all=True, append_images=frames[1:], dpi=dpi, **opts)
    elif suffix == ".pdf":
        stamp = created or datetime(2026, 1, 1)
        frames = [im if im.mode in ("1", "RGB") else im.convert("L") for im in images]
        opts = {} if all(im.mode == "1" for im in frames) else {"quality": quality}
        frames[0].save(path, "PDF", save_all=True, append_images=frames[1:], resolution=float(dpi[0]),
                       **opts, creationDate=stamp.timetuple(), modDate=stamp.timetuple(), producer="scanner")
    else:
        raise ValueError(f"{path.name}: unsupported scan format {suffix!r}")
    return path
