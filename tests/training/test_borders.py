"""The border templates: each says what its letter is in the sentences that matter, in several wordings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mailsort.routing.directory import load_directory
from mailsort.training.clients import generate_outsiders
from mailsort.training.content import LetterFactory
from mailsort.training.templates import REGISTRY

REPO = Path(__file__).resolve().parents[2]
BORDERS = {s.id: s for s in REGISTRY if s.fn.__module__.endswith(".borders")}


@pytest.fixture(scope="module")
def factory():
    directory = load_directory(REPO / "config" / "clients.yaml")
    return LetterFactory(directory, generate_outsiders(clients=directory.clients), seed=11)


def _letters(factory, spec_id: str, n: int = 40):
    spec = BORDERS[spec_id]
    return [factory.make(category=spec.category, language=spec.language, template_ids={spec_id}) for _ in range(n)]


def test_the_borders_are_registered_under_the_categories_they_defend():
    assert {s.category for s in BORDERS.values()} == {"reminder", "contract", "invoice", "advertising"}
    assert {s.language for s in BORDERS.values()} == {"de", "en"}


@pytest.mark.parametrize("spec_id", sorted(BORDERS))
def test_each_border_template_varies_its_wording(factory, spec_id):
    letters = _letters(factory, spec_id)
    assert all(x.category == BORDERS[spec_id].category for x in letters)
    # no single sentence carries the class: the first sentence comes in several wordings
    openings = {re.sub(r"[\d.,€]+|[A-Z]{1,3}-\d+", "#", x.paragraphs[0])[:40] for x in letters}
    assert len(openings) >= 3, openings
    assert len({x.subject for x in letters}) >= 3


def test_payment_letters_record_what_they_print(factory):
    for spec_id in ("reminder.de.lastschrift_geplatzt", "reminder.de.saldo_kundenkonto", "invoice.de.leistung_abgerechnet"):
        for x in _letters(factory, spec_id, 20):
            assert x.amounts, x.body_text
            text = x.body_text
            assert any(f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") in text for v, _ in x.amounts)


def test_a_contract_renewal_owes_nothing_and_an_advert_records_no_amount(factory):
    for x in _letters(factory, "contract.de.verlaengerung_laufzeit", 20):
        assert re.search(r"vertrag|Vertrag", x.body_text)
        assert not re.search(r"überweisen|Mahnung", x.body_text)
    assert all(not x.amounts for x in _letters(factory, "advertising.de.produkt_vorstellen", 20))
