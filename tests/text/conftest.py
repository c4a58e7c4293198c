"""Fixtures of the text tests; the page renderers live in textsamples.py."""

from __future__ import annotations

import json
import os
import shutil
import sys
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


_SHIM = """#!{python}
import json, os, subprocess, sys
with open({log!r}, "a") as fh:
    fh.write(json.dumps(sys.argv[1:]) + "\\n")
sys.exit(subprocess.call([{real!r}, *sys.argv[1:]]))
"""


@pytest.fixture
def tesseract_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every real tesseract run of the test, logged by a shim first on PATH (the workers get the
    PATH of the moment their pool starts): call the fixture for the argument lists so far."""
    real = shutil.which("tesseract")
    assert real, "tesseract is not installed"
    shim_dir, log = tmp_path / "shim", tmp_path / "tesseract-calls.jsonl"
    shim_dir.mkdir()
    shim = shim_dir / "tesseract"
    shim.write_text(_SHIM.format(python=sys.executable, log=str(log), real=real))
    shim.chmod(0o755)
    monkeypatch.setenv("PATH", f"{shim_dir}{os.pathsep}{os.environ['PATH']}")

    def calls(kind: str | None = None) -> list[list[str]]:
        runs = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        runs = [r for r in runs if r and not r[0].startswith("-")]      # not --version etc.
        if kind == "osd":
            return [r for r in runs if "osd" in r]
        if kind == "ocr":
            return [r for r in runs if "osd" not in r]
        return runs
    return calls
