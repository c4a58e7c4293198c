"""The address window's second look (real tesseract) and the levelling of pale or unevenly lit pages."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from textsamples import ADDRESS, DPI, letter_image
from mailsort.text import images, pages, window
from mailsort.text.boxes import Box

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "text"
# A 150-dpi JPEG of textsamples' letter: grey toner on grey paper, blurred, grainy.
PALE_150 = RESOURCES / "pale-blurred-150dpi-letter.jpg"


@pytest.fixture
def one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(os.environ, "OMP_THREAD_LIMIT", "1")     # as in the pool's workers


def _read(path: Path, tmp_path: Path) -> pages.PageOut:
    job = pages.PageJob("image", path, 0, path.name, tmp_path / "p1", "deu+eng", 300, 60, 10**9)
    return pages._ocr_page(job)


def _address(out: pages.PageOut) -> list[str]:
    return [s.text for s in window.address_of(out.words)]


def test_pale_150dpi_address_is_read_right_on_a_second_look(tmp_path, one_thread, monkeypatch):
    out = _read(PALE_150, tmp_path)
    lines = _address(out)
    assert all(any(want in got for got in lines) for want in ADDRESS), lines
    assert "Müller Bau GmbH" in out.text and "10117 Berlin" in out.text
    # The block stands where it is printed, in page coordinates (~38 mm from the left, ~72 mm
    # from the top), though it was read from an enlarged cut-out.
    berlin = next(w for w in out.words if w.text == "Berlin")
    assert 0.15 < berlin.x < 0.22 and 0.22 < berlin.y < 0.26
    assert len({w.line for w in out.words}) == len(out.text.replace("\n\n", "\n").splitlines())

    # Without it the first read of the same page finds no address block at all.
    monkeypatch.setattr(window, "second_look", lambda *a, **k: None)
    (tmp_path / "first").mkdir()
    assert _address(_read(PALE_150, tmp_path / "first")) == []


def test_clean_page_gets_no_second_look(tmp_path, one_thread, monkeypatch):
    path = tmp_path / "letter.png"
    letter_image().save(path, dpi=(DPI, DPI))
    looks = []
    monkeypatch.setattr(window, "second_look", lambda *a, **k: looks.append(a) or None)
    out = _read(path, tmp_path)
    assert looks == [] and [s.text for s in window.address_of(out.words)][-4:] == ADDRESS


def test_pale_page_is_levelled_and_clean_page_left_alone():
    page = letter_image()
    assert images.even_out(page) is None
    assert images.even_out(page.convert("1")) is None
    pale = Image.fromarray((95 + np.asarray(page, dtype=np.float32) * 110 / 255).astype(np.uint8))
    levelled = np.asarray(images.even_out(pale))
    assert levelled.min() <= 10 and np.median(levelled) >= 245


def test_uneven_light_is_flattened():
    a = np.asarray(letter_image(), dtype=np.float32)
    light = np.linspace(1.0, 0.5, a.shape[1], dtype=np.float32)[None, :]   # darker to the right
    dim = Image.fromarray((a * light).astype(np.uint8))
    flat = np.asarray(images.even_out(dim), dtype=np.float32)
    left, right = flat[:, : flat.shape[1] // 5], flat[:, -flat.shape[1] // 5:]
    # Paper is the same white on both sides again (it was 255 against ~140).
    assert abs(np.median(left) - np.median(right)) <= 8 and np.median(right) >= 240


def test_splice_puts_the_new_block_in_place_of_the_old_words():
    head = Box("Nordlicht", 0.1, 0.05, 0.2, 0.02, 95, 1, 0)
    old = [Box("Mül1er", 0.12, 0.20, 0.1, 0.015, 30, 2, 1), Box("8au", 0.23, 0.20, 0.05, 0.015, 20, 2, 1)]
    body = Box("Sehr", 0.12, 0.40, 0.05, 0.015, 96, 3, 2)
    new = [Box("Müller", 0.12, 0.20, 0.1, 0.015, 90, 1, 0), Box("Bau", 0.23, 0.20, 0.05, 0.015, 91, 1, 0),
           Box("Berlin", 0.12, 0.23, 0.1, 0.015, 92, 1, 1)]
    words = window.splice([head, *old, body], new)
    assert [w.text for w in words] == ["Nordlicht", "Müller", "Bau", "Berlin", "Sehr"]
    assert [w.line for w in words] == [0, 3, 3, 4, 2] and {w.block for w in words[1:4]} == {4}
    assert window.text_of(words) == "Nordlicht\n\nMüller Bau\nBerlin\n\nSehr"


def test_later_page_without_address_gets_no_second_look(tmp_path, one_thread, monkeypatch):
    body = Image.new("L", letter_image().size, 255)
    body.paste(letter_image().crop((0, 800, body.width, 1300)), (0, 200))    # body text only
    path = tmp_path / "two.tif"
    letter_image().save(path, save_all=True, append_images=[body], dpi=(DPI, DPI))
    looks = []
    monkeypatch.setattr(window, "second_look", lambda *a, **k: looks.append(a) or None)
    job = pages.PageJob("image", path, 1, path.name, tmp_path / "p2", "deu+eng", 300, 60, 10**9)
    out = pages._ocr_page(job)
    assert "Stromlieferung" in out.text and window.address_of(out.words) == [] and looks == []
