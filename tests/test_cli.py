"""The `mailsort` command as a user runs it: exit codes, JSON lines, one-line errors, watch mode."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from .conftest import SAMPLES, labelled_set, pick_samples

MAILSORT = str(Path(sys.executable).with_name("mailsort"))


def mailsort(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([MAILSORT, *args], capture_output=True, text=True, timeout=timeout)


def test_process_json_prints_one_object_per_item_and_exit_4_on_quarantine(tmp_path, config_dir, inbox):
    email = pick_samples("email", 1)[0]["file"]
    shutil.copy2(SAMPLES / email, inbox / email)
    (inbox / "empty.png").write_bytes(b"")
    result = mailsort("process", str(inbox), "--json", "--config", str(config_dir),
                      "--data", str(tmp_path / "data"))
    assert result.returncode == 4, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {Path(o["source"]).name for o in lines} == {email, "empty.png"}
    for o in lines:
        assert set(o) >= {"source", "item_id", "kind", "pages", "recipient", "category", "fields",
                          "decision", "reason", "archived_as"}
    bad = next(o for o in lines if o["source"].endswith("empty.png"))
    assert bad["decision"] == "quarantined" and "empty" in bad["reason"]
    assert "quarantined" in result.stderr            # the summary goes to stderr, not stdout


def test_table_search_and_show(tmp_path, config_dir):
    item = pick_samples("pdf", 1)[0]
    data = str(tmp_path / "data")
    table = mailsort("process", str(SAMPLES / item["file"]), "--config", str(config_dir), "--data", data)
    assert table.returncode == 0, table.stderr
    assert item["file"] in table.stdout and ("filed" in table.stdout or "review" in table.stdout)
    word = item["subject"].split()[0] if item.get("subject") else "Sehr"
    found = mailsort("search", word, "--config", str(config_dir), "--data", data)
    assert found.returncode == 0 and "1 hit" in found.stdout, found.stdout + found.stderr
    rows = json.loads(mailsort("process", str(SAMPLES / item["file"]), "--json", "--config",
                               str(config_dir), "--data", data).stdout)
    assert rows["decision"] == "duplicate"
    shown = mailsort("show", rows["item_id"], "--config", str(config_dir), "--data", data)
    detail = json.loads(shown.stdout)
    assert [e["stage"] for e in detail["events"]][:3] == ["received", "extracted", "routed"]
    assert "duplicate" in [e["stage"] for e in detail["events"]]


def test_a_broken_client_directory_is_one_line_naming_file_entry_and_key(tmp_path, config_dir):
    text = (config_dir / "clients.yaml").read_text(encoding="utf-8")
    # the second client's mailbox becomes a word
    lines = text.splitlines()
    mailbox_lines = [i for i, line in enumerate(lines) if line.strip().startswith("mailbox:")]
    lines[mailbox_lines[1]] = lines[mailbox_lines[1]].split(":")[0] + ": zweiundvierzig"
    (config_dir / "clients.yaml").write_text("\n".join(lines), encoding="utf-8")
    result = mailsort("process", str(SAMPLES), "--config", str(config_dir), "--data", str(tmp_path / "d"))
    assert result.returncode == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "clients.yaml" in message and "clients[1]" in message and "mailbox" in message


def test_doctor_reports_all_good_on_this_machine(config_dir, tmp_path):
    # In a folder of its own: doctor looks at ./mailsort-data, which another run may have left.
    result = subprocess.run([MAILSORT, "doctor", "--config", str(config_dir)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout
    assert "all good" in result.stdout


def test_watch_takes_existing_and_new_files_and_stops_cleanly_on_ctrl_c(tmp_path, config_dir, inbox):
    emails = [i["file"] for i in pick_samples("email", 3)]
    (inbox / "station-2").mkdir()
    shutil.copy2(SAMPLES / emails[0], inbox / emails[0])                  # there before start
    (config_dir / "mailsort.yaml").write_text("watch:\n  stable_seconds: 0.5\n  poll_seconds: 0.2\n")
    proc = subprocess.Popen([MAILSORT, "watch", str(inbox), "--json", "--config", str(config_dir),
                             "--data", str(tmp_path / "data")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # a scanner that writes a temporary name and renames it when done
        tmp_name = inbox / "station-2" / (emails[1] + ".part")
        tmp_name.write_bytes((SAMPLES / emails[1]).read_bytes())
        tmp_name.rename(inbox / "station-2" / emails[1])
        shutil.copy2(SAMPLES / emails[2], inbox / emails[2])
        seen = []
        deadline = time.monotonic() + 180
        while len(seen) < 3 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line:
                seen.append(json.loads(line))
        assert sorted(Path(o["source"]).name for o in seen) == sorted(emails)
        assert all(o["decision"] in ("filed", "review") for o in seen)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert [p for p in inbox.rglob("*") if p.is_file()] == []


def test_ctrl_c_during_ocr_finishes_the_page_in_flight_instead_of_quarantining_it(tmp_path, config_dir,
                                                                                  inbox):
    import psutil

    scan = pick_samples("scan", 1)[0]["file"]
    (config_dir / "mailsort.yaml").write_text("watch:\n  stable_seconds: 0.3\n  poll_seconds: 0.1\n")
    proc = subprocess.Popen([MAILSORT, "watch", str(inbox), "--json", "--config", str(config_dir),
                             "--data", str(tmp_path / "data")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        shutil.copy2(SAMPLES / scan, inbox / scan)
        deadline = time.monotonic() + 120
        ocr_running = False
        while not ocr_running and time.monotonic() < deadline:
            kids = psutil.Process(proc.pid).children(recursive=True)
            ocr_running = any("tesseract" in (k.name() or "") for k in kids if k.is_running())
            time.sleep(0.05)
        assert ocr_running, "tesseract never started"
    finally:
        os.killpg(proc.pid, signal.SIGINT)       # what a terminal's Ctrl-C does: the whole group
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    outcomes = [json.loads(line) for line in out.splitlines()]
    assert [Path(o["source"]).name for o in outcomes] == [scan]
    assert outcomes[0]["decision"] in ("filed", "review"), outcomes[0]
    assert not (inbox / scan).exists()


def test_eval_scores_a_labelled_folder_and_keeps_its_outcomes_for_rescoring(tmp_path, config_dir):
    folder = tmp_path / "set"
    chosen = labelled_set(folder, "email", 3)
    kept = tmp_path / "outcomes.jsonl"
    result = mailsort("eval", str(folder), "--json", "--outcomes", str(kept), "--config", str(config_dir))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["overall"]["n"] == 3
    assert {t["figure"] for t in report["targets"]} >= {"misfile_rate", "recipient_accuracy",
                                                        "sender_accuracy"}
    lines = [json.loads(line) for line in kept.read_text().splitlines()]
    assert sorted(Path(o["source"]).name for o in lines) == sorted(i["file"] for i in chosen)
    # The kept lines give the same figures again, without running the pipeline.
    rescored = subprocess.run([sys.executable, "-m", "mailsort.evaluate", str(folder), str(kept),
                               "--json"], capture_output=True, text=True, timeout=120)
    assert json.loads(rescored.stdout)["overall"] == report["overall"]
