"""Items filed as a group (`Archive.file(..., batch)` then `Archive.commit`): nothing of the group is
visible before the commit, one index transaction records it, and one bad row fails alone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailsort.archive import Archive, Index, LocalStore
from mailsort.archive import pending as pending_mod
from mailsort.archive.batch import FilingBatch
from mailsort.archive.pending import Pending
from mailsort.errors import StorageError

from .conftest import drop, make_document, make_routing, make_source

TEXT = "Rechnung Nr. 2026-4711 für die Stromlieferung im Oktober an Müller Bau GmbH, 312,40 EUR"


@pytest.fixture
def archive(settings):
    a = Archive(settings)
    yield a
    a.close()


def _three(inbox: Path) -> list:
    sources = []
    for n in range(3):
        path = drop(inbox, "rechnung.pdf", f"scan-{n}.pdf")
        with open(path, "ab") as fh:            # unique bytes, so three different items
            fh.write(f"\n% copy {n}\n".encode())
        sources.append(make_source(path))
    return sources


def test_a_group_is_invisible_until_its_commit_then_recorded_in_one_transaction(
        archive, inbox, tmp_path, monkeypatch):
    batch = FilingBatch()
    sources = _three(inbox)
    for source in sources:
        archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"), batch)
    # Staged: temporary files only, no destination file, no row.
    assert archive.store.list() == []
    assert all(archive.lookup(s) is None for s in sources)
    assert len(list(archive.store.root.rglob(".tmp-*"))) == 9

    calls = []
    real = Index.record_many
    monkeypatch.setattr(Index, "record_many",
                        lambda self, items: calls.append(len(items)) or real(self, items))
    assert archive.commit(batch) == {}
    assert calls == [3]                                  # one transaction for the three
    assert len(archive.store.list()) == 9 and not list(archive.store.root.rglob(".tmp-*"))
    assert all(archive.lookup(s).decision == "filed" for s in sources)


def test_a_bad_row_in_a_group_fails_alone_and_its_files_are_taken_back(
        archive, inbox, tmp_path, monkeypatch):
    batch = FilingBatch()
    sources = _three(inbox)
    for source in sources:
        archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"), batch)
    bad = sources[1].item_id
    real = Index._write

    def write(self, conn, row, events, stamp):
        if row.item_id == bad:
            raise ValueError("this row cannot be written")
        return real(self, conn, row, events, stamp)

    monkeypatch.setattr(Index, "_write", write)
    failed = archive.commit(batch)
    assert list(failed) == [1] and isinstance(failed[1], ValueError)
    assert archive.lookup(sources[1]) is None
    assert [archive.lookup(s).decision for s in (sources[0], sources[2])] == ["filed", "filed"]
    keys = archive.store.list()
    assert len(keys) == 6 and not [k for k in keys if bad[:8] in k]


def test_a_group_whose_index_is_down_leaves_nothing_behind(archive, inbox, tmp_path, monkeypatch):
    batch = FilingBatch()
    sources = _three(inbox)
    for source in sources:
        archive.file(source, make_document(tmp_path, TEXT), make_routing("mueller-bau"), batch)

    def down(self, items):
        raise StorageError("index write failed: database is locked")

    monkeypatch.setattr(Index, "record_many", down)
    with pytest.raises(StorageError):
        archive.commit(batch)
    assert archive.store.list() == [] and not list(archive.store.root.rglob(".tmp-*"))
    assert all(archive.lookup(s) is None for s in sources)
    assert all(s.path.exists() for s in sources)


def test_settle_fsyncs_every_file_before_any_rename_and_the_folders_after(tmp_path, monkeypatch):
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("rename", str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(pending_mod.os, "fsync", fsync)
    monkeypatch.setattr(pending_mod.os, "replace", replace)
    store, pending = LocalStore(tmp_path / "a"), Pending()
    with store.together(pending):
        store.put_bytes("x/1.json", b"{}")
        store.put_bytes("y/2.json", b"[]")
    assert not (tmp_path / "a" / "x" / "1.json").exists() and events == []
    pending.settle()
    kinds = [k for k, _ in events]
    assert kinds == ["fsync", "fsync", "rename", "rename", "fsync", "fsync"]
    assert all(Path(p).name.startswith(".tmp-") for _, p in events[:2])
    assert sorted(p for _, p in events[4:]) == [str(tmp_path / "a" / "x"), str(tmp_path / "a" / "y")]
    assert (tmp_path / "a" / "y" / "2.json").read_bytes() == b"[]"


def test_a_failed_fsync_keeps_the_old_content_and_no_temporary_file(tmp_path, monkeypatch):
    store = LocalStore(tmp_path)
    store.put_bytes("x/y.pdf", b"old")

    def crash(_fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(pending_mod.os, "fsync", crash)
    with pytest.raises(StorageError, match="Input/output error"):
        with store.together():
            store.put_bytes("x/y.pdf", b"new")
            store.put_bytes("x/z.pdf", b"new too")
    assert (tmp_path / "x" / "y.pdf").read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path / "x")) == ["y.pdf"]
