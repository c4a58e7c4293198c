"""Page previews on shared storage: a page rendered on one node comes from the bucket on another
(moto's S3 server, real boto3); the local folder is only a cache."""

from __future__ import annotations

import shutil
import uuid

import boto3

from mailsort.archive import Index, LocalStore
from mailsort.archive.backends import previews_store
from mailsort.settings import Settings, StorageSettings
from mailsort.web import pages
from mailsort.web.pages import PageImages


def test_a_page_rendered_on_one_node_is_served_from_the_bucket_on_another(site, s3_endpoint, tmp_path,
                                                                         monkeypatch):
    for k, v in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(k, v)
    bucket = f"shared-{uuid.uuid4().hex[:10]}"
    boto3.client("s3", endpoint_url=s3_endpoint, region_name="eu-central-1").create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    shared = previews_store(Settings(config_dir=tmp_path, storage=StorageSettings(
        backend="s3", s3_bucket=bucket, s3_endpoint_url=s3_endpoint, s3_region="eu-central-1")))
    row = Index(site.db_url).get(site.review_ids()[0])
    archive = LocalStore(site.settings.archive_path)

    node_a = PageImages(archive, tmp_path / "node-a", shared)
    png_a = node_a.png(row, 1)
    assert png_a is not None
    assert sorted(k.rsplit("/", 1)[1] for k in shared.list()) == ["item.pages", "page-0001.png"]

    def no_rendering(*args, **kwargs):
        raise AssertionError("node b must take the page from the bucket, not render it again")

    monkeypatch.setattr(pages.pdftools, "rasterise", no_rendering)
    node_b = PageImages(archive, tmp_path / "node-b", shared)
    png_b = node_b.png(row, 1)
    assert png_b.read_bytes() == png_a.read_bytes()

    shutil.rmtree(tmp_path / "node-b")              # the local folder is only a cache
    assert PageImages(archive, tmp_path / "node-b", shared).png(row, 1).read_bytes() == png_a.read_bytes()


def test_without_s3_there_is_no_shared_preview_store(tmp_path):
    assert previews_store(Settings(config_dir=tmp_path)) is None
