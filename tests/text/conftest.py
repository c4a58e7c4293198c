"""Fixtures of the text tests; the page renderers live in textsamples.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.settings import Settings
from textsamples import DPI, letter_image


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", ocr={"workers": 2, "page_timeout": 60})


@pytest.fixture
def letter_png(tmp_path: Path) -> Path:
    path = tmp_path / "letter.png"
    letter_image().save(path, dpi=(DPI, DPI))
    return path
