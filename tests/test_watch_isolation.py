"""`watch` under trouble: a broken machine ends it with its exit code (threads and all) so a
supervisor restarts it; an input another process takes away is skipped, not fatal."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

from .conftest import FORWARD_ALL_RULES, SAMPLES

MAILSORT = str(Path(sys.executable).with_name("mailsort"))


def test_watch_exits_with_code_3_when_tesseract_is_missing_and_leaves_the_input(
        tmp_path, config_dir, inbox):
    # With rules.yaml, watch runs the scheduler thread beside the watcher: the one that kept a
    # watcher alive after a fatal error.
    (config_dir / "rules.yaml").write_text(FORWARD_ALL_RULES, encoding="utf-8")
    (config_dir / "mailsort.yaml").write_text("watch: {stable_seconds: 0.2, poll_seconds: 0.1}\n",
                                              encoding="utf-8")
    shutil.copy2(SAMPLES / "letter-017.png", inbox / "letter-017.png")
    bare = tmp_path / "bin"                      # a PATH without tesseract and poppler
    bare.mkdir()
    env = {**os.environ, "PATH": str(bare)}
    proc = subprocess.run([MAILSORT, "watch", str(inbox), "--json", "--config", str(config_dir),
                           "--data", str(tmp_path / "data")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 3, proc.stderr
    assert "tesseract is not installed" in proc.stderr
    assert proc.stdout == ""                     # no item got a result: none was touched
    assert (inbox / "letter-017.png").exists()


def test_an_input_taken_away_while_it_is_read_is_skipped_with_a_log_line(settings, inbox, caplog):
    from mailsort.pipeline import Pipeline

    for name in ("letter-017.png", "letter-003.eml"):
        shutil.copy2(SAMPLES / name, inbox / name)
    gone = threading.Event()

    def take_it_away(pipeline) -> None:          # another mailsort, sharing the inbox
        while not gone.is_set():
            pool = pipeline.extractor._pool
            for proc in list((pool._processes or {}).values()) if pool else []:
                try:
                    if psutil.Process(proc.pid).children():
                        (inbox / "letter-017.png").unlink()
                        gone.set()
                except (psutil.NoSuchProcess, FileNotFoundError):
                    pass
            time.sleep(0.02)

    with Pipeline(settings, remove_inputs=True) as pipeline, caplog.at_level(logging.WARNING):
        thief = threading.Thread(target=take_it_away, args=(pipeline,), daemon=True)
        thief.start()
        outcomes = pipeline.process([(inbox / n, inbox) for n in ("letter-017.png", "letter-003.eml")])
        gone.set()
        thief.join()
    assert [Path(o.source).name for o in outcomes] == ["letter-003.eml"]
    assert outcomes[0].decision == "filed"
    assert "letter-017.png" in caplog.text and "skipped" in caplog.text
    assert not list((settings.data_dir / "quarantine").rglob("letter-017*"))
