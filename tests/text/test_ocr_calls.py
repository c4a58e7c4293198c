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


def _grainy_png(path) -> None:
    """textsamples' letter with sensor grain: a PNG of ~0.5 bytes per pixel, as grainy scans are."""
    import numpy as np
    page = np.asarray(letter_image(), dtype=np.float32) * (215 / 255) + 20
    noise = np.random.default_rng(12).normal(0, 10, page.shape)
    Image.fromarray(np.clip(page + noise, 0, 255).astype(np.uint8)).save(path, dpi=(DPI, DPI))


def test_grainy_png_is_read_from_the_same_pixels_not_the_png(settings, tmp_path,
                                                             tesseract_calls):
    """tesseract's PDF renderer deflates a PNG's pixels itself (slow on grain, large pages):
    it gets the page's pixels as PNM and reads the same words."""
    path = tmp_path / "grainy.png"
    _grainy_png(path)
    with Extractor(settings) as ex:
        doc = ex.extract(source_for(path, "scan", "image/png"))
    (run,) = tesseract_calls("ocr")
    assert run[0].endswith(".pgm") and "pdf" in run
    width, height = Image.open(path).size
    direct = ocr.recognise(path, tmp_path / "direct", "deu+eng", DPI, 60, width, height)
    assert "Stromlieferung" in direct.text
    assert [(w.text, w.x, w.y, w.conf) for w in doc.pages[0].words] == \
        [(w.text, w.x, w.y, w.conf) for w in direct.words]
    # The searchable page holds the scan as a JPEG at the page's own size (A4 at its dpi).
    data = doc.searchable_pdf.read_bytes()
    assert b"/DCTDecode" in data
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(doc.searchable_pdf)
    w_pt, h_pt = pdf[0].get_size()
    assert abs(w_pt - width / DPI * 72) < 1 and abs(h_pt - height / DPI * 72) < 1


def test_clean_and_bilevel_pngs_go_to_tesseract_untouched(settings, tmp_path, letter_png,
                                                          tesseract_calls):
    """A clean page deflates fast and small (0.01-0.05 bytes per pixel): tesseract gets the file."""
    fax = tmp_path / "fax.png"
    letter_image().convert("1").save(fax, dpi=(DPI, DPI))
    with Extractor(settings) as ex:
        for path in (letter_png, fax):
            ex.extract(source_for(path, "scan", "image/png"))
    assert [run[0] for run in tesseract_calls("ocr")] == [str(letter_png), str(fax)]


def _page_without_postcode() -> Image.Image:
    """textsamples' letter, its address block ending in a town without a postcode: a found but
    poor block (is_poor), so the window gets its second look."""
    from PIL import ImageDraw, ImageFont
    from textsamples import ADDRESS, FONT, mm
    img = letter_image()
    d = ImageDraw.Draw(img)
    d.rectangle((mm(25), mm(55) + 3 * mm(5.5), mm(100), mm(55) + 4 * mm(5.5)), fill=255)
    d.text((mm(25), mm(55) + 3 * mm(5.5)), ADDRESS[3].split()[-1], fill=0,
           font=ImageFont.truetype(FONT, 30))
    return img


def test_second_look_reads_only_the_rows_around_the_block(tmp_path, tesseract_calls,
                                                          monkeypatch):
    from mailsort.text import pages, window
    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")
    path = tmp_path / "nopostcode.png"
    _page_without_postcode().save(path, dpi=(DPI, DPI))
    job = pages.PageJob("image", path, 0, path.name, tmp_path / "p1", "deu+eng", 300, 60, 10**9)
    out = pages._ocr_page(job)
    assert "Friedrichstraße 88" in out.text
    looks = [r for r in tesseract_calls("ocr") if r[1].endswith("-window")]
    assert len(looks) == 1
    with Image.open(looks[0][0]) as crop:
        height_mm = crop.height / window.LOOK_DPI * 25.4
    column = window.CROP[3] - window.CROP[1]
    # The block (55-77 mm) and 15 mm either side, not the whole window column (106 mm).
    assert height_mm < 0.6 * column


def test_second_look_crop_falls_back_to_the_whole_column():
    from mailsort.text import layout, window
    assert window._crop([]) == window.CROP                  # no block found: read it all
    far = layout.Segment([], 20.0, 200.0, 90.0, 205.0)     # a "block" in the body text
    assert window._crop([far]) == window.CROP
    near = [layout.Segment([], 20.0, 50.0, 90.0, 55.0), layout.Segment([], 20.0, 66.0, 90.0, 71.0)]
    assert window._crop(near) == (window.CROP[0], 35.0, window.CROP[2], 86.0)
