"""python -m mailsort.training.blind OUT_DIR --n 300 --seed 101 [--clients config/clients.yaml]"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from mailsort.errors import MailsortError

from .build import generate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mailsort.training.blind",
                                 description="Write a blind (wave 3) evaluation set with labels.json")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--n", type=int, default=300, help="number of items (default 300)")
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--clients", type=Path, default=Path("config/clients.yaml"))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.glob("w3-*")):
        print(f"error: {args.out_dir} already holds a wave-3 set; use an empty folder", file=sys.stderr)
        return 2
    try:
        items = generate(args.out_dir, args.n, args.seed, args.clients, args.workers)
    except MailsortError as e:
        print(f"error: {e}", file=sys.stderr)
        return e.exit_code
    kinds = Counter(i["kind"] for i in items)
    nobody = sum(i["recipient"] is None for i in items)
    print(f"wrote {len(items)} items to {args.out_dir} ({dict(kinds)}; {nobody} for nobody) and "
          f"{args.out_dir / 'labels.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
