"""Review-station fixtures: items built once by the real pipeline (strict thresholds, so they land in
review), then copied per test; accounts; a real uvicorn server for browser tests."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from mailsort.settings import Settings, load_settings

from ..conftest import FORWARD_ALL_RULES, REPO, RESOURCES

WEB_RESOURCES = RESOURCES / "web"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """config/ + data/ after one real pipeline run over tests/resources/web: five files copied from
    sample_scans (emails and born-digital PDFs, fast to extract) and a hand-written hostile mail."""
    from mailsort.intake.inputs import iter_inputs
    from mailsort.pipeline import Pipeline

    root = tmp_path_factory.mktemp("web-built")
    cfg, inbox = root / "config", root / "inbox"
    cfg.mkdir()
    inbox.mkdir()
    shutil.copy2(REPO / "config" / "clients.yaml", cfg / "clients.yaml")
    (cfg / "mailsort.yaml").write_text("thresholds: {recipient: 0.99, margin: 0.9}\n", encoding="utf-8")
    (cfg / "rules.yaml").write_text(FORWARD_ALL_RULES, encoding="utf-8")
    for path in sorted(WEB_RESOURCES.glob("*.*")):
        shutil.copy2(path, inbox / path.name)
    settings = load_settings(cfg, data_dir=root / "data")
    with Pipeline(settings) as pipeline:
        outcomes = pipeline.process(iter_inputs([inbox], settings))
    assert sum(o.decision == "review" for o in outcomes) >= 3, [(o.source, o.decision, o.reason) for o in outcomes]
    return root


@dataclass
class Site:
    settings: Settings
    root: Path

    @property
    def db_url(self) -> str:
        return self.settings.db_url

    def review_ids(self) -> list[str]:
        from mailsort.archive import Index

        ix = Index(self.db_url)
        try:
            return [r.item_id for r in ix.list(decision="review")]
        finally:
            ix.close()

    def injection_id(self) -> str:
        from mailsort.archive import Index

        ix = Index(self.db_url)
        try:
            return next(r.item_id for r in ix.list(limit=1000) if r.source_path.endswith("injection.eml"))
        finally:
            ix.close()


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Real argon2id, with small cost parameters so the many logins of these tests stay fast."""
    from argon2 import PasswordHasher

    from mailsort.web import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(auth, "_DUMMY_HASH", auth._hasher.hash("not-a-real-password"))


@pytest.fixture
def site(built: Path, tmp_path: Path) -> Site:
    """A private copy of the built data with accounts: anna (admin), ben (VA), carl (VA of one client)."""
    from mailsort.web import auth

    root = tmp_path / "site"
    shutil.copytree(built / "config", root / "config")
    shutil.copytree(built / "data", root / "data")
    settings = load_settings(root / "config", data_dir=root / "data")
    auth.add_user(settings.db_url, "anna", PASSWORD, "admin")
    auth.add_user(settings.db_url, "ben", PASSWORD, "va")
    auth.add_user(settings.db_url, "carl", PASSWORD, "va", clients=["schmidt-it"])
    return Site(settings, root)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


def log_in(client, name: str = "anna", password: str = PASSWORD):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"username": name, "password": password, "csrf": token},
                       follow_redirects=False)


@pytest.fixture
def app(site: Site):
    from mailsort.web.app import create_app

    application = create_app(site.settings)
    yield application
    application.state.web.station.close()


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def anna(client):
    assert log_in(client).status_code == 303
    return client


# -- a real server and a real browser --------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(app):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser context; any JavaScript dialog (alert/confirm) fails the test."""
    context = browser.new_context(base_url=live_server, viewport={"width": 1400, "height": 950})
    pg = context.new_page()
    dialogs: list[str] = []

    def on_dialog(d):
        dialogs.append(d.message)
        d.dismiss()

    pg.on("dialog", on_dialog)
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.dialogs = dialogs
    pg.console_errors = errors
    yield pg
    context.close()
    assert dialogs == [], f"a script ran in the page: {dialogs}"
