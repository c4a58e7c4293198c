"""An email as a document: its header summary and body as page 1, rendered as a text PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ..model import EmailInfo, Page

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONT = "DejaVuSans"
_font_ready: str | None = None


def _font() -> str:
    """DejaVuSans for umlauts and ß; Helvetica (Latin-1 only) if it is not installed."""
    global _font_ready
    if _font_ready is None:
        try:
            pdfmetrics.registerFont(TTFont(_FONT, str(_FONT_DIR / "DejaVuSans.ttf")))
            _font_ready = _FONT
        except Exception:  # missing font file: degrade, the text layer is what matters
            _font_ready = "Helvetica"
    return _font_ready


def _fmt_date(value) -> str:
    return value.strftime("%d.%m.%Y %H:%M") if value else ""


def body_text(info: EmailInfo) -> str:
    """Header summary, the forwarded message's header, then the body text."""
    lines = [f"Von: {info.sender or ''}", f"An: {', '.join(info.recipients)}"]
    if info.intake_address and info.intake_address not in info.recipients:
        lines.append(f"Eingang: {info.intake_address}")
    lines += [f"Datum: {_fmt_date(info.date)}", f"Betreff: {info.subject or ''}"]
    fw = info.forwarded
    if fw and any([fw.sender, fw.recipient, fw.date, fw.subject]):
        lines += ["", "Weitergeleitete Nachricht:", f"Von: {fw.sender or ''}",
                  f"An: {fw.recipient or ''}", f"Datum: {_fmt_date(fw.date)}",
                  f"Betreff: {fw.subject or ''}"]
    if info.attachments:
        lines.append("Anhänge: " + ", ".join(a.filename for a in info.attachments))
    return "\n".join(lines) + "\n\n" + (info.body_text or "").strip()


def body_page(info: EmailInfo) -> Page:
    return Page(number=1, text=body_text(info), method="email-body")


def render_text_pdf(text: str, out: Path, title: str = "") -> Path:
    """Plain text as A4 pages with a real text layer (searchable, copyable)."""
    font, size, leading = _font(), 10, 13
    width, height = A4
    margin = 20 * mm
    c = canvas.Canvas(str(out), pagesize=A4, pageCompression=1)
    if title:
        c.setTitle(title)
    y = height - margin
    c.setFont(font, size)
    for para in text.replace("\r\n", "\n").split("\n"):
        wrapped = simpleSplit(para.expandtabs(4), font, size, width - 2 * margin) or [""]
        for line in wrapped:
            if y < margin:
                c.showPage()
                c.setFont(font, size)
                y = height - margin
            c.drawString(margin, y, line)
            y -= leading
    c.showPage()
    c.save()
    return out
