"""Non-contract training letters that name a contract keep their own category (issue 10: invoices,
adverts and other letters were taken for contracts because only contracts said "Vertrag")."""

from __future__ import annotations

import random

from mailsort.training.contract_words import SHARE, contract_mention
from mailsort.training.corpus import build_samples


def test_contracts_and_official_mail_get_no_added_contract_words():
    rng = random.Random(1)
    for category in ("contract", "tax", "legal", "authority"):
        assert all(contract_mention(category, "de", "01.02.2026", rng) == (None, None) for _ in range(200))


def test_a_share_of_invoices_names_a_contract_in_either_language():
    rng = random.Random(2)
    got = [contract_mention("invoice", lang, "01.02.2026", rng) for lang in ("de", "en") for _ in range(400)]
    named = [g for g in got if g != (None, None)]
    assert abs(len(named) / len(got) - SHARE["invoice"]) < 0.06
    assert any(info and info[0].startswith("Vertrag") for info, _ in named)
    assert any(sentence and "contract" in sentence for _, sentence in named)


def test_the_corpus_holds_invoices_that_name_a_contract_labelled_invoice():
    samples = build_samples(300, seed=5)
    named = [s for s in samples if s.label != "contract" and ("vertrag" in s.text.lower() or "contract" in s.text.lower())]
    assert {s.label for s in named} >= {"invoice", "advertising", "other"}
    assert [s.text for s in build_samples(30, seed=5)] == [s.text for s in samples[:30]]
