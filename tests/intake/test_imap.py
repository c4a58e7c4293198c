"""IMAP intake against a real dovecot: messages are filed, then flagged or moved; a kill between
fetch and filing loses nothing; a UIDVALIDITY change re-scans without filing anything twice."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import yaml

from mailsort.archive.index import Index
from mailsort.intake.imap import DONE_KEYWORD
from mailsort.service import poll_once
from mailsort.settings import load_settings

from ..conftest import SAMPLES, pick_samples

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
KILLHOOK = Path(__file__).resolve().parent / "killhook"


def configure(config_dir: Path, dovecot, **box) -> Path:
    mailbox = {"name": "mail-intake", "host": dovecot.host, "port": dovecot.port, "tls": False,
               "user": dovecot.user, "password_env": "MAILSORT_TEST_IMAP_PASSWORD", **box}
    (config_dir / "mailsort.yaml").write_text(yaml.safe_dump({"imap": [mailbox]}))
    return config_dir


def emails(n: int) -> list[bytes]:
    return [(SAMPLES / i["file"]).read_bytes() for i in pick_samples("email", n)]


def items(data: Path) -> list:
    return Index(f"sqlite:///{data / 'mailsort.db'}").list(limit=1000)


def test_messages_are_filed_then_moved_to_the_done_folder(config_dir, tmp_path, dovecot, monkeypatch):
    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", dovecot.password)
    configure(config_dir, dovecot, done_folder="Filed")
    mails = emails(3)
    with dovecot.client() as c:
        for m in mails:
            c.append("INBOX", m)
    settings = load_settings(config_dir, data_dir=tmp_path / "data")

    outcomes = poll_once(settings, lambda o: None)

    assert sorted(o.decision for o in outcomes) != [] and len(outcomes) == 3
    assert {o.decision for o in outcomes} <= {"filed", "review"}
    rows = items(tmp_path / "data")
    assert len(rows) == 3 and {r.station for r in rows} == {"mail-intake"}
    assert {r.kind for r in rows} == {"email"}
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert c.search(["NOT", "DELETED"]) == []
        c.select_folder("Filed")
        filed = c.search(["KEYWORD", DONE_KEYWORD.decode()])
        assert len(filed) == 3
        bodies = {d[b"BODY[]"] for d in c.fetch(filed, ["BODY.PEEK[]"]).values()}
        assert bodies == set(mails)                       # moved byte for byte, nothing lost
    assert not list((tmp_path / "data" / "spool" / "imap").rglob("*.eml"))

    assert poll_once(settings, lambda o: None) == []    # nothing left: nothing filed twice
    assert len(items(tmp_path / "data")) == 3


def test_without_a_done_folder_messages_are_flagged_and_stay_unread(config_dir, tmp_path, dovecot,
                                                                   monkeypatch):
    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", dovecot.password)
    configure(config_dir, dovecot)
    with dovecot.client() as c:
        for m in emails(2):
            c.append("INBOX", m)
    settings = load_settings(config_dir, data_dir=tmp_path / "data")

    assert len(poll_once(settings, lambda o: None)) == 2

    with dovecot.client() as c:
        c.select_folder("INBOX")
        flags = c.get_flags(c.search(["ALL"]))
        assert len(flags) == 2
        assert all(DONE_KEYWORD in f and b"\\Seen" not in f for f in flags.values())
    assert poll_once(settings, lambda o: None) == []


def test_a_kill_between_fetch_and_filing_loses_nothing(config_dir, tmp_path, dovecot):
    configure(config_dir, dovecot, done_folder="Filed")
    mail = emails(1)[0]
    with dovecot.client() as c:
        c.append("INBOX", mail)
    data = tmp_path / "data"
    env = {**os.environ, "MAILSORT_TEST_IMAP_PASSWORD": dovecot.password,
           "PYTHONPATH": str(KILLHOOK), "MAILSORT_TEST_KILL_BEFORE_FILING": "1"}
    args = [MAILSORT, "imap", "--json", "--config", str(config_dir), "--data", str(data)]

    # Its own session: the hook kills the whole group (service and text workers), nothing else.
    dead = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300,
                          start_new_session=True)

    assert dead.returncode == -9, dead.stderr
    assert len(list((data / "spool" / "imap").rglob("*.eml"))) == 1     # it was fetched ...
    assert items(data) == []                                            # ... and not filed
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert len(c.search(["NOT", "KEYWORD", DONE_KEYWORD.decode()])) == 1   # still waiting there

    del env["MAILSORT_TEST_KILL_BEFORE_FILING"]
    again = subprocess.run(args[:2] + ["--once"] + args[2:], env=env, capture_output=True,
                           text=True, timeout=300)

    assert again.returncode == 0, again.stderr
    lines = [json.loads(line) for line in again.stdout.splitlines()]
    assert [line["decision"] for line in lines] in (["filed"], ["review"])
    assert len(items(data)) == 1
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert c.search(["NOT", "DELETED"]) == []
        c.select_folder("Filed")
        assert len(c.search(["ALL"])) == 1


def test_a_uidvalidity_change_rescans_without_filing_twice(config_dir, tmp_path, dovecot, monkeypatch,
                                                          caplog):
    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", dovecot.password)
    configure(config_dir, dovecot, folders=["Scans"])
    first, second = emails(2)
    with dovecot.client() as c:
        c.create_folder("Scans")
        c.append("Scans", first)
        before = c.select_folder("Scans")[b"UIDVALIDITY"]
    settings = load_settings(config_dir, data_dir=tmp_path / "data")
    assert [o.decision for o in poll_once(settings, lambda o: None)] in (["filed"], ["review"])

    with dovecot.client() as c:              # the folder is rebuilt: same mail again, one new
        c.delete_folder("Scans")
        c.create_folder("Scans")
        c.append("Scans", first)
        c.append("Scans", second)
        after = c.select_folder("Scans")[b"UIDVALIDITY"]
    assert after != before

    with caplog.at_level(logging.WARNING):
        outcomes = poll_once(settings, lambda o: None)

    assert "UIDVALIDITY of Scans changed" in caplog.text
    assert sorted(o.decision for o in outcomes)[0] == "duplicate" and len(outcomes) == 2
    assert len(items(tmp_path / "data")) == 2
    state = json.loads((tmp_path / "data" / "spool" / "imap" / "mail-intake" / "state.json").read_text())
    assert state == {"Scans": after}


def test_an_unreachable_server_is_one_line_and_no_crash(config_dir, tmp_path, dovecot, monkeypatch,
                                                       caplog):
    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", "wrong-password")
    configure(config_dir, dovecot)
    settings = load_settings(config_dir, data_dir=tmp_path / "data")

    with caplog.at_level(logging.ERROR):
        assert poll_once(settings, lambda o: None) == []

    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "\n" not in errors[0]
    assert errors[0].startswith("imap mailbox mail-intake (mailroom@127.0.0.1:")
    assert "retried at the next poll" in errors[0]


def test_idle_makes_new_mail_due_at_once(config_dir, tmp_path, dovecot, monkeypatch):
    from mailsort.pipeline import Pipeline
    from mailsort.service import remote_intake

    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", dovecot.password)
    configure(config_dir, dovecot, idle=True)
    settings = load_settings(config_dir, data_dir=tmp_path / "data",
                             watch={"remote_poll_seconds": 3600})
    remote = remote_intake(settings, s3_inboxes=[])
    try:
        with Pipeline(settings, remove_inputs=True) as pipeline:
            assert remote.poll(pipeline.process) == []
            remote.wait(0.2)                                # in IDLE now; nothing came
            assert not remote.due()
            with dovecot.client() as c:
                c.append("INBOX", emails(1)[0])
            remote.wait(30)                                 # the server says EXISTS
            assert remote.due()                             # not after the hour: now
            outcomes = remote.poll(pipeline.process)        # IDLE ends before the fetch
        assert [o.decision for o in outcomes] in (["filed"], ["review"])
    finally:
        remote.close()
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert len(c.search(["KEYWORD", DONE_KEYWORD.decode()])) == 1


def test_tls_and_starttls_check_the_server_certificate(config_dir, tmp_path, dovecot, monkeypatch,
                                                      caplog):
    monkeypatch.setenv("MAILSORT_TEST_IMAP_PASSWORD", dovecot.password)
    with dovecot.client() as c:
        c.append("INBOX", emails(1)[0])
    # The test server's certificate is self-signed: without its CA the connection is refused.
    configure(config_dir, dovecot, port=dovecot.tls_port, tls=True)
    settings = load_settings(config_dir, data_dir=tmp_path / "data")
    with caplog.at_level(logging.ERROR):
        assert poll_once(settings, lambda o: None) == []
    assert "CERTIFICATE_VERIFY_FAILED" in caplog.text

    configure(config_dir, dovecot, port=dovecot.tls_port, tls=True, ca_file=str(dovecot.ca_file))
    outcomes = poll_once(load_settings(config_dir, data_dir=tmp_path / "data"), lambda o: None)
    assert [o.decision for o in outcomes] in (["filed"], ["review"])

    with dovecot.client() as c:
        c.append("INBOX", emails(2)[1])
    configure(config_dir, dovecot, tls=False, starttls=True, ca_file=str(dovecot.ca_file))
    outcomes = poll_once(load_settings(config_dir, data_dir=tmp_path / "data"), lambda o: None)
    assert [o.decision for o in outcomes] in (["filed"], ["review"])
    with dovecot.client() as c:
        c.select_folder("INBOX")
        assert len(c.search(["KEYWORD", DONE_KEYWORD.decode()])) == 2


def test_a_mailbox_name_used_twice_is_a_configuration_error(config_dir):
    import pytest

    from mailsort.errors import ConfigError

    box = {"name": "mail-intake", "host": "127.0.0.1", "user": "u", "password_env": "X"}
    (config_dir / "mailsort.yaml").write_text(yaml.safe_dump({"imap": [box, box]}))
    with pytest.raises(ConfigError, match=r"mailsort.yaml: imap: .*'mail-intake' is used twice"):
        load_settings(config_dir)


def test_doctor_logs_in_to_every_mailbox(config_dir, tmp_path, dovecot):
    configure(config_dir, dovecot, folders=["INBOX", "Missing"])
    run = [MAILSORT, "doctor", "--config", str(config_dir)]
    env = {**os.environ, "MAILSORT_TEST_IMAP_PASSWORD": dovecot.password,
           "MAILSORT_DATA_DIR": str(tmp_path / "data")}
    bad_folder = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert bad_folder.returncode == 1
    said = " ".join(bad_folder.stdout.split())      # rich wraps long lines
    assert "imap mailbox mail-intake (mailroom@127.0.0.1:" in said
    assert "opening folder Missing failed" in said

    configure(config_dir, dovecot)
    good = subprocess.run(run, env=env, capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stdout
    assert "ok  IMAP mailboxes and S3 inboxes" in good.stdout
