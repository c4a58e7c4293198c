"""Kill -9 in the middle of a batch, start again: every input is filed exactly once, none is lost."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailsort.archive.index import Index
from mailsort.settings import load_settings

from .conftest import SAMPLES, pick_samples

MAILSORT = str(Path(sys.executable).with_name("mailsort"))


def make_inbox(inbox: Path) -> dict[str, bytes]:
    """Emails, born-digital PDFs and one scan; copies get a unique trailer so none is a duplicate."""
    items = pick_samples("email", 4) + pick_samples("pdf", 3) + pick_samples("scan", 1)
    contents = {}
    for n in range(2):
        for item in items:
            data = (SAMPLES / item["file"]).read_bytes()
            if n:
                data = data + b"\n% copy\n" if item["file"].endswith(".pdf") else \
                    (b"X-Copy: 1\n" + data if item["file"].endswith(".eml") else None)
            if data is None:
                continue
            name = f"{n}-{item['file']}"
            (inbox / name).write_bytes(data)
            contents[name] = data
    return contents


def start(inbox: Path, config: Path, data: Path) -> subprocess.Popen:
    return subprocess.Popen([MAILSORT, "process", str(inbox), "--remove-inputs", "--json",
                             "--config", str(config), "--data", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


@pytest.mark.parametrize("extra_delay", [0.05, 0.5])
def test_kill_mid_batch_then_restart_accounts_for_every_input_once(tmp_path, config_dir, extra_delay):
    inbox, data = tmp_path / "inbox", tmp_path / "data"
    inbox.mkdir()
    contents = make_inbox(inbox)
    proc = start(inbox, config_dir, data)
    first = proc.stdout.readline()          # one item is through: the batch is under way
    assert first.startswith("{"), proc.stderr.read()
    time.sleep(extra_delay)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    left_after_kill = {p.name for p in inbox.iterdir()}
    assert left_after_kill != set(contents), "the kill came before anything was filed"

    again = start(inbox, config_dir, data)
    out, err = again.communicate(timeout=600)
    assert again.returncode == 0, err

    assert list(inbox.iterdir()) == []
    settings = load_settings(config_dir, data_dir=data)
    index = Index(settings.db_url)
    rows = index.list(limit=1000)
    by_sha = {r.sha256: r for r in rows}
    assert len(rows) == len(by_sha) == len(contents)
    archive = settings.archive_path
    files = [p for p in archive.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.startswith(".") or ".tmp" in p.name], "temp files left"
    for name, data_bytes in contents.items():
        row = by_sha[hashlib.sha256(data_bytes).hexdigest()]
        assert row.decision in ("filed", "review"), (name, row.decision, row.reason)
        originals = [p for p in files if row.item_id[:8] in p.name and ".orig." in p.name]
        assert len(originals) == 1 and originals[0].read_bytes() == data_bytes
        assert len([p for p in files if row.item_id[:8] in p.name and p.suffix == ".pdf"
                    and ".orig." not in p.name]) == 1
