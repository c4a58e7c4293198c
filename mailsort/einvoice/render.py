"""An XML-only e-invoice as a clean, readable A4 PDF with a real text layer (reportlab).

Laid out like a DIN 5008 letter (the buyer in the address window, the seller above it) so a person
reads it as an invoice and the text stages find the parties where letters keep them. German and
English labels. The original XML is archived beside it byte for byte; this is only its picture.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..model import EInvoice, EParty
from .codes import roles

MAX_LINES = 300          # more lines go to the original XML; the picture stays a few pages
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_fonts: tuple[str, str] | None = None


def _font_pair() -> tuple[str, str]:
    """DejaVu Sans (umlauts, ß, €, ≠) regular and bold; Helvetica when it is not installed."""
    global _fonts
    if _fonts is None:
        try:
            pdfmetrics.registerFont(TTFont("EInvSans", str(_FONT_DIR / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont("EInvSans-Bold", str(_FONT_DIR / "DejaVuSans-Bold.ttf")))
            _fonts = ("EInvSans", "EInvSans-Bold")
        except Exception:  # noqa: BLE001  a missing font file: plain Latin-1 still reads
            _fonts = ("Helvetica", "Helvetica-Bold")
    return _fonts


def de_money(value: Decimal | None, currency: str | None = None) -> str:
    """1234.5 -> '1.234,50 EUR' (sign kept), the way German invoices print amounts."""
    if value is None:
        return "–"
    text = f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{text} {currency}" if currency else text


def _de_date(value) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def _qty(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.normalize():f}".replace(".", ",")


def _address(p: EParty) -> list[str]:
    lines = [p.name or "", p.contact or "", p.street or "",
             " ".join(x for x in (p.postcode, p.city) if x), p.country or ""]
    return [ln for ln in lines if ln]


def render_pdf(inv: EInvoice, out: Path) -> Path:
    regular, bold = _font_pair()
    small = ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9)
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    head = ParagraphStyle("head", fontName=bold, fontSize=13, leading=16, spaceAfter=4)
    sub = ParagraphStyle("sub", fontName=bold, fontSize=10, leading=13, spaceBefore=8, spaceAfter=2)
    cur = inv.currency
    P = lambda t, s=body: Paragraph(escape(t).replace("\n", "<br/>"), s)  # noqa: E731

    story: list = []
    # Who wrote it heads the page, who receives it sits in the window: on a self-billed
    # invoice (389) that is the buyer writing to the seller.
    seller, addressee = roles(inv)
    story.append(P(seller.name or "", ParagraphStyle("lh", parent=head, fontSize=12)))
    seller_bits = [x for x in (seller.street, " ".join(filter(None, (seller.postcode, seller.city))),
                               seller.country) if x]
    ids = [f"USt-IdNr./VAT ID {seller.vat_id}" if seller.vat_id else "",
           f"Steuernummer/Tax no. {seller.tax_number}" if seller.tax_number else "",
           seller.contact or "", seller.email or ""]
    story.append(P(" · ".join(seller_bits + [i for i in ids if i]), small))
    story.append(Spacer(1, 14 * mm))
    # Address window (left) and information block (right), as in a letter.
    return_line = P(" · ".join([seller.name or ""] + seller_bits), small)
    window = [return_line, Spacer(1, 2 * mm), P("\n".join(_address(addressee)))]
    info_rows = [("Rechnungsnummer / Invoice no.", inv.number or "–"),
                 ("Rechnungsdatum / Invoice date", _de_date(inv.issue_date)),
                 ("Fälligkeitsdatum / Due date", _de_date(inv.due_date))]
    for label, value in (("Käuferreferenz (Leitweg-ID) / Buyer reference", inv.buyer_reference),
                         ("Bestellung / Purchase order", inv.order_reference),
                         ("Vertrag / Contract", inv.contract_reference),
                         ("Bezug auf Rechnung / Preceding invoice", inv.preceding_invoice),
                         ("USt-IdNr. Empfänger / Recipient VAT ID", addressee.vat_id),
                         ("Kontakt Empfänger / Recipient contact", addressee.email)):
        if value:
            info_rows.append((label, value))
    info = Table([[P(k, small), P(v, small)] for k, v in info_rows], colWidths=[48 * mm, 35 * mm])
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    top = Table([[window, info]], colWidths=[90 * mm, 83 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [top, Spacer(1, 10 * mm)]
    story.append(P(f"{inv.type_name or 'Rechnung / Invoice'} Nr. {inv.number or '–'}", head))

    lines = inv.lines[:MAX_LINES]
    if lines:
        rows = [["Pos.", "Bezeichnung / Description", "Menge / Qty", "Preis / Price", "USt / VAT",
                 "Betrag / Amount"]]
        for li in lines:
            rows.append([li.id or "", P(li.name or "", small), f"{_qty(li.quantity)} {li.unit or ''}".strip(),
                         de_money(li.net_price), f"{_qty(li.tax_rate)} %" if li.tax_rate is not None else "",
                         de_money(li.net_amount)])
        table = Table(rows, colWidths=[12 * mm, 68 * mm, 24 * mm, 22 * mm, 17 * mm, 30 * mm], repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("FONTNAME", (0, 0), (-1, 0), bold), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(table)
        if len(inv.lines) > MAX_LINES:
            story.append(P(f"… {len(inv.lines) - MAX_LINES} weitere Positionen / more lines: "
                           f"siehe Original-XML / see the original XML", small))
    story.append(Spacer(1, 5 * mm))

    totals = [("Summe Positionen / Line total", inv.net_total)]
    if inv.allowances:
        totals.append(("Nachlässe / Allowances", inv.allowances))
    if inv.charges:
        totals.append(("Zuschläge / Charges", inv.charges))
    totals.append(("Nettobetrag / Total without VAT", inv.tax_basis))
    for t in inv.taxes:
        rate = f"{_qty(t.rate)} %" if t.rate is not None else ""
        totals.append((f"USt / VAT {rate} ({t.category or ''}) auf / on {de_money(t.basis)}", t.amount))
    totals.append(("Umsatzsteuer gesamt / Total VAT", inv.tax_total))
    totals.append(("Bruttobetrag / Total with VAT", inv.gross_total))
    if inv.prepaid:
        totals.append(("Bereits gezahlt / Paid amount", inv.prepaid))
    if inv.third_party_payments:
        totals.append(("Zahlungen an Dritte / Third-party payments", inv.third_party_payments))
    if inv.rounding:
        totals.append(("Rundung / Rounding", inv.rounding))
    totals.append(("Zahlbetrag / Amount due", inv.amount_due))
    trows = [[k, de_money(v, cur)] for k, v in totals]
    ttable = Table(trows, colWidths=[110 * mm, 40 * mm], hAlign="RIGHT")
    ttable.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("FONTNAME", (0, -1), (-1, -1), bold), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    story.append(ttable)

    story.append(P("Zahlung / Payment", sub))
    pay = []
    if inv.payment_terms:
        pay.append(f"Zahlungsbedingungen / Payment terms: {inv.payment_terms}")
    if inv.iban:
        pay.append(f"IBAN: {inv.iban}" + (f"   BIC: {inv.bic}" if inv.bic else ""))
    if inv.payment_reference:
        pay.append(f"Verwendungszweck / Payment reference: {inv.payment_reference}")
    story.append(P("\n".join(pay) or "–"))
    if inv.documents:
        story.append(P("Anlagen / Supporting documents", sub))
        story.append(P("\n".join(f"{d.name} ({d.media_type}, {max(1, d.size // 1024)} KB)"
                                  + (f" – {d.description}" if d.description else "") for d in inv.documents)))
    if inv.problems:
        story.append(P("Prüfhinweise / Check results", sub))
        story.append(P("\n".join(f"• {p}" for p in inv.problems)))
    story.append(Spacer(1, 6 * mm))
    story.append(P(f"Lesefassung der strukturierten E-Rechnung / Readable copy of the structured "
                   f"e-invoice ({inv.syntax.upper()}, {inv.profile or 'Profil unbekannt / profile unknown'}). "
                   f"Rechtlich maßgeblich ist die Original-XML / The original XML is the legal invoice: "
                   f"{inv.origin}", small))

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=17 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"{inv.type_name or 'E-Rechnung'} {inv.number or ''}".strip(),
                            author=seller.name or "", subject="E-Rechnung / e-invoice")
    doc.build(story)
    return out
