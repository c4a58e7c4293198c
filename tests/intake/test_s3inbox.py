"""S3 inboxes against moto's S3 server (real HTTP, real boto3): objects are filed, then moved to
the done prefix; an object fetched but not filed (a process that died) is taken again, filed once."""

from __future__ import annotations

import pytest

from mailsort.archive.index import Index
from mailsort.service import poll_once, remote_intake
from mailsort.settings import load_settings

from ..conftest import SAMPLES, pick_samples


@pytest.fixture
def s3(s3_bucket):
    return s3_bucket


def keys(client, bucket: str, prefix: str = "") -> list[str]:
    return sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", []))


def make_settings(config_dir, tmp_path, s3_endpoint):
    return load_settings(config_dir, data_dir=tmp_path / "data",
                         storage={"s3_endpoint_url": s3_endpoint, "s3_region": "eu-central-1"})


def test_objects_are_filed_then_moved_to_the_done_prefix(config_dir, tmp_path, s3_endpoint, s3):
    client, bucket = s3
    files = [i["file"] for i in pick_samples("pdf", 2)]
    for f in files:
        client.put_object(Bucket=bucket, Key=f"inbox/station-2/{f}", Body=(SAMPLES / f).read_bytes())
    client.put_object(Bucket=bucket, Key="inbox/station-2/upload.pdf.part", Body=b"half")
    settings = make_settings(config_dir, tmp_path, s3_endpoint)

    outcomes = poll_once(settings, lambda o: None, imap=False, s3_inboxes=[f"s3://{bucket}/inbox"])

    assert len(outcomes) == 2 and {o.decision for o in outcomes} <= {"filed", "review"}
    rows = Index(settings.db_url).list()
    assert len(rows) == 2 and {r.station for r in rows} == {"station-2"}
    assert keys(client, bucket, "inbox/") == ["inbox/station-2/upload.pdf.part"]   # a part: not ours
    assert keys(client, bucket, "done/") == sorted(f"done/inbox/station-2/{f}" for f in files)
    moved = client.get_object(Bucket=bucket, Key=f"done/inbox/station-2/{files[0]}")["Body"].read()
    assert moved == (SAMPLES / files[0]).read_bytes()
    assert not [p for p in (tmp_path / "data" / "spool").rglob("*") if p.is_file()]


def test_an_object_fetched_but_never_filed_is_taken_again_and_filed_once(config_dir, tmp_path,
                                                                         s3_endpoint, s3):
    client, bucket = s3
    f = pick_samples("pdf", 1)[0]["file"]
    client.put_object(Bucket=bucket, Key=f"scans/{f}", Body=(SAMPLES / f).read_bytes())
    settings = make_settings(config_dir, tmp_path, s3_endpoint)
    url = f"s3://{bucket}/scans/"
    # A worker that fetched the object and died: the spool has it, nothing is filed or moved.
    remote_intake(settings, imap=False, s3_inboxes=[url]).inboxes[0].fetch()
    assert keys(client, bucket) == [f"scans/{f}"]

    outcomes = poll_once(settings, lambda o: None, imap=False, s3_inboxes=[url])
    assert [o.decision for o in outcomes] in (["filed"], ["review"])
    assert poll_once(settings, lambda o: None, imap=False, s3_inboxes=[url]) == []
    assert len(Index(settings.db_url).list()) == 1
    assert keys(client, bucket) == [f"done/scans/{f}"]


def test_a_missing_bucket_is_one_line_and_no_crash(config_dir, tmp_path, s3_endpoint, s3, caplog):
    settings = make_settings(config_dir, tmp_path, s3_endpoint)
    assert poll_once(settings, lambda o: None, imap=False, s3_inboxes=["s3://no-such-inbox/x/"]) == []
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and errors[0].startswith("S3 inbox s3://no-such-inbox/x/: ")
    assert "NoSuchBucket" in errors[0]


def test_watch_takes_an_s3_url_argument(config_dir, tmp_path, s3_endpoint, s3):
    import json
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    client, bucket = s3
    f = pick_samples("email", 1)[0]["file"]
    client.put_object(Bucket=bucket, Key=f"inbox/station-3/{f}", Body=(SAMPLES / f).read_bytes())
    (config_dir / "mailsort.yaml").write_text(
        f"storage:\n  s3_endpoint_url: {s3_endpoint}\n  s3_region: eu-central-1\n")
    proc = subprocess.Popen([str(Path(sys.executable).with_name("mailsort")), "watch",
                             f"s3://{bucket}/inbox/", "--json", "--config", str(config_dir),
                             "--data", str(tmp_path / "data")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ})
    try:
        line = proc.stdout.readline()
        assert line.startswith("{"), proc.stderr.read() if proc.poll() is not None else line
        out = json.loads(line)
        assert out["decision"] in ("filed", "review") and out["source"].endswith(f"station-3/{f}")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)
    assert proc.returncode == 0, proc.stderr.read()
    assert keys(client, bucket) == [f"done/inbox/station-3/{f}"]


def test_probe_needs_the_bucket(config_dir, tmp_path, s3_endpoint, s3):
    from mailsort.intake.remote import InboxUnavailable

    client, bucket = s3
    client.put_object(Bucket=bucket, Key="inbox/a.pdf", Body=b"%PDF-1.4")
    settings = make_settings(config_dir, tmp_path, s3_endpoint)
    good = remote_intake(settings, imap=False, s3_inboxes=[f"s3://{bucket}/inbox/"]).inboxes[0]
    good.probe()
    assert keys(client, bucket) == ["inbox/a.pdf"]          # a probe takes nothing
    bad = remote_intake(settings, imap=False, s3_inboxes=["s3://no-such-inbox/x/"]).inboxes[0]
    with pytest.raises(InboxUnavailable, match="NoSuchBucket"):
        bad.probe()


def test_a_handed_on_object_is_offered_again_once_its_task_could_be_lost(config_dir, tmp_path,
                                                                          s3_endpoint, s3):
    """`watch --queue` hands an object to the queue and skips it while it is listed; a broker
    that restarted without its queue would otherwise strand it until the intake restarts."""
    client, bucket = s3
    client.put_object(Bucket=bucket, Key="inbox/a.eml", Body=b"From: a@b.de\r\n\r\nHallo\r\n")
    settings = load_settings(config_dir, data_dir=tmp_path / "data", queue={"redeliver_seconds": 600},
                             storage={"s3_endpoint_url": s3_endpoint, "s3_region": "eu-central-1"})
    box = remote_intake(settings, imap=False, s3_inboxes=[f"s3://{bucket}/inbox/"]).inboxes[0]
    now = [1000.0]
    box.clock = lambda: now[0]
    [(path, _root)] = box.fetch()
    assert box.hand_on(path) == f"s3://{bucket}/inbox/a.eml" and not path.exists()

    now[0] += 599
    assert box.fetch() == []                        # its worker may still be on it
    now[0] += 2
    [(again, _root)] = box.fetch()                  # the task may be lost: offered again
    assert again.read_bytes().endswith(b"Hallo\r\n")
    box.hand_on(again)
    client.delete_object(Bucket=bucket, Key="inbox/a.eml")      # its worker settled it
    assert box.fetch() == [] and box._handed == {}
