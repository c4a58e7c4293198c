"""Near twins in the shipped directory: the same core name with another legal form or one more word.

"Schneider Beteiligungen GmbH & Co. KG" / "Schneider Beteiligungen Verwaltungs-GmbH" and
"Meyer Vermögensverwaltung KG" / "Meyer Vermögensverwaltung International GmbH" (fictional; two
misfiles of the blind measurement had this shape). A reading that fits both twins goes to review
unless something tells them apart: the continuation line, the legal form, the mailbox, a person.
The scans were rendered by mailsort_lab.render (example letter, 150-200 dpi, 1-bit) and go
through real tesseract here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.routing.decide import decide
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher
from mailsort.settings import Settings, Thresholds

from .conftest import RESOURCES, StubCategories, letter
from .test_recipient import CONFIDENT

REPO = Path(__file__).resolve().parents[2]
KG, VERW = "schneider-beteiligungen-kg", "schneider-beteiligungen-verwaltung"
MKG, MINT = "meyer-vermoegensverwaltung-kg", "meyer-vermoegensverwaltung-international"


@pytest.fixture(scope="module")
def shipped():
    return RecipientMatcher(load_directory(REPO / "config" / "clients.yaml"))


def route(matcher, address: str) -> tuple[str | None, str, list[str]]:
    recipient, candidates = matcher.match(letter(address))
    decision, _ = decide(recipient, candidates, CONFIDENT, Thresholds())
    return recipient.client_id if recipient else None, decision, [c.client_id for c in candidates]


@pytest.mark.parametrize("address, expected", [
    ("Schneider Beteiligungen GmbH & Co. KG", KG),
    ("Schneider Beteiligungen Verwaltungs-GmbH", VERW),
    ("Schneider Beteiligungen\nVerwaltungs-GmbH", VERW),                 # name wrapped in the window
    ("Schneider Beteiligungen Verwa1tungs-GmbH", VERW),                  # OCR damage in the extra word
    ("Meyer Vermögensverwaltung KG", MKG),
    ("Meyer Vermögensverwaltung International GmbH", MINT),
    ("Meyer Vermögensverwaltung\nInternational GmbH", MINT),
    ("Meyer Vermögensverwaltung\nlnternational GmbH", MINT),             # wrapped and damaged
    ("Meyer Vermögensverwaltung\nPostfach 9753", MINT),                  # the mailbox tells them apart
    ("Meyer Vermögensverwaltung\nz. Hd. Thomas Meyer", MKG),             # so does a person
    ("Schmidt IT\nServices GmbH", "schmidt-it-services"),                # not only twins wrap
])
def test_twins_are_filed_on_evidence_that_tells_them_apart(shipped, address, expected):
    client, decision, candidates = route(shipped, address)
    assert (client, decision) == (expected, "filed"), candidates


@pytest.mark.parametrize("address, twins", [
    ("Schneider Beteiligungen", {KG, VERW}),          # legal form and last word lost: either twin
    ("Meyer Vermögensverwaltung", {MKG, MINT}),
])
def test_a_reading_that_fits_both_twins_goes_to_review_naming_both(shipped, address, twins):
    _, decision, candidates = route(shipped, address)
    assert decision == "review"
    assert set(candidates[:2]) == twins


def _route_scan(name: str, tmp_path: Path):
    from mailsort.intake.sniff import sniff
    from mailsort.routing.router import Router
    from mailsort.text.extract import Extractor

    settings = Settings(data_dir=tmp_path / "data", config_dir=REPO / "config")
    path = RESOURCES / name
    with Extractor(settings) as extractor:
        source = sniff(path, path.parent, settings)
        document = extractor.extract(source)
    directory = load_directory(REPO / "config" / "clients.yaml")
    return Router(settings, directory, StubCategories()).route(source, document)


@pytest.mark.parametrize("name, expected", [
    ("twin-wrapped-name.png", MINT),             # "Meyer Vermögensverwaltung" / "International GmbH"
    ("twin-degraded-fax.png", VERW),             # 150 dpi, blurred, 1-bit
    ("twin-person-tells-apart.png", VERW),       # "Schneider Beteiligungen" / "z. Hd. Frau Miriam Schneider"
    ("twin-name-without-form.png", None),        # "Schneider Beteiligungen" alone: review
])
def test_scanned_letters_to_twins(name, expected, tmp_path):
    routing = _route_scan(name, tmp_path)
    filed = routing.recipient.client_id if routing.decision == "filed" else None
    assert filed == expected, (routing.reason, routing.candidates)
    if expected is None:
        assert {c.client_id for c in routing.candidates[:2]} == {KG, VERW}
