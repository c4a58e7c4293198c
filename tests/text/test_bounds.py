"""Resource bounds of text extraction on real hostile files (tests/resources/hostile/make.py):
the workers' memory limit, pages scaled down before tesseract, an email's pages counted before
any OCR."""

from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PIL import Image

from mailsort.errors import TooLarge
from mailsort.intake.email import parse_email
from mailsort.model import Source
from mailsort.settings import Settings
from mailsort.text import images
from mailsort.text.extract import Extractor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resources" / "hostile"))
import make  # noqa: E402


def _source(path: Path, kind: str, media_type: str) -> Source:
    return Source(path=path, kind=kind, media_type=media_type, size=path.stat().st_size,
                  sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                  received_at=datetime(2026, 11, 28, tzinfo=timezone.utc))


@pytest.mark.parametrize(("size", "dpi", "factor"), [
    ((2480, 3508), 300, 0),            # A4 at the OCR dpi: untouched
    ((4960, 7016), 600, 2),            # twice the OCR dpi
    ((9920, 14032), 1200, 4),
    ((3000, 4000), 400, 0),            # a little above: not worth the blur
    ((12000, 12000), 600, 3),          # 144 MP: more than tesseract's 24 MP budget
])
def test_shrink_factor(size, dpi, factor):
    assert images.shrink_factor(*size, dpi, 300, 24_000_000) == factor


def test_shrink_turns_a_bilevel_page_grey_band_by_band():
    page = Image.new("1", (1203, 1000), 1)
    page.paste(0, (0, 0, 600, 500))                    # a black quarter
    small = images.shrink(page, 3)
    assert (small.mode, small.size) == ("L", (401, 333))
    assert small.getpixel((10, 10)) == 0 and small.getpixel((300, 300)) == 255
    assert small.getpixel((199, 10)) == 0 and small.getpixel((201, 10)) == 255


def test_blank_144_megapixel_png_is_read_at_a_bearable_size(tmp_path):
    path = tmp_path / "blank.png"
    path.write_bytes(make.png_bomb_under())
    settings = Settings(data_dir=tmp_path / "data", ocr={"workers": 1, "page_timeout": 120})
    with Extractor(settings) as ex:
        doc = ex.extract(_source(path, "scan", "image/png"))
    assert len(doc.pages) == 1 and doc.pages[0].text == ""


def test_an_email_with_more_pages_than_the_limit_is_refused_before_any_ocr(tmp_path):
    path = tmp_path / "60.eml"
    path.write_bytes(make.eml_60_attachments())
    with open(path, "rb") as fh:
        email = parse_email(fh, tmp_path)
    assert len(email.attachments) == 60
    settings = Settings(data_dir=tmp_path / "data", ocr={"workers": 1, "page_timeout": 60})
    with Extractor(settings) as ex:
        [(_, result)] = list(ex.extract_many([(_source(path, "email", "message/rfc822"), email)]))
    assert isinstance(result, TooLarge)
    assert str(result) == "60.eml: 60 pages, more than the limit of 50 (ocr.max_pages); none was OCR'd"
    assert not email.spool.exists()                     # spooled attachments removed


def test_poster_sized_pdf_page_is_rendered_below_the_ocr_pixel_budget(tmp_path):
    # 1684 x 2384 pt (A1): 49 MP at 300 dpi, twice tesseract's budget; rendered at ~210 dpi.
    img = make.letter_image((3508, 4967), mode="L")
    path = tmp_path / "a1.pdf"
    img.save(path, "PDF", resolution=150)
    settings = Settings(data_dir=tmp_path / "data", ocr={"workers": 1, "page_timeout": 120})
    with Extractor(settings) as ex:
        doc = ex.extract(_source(path, "pdf", "application/pdf"))
    assert doc.pages[0].method == "ocr" and "Stadtwerke" in doc.pages[0].text


def test_a_refused_attachment_is_not_read_and_the_body_page_says_so(tmp_path):
    path = tmp_path / "bomb.eml"
    path.write_bytes(make.eml_bomb_attachment())
    email = parse_email(path.read_bytes(), tmp_path)
    settings = Settings(data_dir=tmp_path / "data", ocr={"workers": 1, "page_timeout": 60})
    with Extractor(settings) as ex:
        doc = ex.extract(_source(path, "email", "message/rfc822"), email)
    assert [p.origin for p in doc.pages] == [None, "rechnung.pdf"]
    assert "Anhang nicht gelesen: anlage.pdf (anlage.pdf: page 1 of the PDF inflates" in doc.pages[0].text
