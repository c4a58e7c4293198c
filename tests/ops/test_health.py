"""`health.check` against real services: SQLite, an unreachable PostgreSQL port, moto's S3 server."""

from __future__ import annotations

import socket
import uuid

import boto3

from mailsort.ops import health
from mailsort.settings import Settings, StorageSettings


def s3_settings(tmp_path, s3_endpoint, bucket) -> Settings:
    return Settings(config_dir=tmp_path, data_dir=tmp_path / "data", storage=StorageSettings(
        backend="s3", s3_bucket=bucket, s3_prefix="archive", s3_endpoint_url=s3_endpoint,
        s3_region="eu-central-1"))


def test_an_s3_archive_is_healthy_when_its_bucket_answers_and_failing_when_it_is_gone(
        tmp_path, s3_endpoint, monkeypatch):
    for k, v in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")):
        monkeypatch.setenv(k, v)
    (tmp_path / "data").mkdir()                      # the SQLite index's folder, as on a set-up node
    bucket = f"health-{uuid.uuid4().hex[:10]}"
    boto3.client("s3", endpoint_url=s3_endpoint, region_name="eu-central-1").create_bucket(
        Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})

    assert health.check(s3_settings(tmp_path, s3_endpoint, bucket)) == (
        True, {"status": "ok", "checks": {"database": "ok", "archive": "ok"}})

    ok, body = health.check(s3_settings(tmp_path, s3_endpoint, "no-such-bucket-here"))
    assert not ok and body["checks"]["database"] == "ok"
    assert "NoSuchBucket" in body["checks"]["archive"] and "\n" not in body["checks"]["archive"]


def test_a_database_that_does_not_answer_is_failing(tmp_path):
    with socket.socket() as s:                       # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings(config_dir=tmp_path, data_dir=tmp_path / "data",
                        database_url=f"postgresql://nobody@127.0.0.1:{port}/none")
    ok, body = health.check(settings)
    assert not ok and body["status"] == "failing" and body["checks"]["archive"] == "ok"
    assert body["checks"]["database"] != "ok" and "\n" not in body["checks"]["database"]
