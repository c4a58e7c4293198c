"""Archive.file / record_duplicate / move_to_client on a real folder and a real SQLite file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mailsort.archive import Archive, Index
from mailsort.errors import StorageError

from .conftest import RES, drop, make_document, make_routing, make_source

TEXT = "Rechnung Nr. 2026-4711 für die Stromlieferung im Oktober an Müller Bau GmbH, 312,40 EUR"


@pytest.fixture
def archive(settings):
    a = Archive(settings)
    yield a
    a.close()


def test_filed_item_lands_under_its_client_with_readable_names(archive, settings, inbox, tmp_path):
    src = drop(inbox, "rechnung.pdf", "scan_0001.pdf")
    source = make_source(src)
    doc = make_document(tmp_path, TEXT)
    out = archive.file(source, doc, make_routing("mueller-bau"))

    base = f"clients/mueller-bau/2026/2026-11-20_invoice_stadtwerke-musterstadt_{source.item_id[:8]}"
    assert archive.store.list() == [f"{base}.json", f"{base}.orig.pdf", f"{base}.pdf"]
    root = settings.archive_path
    assert (root / f"{base}.orig.pdf").read_bytes() == (RES / "rechnung.pdf").read_bytes()
    assert out.archived_as == str((root / f"{base}.pdf").resolve()) and Path(out.archived_as).is_file()
    assert not doc.searchable_pdf.exists()          # the temporary PDF was taken, not copied
    assert src.exists()                             # removing the input is the pipeline's job

    meta = json.loads((root / f"{base}.json").read_text(encoding="utf-8"))
    assert meta["outcome"]["decision"] == "filed" and meta["outcome"]["recipient"]["client_id"] == "mueller-bau"
    assert meta["fields"]["deadlines"] == ["2026-12-04"] and len(meta["candidates"]) == 2
    assert [e["stage"] for e in meta["events"]] == ["received", "extracted", "routed", "filed"]

    row = archive.index.get(source.item_id)
    assert (row.decision, row.client_id, row.category, row.archived_as) == ("filed", "mueller-bau", "invoice",
                                                                             f"{base}.pdf")
    assert row.source_path == str(src) and row.station == "station-1" and row.sender.startswith("Stadtwerke")
    assert [e.stage for e in archive.index.events(source.item_id)] == ["received", "extracted", "routed", "filed"]
    assert [h.item_id for h in archive.index.search("Stromlieferung", client_id="mueller-bau")] == [source.item_id]
    assert out.model_dump(mode="json")["fields"]["date"] == "2026-11-20"


def test_review_item_waits_outside_client_folders(archive, inbox, tmp_path):
    source = make_source(drop(inbox, "scan.png"), kind="scan", media_type="image/png")
    routing = make_routing(None, decision="review", label="tax", sender="Finanzamt Musterstadt", letter_date=None)
    out = archive.file(source, make_document(tmp_path, "Steuerbescheid 2025"), routing)

    keys = archive.store.list()
    base = f"review/{source.item_id}/2026-11-21_tax_finanzamt-musterstadt_{source.item_id[:8]}"
    assert keys == [f"{base}.json", f"{base}.orig.png", f"{base}.pdf"]   # received date stands in
    assert archive.store.list("clients/") == []
    assert out.decision == "review" and out.recipient is None and out.reason == "recipient unclear"
    row = archive.index.get(source.item_id)
    assert row.decision == "review" and row.client_id is None
    assert archive.index.list(client_id="mueller-bau") == []


def test_filed_without_recipient_goes_to_review(archive, inbox, tmp_path):
    source = make_source(drop(inbox, "rechnung.pdf"))
    out = archive.file(source, make_document(tmp_path, TEXT), make_routing(None, decision="filed"))
    assert (out.decision, out.reason) == ("review", "no recipient found")
    assert archive.store.list("clients/") == [] and archive.lookup(source).decision == "review"


def test_item_without_searchable_pdf_points_at_its_original(archive, inbox, tmp_path):
    source = make_source(drop(inbox, "rechnung.pdf"))
    out = archive.file(source, make_document(tmp_path, TEXT, with_pdf=False), make_routing("mueller-bau"))
    assert out.archived_as.endswith(".orig.pdf") and len(archive.store.list()) == 2


def test_duplicate_and_leftover_are_told_apart(archive, inbox, tmp_path):
    first = make_source(drop(inbox, "rechnung.pdf", "a.pdf"))
    archive.file(first, make_document(tmp_path, TEXT), make_routing("mueller-bau"))
    files_before = archive.store.list()

    again = make_source(drop(inbox, "rechnung.pdf", "b.pdf"))
    existing = archive.lookup(again)
    assert existing is not None and existing.item_id == first.item_id
    assert not Archive.is_leftover(again, existing)
    assert Archive.is_leftover(first, archive.lookup(first))    # same path and size: a crashed run's input

    out = archive.record_duplicate(again, existing)
    assert (out.decision, out.item_id, out.source) == ("duplicate", first.item_id, str(again.path))
    assert out.recipient.client_id == "mueller-bau" and out.category.label == "invoice"
    assert out.archived_as == archive.store.describe(existing.archived_as)
    assert archive.store.list() == files_before
    trail = archive.index.events(first.item_id)
    assert trail[-1].stage == "duplicate" and trail[-1].detail["path"] == str(again.path)
    assert archive.lookup(make_source(RES / "scan.png")) is None


def test_outcome_of_existing_row_and_refiling_a_quarantined_item(archive, inbox, tmp_path):
    from mailsort.errors import ToolFailed

    source = make_source(drop(inbox, "rechnung.pdf"))
    q = archive.quarantine(source.path, ToolFailed("tesseract timed out"), source)
    assert archive.outcome_of(archive.lookup(source)).archived_as == q.archived_as
    # A later run succeeds on the same content: the quarantined row becomes the filed item.
    archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"))
    row = archive.lookup(source)
    again = archive.outcome_of(row, reason="already filed by an earlier run")
    assert (again.decision, again.recipient.client_id, again.reason) == ("filed", "mueller-bau",
                                                                        "already filed by an earlier run")
    assert again.archived_as == archive.store.describe(row.archived_as) and Path(q.archived_as).exists()
    assert [e.stage for e in archive.index.events(row.item_id)] == ["quarantined", "received", "extracted",
                                                                    "routed", "filed"]
    assert Index.describe(row)["letter_date"] == "2026-11-20"
    meta = json.loads(archive.store.get_bytes(row.metadata_key))
    assert [e["stage"] for e in meta["events"]] == ["quarantined", "received", "extracted", "routed", "filed"]


def _crash_in_transaction(monkeypatch):
    """Fail after the item row and events were sent, before COMMIT."""
    real = Index._add_events

    def add_then_die(self, conn, item_id, events, stamp):
        real(self, conn, item_id, events, stamp)        # sent to the database at once
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(Index, "_add_events", add_then_die)


def test_crash_before_commit_then_rerun_leaves_one_set_of_files(archive, inbox, tmp_path, monkeypatch):
    source = make_source(drop(inbox, "rechnung.pdf"))
    # The first attempt went to review, the re-run files it: names differ, nothing may be orphaned.
    _crash_in_transaction(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau", decision="review"))
    assert len(archive.store.list(f"review/{source.item_id}/")) == 3     # files were written first
    assert archive.lookup(source) is None and archive.index.events(source.item_id) == []
    monkeypatch.undo()

    for _ in range(2):   # the re-run, and a second crash-after-commit re-run on top
        out = archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"))
    keys = archive.store.list()
    assert len(keys) == 3 and all(k.startswith("clients/mueller-bau/2026/") for k in keys)
    assert out.decision == "filed" and len(archive.index.list()) == 1
    assert not list((settings_root := archive.store.root).rglob(".tmp-*")), settings_root


def test_failed_store_write_records_nothing(archive, inbox, tmp_path, monkeypatch):
    source = make_source(drop(inbox, "rechnung.pdf"))

    def full(*_a, **_k):
        raise StorageError("cannot write: No space left on device")

    monkeypatch.setattr(archive.store, "put_bytes", full)
    with pytest.raises(StorageError):
        archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"))
    assert archive.lookup(source) is None


def test_move_review_item_to_client(archive, inbox, tmp_path):
    source = make_source(drop(inbox, "rechnung.pdf"))
    archive.file(source, make_document(tmp_path, TEXT), make_routing(None, decision="review"))
    row = archive.move_to_client(source.item_id, "schmidt-it", "reminder", actor="va:anna")

    assert archive.store.list("review/") == []
    base = f"clients/schmidt-it/2026/2026-11-20_reminder_stadtwerke-musterstadt_{source.item_id[:8]}"
    assert archive.store.list() == [f"{base}.json", f"{base}.orig.pdf", f"{base}.pdf"]
    assert archive.store.get_bytes(f"{base}.orig.pdf") == (RES / "rechnung.pdf").read_bytes()
    assert (row.decision, row.client_id, row.category, row.archived_as) == ("filed", "schmidt-it", "reminder",
                                                                             f"{base}.pdf")
    trail = archive.index.events(source.item_id)
    assert [e.stage for e in trail][-2:] == ["moved", "filed"] and trail[-1].actor == "va:anna"
    meta = json.loads(archive.store.get_bytes(f"{base}.json"))
    assert meta["outcome"]["recipient"]["client_id"] == "schmidt-it" and meta["events"][-1]["actor"] == "va:anna"
    assert [h.item_id for h in archive.index.search("Stromlieferung", client_id="schmidt-it")] == [source.item_id]
    with pytest.raises(StorageError, match="unknown category"):
        archive.move_to_client(source.item_id, "schmidt-it", "spam")


@pytest.mark.postgres
def test_file_and_find_on_postgresql(settings, pg_url, inbox, tmp_path):
    archive = Archive(settings, index=Index(pg_url))
    source = make_source(drop(inbox, "rechnung.pdf"))
    archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"))
    archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"))   # re-run: an update
    assert archive.lookup(source).decision == "filed" and len(archive.index.list()) == 1
    hit = archive.index.search("müller stromlieferung", client_id="mueller-bau")[0]
    assert hit.item_id == source.item_id and "[Stromlieferung]" in hit.snippet
    assert len(archive.store.list()) == 3
    archive.close()


def test_absurd_letter_date_falls_back_to_received_date(archive, inbox, tmp_path):
    source = make_source(drop(inbox, "rechnung.pdf"))
    archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau", letter_date=date(1926, 11, 20)))
    assert archive.store.list()[0].startswith("clients/mueller-bau/2026/2026-11-21_invoice_")
    assert archive.lookup(source).letter_date == date(1926, 11, 20)      # the index keeps what was read


def test_an_unconfirmed_category_is_kept_until_a_person_decides(archive, settings, inbox, tmp_path):
    source = make_source(drop(inbox, "rechnung.pdf", "scan_0002.pdf"))
    routing = make_routing("mueller-bau").model_copy(update={
        "category_confirmed": False, "reason": "category to confirm: invoice 0.51 (needs 0.55)"})
    out = archive.file(source, make_document(tmp_path, TEXT), routing)
    assert out.decision == "filed" and out.category_confirmed is False
    assert json.loads(out.json_line())["category_confirmed"] is False

    row = archive.index.get(source.item_id)
    assert row.decision == "filed" and row.client_id == "mueller-bau" and not row.category_confirmed
    assert archive.outcome_of(row).category_confirmed is False        # `show`, duplicates, the rules
    meta = json.loads(archive.store.get_bytes(row.metadata_key))
    assert meta["outcome"]["category_confirmed"] is False
    assert next(e for e in meta["events"] if e["stage"] == "routed")["detail"]["category_confirmed"] is False

    moved = archive.move_to_client(source.item_id, "mueller-bau", "contract", actor="anna")
    assert moved.category == "contract" and moved.category_confirmed and moved.reason is None
    assert archive.outcome_of(moved).category_confirmed is True
