"""Missing tools and stuck pages become clear errors, not crashes."""

from __future__ import annotations

import pytest

from mailsort.errors import ToolFailed, ToolMissing
from mailsort.text.extract import Extractor
from mailsort.text.ocr import check_tools
from textsamples import source_for


def test_check_tools_on_this_machine_is_clean():
    assert check_tools("deu+eng") == []


def test_check_tools_names_missing_language_with_install_command():
    problems = check_tools("deu+eng+fra")
    assert problems == ["tesseract language 'fra' is missing: apt-get install tesseract-ocr-fra"]


def test_check_tools_without_tesseract_and_poppler(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))            # an empty PATH: nothing is installed
    problems = check_tools()
    assert problems == [
        "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-deu",
        "pdftoppm (poppler) is not installed: apt-get install poppler-utils"]


def test_extract_without_tesseract_raises_tool_missing(monkeypatch, tmp_path, settings, letter_png):
    monkeypatch.setenv("PATH", str(tmp_path))            # the pool's workers inherit this PATH
    with Extractor(settings) as ex, pytest.raises(ToolMissing, match="apt-get install"):
        ex.extract(source_for(letter_png, "scan", "image/png"))


def test_page_timeout_is_tool_failed(settings, letter_png):
    quick = settings.model_copy(update={"ocr": settings.ocr.model_copy(
        update={"page_timeout": 0.05})})
    with Extractor(quick) as ex, pytest.raises(ToolFailed, match="timed out on letter.png"):
        ex.extract(source_for(letter_png, "scan", "image/png"))
