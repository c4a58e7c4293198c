"""`python -m mailsort.evaluate LABELLED_DIR OUTCOMES.jsonl [--json]`: score kept outcome lines."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import MailsortError
from .labels import load_labels, read_outcomes
from .report import render
from .score import score


def main(argv: list[str] | None = None) -> int:
    import argparse

    from rich.console import Console

    ap = argparse.ArgumentParser(description="Score mailsort process --json output against labels.json")
    ap.add_argument("labelled_dir", type=Path)
    ap.add_argument("outcomes", type=Path, help="the JSON lines of `mailsort process --json`")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    args = ap.parse_args(argv)
    try:
        report = score(read_outcomes(args.outcomes), load_labels(args.labelled_dir))
    except (MailsortError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        return getattr(e, "exit_code", 1)
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
    else:
        render(report, Console())
    return 0 if report.passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
