"""The wave-10 generator writes what its labels say, the same bytes for a seed, and counts periods
as §§ 187, 188, 193 BGB do. Routing is not run here: wave 10 is measured once, by the lead."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

from mailsort.model import CATEGORIES
from mailsort_lab.wave10 import build, generate
from mailsort_lab.wave10.addressing import STRANGER_PEOPLE, Directory, bare, fold, stem
from mailsort_lab.wave10.build import letter, plans
from mailsort_lab.wave10.firms import SENDERS, iban
from mailsort_lab.wave10.kalender import add_months, all_forms, fmt, is_working_day, next_working_day, period_end

from .determinism import rendered_twice

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "config" / "clients.yaml"
KEYS = {"file", "kind", "recipient", "category", "date", "deadlines", "sender", "language", "tags", "pages", "subject"}


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
    todo = plans(300, 1010)
    assert Counter(p.kind for p in todo) == {"scan": 225, "pdf": 30, "email": 45}
    assert sum(p.nobody for p in todo) == 26
    langs, cats, twins = Counter(), Counter(), 0
    for plan in todo:
        doc, client, tags, _ = letter(plan, d)
        langs[doc.lang] += 1
        cats[doc.category] += 1
        assert doc.category in CATEGORIES and doc.firm.lang == doc.lang and doc.sender_label
        assert doc.date_text in all_forms(doc.day) and (doc.day.weekday() < 5 or "dated-saturday" in tags)
        assert len(set(doc.deadlines)) == len(doc.deadlines), doc.template
        for x in doc.deadlines:
            assert x > doc.day and is_working_day(x), (x, doc.template)
        if plan.kind == "email":
            assert not doc.firm.public, doc.template
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
            # a near twin is always written with its full legal name, so the block names one client only
            if "near-twin" in tags:
                assert fold(client.name) in {fold(ln) for ln in doc.addr.lines}, doc.addr.lines
    assert 0.28 <= langs["en"] / 300 <= 0.40 and len(cats) == 10 and twins >= 10
    assert cats["invoice"] == max(cats.values())


def test_printed_deadlines_appear_in_the_text():
    d = Directory(CLIENTS)
    for plan in plans(300, 1010):
        doc, _, tags, _ = letter(plan, d)
        text = doc.words()
        relative = "deadline-relative" in tags
        for x in doc.deadlines:
            assert relative or any(f in text for f in all_forms(x)), (x, doc.template)


def test_senders_and_strangers_are_not_clients():
    d = Directory(CLIENTS)
    for f in SENDERS:
        assert fold(f.name) not in d.names and fold(stem(f.name)) not in d.stems, f.name
        for s in f.signers:
            assert fold(bare(s)) not in d.people, s
    for first, last, _ in STRANGER_PEOPLE:
        assert fold(f"{first} {last}") not in d.people


def test_labels_have_the_waves_format(tmp_path):
    generate(tmp_path, n=4, seed=12, clients=CLIENTS, workers=1)
    labels = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert labels["generator"] == "mailsort_lab.wave10" and len(labels["items"]) == 4
    assert {i["file"] for i in labels["items"]} == {p.name for p in tmp_path.iterdir()} - {"labels.json"}
    for it in labels["items"]:
        assert set(it) == KEYS and it["category"] in CATEGORIES and it["file"].startswith("w10-")
        assert all(date.fromisoformat(x) > date.fromisoformat(it["date"]) for x in it["deadlines"])


def test_same_seed_same_bytes(tmp_path):
    first, second = rendered_twice(tmp_path, build, CLIENTS)
    assert first == second


def test_periods_end_on_working_days_counted_from_the_letter():
    assert period_end(date(2026, 3, 2), 14, "days") == date(2026, 3, 16)          # a Monday, nothing to move
    assert period_end(date(2026, 3, 1), 14, "days") == date(2026, 3, 16)          # ends Sunday 15 March
    assert period_end(date(2025, 9, 19), 14, "days") == date(2025, 10, 6)         # 3 October, a Friday
    assert period_end(date(2026, 9, 19), 2, "weeks") == date(2026, 10, 5)         # 3 October 2026 is a Saturday
    assert period_end(date(2026, 3, 24), 10, "days") == date(2026, 4, 7)          # Good Friday .. Easter Monday
    assert period_end(date(2026, 1, 30), 1, "months") == date(2026, 3, 2)         # 28 Feb (§ 188 (3)) is a Saturday
    assert period_end(date(2026, 12, 11), 2, "weeks") == date(2026, 12, 28)       # Christmas, then a Sunday
    assert period_end(date(2026, 4, 17), 2, "weeks") == date(2026, 5, 4)          # 1 May is a Friday
    assert period_end(date(2026, 4, 30), 2, "weeks") == date(2026, 5, 15)         # Ascension Day, 14 May
    assert period_end(date(2026, 3, 31), 6, "weeks") == date(2026, 5, 12)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)                  # a leap year
    assert next_working_day(date(2026, 3, 8)) == date(2026, 3, 9)                 # national holidays only: no Frauentag
    assert is_working_day(date(2027, 3, 8))                                       # clients.yaml names no Bundesland


def test_date_forms_and_ibans():
    x = date(2026, 3, 2)
    assert [fmt(x, s) for s in ("de-dot", "de-long", "de-abbr", "en-us", "en-ord", "en-abbr", "de-weekday")] == \
        ["02.03.2026", "2. März 2026", "2. März 2026", "March 2, 2026", "2nd March 2026", "02-Mar-2026", "Montag, 2. März 2026"]
    assert fmt(date(2026, 11, 12), "en-ord") == "12th November 2026" and fmt(date(2026, 5, 23), "en-ord") == "23rd May 2026"
    for f in SENDERS:
        raw = f.account.replace(" ", "")
        assert int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1, f.name
    assert iban("DE", "370400440532013000").replace(" ", "") == "DE89370400440532013000"


def test_wave10_is_written_apart_from_the_routing_code_and_the_earlier_sets():
    for src in (ROOT / "lab" / "mailsort_lab" / "wave10").glob("*.py"):
        body = src.read_text(encoding="utf-8")
        for banned in ("mailsort.routing", "mailsort.text", "mailsort.training", "mailsort.intake", "mailsort.einvoice",
                       "mailsort_lab.blind", "mailsort_lab.holdout", "mailsort_lab.samples", "render.example",
                       *(f"mailsort_lab.wave{i}" for i in range(4, 10))):
            assert banned not in body, (src.name, banned)
