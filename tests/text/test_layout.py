"""Layout zones: the address is found in the window, and by its patterns when a scan is shifted."""

from __future__ import annotations

from mailsort.model import Page, Word
from mailsort.text.extract import Extractor
from mailsort.text.layout import zones
from textsamples import ADDRESS, LETTERHEAD, source_for


def page_of(lines: list[tuple[float, float, str, float]]) -> Page:
    """Words from (x mm, y mm, text, font height mm) lines, as a text layer would give them."""
    words = []
    for n, (x, y, text, h) in enumerate(lines):
        cx = x
        for token in text.split():
            w = len(token) * h * 0.55
            words.append(Word(text=token, x=cx / 210, y=y / 297, w=w / 210, h=h / 297, line=n))
            cx += w + h * 0.3
    return Page(number=1, text="\n".join(t for _, _, t, _ in lines), words=words,
                method="text-layer")


def test_ocr_letter_zones(settings, letter_png):
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(letter_png, "scan", "image/png"))
    z = doc.zones
    assert z.letterhead == LETTERHEAD
    assert "Hafenstraße 12" in z.return_line and "20457 Hamburg" in z.return_line
    assert z.address.splitlines() == ADDRESS
    assert "Datum: 20.11.2026" in z.info_block and "Kundennummer" in z.info_block
    assert "Müller" not in z.info_block and "Datum" not in z.address
    assert z.body.startswith("Rechnung Nr. 2026-4711") and "Berlin" not in z.body
    assert z.footer.startswith("Sparkasse Hamburg") and "IBAN" not in z.body


def test_shifted_scan_address_found_by_its_patterns():
    # Everything 22 mm lower and 8 mm further right than DIN 5008 form B: outside the window.
    page = page_of([
        (30, 12, "Schmidt IT Services GmbH", 6.0), (150, 14, "Tel. 030 1234", 3.0),
        (33, 72, "Schmidt IT Services GmbH · Am Markt 1 · 12345 Berlin", 2.2),
        (33, 85, "Kanzlei Brandt & Partner", 4.0), (33, 90.5, "c/o Virtual Office Mitte", 4.0),
        (33, 96, "Postfach 2207", 4.0), (33, 101.5, "10117 Berlin", 4.0),
        (133, 85, "Datum: 02.12.2026", 3.5), (133, 90, "Ihr Zeichen: KB-17", 3.5),
        (33, 125, "Angebot für Ihre neue Telefonanlage", 4.0),
        (33, 135, "Sehr geehrte Damen und Herren, wir freuen uns über Ihr Interesse.", 4.0),
        (33, 280, "Schmidt IT Services GmbH · HRB 999 · IBAN DE12 3456", 2.5),
    ])
    z = zones(page)
    assert z.address.splitlines() == ["Kanzlei Brandt & Partner", "c/o Virtual Office Mitte",
                                      "Postfach 2207", "10117 Berlin"]
    assert z.return_line.startswith("Schmidt IT Services GmbH · Am Markt 1")
    assert z.letterhead.splitlines()[0].startswith("Schmidt IT Services GmbH")
    assert "Tel. 030 1234" in z.letterhead
    assert z.info_block.splitlines() == ["Datum: 02.12.2026", "Ihr Zeichen: KB-17"]
    assert z.body.startswith("Angebot für Ihre neue Telefonanlage")
    assert z.footer.startswith("Schmidt IT Services GmbH · HRB 999")


def test_body_text_without_address_block():
    page = page_of([(25, 40, "Protokoll der Sitzung", 5.0),
                    (25, 60, "Anwesend waren alle Mitglieder des Vorstands.", 4.0)])
    z = zones(page)
    assert z.address == "" and z.return_line == ""
    assert "Anwesend waren" in z.body


def test_page_without_boxes_is_all_body():
    page = Page(number=1, text="Von: a@b.de\n\nHallo zusammen", method="email-body")
    assert zones(page).body == "Von: a@b.de\n\nHallo zusammen"
    assert zones(page).address == ""


def test_return_line_inside_the_block_is_split_off():
    # Form A, the return line tight above the address and a speck of dust above both.
    page = page_of([
        (25, 10, "Berufsgenossenschaft Handel", 5.0),
        (26, 37, "\\", 2.0),
        (25, 40.5, "BG Handel - Hafenstraße 89a - 28195 Bremen", 2.0),
        (25, 45, "Özdemir Bautechnik", 4.0), (25, 50, "Herrn Stefan Koch", 4.0),
        (25, 55, "Friedrichstraße 123, Box 4711", 4.0), (25, 60, "10117 Berlin", 4.0),
        (25, 100, "Beitragsbescheid 2026", 4.0),
    ])
    z = zones(page)
    assert z.address.splitlines()[0] == "Özdemir Bautechnik" and len(z.address.splitlines()) == 4
    assert z.return_line == "BG Handel - Hafenstraße 89a - 28195 Bremen"
    assert z.letterhead == "Berufsgenossenschaft Handel"
