"""iter_inputs over real folder trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.intake.inputs import InputNotFound, is_ignored, iter_inputs
from mailsort.settings import Settings


def _touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_folders_recursive_sorted_with_inbox_and_ignores(tmp_path):
    box = tmp_path / "inbox"
    for rel in ("b.pdf", "a.png", "station-2/z.jpg", "station-1/c.tif", "station-1/deep/d.eml",
                ".hidden.pdf", "scan.pdf.part", "upload.tmp", "labels.json", "README.md", "~lock.pdf",
                ".git/objects/x.pdf", "station-1/.DS_Store"):
        _touch(box / rel)
    settings = Settings(data_dir=tmp_path / "data")
    got = [(f.relative_to(box).as_posix(), inbox) for f, inbox in iter_inputs([box], settings)]
    assert got == [("a.png", box), ("b.pdf", box), ("station-1/c.tif", box),
                   ("station-1/deep/d.eml", box), ("station-2/z.jpg", box)]


def test_files_named_directly_have_no_inbox_and_come_once(tmp_path):
    box = tmp_path / "in"
    one = _touch(box / "one.pdf")
    two = _touch(tmp_path / "two.pdf")
    settings = Settings(data_dir=tmp_path / "data")
    got = list(iter_inputs([two, box, one, two], settings))
    assert got == [(two, None), (one, box)]


def test_archive_and_quarantine_inside_inbox_are_skipped(tmp_path):
    box = tmp_path / "inbox"
    _touch(box / "letter.pdf")
    _touch(box / "data" / "archive" / "mueller-bau" / "2026-11-18_invoice.pdf")
    _touch(box / "data" / "quarantine" / "2026-11-28" / "bad.pdf")
    _touch(box / "data" / "other" / "kept.pdf")
    settings = Settings(data_dir=box / "data")
    got = [f.relative_to(box).as_posix() for f, _ in iter_inputs([box], settings)]
    assert got == ["data/other/kept.pdf", "letter.pdf"]


def test_symlinked_folders_are_not_entered_but_symlinked_files_are_listed(tmp_path):
    box = tmp_path / "inbox"
    outside = _touch(tmp_path / "outside" / "secret.pdf")
    (box).mkdir()
    (box / "linkdir").symlink_to(outside.parent)
    (box / "link.pdf").symlink_to(outside)
    got = [f.name for f, _ in iter_inputs([box], Settings(data_dir=tmp_path / "d"))]
    assert got == ["link.pdf"]          # sniff() rejects it as unsafe, into quarantine


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputNotFound, match="nope.pdf"):
        list(iter_inputs([tmp_path / "nope.pdf"], Settings()))


def test_is_ignored_is_case_insensitive():
    pats = Settings().watch.ignore
    assert is_ignored("SCAN.TMP", pats) and is_ignored("readme.txt", pats)
    assert not is_ignored("scan.pdf", pats) and not is_ignored("tmp.pdf", pats)
