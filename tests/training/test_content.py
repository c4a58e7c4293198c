"""LetterFactory: deterministic, every category in both languages, true values behind the text."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from mailsort.model import CATEGORIES
from mailsort.routing.directory import load_directory
from mailsort.training.clients import PROVIDER, generate_outsiders, transliterate
from mailsort.training.content import LetterFactory
from mailsort.training.templates import REGISTRY

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def directory():
    return load_directory(REPO / "config" / "clients.yaml")


@pytest.fixture(scope="module")
def outsiders(directory):
    return generate_outsiders(clients=directory.clients)


def _text(letter) -> str:
    return "\n".join([*letter.recipient_lines, letter.date_text, letter.body_text])


def test_same_seed_same_letters_other_seed_other_letters(directory, outsiders):
    a = LetterFactory(directory, outsiders, seed=5).many(50)
    b = LetterFactory(directory, outsiders, seed=5).many(50)
    c = LetterFactory(directory, outsiders, seed=6).many(50)
    assert [_text(x) for x in a] == [_text(x) for x in b]
    assert sum(_text(x) == _text(y) for x, y in zip(a, c)) == 0


def test_every_category_has_several_templates_per_language():
    counts = Counter((s.category, s.language) for s in REGISTRY)
    for cat in CATEGORIES:
        assert counts[(cat, "de")] >= 4, cat
        assert counts[(cat, "en")] >= 3, cat


def test_make_honours_category_and_language(directory, outsiders):
    f = LetterFactory(directory, outsiders, seed=1)
    for cat in CATEGORIES:
        for lang in ("de", "en"):
            letter = f.make(category=cat, language=lang)
            assert (letter.category, letter.language) == (cat, lang)
            assert letter.date.year == 2026 and letter.subject and letter.paragraphs


def test_mix_is_mostly_german_and_covers_everything(directory, outsiders):
    letters = LetterFactory(directory, outsiders, seed=2).many(1000)
    langs = Counter(x.language for x in letters)
    assert 0.74 <= langs["de"] / len(letters) <= 0.86
    assert set(Counter(x.category for x in letters)) == set(CATEGORIES)
    tags = Counter(t for x in letters for t in x.tags)
    for tag in ("nobody", "sender-is-client", "misspelled", "alias", "mailbox", "person",
                "c/o-provider", "mentions-client"):
        assert tags[tag] > 0, tag


def test_recipient_block_identifies_the_client_at_the_shared_address(directory, outsiders):
    letters = LetterFactory(directory, outsiders, seed=3).many(400)
    for x in letters:
        block = "\n".join(x.recipient_lines)
        assert PROVIDER.city_line in block
        assert PROVIDER.street in block or transliterate(PROVIDER.street) in block
        if x.recipient_client_id is None:
            assert "nobody" in x.tags
            assert not any(c.name in block for c in directory.clients)
            continue
        client = directory.get(x.recipient_client_id)
        assert client is not None
        hints = [*client.names, *client.people, client.mailbox, *(transliterate(n) for n in client.names)]
        if "misspelled" in x.tags or "variant" in x.tags or "no-legal-form" in x.tags:
            continue
        assert any(h in block for h in hints), block


def test_relative_deadlines_are_resolved_against_the_letter_date(directory, outsiders):
    f = LetterFactory(directory, outsiders, seed=4)
    seen = 0
    for _ in range(600):
        x = f.make(category="reminder")
        m = re.search(r"(?:innerhalb von|binnen|within) (\d+) (?:Tagen|days)", " ".join(x.paragraphs))
        if m:
            seen += 1
            assert x.date + timedelta(days=int(m.group(1))) in x.deadlines
    assert seen >= 20


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
RELATIVE = re.compile(r"(?:innerhalb von|binnen|within) (\w+) (Tagen|Wochen?|days|weeks?)")
WORDS = {"sieben": 7, "zehn": 10, "vierzehn": 14, "einundzwanzig": 21, "dreißig": 30, "zwei": 2,
         "drei": 3, "vier": 4, "two": 2, "three": 3, "four": 4, "one": 1, "einer": 1}


def _printed(d: date) -> list[str]:
    return [f"{d:%d.%m.%Y}", f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%y}", d.isoformat(),
            f"{d.day}. {MONTHS_DE[d.month - 1]} {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
            f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1][:3]} {d.year}",
            f"{MONTHS_EN[d.month - 1]} {d.year}"]


def test_every_recorded_deadline_is_in_the_text(directory, outsiders):
    """No invisible labels: each true deadline is printed as a date or as a period from the
    letter date, in every category and language."""
    f = LetterFactory(directory, outsiders, seed=8)
    checked = 0
    for _ in range(40):
        for cat in CATEGORIES:
            for lang in ("de", "en"):
                x = f.make(category=cat, language=lang)
                body = " ".join(x.paragraphs)
                relative = set()
                for m in RELATIVE.finditer(body):
                    n = int(m.group(1)) if m.group(1).isdigit() else WORDS.get(m.group(1), 0)
                    relative.add(x.date + timedelta(days=n * (7 if m.group(2).startswith(("W", "w")) else 1)))
                for d in x.deadlines:
                    checked += 1
                    assert d in relative or any(p in body for p in _printed(d)), (x.tags, body, d)
                    assert d >= x.date
    assert checked > 300


def test_corpus_is_reproducible_labelled_and_mixed():
    from mailsort.training.corpus import add_ocr_noise, build_corpus, build_samples

    a, b = build_corpus(300, seed=1), build_corpus(300, seed=1)
    assert a == b and a != build_corpus(300, seed=2)
    assert {label for _, label in a} == set(CATEGORIES)
    samples = build_samples(300, seed=1)
    kinds = Counter(s.kind for s in samples)
    assert kinds["email"] > 20 and kinds["ocr"] > 50 and kinds["letter"] > 50
    emails = [s.text for s in samples if s.kind == "email"]
    assert all(re.search(r"Forwarded message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Original Message", t)
               for t in emails)
    clean = "Sehr geehrte Damen und Herren, anbei erhalten Sie unsere Rechnung Nr. 1042 über 119,00 EUR."
    noisy = add_ocr_noise(clean, random.Random(3), rate=0.05)
    assert noisy != clean and abs(len(noisy) - len(clean)) < 10
