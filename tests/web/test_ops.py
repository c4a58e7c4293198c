"""The review station's /healthz and /metrics, scraped from a real uvicorn server without a login."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

from mailsort.archive.index import Index
from mailsort.settings import load_settings


def get(url: str):
    try:
        resp = urllib.request.urlopen(url, timeout=10)
        return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_healthz_and_metrics_answer_without_a_login(site, live_server):
    status, body = get(f"{live_server}/healthz")
    assert status == 200
    assert json.loads(body) == {"status": "ok", "checks": {"database": "ok", "archive": "ok"}}

    status, body = get(f"{live_server}/metrics")
    assert status == 200
    samples = {s.name: s.value for fam in text_string_to_metric_families(body.decode())
               for s in fam.samples if not s.labels}
    in_review = Index(site.db_url).counts().get("review", 0)
    assert in_review > 0 and samples["mailsort_review_queue"] == in_review


def test_healthz_is_503_with_the_reason_when_the_archive_is_unusable(site):
    from fastapi.testclient import TestClient

    from mailsort.web.app import create_app

    blocker = site.root / "not-a-folder"
    blocker.write_text("a file where the archive's parent folder should be")
    settings = load_settings(site.settings.config_dir, data_dir=site.settings.data_dir,
                             archive_dir=blocker / "archive")
    app = create_app(settings)
    try:
        with TestClient(app) as client:
            resp = client.get("/healthz")
    finally:
        app.state.web.station.close()
    assert resp.status_code == 503
    body = resp.json()
    assert body["status"] == "failing" and body["checks"]["database"] == "ok"
    assert body["checks"]["archive"].endswith("not writable")
