"""The wave-4 generator writes what its labels say: ten items, one file each, dates that add up."""

from __future__ import annotations

import json
import random
from datetime import date
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort.routing.directory import load_directory
from mailsort_lab.wave4 import generate
from mailsort_lab.wave4.address import Book, client_block
from mailsort_lab.wave4.due import Due, business_day

CLIENTS = Path(__file__).resolve().parents[2] / "config" / "clients.yaml"


@pytest.fixture(scope="module")
def wave4_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wave4")
    generate(out, n=10, seed=3, clients=CLIENTS, workers=1)
    return out


def test_ten_items_match_their_labels(wave4_set):
    labels = json.loads((wave4_set / "labels.json").read_text(encoding="utf-8"))
    items = labels["items"]
    assert labels["version"] == 1 and len(items) == 10
    assert {i["file"] for i in items} == {p.name for p in wave4_set.iterdir()} - {"labels.json"}
    directory = load_directory(CLIENTS)
    for it in items:
        path = wave4_set / it["file"]
        assert it["category"] in CATEGORIES and it["language"] in ("de", "en")
        assert it["recipient"] is None or it["recipient"] in directory.by_id
        assert it["deadlines"] == sorted(it["deadlines"]) and all(d > it["date"] for d in it["deadlines"])
        if it["kind"] == "email":
            msg = message_from_bytes(path.read_bytes(), policy=default)
            assert msg["From"] and msg.get_body(("plain",)) is not None
        elif path.suffix == ".pdf":
            assert PdfReader(path).pages
        else:
            with Image.open(path) as img:
                assert max(img.size) >= 1700          # an A4 page at >= 150 dpi


def test_relative_deadline_lands_on_a_business_day():
    # 2026-12-12 + 14 days = Saturday 26 Dec (2nd Christmas day) -> Monday 28 Dec 2026
    assert business_day(date(2026, 12, 26)) == date(2026, 12, 28)
    due = Due(date(2026, 12, 12), "de", random.Random(0))
    for _ in range(20):
        due.within()
    assert all(d.weekday() < 5 for d in due.dates)


def test_a_mailbox_block_names_the_clients_own_box():
    directory = load_directory(CLIENTS)
    book = Book(directory)
    rng = random.Random(7)
    for client in directory.clients[:40]:
        lines, tags, _ = client_block(client, book, rng, "de")
        if "addr-provider-box" in tags:
            assert any(line.endswith(client.mailbox) for line in lines)
        if "addr-person-only" in tags:
            assert not any(client.name in line for line in lines)
