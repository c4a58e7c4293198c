"""Draw a laid-out letter onto A4 greyscale images with Pillow."""

from __future__ import annotations

import random
import zlib
from typing import Sequence

from PIL import Image, ImageDraw

from mailsort.training.letter import Letter
from mailsort_lab.render.appendix import Appendix
from mailsort_lab.render.fonts import PT_TO_MM, pil_font
from mailsort_lab.render.layout import PAGE_H, PAGE_W, Design, LaidOutLetter, Mark, Op, Rule, Scribble, Text, lay_out

MM_PER_INCH = 25.4
_ANCHOR = {"left": "ls", "right": "rs", "center": "ms"}


def letter_rng(letter: Letter, purpose: str) -> random.Random:
    """A generator seeded from the letter id, so a letter always looks the same."""
    return random.Random(zlib.crc32(f"{letter.id}/{purpose}".encode()))


def default_design(letter: Letter, layout: str | None = None, font: str | None = None) -> Design:
    return Design.pick(letter_rng(letter, "design"), form=layout, font=font)


PEN_BLUE = (25, 45, 140)         # signatures are blue on colour scans


def _ink(op: Op, colour: bool) -> int | tuple[int, int, int]:
    if not colour:
        return op.grey
    if isinstance(op, Scribble):
        return PEN_BLUE
    return getattr(op, "color", None) or (op.grey,) * 3


def _draw_op(draw: ImageDraw.ImageDraw, op: Op, family: str, dpi: int, colour: bool = False) -> None:
    px = dpi / MM_PER_INCH
    ink = _ink(op, colour)
    white = (255, 255, 255) if colour else 255
    if isinstance(op, Text):
        font = pil_font(family, op.style, round(op.size * PT_TO_MM * px * 4) / 4)
        xy = (op.x * px, op.y * px)
        draw.text(xy, op.text, fill=ink, font=font, anchor=_ANCHOR[op.align])
        if op.underline:
            x0, _, x1, _ = draw.textbbox(xy, op.text, font=font, anchor=_ANCHOR[op.align])
            uy = xy[1] + 0.4 * px
            draw.line([(x0, uy), (x1, uy)], fill=ink, width=max(1, round(0.15 * px)))
    elif isinstance(op, Rule):
        draw.line([(op.x1 * px, op.y1 * px), (op.x2 * px, op.y2 * px)], fill=ink,
                  width=max(1, round(op.width * px)))
    elif isinstance(op, Mark):
        box = [op.x * px, op.y * px, (op.x + op.w) * px, (op.y + op.h) * px]
        if op.kind == "circle":
            draw.ellipse(box, fill=ink)
        elif op.kind == "square":
            draw.rectangle(box, fill=ink)
        elif op.kind == "diamond":
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            draw.polygon([(cx, box[1]), (box[2], cy), (cx, box[3]), (box[0], cy)], fill=ink)
        else:  # three bars of rising height
            bw = (box[2] - box[0]) / 4
            for i in range(3):
                top = box[3] - (box[3] - box[1]) * (i + 1) / 3
                draw.rectangle([box[0] + i * 1.4 * bw, top, box[0] + i * 1.4 * bw + bw, box[3]],
                               fill=ink)
        if op.initials:
            font = pil_font(family, "bold", op.h * 0.38 * px)
            draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), op.initials, fill=white,
                      font=font, anchor="mm")
    elif isinstance(op, Scribble):
        draw.line([(x * px, y * px) for x, y in op.points], fill=ink,
                  width=max(1, round(op.width * px)), joint="curve")


def draw_pages(laid: LaidOutLetter, dpi: int, colour: bool = False) -> list[Image.Image]:
    """One image per page: greyscale ("L"), or RGB with the letterhead's colours."""
    size = (round(PAGE_W / MM_PER_INCH * dpi), round(PAGE_H / MM_PER_INCH * dpi))
    out = []
    for ops in laid.pages:
        img = Image.new("RGB", size, (255, 255, 255)) if colour else Image.new("L", size, 255)
        draw = ImageDraw.Draw(img)
        for op in ops:
            _draw_op(draw, op, laid.design.typeface.family, dpi, colour)
        img.info["dpi"] = (dpi, dpi)
        out.append(img)
    return out


def render_pages(letter: Letter, dpi: int = 300, layout: str | None = None,
                 font: str | None = None, design: Design | None = None,
                 appendix: Sequence[Appendix] = (), colour: bool = False) -> list[Image.Image]:
    """Render a letter as clean A4 greyscale pages (one image per page).

    layout: DIN 5008 form "A" or "B"; font: a family from fonts.FAMILIES. Both default to a
    choice seeded by the letter id; `design` overrides everything. `appendix`: enclosure pages.
    """
    design = design or default_design(letter, layout, font)
    return draw_pages(lay_out(letter, design, appendix), dpi, colour)
