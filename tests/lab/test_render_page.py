"""Rendered pages: A4 geometry, readable by real tesseract, scanner artefacts, scan files."""

from __future__ import annotations

import random

import numpy as np
import pytest
import pytesseract
from PIL import Image
from pypdf import PdfReader

from mailsort_lab.render import ScanProfile, render_pages, render_pdf, save_scan, scanify
from mailsort_lab.render.example import example_letter


@pytest.fixture(scope="module")
def page200():
    return render_pages(example_letter("de"), dpi=200, layout="B", font="dejavu-sans")


def test_page_is_a4_at_the_requested_dpi(page200):
    w, h = page200[0].size
    assert (w, h) == (1654, 2339)                     # 210 x 297 mm at 200 dpi
    assert abs(h / w - 297 / 210) < 0.002


@pytest.fixture(scope="module")
def ocr200(page200):
    """One real tesseract run over the 200-dpi page: words with boxes, joined into lines."""
    data = pytesseract.image_to_data(page200[0], lang="deu", output_type=pytesseract.Output.DICT)
    lines: dict[tuple, list[str]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip():
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(word)
    return data, [" ".join(ws) for ws in lines.values()]


def test_tesseract_reads_subject_and_recipient_back(ocr200):
    _, lines = ocr200
    assert "Zahlungserinnerung zur Rechnung R-2026-18832" in lines
    # The address may share a line with the info block beside it; the name must be whole.
    assert any("Müller Bau GmbH" in line for line in lines)
    assert any("Postfach 1042" in line for line in lines)


def test_recipient_sits_in_the_form_b_window(ocr200):
    data, _ = ocr200
    i = data["text"].index("Postfach")
    top_mm, left_mm = data["top"][i] / 200 * 25.4, data["left"][i] / 200 * 25.4
    assert 45 <= top_mm <= 90 and 20 <= left_mm <= 30


def test_long_letters_run_to_numbered_pages():
    pages = render_pages(example_letter("de", paragraphs=14), dpi=100, layout="A")
    assert len(pages) >= 2
    bottom = pages[-1].crop((0, int(pages[-1].height * 0.86), pages[-1].width, int(pages[-1].height * 0.92)))
    text = pytesseract.image_to_string(bottom.resize((bottom.width * 3, bottom.height * 3)), lang="deu")
    assert f"Seite {len(pages)} von {len(pages)}" in text


def test_scanify_turns_fades_and_greys_the_page():
    clean = render_pages(example_letter("de"), dpi=150, layout="A")
    profile = ScanProfile(dpi=150, skew=2.0, rotations=[90], noise=6, ink=70, paper=210)
    scan = scanify(clean, random.Random(1), profile)[0]
    assert scan.size == (clean[0].height, clean[0].width)          # sideways
    hist = scan.histogram()
    assert sum(hist[:40]) < 0.0005 * sum(hist)                      # faded toner: no deep black
    assert max(range(256), key=lambda v: hist[v]) in range(200, 221)  # grey paper
    assert sum(hist[:120]) > 0.005 * sum(hist)                      # but the text is still there


def test_fax_profile_is_one_bit_150dpi_with_a_header():
    scans = scanify(render_pages(example_letter("de"), dpi=150), random.Random(3), "fax")
    assert scans[0].mode == "1" and scans[0].info["dpi"] == (150, 150)


def test_multi_page_tiff_and_pdf_keep_every_page(tmp_path):
    pages = scanify(render_pages(example_letter("de", paragraphs=14), dpi=100), random.Random(2), "bw")
    assert len(pages) >= 2
    tif = save_scan(pages, tmp_path / "x.tif")
    with Image.open(tif) as im:
        assert im.n_frames == len(pages)
    pdf = save_scan(pages, tmp_path / "x.pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == len(pages)
    assert reader.pages[0].extract_text().strip() == ""              # image only, no text layer


def test_born_digital_pdf_has_the_letter_as_text(tmp_path):
    path = render_pdf(example_letter("en"), tmp_path / "letter.pdf", layout="A")
    text = PdfReader(path).pages[0].extract_text()
    assert "Invoice INV-2026-0912 for office furniture" in text
    assert "Harbor Lane Consulting GmbH" in text
    assert "Box 2207" in text


def test_long_names_and_references_stay_inside_window_and_page():
    from mailsort_lab.render.fonts import Typeface
    from mailsort_lab.render.layout import INFO_X, Design, Text, lay_out

    letter = example_letter("de")
    letter.recipient_lines[0] = "Taubenstein Finanzberatung und Vermögensverwaltung UG (haftungsbeschränkt)"
    letter.recipient_lines.insert(1, "c/o Büro Mitte Services GmbH")
    letter.recipient_lines.insert(2, "z. Hd. Frau Dr. Annegret Sommerfeld-Wiesenthal")
    letter.info_block.append(("Aktenzeichen", "AZ-2026/0004711-VOLLSTRECKUNG-XYZ"))
    design = Design(form="A", typeface=Typeface("liberation-mono", 12.0), info_style="stacked")
    ops = [op for op in lay_out(letter, design).pages[0] if isinstance(op, Text)]
    window = [op for op in ops if op.x == 25 and 27 + 15 < op.y < 27 + 45 and not op.underline]
    assert " ".join(op.text for op in window).startswith(" ".join(letter.recipient_lines[:3]))
    assert window[-1].text == letter.recipient_lines[-1]
    for op in window:                                  # DIN 5008: 85 mm wide, 27..72 mm from the top
        assert op.x + design.typeface.width(op.text, op.style, op.size) <= 20 + 85
        assert 27 + 17 <= op.y <= 72
    value = next(op for op in ops if op.text.startswith("AZ-2026"))
    assert value.x >= INFO_X and value.x + design.typeface.width(value.text, "regular", value.size) <= 200


def test_colour_scan_keeps_the_letterhead_colour():
    import dataclasses

    from mailsort_lab.render.page import default_design

    letter = example_letter("de")
    design = dataclasses.replace(default_design(letter, "A"), accent=(150, 20, 30), head_grey=0)
    clean = render_pages(letter, dpi=100, design=design, colour=True)
    assert clean[0].mode == "RGB"
    scan = scanify(clean, random.Random(4), ScanProfile(dpi=100, noise=3, colour=True))[0]
    assert scan.mode == "RGB"
    head = scan.crop((0, 0, scan.width, round(27 / 25.4 * 100)))      # the letterhead zone
    px = np.asarray(head).astype(int)
    reds = int(((px[..., 0] > 110) & (px[..., 1] < 80) & (px[..., 2] < 90)).sum())
    assert reds > 200
    grey = scanify(render_pages(letter, dpi=100, design=design), random.Random(4), ScanProfile(dpi=100))[0]
    assert grey.mode == "L"
