"""Archive.quarantine: byte-for-byte copies with a reason file, a row when the content is known."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mailsort.archive import Archive
from mailsort.errors import CorruptInput, UnsafePath

from .conftest import RES, drop, make_source


@pytest.fixture
def archive(settings):
    a = Archive(settings)
    yield a
    a.close()


def _day_folder(settings) -> Path:
    """quarantine/<UTC day of the item>: today's, or yesterday's for a test that ran over midnight."""
    now = datetime.now(UTC)
    days = [d.date().isoformat() for d in (now, now - timedelta(minutes=10))]
    return next((f for d in days if (f := settings.data_dir / "quarantine" / d).is_dir()),
                settings.data_dir / "quarantine" / days[0])


def test_corrupt_pdf_is_copied_with_reason_and_recorded(archive, settings, inbox):
    bad = drop(inbox, "truncated.pdf", "brief 7.pdf")
    err = CorruptInput(f"{bad}: truncated PDF (no end-of-file marker); moved to quarantine")
    out = archive.quarantine(bad, err)

    folder = _day_folder(settings)
    copy = folder / "brief 7.pdf"
    assert copy.read_bytes() == (RES / "truncated.pdf").read_bytes()
    reason = (folder / "brief 7.pdf.reason.txt").read_text()
    sha = hashlib.sha256(copy.read_bytes()).hexdigest()
    assert f"error: {err}" in reason and "reason: corrupt" in reason
    assert f"original: {bad}" in reason and f"sha256: {sha}" in reason
    assert (out.decision, out.reason, out.archived_as, out.item_id) == ("quarantined", str(err), str(copy), sha[:16])
    assert bad.exists()

    row = archive.index.get_by_sha(sha)
    assert row.decision == "quarantined" and row.reason == str(err) and row.archived_as == str(copy)
    assert [e.stage for e in archive.index.events(row.item_id)] == ["quarantined"]

    again = archive.quarantine(bad, err)                       # idempotent: same place, no new copies
    assert again == out and sorted(p.name for p in folder.iterdir()) == ["brief 7.pdf", "brief 7.pdf.reason.txt"]
    assert len(archive.index.events(row.item_id)) == 1


def test_same_name_other_content_keeps_both(archive, settings, inbox, tmp_path):
    first = archive.quarantine(drop(inbox, "truncated.pdf", "scan.pdf"), CorruptInput("kaputt"))
    other = tmp_path / "other" / "scan.pdf"
    other.parent.mkdir()
    other.write_bytes(b"%PDF-1.7 nothing else")
    second = archive.quarantine(other, CorruptInput("auch kaputt"), make_source(other))
    assert first.archived_as != second.archived_as
    assert open(second.archived_as, "rb").read() == b"%PDF-1.7 nothing else"
    assert open(first.archived_as, "rb").read() == (RES / "truncated.pdf").read_bytes()
    assert second.kind == "pdf" and "kind: pdf" in open(second.archived_as + ".reason.txt").read()


def test_symlink_out_of_inbox_is_not_followed(archive, settings, inbox, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("nicht kopieren")
    link = inbox / "invoice.pdf"
    link.symlink_to(secret)
    out = archive.quarantine(link, UnsafePath(f"{link}: symlink points outside the inbox"))

    folder = _day_folder(settings)
    assert sorted(p.name for p in folder.iterdir()) == ["invoice.pdf.reason.txt"]
    reason = (folder / "invoice.pdf.reason.txt").read_text()
    assert f"symlink to {secret}" in reason and "reason: unsafe-path" in reason
    assert "nicht kopieren" not in reason
    assert out.item_id is None and out.archived_as == str(folder / "invoice.pdf.reason.txt")
    assert archive.index.list() == []


def test_filed_item_arriving_broken_is_not_demoted(archive, inbox, tmp_path):
    from .conftest import make_document, make_routing

    src = drop(inbox, "rechnung.pdf")
    source = make_source(src)
    archive.file(source, make_document(tmp_path, "Rechnung"), make_routing("mueller-bau"))
    archive.quarantine(src, CorruptInput("odd"), source)
    row = archive.lookup(source)
    assert row.decision == "filed" and archive.index.events(row.item_id)[-1].stage == "quarantined"


def test_overlong_name_still_fits_the_file_system(archive, inbox):
    name = "Scan_" + "ä" * 120 + ".pdf"                  # 245 bytes: legal, but no room for .reason.txt
    out = archive.quarantine(drop(inbox, "truncated.pdf", name), CorruptInput("kaputt"))
    copy = open(out.archived_as, "rb").read()
    assert copy == (RES / "truncated.pdf").read_bytes() and out.archived_as.endswith(".pdf")
    assert open(out.archived_as + ".reason.txt").read().startswith("error: kaputt")
