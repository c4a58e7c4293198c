"""Born-digital PDFs with reportlab: the same layout ops, with a real text layer."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from mailsort_lab.holdout.layout import FONTS, PAGE_H, PAGE_W, Op, font_file

_registered: set[str] = set()


def _font_name(family: str, bold: bool) -> str:
    name = f"hx-{family}-{'b' if bold else 'r'}"
    if name not in _registered:
        pdfmetrics.registerFont(TTFont(name, font_file(family, bold)))
        _registered.add(name)
    return name


def pdf_bytes(pages: list[list[Op]], title: str, author: str, when: datetime) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W * mm, PAGE_H * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Fakturierung 4.2")            # what an office program would write
    for ops in pages:
        for op in ops:
            gray = op.gray / 255
            c.setFillGray(gray)
            c.setStrokeGray(gray)
            y = (PAGE_H - op.y) * mm
            if op.kind == "text":
                c.setFont(_font_name(op.family, op.bold), op.size)
                fn = {"left": c.drawString, "right": c.drawRightString, "center": c.drawCentredString}[op.align]
                fn(op.x * mm, y, op.text)
            elif op.kind == "line":
                c.setLineWidth(0.6)
                c.line(op.x * mm, y, op.x2 * mm, (PAGE_H - op.y2) * mm)
            elif op.kind in ("rect", "box"):
                c.rect(op.x * mm, (PAGE_H - op.y2) * mm, (op.x2 - op.x) * mm, (op.y2 - op.y) * mm,
                       stroke=1, fill=1 if op.kind == "box" else 0)
            elif op.kind == "scribble" and len(op.pts) > 1:
                c.setLineWidth(1.2)
                path = c.beginPath()
                path.moveTo(op.pts[0][0] * mm, (PAGE_H - op.pts[0][1]) * mm)
                for x, yy in op.pts[1:]:
                    path.lineTo(x * mm, (PAGE_H - yy) * mm)
                c.drawPath(path, stroke=1, fill=0)
        c.showPage()
    c.save()
    return buf.getvalue()


__all__ = ["pdf_bytes", "FONTS"]
