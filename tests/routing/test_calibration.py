"""The calibrated recipient probability (models/recipient.json) and the decision it drives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailsort.errors import ModelError
from mailsort.model import Candidate, Category, Recipient
from mailsort.routing.calibration import CALIBRATION_FILE, Reading, RecipientCalibration, Trust
from mailsort.routing.decide import decide
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher
from mailsort.settings import Settings, Thresholds

from .conftest import letter

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fitted():
    """A calibration fitted the way the lab fits one (measure_matcher address blocks, seed 23), with
    a target these few readings can bound."""
    from mailsort_lab.calibrate_recipient import collect, fit

    return fit(collect([], 400, seed=23), target=0.02)


def _rec(conf: float) -> tuple[Recipient, list[Candidate]]:
    return (Recipient(client_id="schmidt-it", confidence=conf, evidence="address block: test"),
            [Candidate(client_id="schmidt-it", score=conf, evidence="test")])


def test_the_probability_decides_when_there_is_a_calibration():
    recipient, candidates = _rec(0.92)
    sure = Category(label="invoice", confidence=0.9)
    assert decide(recipient, candidates, sure, Thresholds(), trust=Trust(0.999, 0.99)) == ("filed", None)
    decision, reason = decide(recipient, candidates, sure, Thresholds(), trust=Trust(0.5, 0.99))
    assert decision == "review" and reason.startswith("recipient unsure: schmidt-it p=0.500 (needs 0.990")


def test_a_per_client_threshold_stays_a_floor_on_the_score():
    recipient, candidates = _rec(0.92)
    strict = Thresholds(per_client={"schmidt-it": 0.95})
    decision, _ = decide(recipient, candidates, Category(label="invoice", confidence=0.9), strict,
                         trust=Trust(0.999, 0.99))
    assert decision == "review"


def test_missing_calibration_is_none_and_a_foreign_one_is_refused(tmp_path):
    assert RecipientCalibration.load(tmp_path) is None
    cal = RecipientCalibration((1.0, 0.5, 2.0, -0.3, 0.0), -1.0, 0.97, {"readings": 3})
    cal.dump(tmp_path / CALIBRATION_FILE)
    again = RecipientCalibration.load(tmp_path)
    assert (again.coef, again.intercept, again.threshold) == (cal.coef, cal.intercept, cal.threshold)
    raw = json.loads((tmp_path / CALIBRATION_FILE).read_text())
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps({**raw, "features": ["score"]}))
    with pytest.raises(ModelError, match="other features"):
        RecipientCalibration.load(tmp_path)


def test_more_witnesses_and_a_lead_raise_the_probability(fitted):
    lone = Reading(score=0.85, runner_up=0.6, families={"name": 0.85}, capped=False, email=False)
    backed = Reading(score=0.97, runner_up=0.6, families={"name": 0.85, "mailbox": 0.8}, capped=False, email=False)
    close = Reading(score=0.85, runner_up=0.84, families={"name": 0.85}, capped=False, email=False)
    assert fitted.probability(backed) > fitted.probability(lone) > fitted.probability(close)


def test_threshold_was_read_from_the_reliability_table(fitted):
    at = fitted.meta["at_threshold"]
    assert at["bound"] <= fitted.meta["misfile_target"] and at["misfiles"] == 0 and at["filed"] > 0
    assert 0.5 < fitted.threshold < 1.0 and fitted.meta["reliability"]


@pytest.fixture(scope="module")
def shipped_matcher():
    return RecipientMatcher(load_directory(REPO / "config" / "clients.yaml"))


@pytest.mark.parametrize("address, filed", [
    ("Schmitt IT GmbH\nPostfach 2563", True),
    ("Meyer Vermögensverwaltung", False),                  # a core both near twins begin with
    ("Schneider Beteiligungen", False),
    ("Lindenhof Textil GmbH", False),                      # nobody in the directory
])
def test_calibrated_decision_on_the_shipped_directory(fitted, shipped_matcher, address, filed):
    recipient, candidates, reading = shipped_matcher.read(letter(address))
    trust = fitted.trust(reading)
    got, _ = decide(recipient, candidates, Category(label="invoice", confidence=0.9), Thresholds(), trust=trust)
    assert (got == "filed") is filed


def test_router_reports_the_calibrated_probability(tmp_path, directory, fitted):
    from mailsort.routing.router import Router

    from .conftest import StubCategories
    from .test_router import source

    fitted.dump(tmp_path / CALIBRATION_FILE)
    router = Router(Settings(models_dir=tmp_path), directory, StubCategories())
    routing = router.route(source(tmp_path), letter("Schmitt IT GmbH\nPostfach 2003"))
    assert routing.decision == "filed"
    assert routing.recipient.confidence >= fitted.threshold and routing.recipient.confidence != 0.99
