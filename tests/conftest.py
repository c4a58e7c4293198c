"""Fixtures shared by every test folder: a work folder with its own config, data and inbox."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_scans"
RESOURCES = Path(__file__).resolve().parent / "resources"
S3_REGION = "eu-central-1"
# A rules file that forwards everything to a server nobody runs: the actions stage (and in `watch`
# the scheduler thread) runs, and deliveries wait in the outbox.
FORWARD_ALL_RULES = """
delivery:
  smtp: {host: 127.0.0.1, port: 2525, security: none, from: "Post <post@buero-mitte.example>"}
defaults:
  rules:
    - id: forward-all
      do:
        - forward: {to: [books@client.example]}
"""


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """The repo's client directory in a private config folder (no rules unless a test adds them)."""
    cfg = tmp_path / "config"
    cfg.mkdir()
    shutil.copy2(REPO / "config" / "clients.yaml", cfg / "clients.yaml")
    return cfg


@pytest.fixture
def settings(config_dir: Path, tmp_path: Path):
    from mailsort.settings import load_settings

    return load_settings(config_dir, data_dir=tmp_path / "data")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    return box


def sample_labels() -> list[dict]:
    return json.loads((SAMPLES / "labels.json").read_text(encoding="utf-8"))["items"]


def pick_samples(kind: str, n: int, **match) -> list[dict]:
    """The first n labelled sample items of a kind (and other label values), in file order."""
    out = [i for i in sample_labels() if i["kind"] == kind
           and all(i.get(k) == v for k, v in match.items())]
    return out[:n]


def labelled_set(folder: Path, kind: str, n: int) -> list[dict]:
    """Copy n sample items of a kind into `folder` with their labels.json, as `mailsort eval` reads it."""
    chosen = pick_samples(kind, n)
    folder.mkdir(parents=True)
    for item in chosen:
        shutil.copy2(SAMPLES / item["file"], folder / item["file"])
    (folder / "labels.json").write_text(json.dumps({"version": 1, "items": chosen}))
    return chosen


@pytest.fixture(scope="module")
def s3_endpoint():
    """A real S3 endpoint over HTTP: moto's server on a free loopback port."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_bucket(s3_endpoint, monkeypatch):
    """(boto3 client, name) of a fresh bucket on the S3 server; test credentials in the
    environment, so mailsort processes started by the test reach it too."""
    import uuid

    import boto3

    for k, v in (("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test"),
                 ("AWS_DEFAULT_REGION", S3_REGION)):
        monkeypatch.setenv(k, v)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=S3_REGION)
    name = f"bucket-{uuid.uuid4().hex[:10]}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": S3_REGION})
    return client, name
