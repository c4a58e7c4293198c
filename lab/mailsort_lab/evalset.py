"""What the evaluation-set generators (holdout/, blind/) share: the item mix and the command line.
Their wording, senders and layouts stay apart on purpose; only this bookkeeping is common."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from mailsort.errors import MailsortError

SHARES = {"scan": 0.75, "pdf": 0.10, "email": 0.15}   # issue 3's mix of kinds
NOBODY_SHARE = 0.08                                      # mail for nobody in the directory


@dataclass
class Plan:
    index: int
    kind: str
    nobody: bool
    seed: int


def plans(n: int, seed: int, salt: str, nobody_share: float = NOBODY_SHARE) -> list[Plan]:
    """Exact shares of kinds and of mail for nobody, shuffled deterministically (`salt` names
    the generator, so two generators with one seed still differ)."""
    rng = random.Random(f"{salt}-plan-{seed}")
    counts = {k: round(n * s) for k, s in SHARES.items()}
    counts["scan"] += n - sum(counts.values())
    kinds = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(kinds)
    nobody = [i < max(1, round(n * nobody_share)) for i in range(n)]
    rng.shuffle(nobody)
    return [Plan(i + 1, kinds[i], nobody[i], seed) for i in range(n)]


def write_set(out_dir: Path, todo: list[Plan], make_item: Callable[[Plan], dict],
              init: Callable[[str, str], None], clients: Path, workers: int, generator: str,
              seed: int) -> list[dict]:
    """Make every planned item (in worker processes when workers > 1) and write labels.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if workers > 1:
        with ProcessPoolExecutor(workers, initializer=init, initargs=(str(clients), str(out_dir))) as ex:
            items = list(ex.map(make_item, todo, chunksize=4))
    else:
        init(str(clients), str(out_dir))
        items = [make_item(p) for p in todo]
    labels = {"version": 1, "generator": generator, "seed": seed, "items": items}
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    return items


def main(argv: list[str] | None, *, prog: str, description: str, default_seed: int, prefix: str,
         generate: Callable[[Path, int, int, Path, int], list[dict]]) -> int:
    """`python -m PROG OUT_DIR --n 300 --seed S [--clients config/clients.yaml] [--workers W]`."""
    ap = argparse.ArgumentParser(prog=prog, description=description)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=300, help="number of items (default 300)")
    ap.add_argument("--seed", type=int, default=default_seed)
    ap.add_argument("--clients", type=Path, default=Path("config/clients.yaml"))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.glob(f"{prefix}-*")):
        print(f"error: {args.out_dir} already holds such a set; use an empty folder", file=sys.stderr)
        return 2
    try:
        items = generate(args.out_dir, args.n, args.seed, args.clients, args.workers)
    except MailsortError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    kinds = Counter(i["kind"] for i in items)
    nobody = sum(i["recipient"] is None for i in items)
    print(f"wrote {len(items)} items to {args.out_dir} ({dict(kinds)}; {nobody} for nobody) "
          f"and {args.out_dir / 'labels.json'}")
    return 0
