"""Several real mailsort processes on one PostgreSQL database and one archive folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

import pytest

from tests.archive.conftest import pg_database  # noqa: F401  the server, checked once per session
from tests.conftest import SAMPLES, sample_labels

MAILSORT = str(Path(sys.executable).with_name("mailsort"))
BROKER = "redis://127.0.0.1:6379/0"


def born_digital_items(folder: Path, n: int) -> list[Path]:
    """n inputs of distinct content from the sample emails and text-layer PDFs (each copy gets a
    header line or a trailing PDF comment of its own, so its SHA-256 differs)."""
    import json as _json

    labels = _json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))["items"]
    bases = [SAMPLES / i["file"] for i in labels if i["kind"] in ("email", "pdf")]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        base = bases[k % len(bases)]
        data = base.read_bytes()
        copy = k // len(bases)
        data = (f"X-Mailsort-Copy: {copy}\r\n".encode() + data if base.suffix == ".eml"
                else data + f"\n%mailsort-copy {copy}\n".encode())
        dest = folder / f"{base.stem}-c{copy}{base.suffix}"
        dest.write_bytes(data)
        out.append(dest)
    return out


def scanned_items(folder: Path, n: int) -> list[Path]:
    """n one-page image scans of distinct content from the samples (each copy saved again with a
    comment or text chunk of its own: the same pixels, another SHA-256), so each needs OCR."""
    from PIL import Image, PngImagePlugin

    bases = [SAMPLES / i["file"] for i in sample_labels() if i["kind"] == "scan"
             and "multi-page" not in i["tags"] and i["file"].endswith((".jpg", ".png"))]
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        base, copy = bases[k % len(bases)], k // len(bases)
        dest = folder / f"{base.stem}-s{copy}{base.suffix}"
        with Image.open(base) as im:
            if base.suffix == ".png":
                info = PngImagePlugin.PngInfo()
                info.add_text("Comment", f"mailsort copy {copy}")
                im.save(dest, pnginfo=info, dpi=im.info.get("dpi", (200, 200)))
            else:
                im.save(dest, quality="keep", comment=f"mailsort copy {copy}".encode(),
                        dpi=im.info.get("dpi", (200, 200)))
        out.append(dest)
    return out


@pytest.fixture
def fresh_database(pg_database):  # noqa: F811
    """A database of its own for this test (pg_database is one per session): the processes
    under test create the schema themselves, as on a new installation."""
    import psycopg

    server = pg_database.rsplit("/", 1)[0]
    name = f"mailsort_many_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def shared(request, tmp_path, config_dir, fresh_database):
    """A config folder whose mailsort.yaml points at the fresh PostgreSQL database; one data folder
    (archive, quarantine) for every process, as on a shared disk."""
    lease = getattr(request, "param", 30)
    (config_dir / "mailsort.yaml").write_text(
        f"database_url: {fresh_database}\nnightly_retrain: false\nclaim_lease_seconds: {lease}\n"
        "ocr: {workers: 1}\nwatch: {stable_seconds: 0.3, poll_seconds: 0.2}\n", encoding="utf-8")
    return {"config": config_dir, "data": tmp_path / "data", "db": fresh_database}

@pytest.fixture
def queued(shared):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url(BROKER).ping()
    except redis.RedisError as e:
        pytest.skip(f"no Redis at {BROKER}: {e}")
    name = f"mailsort-test-{uuid.uuid4().hex[:8]}"      # a queue of its own on the shared server
    cfg = shared["config"] / "mailsort.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + f"queue: {{broker_url: '{BROKER}', name: {name}}}\n",
                   encoding="utf-8")
    yield shared
    redis.Redis.from_url(BROKER).delete(name)


def start(shared: dict, *args: str, node: str = "node-a") -> subprocess.Popen:
    """A mailsort process as if on machine `node` (its claims name it)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", "MAILSORT_NODE_NAME": node}
    # These nodes race on leases that the tests also set and read with PostgreSQL's now(), which
    # the suite's clock shift (scripts/test.sh --clock-ahead) cannot move: run them on the real
    # clock, as machines sharing a database do (NTP).
    env.pop("MAILSORT_TEST_CLOCK_AHEAD_DAYS", None)
    return subprocess.Popen([MAILSORT, *args, "--json", "--config", str(shared["config"]),
                             "--data", str(shared["data"])], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)   # its own group: killable with its OCR workers


class Drained:
    """A started process whose stdout and stderr are read as they come: a long run writes more
    than a pipe holds (64 KiB), and a process whose pipe is full stops until it is read."""

    def __init__(self, proc: subprocess.Popen):
        import threading

        self.proc, self.pid = proc, proc.pid
        self._out: list[str] = []
        self._err: list[str] = []
        self._readers = [threading.Thread(target=lambda f=f, into=into: into.extend(f), daemon=True)
                         for f, into in ((proc.stdout, self._out), (proc.stderr, self._err))]
        for reader in self._readers:
            reader.start()

    def poll(self) -> int | None:
        return self.proc.poll()

    def err(self) -> str:
        return "".join(self._err)

    def communicate(self, timeout: float) -> tuple[str, str]:
        self.proc.wait(timeout)
        for reader in self._readers:
            reader.join(timeout)
        return "".join(self._out), "".join(self._err)


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]


def trail(db_url: str) -> dict[str, Counter]:
    """Per stage, how many events each item has: the index's own account of who did what."""
    import psycopg

    out: dict[str, Counter] = {}
    with psycopg.connect(db_url) as conn:
        for item_id, stage, n in conn.execute(
                "SELECT item_id, stage, count(*) FROM events GROUP BY item_id, stage"):
            out.setdefault(stage, Counter())[item_id] = n
    return out


def item_count(db_url: str) -> int:
    import psycopg

    with psycopg.connect(db_url) as conn:
        return conn.execute("SELECT count(*) FROM items").fetchone()[0]
