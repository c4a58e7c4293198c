"""The wave-5 generator writes what its labels say, the same bytes for a seed, and deadlines as
§§ 187-193 BGB read them. (Routing results are not checked here: wave 5 is measured once.)"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import holidays
import pytest
from PIL import Image
from pypdf import PdfReader

from mailsort.model import CATEGORIES
from mailsort_lab.wave5 import generate
from mailsort_lab.wave5.build import _init, make_item, plans
from mailsort_lab.wave5.directory import Roster
from mailsort_lab.wave5.due import MONATE, MONTHS, Deadlines, plus_months, working_day

LAB = Path(__file__).resolve().parents[2] / "lab" / "mailsort_lab" / "wave5"
CLIENTS = Path(__file__).resolve().parents[2] / "config" / "clients.yaml"
BERLIN = holidays.country_holidays("DE", subdiv="BE", years=[2026, 2027])


@pytest.fixture(scope="module")
def wave5_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wave5")
    generate(out, n=10, seed=11, clients=CLIENTS, workers=1)
    return out


def _written(d: date) -> list[str]:
    """Every way a wave-5 letter may write the day."""
    return [f"{d:%d.%m.%Y}", f"{d.day}. {MONATE[d.month - 1]} {d.year}", f"{d.day:02d}. {MONATE[d.month - 1][:3]}. {d.year}",
            f"{d:%Y-%m-%d}", f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d:%d/%m/%Y}"]


def _text(path: Path) -> str:
    """The words of a born-digital PDF or of an email with its PDF attachments."""
    if path.suffix == ".pdf":
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    msg = message_from_bytes(path.read_bytes(), policy=default)
    parts = [str(msg["From"]), msg.get_body(("plain",)).get_content()]
    for att in msg.iter_attachments():
        if att.get_content_type() == "application/pdf":
            from io import BytesIO
            parts += [p.extract_text() for p in PdfReader(BytesIO(att.get_content())).pages]
    return "\n".join(parts)


def test_ten_items_match_their_labels(wave5_set):
    labels = json.loads((wave5_set / "labels.json").read_text(encoding="utf-8"))
    items = labels["items"]
    assert labels["generator"] == "mailsort_lab.wave5" and len(items) == 10
    assert {i["file"] for i in items} == {p.name for p in wave5_set.iterdir()} - {"labels.json"}
    roster = Roster(CLIENTS)
    ids = {t.id for t in roster.tenants}
    for it in items:
        path = wave5_set / it["file"]
        assert it["category"] in CATEGORIES and it["language"] in ("de", "en") and it["sender"]
        assert it["recipient"] is None or it["recipient"] in ids
        assert (it["recipient"] is None) == any(t.startswith("nobody-") for t in it["tags"])
        for d in map(date.fromisoformat, it["deadlines"]):
            assert d > date.fromisoformat(it["date"]) and d.weekday() < 5 and d not in BERLIN
        if it["kind"] == "scan" and path.suffix == ".pdf":      # image-only: pages, no words
            pages = PdfReader(path).pages
            assert len(pages) == it["pages"] and not "".join(p.extract_text() for p in pages).strip()
            continue
        if it["kind"] == "scan":
            with Image.open(path) as img:
                assert max(img.size) >= 1700 and getattr(img, "n_frames", 1) == it["pages"]  # A4, >= 150 dpi
            continue
        text = re.sub(r"\s+", " ", _text(path))
        assert re.sub(r"\s+", " ", it["sender"]) in text or it["sender"] in text.replace(" ", "")
        # A stated deadline is written in the text; a relative one is not, and then the tag says so.
        for d in map(date.fromisoformat, it["deadlines"]):
            assert any(w in text for w in _written(d)) or "deadline-relative" in it["tags"]


def test_same_seed_same_bytes(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    todo = [p for p in plans(40, 3) if p.kind != "scan"][:2] + [p for p in plans(40, 3) if p.kind == "scan"][:1]
    for out in (first, second):
        out.mkdir()
        _init(str(CLIENTS), str(out))
        labels = [make_item(p) for p in todo]
    assert [p.read_bytes() for p in sorted(first.iterdir())] == [p.read_bytes() for p in sorted(second.iterdir())]
    assert len(labels) == 3


def test_the_law_moves_ends_off_weekends_and_holidays():
    assert working_day(date(2026, 12, 25)) == date(2026, 12, 28)      # Christmas, Boxing Day (Sat), Sunday
    assert working_day(date(2026, 3, 8)) == date(2026, 3, 9)          # a Sunday (and Berlin's Frauentag)
    assert plus_months(date(2026, 1, 31), 1) == date(2026, 2, 28)    # § 188 (3): the month's last day
    due = Deadlines(date(2026, 3, 4), "de", random.Random(1))
    assert due.appeal() == "innerhalb eines Monats nach Bekanntgabe"
    assert due.dates == [date(2026, 4, 9)]                            # known Mon 9 March, + one month
    for seed in range(40):
        due = Deadlines(date(2026, 12, 11), "de", random.Random(seed))
        phrase = due.period()
        if m := re.search(r"(\d+) Tagen", phrase):
            assert due.dates == [working_day(date(2026, 12, 11) + timedelta(days=int(m[1])))]


def test_wave5_is_written_apart_from_the_routing_code():
    for src in LAB.glob("*.py"):
        assert "mailsort.routing" not in src.read_text(encoding="utf-8"), src.name
