"""The review flow over HTTP: queue order, claims, approve, reassign, return, fields, page images."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from datetime import UTC, date, datetime, timedelta

from fastapi.testclient import TestClient

from mailsort.archive.records import ItemRow
from mailsort.learning import export_labels, learned_aliases
from mailsort.web.queue import order

from .conftest import csrf_of, log_in
from .helpers import db_path, item, outbox, rows


def _row(item_id: str, category: str, deadlines: list[str], hours_ago: int) -> ItemRow:
    return ItemRow(item_id=item_id, sha256=item_id * 4, source_path="x", decision="review", category=category,
                   fields={"deadlines": deadlines}, received_at=datetime.now(UTC) - timedelta(hours=hours_ago))


def test_queue_order_is_urgent_first_then_oldest():
    today = date(2026, 11, 28)
    entries = order([
        _row("a" * 16, "invoice", [], 50),                    # oldest, not urgent
        _row("b" * 16, "invoice", ["2026-12-03"], 1),          # due in 5 days: urgent
        _row("c" * 16, "tax", ["2027-03-01"], 2),              # tax with any deadline: urgent
        _row("d" * 16, "invoice", ["2026-12-20"], 60),         # due later: not urgent
        _row("e" * 16, "legal", ["2026-11-01"], 3),            # overdue legal: urgent
    ], today)
    assert [e.row.item_id[0] for e in entries] == ["e", "c", "b", "d", "a"]
    assert [e.urgent for e in entries] == [True, True, True, False, False]


def test_queue_page_lists_review_items_with_counts(anna, site):
    html = anna.get("/").text
    ids = site.review_ids()
    assert f"{len(ids)} waiting" in html
    listed = re.findall(r'data-href="/items/([0-9a-f]{16})"', html)
    assert sorted(listed) == sorted(ids)
    # the legal mail with a deadline is urgent and comes first
    assert 'class="row is-urgent"' in html.split("<tbody>")[1].split("</tr>")[0]


def _decide(c: TestClient, item_id: str, **data):
    token = csrf_of(c.get(f"/items/{item_id}").text)
    return c.post(f"/items/{item_id}/decide", data={"csrf": token, **data}, follow_redirects=False)


def _suggested(c: TestClient, item_id: str) -> str:
    return re.search(r'id="client-id" value="([^"]*)"', c.get(f"/items/{item_id}").text).group(1)


def test_opening_claims_the_item_and_others_must_take_over(app, site):
    item_id = site.review_ids()[0]
    with TestClient(app) as a, TestClient(app) as b:
        log_in(a, "anna")
        log_in(b, "ben")
        assert "Held by" not in a.get(f"/items/{item_id}").text
        page = b.get(f"/items/{item_id}").text
        assert re.search(r"Held by <strong>anna</strong> until \d\d:\d\d", page)
        assert "anna until" in b.get("/").text                        # the queue shows it too
        r = _decide(b, item_id, action="return")
        assert r.status_code == 409 and "held by anna" in r.text
        assert item(site.db_url, item_id)["decision"] == "review"
        token = csrf_of(b.get(f"/items/{item_id}").text)
        assert b.post(f"/items/{item_id}/claim", data={"csrf": token}, follow_redirects=False).status_code == 303
        assert "Held by" not in b.get(f"/items/{item_id}").text
        assert re.search(r"Held by <strong>ben</strong>", a.get(f"/items/{item_id}").text)
        assert _decide(b, item_id, action="return").status_code == 303
    trail = rows(site.db_url, "select stage, actor from events where item_id = ? order by id", item_id)
    assert ("claim-taken-over", "ben") in trail and ("returned", "ben") in trail


def test_approve_as_suggested_files_the_item_and_runs_the_rules(anna, site):
    item_id = next(i for i in site.review_ids() if _suggested(anna, i))
    client_id = _suggested(anna, item_id)
    before = item(site.db_url, item_id)
    r = _decide(anna, item_id, action="file", client_id=client_id, category=before["category"])
    assert r.status_code == 303
    after = item(site.db_url, item_id)
    assert after["decision"] == "filed" and after["client_id"] == client_id
    assert after["archived_as"].startswith(f"clients/{client_id}/")
    assert (site.settings.archive_path / after["archived_as"]).is_file()
    assert not (site.settings.archive_path / before["archived_as"]).exists()
    assert outbox(site.db_url, item_id) == [("forward", "forward-all", "pending")]
    label = rows(site.db_url, "select decision, client_id, actor from learn_labels where item_id = ?", item_id)
    assert label == [("filed", client_id, "anna")]
    assert learned_aliases(site.db_url) == {}                       # nothing corrected, nothing learned
    assert item_id not in site.review_ids()


def test_reassigning_teaches_an_alias_and_counts_as_a_corrected_misfile(anna, site):
    item_id = next(i for i in site.review_ids() if _suggested(anna, i))
    suggested = _suggested(anna, item_id)
    target = "schmidt-it" if suggested != "schmidt-it" else "bluefin-ventures"
    r = _decide(anna, item_id, action="file", client_id=target, category="invoice", address_name="Schmitt IT  Sevice",
                sender="Stadtwerke Beispiel", deadlines="2026-12-01, 2026-12-15", amounts="1.234,50 EUR",
                references="Kundennummer: 4711")
    assert r.status_code == 303
    after = item(site.db_url, item_id)
    assert (after["decision"], after["client_id"], after["category"]) == ("filed", target, "invoice")
    assert after["fields"]["deadlines"] == ["2026-12-01", "2026-12-15"]
    assert after["fields"]["amounts"][0]["value"] == "1234.50"
    assert after["fields"]["references"] == {"Kundennummer": "4711"}
    assert learned_aliases(site.db_url) == {target: ["Schmitt IT Sevice"]}
    assert ("invoice" in [c for _t, c in export_labels(site.db_url)])
    assert any(t == after["text"] for t, _c in export_labels(site.db_url))
    reviewed = rows(site.db_url, "select detail from events where item_id = ? and stage = 'reviewed'", item_id)
    assert '"reassigned"' in reviewed[0][0] and "Schmitt IT Sevice" in reviewed[0][0]
    dash = anna.get("/dashboard").text
    assert re.search(r'id="misfiles">1<', dash)
    admin = anna.get("/admin").text
    assert "Schmitt IT Sevice" in admin
    # an admin can switch the alias off; the matcher then no longer gets it
    alias_id = re.search(r'action="/admin/aliases/(\d+)"', admin).group(1)
    anna.post(f"/admin/aliases/{alias_id}", data={"csrf": csrf_of(admin), "active": "0"})
    assert learned_aliases(site.db_url) == {}


def test_not_for_any_client_leaves_the_queue(anna, site):
    item_id = site.review_ids()[-1]
    assert _decide(anna, item_id, action="return", note="falsch zugestellt").status_code == 303
    after = item(site.db_url, item_id)
    assert after["decision"] == "returned" and "return to sender (falsch zugestellt)" in after["reason"]
    assert item_id not in re.findall(r'data-href="/items/([0-9a-f]{16})"', anna.get("/").text)
    assert rows(site.db_url, "select decision from learn_labels where item_id = ?", item_id) == [("returned",)]
    assert outbox(site.db_url, item_id) == []


def test_bad_field_input_is_refused_with_a_message_and_changes_nothing(anna, site):
    item_id = site.review_ids()[0]
    r = _decide(anna, item_id, action="file", client_id="schmidt-it", category="invoice", deadlines="31.12.")
    assert r.status_code == 400 and "deadline" in r.text and "is not a date like" in r.text
    r = _decide(anna, item_id, action="file", client_id="no-such-client", category="invoice")
    assert r.status_code == 400 and "unknown client" in r.text
    r = _decide(anna, item_id, action="file", client_id="schmidt-it", category="spam")
    assert r.status_code == 400 and "unknown category" in r.text
    assert item(site.db_url, item_id)["decision"] == "review"


def test_client_type_ahead_finds_names_aliases_people_and_mailboxes(anna, site):
    from mailsort.routing.directory import load_directory

    directory = load_directory(site.settings.clients_file)
    c = next(c for c in directory.clients if c.people and c.aliases)
    for q in (c.name, c.aliases[0], c.people[0], c.mailbox):
        hits = anna.get("/api/clients", params={"q": q}).json()
        assert hits and c.id in [h["id"] for h in hits[:3]], (q, hits[:3])
    assert anna.get("/api/clients", params={"q": c.mailbox}).json()[0]["id"] == c.id
    assert anna.get("/api/clients", params={"q": ""}).json() == []
    typo = c.name[:4] + c.name[5:]                                   # one letter lost while typing
    assert c.id in [h["id"] for h in anna.get("/api/clients", params={"q": typo}).json()[:3]]


def test_page_images_render_once_and_are_cached(anna, site):
    item_id = next(i for i in site.review_ids() if item(site.db_url, i)["kind"] == "pdf")
    r = anna.get(f"/items/{item_id}/pages/1.png")
    assert r.status_code == 200 and r.content.startswith(b"\x89PNG")
    cached = list((site.settings.data_dir / "web-cache" / "pages").rglob("page-0001.png"))
    assert len(cached) == 1 and cached[0].read_bytes() == r.content
    assert anna.get(f"/items/{item_id}/pages/99.png").status_code == 404
    assert anna.get(f"/items/{item_id}/pages/0.png").status_code == 404
    page = anna.get(f"/items/{item_id}").text
    assert f'src="/items/{item_id}/pages/1.png"' in page
    images = anna.app.state.web.station.images

    def age_cache(days: float) -> None:
        # The test sets the files' times itself, so a shifted clock cannot make them look old.
        stamp = time.time() - days * 86400
        for f in cached[0].parent.iterdir():
            os.utime(f, (stamp, stamp))

    age_cache(0)
    assert images.prune(days=14) == 0 and cached[0].exists()
    age_cache(15)
    assert images.prune(days=14) == 1 and not cached[0].exists()
    assert anna.get(f"/items/{item_id}/pages/1.png").content == r.content     # rendered again on demand


def test_archive_search_filters_and_event_trail(anna, site):
    item_id = site.injection_id()
    html = anna.get("/archive", params={"q": "Rechnung 4711"}).text
    assert f"/items/{item_id}" in html
    assert f"/items/{item_id}" not in anna.get("/archive", params={"q": "Rechnung 4711", "state": "filed"}).text
    assert f"/items/{item_id}" in anna.get("/archive", params={"state": "review", "since": "2000-01-01"}).text
    assert f"/items/{item_id}" not in anna.get("/archive", params={"until": "2000-01-01"}).text
    page = anna.get(f"/items/{item_id}").text
    trail = page.split("<h2>Trail</h2>")[1]
    for stage in ("received", "extracted", "routed", "review"):
        assert f"<td>{stage}</td>" in trail


def test_dashboard_counts_today_backlog_and_automatic_share(anna, site):
    html = anna.get("/dashboard").text
    backlog = len(site.review_ids())
    assert re.search(rf'id="backlog">{backlog}<', html)
    filed = len(rows(site.db_url, "select 1 from items where decision = 'filed'"))
    total = len(rows(site.db_url, "select 1 from items where decision in ('filed', 'review')"))
    assert f"{100 * filed / total:.0f} %" in re.search(r'id="auto-share">([^<]*)<', html).group(1)


def test_the_page_keeps_its_claim_alive_by_fetch_with_the_csrf_header(app, site):
    item_id = site.review_ids()[0]
    with TestClient(app) as a, TestClient(app) as b:
        log_in(a, "anna")
        log_in(b, "ben")
        token = csrf_of(a.get(f"/items/{item_id}").text)
        assert a.post(f"/api/items/{item_id}/claim").status_code == 403          # no token: refused
        r = a.post(f"/api/items/{item_id}/claim", headers={"X-CSRF-Token": token})
        assert r.status_code == 200 and r.json()["mine"] is True
        b_token = csrf_of(b.get("/").text)
        r = b.post(f"/api/items/{item_id}/claim", headers={"X-CSRF-Token": b_token})
        assert r.json()["mine"] is False and r.json()["holder"] == "anna"        # renewing never takes over


def test_a_stale_page_cannot_overwrite_a_newer_decision(app, site):
    item_id = site.review_ids()[0]
    with TestClient(app) as a:
        log_in(a, "anna")
        page = a.get(f"/items/{item_id}").text
        token, version = csrf_of(page), re.search(r'name="version" value="([^"]+)"', page).group(1)
        assert a.post(f"/items/{item_id}/decide", data={"csrf": token, "action": "return", "version": version},
                      follow_redirects=False).status_code == 303
        r = a.post(f"/items/{item_id}/decide", data={"csrf": token, "action": "file", "version": version,
                                                    "client_id": "schmidt-it", "category": "invoice"})
        assert r.status_code == 409 and "changed since you opened it" in r.text
    assert item(site.db_url, item_id)["decision"] == "returned"


def test_a_damaged_pdf_still_shows_the_item_without_images(anna, site):
    item_id = next(i for i in site.review_ids() if item(site.db_url, i)["kind"] == "pdf")
    (site.settings.archive_path / item(site.db_url, item_id)["archived_as"]).write_bytes(b"%PDF-1.4 garbage")
    page = anna.get(f"/items/{item_id}")
    assert page.status_code == 200 and "0 pages" in page.text
    assert anna.get(f"/items/{item_id}/pages/1.png").status_code == 404


def test_filed_items_with_a_category_to_confirm_have_a_quick_list(anna, site):
    item_id = next(i for i in site.review_ids() if _suggested(anna, i))
    client_id = _suggested(anna, item_id)
    assert _decide(anna, item_id, action="file", client_id=client_id, category="invoice").status_code == 303
    # As routing files a sure client with an unsure category (archive/metadata.index_fields):
    fields = item(site.db_url, item_id)["fields"] | {"category_to_confirm": True}
    con = sqlite3.connect(db_path(site.db_url))
    with con:
        con.execute("update items set fields = ? where item_id = ?", (json.dumps(fields), item_id))
    con.close()

    queue = anna.get("/").text
    assert 'id="to-confirm"' in queue and f'action="/items/{item_id}/confirm-category"' in queue
    assert "category to confirm" in anna.get(f"/items/{item_id}").text
    r = anna.post(f"/items/{item_id}/confirm-category", data={"csrf": csrf_of(queue), "category": "legal"},
                  follow_redirects=False)
    assert r.status_code == 303
    row = item(site.db_url, item_id)
    assert row["category"] == "legal" and "category_to_confirm" not in row["fields"]
    assert 'id="to-confirm"' not in anna.get("/").text
    trail = rows(site.db_url, "select stage, actor from events where item_id = ? order by id", item_id)
    assert trail[-1] == ("reviewed", "anna")
