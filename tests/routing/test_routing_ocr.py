"""Routing on real OCR output: a scanned letter through the text stage (real tesseract), then routed.

The resource is a 150 dpi noisy, slightly skewed scan where the sender is itself a client (letterhead,
return line, footer, signature) and the body names a third client; only the address block may decide.
The labelled sample scans are checked too, against their labels."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mailsort.intake.sniff import sniff
from mailsort.settings import Settings
from mailsort.text.extract import Extractor

from .conftest import RESOURCES, StubCategories

REPO = Path(__file__).resolve().parents[2]


def _extract(path: Path, tmp_path: Path):
    settings = Settings(data_dir=tmp_path / "data", config_dir=REPO / "config")
    with Extractor(settings) as extractor:
        source = sniff(path, path.parent, settings)
        return settings, source, extractor.extract(source)


def test_scanned_letter_from_a_client_is_routed_to_the_addressee(tmp_path, directory):
    from mailsort.routing.router import Router

    settings, source, document = _extract(RESOURCES / "letter-client-sender.png", tmp_path)
    routing = Router(settings, directory, StubCategories()).route(source, document)
    assert routing.recipient.client_id == "oeko-garten", routing.candidates
    assert routing.decision == "filed"
    assert "mailbox of oeko-garten" in routing.recipient.evidence
    scores = {c.client_id: c.score for c in routing.candidates}
    assert scores.get("alpha-software", 0) < 0.5 and scores.get("nordlicht-ag", 0) < 0.5
    fields = routing.fields
    assert (fields.date, fields.deadlines) == (date(2026, 11, 20), [date(2026, 12, 4)])
    assert fields.amounts[0].value == 1190.0 and fields.ibans == ["DE89370400440532013000"]
    assert fields.sender == "Alpha Software AG"
    assert fields.references.get("invoice_number") == "RE-2026-4711"


def _single_page_scans(n: int) -> list[dict]:
    labels = REPO / "sample_scans" / "labels.json"
    if not labels.exists():
        return []
    items = json.loads(labels.read_text(encoding="utf-8"))["items"]
    picked = [i for i in items if i["kind"] == "scan" and i.get("recipient")
              and not any(t == "multi-page" for t in i.get("tags", []))]
    return picked[:n]


@pytest.mark.parametrize("item", _single_page_scans(1), ids=lambda i: i["file"])
def test_sample_scans_route_to_their_labelled_client(item, tmp_path):
    from mailsort.routing.directory import load_directory
    from mailsort.routing.recipient import RecipientMatcher
    from mailsort.routing.fields import extract_fields

    _, _, document = _extract(REPO / "sample_scans" / item["file"], tmp_path)
    recipient, _ = RecipientMatcher(load_directory(REPO / "config" / "clients.yaml")).match(document)
    assert recipient is not None and recipient.client_id == item["recipient"]
    assert str(extract_fields(document).date) == item["date"]
