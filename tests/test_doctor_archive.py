"""`mailsort doctor --archive [--repair]` on an archive made by a real run, then damaged as a
killed process or a person with a file manager would leave it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from .conftest import SAMPLES

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
ITEMS = ["letter-003.eml", "letter-005.eml"]


def mailsort(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([MAILSORT, *args], capture_output=True, text=True, timeout=600)


def test_doctor_archive_finds_both_kinds_of_mismatch_and_repairs_what_is_safe(
        tmp_path, config_dir, inbox):
    from mailsort.archive import Index

    for name in ITEMS:
        shutil.copy2(SAMPLES / name, inbox / name)
    opts = ["--config", str(config_dir), "--data", str(tmp_path / "data")]
    run = mailsort("process", str(inbox), "--json", *opts)
    assert run.returncode == 0, run.stderr
    first, second = [json.loads(line) for line in run.stdout.splitlines()]
    assert mailsort("doctor", "--archive", *opts).returncode == 0        # a clean run: all agree

    db_url = f"sqlite:///{tmp_path / 'data' / 'mailsort.db'}"
    index = Index(db_url)
    lost = index.get(first["item_id"])
    with index.engine.begin() as conn:           # killed between the files and the index commit
        conn.execute(text("delete from items where item_id = :i"), {"i": first["item_id"]})
    index.close()
    archive_root = Path(second["archived_as"]).parents[3]
    stray = archive_root / "clients" / "stray.pdf"                # dropped in by hand
    shutil.copy2(SAMPLES / "letter-014.pdf", stray)
    Path(second["archived_as"]).unlink()                          # deleted by hand

    found = mailsort("doctor", "--archive", *opts)
    assert found.returncode == 1
    lines = found.stdout.splitlines()
    assert sum("without an index row" in line for line in lines) == 4, lines   # 3 of item 1, stray
    assert any(f"item {second['item_id']} names a missing file" in line for line in lines)

    repaired = mailsort("doctor", "--archive", "--repair", *opts)
    assert repaired.returncode == 1, repaired.stdout          # the lost PDF cannot be made again
    assert f"indexed again as item {first['item_id']}" in repaired.stdout
    assert "moved to quarantine" in repaired.stdout
    assert not stray.exists()
    quarantined = list((tmp_path / "data" / "quarantine").rglob("stray.pdf"))
    assert [p.read_bytes() for p in quarantined] == [(SAMPLES / "letter-014.pdf").read_bytes()]
    assert "archive-orphan" in quarantined[0].with_name("stray.pdf.reason.txt").read_text()

    index = Index(db_url)
    back = index.get(first["item_id"])
    assert (back.decision, back.client_id, back.archived_as, back.original_key) == \
        (lost.decision, lost.client_id, lost.archived_as, lost.original_key)
    assert back.text                                              # searchable again
    assert [e.stage for e in index.events(first["item_id"])][-1] == "reindexed"
    index.close()
    left = mailsort("doctor", "--archive", *opts)
    assert left.returncode == 1 and len(left.stdout.splitlines()) == 1
    assert "missing file" in left.stdout
