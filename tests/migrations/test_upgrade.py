"""Migrations: a database made by the release before migrations takes the upgrade with its rows;
an empty one is set up on start; an older one stops a process with the fix; ten nodes starting at
once on an empty PostgreSQL database all come up on one schema."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from mailsort import migrations
from mailsort.actions import tables as _a  # noqa: F401  every table on Base, as the product has them
from mailsort.archive import schema as _s  # noqa: F401
from mailsort.learning import tables as _l  # noqa: F401
from mailsort.web import tables as _w  # noqa: F401
from mailsort.db import Base, engine_for, ensure_schema, normalise_url, upgrade_schema
from mailsort.errors import StorageError
from tests.archive.conftest import pg_database, pg_url  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
MAILSORT = str(Path(sys.executable).with_name("mailsort"))
# The last commit whose mailsort set its schema up with create_all (no migrations).
BEFORE = "b2e181f"


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory) -> Path:
    """The previous release's `mailsort` package, taken from git, importable from this folder."""
    dest = tmp_path_factory.mktemp("previous")
    tar = subprocess.run(["git", "-C", str(REPO), "archive", BEFORE, "mailsort"],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as t:
        t.extractall(dest, filter="data")
    return dest


def made_by_previous_release(previous: Path, db_url: str) -> None:
    """Its schema, made the way it made it (create_all + the full-text index), and rows in it."""
    script = (
        "import sys\n"
        "from datetime import datetime, timezone\n"
        "from mailsort.db import engine_for, ensure_schema\n"
        "from mailsort.archive.index import Index\n"
        "from mailsort.archive.records import ItemRow\n"
        "assert 'previous' in sys.modules['mailsort'].__file__\n"
        "idx = Index(sys.argv[1]); idx.create()\n"
        "at = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)\n"
        "idx.record(ItemRow(item_id='a1b2c3d4e5f60718', sha256='ab' * 32, source_path='in/x.pdf',\n"
        "    kind='pdf', decision='filed', client_id='mueller-bau', category='invoice',\n"
        "    subject='Rechnung Straßenbau', text='Rechnung Nr. 4711 für die Straße', pages=1,\n"
        "    received_at=at, fields={'amount': '12.50'}), [('filed', {'archived_as': 'x'})])\n")
    env = {**os.environ, "PYTHONPATH": str(previous)}
    subprocess.run([sys.executable, "-c", script, db_url], check=True, env=env, cwd=previous)


def no_drift(db_url: str) -> list:
    """What autogenerate would still change: the migrated schema must be the models' schema."""
    engine = create_engine(normalise_url(db_url))
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    return [d for d in diffs if "items_fts" not in str(d)]     # FTS5's own tables


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db' / 'mailsort.db'}"
    return request.getfixturevalue("pg_url")


def test_an_empty_database_is_set_up_at_the_newest_revision_without_drift(db_url):
    engine = engine_for(db_url)
    ensure_schema(engine)
    assert migrations.read_state(engine).current == migrations.head()
    assert no_drift(db_url) == []


def test_the_previous_releases_database_stops_a_start_then_upgrades_with_its_rows(
        db_url, previous_release, tmp_path):
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).parent.mkdir(parents=True)
    made_by_previous_release(previous_release, db_url)
    engine = engine_for(db_url)
    with pytest.raises(StorageError) as stopped:
        ensure_schema(engine)
    assert str(stopped.value) == ("the database is at revision none (made before migrations), "
                                  f"this mailsort needs {migrations.head()}: run mailsort db upgrade")
    assert upgrade_schema(engine) == ("none (made before migrations)", migrations.head())
    ensure_schema(engine)

    from mailsort.archive.index import Index

    index = Index(db_url)
    row = index.get("a1b2c3d4e5f60718")
    assert (row.client_id, row.fields, row.subject) == ("mueller-bau", {"amount": "12.50"},
                                                         "Rechnung Straßenbau")
    assert [e.stage for e in index.events("a1b2c3d4e5f60718")] == ["filed"]
    assert [h.item_id for h in index.search("Strasse 4711")] == ["a1b2c3d4e5f60718"]
    assert no_drift(db_url) == []


def test_an_older_database_stops_process_with_exit_5_and_the_fix(tmp_path, config_dir, previous_release):
    data = tmp_path / "data"
    data.mkdir()
    made_by_previous_release(previous_release, f"sqlite:///{data / 'mailsort.db'}")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    run = subprocess.run([MAILSORT, "process", str(inbox), "--config", str(config_dir), "--data",
                          str(data)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 5
    assert run.stderr.strip().splitlines()[-1] == (
        f"mailsort: the database is at revision none (made before migrations), this mailsort "
        f"needs {migrations.head()}: run mailsort db upgrade")
    doctor = subprocess.run([MAILSORT, "doctor", "--config", str(config_dir)], capture_output=True,
                            text=True, timeout=300, env={**os.environ, "MAILSORT_DATA_DIR": str(data)})
    assert doctor.returncode == 5, doctor.stdout
    assert (f"this mailsort needs {migrations.head()}: run mailsort db upgrade"
            in " ".join(doctor.stdout.split()))            # rich wraps at 80 columns
    up = subprocess.run([MAILSORT, "db", "upgrade", "--config", str(config_dir), "--data", str(data)],
                        capture_output=True, text=True, timeout=300)
    assert up.returncode == 0, up.stderr
    current = subprocess.run([MAILSORT, "db", "current", "--config", str(config_dir), "--data",
                              str(data)], capture_output=True, text=True, timeout=300)
    assert current.returncode == 0 and current.stdout.split() == [
        "database:", migrations.head(), "needed:", migrations.head()]


@pytest.mark.postgres
def test_ten_nodes_starting_at_once_on_an_empty_postgresql_database_all_come_up(
        tmp_path, config_dir, pg_database):  # noqa: F811
    name = f"mailsort_ten_{uuid.uuid4().hex[:8]}"
    admin = pg_database.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_database.rsplit("/", 1)[0] + f"/{name}"
    try:
        (config_dir / "mailsort.yaml").write_text(f"database_url: {url}\nocr: {{workers: 1}}\n",
                                                  encoding="utf-8")
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        common = ["--config", str(config_dir), "--data", str(tmp_path / "data")]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        nodes = [subprocess.Popen([MAILSORT, "db", "upgrade", *common] if k % 2 else
                                  [MAILSORT, "process", str(inbox), *common],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
                 for k in range(10)]
        ends = [(n.wait(timeout=600), n.stderr.read()) for n in nodes]
        assert [code for code, _ in ends] == [0] * 10, [err for _, err in ends]
        upgraded = [err for _, err in ends if "upgraded from" in err]
        assert len(upgraded) <= 1
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (migrations.head(),)]
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                                  ).fetchone()[0]
        assert tables == len(Base.metadata.tables) + 1      # + alembic_version
        assert no_drift(url) == []
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_processes_and_threads_starting_at_once_on_an_empty_sqlite_database_all_come_up(tmp_path):
    # SQLite shows a migration's tables before its version row: a second starter reading then took
    # the half-made database for one made before migrations and stopped (watch's scheduler thread
    # beside its watcher did, at random).
    url = f"sqlite:///{tmp_path / 'db' / 'mailsort.db'}"
    script = ("import sys, threading\n"
              "from mailsort.db import engine_for, ensure_schema\n"
              "errors = []\n"
              "def start():\n"
              "    try:\n"
              "        ensure_schema(engine_for(sys.argv[1]))\n"
              "    except Exception as e:\n"
              "        errors.append(str(e))\n"
              "threads = [threading.Thread(target=start) for _ in range(6)]\n"
              "[t.start() for t in threads]; [t.join() for t in threads]\n"
              "print('\\n'.join(errors)); sys.exit(1 if errors else 0)\n")
    starters = [subprocess.Popen([sys.executable, "-c", script, url], stdout=subprocess.PIPE,
                                 text=True) for _ in range(4)]
    ends = [(p.wait(timeout=300), p.stdout.read()) for p in starters]
    assert ends == [(0, "\n")] * 4
    assert migrations.read_state(engine_for(url)).current == migrations.head()
