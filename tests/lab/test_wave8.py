"""The wave-8 generator writes what its labels say, the same bytes for a seed, and periods as
§§ 187, 188, 193 BGB read them. Routing is not run here: wave 8 is measured once, by the lead."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import holidays

from mailsort.model import CATEGORIES
from mailsort_lab.wave8 import build, generate
from mailsort_lab.wave8.build import letter, plans
from mailsort_lab.wave8.dates import all_forms, fmt, period_end, plus_months, working_day
from mailsort_lab.wave8.people import Directory, bare, fold
from mailsort_lab.wave8.senders import SENDERS, iban

from .determinism import rendered_twice

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "config" / "clients.yaml"
BERLIN = holidays.country_holidays("DE", subdiv="BE", years=[2026, 2027])
KEYS = {"file", "kind", "recipient", "category", "date", "deadlines", "sender", "language", "tags", "pages", "subject"}


def _named(text: str, d: Directory) -> list[str]:
    """A client's name or alias as a line, a client's person anywhere, a client's mailbox number anywhere."""
    flat = f" {fold(text)} "
    lines = {fold(ln) for ln in text.splitlines()}
    hits = [n for c in d.clients for n in [c.name, *c.aliases] if fold(n) in lines]
    hits += [p for c in d.clients for p in c.people if f" {fold(bare(p))} " in flat]
    return hits + [c.mailbox for c in d.clients if re.search(rf"(?<!\d){c.mailbox}(?!\d)", text)]


def test_every_label_of_the_full_plan_is_consistent():
    """All 300 letters of the measured seed, drawn without rendering."""
    d = Directory(CLIENTS)
    ids = {c.id for c in d.clients}
    todo = plans(300, 808)
    assert Counter(p.kind for p in todo) == {"scan": 225, "pdf": 30, "email": 45}
    assert sum(p.nobody for p in todo) == 26
    langs, cats = Counter(), Counter()
    for plan in todo:
        doc, client, tags, _ = letter(plan, d)
        langs[doc.lang] += 1
        cats[doc.category] += 1
        assert doc.category in CATEGORIES and doc.sender.lang == doc.lang
        assert doc.day.weekday() < 5 and doc.day not in BERLIN and doc.date_text in all_forms(doc.day)
        words = doc.words()
        for x in doc.deadlines:
            assert x > doc.day and x.weekday() < 5 and x not in BERLIN, (x, doc.subject)
            if not doc.relative:
                assert doc.d(x) in words, (x, doc.subject)
        if plan.nobody:
            assert client is None and any(t.startswith("nobody-") for t in tags)
            assert not _named("\n".join(doc.block), d), doc.block
            assert not [n for n in _named(words, d) if not n.isdigit()], doc.block
        else:
            assert client.id in ids
            block = f" {fold(' '.join(doc.block))} "
            assert any(f" {fold(f)} " in block for f in d.forms(client)), doc.block
    assert 0.17 <= langs["en"] / 300 <= 0.24 and len(cats) == 10


def test_senders_are_not_clients():
    d = Directory(CLIENTS)
    for group in SENDERS.values():
        for s in group:
            assert fold(s.name) not in d.names and fold(bare(s.name)) not in d.people, s.name


def test_labels_have_the_waves_format(tmp_path):
    generate(tmp_path, n=5, seed=11, clients=CLIENTS, workers=1)
    labels = json.loads((tmp_path / "labels.json").read_text(encoding="utf-8"))
    assert labels["generator"] == "mailsort_lab.wave8" and len(labels["items"]) == 5
    assert {i["file"] for i in labels["items"]} == {p.name for p in tmp_path.iterdir()} - {"labels.json"}
    for it in labels["items"]:
        assert set(it) == KEYS and it["category"] in CATEGORIES
        assert all(date.fromisoformat(x) > date.fromisoformat(it["date"]) for x in it["deadlines"])


def test_same_seed_same_bytes(tmp_path):
    first, second = rendered_twice(tmp_path, build, CLIENTS)
    assert first == second


def test_periods_end_on_working_days_counted_from_the_letter():
    assert working_day(date(2026, 12, 25)) == date(2026, 12, 28)
    assert working_day(date(2026, 3, 8)) == date(2026, 3, 9)          # Sunday and Berlin's Frauentag
    assert plus_months(date(2026, 1, 31), 1) == date(2026, 2, 28)     # § 188 (3)
    assert period_end(date(2026, 3, 12), 14, "days") == date(2026, 3, 26)
    assert period_end(date(2026, 3, 20), 14, "days") == date(2026, 4, 7)   # Good Friday, Easter Monday
    assert period_end(date(2026, 1, 31), 1, "months") == date(2026, 3, 2)  # 28 Feb is a Saturday
    assert period_end(date(2026, 4, 17), 2, "weeks") == date(2026, 5, 4)   # 1 May, a Friday


def test_dates_and_ibans():
    d = date(2026, 3, 12)
    assert {fmt(d, s) for s in ("dot", "long", "iso", "en-us", "uk-slash")} == \
        {"12.03.2026", "12. März 2026", "2026-03-12", "March 12, 2026", "12/03/2026"}
    import random
    for seed in range(20):
        raw = iban(random.Random(seed), ("DE", "GB", "IE", "DK")[seed % 4]).replace(" ", "")
        assert int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1


def test_wave8_is_written_apart_from_the_routing_code():
    for src in (ROOT / "lab" / "mailsort_lab" / "wave8").glob("*.py"):
        body = src.read_text(encoding="utf-8")
        for banned in ("mailsort.routing", "mailsort.text", "mailsort.training", "mailsort_lab.blind", "mailsort_lab.holdout",
                       "mailsort_lab.wave4", "mailsort_lab.wave5", "mailsort_lab.wave6", "mailsort_lab.wave7"):
            assert banned not in body, (src.name, banned)
