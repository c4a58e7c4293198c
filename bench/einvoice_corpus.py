"""Read every e-invoice of a corpus folder (e.g. a checkout of github.com/ZUGFeRD/corpus or the KoSIT
XRechnung test suite) and count per top-level folder: read, flagged by the checks, rejected, crashed.

    .venv/bin/python bench/einvoice_corpus.py /path/to/corpus [-v]
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from mailsort.einvoice.read import read_file, read_pdf
from mailsort.errors import BadEInvoice


def main(root: Path, verbose: bool) -> None:
    stats: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in (".xml", ".pdf") and p.is_file()):
        group = "/".join(path.relative_to(root).parts[:-1][:2]) or "."
        try:
            inv = read_pdf(path, path.name) if path.suffix.lower() == ".pdf" else read_file(path)
        except BadEInvoice as e:
            stats[group]["rejected"] += 1
            if verbose:
                print("rejected", e)
            continue
        except Exception as e:  # noqa: BLE001  a crash is what this bench looks for
            stats[group]["CRASHED"] += 1
            print("CRASH", path, type(e).__name__, e)
            continue
        if inv is None:
            stats[group]["no e-invoice"] += 1
            continue
        stats[group]["read"] += 1
        if inv.problems:
            stats[group]["flagged"] += 1
            if verbose:
                print("flagged", path.relative_to(root), inv.problems)
    for group, counts in sorted(stats.items()):
        print(f"{group:40} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "-v" in sys.argv)
