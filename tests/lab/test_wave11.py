"""The wave-11 generator writes what its labels say, the same bytes for a seed, and counts periods
as §§ 187, 188, 193 BGB do (national holidays). Routing is not run here: wave 11 is measured once, by the lead."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from mailsort.model import CATEGORIES
from mailsort_lab.wave11 import build, generate
from mailsort_lab.wave11.build import letter, plans
from mailsort_lab.wave11.cal import add_months, all_forms, fmt, is_working_day, next_working_day, period_end
from mailsort_lab.wave11.clients import STRANGER_FIRMS, STRANGER_PEOPLE, Directory, bare, fold, stem
from mailsort_lab.wave11.orgs import ORGS, iban

from .determinism import rendered_twice

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "config" / "clients.yaml"
KEYS = {"file", "kind", "recipient", "category", "date", "deadlines", "sender", "language", "tags", "pages", "subject"}
_PLAN: list = []


def _full_plan(d: Directory) -> list:
    if not _PLAN:
        _PLAN.extend((p, *letter(p, d)) for p in plans(300, 1111))
    return _PLAN


def _named(lines: list[str], text: str, d: Directory) -> list[str]:
    """Client names or aliases as a line, client people anywhere, client box numbers anywhere."""
    folded = {fold(ln) for ln in lines}
    flat = f" {fold(text)} "
    hits = [n for c in d.clients for n in [c.name, *c.aliases] if fold(n) in folded]
    hits += [p for c in d.clients for p in c.people if f" {fold(bare(p))} " in flat]
    digits = re.sub(r"(?<=\d) (?=\d)", "", text)
    return hits + [c.mailbox for c in d.clients if re.search(rf"(?<!\d){c.mailbox}(?!\d)", digits)]


def test_every_label_of_the_full_plan_is_consistent():
    d = Directory(CLIENTS)
    todo = plans(300, 1111)
    assert Counter(p.kind for p in todo) == {"scan": 225, "pdf": 30, "email": 45}
    assert sum(p.nobody for p in todo) == 26
    langs, cats, twins, multi, relative = Counter(), Counter(), 0, 0, 0
    for plan, doc, client, tags, _ in _full_plan(d):
        langs[doc.lang] += 1
        cats[doc.category] += 1
        assert doc.category in CATEGORIES and doc.org.lang == doc.lang and doc.sender_label == doc.org.name
        assert doc.date_text in all_forms(doc.day) and doc.day.weekday() < 5
        assert len(set(doc.deadlines)) == len(doc.deadlines), doc.template
        multi += len(doc.deadlines) >= 2
        relative += "deadline-relative" in tags
        for x in doc.deadlines:
            assert x > doc.day and is_working_day(x), (x, doc.template)
        if plan.kind == "email":
            assert not doc.org.public, doc.template
        block = "\n".join(doc.addr.lines)
        if plan.nobody:
            assert client is None and "nobody" in tags
            assert not _named(doc.addr.lines, block, d), doc.addr.lines
            assert not [n for n in _named([], doc.words(), d) if not n.isdigit()], doc.template
        else:
            twins += "near-twin" in tags
            names = [stem(n) for n in [client.name, *client.aliases]]
            if "addr-box-only" in tags:
                assert client.mailbox in re.sub(r"(?<=\d) (?=\d)", "", block) and bare(doc.addr.person) in block
            else:
                assert any(f" {fold(n)} " in f" {fold(block)} " for n in names), (client.id, doc.addr.lines)
            if "near-twin" in tags and "addr-box-only" not in tags:   # a near twin: its full legal name
                assert fold(client.name) in {fold(ln) for ln in doc.addr.lines}, doc.addr.lines
    assert 0.28 <= langs["en"] / 300 <= 0.40 and len(cats) == 10 and twins >= 20
    assert cats["invoice"] == max(cats.values()) and multi >= 15 and relative >= 40


def test_printed_deadlines_appear_in_the_text():
    d = Directory(CLIENTS)
    for _, doc, _, tags, _ in _full_plan(d):
        text = doc.words()
        for x in doc.deadlines:
            assert "deadline-relative" in tags or any(f in text for f in all_forms(x)), (x, doc.template)


def test_senders_and_strangers_are_not_clients():
    d = Directory(CLIENTS)
    for o in ORGS:
        assert fold(o.name) not in d.names and fold(stem(o.name)) not in d.stems, o.name
        for s in o.signers:
            assert fold(bare(s.split("\n")[0])) not in d.people, s
    for f in STRANGER_FIRMS:
        assert fold(f) not in d.names and fold(stem(f)) not in d.stems, f
    for first, last in STRANGER_PEOPLE:
        assert fold(f"{first} {last}") not in d.people


def test_labels_have_the_waves_format(tmp_path):
    generate(tmp_path, n=4, seed=12, clients=CLIENTS, workers=1)
    labels = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert labels["generator"] == "mailsort_lab.wave11" and len(labels["items"]) == 4
    assert {i["file"] for i in labels["items"]} == {p.name for p in tmp_path.iterdir()} - {"labels.json"}
    for it in labels["items"]:
        assert set(it) == KEYS and it["category"] in CATEGORIES and it["file"].startswith("w11-")
        assert all(date.fromisoformat(x) > date.fromisoformat(it["date"]) for x in it["deadlines"])


def test_same_seed_same_bytes(tmp_path):
    first, second = rendered_twice(tmp_path, build, CLIENTS)
    assert first == second


def test_periods_end_on_working_days_counted_from_the_letter():
    assert period_end(date(2026, 5, 4), 10, "days") == date(2026, 5, 15)         # Ascension Day, 14 May 2026
    assert period_end(date(2026, 12, 11), 14, "days") == date(2026, 12, 28)      # Christmas Day, Boxing Day, a Sunday
    assert period_end(date(2026, 3, 31), 1, "months") == date(2026, 4, 30)       # § 188 (3): no 31 April
    assert period_end(date(2027, 1, 29), 1, "months") == date(2027, 3, 1)        # 28 Feb 2027 is a Sunday
    assert period_end(date(2026, 9, 21), 12, "days") == date(2026, 10, 5)        # 3 Oct 2026, a Saturday
    assert period_end(date(2027, 3, 12), 2, "weeks") == date(2027, 3, 30)        # Good Friday .. Easter Monday 2027
    assert period_end(date(2026, 5, 11), 2, "weeks") == date(2026, 5, 26)        # Whit Monday 2026
    assert period_end(date(2027, 9, 20), 2, "weeks") == date(2027, 10, 4)        # 3 Oct 2027 is a Sunday
    assert next_working_day(date(2027, 12, 25)) == date(2027, 12, 27)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert is_working_day(date(2027, 3, 8))                                       # Frauentag: Berlin's only
    assert is_working_day(date(2026, 11, 18))                                     # Buß- und Bettag: Saxony's only


def test_date_forms_and_ibans():
    x = date(2026, 7, 3)
    assert [fmt(x, s) for s in ("dot", "dot-short", "long", "abbr", "us", "ord", "dmy-abbr", "weekday")] == \
        ["03.07.2026", "3.7.2026", "3. Juli 2026", "3. Juli 2026", "July 3, 2026", "3rd July 2026", "03-Jul-2026",
         "Freitag, 3. Juli 2026"]
    for o in ORGS:
        raw = o.account.replace(" ", "")
        assert int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1, o.name
    assert iban("DE", "370400440532013000").replace(" ", "") == "DE89370400440532013000"


def test_wave11_is_written_apart_from_the_routing_code_and_the_earlier_sets():
    for src in (ROOT / "lab" / "mailsort_lab" / "wave11").glob("*.py"):
        body = src.read_text(encoding="utf-8")
        for banned in ("mailsort.routing", "mailsort.text", "mailsort.training", "mailsort.intake", "mailsort.einvoice",
                       "mailsort_lab.blind", "mailsort_lab.holdout", "mailsort_lab.samples", "render.example",
                       *(f"mailsort_lab.wave{i}" for i in range(4, 11))):
            assert banned not in body, (src.name, banned)
