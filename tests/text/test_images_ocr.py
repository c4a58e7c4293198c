"""Scans (PNG, TIFF) through real tesseract: text, boxes, orientation, deskew, searchable PDF."""

from __future__ import annotations


import pytest
from PIL import Image

from textsamples import ADDRESS, DPI, grainy, letter_image, source_for
from mailsort.errors import CorruptInput, TooLarge
from mailsort.text.extract import Extractor
from mailsort.text.images import blank_band_centre, exif_turn
from mailsort.text.pdf import page_texts


def test_png_letter_is_read_with_boxes_and_searchable_pdf(settings, letter_png):
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(letter_png, "scan", "image/png"))
    page = doc.pages[0]
    assert page.method == "ocr" and page.rotation == 0 and page.skew == 0.0
    assert "Stromlieferung" in page.text and "10117 Berlin" in page.text
    assert page.confidence and page.confidence > 80
    berlin = next(w for w in page.words if w.text == "Berlin")
    # The postcode line sits ~70 mm from the top and 25+ mm from the left of an A4 page.
    assert 0.10 < berlin.x < 0.35 and 0.20 < berlin.y < 0.30 and 0 < berlin.w < 0.2
    assert doc.searchable_pdf and doc.searchable_pdf.exists()
    assert doc.searchable_pdf.parent == settings.data_dir / "tmp"
    texts = page_texts(doc.searchable_pdf)
    assert len(texts) == 1 and "Stromlieferung" in texts[0]


def test_empty_band_hints_at_upside_down_pages():
    page = letter_image()
    assert blank_band_centre(page) > 0.6            # a letter ends above an empty lower half
    assert blank_band_centre(page.rotate(180)) < 0.4


def test_upside_down_page_comes_back_upright(settings, tmp_path):
    path = tmp_path / "upside.png"
    letter_image().rotate(180).save(path, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        page = ex.extract(source_for(path, "scan", "image/png")).pages[0]
    assert page.rotation == 180
    assert "Sehr geehrte Damen und Herren" in page.text
    first = min(page.words, key=lambda w: w.y)
    assert first.text in ("Nordlicht", "Energie", "GmbH")   # the letterhead is on top again


def test_sideways_page_is_turned_and_zoned(settings, tmp_path):
    path = tmp_path / "sideways.png"
    letter_image().transpose(Image.Transpose.ROTATE_90).save(path, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(path, "scan", "image/png"))
    assert doc.pages[0].rotation == 90
    assert doc.zones.address.splitlines() == ADDRESS       # boxes are those of the upright page


def test_phone_photo_exif_orientation_is_applied(settings, tmp_path):
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 3                                   # stored upside down, "rotate 180 to view"
    letter_image().rotate(180).save(path, quality=85, dpi=(DPI, DPI), exif=exif)
    assert exif_turn(Image.open(path)) == 180
    with Extractor(settings) as ex:
        page = ex.extract(source_for(path, "scan", "image/jpeg")).pages[0]
    assert page.rotation == 180 and "Stromlieferung" in page.text


def test_three_degree_skew_is_corrected(settings, tmp_path):
    path = tmp_path / "skewed.jpg"
    letter_image().rotate(3, fillcolor=255, resample=Image.Resampling.BILINEAR).save(
        path, dpi=(DPI, DPI), quality=85)
    with Extractor(settings) as ex:
        page = ex.extract(source_for(path, "scan", "image/jpeg")).pages[0]
    assert page.skew == pytest.approx(-3.0, abs=0.3)
    assert "Rechnung Nr. 2026-4711" in page.text
    # Straightened: the words of one line share their top edge.
    line = [w for w in page.words if w.line == next(x.line for x in page.words
                                                    if x.text == "Stromlieferung")]
    assert max(w.y for w in line) - min(w.y for w in line) < 0.004


def test_grainy_low_contrast_scan_is_rescued(settings, tmp_path):
    path = tmp_path / "grainy.jpg"
    top = letter_image().crop((0, 0, 1654, 1000))          # the upper third keeps the test quick
    grainy(top).save(path, quality=80, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        page = ex.extract(source_for(path, "scan", "image/jpeg")).pages[0]
    # Plain `tesseract grainy.jpg` reads not one word of this page.
    assert "10117 Berlin" in page.text and "Friedrichstraße 88" in page.text
    assert page.rotation == 0


def test_multipage_tiff_gives_one_page_per_frame(settings, tmp_path):
    path = tmp_path / "three.tif"
    frames = [letter_image([f"Seite {n} von 3", "Mit freundlichen Grüßen"]).convert("1")
              for n in (1, 2, 3)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4",
                   dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(path, "scan", "image/tiff"))
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert [f"Seite {n} von 3" in p.text for n, p in enumerate(doc.pages, 1)] == [True] * 3
    texts = page_texts(doc.searchable_pdf)
    assert len(texts) == 3 and "Seite 2 von 3" in texts[1]


def test_decompression_bomb_is_too_large(tmp_path, settings):
    path = tmp_path / "bomb.png"
    Image.new("1", (1500, 1000), 1).save(path)
    small = settings.model_copy(update={"ocr": settings.ocr.model_copy(
        update={"max_image_pixels": 1_000_000})})
    with Extractor(small) as ex, pytest.raises(TooLarge, match="bomb.png"):
        ex.extract(source_for(path, "scan", "image/png"))


def test_too_many_frames_is_too_large(tmp_path, settings):
    path = tmp_path / "many.tif"
    frames = [Image.new("1", (100, 100), 1) for _ in range(4)]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    few = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"max_pages": 3})})
    with Extractor(few) as ex, pytest.raises(TooLarge, match="max_pages"):
        ex.extract(source_for(path, "scan", "image/tiff"))


def test_truncated_image_is_corrupt(tmp_path, settings, letter_png):
    path = tmp_path / "cut.png"
    path.write_bytes(letter_png.read_bytes()[:5000])
    with Extractor(settings) as ex, pytest.raises(CorruptInput, match="cut.png"):
        ex.extract(source_for(path, "scan", "image/png"))
