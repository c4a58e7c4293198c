"""Conventions a user expects of any command line: --version, global -v/--quiet, --json on
listings, clean --help, exit codes from one enum, and no side effects in read-only commands."""

from __future__ import annotations

import json
import shutil
import subprocess

from mailsort import __version__
from mailsort.errors import ExitCode

from .conftest import SAMPLES, pick_samples
from .test_cli import MAILSORT, mailsort


def test_version_and_clean_help():
    done = mailsort("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"mailsort {__version__}"
    helptext = mailsort("search", "--help").stdout
    assert "--json" in helptext and "<bool>" not in helptext and "[default: None]" not in helptext
    assert "--install-completion" in mailsort("--help").stdout


def test_read_only_commands_leave_no_trace_and_say_what_is_missing(tmp_path, config_dir):
    cwd = tmp_path / "cwd"                 # the default data folder is ./mailsort-data
    cwd.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([MAILSORT, *args, "--config", str(config_dir)], cwd=cwd,
                              capture_output=True, text=True, timeout=120)

    searched, shown, checked = run("search", "Rechnung"), run("show", "0123456789abcdef"), run("rules", "check")
    for done in (searched, shown, checked):
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert searched.returncode == shown.returncode == ExitCode.STORAGE
    assert "not set up yet" in searched.stderr and "not set up yet" in shown.stderr
    assert checked.returncode == ExitCode.USAGE and "rules.yaml: file not found" in checked.stderr
    assert list(cwd.iterdir()) == []


def test_quiet_keeps_data_and_errors_but_drops_the_chatter(tmp_path, config_dir, inbox):
    email = pick_samples("email", 1)[0]["file"]
    shutil.copy2(SAMPLES / email, inbox / email)
    data = str(tmp_path / "data")
    loud = mailsort("process", str(inbox), "--config", str(config_dir), "--data", data)
    assert loud.returncode == 0 and email in loud.stdout and "1 item" in loud.stderr, loud.stderr
    quiet = mailsort("-q", "process", str(inbox), "--json", "--config", str(config_dir), "--data", data)
    assert quiet.returncode == 0 and quiet.stderr == ""
    assert json.loads(quiet.stdout)["decision"] == "duplicate"
    failed = mailsort("-q", "process", str(tmp_path / "nowhere"), "--config", str(config_dir))
    assert failed.returncode == ExitCode.FAILED and "no such file or folder" in failed.stderr


def test_listings_speak_json(tmp_path, config_dir):
    # Deadlines are kept by the rules stage, which runs where a rules file exists.
    (config_dir / "rules.yaml").write_text("defaults:\n  rules: []\n", encoding="utf-8")
    item = next(i for i in pick_samples("pdf", 10) if i["deadlines"])
    data = str(tmp_path / "data")
    assert mailsort("process", str(SAMPLES / item["file"]), "--config", str(config_dir), "--data", data).returncode == 0
    word = item["subject"].split()[0]
    [hit] = [json.loads(line) for line in mailsort("search", word, "--json", "--config", str(config_dir),
                                                   "--data", data).stdout.splitlines()]
    assert hit["item_id"] and hit["category"] == item["category"]
    deadlines = mailsort("deadlines", "--json", "--config", str(config_dir), "--data", data)
    assert deadlines.returncode == 0, deadlines.stderr
    rows = [json.loads(line) for line in deadlines.stdout.splitlines()]
    assert rows and {r["item_id"] for r in rows} == {hit["item_id"]}
    assert {r["due"] for r in rows} & set(item["deadlines"])
    assert mailsort("users", "list", "--json", "--config", str(config_dir), "--data", data).stdout == ""
