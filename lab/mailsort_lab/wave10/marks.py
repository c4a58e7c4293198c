"""What people and machines add to a paper letter before it is scanned: handwritten notes (some with
a date that is neither the letter date nor a deadline), office stamps ("BEZAHLT", "GEBUCHT"), and the
creases of a letter folded into an envelope."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
from PIL import Image, ImageDraw

from mailsort_lab.render.fonts import pil_font

PEN = ((20, 40, 150), (30, 30, 30), (150, 20, 30))


def _note_text(rng: random.Random, day: date, lang: str) -> tuple[str, bool]:
    later = day + timedelta(days=rng.randint(3, 25))
    if lang == "en" and rng.random() < 0.6:
        return rng.choice([(f"paid {later.day}/{later.month}", True), ("pls check – AK", False),
                           (f"call back {later.day}/{later.month}", True), ("copy to accounts", False), ("done", False)])
    return rng.choice([(f"erl. {later.day}.{later.month}.", True), (f"bez. {later:%d.%m.%y}", True),
                       (f"Wv. {later.day}.{later.month}.", True), ("an Buchhaltung", False), ("StB fragen!", False),
                       ("Kopie GF", False), (f"tel. besprochen {later.day}.{later.month}.", True), ("ok – bitte ablegen", False),
                       (f"gebucht {later:%d.%m.}", True)])


def handwriting(img: Image.Image, dpi: int, rng: random.Random, day: date, lang: str) -> list[str]:
    """A note in a hand-like slanted script with a wobbling baseline, somewhere in the margins."""
    text, dated = _note_text(rng, day, lang)
    px = dpi / 25.4
    size = rng.uniform(4.2, 6.0) * px
    font = pil_font(rng.choice(("dejavu-serif", "liberation-serif", "dejavu-sans")), "italic", size)
    w = int(font.getlength(text) * 1.15 + 4 * px)
    h = int(size * 2.2)
    tile = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(tile)
    x = 2 * px
    for ch in text:
        d.text((x, h * 0.3 + rng.uniform(-0.6, 0.6) * px), ch, fill=255, font=font)
        x += font.getlength(ch) * rng.uniform(0.98, 1.12)
    if rng.random() < 0.5:                    # an underline stroke
        y = h * 0.3 + size * 1.15
        d.line([(2 * px, y), (x, y + rng.uniform(-1, 1) * px)], fill=255, width=max(1, round(0.35 * px)))
    tile = tile.rotate(rng.uniform(-9, 7), expand=True, resample=Image.Resampling.BICUBIC)
    spot = rng.choice(("top-left", "bottom", "bottom", "right-margin"))
    mm = {"top-left": (rng.uniform(8, 60), rng.uniform(2, 6)), "bottom": (rng.uniform(25, 110), rng.uniform(238, 252)),
          "right-margin": (rng.uniform(150, 175), rng.uniform(100, 180))}[spot]
    pos = (round(mm[0] * px), round(mm[1] * px))
    ink = rng.choice(PEN) if img.mode == "RGB" else rng.randint(30, 80)
    img.paste(Image.new(img.mode, tile.size, ink), pos, tile)
    return ["handwritten-note", f"handwritten-{spot}"] + (["handwritten-date"] if dated else [])


def office_stamp(img: Image.Image, dpi: int, rng: random.Random, day: date, lang: str) -> list[str]:
    later = day + timedelta(days=rng.randint(2, 20))
    if lang == "en":
        word, tag = rng.choice((("PAID", "paid"), ("COPY", "copy"), ("ENTERED", "booked")))
    else:
        word, tag = rng.choice((("BEZAHLT", "paid"), ("GEBUCHT", "booked"), ("KOPIE", "copy"), ("ERLEDIGT", "done")))
    dated = tag in ("paid", "booked") and rng.random() < 0.7
    text = f"{word}\n{later:%d.%m.%Y}" if dated else word
    px = dpi / 25.4
    font = pil_font("liberation-sans", "bold", 6.0 * px)
    lines = text.split("\n")
    w = int(max(font.getlength(ln) for ln in lines) + 8 * px)
    h = int(len(lines) * 7.5 * px + 5 * px)
    tile = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(tile)
    d.rounded_rectangle([2, 2, w - 3, h - 3], radius=int(2 * px), outline=255, width=max(2, round(0.7 * px)))
    for i, ln in enumerate(lines):
        d.text((w / 2, 2.5 * px + (i + 0.5) * 7.5 * px), ln, fill=255, font=font, anchor="mm")
    tile = tile.rotate(rng.uniform(-18, 18), expand=True, resample=Image.Resampling.BICUBIC)
    tile = tile.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    pos = (round(rng.uniform(60, 130) * px), round(rng.uniform(150, 230) * px))
    ink = rng.choice(((170, 30, 40), (30, 60, 170))) if img.mode == "RGB" else rng.randint(70, 130)
    img.paste(Image.new(img.mode, tile.size, ink), pos, tile)
    return [f"stamp-{tag}"] + (["stamp-dated"] if dated else [])


def creases(img: Image.Image, dpi: int, rng: random.Random) -> Image.Image:
    """Darken thin bands where the sheet was folded (in thirds for a DL envelope, or once for C5)."""
    arr = np.asarray(img, dtype=np.float32).copy()
    h = arr.shape[0]
    folds = (99.0, 198.0) if rng.random() < 0.75 else (148.5,)
    ys = np.arange(h, dtype=np.float32)[:, None]
    for f in folds:
        c = (f + rng.uniform(-3, 3)) / 297.0 * h
        sigma = dpi / 25.4 * rng.uniform(0.6, 1.5)
        shade = 1.0 - rng.uniform(0.06, 0.16) * np.exp(-((ys - c) ** 2) / (2 * sigma ** 2))
        if arr.ndim == 3:
            shade = shade[..., None]
        arr *= shade
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)
    out.info.update(img.info)
    return out
