"""The decision: file only when recipient, margin and category all clear their thresholds."""

from __future__ import annotations

from mailsort.model import Candidate, Category, Recipient
from mailsort.routing.decide import category_doubt, decide
from mailsort.settings import Thresholds

NAMES = {"schmidt-it": "Schmidt IT GmbH", "schmitt-it": "Schmitt IT GmbH"}


def rec(cid: str, conf: float) -> Recipient:
    return Recipient(client_id=cid, confidence=conf, evidence="address block: test")


def cands(*pairs: tuple[str, float]) -> list[Candidate]:
    return [Candidate(client_id=c, score=s, evidence="test") for c, s in pairs]


def cat(label: str = "invoice", conf: float = 0.9) -> Category:
    return Category(label=label, confidence=conf)


def test_confident_recipient_and_category_are_filed():
    assert decide(rec("schmidt-it", 0.92), cands(("schmidt-it", 0.92)), cat(), Thresholds()) == ("filed", None)


def test_close_runner_up_goes_to_review_with_both_names():
    decision, reason = decide(rec("schmidt-it", 0.72), cands(("schmidt-it", 0.72), ("schmitt-it", 0.62)),
                              cat(), Thresholds(), NAMES)
    assert decision == "review"
    assert reason == "recipient unsure: Schmidt IT GmbH 0.72 vs Schmitt IT GmbH 0.62"


def test_no_recipient_is_review():
    assert decide(None, [], cat(), Thresholds()) == ("review", "no client found in the address block")
    decision, reason = decide(None, cands(("schmitt-it", 0.4)), cat(), Thresholds(), NAMES)
    assert decision == "review" and "Schmitt IT GmbH 0.40" in reason


def test_low_recipient_score_is_review():
    decision, reason = decide(rec("schmidt-it", 0.6), cands(("schmidt-it", 0.6)), cat(), Thresholds())
    assert decision == "review" and "needs 0.70" in reason


def test_sure_client_with_unsure_category_is_filed_with_the_category_to_confirm():
    # "Who" decides filed or review; an unsure "what" is confirmed later by a VA (decide.py).
    decision, reason = decide(rec("schmidt-it", 0.95), cands(("schmidt-it", 0.95)), cat("invoice", 0.48),
                              Thresholds())
    assert (decision, reason) == ("filed", "category to confirm: invoice 0.48 (needs 0.55)")
    assert category_doubt(cat("invoice", 0.48), Thresholds()) == "category unsure: invoice 0.48 (needs 0.55)"
    assert category_doubt(cat("invoice", 0.55), Thresholds()) is None


def test_unsure_client_and_category_is_review_with_both_reasons():
    decision, reason = decide(rec("schmidt-it", 0.6), cands(("schmidt-it", 0.6)), cat("invoice", 0.48), Thresholds())
    assert decision == "review" and "needs 0.70" in reason and "category unsure: invoice 0.48" in reason


def test_per_client_and_per_category_thresholds():
    strict = Thresholds(per_client={"schmidt-it": 0.95}, per_category={"legal": 0.8})
    assert decide(rec("schmidt-it", 0.92), cands(("schmidt-it", 0.92)), cat(), strict)[0] == "review"
    assert decide(rec("schmitt-it", 0.92), cands(("schmitt-it", 0.92)), cat(), strict)[0] == "filed"
    assert decide(rec("schmitt-it", 0.92), cands(("schmitt-it", 0.92)), cat("legal", 0.7), strict) == \
        ("filed", "category to confirm: legal 0.70 (needs 0.80)")


def test_both_reasons_are_given():
    decision, reason = decide(None, [], cat("legal", 0.3), Thresholds())
    assert decision == "review" and "no client" in reason and "category unsure: legal 0.30" in reason
