"""The review station's item page of an e-invoice: its panel, its failed checks, its rendered page."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from mailsort.intake.inputs import iter_inputs
from mailsort.pipeline import Pipeline
from mailsort.settings import load_settings

from ..conftest import REPO
from ..web.conftest import PASSWORD, csrf_of, log_in, quick_hashes  # noqa: F401  (autouse fixture)

HERE = Path(__file__).resolve().parents[1] / "resources" / "einvoice"


def test_item_page_shows_the_einvoice_and_its_flags(tmp_path):
    from mailsort.web import auth
    from mailsort.web.app import create_app

    cfg, inbox = tmp_path / "config", tmp_path / "inbox"
    cfg.mkdir()
    inbox.mkdir()
    shutil.copy2(REPO / "config" / "clients.yaml", cfg / "clients.yaml")
    shutil.copy2(HERE / "EN16931_Einfach_wrong-total.cii.xml", inbox / "wrong.xml")
    settings = load_settings(cfg, data_dir=tmp_path / "data")
    with Pipeline(settings) as pipeline:
        [outcome] = pipeline.process(iter_inputs([inbox], settings))
    assert outcome.decision == "review"                     # buyer "Kunden AG Mitte" is no client
    auth.add_user(settings.db_url, "anna", PASSWORD, "admin")
    app = create_app(settings)
    try:
        with TestClient(app) as c:
            assert log_in(c).status_code in (302, 303)
            html = c.get(f"/items/{outcome.item_id}").text
            assert 'id="einvoice"' in html and "E-invoice (CII)" in html
            assert "e-invoice totals do not add up: 529.78 ≠ 473.00 + tax 56.87 = 529.87" in html
            assert "Lieferant GmbH (DE123456789)" in html and "529.87 EUR" in html
            assert csrf_of(html)
            page = c.get(f"/items/{outcome.item_id}/pages/1.png")
            assert page.status_code == 200 and page.content[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        app.state.web.station.close()
