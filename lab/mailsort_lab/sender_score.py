"""Sender accuracy (and the date and deadline figures beside it) from outcome lines and labels.json.

    python -m mailsort_lab.sender_score DIR OUTCOMES.jsonl [--misses]

The sender is the letter's author: right when rapidfuzz's token_set_ratio with the label is at least
85, or the labelled name is contained in the answer (issue 10's definition). Items whose label has
no sender are not counted. A stop-gap until `mailsort eval` reports the sender itself.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path, PurePath

from rapidfuzz import fuzz


def sender_right(found: str | None, truth: str) -> bool:
    if not found:
        return False
    return fuzz.token_set_ratio(found, truth) >= 85 or truth.casefold() in found.casefold()


def _dates(values) -> set[date]:
    return {date.fromisoformat(str(v)[:10]) for v in values or [] if v}


def figures(folder: Path, outcomes: Path, show_misses: bool = False, only_seen: bool = False) -> dict[str, float]:
    items = {PurePath(i["file"]).name: i for i in json.loads((folder / "labels.json").read_text())["items"]}
    seen: dict[str, dict] = {}
    for line in outcomes.read_text().splitlines():
        o = json.loads(line)
        name = PurePath(str(o.get("source") or "")).name
        if name in items and (name not in seen or seen[name].get("decision") == "duplicate"):
            seen[name] = o
    n_sender = ok_sender = n_date = ok_date = tp = fp = fn = misfiles = 0
    if only_seen:                              # a partial run: score the items it has outcomes for
        items = {k: v for k, v in items.items() if k in seen}
    for name, label in sorted(items.items()):
        o = seen.get(name) or {}
        fields = o.get("fields") or {}
        if o.get("decision") == "filed" and (o.get("recipient") or {}).get("client_id") != label.get("recipient"):
            misfiles += 1
        if label.get("sender"):
            n_sender += 1
            right = sender_right(fields.get("sender"), label["sender"])
            ok_sender += right
            if show_misses and not right:
                print(f"sender  {name}: {fields.get('sender')!r} for {label['sender']!r}")
        if label.get("date"):
            n_date += 1
            right = str(fields.get("date")) == label["date"]
            ok_date += right
            if show_misses and not right:
                print(f"date    {name}: {fields.get('date')} for {label['date']}  {label.get('tags')}")
        truth, pred = _dates(label.get("deadlines")), _dates(fields.get("deadlines"))
        tp, fp, fn = tp + len(truth & pred), fp + len(pred - truth), fn + len(truth - pred)
        if show_misses and truth != pred:
            print(f"deadln  {name}: {sorted(map(str, pred))} for {sorted(map(str, truth))}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"items": len(items), "misfiles": misfiles, "sender": ok_sender / n_sender if n_sender else float("nan"),
            "sender_n": n_sender, "date": ok_date / n_date if n_date else float("nan"),
            "deadline_p": p, "deadline_r": r, "deadline_f1": 2 * p * r / (p + r) if p + r else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mailsort_lab.sender_score", description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("outcomes", type=Path)
    ap.add_argument("--misses", action="store_true", help="print each wrong sender, date and deadline set")
    ap.add_argument("--only-seen", action="store_true", help="score only the items with an outcome line")
    args = ap.parse_args(argv)
    f = figures(args.folder, args.outcomes, args.misses, args.only_seen)
    print(f"items {f['items']}  misfiles {f['misfiles']}  sender {f['sender']:.1%} (of {f['sender_n']})  "
          f"date {f['date']:.1%}  deadline P {f['deadline_p']:.3f} R {f['deadline_r']:.3f} F1 {f['deadline_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
