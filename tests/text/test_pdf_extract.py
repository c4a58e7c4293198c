"""PDFs: text layer when it is good, OCR when it is missing or junk, bad files rejected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from mailsort.errors import CorruptInput, EncryptedInput, TooLarge
from mailsort.text.extract import Extractor
from mailsort.text.pdf import page_image, page_texts
from textsamples import BODY, letter_image, scan_pdf, source_for, text_pdf


def pdf_source(path: Path):
    return source_for(path, "pdf", "application/pdf")


@pytest.fixture
def born_digital(tmp_path) -> Path:
    return text_pdf(tmp_path / "rechnung.pdf", [BODY, ["Seite 2", "Zahlbar bis 04.12.2026"]])


def test_born_digital_pdf_uses_text_layer_and_keeps_its_pages(settings, born_digital):
    with Extractor(settings) as ex:
        doc = ex.extract(pdf_source(born_digital))
    assert [p.method for p in doc.pages] == ["text-layer", "text-layer"]
    assert doc.pages[0].text.splitlines()[0] == BODY[0]          # umlauts intact, line order kept
    assert "Zahlbar bis 04.12.2026" in doc.pages[1].text
    assert all(w.conf == -1.0 for w in doc.pages[0].words)      # no OCR confidence: no OCR ran
    first = doc.pages[0].words[0]
    assert first.text == "Rechnung" and 0.1 < first.x < 0.15 and 0.05 < first.y < 0.08
    assert doc.searchable_pdf.read_bytes() == born_digital.read_bytes()


@pytest.mark.parametrize("layer, lines", [
    ("(cid:12)(cid:7) #%&/ ¤¤ 3", 12),                          # broken font encoding
    ("02.04.2026 13:51 Telefax von Kanzlei Brandt Seite 1/1", 1),   # a fax stamp over a scan
])
def test_garbage_or_thin_text_layer_is_ocrd(settings, tmp_path, layer, lines):
    path = scan_pdf(tmp_path / "junk.pdf", [letter_image()], junk_layer=layer, junk_lines=lines)
    with Extractor(settings) as ex:
        doc = ex.extract(pdf_source(path))
    assert doc.pages[0].method == "ocr"
    assert "Stromlieferung" in doc.pages[0].text and "cid" not in doc.pages[0].text
    assert "Telefax" not in doc.pages[0].text


def test_mixed_pdf_gets_ocr_page_only_where_needed(settings, tmp_path):
    born = text_pdf(tmp_path / "cover.pdf", [["Anschreiben zur Rechnung", "Anlage: Rechnung"]])
    scan = scan_pdf(tmp_path / "scan.pdf", [letter_image()])
    writer = PdfWriter()
    for src in (born, scan):
        writer.append(str(src))
    mixed = tmp_path / "mixed.pdf"
    writer.write(mixed)
    with Extractor(settings) as ex:
        doc = ex.extract(pdf_source(mixed))
    assert [p.method for p in doc.pages] == ["text-layer", "ocr"]
    assert doc.pages[1].rotation == 0 and "10117 Berlin" in doc.pages[1].text
    texts = page_texts(doc.searchable_pdf)
    assert len(texts) == 2 and "Anschreiben" in texts[0] and "Stromlieferung" in texts[1]


def test_encrypted_pdf_is_rejected(settings, tmp_path, born_digital):
    writer = PdfWriter(clone_from=str(born_digital))
    writer.encrypt(user_password="geheim", owner_password="geheim2")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    with Extractor(settings) as ex, pytest.raises(EncryptedInput, match="locked.pdf"):
        ex.extract(pdf_source(path))


def test_owner_password_only_pdf_is_read(settings, tmp_path, born_digital):
    writer = PdfWriter(clone_from=str(born_digital))
    writer.encrypt(user_password="", owner_password="nur-druck")
    path = tmp_path / "restricted.pdf"
    writer.write(path)
    assert PdfReader(path).is_encrypted
    with Extractor(settings) as ex:
        doc = ex.extract(pdf_source(path))
    assert doc.pages[0].method == "text-layer" and BODY[1] in doc.pages[0].text


def test_truncated_pdf_is_corrupt(settings, tmp_path, born_digital):
    path = tmp_path / "cut.pdf"
    path.write_bytes(born_digital.read_bytes()[:700])
    with Extractor(settings) as ex, pytest.raises(CorruptInput, match="cut.pdf"):
        ex.extract(pdf_source(path))


def test_page_limit(settings, tmp_path):
    path = text_pdf(tmp_path / "long.pdf", [[f"Seite {n}", *BODY] for n in range(4)])
    few = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"max_pages": 3})})
    with Extractor(few) as ex, pytest.raises(TooLarge, match="4 pages"):
        ex.extract(pdf_source(path))


def test_extract_many_goes_on_past_a_bad_item(settings, tmp_path, born_digital, letter_png):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    jobs = [(pdf_source(born_digital), None), (pdf_source(bad), None),
            (source_for(letter_png, "scan", "image/png"), None)]
    with Extractor(settings) as ex:
        results = {src.path.name: res for src, res in ex.extract_many(jobs)}
    assert set(results) == {"rechnung.pdf", "broken.pdf", "letter.png"}
    assert isinstance(results["broken.pdf"], CorruptInput)
    assert results["rechnung.pdf"].pages[0].method == "text-layer"
    assert "Stromlieferung" in results["letter.png"].pages[0].text


def _die_on_poison(path, name, max_pages, timeout):
    import os

    from mailsort.text.pages import pdf
    if "poison" in name:
        os._exit(3)                      # what a segfault in a C library looks like to the pool
    return pdf.text_layer(path, name, max_pages)


def test_a_worker_crash_fails_only_its_own_item(settings, tmp_path, monkeypatch):
    import mailsort.text.extract as extract_mod
    from mailsort.errors import WorkerCrashed

    monkeypatch.setattr(extract_mod, "layer_task", _die_on_poison)   # forked workers inherit it
    names = ["a.pdf", "poison.pdf", "b.pdf", "c.pdf"]
    jobs = [(pdf_source(text_pdf(tmp_path / n, [BODY])), None) for n in names]
    with Extractor(settings) as ex:
        results = {src.path.name: res for src, res in ex.extract_many(jobs)}
        assert set(results) == set(names)
        assert isinstance(results["poison.pdf"], WorkerCrashed)       # an input problem: quarantine
        assert all(results[n].pages[0].method == "text-layer" for n in names if n != "poison.pdf")
        # and the extractor goes on working with a fresh pool
        assert ex.extract(jobs[0][0]).pages[0].text.startswith(BODY[0])


def test_rotate_flag_keeps_word_boxes_on_the_page(settings, tmp_path, born_digital):
    writer = PdfWriter(clone_from=str(born_digital))
    writer.pages[0].rotate(90)                       # /Rotate 90: shown sideways, text unchanged
    path = tmp_path / "rotated.pdf"
    writer.write(path)
    with Extractor(settings) as ex:
        plain, turned = (ex.extract(pdf_source(p)).pages[0] for p in (born_digital, path))
    assert turned.method == "text-layer" and turned.text == plain.text
    assert [(w.x, w.y) for w in turned.words] == [(w.x, w.y) for w in plain.words]
    assert all(0 <= w.y <= 1 and 0 <= w.x <= 1 for w in turned.words)


def test_characters_outside_the_bmp_in_a_text_layer_come_out_whole():
    from mailsort.text.pdf import text_layer

    # pdfium reports each emoji as two UTF-16 code units (a surrogate pair).
    path = Path(__file__).resolve().parents[1] / "resources" / "isolation" / "emoji-invoice.pdf"
    [page] = text_layer(path)
    assert page.usable
    assert "Nr. 2026-4711 \U0001F600 vom" in page.text
    assert "\U0001F60A." in [w.text for w in page.words]
    page.text.encode("utf-8")                                   # strict: no lone surrogate


@pytest.mark.parametrize("mode", ["L", "1"])       # a grey JPEG scan; a bilevel (fax) scan
def test_a_scanned_page_is_read_from_its_own_image_at_its_own_dpi(settings, tmp_path, mode):
    img = letter_image().reduce(2).convert(mode)     # a 150 dpi scan
    path = tmp_path / "scan.pdf"
    img.save(path, "PDF", resolution=150.0)
    own, dpi = page_image(path, 0, tmp_path / "own", 10**9)
    size = Image.open(own).size if isinstance(own, Path) else own.size
    assert dpi == 150 and size == img.size
    assert isinstance(own, Path) == (mode == "L")    # the JPEG as it is, not decoded and re-encoded
    with Extractor(settings) as ex:
        doc = ex.extract(pdf_source(path))
    assert doc.pages[0].method == "ocr" and "Stromlieferung" in doc.pages[0].text
    box = PdfReader(doc.searchable_pdf).pages[0].mediabox     # the page keeps its size
    assert abs(float(box.width) - img.width / 150 * 72) < 2


def test_only_a_page_that_is_one_image_is_taken_as_its_image(tmp_path, born_digital):
    junk = scan_pdf(tmp_path / "junk.pdf", [letter_image()], junk_layer="Telefax", junk_lines=1)
    assert page_image(born_digital, 0, tmp_path / "a", 10**9) is None
    assert page_image(junk, 0, tmp_path / "b", 10**9) is None         # rendered, stamp and all
