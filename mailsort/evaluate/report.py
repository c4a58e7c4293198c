"""The report as rich tables for a terminal of 80 columns."""

from __future__ import annotations

from typing import Any

from ..model import CATEGORIES
from .score import EvalReport


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
