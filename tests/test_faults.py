"""Faults of the machine, not of a letter, injected into real `mailsort process` runs: the
archive full or read-only, the index locked, the SMTP server down. Each ends as documented
(exit 5 and the inputs left in the inbox; a delivery waiting in the outbox), and a run after the
fault files every input exactly once and sends every delivery once."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mailsort.archive.index import Index
from mailsort.settings import load_settings

from .conftest import SAMPLES

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
GOOD = ["letter-001.pdf", "letter-003.eml", "letter-014.pdf"]     # text layer and email: fast


def _inbox(inbox: Path) -> dict[str, str]:
    for name in GOOD:
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    return {n: hashlib.sha256((inbox / n).read_bytes()).hexdigest() for n in GOOD}


def _process(inbox: Path, config: Path, data: Path, archive: Path | None = None,
             timeout: float = 300) -> subprocess.CompletedProcess:
    cmd = [MAILSORT, "process", str(inbox), "--json", "--remove-inputs", "--config", str(config),
           "--data", str(data)] + (["--archive", str(archive)] if archive else [])
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def _rows(config: Path, data: Path, archive: Path | None = None) -> list:
    settings = load_settings(config, data_dir=data, archive_dir=archive) if archive else \
        load_settings(config, data_dir=data)
    return Index(settings.db_url).list(limit=1000)


def _files_once(config: Path, data: Path, shas: dict[str, str], archive: Path) -> None:
    """Every input filed (or in review) exactly once, its original byte for byte in the archive,
    no temporary file left behind."""
    rows = _rows(config, data, archive)
    by_sha = {r.sha256: r for r in rows}
    assert len(rows) == len(by_sha) == len(shas), [(r.sha256[:8], r.decision) for r in rows]
    files = [p for p in archive.rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.startswith(".") or ".tmp" in p.name], files
    for name, sha in shas.items():
        row = by_sha[sha]
        assert row.decision in ("filed", "review"), (name, row.decision, row.reason)
        originals = [p for p in files if row.item_id[:8] in p.name and ".orig." in p.name]
        assert len(originals) == 1, (name, originals)
        assert hashlib.sha256(originals[0].read_bytes()).hexdigest() == sha


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs for the archive (needs root and CAP_SYS_ADMIN): "
                    f"{done.stderr.strip()}")


@pytest.fixture
def small_archive(tmp_path):
    """A 4 MB tmpfs as the archive folder, unmounted after the test."""
    where = tmp_path / "archive"
    _mount_tmpfs(where, "4m")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def _stopped_with_inputs_kept(done: subprocess.CompletedProcess, inbox: Path) -> None:
    assert done.returncode == 5, (done.returncode, done.stderr[-2000:])
    message = done.stderr.strip().splitlines()[-1]
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in inbox.iterdir()) == sorted(GOOD)   # nothing lost
    return message


def test_archive_full_stops_the_run_keeps_the_inputs_and_a_restart_files_each_once(
        tmp_path, config_dir, inbox, small_archive):
    shas = _inbox(inbox)
    data = tmp_path / "data"
    filler = small_archive / "filler"
    # Fill the archive's file system to the last few kilobytes: the first letter does not fit.
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
    os.truncate(filler, filler.stat().st_size - 8192)

    done = _process(inbox, config_dir, data, small_archive)
    message = _stopped_with_inputs_kept(done, inbox)
    assert "space" in message.lower(), message
    assert not [r for r in _rows(config_dir, data, small_archive) if r.decision != "quarantined"]

    filler.unlink()                                        # the operator makes room
    again = _process(inbox, config_dir, data, small_archive)
    assert again.returncode == 0, again.stderr[-2000:]
    assert list(inbox.iterdir()) == []
    _files_once(config_dir, data, shas, small_archive)


def test_read_only_archive_stops_the_run_keeps_the_inputs_and_a_restart_files_each_once(
        tmp_path, config_dir, inbox, small_archive):
    shas = _inbox(inbox)
    data = tmp_path / "data"
    subprocess.run(["mount", "-o", "remount,ro", str(small_archive)], check=True)

    done = _process(inbox, config_dir, data, small_archive)
    message = _stopped_with_inputs_kept(done, inbox)
    assert "read-only" in message.lower(), message

    subprocess.run(["mount", "-o", "remount,rw", str(small_archive)], check=True)
    again = _process(inbox, config_dir, data, small_archive)
    assert again.returncode == 0, again.stderr[-2000:]
    _files_once(config_dir, data, shas, small_archive)


def test_index_locked_by_another_writer_waits_and_files_each_once(tmp_path, config_dir, inbox):
    shas = _inbox(inbox)
    data = tmp_path / "data"
    data.mkdir()
    settings = load_settings(config_dir, data_dir=data)
    Index(settings.db_url).create()                        # the schema exists
    db = sqlite3.connect(data / "mailsort.db", isolation_level=None, check_same_thread=False)
    db.execute("BEGIN EXCLUSIVE")                          # another writer holds the index
    released = threading.Event()

    def release_later() -> None:
        time.sleep(8)                                      # well inside the 30 s busy timeout
        db.execute("COMMIT")
        released.set()

    holder = threading.Thread(target=release_later)
    holder.start()
    try:
        done = _process(inbox, config_dir, data)
    finally:
        holder.join()
        db.close()
    assert released.is_set()
    assert done.returncode == 0, done.stderr[-2000:]
    _files_once(config_dir, data, shas, settings.archive_path)


def test_index_locked_past_the_busy_timeout_stops_the_run_and_keeps_the_inputs(
        tmp_path, config_dir, inbox):
    shas = _inbox(inbox)
    data = tmp_path / "data"
    data.mkdir()
    settings = load_settings(config_dir, data_dir=data)
    Index(settings.db_url).create()
    db = sqlite3.connect(data / "mailsort.db", isolation_level=None, check_same_thread=False)
    db.execute("BEGIN EXCLUSIVE")
    try:
        done = _process(inbox, config_dir, data)
    finally:
        db.execute("ROLLBACK")
        db.close()
    _stopped_with_inputs_kept(done, inbox)
    again = _process(inbox, config_dir, data)
    assert again.returncode == 0, again.stderr[-2000:]
    _files_once(config_dir, data, shas, settings.archive_path)


RULES = """
delivery:
  smtp: {{host: 127.0.0.1, port: {port}, security: none, from: "Post <post@buero-mitte.example>"}}
  retry: {{backoff_seconds: 1, backoff_factor: 1, max_attempts: 5, lease_seconds: 60}}
defaults:
  rules:
    - id: forward-all
      do:
        - forward: {{to: [books@client.example]}}
"""


def test_smtp_down_keeps_the_delivery_in_the_outbox_and_a_later_run_sends_it_once(
        tmp_path, config_dir, inbox):
    from aiosmtpd.controller import Controller

    from .actions.conftest import Inbox, free_port

    port = free_port()
    (config_dir / "rules.yaml").write_text(RULES.format(port=port), encoding="utf-8")
    (inbox / "letter-001.pdf").write_bytes((SAMPLES / "letter-001.pdf").read_bytes())
    data = tmp_path / "data"

    done = _process(inbox, config_dir, data)               # nothing listens on the port
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"decision":"filed"' in done.stdout
    assert "1 pending" in done.stderr, done.stderr[-2000:]

    received = Inbox()
    server = Controller(received, hostname="127.0.0.1", port=port)
    server.start()
    try:
        time.sleep(1.5)                                    # past the retry backoff
        (inbox / "letter-001.pdf").write_bytes((SAMPLES / "letter-001.pdf").read_bytes())
        again = _process(inbox, config_dir, data)          # a duplicate; the outbox is sent
        assert again.returncode == 0, again.stderr[-2000:]
        assert len(received.messages) == 1, again.stderr[-2000:]
        (inbox / "letter-001.pdf").write_bytes((SAMPLES / "letter-001.pdf").read_bytes())
        third = _process(inbox, config_dir, data)
        assert third.returncode == 0
        assert len(received.messages) == 1                 # never twice
    finally:
        server.stop()


PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None) \
    if Path("/usr/lib/postgresql").exists() else None


class ThrowawayPostgres:
    """A PostgreSQL cluster of this test's own (initdb, pg_ctl) on a free port, owned by the
    postgres user; never the machine's shared server."""

    def __init__(self) -> None:
        import tempfile

        from .actions.conftest import free_port

        self.dir = Path(tempfile.mkdtemp(prefix="mailsort-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self._pg("initdb", "-D", str(self.dir / "db"), "-A", "trust", "-U", "postgres")

    def _pg(self, tool: str, *args: str) -> None:
        done = subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / tool), *args],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]

    def start(self) -> None:
        self._pg("pg_ctl", "-D", str(self.dir / "db"), "-w", "-l", str(self.dir / "log"), "-o",
                 f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")

    def stop(self) -> None:
        self._pg("pg_ctl", "-D", str(self.dir / "db"), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D",
                        str(self.dir / "db"), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def throwaway_pg():
    if PG_BIN is None or not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL's initdb is not installed (apt-get install postgresql)")
    if os.geteuid() != 0 or shutil.which("runuser") is None:
        pytest.skip("a throwaway cluster needs root to run initdb as the postgres user")
    pytest.importorskip("psycopg")
    pg = ThrowawayPostgres()
    try:
        pg.start()
        yield pg
    finally:
        pg.remove()


@pytest.mark.postgres
def test_postgres_stopped_mid_run_stops_the_run_and_a_restart_files_each_once(
        tmp_path, config_dir, inbox, throwaway_pg):
    names = ["letter-001.pdf", "letter-003.eml", "letter-014.pdf", "letter-005.eml",
             "letter-002.pdf", "letter-008.eml", "letter-004.pdf"]
    for name in names:
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    shas = {n: hashlib.sha256((inbox / n).read_bytes()).hexdigest() for n in names}
    url = throwaway_pg.url.replace("postgresql://", "postgresql+psycopg://")
    (config_dir / "mailsort.yaml").write_text(f"database_url: '{url}'\n", encoding="utf-8")
    data = tmp_path / "data"
    proc = subprocess.Popen([MAILSORT, "process", str(inbox), "--json", "--remove-inputs",
                             "--config", str(config_dir), "--data", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    first = proc.stdout.readline()                         # one item is in: the run is under way
    assert first.startswith("{"), proc.stderr.read()
    throwaway_pg.stop()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 5, (proc.returncode, err[-2000:])
    assert "Traceback" not in err
    left = {p.name for p in inbox.iterdir()}
    assert left, "the database stopped after the run was over"

    throwaway_pg.start()
    again = subprocess.run([MAILSORT, "process", str(inbox), "--json", "--remove-inputs",
                            "--config", str(config_dir), "--data", str(data)],
                           capture_output=True, text=True, timeout=300,
                           env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    assert again.returncode == 0, again.stderr[-2000:]
    assert list(inbox.iterdir()) == []
    settings = load_settings(config_dir, data_dir=data)
    _files_once(config_dir, data, shas, settings.archive_path)
