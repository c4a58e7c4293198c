from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailsort.archive import BadKey, KeyMissing, LocalStore, check_key
from mailsort.archive import local as local_mod
from mailsort.errors import StorageError

KEY = "clients/mueller-bau/2026/2026-11-20_invoice_stadtwerke_ab12cd34.pdf"


def test_put_get_list_delete(tmp_path: Path):
    store = LocalStore(tmp_path / "archive")
    store.put_bytes(KEY, b"%PDF-1.4 eins")
    store.put_bytes("clients/mueller-bau/2026/b.json", b"{}")
    store.put_bytes("review/ab12/x.json", b"{}")
    assert store.get_bytes(KEY) == b"%PDF-1.4 eins"
    assert store.exists(KEY) and not store.exists("clients/nobody/x.pdf")
    assert store.list("clients/mueller-bau/") == ["clients/mueller-bau/2026/2026-11-20_invoice_stadtwerke_ab12cd34.pdf",
                                                  "clients/mueller-bau/2026/b.json"]
    assert store.list("clients/mueller-bau/2026/2026-") == [KEY]
    assert len(store.list()) == 3
    assert store.describe(KEY) == str(tmp_path / "archive" / KEY)
    store.put_bytes(KEY, b"zwei")                 # overwrite in place
    assert store.get_bytes(KEY) == b"zwei"
    store.delete(KEY)
    store.delete(KEY)                             # deleting twice is fine
    assert not store.exists(KEY)
    with pytest.raises(KeyMissing, match="archive file missing"):
        store.get_bytes(KEY)


def test_put_file_copy_and_move(tmp_path: Path):
    store = LocalStore(tmp_path / "archive")
    src = tmp_path / "scan.pdf"
    src.write_bytes(b"original bytes \x00\xff")
    store.put_file("a/copy.pdf", src)
    assert src.exists() and store.get_bytes("a/copy.pdf") == src.read_bytes()
    store.put_file("a/moved.pdf", src, move=True)
    assert not src.exists() and store.get_bytes("a/moved.pdf") == b"original bytes \x00\xff"


def test_write_fsyncs_file_and_folder_before_returning(tmp_path: Path, monkeypatch):
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(local_mod.os, "fsync", spy)
    store = LocalStore(tmp_path)
    store.put_bytes("x/y.json", b"{}")
    # The data under its temporary name, then the folder holding the renamed entry.
    assert Path(synced[0]).parent == tmp_path / "x" and Path(synced[0]).name.startswith(".tmp-")
    assert synced[-1] == str(tmp_path / "x")


def test_failed_write_keeps_old_content_and_leaves_no_temp(tmp_path: Path, monkeypatch):
    store = LocalStore(tmp_path)
    store.put_bytes("x/y.pdf", b"old")

    def crash(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(local_mod.os, "fsync", crash)
    with pytest.raises(StorageError, match="No space left on device"):
        store.put_bytes("x/y.pdf", b"new and half written")
    assert (tmp_path / "x" / "y.pdf").read_bytes() == b"old"
    assert os.listdir(tmp_path / "x") == ["y.pdf"]


@pytest.mark.parametrize("key", ["../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "a/./b", "", "a\\b",
                                 "a/b/.."])
def test_keys_cannot_escape_root(tmp_path: Path, key: str):
    with pytest.raises(BadKey):
        check_key(key)
    with pytest.raises(BadKey):
        LocalStore(tmp_path / "root").put_bytes(key, b"x")
    assert not (tmp_path / "etc").exists()


def test_symlinked_folder_cannot_lead_outside(tmp_path: Path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "clients").symlink_to(tmp_path)
    with pytest.raises(StorageError, match="outside"):
        LocalStore(root).put_bytes("clients/evil.txt", b"x")
    assert not (tmp_path / "evil.txt").exists()


def test_leftover_of_a_killed_writer_is_swept_but_live_writes_are_kept(tmp_path: Path):
    import subprocess
    import sys

    folder = tmp_path / "archive" / "clients" / "mueller-bau" / "2026"
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    leftover = folder / f".tmp-{local_mod._HOST}-{dead}-abc123"
    in_flight = folder / f".tmp-{local_mod._HOST}-{os.getppid()}-def456"    # a live process
    other_host = folder / f".tmp-elsewhere-{dead}-ghi789"                  # not ours to judge
    for p in (leftover, in_flight, other_host):
        p.write_bytes(b"half a file")
    LocalStore(tmp_path / "archive").put_bytes(KEY, b"%PDF-1.4")
    assert not leftover.exists()
    assert in_flight.exists() and other_host.exists()
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] == [Path(KEY).name]
