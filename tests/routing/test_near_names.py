"""Outsiders whose names differ from a client's by a letter or a word ending (issue 10's wave 5:
"Jung ITK Services" beside the client "Jung IT Services", "Fuchs Logistics" beside "Fuchs
Logistik"): a similar name alone is a hint for the review station, never enough to file; with a
second witness (the client's mailbox number, a person) the client is filed."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.model import Category
from mailsort.routing.decide import decide
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher
from mailsort.settings import Thresholds

from .conftest import letter

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped_matcher():
    return RecipientMatcher(load_directory(REPO / "config" / "clients.yaml"))


@pytest.mark.parametrize("address, filed_to", [
    ("Jung ITK Services GmbH & Co. KG", None),        # another firm, one letter added
    ("Grünspecht ITK Services AG", None),
    ("Fuchs Logistics GmbH", None),                   # the English name of another firm
    ("Fuchs Logistik GmbH", "fuchs-logistik"),
    ("Fuchs Logistlk GmbH\nNr. 2071", "fuchs-logistik"),    # a slip, but its box number witnesses
    ("Jung IT Services GmbH & Co. KG", "jung-it-services"),
])
def test_a_similar_name_alone_goes_to_review(shipped_matcher, address, filed_to):
    recipient, candidates = shipped_matcher.match(letter(address))
    decision, _ = decide(recipient, candidates, Category(label="invoice", confidence=0.95), Thresholds())
    got = recipient.client_id if recipient is not None and decision == "filed" else None
    assert got == filed_to, (decision, recipient)


@pytest.mark.parametrize("address, client", [
    ("Schmidt Bautechnik Ges.m.b.H.", "schmidt-bautechnik"),           # the Austrian spelling
    ("Pohl Vertrieb GmbH u. Co. KG", "pohl-vertrieb"),
    ("Alpenrose IT Services UG (haftungsbeschr.)", "alpenrose-it-services"),
])
def test_legal_forms_as_letters_abbreviate_them_are_the_same_form(shipped_matcher, address, client):
    recipient, candidates = shipped_matcher.match(letter(address))
    decision, _ = decide(recipient, candidates, Category(label="invoice", confidence=0.95), Thresholds())
    assert decision == "filed" and recipient.client_id == client, (decision, recipient)
