"""CSRF, path traversal, 404 for what a user may not see, and stranger-written text kept inert."""

from __future__ import annotations

import json

import pytest

from mailsort.archive import Index
from mailsort.web.security import CSP

from .conftest import PASSWORD, csrf_of, log_in
from .helpers import item


def test_state_changes_without_the_session_token_are_refused(anna, site, client):
    item_id = site.review_ids()[0]
    page = anna.get(f"/items/{item_id}").text
    token = csrf_of(page)
    for data, headers in (({"action": "return"}, {}),                                   # no token
                          ({"action": "return", "csrf": "forged-token"}, {}),           # wrong token
                          ({"action": "return", "csrf": token}, {"Origin": "https://evil.example"})):
        r = anna.post(f"/items/{item_id}/decide", data=data, headers=headers)
        assert r.status_code == 403, data
    assert item(site.db_url, item_id)["decision"] == "review"
    # the header form (for fetch) works, and so does the form field from this very session
    r = anna.post(f"/items/{item_id}/decide", data={"action": "return"}, headers={"X-CSRF-Token": token},
                  follow_redirects=False)
    assert r.status_code == 303 and item(site.db_url, item_id)["decision"] == "returned"


def test_a_token_from_another_session_does_not_work(app, site):
    from fastapi.testclient import TestClient

    item_id = site.review_ids()[0]
    with TestClient(app) as a, TestClient(app) as b:
        assert log_in(a, "anna").status_code == 303 and log_in(b, "ben").status_code == 303
        foreign = csrf_of(b.get("/").text)
        assert a.post(f"/items/{item_id}/decide", data={"action": "return", "csrf": foreign}).status_code == 403
    assert item(site.db_url, item_id)["decision"] == "review"


def test_login_form_needs_its_token_and_the_token_changes_at_login(client):
    assert client.post("/login", data={"username": "anna", "password": "x" * 12}).status_code == 403
    before = csrf_of(client.get("/login").text)
    assert log_in(client).status_code == 303
    assert csrf_of(client.get("/").text) != before


TRAVERSALS = ["../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/etc/passwd",
              "....//....//etc/passwd"]


@pytest.mark.parametrize("bad", TRAVERSALS)
def test_path_traversal_in_any_parameter_gets_nothing(anna, site, bad):
    good = site.review_ids()[0]
    for path in (f"/items/{bad}", f"/items/{bad}/pdf", f"/items/{bad}/original", f"/items/{good}/pages/{bad}.png",
                 f"/items/{bad}/pages/1.png", f"/static/{bad}"):
        r = anna.get(path)
        assert r.status_code in (404, 422), (path, r.status_code)
        assert "root:" not in r.text
    for path in (f"/archive?client={bad}", f"/archive?q={bad}", f"/archive?since={bad}", f"/api/clients?q={bad}"):
        r = anna.get(path)
        assert r.status_code == 200 and "root:" not in r.text, path


def test_a_poisoned_file_key_in_the_index_cannot_leave_the_archive(anna, site):
    """Even if the index row named a path outside the archive, downloads and page images give 404."""
    item_id = site.review_ids()[0]
    ix = Index(site.db_url)
    ix.update(item_id, {"original_key": "../../../../etc/passwd", "archived_as": "../../../../etc/passwd.pdf"})
    ix.close()
    for path in (f"/items/{item_id}/original", f"/items/{item_id}/pdf", f"/items/{item_id}/pages/1.png"):
        r = anna.get(path)
        assert r.status_code == 404 and "root:" not in r.text, path
    assert anna.get(f"/items/{item_id}").status_code == 200     # the page itself still shows the text


def test_what_a_user_may_not_see_is_404(client, site):
    from mailsort.archive.filing import Archive
    from mailsort.model import Fields

    review_id, other_id = site.review_ids()[:2]
    archive = Archive(site.settings)
    archive.move_to_client(other_id, "bluefin-ventures", "invoice", Fields(), actor="test")
    archive.close()
    assert log_in(client, "carl").status_code == 303          # carl looks after schmidt-it only
    for path in (f"/items/{other_id}", f"/items/{other_id}/pdf", f"/items/{other_id}/pages/1.png",
                 "/archive?client=bluefin-ventures", "/admin", "/items/0000000000000000"):
        assert client.get(path).status_code == 404, path
    assert all(c["id"] == "schmidt-it" for c in client.get("/api/clients?q=Bluefin").json())
    assert other_id not in client.get("/archive?state=filed").text


def test_script_in_subject_and_body_is_shown_as_text_under_a_strict_csp(anna, site):
    item_id = site.injection_id()
    r = anna.get(f"/items/{item_id}")
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#34;body&#34;)&lt;/script&gt;" in html
    assert "<iframe" not in html
    # the only script is our own static file
    assert html.count("<script") == 1 and '<script src="/static/app.js" defer></script>' in html
    assert r.headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP and "unsafe-inline" not in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "same-origin"
    queue = anna.get("/").text
    assert "&lt;script&gt;alert(&#39;subject&#39;)" in queue and "<script>alert" not in queue


def test_the_original_mail_downloads_as_an_attachment_never_inline(anna, site):
    r = anna.get(f"/items/{site.injection_id()}/original")
    assert r.status_code == 200 and b"<script>" in r.content
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment;")


def _candidates(site, item_id: str) -> set[str]:
    from mailsort.archive.filing import Archive

    archive = Archive(site.settings)
    try:
        row = archive.index.get(item_id)
        meta = json.loads(archive.store.get_bytes(row.metadata_key))
    finally:
        archive.close()
    return {c["client_id"] for c in meta["candidates"]}


def test_a_va_limited_to_some_clients_sees_only_review_items_that_may_be_theirs(client, site):
    from mailsort.web import auth

    by_item = {i: _candidates(site, i) for i in site.review_ids()}
    mine = next(i for i, c in by_item.items() if c)
    theirs = next(i for i, c in by_item.items() if not c & by_item[mine])   # no shared candidate
    auth.add_user(site.db_url, "dora", PASSWORD, "va", clients=sorted(by_item[mine])[:1])
    assert log_in(client, "dora").status_code == 303
    assert client.get(f"/items/{mine}").status_code == 200
    assert client.get(f"/items/{mine}/pdf").status_code == 200
    queue = client.get("/").text
    assert f"/items/{mine}" in queue and f"/items/{theirs}" not in queue
    for path in (f"/items/{theirs}", f"/items/{theirs}/pdf", f"/items/{theirs}/original",
                 f"/items/{theirs}/pages/1.png"):
        assert client.get(path).status_code == 404, path
    assert f"/items/{theirs}" not in client.get("/archive?state=review").text
