"""The Router ties matcher, category model, fields and decision into one Routing."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from mailsort.model import Source
from mailsort.settings import Settings

from .conftest import StubCategories, letter


def source(tmp_path: Path) -> Source:
    return Source(path=tmp_path / "scan.png", kind="scan", media_type="image/png", sha256="ab" * 32, size=1,
                  received_at=datetime(2026, 11, 21, tzinfo=timezone.utc))


def test_route_files_a_clear_letter(tmp_path, directory):
    from mailsort.routing.router import Router

    categories = StubCategories("invoice", 0.9)
    doc = letter("Schmitt IT GmbH\nPostfach 2003",
                 body="Rechnung 2026-11\n\nBitte zahlen Sie 1.190,00 € bis zum 04.12.2026.")
    routing = Router(Settings(), directory, categories).route(source(tmp_path), doc)
    assert routing.decision == "filed" and routing.reason is None
    assert routing.recipient.client_id == "schmitt-it"
    assert routing.fields.date == date(2026, 11, 20) and routing.fields.deadlines == [date(2026, 12, 4)]
    assert routing.fields.amounts[0].value == 1190.0
    assert "Rechnung 2026-11" in categories.seen[0]


def test_route_files_a_sure_client_with_the_unsure_category_to_confirm(tmp_path, directory):
    from mailsort.routing.router import Router

    routing = Router(Settings(), directory, StubCategories("other", 0.3)).route(
        source(tmp_path), letter("Schmitt IT GmbH"))
    assert routing.decision == "filed" and routing.recipient.client_id == "schmitt-it"
    assert routing.category_confirmed is False
    assert routing.reason == "category to confirm: other 0.30 (needs 0.55)"
    clear = Router(Settings(), directory, StubCategories("other", 0.9)).route(source(tmp_path), letter("Schmitt IT GmbH"))
    assert clear.category_confirmed is True and clear.reason is None


def test_route_names_both_clients_when_unsure(tmp_path, directory):
    from mailsort.routing.router import Router

    routing = Router(Settings(), directory, StubCategories()).route(source(tmp_path), letter("Fischer Logistik"))
    assert routing.decision == "review" and routing.recipient is None
    assert "Fischer Logistik" in routing.reason


def test_an_unsure_recipient_is_no_recipient_but_stays_a_candidate(tmp_path, directory):
    from mailsort.routing.router import Router

    # A clear letter, but this client needs more certainty than the matcher can give.
    settings = Settings(thresholds={"per_client": {"schmitt-it": 0.999}})
    routing = Router(settings, directory, StubCategories("invoice", 0.9)).route(
        source(tmp_path), letter("Schmitt IT GmbH"))
    assert routing.decision == "review" and routing.recipient is None
    assert routing.candidates[0].client_id == "schmitt-it"
    assert "recipient unsure: Schmitt IT GmbH" in routing.reason


def test_the_provider_s_own_name_above_a_box_number_is_no_rival_firm(tmp_path, directory):
    from mailsort.routing.router import Router

    box = directory.clients[0].mailbox
    doc = letter(f"Büro Mitte Services GmbH\nFach {box}")
    routing = Router(Settings(), directory, StubCategories("invoice", 0.9)).route(source(tmp_path), doc)
    assert routing.decision == "filed", routing.reason
    assert routing.recipient.client_id == directory.clients[0].id
    # the box labelled as the customer's ("Kunden-Postfach") under the provider's name alone
    doc = letter(f"Büro Mitte Services GmbH\nKunden-Postfach {box}")
    routing = Router(Settings(), directory, StubCategories("invoice", 0.9)).route(source(tmp_path), doc)
    assert routing.decision == "filed" and routing.recipient.client_id == directory.clients[0].id, routing.reason
    # the provider's name and the bare number, the label lost to a poor scan
    for line in (f"Büro Mitte Services GmbH {box}", f"Biro Mitte Services GiibH = NE..{box}"):
        routing = Router(Settings(), directory, StubCategories("invoice", 0.9)).route(source(tmp_path), letter(line))
        assert routing.decision == "filed" and routing.recipient.client_id == directory.clients[0].id, routing.reason
    # ... but not a house number or a firm that only resembles the provider's name's tail
    for line in (f"Büro Mitte Services GmbH, Friedrichstr. {box}", f"Mitte Services GmbH {box}"):
        routing = Router(Settings(), directory, StubCategories("invoice", 0.9)).route(source(tmp_path), letter(line))
        assert routing.decision == "review", line
    # a firm that is not the provider above the same number stays suspicious
    doc = letter(f"Nordlicht Werbeagentur GmbH\nFach {box}")
    routing = Router(Settings(), directory, StubCategories("invoice", 0.9)).route(source(tmp_path), doc)
    assert routing.decision == "review"


def test_no_length_of_text_breaks_routing_the_letter_on_top_still_decides(tmp_path, directory):
    from mailsort.model import EmailInfo, Page
    from mailsort.routing.category import CategoryModel
    from mailsort.routing.router import MAX_ROUTING_CHARS, Router
    from mailsort.settings import REPO_ROOT

    # Over spaCy's max_length (1,000,000) twice: a page of export junk, a 1 MB subject.
    doc = letter("Schmitt IT GmbH\nPostfach 2003",
                 body="Rechnung 2026-11\n\nBitte zahlen Sie 1.190,00 € bis zum 04.12.2026.")
    junk = ("Position " + "x" * 70 + "\n") * 14_000
    doc = doc.model_copy(update={"pages": [*doc.pages, Page(number=2, text=junk, method="text-layer")],
                                 "email": EmailInfo(subject="Rechnung " + "x" * 1_000_000)})
    assert len(doc.text) > 1_000_000
    router = Router(Settings(), directory, CategoryModel.load(REPO_ROOT / "models"))
    routing = router.route(source(tmp_path), doc)
    assert routing.recipient.client_id == "schmitt-it"
    assert MAX_ROUTING_CHARS < 1_000_000


def test_the_category_reads_the_letter_not_its_annexes(tmp_path, directory):
    """Page 2 and 3 of many letters are explanations and privacy notes in legal wording; the
    category is what page 1 says (wave 7: 13 of 18 category errors were 'legal' from such pages)."""
    from mailsort.model import Page
    from mailsort.routing.router import Router

    doc = letter("Schmitt IT GmbH\nPostfach 2003",
                 body="Rechnung 2026-11\n\nBitte zahlen Sie 1.190,00 € bis zum 04.12.2026.")
    annexes = [("Druckerei Saalbach KG\nErläuterungen\n", "Teilzahlungen werden zunächst auf Kosten, dann "
                "auf Zinsen und zuletzt auf die Hauptforderung angerechnet (§ 367 BGB).\n"),
               ("Druckerei Saalbach KG\n\nHinweise zum Datenschutz\n", "Wir verarbeiten Ihre Daten nach "
                "Art. 6 Abs. 1 lit. b DSGVO.\n")]
    pages = [*doc.pages, *(Page(number=i + 2, text=head + body * 3, method="ocr") for i, (head, body) in
                           enumerate(annexes))]
    categories = StubCategories("invoice", 0.9)
    Router(Settings(), directory, categories).route(source(tmp_path), doc.model_copy(update={"pages": pages}))
    assert "Rechnung 2026-11" in categories.seen[0]
    assert "Hauptforderung" not in categories.seen[0] and "DSGVO" not in categories.seen[0]


def test_an_advert_sets_no_deadline_a_letter_that_may_be_one_keeps_them(tmp_path, directory):
    from mailsort.routing.router import Router

    doc = letter("Schmitt IT GmbH\nPostfach 2003", body="Jetzt bestellen!\n\nBitte melden Sie sich bis zum "
                 "04.12.2026 an, die Plätze sind begrenzt.")
    sure = Router(Settings(), directory, StubCategories("advertising", 0.95)).route(source(tmp_path), doc)
    assert sure.fields.deadlines == []
    unsure = Router(Settings(), directory, StubCategories("advertising", 0.4)).route(source(tmp_path), doc)
    assert unsure.fields.deadlines == [date(2026, 12, 4)] and not unsure.category_confirmed
