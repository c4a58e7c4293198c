"""Born-digital PDFs with reportlab: the same DIN 5008 layout as the scans, with a real text layer."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from mailsort.training.letter import Letter
from mailsort_lab.render.appendix import Appendix
from mailsort_lab.render.fonts import STYLES, font_path
from mailsort_lab.render.layout import PAGE_H, PAGE_W, Design, Mark, Op, Rule, Scribble, Text, lay_out
from mailsort_lab.render.page import default_design


def _font(family: str, style: str) -> str:
    name = f"{family}-{style}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font_path(family, style))))
    return name


def _grey(c: Canvas, g: int, color: tuple[int, int, int] | None = None) -> None:
    if color:                                  # born-digital letters keep their letterhead colour
        c.setFillColorRGB(*(v / 255 for v in color))
        c.setStrokeColorRGB(*(v / 255 for v in color))
    else:
        c.setFillGray(g / 255)
        c.setStrokeGray(g / 255)


def _draw(c: Canvas, op: Op, family: str) -> None:
    def Y(y_mm: float) -> float:   # reportlab counts from the bottom edge
        return (PAGE_H - y_mm) * mm

    if isinstance(op, Text):
        _grey(c, op.grey, op.color)
        name = _font(family, op.style)
        c.setFont(name, op.size)
        x = op.x * mm
        if op.align == "right":
            c.drawRightString(x, Y(op.y), op.text)
            x -= pdfmetrics.stringWidth(op.text, name, op.size)
        elif op.align == "center":
            c.drawCentredString(x, Y(op.y), op.text)
            x -= pdfmetrics.stringWidth(op.text, name, op.size) / 2
        else:
            c.drawString(x, Y(op.y), op.text)
        if op.underline:
            c.setLineWidth(0.15 * mm)
            c.line(x, Y(op.y + 0.4), x + pdfmetrics.stringWidth(op.text, name, op.size), Y(op.y + 0.4))
    elif isinstance(op, Rule):
        _grey(c, op.grey, op.color)
        c.setLineWidth(op.width * mm)
        c.line(op.x1 * mm, Y(op.y1), op.x2 * mm, Y(op.y2))
    elif isinstance(op, Mark):
        _grey(c, op.grey, op.color)
        x, y, w, h = op.x * mm, Y(op.y + op.h), op.w * mm, op.h * mm
        if op.kind == "circle":
            c.circle(x + w / 2, y + h / 2, w / 2, stroke=0, fill=1)
        elif op.kind == "square":
            c.rect(x, y, w, h, stroke=0, fill=1)
        elif op.kind == "diamond":
            p = c.beginPath()
            p.moveTo(x + w / 2, y + h)
            for px, py in ((x + w, y + h / 2), (x + w / 2, y), (x, y + h / 2)):
                p.lineTo(px, py)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        else:
            bw = w / 4
            for i in range(3):
                c.rect(x + i * 1.4 * bw, y, bw, h * (i + 1) / 3, stroke=0, fill=1)
        if op.initials:
            c.setFillGray(1)
            c.setFont(_font(family, "bold"), op.h * 0.38 / 25.4 * 72)
            c.drawCentredString(x + w / 2, y + h / 2 - op.h * 0.13 * mm, op.initials)
    elif isinstance(op, Scribble):
        _grey(c, op.grey)
        c.setLineWidth(op.width * mm)
        p = c.beginPath()
        p.moveTo(op.points[0][0] * mm, Y(op.points[0][1]))
        for x, y in op.points[1:]:
            p.lineTo(x * mm, Y(y))
        c.drawPath(p, stroke=1, fill=0)


def render_pdf(letter: Letter, path: Path, layout: str | None = None, font: str | None = None,
               design: Design | None = None, appendix: Sequence[Appendix] = ()) -> Path:
    """Write the letter as a born-digital A4 PDF with a text layer; same layout as render_pages."""
    design = design or default_design(letter, layout, font)
    laid = lay_out(letter, design, appendix)
    family = design.typeface.family
    for style in STYLES:
        _font(family, style)
    # invariant=1 drops timestamps and random ids: the same letter writes the same bytes.
    c = Canvas(str(path), pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1, pageCompression=1)
    c.setTitle(letter.subject)
    c.setAuthor(letter.sender_name)
    c.setCreator("Office suite")
    for ops in laid.pages:
        for op in ops:
            _draw(c, op, family)
        c.showPage()
    c.save()
    return Path(path)
