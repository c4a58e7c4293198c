"""Draw layout ops onto page images and age them like a scanner or fax would.

Degradations are chosen per item and recorded as difficulty tags: skew, noise, low contrast,
blur, JPEG artefacts, upside-down or sideways pages, 150 dpi fax (1-bit).
"""

from __future__ import annotations

import io
import random
import time
from pathlib import Path
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from mailsort_lab.holdout.layout import PAGE_H, PAGE_W, PT, Op, font_file


@lru_cache(maxsize=256)
def _font(family: str, bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_file(family, bold), px)


def draw(ops: list[Op], dpi: int) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("L", (round(PAGE_W * k), round(PAGE_H * k)), 255)
    dr = ImageDraw.Draw(img)
    for op in ops:
        if op.kind == "text":
            f = _font(op.family, op.bold, max(6, round(op.size * PT * k)))
            anchor = {"left": "ls", "right": "rs", "center": "ms"}[op.align]
            dr.text((op.x * k, op.y * k), op.text, fill=op.gray, font=f, anchor=anchor)
        elif op.kind == "line":
            dr.line([(op.x * k, op.y * k), (op.x2 * k, op.y2 * k)], fill=op.gray, width=max(1, round(k * 0.25)))
        elif op.kind == "rect":
            dr.rectangle([op.x * k, op.y * k, op.x2 * k, op.y2 * k], outline=op.gray, width=max(1, round(k * 0.2)))
        elif op.kind == "box":
            dr.rectangle([op.x * k, op.y * k, op.x2 * k, op.y2 * k], fill=op.gray)
        elif op.kind == "scribble" and len(op.pts) > 1:
            dr.line([(x * k, y * k) for x, y in op.pts], fill=op.gray, width=max(2, round(k * 0.4)),
                    joint="curve")
    return img


@lru_cache(maxsize=None)
def _paper(shape: tuple[int, int], seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(0, 1, shape).astype(np.float32)


class Scanner:
    """One item's scanner settings, chosen once so every page of the item looks alike."""

    def __init__(self, rng: random.Random):
        r = rng.random
        self.rng = rng
        self.fax = r() < 0.1
        self.dpi = 150 if self.fax else rng.choice([200, 300, 300])
        self.skew = rng.uniform(-2.5, 2.5) if r() < 0.55 else 0.0
        self.noise = rng.uniform(6, 18) if r() < 0.45 else 0.0
        self.low_contrast = r() < 0.2
        self.blur = rng.uniform(0.5, 1.0) if r() < 0.2 and not self.fax else 0.0
        self.turn = rng.choices([0, 180, 90, 270], [82, 12, 3, 3])[0]
        self.turn_page = rng.choice(["first", "all", "one"])

    @property
    def tags(self) -> list[str]:
        t = []
        if self.fax:
            t.append("fax-150dpi")
        if abs(self.skew) >= 0.3:
            t.append("skew")
        if self.noise:
            t.append("noise")
        if self.low_contrast:
            t.append("low-contrast")
        if self.blur:
            t.append("blur")
        if self.turn == 180:
            t.append("upside-down")
        elif self.turn:
            t.append("sideways")
        return t

    def age(self, img: Image.Image, page_index: int, seed: int) -> Image.Image:
        if self.blur:
            img = img.filter(ImageFilter.GaussianBlur(self.blur * self.dpi / 300))
        if self.skew:
            img = img.rotate(self.skew + self.rng.uniform(-0.3, 0.3), resample=Image.BICUBIC,
                             expand=False, fillcolor=255)
        a = np.asarray(img, dtype=np.float32)
        if self.low_contrast:
            a = 95 + a * (205 - 95) / 255          # grey paper, grey ink
        if self.noise:
            a = a + _paper(a.shape, seed % 7) * self.noise
            speck = np.random.default_rng(seed).random(a.shape) < 0.0008
            a[speck] = 0
        if self.fax:
            a = np.where(a + _paper(a.shape, seed % 5) * 25 < 150, 0, 255)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        if self.fax:
            img = img.convert("1")
        if self.turn and (self.turn_page == "all" or page_index == 0
                          or (self.turn_page == "one" and page_index == 1)):
            img = img.rotate(self.turn, expand=True)
        return img


def save_scan(pages: list[Image.Image], path_stem: str, fmt: str, dpi: int) -> str:
    """Write pages as png/jpg (one page), tif (multi-page) or an image-only pdf; return the name."""
    ext = {"png": ".png", "jpeg": ".jpg", "tiff": ".tif", "pdf": ".pdf"}[fmt]
    path = path_stem + ext
    first, rest = pages[0], pages[1:]
    if fmt == "png":
        first.save(path, dpi=(dpi, dpi), optimize=True)
    elif fmt == "jpeg":
        quality = random.Random(Path(path).name).randint(40, 75)
        first.convert("L").save(path, quality=quality, dpi=(dpi, dpi))
    elif fmt == "tiff":
        comp = "group4" if all(p.mode == "1" for p in pages) else "tiff_deflate"
        first.save(path, save_all=True, append_images=rest, compression=comp, dpi=(dpi, dpi))
    else:
        # Image PDF pages as JPEG keep the file small, as a scanner's PDF would be.
        conv = [p.convert("L") for p in pages]
        buf = io.BytesIO()
        fixed = time.gmtime(1795856400)                # fixed dates: the same seed gives the same bytes
        conv[0].save(buf, "PDF", save_all=True, append_images=conv[1:], resolution=float(dpi),
                     quality=70, creationDate=fixed, modDate=fixed, producer="Scan2PDF")
        with open(path, "wb") as fh:
            fh.write(buf.getvalue())
    return path
