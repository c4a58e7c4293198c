"""What the mailroom and the clients' staff add to the paper before it is scanned: handwritten notes
(with dates that are not the letter date), rubber stamps, fold creases, a highlighter stroke."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PIL import Image, ImageDraw

from mailsort_lab.render.fonts import pil_font
from mailsort_lab.wave11 import cal

NOTES_DE = ("erl. {d}", "bez. {d}", "Wv. {d}", "an StB weiterleiten!", "Frist notiert {d}", "Rückruf {d}",
            "Kopie an GF", "zdA", "lt. Tel. {d} geklärt", "überwiesen am {d}", "Hr. S. bitte prüfen")
NOTES_EN = ("paid {d}", "done {d}", "fwd to accounts", "call back {d}", "chased {d}", "file", "diary {d}")
STAMPS_DE = ("GEBUCHT", "KOPIE", "Erledigt\n{d}", "Buchhaltung\nEing. {d}", "GEPRÜFT", "SACHLICH RICHTIG\n{d}")
STAMPS_EN = ("PAID", "COPY", "ENTERED\n{d}", "PROCESSED {d}")


def _short(d: date, lang: str, rng: random.Random) -> str:
    if lang == "de":
        return rng.choice((f"{d.day}.{d.month}.", f"{d:%d.%m.}", f"{d:%d.%m.%y}", f"{d.day}.{d.month}.{d:%y}"))
    return rng.choice((f"{d.day}/{d.month}", f"{d:%d/%m/%y}", f"{d.day} {cal.labdates.MONTHS_EN[d.month - 1][:3]}"))


def _tile(text: str, px: float, size_mm: float, family: str, style: str, angle: float) -> Image.Image:
    font = pil_font(family, style, size_mm * px)
    lines = text.split("\n")
    w = max(font.getlength(ln) for ln in lines) + 4 * px
    h = len(lines) * size_mm * 1.3 * px + 3 * px
    tile = Image.new("L", (round(w), round(h)), 0)
    d = ImageDraw.Draw(tile)
    for i, ln in enumerate(lines):
        d.text((2 * px, 1.5 * px + i * size_mm * 1.3 * px), ln, fill=255, font=font)
    return tile.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)


def _paste(img: Image.Image, tile: Image.Image, xy: tuple[int, int], ink, strength: float = 1.0) -> None:
    mask = tile.point(lambda v: int(v * strength))
    img.paste(Image.new(img.mode, tile.size, ink), xy, mask)


def handwriting(img: Image.Image, dpi: int, rng: random.Random, day: date, lang: str) -> list[str]:
    """One or two notes in a slanted hand; their dates fall after the letter date."""
    px = dpi / 25.4
    tags = []
    for _ in range(rng.choice((1, 1, 2))):
        when = day + timedelta(days=rng.randint(2, 25))
        note = rng.choice(NOTES_DE if lang == "de" else NOTES_EN)
        text = note.format(d=_short(when, lang, rng))
        tile = _tile(text, px, rng.uniform(4.0, 5.5), rng.choice(("dejavu-serif", "liberation-serif", "dejavu-sans")),
                     "italic", rng.uniform(-12, 8))
        x = round(rng.uniform(20, max(21, 200 - tile.width / px)) * px)
        y = round(rng.choice((rng.uniform(30, 44), rng.uniform(95, 120), rng.uniform(235, 262))) * px)
        ink = (30, 50, 150) if img.mode == "RGB" else rng.randint(30, 80)
        _paste(img, tile, (x, y), ink)
        tags.append("handwritten-date" if "{d}" in note else "handwritten-note")
    if rng.random() < 0.3:                                  # a tick or an underline stroke
        d = ImageDraw.Draw(img)
        x, y = rng.uniform(25, 150) * px, rng.uniform(110, 200) * px
        d.line([(x, y), (x + rng.uniform(30, 70) * px, y + rng.uniform(-2, 2) * px)],
               fill=(30, 50, 150) if img.mode == "RGB" else 60, width=max(1, round(0.5 * px)))
        tags.append("pen-stroke")
    return tags


def office_stamp(img: Image.Image, dpi: int, rng: random.Random, day: date, lang: str) -> list[str]:
    px = dpi / 25.4
    when = day + timedelta(days=rng.randint(1, 12))
    text = rng.choice(STAMPS_DE if lang == "de" else STAMPS_EN).format(d=_short(when, lang, rng) if lang == "en" else f"{when:%d.%m.%Y}")
    tile = _tile(text, px, 4.5, "liberation-sans", "bold", rng.uniform(-15, 15))
    d = ImageDraw.Draw(tile)
    d.rectangle([2, 2, tile.width - 3, tile.height - 3], outline=200, width=max(2, round(0.5 * px)))
    x = round(rng.uniform(100, max(101, 195 - tile.width / px)) * px)
    y = round(rng.uniform(200, 245) * px)
    ink = rng.choice(((170, 30, 40), (30, 60, 170), (20, 120, 60))) if img.mode == "RGB" else rng.randint(70, 130)
    _paste(img, tile, (x, y), ink, 0.8)
    return ["office-stamp"] + (["stamp-date"] if "\n" in text or any(ch.isdigit() for ch in text) else [])


def creases(img: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    px = dpi / 25.4
    d = ImageDraw.Draw(img)
    for y_mm in (99.0, 198.0):
        y = (y_mm + rng.uniform(-3, 3)) * px
        tilt = rng.uniform(-1.5, 1.5) * px
        for k, g in ((0, 200), (1, 225)):
            fill = (g, g, g) if img.mode == "RGB" else g
            d.line([(0, y + k * px * 0.4), (img.width, y + tilt + k * px * 0.4)], fill=fill, width=max(1, round(0.25 * px)))
    return img


def highlighter(img: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    """A translucent marker stroke across a line of the body (yellow on colour, grey on grey scans)."""
    px = dpi / 25.4
    y = rng.uniform(120, 200) * px
    x0 = rng.uniform(20, 60) * px
    band = Image.new("L", img.size, 0)
    ImageDraw.Draw(band).rectangle([x0, y - 2.2 * px, x0 + rng.uniform(50, 120) * px, y + 1.8 * px], fill=90)
    colour = (250, 235, 60) if img.mode == "RGB" else 200
    under = Image.new(img.mode, img.size, colour)
    if img.mode == "RGB":
        from PIL import ImageChops
        return Image.composite(ImageChops.multiply(img, under), img, band)
    from PIL import ImageChops
    return Image.composite(ImageChops.darker(img, under), img, band)
