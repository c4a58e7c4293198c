"""The wave-3 blind generator writes what its labels say, and the same bytes for a seed."""

from __future__ import annotations

import hashlib
import json
import random
import re
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort.routing.directory import load_directory
from mailsort_lab.blind import generate
from mailsort_lab.blind.build import Plan, _init, make_item
from mailsort_lab.blind.window import Book, nobody_block

CLIENTS = Path(__file__).resolve().parents[2] / "config" / "clients.yaml"


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def blind_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("blind")
    generate(out, n=6, seed=5, clients=CLIENTS, workers=1)
    return out


def test_six_items_match_their_labels(blind_set):
    labels = json.loads((blind_set / "labels.json").read_text(encoding="utf-8"))
    items = labels["items"]
    assert labels["version"] == 1 and len(items) == 6
    assert {i["file"] for i in items} == {p.name for p in blind_set.iterdir()} - {"labels.json"}
    directory = load_directory(CLIENTS)
    for it in items:
        path = blind_set / it["file"]
        assert it["category"] in CATEGORIES and it["language"] in ("de", "en")
        assert it["recipient"] is None or it["recipient"] in directory.by_id
        assert all(d > it["date"] for d in it["deadlines"])
        if it["kind"] == "email":
            msg = message_from_bytes(path.read_bytes(), policy=default)
            assert msg["From"] and msg["To"] and msg.get_body(("plain",)) is not None
        elif path.suffix == ".pdf":
            assert PdfReader(path).pages
        else:
            with Image.open(path) as img:
                assert img.size[0] > 1000 or img.size[1] > 1000  # an A4 page at >= 150 dpi


def test_same_seed_same_bytes(blind_set, tmp_path):
    again = tmp_path / "again"
    generate(again, n=6, seed=5, clients=CLIENTS, workers=1)
    assert _digest(again) == _digest(blind_set)
    _init(str(CLIENTS), str(tmp_path))
    first, second = (make_item(Plan(1, "email", False, seed)) for seed in (5, 6))
    assert first["file"] == second["file"] and first != second  # another seed, another letter


def test_born_digital_letter_prints_its_labelled_dates_and_recipient(tmp_path):
    _init(str(CLIENTS), str(tmp_path))
    directory = load_directory(CLIENTS)
    seen_deadline = False
    for index in range(1, 9):
        it = make_item(Plan(index, "pdf", False, 42))
        text = " ".join(p.extract_text() for p in PdfReader(tmp_path / it["file"]).pages)
        text = re.sub(r"\s+", " ", text)
        client = directory.by_id[it["recipient"]]
        # The window names the client in one of its forms: a name, a person or the mailbox number.
        cues = [client.mailbox, *(p.split()[-1] for p in client.people), *(n.split()[0] for n in client.names)]
        assert any(c.upper() in text.upper() for c in cues), it["file"]
        y, m, d = it["date"].split("-")
        assert re.search(rf"\b0?{int(d)}\.( ?0?{int(m)}\.|\s\w+ )(20)?{y[2:]}\b|{int(d)}(st|nd|rd|th)?,? ", text), it
        for due in it["deadlines"]:
            dy, dm, dd = due.split("-")
            dated = re.search(rf"\b0?{int(dd)}\.( ?0?{int(dm)}\.|\s\w+ )(20)?{dy[2:]}\b", text)
            assert dated or re.search(r"\b\d+ (Tage|Tagen|days)\b|Monats|month", text), (due, text[:400])
            seen_deadline = True
    assert seen_deadline


def test_mail_for_nobody_never_names_a_client():
    book = Book(load_directory(CLIENTS))
    boxes = {c.mailbox for c in book.d.clients}
    rng = random.Random(3)
    for _ in range(200):
        block = nobody_block(book, rng, "de")
        firm = next(line for line in block.lines if not line.startswith("Herrn "))
        assert not book.taken(firm), firm
        assert not any(re.search(rf"\b{b}\b", line) for line in block.lines for b in boxes), block.lines


def test_a_period_that_ends_on_a_weekend_or_holiday_is_labelled_with_the_next_working_day():
    from datetime import date

    from mailsort_lab.blind.when import Due

    # Friday 20.11.2026: 30 days end on Sunday 20.12 (labelled Monday 21.12); one month on Sunday
    # 20.12 too; 14 days on Friday 04.12 (itself).
    for seed in range(40):
        due = Due(date(2026, 11, 20), "en", random.Random(seed))
        sentence = due.relative()
        n = int(re.search(r"\d+", sentence).group())
        assert due.dates == [{14: date(2026, 12, 4), 30: date(2026, 12, 21)}[n]], sentence
    due = Due(date(2026, 11, 20), "de", random.Random(1))
    due.month()
    assert due.dates == [date(2026, 12, 21)]
