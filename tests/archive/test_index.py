"""The index on SQLite and on the machine's PostgreSQL (the `index` fixture runs both)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mailsort.archive import Index, ItemRow
from mailsort.errors import StorageError


def row(n: int, client: str | None, text: str, subject: str, sender: str, decision: str = "filed") -> ItemRow:
    sha = f"{n:02d}" * 32
    return ItemRow(item_id=sha[:16], sha256=sha, source_path=f"/inbox/scan-{n}.pdf", kind="scan",
                   media_type="application/pdf", size=1000 + n, pages=1,
                   received_at=datetime(2026, 11, 20, 8, n, tzinfo=UTC), client_id=client,
                   category="invoice", category_confidence=0.9, fields={"deadlines": ["2026-12-04"]},
                   subject=subject, sender=sender, letter_date=date(2026, 11, 19), decision=decision,
                   archived_as=f"clients/{client}/2026/x{n}.pdf", text=text)


@pytest.fixture
def filled(index: Index) -> Index:
    index.record(row(1, "mueller-bau", "Wir erinnern an die Prüfung Ihrer Unterlagen für 2025.",
                     "Prüfungsanordnung", "Finanzamt München"), [("received", {"n": 1}), ("filed", {})])
    index.record(row(2, "schmidt-it", "Die Stromrechnung für Oktober beträgt 312,40 EUR. Grüße",
                     "Rechnung Strom", "Stadtwerke Musterstadt"), [("received", {})])
    index.record(row(3, "mueller-bau", "Ihre Stromrechnung, Abschlag November, Straße 5",
                     "Abschlagsrechnung", "Stadtwerke Musterstadt"), [("received", {})])
    index.record(row(4, None, "Brief an eine Firma, die wir nicht kennen: Stromrechnung",
                     "Unklar", "Unbekannt", decision="review"), [("received", {})])
    return index


def test_create_is_idempotent_and_rows_round_trip(filled: Index):
    filled.create()
    filled.create()
    got = filled.get("01" * 8)
    assert got is not None and got.client_id == "mueller-bau" and got.letter_date == date(2026, 11, 19)
    assert got.fields == {"deadlines": ["2026-12-04"]} and got.created_at.tzinfo is not None
    assert got.received_at == datetime(2026, 11, 20, 8, 1, tzinfo=UTC)
    assert filled.get_by_sha("02" * 32).item_id == "02" * 8
    assert filled.get("ff" * 8) is None and filled.get_by_sha("ff" * 32) is None


def test_events_in_order_and_added_later(filled: Index):
    filled.add_event("01" * 8, "duplicate", {"path": "/inbox/again.pdf"}, actor="pipeline")
    stages = [(e.stage, e.actor) for e in filled.events("01" * 8)]
    assert stages == [("received", None), ("filed", None), ("duplicate", "pipeline")]
    assert filled.events("01" * 8)[-1].detail == {"path": "/inbox/again.pdf"}


def test_search_german_words_with_umlauts(filled: Index):
    hits = filled.search("Prüfung")
    assert [h.item_id for h in hits] == ["01" * 8]
    assert "[Prüfung]" in hits[0].snippet
    assert {h.item_id for h in filled.search("stromrechnung")} == {"02" * 8, "03" * 8, "04" * 8}
    assert [h.item_id for h in filled.search("Straße")] == ["03" * 8]
    assert [h.item_id for h in filled.search("Grüße Oktober")] == ["02" * 8]   # all words must match
    assert filled.search("Grüße Abschlag") == []


def test_search_folds_german_spellings_both_ways(filled: Index):
    assert [h.item_id for h in filled.search("Pruefung")] == ["01" * 8]
    assert [h.item_id for h in filled.search("STRASSE")] == ["03" * 8]
    assert [h.item_id for h in filled.search("Muenchen")] == ["01" * 8]        # in the sender only
    assert filled.search("Muenchen")[0].snippet == "Finanzamt [München]"
    assert [h.item_id for h in filled.search("grusse")] == []                   # folding is not fuzzy
    hit = filled.search("betraegt")[0]
    assert hit.snippet.startswith("Die Stromrechnung für Oktober [beträgt] 312,40")


def test_search_subject_sender_prefix_and_client_filter(filled: Index):
    assert {h.item_id for h in filled.search("stadtwerke")} == {"02" * 8, "03" * 8}
    assert [h.item_id for h in filled.search("stadtwerke", client_id="mueller-bau")] == ["03" * 8]
    assert [h.item_id for h in filled.search("Prüfungsanordnung")] == ["01" * 8]
    assert {h.item_id for h in filled.search("abschlag*")} == {"03" * 8}
    hit = filled.search("Stromrechnung", client_id="schmidt-it")[0]
    assert (hit.client_id, hit.category, hit.sender) == ("schmidt-it", "invoice", "Stadtwerke Musterstadt")


def test_search_survives_query_syntax_and_follows_updates(filled: Index):
    # Quotes, brackets and operators are dropped, never handed to the SQL search syntax.
    assert [h.item_id for h in filled.search('"Prüfung" (Unterlagen -) * ^ :')] == ["01" * 8]
    assert filled.search("  ") == []
    filled.update("04" * 8, {"text": "Kündigung des Wartungsvertrags"}, [("edited", {})])
    assert [h.item_id for h in filled.search("kündigung")] == ["04" * 8]
    assert "04" * 8 not in {h.item_id for h in filled.search("stromrechnung")}


def test_list_filters_newest_first(filled: Index):
    assert [r.item_id for r in filled.list(client_id="mueller-bau")] == ["03" * 8, "01" * 8]
    assert [r.item_id for r in filled.list(decision="review")] == ["04" * 8]
    assert len(filled.list(limit=2)) == 2
    assert filled.counts() == {"filed": 3, "review": 1}
    assert filled.counts(client_id="mueller-bau") == {"filed": 2}


def test_item_and_events_commit_together(index: Index):
    bad = [("received", {}), ("routed", {"when": object()})]      # not JSON: the write must fail
    with pytest.raises((StorageError, TypeError)):
        index.record(row(7, "mueller-bau", "text", "s", "x"), bad)
    assert index.get("07" * 8) is None and index.events("07" * 8) == []
    assert index.search("text") == []


def test_unusable_database_is_one_line_storage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as err:
        Index(f"sqlite:///{blocker}/mailsort.db").create()
    assert "\n" not in str(err.value) and str(blocker) in str(err.value)
    with pytest.raises(StorageError, match="index set-up failed .*127.0.0.1:1"):
        Index("postgresql://postgres@127.0.0.1:1/none").create()


def test_reading_an_index_never_set_up_says_so(tmp_path):
    with pytest.raises(StorageError, match="not set up yet"):
        Index(f"sqlite:///{tmp_path}/fresh.db").search("Rechnung")


def test_times_are_stored_as_utc(index: Index):
    from datetime import timedelta, timezone

    r = row(9, "mueller-bau", "t", "s", "x")
    r.received_at = datetime(2026, 11, 20, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    index.record(r)
    assert index.get(r.item_id).received_at == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
