"""The hostile corpus (tests/resources/hostile/make.py) beside good letters, through one real
`mailsort process --json` and into a running `mailsort watch`: one line per input, nothing lost,
nothing written outside the data folder, memory bounded, good letters filed."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REPO, SAMPLES

sys.path.insert(0, str(REPO / "bench"))
from hostile_table import GOOD, TreeMemory, build_inbox, run_process, table  # noqa: E402

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
# Peak PSS of the whole process tree (main process, workers, tesseract, pdftoppm). One input
# alone stays under 500 MB; in the corpus run two heavy pages can be in the two workers at once
# (measured: ~585 MB, the 144 MP PNG decoded in one worker beside pdftoppm and tesseract; 651 MB
# in the suite's clock-shifted run, where every Python process also loads time-machine).
PEAK_ONE_MB = 500
PEAK_RUN_MB = 700
ESCAPES = [Path("/tmp/mailsort-escape.pdf"), Path("/etc/cron.d/mailsort.pdf")]


def _shown(name: str) -> str:
    """A file name as the JSON line shows it (undecodable bytes escaped)."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _contents(folder: Path) -> set[str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file() and not p.is_symlink()}


def _regular_inputs(inbox: Path) -> dict[str, str]:
    out = {}
    for entry in os.scandir(os.fsencode(inbox)):
        if entry.is_file(follow_symlinks=False):
            with open(entry.path, "rb") as fh:
                out[_shown(os.fsdecode(entry.name))] = hashlib.sha256(fh.read()).hexdigest()
    return out


@pytest.mark.slow
def test_hostile_corpus_through_one_process_run(tmp_path, config_dir):
    inbox, data, cwd = tmp_path / "inbox", tmp_path / "data", tmp_path / "cwd"
    inbox.mkdir()
    cwd.mkdir()
    expect = {_shown(k): v for k, v in build_inbox(inbox).items()}
    assert len(expect) >= 44
    before = {os.fsdecode(n) for n in os.listdir(os.fsencode(inbox))}
    for path in ESCAPES:
        assert not path.exists()

    start = time.monotonic()
    lines, mem, err, rc = run_process([inbox], config_dir, data, timeout=900,
                                      env={"OMP_THREAD_LIMIT": "1"})
    print(table(lines, mem, start))
    print(f"peak tree PSS {mem.peak >> 20} MB: {mem.at_peak}")

    assert rc == 4, err[-3000:]                               # something quarantined, run done
    assert "Traceback" not in err and "unexpected error" not in err
    by_name = {Path(o["source"]).name: o for _, o in lines}
    assert len(lines) == len(by_name) == len(expect), sorted(set(expect) ^ set(by_name))
    assert set(by_name) == set(expect)
    wrong = {n: (o["decision"], o["reason"]) for n, o in by_name.items()
             if o["decision"] not in expect[n]}
    assert not wrong, wrong
    for o in by_name.values():
        reason = o["reason"] or ""
        assert "\n" not in reason and "<_io" not in reason and "object at 0x" not in reason, reason
    # The limits said no before OCR, and said it in words.
    assert "none was OCR'd" in by_name["attachments-60.eml"]["reason"]
    assert "decompression bomb" in by_name["flate-bomb.pdf"]["reason"]
    assert "2000 pages" in by_name["pages-2000.pdf"]["reason"]

    # Nothing lost: every regular input's bytes are in the archive or the quarantine.
    kept = _contents(data)
    lost = [n for n, sha in _regular_inputs(inbox).items() if sha not in kept]
    assert not lost, lost
    # Nothing written elsewhere: the inbox as it was (process keeps inputs), no file in the
    # working folder, no attachment name that escaped, no scratch or spool file left behind.
    assert {os.fsdecode(n) for n in os.listdir(os.fsencode(inbox))} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "cwd", "data", "inbox"]
    assert list(cwd.iterdir()) == []
    for path in ESCAPES:
        assert not path.exists(), path
    assert not (data / "tmp").exists() or list((data / "tmp").rglob("*")) == []
    assert mem.peak < PEAK_RUN_MB << 20, f"{mem.peak >> 20} MB: {mem.at_peak}"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["png-bomb-under.png", "attachment-50mb.eml", "png-1200dpi.png"])
def test_the_heaviest_inputs_alone_keep_the_process_tree_under_500_mb(tmp_path, config_dir, name):
    sys.path.insert(0, str(REPO / "tests" / "resources" / "hostile"))
    import make

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    builder = {k[0]: k[1] for k in make.KINDS}[name]
    (inbox / name).write_bytes(builder())
    lines, mem, err, rc = run_process([inbox], config_dir, tmp_path / "data", timeout=300,
                                      env={"OMP_THREAD_LIMIT": "1"})
    assert rc == 0 and len(lines) == 1, err[-2000:]
    assert lines[0][1]["decision"] in ("filed", "review")   # read, not refused
    assert mem.peak < PEAK_ONE_MB << 20, f"{mem.peak >> 20} MB: {mem.at_peak}"


def _watch(inbox: Path, config: Path, data: Path) -> subprocess.Popen:
    return subprocess.Popen([MAILSORT, "watch", str(inbox), "--config", str(config),
                             "--data", str(data)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


@pytest.mark.slow
def test_watch_files_good_letters_beside_the_hostile_corpus_and_stays_alive(tmp_path, config_dir):
    from mailsort.archive.index import Index
    from mailsort.settings import load_settings

    inbox, data, staging = tmp_path / "inbox", tmp_path / "data", tmp_path / "staging"
    inbox.mkdir()
    (config_dir / "mailsort.yaml").write_text("watch: {stable_seconds: 0.5, poll_seconds: 0.2}\n",
                                              encoding="utf-8")
    expect = {_shown(k): v for k, v in build_inbox(staging, small=True).items()}
    shas = _regular_inputs(staging)
    proc = _watch(inbox, config_dir, data)
    try:
        time.sleep(3)                                      # watching
        # Dropped in as scanners and mail fetchers do: written elsewhere, moved in.
        for entry in os.scandir(os.fsencode(staging)):
            target = os.path.join(os.fsencode(inbox), entry.name)
            if stat.S_ISFIFO(entry.stat(follow_symlinks=False).st_mode):
                os.mkfifo(target)
            else:
                os.rename(entry.path, target)
        settings = load_settings(config_dir, data_dir=data)
        deadline = time.monotonic() + 420
        rows = {}
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(2)
            try:
                rows = {r.sha256: r for r in Index(settings.db_url).list(limit=1000)}
            except Exception:  # noqa: BLE001  the index may not exist yet
                continue
            if all(sha in rows for sha in shas.values()) and not os.listdir(inbox):
                break
        assert proc.poll() is None, proc.stderr.read().decode("utf-8", "replace")[-3000:]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    missing = [n for n, sha in shas.items() if sha not in rows]
    assert not missing, missing
    for name in GOOD:
        row = rows[shas[f"good-{name}"]]
        assert row.decision == "filed", (name, row.decision, row.reason)
    wrong = {n: (rows[s].decision, rows[s].reason) for n, s in shas.items()
             if rows[s].decision not in expect[n]}
    assert not wrong, wrong
    assert _contents(data) >= set(shas.values())            # every input's bytes kept
    assert os.listdir(inbox) == []                          # watch consumed every input


def test_a_page_past_the_worker_memory_limit_is_too_large_and_its_neighbours_are_read(
        tmp_path, config_dir):
    # The limit is the backstop behind the page and pixel checks: lowered here so that a page
    # those checks let through (144 MB once decoded) runs into it. (A `process` run: under
    # pytest the workers start from a bigger forkserver.)
    sys.path.insert(0, str(REPO / "tests" / "resources" / "hostile"))
    import make

    (config_dir / "mailsort.yaml").write_text("ocr: {max_memory_mb: 300}\n", encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "blank.png").write_bytes(make.png_bomb_under())
    shutil.copy2(SAMPLES / "letter-006.tif", inbox / "letter-006.tif")
    shutil.copy2(SAMPLES / "letter-001.pdf", inbox / "letter-001.pdf")
    lines, mem, err, rc = run_process([inbox], config_dir, tmp_path / "data", timeout=300,
                                      env={"OMP_THREAD_LIMIT": "1"})
    by_name = {Path(o["source"]).name: o for _, o in lines}
    assert rc == 4 and len(by_name) == 3, err[-2000:]
    assert by_name["blank.png"]["decision"] == "quarantined"
    assert by_name["blank.png"]["reason"] == ("blank.png page 1: needs more than the memory limit "
                                              "of 300 MB (ocr.max_memory_mb); possible "
                                              "decompression bomb")
    assert by_name["letter-006.tif"]["decision"] == "filed"
    assert by_name["letter-001.pdf"]["decision"] == "filed"
