"""End to end in a real headless Chromium against a real uvicorn server."""

from __future__ import annotations

import os
import re

import pytest

from mailsort.settings import REPO_ROOT

from .conftest import PASSWORD
from .helpers import item, outbox

pytestmark = pytest.mark.browser
SHOTS = os.environ.get("MAILSORT_SCREENSHOTS")   # set to write docs/screenshots/*.png


def _log_in(page, name: str = "anna") -> None:
    page.goto("/")
    assert page.url.endswith("/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/$"))


def test_reassign_by_keyboard_files_the_item_and_fires_its_rules(page, site):
    _log_in(page)
    page.wait_for_selector("tr.row.selected")
    first = page.get_attribute("tr.row.selected", "data-href").rsplit("/", 1)[1]
    if SHOTS:
        page.screenshot(path=str(REPO_ROOT / "docs" / "screenshots" / "queue.png"), full_page=True)
    page.keyboard.press("j")
    page.keyboard.press("k")
    page.keyboard.press("Enter")                                  # open the selected (first) item
    page.wait_for_url(f"**/items/{first}")
    page.wait_for_load_state("networkidle")                       # page images rendered
    if SHOTS:
        page.screenshot(path=str(REPO_ROOT / "docs" / "screenshots" / "item.png"))
    suggested = page.input_value("#client-id")
    target = "keller-busch" if suggested != "keller-busch" else "schmidt-it"
    query = {"keller-busch": "Keller & B", "schmidt-it": "Schmidt IT GmbH"}[target]
    page.keyboard.press("c")
    assert page.evaluate("document.activeElement.id") == "client-search"
    page.keyboard.type(query)
    page.wait_for_selector("#client-results li.active")
    page.keyboard.press("Enter")
    assert page.input_value("#client-id") == target
    assert page.evaluate("document.activeElement.id") != "client-search"
    page.keyboard.press("2")                                      # category 2 = reminder
    assert page.is_checked("input[name=category][value=reminder]")
    page.keyboard.press("a")
    page.wait_for_url(lambda url: not url.endswith(f"/items/{first}"))
    row = item(site.db_url, first)
    assert (row["decision"], row["client_id"], row["category"]) == ("filed", target, "reminder")
    assert (site.settings.archive_path / row["archived_as"]).is_file()
    assert row["archived_as"].startswith(f"clients/{target}/")
    assert outbox(site.db_url, first) == [("forward", "forward-all", "pending")]
    assert first not in page.content()                            # gone from the next page's queue links


def test_not_for_any_client_needs_n_twice(page, site):
    _log_in(page, "ben")
    item_id = site.review_ids()[0]
    page.goto(f"/items/{item_id}")
    page.keyboard.press("n")
    assert page.is_visible("#confirm-bar")
    page.keyboard.press("Escape")
    assert not page.is_visible("#confirm-bar")
    assert item(site.db_url, item_id)["decision"] == "review"
    page.keyboard.press("n")
    page.keyboard.press("n")
    page.wait_for_url(lambda url: not url.endswith(f"/items/{item_id}"))
    assert item(site.db_url, item_id)["decision"] == "returned"


def test_hostile_mail_shows_as_text_and_runs_nothing(page, site, live_server):
    _log_in(page)
    item_id = site.injection_id()
    response = page.goto(f"/items/{item_id}")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    subject = page.inner_text("dd.subject")
    assert "<script>alert('subject')</script>" in subject and "<img src=x onerror=alert(1)>" in subject
    assert '<script>alert("body")</script>' in page.inner_text("pre.text")
    assert page.locator("section.viewer img:not(.page)").count() == 0   # no injected <img> elements
    assert page.locator("iframe").count() == 0
    page.keyboard.press("r")                                      # our own script does run
    page.keyboard.press("+")
    if page.locator("img.page").count():
        assert "rotate(90deg)" in page.get_attribute("img.page >> nth=0", "style")
    page.goto("/")
    assert "<script>alert('subject')</script>" in page.inner_text("table.queue")
    assert page.dialogs == [] and not [e for e in page.console_errors if "Content Security Policy" in e]


def test_a_second_va_sees_the_claim_and_takes_over_by_keyboard(page, browser, live_server, site):
    item_id = site.review_ids()[0]
    _log_in(page, "anna")
    page.goto(f"/items/{item_id}")
    other = browser.new_context(base_url=live_server).new_page()
    try:
        _log_in(other, "ben")
        other.goto(f"/items/{item_id}")
        assert re.search(r"Held by anna until \d\d:\d\d", other.inner_text("div.held"))
        with other.expect_navigation():
            other.keyboard.press("t")
        assert other.locator("div.held").count() == 0
        page.reload()
        assert "Held by ben" in page.inner_text("div.held")
    finally:
        other.context.close()
