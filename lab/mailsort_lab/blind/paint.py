"""Drawing marks in millimetres (A4, origin top left) onto a page image (PIL) or a text PDF (reportlab).

The wave-3 layouts use sans and condensed faces, italics and DejaVu serif — different from the
training and held-out renderers — so both files agree on where every word stands.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
FACES = {
    "sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "sans-cond": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "lsans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "lsans-it": ("liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "serif-it": ("liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "dserif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
}
PT = 25.4 / 72
W, H = 210.0, 297.0


def face_path(face: str, bold: bool) -> str:
    return f"{FONT_DIR}/{FACES[face][1 if bold else 0]}"


@lru_cache(maxsize=None)
def _metric(face: str, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(face_path(face, bold), 200)


def width(text: str, face: str, bold: bool, size: float) -> float:
    return _metric(face, bold).getlength(text) / 200 * size * PT


def wrap(text: str, w: float, face: str, bold: bool, size: float) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        t = f"{cur} {word}".strip()
        if cur and width(t, face, bold, size) > w:
            out.append(cur)
            cur = word
        else:
            cur = t
    return out + [cur] if cur or not out else out


@dataclass
class Mark:
    kind: str                 # text | line | frame | fill | circle
    x: float
    y: float                  # text: baseline
    text: str = ""
    face: str = "sans"
    bold: bool = False
    size: float = 10.0
    align: str = "l"          # l | r | c
    x2: float = 0.0
    y2: float = 0.0
    gray: int = 0


@lru_cache(maxsize=256)
def _font(face: str, bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(face_path(face, bold), px)


def raster(marks: list[Mark], dpi: int) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("L", (round(W * k), round(H * k)), 255)
    dr = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "text":
            f = _font(m.face, m.bold, max(6, round(m.size * PT * k)))
            dr.text((m.x * k, m.y * k), m.text, fill=m.gray, font=f, anchor={"l": "ls", "r": "rs", "c": "ms"}[m.align])
        elif m.kind == "line":
            dr.line([(m.x * k, m.y * k), (m.x2 * k, m.y2 * k)], fill=m.gray, width=max(1, round(k * 0.3)))
        elif m.kind == "frame":
            dr.rectangle([m.x * k, m.y * k, m.x2 * k, m.y2 * k], outline=m.gray, width=max(1, round(k * 0.25)))
        elif m.kind == "fill":
            dr.rectangle([m.x * k, m.y * k, m.x2 * k, m.y2 * k], fill=m.gray)
        elif m.kind == "circle":
            dr.ellipse([m.x * k, m.y * k, m.x2 * k, m.y2 * k], fill=m.gray)
    return img


_registered: set[str] = set()


def pdf(pages: list[list[Mark]], title: str, author: str) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    def fname(face: str, bold: bool) -> str:
        n = f"w3-{face}-{int(bold)}"
        if n not in _registered:
            pdfmetrics.registerFont(TTFont(n, face_path(face, bold)))
            _registered.add(n)
        return n

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W * mm, H * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Briefschreibung Pro 11")
    for marks in pages:
        for m in marks:
            g = m.gray / 255
            c.setFillGray(g)
            c.setStrokeGray(g)
            y = (H - m.y) * mm
            if m.kind == "text":
                c.setFont(fname(m.face, m.bold), m.size)
                {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[m.align](m.x * mm, y, m.text)
            elif m.kind == "line":
                c.setLineWidth(0.7)
                c.line(m.x * mm, y, m.x2 * mm, (H - m.y2) * mm)
            elif m.kind in ("frame", "fill"):
                c.setLineWidth(0.6)
                c.rect(m.x * mm, (H - m.y2) * mm, (m.x2 - m.x) * mm, (m.y2 - m.y) * mm, stroke=1,
                       fill=int(m.kind == "fill"))
            elif m.kind == "circle":
                c.ellipse(m.x * mm, (H - m.y2) * mm, m.x2 * mm, (H - m.y) * mm, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()
