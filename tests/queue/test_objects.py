"""A queued S3 inbox object, run as a worker runs it (moto's S3 server, real boto3): fetched into
the worker's own spool, filed, moved below the done prefix; a task delivered again does nothing
twice, and an object whose content another process holds is left in the inbox for later."""

from __future__ import annotations

import pytest

from mailsort.archive.claims import Claims
from mailsort.archive.index import Index
from mailsort.db import engine_for
from mailsort.intake.sniff import take
from mailsort.queue import tasks
from mailsort.settings import load_settings

from ..conftest import S3_REGION, SAMPLES, pick_samples


@pytest.fixture
def worker_settings(config_dir, tmp_path, s3_endpoint):
    settings = load_settings(config_dir, data_dir=tmp_path / "data",
                             storage={"s3_endpoint_url": s3_endpoint, "s3_region": S3_REGION})
    yield settings
    if tasks._pipeline is not None:             # one per worker process; this test was one
        tasks._pipeline.close()
        tasks._pipeline = None


def keys(client, bucket: str) -> list[str]:
    return sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", []))


def test_a_queued_object_is_fetched_filed_and_moved_once_even_when_delivered_twice(
        s3_bucket, worker_settings, tmp_path):
    client, name = s3_bucket
    first, second = (i["file"] for i in pick_samples("email", 2))
    client.put_object(Bucket=name, Key=f"inbox/station-4/{first}", Body=(SAMPLES / first).read_bytes())
    inbox = f"s3://{name}/inbox/"
    url = f"s3://{name}/inbox/station-4/{first}"

    outcomes, again = tasks.run_item(worker_settings, url, inbox, "intake-node:1:gone")
    assert [o.decision for o in outcomes] in (["filed"], ["review"]) and not again
    assert "/tmp/queue-" in outcomes[0].source           # the worker's own spool, not a shared one
    assert keys(client, name) == [f"done/inbox/station-4/{first}"]
    index = Index(worker_settings.db_url)
    [row] = index.list()
    assert row.station == "station-4"
    trail = [e.stage for e in index.events(row.item_id)]

    # Delivered again (a worker died before acknowledging): the object is gone, nothing happens.
    assert tasks.run_item(worker_settings, url, inbox, "intake-node:1:gone") == ([], False)
    assert [e.stage for e in index.events(row.item_id)] == trail
    assert not [p for p in (tmp_path / "data" / "tmp").rglob("*") if p.is_file()
                and "queue-" in str(p)]

    # Content another live process holds: left in the inbox (its holder settles it), asked again.
    key = f"inbox/station-4/{second}"
    client.put_object(Bucket=name, Key=key, Body=(SAMPLES / second).read_bytes())
    source, _ = take(SAMPLES / second, SAMPLES, worker_settings)
    holder = Claims(engine_for(worker_settings.db_url), 300, claimer="other-node:4242:live")
    assert holder.claim(source).won
    try:
        outcomes, again = tasks.run_item(worker_settings, f"s3://{name}/{key}", inbox,
                                         "intake-node:1:gone")
    finally:
        holder.close()
    assert [o.decision for o in outcomes] == ["duplicate"] and again
    assert "other-node:4242:live" in outcomes[0].reason
    assert key in keys(client, name)
