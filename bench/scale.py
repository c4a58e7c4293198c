"""Items/s with 1 and 2 `mailsort worker` processes on this machine, and what N machines would reach.

    .venv/bin/python bench/scale.py [--workers 1 2] [--copies 1] [--cores 8] [--machines 1 2 4 8]

Real services: one `watch --queue` intake, W workers (Celery on the local Redis, one OCR process
each: OMP_THREAD_LIMIT=1, ocr.workers 1), a fresh PostgreSQL database per run, one shared folder.
The mix is sample_scans/ (scans, emails, born-digital PDFs as they come). The clock runs from the
drop into the inbox until the index holds every item; worker start-up is outside it.

The projection takes the per-core rate measured with one worker, times cores per machine, times
machines, times the efficiency two workers reached here (their rate over twice one worker's).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import redis

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_scans"
MAILSORT = str(Path(sys.executable).with_name("mailsort"))
PG = "postgresql://postgres@127.0.0.1:5432"
BROKER = "redis://127.0.0.1:6379/0"


def mix(out: Path, copies: int) -> list[Path]:
    """The samples, `copies` times, each copy with content of its own (not a duplicate)."""
    out.mkdir(parents=True)
    files = sorted(p for p in SAMPLES.iterdir() if p.name != "labels.json" and p.is_file())
    made = []
    for c in range(copies):
        for src in files:
            data = src.read_bytes()
            if c:
                if src.suffix == ".eml":
                    data = f"X-Bench-Copy: {c}\r\n".encode() + data
                elif src.suffix == ".pdf":
                    data += f"\n%bench-copy {c}\n".encode()
                else:
                    continue                 # images: no harmless way to vary; one copy each
            dest = out / f"c{c}-{src.name}"
            dest.write_bytes(data)
            made.append(dest)
    return made


def one_run(workers: int, items: list[Path], work: Path) -> tuple[float, int, int]:
    """(seconds, items, pages) for one intake and `workers` workers."""
    db = f"mailsort_scale_{uuid.uuid4().hex[:8]}"
    queue = f"mailsort-scale-{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db}"')
    url = f"{PG}/{db}"
    run = work / f"w{workers}"
    cfg, inbox = run / "config", run / "inbox"
    cfg.mkdir(parents=True)
    inbox.mkdir()
    shutil.copy2(REPO / "config" / "clients.yaml", cfg / "clients.yaml")
    (cfg / "mailsort.yaml").write_text(
        f"database_url: {url}\nnightly_retrain: false\nocr: {{workers: 1}}\n"
        f"watch: {{stable_seconds: 0.3, poll_seconds: 0.2}}\n"
        f"queue: {{broker_url: '{BROKER}', name: {queue}}}\n", encoding="utf-8")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    common = ["--config", str(cfg), "--data", str(run / "data")]
    subprocess.run([MAILSORT, "db", "upgrade", *common], check=True, env=env, capture_output=True)
    logs = [open(run / f"worker-{k}.log", "w") for k in range(workers)]
    procs = [subprocess.Popen([MAILSORT, "worker", *common], stdout=log, stderr=log,
                              env={**env, "MAILSORT_NODE_NAME": f"bench-{k}"},
                              start_new_session=True) for k, log in enumerate(logs)]
    procs.append(subprocess.Popen([MAILSORT, "watch", "--queue", str(inbox), *common],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                                  start_new_session=True))
    try:
        # Celery's banner names the queues just before the worker starts consuming.
        while not all("[queues]" in (run / f"worker-{k}.log").read_text() for k in range(workers)):
            time.sleep(0.2)
        time.sleep(3)                        # connected; the intake's watcher is up
        t0 = time.monotonic()
        for path in items:
            os.replace(path, inbox / path.name)
        with psycopg.connect(url, autocommit=True) as conn:
            while conn.execute("SELECT count(*) FROM items").fetchone()[0] < len(items):
                if any(p.poll() is not None for p in procs):
                    raise SystemExit(f"a mailsort process died; see {run}")
                time.sleep(0.2)
            seconds = time.monotonic() - t0
            n, pages = conn.execute("SELECT count(*), coalesce(sum(pages), 0) FROM items").fetchone()
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            p.wait(timeout=120)
        redis.Redis.from_url(BROKER).delete(queue)
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    return seconds, n, pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--cores", type=int, default=8, help="cores per machine in the projection")
    ap.add_argument("--machines", type=int, nargs="+", default=[1, 2, 4, 8])
    args = ap.parse_args()
    rates = {}
    with tempfile.TemporaryDirectory() as tmp:
        for w in args.workers:
            items = mix(Path(tmp) / f"mix-{w}", args.copies)
            seconds, n, pages = one_run(w, items, Path(tmp))
            rates[w] = (n / seconds, pages / seconds * 60)
            print(f"{w} worker(s): {n} items, {pages} pages in {seconds:.1f} s = "
                  f"{n / seconds:.2f} items/s, {pages / seconds * 60:.0f} pages/min", flush=True)
    one = rates[min(rates)]
    per_core = one[1] / min(rates)
    two = rates.get(2)
    eff = min(1.0, two[1] / (2 * per_core)) if two else 1.0
    print(f"\nmeasured here ({os.cpu_count()} cores, shared): {per_core:.0f} pages/min per worker "
          f"(one core); 2 workers reach {eff:.0%} of twice that")
    print(f"{'machines':>8} {'cores':>6} {'pages/min (linear)':>19} {'pages/min (x efficiency)':>25}")
    for m in args.machines:
        cores = m * args.cores
        print(f"{m:>8} {cores:>6} {per_core * cores:>19.0f} {per_core * cores * eff:>25.0f}")


if __name__ == "__main__":
    main()
