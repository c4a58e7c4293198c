"""What a page costs in tesseract runs, and what tesseract is handed: counted from a log of the
real tesseract calls (issue 12: OCR as fast as tesseract alone)."""

from __future__ import annotations

from PIL import Image

from textsamples import DPI, letter_image, source_for
from mailsort.text import ocr
from mailsort.text.extract import Extractor


def test_upright_clean_page_costs_one_tesseract_run(settings, letter_png, tesseract_calls):
    with Extractor(settings) as ex:
        page = ex.extract(source_for(letter_png, "scan", "image/png")).pages[0]
    assert "Stromlieferung" in page.text
    # Orientation evident (portrait, its empty band below the text), address read well:
    # no OSD, no rescue pass, no second look at the address window.
    assert tesseract_calls("osd") == []
    assert len(tesseract_calls("ocr")) == 1


def test_upside_down_page_costs_one_osd_and_one_ocr_run(settings, tmp_path, tesseract_calls):
    path = tmp_path / "upside.png"
    letter_image().rotate(180).save(path, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        page = ex.extract(source_for(path, "scan", "image/png")).pages[0]
    assert page.rotation == 180 and "Stromlieferung" in page.text
    assert len(tesseract_calls("osd")) == 1            # asked before OCR, on the blank-band hint
    assert len(tesseract_calls("ocr")) == 1            # so the page is read once, upright


def test_grey_png_is_read_from_the_same_pixels_not_the_png(settings, letter_png, tmp_path,
                                                           tesseract_calls):
    """tesseract's PDF renderer deflates a PNG's pixels itself (slow on grain, large pages):
    it gets the page's pixels as PNM and reads the same words."""
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(letter_png, "scan", "image/png"))
    (run,) = tesseract_calls("ocr")
    assert run[0].endswith(".pgm") and "pdf" in run
    width, height = Image.open(letter_png).size
    direct = ocr.recognise(letter_png, tmp_path / "direct", "deu+eng", DPI, 60, width, height)
    assert [(w.text, w.x, w.y, w.conf) for w in doc.pages[0].words] == \
        [(w.text, w.x, w.y, w.conf) for w in direct.words]
    # The searchable page holds the scan as a JPEG at the page's own size (A4 at its dpi).
    data = doc.searchable_pdf.read_bytes()
    assert b"/DCTDecode" in data and b"/FlateDecode /Width" not in data
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(doc.searchable_pdf)
    w_pt, h_pt = pdf[0].get_size()
    assert abs(w_pt - width / DPI * 72) < 1 and abs(h_pt - height / DPI * 72) < 1


def test_bilevel_png_goes_to_tesseract_untouched(settings, tmp_path, tesseract_calls):
    path = tmp_path / "fax.png"
    letter_image().convert("1").save(path, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        ex.extract(source_for(path, "scan", "image/png"))
    (run,) = tesseract_calls("ocr")
    assert run[0] == str(path)
