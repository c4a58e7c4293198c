"""The product ships alone: a wheel built from the repo, with no checkout beside it, files mail with
the model it carries, and nothing in `mailsort/` needs the lab or scikit-learn to do so."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import REPO, SAMPLES

BORN_DIGITAL = ["letter-014.pdf", "letter-003.eml", "letter-005.eml"]   # no OCR: quick


@pytest.fixture(scope="module")
def wheel_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(REPO)],
                   check=True, capture_output=True, timeout=300)
    [wheel] = out.glob("mailsort-*.whl")
    site = out / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    return site


def run_installed(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    # -S: no site hooks, so neither the repo's editable install nor the lab is importable; the
    # third-party packages come from this environment's site-packages, mailsort from the wheel.
    deps = sysconfig.get_paths()["purelib"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{site}:{deps}", "OMP_THREAD_LIMIT": "1"}
    return subprocess.run([sys.executable, "-S", "-m", "mailsort", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def test_wheel_carries_the_model_and_no_lab(wheel_site: Path):
    names = {p.relative_to(wheel_site).as_posix() for p in wheel_site.rglob("*") if p.is_file()}
    assert {"mailsort/models/category.npz", "mailsort/models/category.json"} <= names
    # The schema comes from the migrations: without them an installed mailsort cannot start.
    assert {"mailsort/migrations/env.py", "mailsort/migrations/versions/0001_initial.py",
            "mailsort/migrations/versions/0002_work_claims.py"} <= names
    assert not [n for n in names if n.startswith(("lab/", "mailsort_lab/", "bench/", "tests/"))]


def test_installed_wheel_files_sample_mail_with_its_own_model(wheel_site: Path, tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in BORN_DIGITAL:
        shutil.copy2(SAMPLES / name, inbox / name)
    elsewhere = tmp_path / "cwd"           # no models/ or config/ here: nothing found by accident
    elsewhere.mkdir()
    version = run_installed(wheel_site, elsewhere, "--version")
    assert version.returncode == 0 and version.stdout.startswith("mailsort "), version.stderr
    done = run_installed(wheel_site, elsewhere, "process", str(inbox), "--json",
                         "--config", str(REPO / "config"), "--data", str(tmp_path / "data"))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    labels = {i["file"]: i for i in json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))["items"]}
    assert len(lines) == len(BORN_DIGITAL)
    for line in lines:
        expected = labels[Path(line["source"]).name]
        assert line["category"]["label"] == expected["category"]
        assert line["category"]["confidence"] > 0          # predicted by the shipped model
    probe = run_installed(wheel_site, elsewhere, "doctor")
    assert "scikit-learn" not in probe.stderr


def test_the_product_never_imports_the_lab():
    import ast

    offenders = []
    for path in (REPO / "mailsort").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] == "mailsort_lab"]
    assert offenders == []
