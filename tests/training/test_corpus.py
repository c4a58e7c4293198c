"""What rides along with training letters of every category: notes, mailroom marks, priced lists."""

from __future__ import annotations

import random
import re
from collections import defaultdict

from mailsort.model import CATEGORIES
from mailsort.training.corpus import build_samples
from mailsort.training.templates.boilerplate import NOTES_DE, NOTES_EN, item_list, mark


def test_notes_marks_and_item_lists_ride_along_with_every_category():
    samples = build_samples(1000, seed=4)
    seen: dict[str, set[str]] = defaultdict(set)
    for s in samples:
        if any(n in s.text for n in NOTES_DE + NOTES_EN):
            seen["note"].add(s.label)
        if re.search(r"^(?:Anlage: Aufstellung|Übersicht|Schedule|Annex)$", s.text, re.MULTILINE):
            seen["list"].add(s.label)
        if re.search(r"^(?:Eing\.|Eingang|WV|Posteingang|Received|RECEIVED) \d\d\.\d\d\.$", s.text, re.MULTILINE):
            seen["mark"].add(s.label)
    # so none of them says anything about the category
    assert seen["note"] == seen["list"] == seen["mark"] == set(CATEGORIES)


def test_riders_are_reproducible_and_leave_the_letter_text_in_place():
    a, b = build_samples(200, seed=3), build_samples(200, seed=3)
    assert [s.text for s in a] == [s.text for s in b]
    page = item_list("de", random.Random(1))
    lines = page.splitlines()
    assert lines[0] in ("Anlage", "Anlage: Aufstellung", "Übersicht") and 3 <= len(lines) - 1 <= 9
    assert all(re.search(r"^\d\d\.\d\d\.2026 .*\d+,\d\d €$", ln) for ln in lines[1:])
    assert re.fullmatch(r"[\w. ]+( \d\d\.\d\d\.)?", mark("de", random.Random(2)))
