"""The wave-7 generator writes what its labels say (recipient, sender, dates, deadlines), the same
bytes for a seed, and periods as §§ 187, 188, 193 BGB read them. Routing is not run here: wave 7 is
measured once, by the lead."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default
from io import BytesIO
from pathlib import Path

import holidays
import pytest
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort_lab.wave7 import build, generate
from mailsort_lab.wave7.build import letter, plans
from mailsort_lab.wave7.days import PERIODS, all_forms, fmt, period_end, plus_months, working_day
from mailsort_lab.wave7.doc import Doc
from mailsort_lab.wave7.people import Directory, fold
from mailsort_lab.wave7.senders import SENDERS, iban

from .determinism import rendered_twice

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "config" / "clients.yaml"
BERLIN = holidays.country_holidays("DE", subdiv="BE", years=[2026, 2027])
KEYS = {"file", "kind", "recipient", "category", "date", "deadlines", "sender", "language", "tags", "pages", "subject"}
SEED = 17


@pytest.fixture(scope="module")
def wave7_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wave7")
    generate(out, n=8, seed=SEED, clients=CLIENTS, workers=1)
    return out


def _flat(text: str) -> str:
    return fold(re.sub(r"\s+", " ", text))


def _file_text(path: Path) -> str:
    """The words of a born-digital PDF, or an email's headers, body and PDF attachments."""
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    msg = message_from_bytes(path.read_bytes(), policy=default)
    parts = [str(msg["From"]), str(msg["To"]), msg.get_body(("plain", "html")).get_content()]
    for att in msg.iter_attachments():
        parts += [p.extract_text() for p in PdfReader(BytesIO(att.get_content())).pages]
    return "\n".join(parts)


def _named(text: str, d: Directory) -> list[str]:
    """A line that is a client's name or alias, or a client's person or mailbox number anywhere."""
    flat = f" {_flat(text)} "
    lines = {_flat(ln) for ln in text.splitlines()}
    hits = [n for c in d.clients for n in [c.name, *c.aliases] if fold(n) in lines]
    hits += [p for c in d.clients for p in c.people if f" {fold(p)} " in flat]
    return hits + [c.mailbox for c in d.clients if re.search(rf"(?<!\d){c.mailbox}(?!\d)", text)]


def _deadlines_ok(doc: Doc, tags: list[str], deadlines: list[str]) -> None:
    words = doc.words()
    for x in map(date.fromisoformat, deadlines):
        assert x > doc.day and x.weekday() < 5 and x not in BERLIN, (x, doc.subject)
        if not ({"deadline-relative", "deadline-shifted"} & set(tags)):
            assert any(w in words for w in all_forms(x)), (x, doc.subject)


def test_labels_have_the_waves_format_and_match_the_letters(wave7_set):
    labels = json.loads((wave7_set / "labels.json").read_text(encoding="utf-8"))
    assert set(labels) == {"version", "generator", "seed", "items"} and labels["generator"] == "mailsort_lab.wave7"
    items = labels["items"]
    assert {i["file"] for i in items} == {p.name for p in wave7_set.iterdir()} - {"labels.json"}
    d = Directory(CLIENTS)
    by_id = {c.id: c for c in d.clients}
    for plan, it in zip(plans(8, SEED), items):
        assert set(it) == KEYS and it["category"] in CATEGORIES and it["language"] in ("de", "en")
        doc, client, tags, _ = letter(plan, d)
        assert (it["recipient"], it["sender"], it["date"]) == (client and client.id, doc.sender.name, doc.day.isoformat())
        assert doc.day.weekday() < 5 and doc.date_text in all_forms(doc.day)
        _deadlines_ok(doc, it["tags"], it["deadlines"])
        if it["recipient"]:
            assert any(f" {fold(f)} " in f" {_flat(' '.join(doc.block))} " for f in d.forms(by_id[it["recipient"]]))
        else:
            assert not _named("\n".join(doc.block), d), doc.block
        if it["kind"] != "scan":                     # born-digital words: the sender, the date, the recipient
            text = _file_text(wave7_set / it["file"])
            assert _flat(it["sender"]) in _flat(text)
            if it["recipient"]:
                c = by_id[it["recipient"]]
                assert any(f" {fold(f)} " in f" {_flat(text)} " for f in d.forms(c)) or any(e in text for e in c.emails)


def test_every_label_of_the_full_plan_is_consistent():
    """All 300 letters of the measured seed, drawn without rendering: deadlines are working days
    after the letter, recipients are in the directory, mail for nobody names no client."""
    d = Directory(CLIENTS)
    ids = {c.id for c in d.clients}
    todo = plans(300, 707)
    assert Counter(p.kind for p in todo) == {"scan": 225, "pdf": 30, "email": 45}
    assert sum(p.nobody for p in todo) == 26
    langs = Counter()
    for plan in todo:
        doc, client, tags, _ = letter(plan, d)
        langs[doc.lang] += 1
        assert doc.category in CATEGORIES and doc.sender.lang == doc.lang
        _deadlines_ok(doc, tags + (["deadline-relative"] if doc.relative else []) +
                      (["deadline-shifted"] if doc.shifted else []), [x.isoformat() for x in doc.deadlines])
        if plan.nobody:
            assert client is None and any(t.startswith("nobody-") for t in tags)
            assert not _named("\n".join(doc.block), d), doc.block
        else:
            assert client.id in ids
    assert 0.15 <= langs["en"] / 300 <= 0.25


def test_same_seed_same_bytes(tmp_path):
    first, second = rendered_twice(tmp_path, build, CLIENTS)
    assert first == second


def test_periods_end_on_working_days_counted_from_the_letter():
    assert working_day(date(2026, 12, 25)) == date(2026, 12, 28)     # Christmas, Boxing Day, Sunday
    assert working_day(date(2026, 3, 8)) == date(2026, 3, 9)         # Sunday and Berlin's Frauentag
    assert working_day(date(2026, 5, 1)) == date(2026, 5, 4)         # Labour Day, a Friday
    assert working_day(date(2026, 10, 3)) == date(2026, 10, 5)       # Unity Day, a Saturday
    assert plus_months(date(2026, 1, 31), 1) == date(2026, 2, 28)    # § 188 (3)
    # "innerhalb von 14 Tagen ab Datum dieses Schreibens" of Thursday 12 March: Thursday 26 March
    assert period_end(date(2026, 3, 12), 14, "days") == date(2026, 3, 26)
    # 14 days from 20 March end on Good Friday 3 April: Tuesday 7 April after Easter Monday
    assert period_end(date(2026, 3, 20), 14, "days") == date(2026, 4, 7)
    assert period_end(date(2026, 4, 24), 2, "weeks") == date(2026, 5, 8)
    assert period_end(date(2026, 1, 31), 1, "months") == date(2026, 3, 2)  # 28 Feb is a Saturday
    rng = random.Random(3)
    for i in range(200):
        day = date(2026, 1, 5) + timedelta(days=rng.randint(0, 330))
        doc = Doc("de" if i % 2 else "en", "reminder", SENDERS["reminder"][0], day, "dot", [], None, random.Random(i))
        phrase = doc.within(tuple(range(len(PERIODS))))
        row = next(p for p in PERIODS if phrase in p[:2])
        n = {"zwei": 2, "drei": 3, "two": 2, "three": 3, "eines": 1, "one": 1}
        m = re.search(r"(\d+|\w+) (Tagen|days|Wochen|weeks|Monats|month)", phrase)
        amount = int(m[1]) if m[1].isdigit() else n[m[1]]
        end = day + timedelta(days=amount) if m[2] in ("Tagen", "days") else \
            day + timedelta(weeks=amount) if m[2] in ("Wochen", "weeks") else plus_months(day, amount)
        assert amount == row[2] and doc.deadlines == [working_day(end)], phrase


def test_dates_and_ibans_are_written_as_letters_write_them():
    d = date(2026, 3, 12)
    assert {fmt(d, s) for s in ("dot", "de-long", "iso", "en-us")} == {"12.03.2026", "12. März 2026", "2026-03-12", "March 12, 2026"}
    for seed in range(20):
        raw = iban(random.Random(seed)).replace(" ", "")
        assert int("".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])) % 97 == 1


def test_wave7_is_written_apart_from_the_routing_code():
    for src in (ROOT / "lab" / "mailsort_lab" / "wave7").glob("*.py"):
        body = src.read_text(encoding="utf-8")
        for banned in ("mailsort.routing", "mailsort.text", "mailsort.training", "mailsort_lab.blind",
                       "mailsort_lab.holdout", "mailsort_lab.wave4", "mailsort_lab.wave5", "mailsort_lab.wave6"):
            assert banned not in body, (src.name, banned)
        assert len(body.splitlines()) <= 400, src.name
