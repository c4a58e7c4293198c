"""Logs: one line per message on the console, the full record with tracebacks in the log file,
JSON lines on request."""

from __future__ import annotations

import json
import logging

import pytest

from mailsort import logs

from .test_cli import mailsort


@pytest.fixture
def own_root_logger():
    """logs.setup() takes over the root logger as the CLI does; give pytest's handlers back after."""
    root = logging.getLogger()
    saved, level = list(root.handlers), root.level
    yield root
    for h in list(root.handlers):
        root.removeHandler(h)
        if h not in saved:
            h.close()
    for h in saved:
        root.addHandler(h)
    root.setLevel(level)


def test_console_gets_one_line_and_the_file_the_traceback(tmp_path, capfd, own_root_logger):
    logs.setup()
    path = logs.to_file(tmp_path / "data")
    try:
        raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
    except UnicodeError:
        logging.getLogger("mailsort.test").error("letter.pdf: internal error in routing", exc_info=True)
        logging.getLogger("mailsort.test").info("letter.pdf: routed")
    err = capfd.readouterr().err
    assert err == "ERROR letter.pdf: internal error in routing\n"
    text = path.read_text(encoding="utf-8")
    assert "letter.pdf: internal error in routing" in text and "Traceback" in text
    assert "letter.pdf: routed" in text                       # INFO reaches the file, not the console


def test_log_json_and_the_run_s_log_file(tmp_path, config_dir, inbox):
    (inbox / "empty.pdf").write_bytes(b"")
    data = tmp_path / "data"
    done = mailsort("--log-json", "process", str(inbox), "--json", "--config", str(config_dir), "--data", str(data))
    assert done.returncode == 4
    lines = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    [quarantined] = [r for r in lines if "quarantined as" in r["message"]]
    assert quarantined["level"] == "error" and quarantined["time"].endswith("+00:00")
    assert "quarantined as" in (data / logs.LOG_FILE).read_text(encoding="utf-8")
