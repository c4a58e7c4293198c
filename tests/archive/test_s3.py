"""S3Store against moto's standalone S3 server on loopback (real HTTP, real boto3)."""

from __future__ import annotations

import json
import uuid

import boto3
import pytest

from mailsort.archive import Archive, KeyMissing, make_store
from mailsort.archive.s3 import S3Store
from mailsort.errors import StorageError
from mailsort.settings import Settings, StorageSettings

from .conftest import RES, drop, make_document, make_routing, make_source


@pytest.fixture
def bucket(s3_endpoint, monkeypatch):
    for k, v in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"),
                 ("AWS_DEFAULT_REGION", "eu-central-1")):
        monkeypatch.setenv(k, v)
    name = f"mailsort-{uuid.uuid4().hex[:10]}"
    boto3.client("s3", endpoint_url=s3_endpoint, region_name="eu-central-1").create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    return name


def test_put_get_list_delete(s3_endpoint, bucket, tmp_path):
    store = S3Store(bucket, "archiv/", endpoint_url=s3_endpoint, region="eu-central-1")
    key = "clients/mueller-bau/2026/2026-11-20_invoice_stadtwerke_ab12cd34.pdf"
    store.put_file(key, RES / "rechnung.pdf")
    store.put_bytes("clients/mueller-bau/2026/meta.json", '{"ü": 1}'.encode())
    store.put_bytes("review/ab/x.json", b"{}")
    assert store.get_bytes(key) == (RES / "rechnung.pdf").read_bytes()
    with store.open("clients/mueller-bau/2026/meta.json") as fh:
        assert json.loads(fh.read()) == {"ü": 1}
    assert store.list("clients/") == sorted([key, "clients/mueller-bau/2026/meta.json"])
    assert len(store.list()) == 3
    assert store.exists(key) and not store.exists("clients/none.pdf")
    assert store.describe(key) == f"s3://{bucket}/archiv/{key}"

    store.copy(key, "clients/other/x.pdf")
    assert store.get_bytes("clients/other/x.pdf") == (RES / "rechnung.pdf").read_bytes()
    moved = tmp_path / "tmp.pdf"
    moved.write_bytes(b"searchable")
    store.put_file("review/ab/s.pdf", moved, move=True)
    assert not moved.exists() and store.get_bytes("review/ab/s.pdf") == b"searchable"

    store.delete(key)
    store.delete(key)
    assert not store.exists(key)
    with pytest.raises(KeyMissing, match=f"s3://{bucket}/archiv/"):
        store.get_bytes(key)
    # The prefix keeps the archive apart from anything else in the bucket.
    assert S3Store(bucket, endpoint_url=s3_endpoint).list("clients/") == []


def test_errors_are_one_line_storage_errors(s3_endpoint, bucket):
    missing = S3Store("no-such-bucket-here", endpoint_url=s3_endpoint)
    with pytest.raises(StorageError, match="NoSuchBucket") as err:
        missing.put_bytes("a/b", b"x")
    assert "\n" not in str(err.value) and "s3://no-such-bucket-here/a/b" in str(err.value)
    with pytest.raises(StorageError):
        S3Store(bucket, endpoint_url=s3_endpoint).put_bytes("../escape", b"x")


def test_archive_files_and_quarantines_to_s3(s3_endpoint, bucket, tmp_path, inbox):
    settings = Settings(config_dir=tmp_path, data_dir=tmp_path / "data", storage=StorageSettings(
        backend="s3", s3_bucket=bucket, s3_prefix="mailsort", s3_endpoint_url=s3_endpoint,
        s3_region="eu-central-1"))
    archive = Archive(settings)
    assert isinstance(archive.store, S3Store) and isinstance(make_store(settings), S3Store)
    source = make_source(drop(inbox, "rechnung.pdf"))
    out = archive.file(source, make_document(tmp_path, "Rechnung Strom"), make_routing("mueller-bau"))
    assert out.archived_as.startswith(f"s3://{bucket}/mailsort/clients/mueller-bau/2026/2026-11-20_invoice_")
    assert len(archive.store.list("clients/mueller-bau/")) == 3
    assert not (tmp_path / "data" / "archive").exists()

    from mailsort.errors import CorruptInput

    bad = drop(inbox, "truncated.pdf")
    q = archive.quarantine(bad, CorruptInput("truncated PDF"))
    # Shared storage: the quarantine is in the bucket, beside (not inside) the archive's prefix.
    assert q.archived_as.startswith(f"s3://{bucket}/mailsort-quarantine/")
    assert not (tmp_path / "data" / "quarantine").exists()
    quarantine = S3Store(bucket, "mailsort-quarantine", endpoint_url=s3_endpoint)
    stored = quarantine.list()
    assert len(stored) == 2 and stored[1].endswith("truncated.pdf.reason.txt")
    assert quarantine.get_bytes(stored[0]) == bad.read_bytes()
    assert "error: truncated PDF" in quarantine.get_bytes(stored[1]).decode()
    assert archive.index.get(q.item_id).archived_as == q.archived_as
    archive.close()


def test_quarantine_in_the_archive_bucket_root_is_no_stray_for_doctor(s3_endpoint, bucket, tmp_path, inbox):
    from mailsort.archive import reconcile
    from mailsort.errors import CorruptInput

    settings = Settings(config_dir=tmp_path, data_dir=tmp_path / "data", storage=StorageSettings(
        backend="s3", s3_bucket=bucket, s3_endpoint_url=s3_endpoint, s3_region="eu-central-1"))
    archive = Archive(settings)
    archive.quarantine(drop(inbox, "truncated.pdf"), CorruptInput("truncated PDF"))
    assert len(archive.store.list("mailsort-quarantine/")) == 2      # the archive sees them ...
    assert reconcile.check(archive) == []                             # ... and knows they are not strays
    archive.close()


def test_s3_backend_needs_a_bucket(tmp_path):
    from mailsort.errors import ConfigError

    with pytest.raises(ConfigError, match="s3_bucket"):
        make_store(Settings(config_dir=tmp_path, storage=StorageSettings(backend="s3")))
