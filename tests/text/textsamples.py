"""Small real pages for the text tests, rendered with Pillow (200 dpi A4)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from mailsort.model import Source

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 200
A4 = (int(8.27 * DPI), int(11.69 * DPI))

LETTERHEAD = "Nordlicht Energie GmbH"
RETURN_LINE = "Nordlicht Energie GmbH · Hafenstraße 12 · 20457 Hamburg"
ADDRESS = ["Müller Bau GmbH", "z. Hd. Herrn Jonas Weber", "Friedrichstraße 88", "10117 Berlin"]
BODY = [
    "Rechnung Nr. 2026-4711 für Ihre Stromlieferung",
    "Sehr geehrte Damen und Herren,",
    "wir berechnen Ihnen für den Zeitraum Oktober 2026 den folgenden Betrag.",
    "Bitte überweisen Sie den Gesamtbetrag innerhalb von vierzehn Tagen.",
    "Mit freundlichen Grüßen",
]
FOOTER = "Sparkasse Hamburg · IBAN DE02 2005 0550 1234 5678 90 · Amtsgericht Hamburg HRB 12345"


def mm(v: float) -> int:
    return int(v / 25.4 * DPI)


def letter_image(body: list[str] | None = None) -> Image.Image:
    """A DIN 5008 form-B letter page: letterhead, return line, address window, info block."""
    img = Image.new("L", A4, 255)
    d = ImageDraw.Draw(img)
    big, normal, small = (ImageFont.truetype(FONT, s) for s in (44, 30, 18))
    d.text((mm(25), mm(15)), LETTERHEAD, font=big, fill=0)
    d.text((mm(25), mm(47)), RETURN_LINE, font=small, fill=0)
    for i, line in enumerate(ADDRESS):
        d.text((mm(25), mm(55) + i * mm(5.5)), line, font=normal, fill=0)
    for i, line in enumerate(["Datum: 20.11.2026", "Kundennummer: 88231"]):
        d.text((mm(125), mm(55) + i * mm(5.5)), line, font=normal, fill=0)
    for i, line in enumerate(body or BODY):
        d.text((mm(25), mm(105) + i * mm(9)), line, font=normal, fill=0)
    d.text((mm(25), mm(280)), FOOTER, font=small, fill=0)
    return img


def source_for(path: Path, kind: str, media_type: str) -> Source:
    import hashlib
    data = path.read_bytes()
    return Source(path=path, kind=kind, media_type=media_type,
                  sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                  received_at=datetime(2026, 11, 28, tzinfo=timezone.utc))


def text_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A born-digital PDF (reportlab): real text layer, no images."""
    from reportlab.lib.pagesizes import A4 as PDF_A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    c = canvas.Canvas(str(path), pagesize=PDF_A4)
    for lines in pages:
        c.setFont("DejaVuSans", 11)
        for i, line in enumerate(lines):
            c.drawString(70, 780 - 18 * i, line)
        c.showPage()
    c.save()
    return path


def scan_pdf(path: Path, page_images: list[Image.Image], junk_layer: str | None = None,
             junk_lines: int = 12) -> Path:
    """An image-only PDF page per image; `junk_layer` adds a broken text layer on top."""
    from reportlab.lib.pagesizes import A4 as PDF_A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=PDF_A4)
    for img in page_images:
        c.drawImage(ImageReader(img), 0, 0, width=PDF_A4[0], height=PDF_A4[1])
        if junk_layer:                    # invisible, like a scanner's own (broken) OCR layer
            text = c.beginText(60, 800)
            text.setTextRenderMode(3)
            for _ in range(junk_lines):
                text.textLine(junk_layer)
            c.drawText(text)
        c.showPage()
    c.save()
    return path


def grainy(img: Image.Image, ink: int = 110, paper: int = 205, sigma: float = 18) -> Image.Image:
    """Grey paper, grey toner and heavy grain: tesseract's global threshold sees only noise."""
    import numpy as np

    a = np.asarray(img.convert("L"), dtype=np.float32) / 255
    g = paper - (paper - ink) * (1 - a) + np.random.default_rng(1).normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
