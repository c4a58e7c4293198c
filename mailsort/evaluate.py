"""Score `mailsort process --json` outcomes against a labelled folder (the figures of issue 3).

    python -m mailsort.evaluate LABELLED_DIR OUTCOMES.jsonl [--json]

`mailsort eval DIR` runs the pipeline and then calls `load_labels`, `score` and `render`.
Every labelled item counts: an item with no outcome line counts as not filed and wrongly
categorised, so a crash cannot make the figures look better.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import Any, Iterable

from rapidfuzz import fuzz, utils

from .errors import MailsortError
from .model import CATEGORIES

# Issue 10's targets (issue 3's were 0.5 % / 85 % / 92 % / 0.85 / 90 %): a wrong client is a data
# breach, so the misfile bound is the tightest.
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("misfile_rate", "<=", 0.002),
    ("auto_file_rate", ">=", 0.90),
    ("recipient_accuracy", ">=", 0.98),  # top-1, "nobody" included
    ("category_accuracy", ">=", 0.96),
    ("deadline_f1", ">=", 0.93),
    ("date_accuracy", ">=", 0.96),
    ("sender_accuracy", ">=", 0.95),     # the letter's author
)
# Issue 10: a sender is right when its words match the true name's (token set) at least this
# well, or when it contains the true name ("Finanzamt Mitte, Steuernummer ..." for "Finanzamt Mitte").
SENDER_MATCH = 85
BINS: tuple[tuple[float, float], ...] = (
    (0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001),
)


class LabelsError(MailsortError):
    """labels.json is missing or not in a format we can read."""

    exit_code = 2


@dataclass
class Label:
    file: str
    recipient: str | None
    category: str
    date: date | None = None
    deadlines: list[date] = field(default_factory=list)
    kind: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    sender: str | None = None


def _as_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _label(file: str, raw: dict[str, Any], where: Path) -> Label:
    category = raw.get("category")
    if category not in CATEGORIES:
        raise LabelsError(f"{where}: item {file!r}: category {category!r} is not one of the ten")
    recipient = raw["recipient"] if "recipient" in raw else raw.get("client_id")
    return Label(
        file=file, recipient=recipient or None, category=category,
        date=_as_date(raw.get("date")),
        deadlines=sorted({d for d in map(_as_date, raw.get("deadlines") or []) if d}),
        kind=raw.get("kind"), language=raw.get("language"), tags=list(raw.get("tags") or []),
        sender=str(raw.get("sender") or "").strip() or None,
    )


def load_labels(folder: Path | str) -> dict[str, Label]:
    """Read <folder>/labels.json (or a labels file itself), keyed by the item's base name.

    Accepts {"items": [...]}, a bare list of items, or a dict keyed by file name; the client
    may be given as "recipient" or "client_id".
    """
    path = Path(folder)
    if path.is_dir():
        path = path / "labels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise LabelsError(f"{path}: no labels file (expected labels.json next to the items)") from e
    except json.JSONDecodeError as e:
        raise LabelsError(f"{path}: not valid JSON (line {e.lineno})") from e
    if isinstance(raw, dict) and isinstance(raw.get("items"), list):
        raw = raw["items"]
    entries: list[tuple[str, dict[str, Any]]] = []
    if isinstance(raw, list):
        for i, item in enumerate(raw):
            if not isinstance(item, dict) or not item.get("file"):
                raise LabelsError(f"{path}: items[{i}] has no 'file'")
            entries.append((item["file"], item))
    elif isinstance(raw, dict):
        entries = [(k, v) for k, v in raw.items() if isinstance(v, dict)]
    else:
        raise LabelsError(f"{path}: expected a list of items or a mapping of file name to label")
    labels: dict[str, Label] = {}
    for file, item in entries:
        key = PurePath(file).name
        if key in labels:
            raise LabelsError(f"{path}: item {key!r} is labelled twice")
        labels[key] = _label(file, item, path)
    return labels


def _dump(outcome: Any) -> dict[str, Any]:
    if isinstance(outcome, dict):
        return outcome
    return outcome.model_dump(mode="json")  # an Outcome model


def read_outcomes(path: Path | str) -> list[dict[str, Any]]:
    """Parse the JSON lines of `mailsort process --json`, skipping anything that is not JSON."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out


@dataclass
class Item:
    """One labelled item next to what mailsort did with it."""

    label: Label
    decision: str                      # filed / review / duplicate / quarantined / missing
    recipient: str | None
    recipient_conf: float | None
    category: str | None
    category_conf: float | None
    date: date | None
    deadlines: list[date]
    category_confirmed: bool = True
    sender: str | None = None

    @property
    def filed(self) -> bool:
        return self.decision == "filed"

    @property
    def misfiled(self) -> bool:
        return self.filed and (self.label.recipient is None or self.recipient != self.label.recipient)

    @property
    def recipient_ok(self) -> bool:
        return self.recipient == self.label.recipient

    @property
    def sender_ok(self) -> bool:
        return sender_matches(self.sender, self.label.sender)


def sender_matches(found: str | None, truth: str | None) -> bool:
    """Issue 10's test for the letter's author: fuzzy token-set match >= 85, or the true name
    contained in what was found (both compared lower-cased, punctuation ignored)."""
    if not truth or not found or not found.strip():
        return False
    a, b = utils.default_process(found), utils.default_process(truth)
    if not a or not b:
        return False
    # Contained as whole words: "Finanzamt Mitte" is not in "Finanzamt Mittelstadt".
    return f" {b} " in f" {a} " or fuzz.token_set_ratio(a, b) >= SENDER_MATCH


def _item(label: Label, outcome: dict[str, Any] | None) -> Item:
    if outcome is None:
        return Item(label, "missing", None, None, None, None, None, [])
    rec = outcome.get("recipient") or {}
    cat = outcome.get("category") or {}
    fields = outcome.get("fields") or {}
    return Item(
        label=label, decision=str(outcome.get("decision") or "missing"),
        recipient=rec.get("client_id"), recipient_conf=rec.get("confidence"),
        category=cat.get("label"), category_conf=cat.get("confidence"),
        date=_as_date(fields.get("date")),
        deadlines=sorted({d for d in map(_as_date, fields.get("deadlines") or []) if d}),
        category_confirmed=outcome.get("category_confirmed", True) is not False,
        sender=fields.get("sender"),       # Outcome.fields.sender, as `process --json` writes it
    )


def _ratio(num: float, den: float, empty: float = 0.0) -> float:
    return num / den if den else empty


@dataclass
class Figures:
    """The headline figures over one group of items."""

    n: int = 0
    misfiles: int = 0
    filed: int = 0
    to_confirm: int = 0                # filed, category to confirm: a VA still looks, briefly
    review: int = 0
    quarantined: int = 0
    missing: int = 0
    category_correct: int = 0
    recipient_correct: int = 0
    dated: int = 0
    date_correct: int = 0
    deadline_tp: int = 0
    deadline_fp: int = 0
    deadline_fn: int = 0
    with_sender: int = 0
    sender_correct: int = 0

    def add(self, it: Item) -> None:
        self.n += 1
        self.misfiles += it.misfiled
        self.filed += it.filed
        self.to_confirm += it.filed and not it.category_confirmed
        self.review += it.decision == "review"
        self.quarantined += it.decision == "quarantined"
        self.missing += it.decision == "missing"
        self.category_correct += it.category == it.label.category
        self.recipient_correct += it.recipient_ok
        if it.label.date is not None:
            self.dated += 1
            self.date_correct += it.date == it.label.date
        if it.label.sender:
            self.with_sender += 1
            self.sender_correct += it.sender_ok
        truth, pred = set(it.label.deadlines), set(it.deadlines)
        self.deadline_tp += len(truth & pred)
        self.deadline_fp += len(pred - truth)
        self.deadline_fn += len(truth - pred)

    # Shares of all items in the group; dates only where the truth has one.
    misfile_rate = property(lambda self: _ratio(self.misfiles, self.n))
    auto_file_rate = property(lambda self: _ratio(self.filed, self.n))
    review_share = property(lambda self: _ratio(self.review, self.n))
    to_confirm_share = property(lambda self: _ratio(self.to_confirm, self.n))
    # Filed with nothing left for a person: the share no VA has to look at.
    untouched_share = property(lambda self: _ratio(self.filed - self.to_confirm, self.n))
    category_accuracy = property(lambda self: _ratio(self.category_correct, self.n))
    recipient_accuracy = property(lambda self: _ratio(self.recipient_correct, self.n))
    date_accuracy = property(lambda self: _ratio(self.date_correct, self.dated, empty=1.0))
    # Over items whose label names a sender; an older label set without senders scores 1.0.
    sender_accuracy = property(lambda self: _ratio(self.sender_correct, self.with_sender, empty=1.0))
    # Micro-averaged over items; no predicted deadlines means no wrong ones.
    deadline_precision = property(lambda self: _ratio(self.deadline_tp, self.deadline_tp + self.deadline_fp, 1.0))
    deadline_recall = property(lambda self: _ratio(self.deadline_tp, self.deadline_tp + self.deadline_fn, 1.0))

    @property
    def deadline_f1(self) -> float:
        p, r = self.deadline_precision, self.deadline_recall
        return _ratio(2 * p * r, p + r)

    def to_dict(self) -> dict[str, Any]:
        names = ("misfile_rate", "auto_file_rate", "review_share", "to_confirm_share", "untouched_share",
                 "category_accuracy",
                 "recipient_accuracy", "sender_accuracy", "date_accuracy", "deadline_precision", "deadline_recall",
                 "deadline_f1")
        counts = {k: v for k, v in self.__dict__.items()}
        return {**counts, **{k: round(getattr(self, k), 4) for k in names}}


@dataclass
class Bin:
    low: float
    high: float
    count: int = 0
    conf_sum: float = 0.0
    correct: int = 0

    mean_confidence = property(lambda self: _ratio(self.conf_sum, self.count))
    share_correct = property(lambda self: _ratio(self.correct, self.count))

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": min(self.high, 1.0), "count": self.count,
                "mean_confidence": round(self.mean_confidence, 4),
                "share_correct": round(self.share_correct, 4)}


def reliability(pairs: Iterable[tuple[float, bool]]) -> list[Bin]:
    """Bin (confidence, correct) pairs: is 0.9 right 90% of the time?"""
    bins = [Bin(lo, hi) for lo, hi in BINS]
    for conf, ok in pairs:
        conf = min(max(float(conf), 0.0), 1.0)
        b = next(b for b in bins if b.low <= conf < b.high)
        b.count += 1
        b.conf_sum += conf
        b.correct += ok
    return bins


@dataclass
class EvalReport:
    overall: Figures
    confusion: dict[str, dict[str, int]]        # truth -> predicted -> count (10x10)
    uncategorised: dict[str, int]               # truth -> items with no predicted category
    recipient_reliability: list[Bin]
    category_reliability: list[Bin]
    by_tag: dict[str, Figures]
    by_kind: dict[str, Figures]
    errors: list[dict[str, Any]]                # misfiles, wrong categories and senders, for reading
    unlabelled: list[str]                       # outcome lines with no label (ignored)

    def targets(self) -> list[tuple[str, str, float, float, bool]]:
        """(figure, comparison, target, value, passed) for each target of issue 3."""
        out = []
        for name, op, target in TARGETS:
            value = getattr(self.overall, name)
            out.append((name, op, target, value, value <= target if op == "<=" else value >= target))
        return out

    @property
    def passed(self) -> bool:
        return all(t[4] for t in self.targets())

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.to_dict(),
            "targets": [{"figure": n, "op": op, "target": t, "value": round(v, 4), "passed": ok}
                        for n, op, t, v, ok in self.targets()],
            "confusion": self.confusion, "uncategorised": self.uncategorised,
            "reliability": {"recipient": [b.to_dict() for b in self.recipient_reliability],
                            "category": [b.to_dict() for b in self.category_reliability]},
            "by_tag": {k: v.to_dict() for k, v in sorted(self.by_tag.items())},
            "by_kind": {k: v.to_dict() for k, v in sorted(self.by_kind.items())},
            "errors": self.errors, "unlabelled": self.unlabelled,
        }


def _error_row(it: Item) -> dict[str, Any] | None:
    problems = []
    if it.misfiled:
        problems.append("misfiled")
    if it.category != it.label.category:
        problems.append("category")
    if it.label.sender and not it.sender_ok:
        problems.append("sender")
    if not problems:
        return None
    return {"file": it.label.file, "problems": problems, "decision": it.decision,
            "recipient": it.recipient, "true_recipient": it.label.recipient,
            "category": it.category, "true_category": it.label.category,
            "sender": it.sender, "true_sender": it.label.sender, "tags": it.label.tags}


def score(outcomes: Iterable[Any], labels: dict[str, Label]) -> EvalReport:
    """Compare outcome lines (dicts or Outcome models) with labels; match by source base name."""
    by_name: dict[str, dict[str, Any]] = {}
    unlabelled: list[str] = []
    for raw in outcomes:
        o = _dump(raw)
        name = PurePath(str(o.get("source") or "")).name
        if name not in labels:
            unlabelled.append(str(o.get("source")))
            continue
        # A later 'duplicate' line for the same file must not hide the first real decision.
        if name not in by_name or by_name[name].get("decision") == "duplicate":
            by_name[name] = o
    items = [_item(label, by_name.get(name)) for name, label in sorted(labels.items())]

    overall = Figures()
    by_tag: dict[str, Figures] = defaultdict(Figures)
    by_kind: dict[str, Figures] = defaultdict(Figures)
    confusion = {t: {p: 0 for p in CATEGORIES} for t in CATEGORIES}
    uncategorised: Counter[str] = Counter()
    for it in items:
        overall.add(it)
        # "template:<id>" tags name the generator's wording, one group per letter: no breakdown
        for tag in [t for t in it.label.tags if not t.startswith("template:")] or ["(none)"]:
            by_tag[tag].add(it)
        by_kind[it.label.kind or "(unknown)"].add(it)
        if it.category in CATEGORIES:
            confusion[it.label.category][it.category] += 1
        else:
            uncategorised[it.label.category] += 1
    return EvalReport(
        overall=overall, confusion=confusion, uncategorised=dict(uncategorised),
        recipient_reliability=reliability(
            (it.recipient_conf, it.recipient_ok) for it in items
            if it.recipient is not None and it.recipient_conf is not None),
        category_reliability=reliability(
            (it.category_conf, it.category == it.label.category) for it in items
            if it.category is not None and it.category_conf is not None),
        by_tag=dict(by_tag), by_kind=dict(by_kind),
        errors=[row for it in items if (row := _error_row(it))], unlabelled=unlabelled,
    )


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def render(report: EvalReport, console: Any) -> None:
    """Print the report as rich tables: targets, confusion, reliability, breakdowns, errors."""
    from rich.table import Table

    o = report.overall
    t = Table(title=f"Routing quality on {o.n} items")
    for col in ("figure", "value", "target", ""):
        t.add_column(col)
    for name, op, target, value, ok in report.targets():
        shown = f"{value:.3f}" if name == "deadline_f1" else _pct(value)
        goal = f"{op} {target:.2f}" if name == "deadline_f1" else f"{op} {_pct(target)}"
        t.add_row(name.replace("_", " "), shown, goal, "[green]pass" if ok else "[red]FAIL")
    t.add_row("filed, category to confirm", _pct(o.to_confirm_share), "", "")
    t.add_row("filed, nobody looks", _pct(o.untouched_share), "", "")
    t.add_row("review share", _pct(o.review_share), "", "")
    t.add_row("sender: labelled / right", f"{o.with_sender} / {o.sender_correct}", "", "")
    t.add_row("deadline P / R", f"{o.deadline_precision:.3f} / {o.deadline_recall:.3f}", "", "")
    t.add_row("misfiles / quarantined / missing", f"{o.misfiles} / {o.quarantined} / {o.missing}", "", "")
    console.print(t)

    # Four-letter heads and tight padding so the 10x10 matrix fits an 80-column terminal.
    cm = Table(title="Category confusion (rows: truth, columns: predicted)", padding=(0, 1))
    cm.add_column("truth", no_wrap=True)
    for c in CATEGORIES:
        cm.add_column(c[:4], justify="right", no_wrap=True)
    cm.add_column("none", justify="right", no_wrap=True)
    for truth in CATEGORIES:
        row = report.confusion[truth]
        cm.add_row(truth, *[(f"[bold]{row[p]}" if p == truth else str(row[p] or "."))
                            for p in CATEGORIES], str(report.uncategorised.get(truth, 0) or "."))
    console.print(cm)

    rt = Table(title="Reliability: is a confidence of 0.9 right 90% of the time?", padding=(0, 1))
    for col in ("bin", "rcpt n", "conf", "right", "cat n", "conf", "right"):
        rt.add_column(col, justify="right", no_wrap=True)
    for rb, cb in zip(report.recipient_reliability, report.category_reliability):
        rt.add_row(f"{rb.low:.2f}-{min(rb.high, 1.0):.2f}",
                   str(rb.count), f"{rb.mean_confidence:.2f}", _pct(rb.share_correct),
                   str(cb.count), f"{cb.mean_confidence:.2f}", _pct(cb.share_correct))
    console.print(rt)

    for title, groups in (("By difficulty tag", report.by_tag), ("By kind", report.by_kind)):
        bt = Table(title=title, padding=(0, 1))
        bt.add_column("group", no_wrap=True, max_width=22)
        for col in ("n", "misf", "auto", "rcpt", "sndr", "cat", "date", "dlF1"):
            bt.add_column(col, justify="right", no_wrap=True, min_width=4)
        # Whole percents: the groups are small, and eight figures must fit 80 columns.
        for name, f in sorted(groups.items()):
            bt.add_row(name, str(f.n), str(f.misfiles), *[f"{100 * v:.0f}%" for v in (
                f.auto_file_rate, f.recipient_accuracy, f.sender_accuracy, f.category_accuracy, f.date_accuracy)],
                f"{f.deadline_f1:.2f}")
        console.print(bt)

    if report.errors:
        et = Table(title=f"Errors ({len(report.errors)}; first 30)")
        for col in ("file", "problem", "decision", "recipient (truth)", "category (truth)"):
            et.add_column(col)
        for e in report.errors[:30]:
            et.add_row(e["file"], ",".join(e["problems"]), e["decision"],
                       f"{e['recipient']} ({e['true_recipient']})",
                       f"{e['category']} ({e['true_category']})")
        console.print(et)
    if report.unlabelled:
        console.print(f"[yellow]{len(report.unlabelled)} outcome lines had no label and were ignored")


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
