"""The matcher on the shipped directory (config/clients.yaml, ~150 clients) with constructed letters.

The letters come from mailsort_lab.measure_matcher: its own wording and damage, not the
training or hold-out generators. Issue 3 asks for at most 0.5% misfiled and at least 85% filed;
12% of these items are for nobody, so 85% filed overall means nearly every client letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.routing.directory import load_directory

from mailsort_lab.measure_matcher import build, measure

CLIENTS = Path(__file__).resolve().parents[2] / "config" / "clients.yaml"


@pytest.mark.skipif(not CLIENTS.exists(), reason="config/clients.yaml not written yet")
def test_no_misfiles_and_high_auto_file_on_the_shipped_directory():
    directory = load_directory(CLIENTS)
    result = measure(directory, build(directory, 300, seed=11))
    total = result["stats"]["ALL"]
    misfiles = [e for e in result["errors"] if e.startswith("MISFILE")]
    assert misfiles == []
    assert total["filed"] / total["n"] >= 0.84, result["errors"][:10]
    nobody = [k for k in result["stats"] if k.startswith("nobody")]
    assert nobody and all(result["stats"][k]["filed"] == 0 for k in nobody)
