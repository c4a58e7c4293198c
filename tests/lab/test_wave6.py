"""The wave-6 generator writes what its labels say (recipient, sender, dates, deadlines), the same
bytes for a seed, and relative deadlines as §§ 187-193 BGB read them. Routing is not run here:
wave 6 is measured once, by the lead."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default
from io import BytesIO
from pathlib import Path

import holidays
import pytest
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort_lab.wave6 import build, generate
from mailsort_lab.wave6.build import _init, letter, make_item, plans
from mailsort_lab.wave6.dates import Dates, all_ways, plus_months, working_day
from mailsort_lab.wave6.firms import Directory, fold

from .determinism import rendered_twice

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ROOT / "config" / "clients.yaml"
BERLIN = holidays.country_holidays("DE", subdiv="BE", years=[2026, 2027])
KEYS = {"file", "kind", "recipient", "category", "date", "deadlines", "sender", "language", "tags", "pages", "subject"}
SEED = 17


@pytest.fixture(scope="module")
def wave6_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wave6")
    generate(out, n=8, seed=SEED, clients=CLIENTS, workers=1)
    return out


def _flat(text: str) -> str:
    return fold(re.sub(r"\s+", " ", text))


def _file_text(path: Path) -> str:
    """The words of a born-digital PDF, or an email's headers, body and PDF attachments."""
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    msg = message_from_bytes(path.read_bytes(), policy=default)
    parts = [str(msg["From"]), str(msg["To"]), msg.get_body(("plain",)).get_content()]
    for att in msg.iter_attachments():
        parts += [p.extract_text() for p in PdfReader(BytesIO(att.get_content())).pages]
    return "\n".join(parts)


def _forms_named(text: str, d: Directory) -> list[str]:
    """A line that is a client's name or alias, or a client's person or mailbox number anywhere.
    (A sister firm 'X Holding GmbH' contains X's name on purpose: that is what makes it a twin.)"""
    flat = f" {_flat(text)} "
    lines = {_flat(ln) for ln in text.splitlines()}
    hits = [n for c in d.clients for n in [c.name, *c.aliases] if fold(n) in lines]
    hits += [p for c in d.clients for p in c.people if f" {fold(p)} " in flat]
    return hits + [c.mailbox for c in d.clients if re.search(rf"(?<!\d){c.mailbox}(?!\d)", text)]


def test_labels_have_wave5s_format_and_match_the_letters(wave6_set):
    labels = json.loads((wave6_set / "labels.json").read_text(encoding="utf-8"))
    assert set(labels) == {"version", "generator", "seed", "items"} and labels["generator"] == "mailsort_lab.wave6"
    items = labels["items"]
    assert {i["file"] for i in items} == {p.name for p in wave6_set.iterdir()} - {"labels.json"}
    d = Directory(CLIENTS)
    by_id = {c.id: c for c in d.clients}
    for plan, it in zip(plans(8, SEED), items):
        assert set(it) == KEYS and it["category"] in CATEGORIES and it["language"] in ("de", "en")
        doc, client, _, _ = letter(plan, d)          # the words the item was drawn from
        words = doc.words()
        assert (it["recipient"], it["sender"], it["date"]) == (client and client.id, doc.sender.name, doc.day.isoformat())
        assert any(w in doc.dateline for w in all_ways(doc.day))
        for x in map(date.fromisoformat, it["deadlines"]):
            assert x > doc.day and x.weekday() < 5 and x not in BERLIN
            assert any(w in words for w in all_ways(x)) or "deadline-relative" in it["tags"]
        for x in doc.dates.distractors:              # no stamp, note or table date is a deadline
            assert x.isoformat() not in it["deadlines"] or any(w in words for w in all_ways(x))
        if it["recipient"]:
            c = by_id[it["recipient"]]
            assert any(f" {fold(f)} " in f" {_flat(' '.join(doc.block))} " for f in d.forms(c))
        else:
            assert not _forms_named("\n".join(doc.block), d), doc.block
        path = wave6_set / it["file"]
        if it["kind"] != "scan":                     # born-digital words: the sender's full name, the block
            text = _file_text(path)
            assert _flat(it["sender"]) in _flat(text)
            if it["recipient"]:
                assert any(f" {fold(f)} " in f" {_flat(text)} " for f in d.forms(by_id[it["recipient"]]))
                if it["kind"] == "email":
                    assert any(e in text for e in by_id[it["recipient"]].emails) or "mail-forward" in it["tags"]


def test_nobody_mail_never_names_a_client():
    d = Directory(CLIENTS)
    todo = [p for p in plans(300, 606) if p.nobody]
    assert len(todo) == 26
    for plan in todo:
        doc, client, tags, _ = letter(plan, d)
        assert client is None and any(t.startswith("nobody-") for t in tags)
        assert not _forms_named("\n".join(doc.block), d), doc.block


def test_a_scan_reads_back_with_its_recipient_and_sender(tmp_path):
    """OCR of one rendered scan: the address block and the sender's name are on the page."""
    pytesseract = pytest.importorskip("pytesseract")
    from PIL import Image
    _init(str(CLIENTS), str(tmp_path))
    plan = next(p for p in plans(40, SEED) if p.kind == "scan" and not p.nobody)
    it = make_item(plan)
    with Image.open(tmp_path / it["file"]) if not it["file"].endswith(".pdf") else _pdf_page(tmp_path / it["file"]) as img:
        img.seek(0)
        text = pytesseract.image_to_string(img.convert("L"), lang="deu+eng" if "deu" in pytesseract.get_languages() else "eng")
    d = Directory(CLIENTS)
    c = next(c for c in d.clients if c.id == it["recipient"])
    flat = _flat(text)
    assert any(fold(f) in flat for f in d.forms(c) if len(f) > 3) or "scan-fax" in it["tags"] or "rotated" in it["tags"]


def _pdf_page(path: Path):
    from PIL import Image
    img = PdfReader(path).pages[0].images[0].image
    return img if isinstance(img, Image.Image) else Image.open(BytesIO(img))


def test_same_seed_same_bytes(tmp_path):
    first, second = rendered_twice(tmp_path, build, CLIENTS)
    assert first == second


def test_periods_end_on_working_days_counted_from_the_letter():
    assert working_day(date(2026, 12, 25)) == date(2026, 12, 28)     # Christmas, Boxing Day, Sunday
    assert working_day(date(2026, 3, 8)) == date(2026, 3, 9)         # Sunday (and Berlin's Frauentag)
    assert working_day(date(2026, 5, 1)) == date(2026, 5, 4)         # Labour Day, a Friday
    assert plus_months(date(2026, 1, 31), 1) == date(2026, 2, 28)   # § 188 (3)
    words = {"zwei": 2, "drei": 3, "vier": 4, "sechs": 6, "two": 2, "three": 3, "four": 4, "six": 6}
    for seed in range(60):
        day = date(2026, 4, 24)
        d = Dates(day, "de" if seed % 2 else "en", random.Random(seed))
        phrase = d.period()
        if m := re.search(r"(\d+) (Tagen|days)", phrase):
            end = day + timedelta(days=int(m[1]))
        elif m := re.search(r"(\w+) (Wochen|weeks)", phrase):
            end = day + timedelta(days=7 * words[m[1]])
        elif re.search(r"einer Woche|one week", phrase):
            end = day + timedelta(days=7)
        else:
            end = plus_months(day, 2 if re.search("zwei|two", phrase) else 1)
        assert d.deadlines == [working_day(end)], phrase


def test_wave6_is_written_apart_from_the_routing_code():
    for src in (ROOT / "lab" / "mailsort_lab" / "wave6").glob("*.py"):
        body = src.read_text(encoding="utf-8")
        for banned in ("mailsort.routing", "mailsort.text", "mailsort_lab.blind", "mailsort_lab.holdout",
                       "mailsort_lab.wave4", "mailsort_lab.wave5"):
            assert banned not in body, (src.name, banned)
        assert len(body.splitlines()) <= 400, src.name
