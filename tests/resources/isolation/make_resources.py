"""Writes the real inputs of the isolation tests (run once by hand; the files are committed).

emoji-invoice.pdf  an e-invoice-like letter whose text layer holds characters outside the BMP
                   (emoji): pdfium reports them as UTF-16 surrogate pairs. Made with fpdf2
                   (pip install fpdf2), whose ToUnicode map writes such pairs correctly.
surrogate-subject.eml  a Subject whose encoded word decodes (UTF-7) to a lone surrogate.
"""

from pathlib import Path

HERE = Path(__file__).parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LETTER = ["Stadtwerke Beispielstadt GmbH - Postfach 12 34 - 20095 Hamburg", "",
          "Schmidt IT-Beratung GmbH", "Musterstraße 5", "20095 Hamburg", "",
          "Rechnung Nr. 2026-4711 \U0001F600 vom 12.11.2026", "",
          "Sehr geehrte Damen und Herren, vielen Dank für Ihren Auftrag \U0001F60A.",
          "Wir berechnen Ihnen die Stromlieferung für den Monat Oktober.",
          "Bitte überweisen Sie den Betrag von 123,45 EUR bis zum 30.11.2026.",
          "Mit freundlichen Grüßen, Ihre Stadtwerke \U0001F600"]
# Also the template of the 1 MB Subject mail, which the tests write themselves.
MAIL = """From: Stadtwerke Beispielstadt <rechnung@stadtwerke.example>
To: post@buero-mitte.example
Date: Thu, 12 Nov 2026 09:00:00 +0100
Subject: {subject}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Sehr geehrte Damen und Herren,
anbei Ihre Rechnung für Schmidt IT-Beratung GmbH.
Mit freundlichen Grüßen
"""


def main() -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 11, 12))
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=11)
    for line in LETTER:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / "emoji-invoice.pdf"))
    # "+2D0-" is UTF-7 for U+D834 alone: half of a surrogate pair, no character.
    (HERE / "surrogate-subject.eml").write_text(
        MAIL.format(subject="=?utf-7?Q?Rechnung_+2D0-_Oktober?="), encoding="utf-8")


if __name__ == "__main__":
    main()
