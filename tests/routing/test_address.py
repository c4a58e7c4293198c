"""Finding the address block without zones, and the name/mailbox normalisation under it."""

from __future__ import annotations

import pytest

from mailsort.model import Page
from mailsort.routing.address import is_return_line, page_layout, segments
from mailsort.routing.mailbox import find_mailboxes
from mailsort.routing.names import canonical_legal, fold, repair_legal, split_legal, tokens

from .conftest import letter


@pytest.mark.parametrize("line, expected", [
    ("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg", True),
    ("Cloudharbor Hosting Ltd., 1 Quayside Point, Cork T12 R2XY", True),
    ("Abs.: Kanzlei Roth, Ring 4, 50667 Köln", True),
    ("Müller Bau GmbH, z. Hd. Herrn Hans Müller, Postfach 1042", False),
    ("Friedrichstraße 123, Fach 7394", False),
    ("10117 Berlin", False),
    ("Amtsgericht Wedding - Zentrales Mahngericht Berlin-Brandenburg - Schönstedt", True),   # postcode cut off
    ("Amtsgericht Charlottenburg — Registergericht — Amtsgerichtsplatz 1", True),
])
def test_return_line(line, expected):
    assert is_return_line(line) is expected


def test_segments_split_a_crowded_address_line():
    assert segments("Müller Bau GmbH, z. Hd. Herrn Hans Müller") == ["Müller Bau GmbH", "z. Hd. Herrn Hans Müller"]
    assert segments("Herrn Jonas Weber c/o Schmidt IT GmbH") == ["Herrn Jonas Weber", "c/o Schmidt IT GmbH"]


def test_plain_text_letterhead_is_not_taken_for_the_address():
    text = ("Druckerei Wendland KG\nIndustriestraße 8\n29439 Lüchow\nTel. 0331 384 19-63\nservice@druckerei.de\n\n"
            "Weiß & Klein\nNr. 9104\nFriedrichstraße 123\n10117 Berlin\n\nDatum: 10.09.2026\n\nRechnung")
    layout = page_layout(Page(number=1, text=text, method="text-layer"))
    assert layout.address == ["Weiß & Klein", "Nr. 9104", "Friedrichstraße 123", "10117 Berlin"]
    dotted = page_layout(Page(number=1, text=text.replace("10117 Berlin", "10117. Berlin"), method="text-layer"))
    assert dotted.address[0] == "Weiß & Klein"
    assert "Druckerei Wendland KG" in layout.sender


def test_a_body_paragraph_naming_a_person_is_not_the_address():
    text = ("Unternehmerverband Mitte e.V., Rosenthaler Straße 40, 10178 Berlin\nHoffmann & Kowa. KG\n"
            "Friedrichstraße 123\n10117 Berlin\n\nDatum: 2026-10-14\n\nSehr geehrte Damen und Herren,\n"
            "Frau Tamara Hinz hat sich bei uns beworben und Sie als Referenz angegeben. Wir wären dankbar.\n"
            "Freundliche Grüße\nYasemin Kaya")
    layout = page_layout(Page(number=1, text=text, method="text-layer"))
    assert layout.address == ["Hoffmann & Kowa. KG", "Friedrichstraße 123", "10117 Berlin"]


def test_word_boxes_give_the_window_and_leave_the_info_block_out():
    doc = letter("Schmitt IT GmbH", zones=False)
    layout = page_layout(doc.pages[0])
    assert layout.method == "window"
    assert layout.address[0] == "Schmitt IT GmbH" and not any("Datum" in ln for ln in layout.address)


@pytest.mark.parametrize("printed, core, legal", [
    ("Fa. Müller-Bau G.m.b.H. & Co. KG", "fa mueller bau", "gmbh und co kg"),
    ("Weber Consulting UG (haftungsbeschränkt)", "weber consulting", "ug"),
    ("Bäckerei Schulz e. K.", "baeckerei schulz", "ek"),
    ("Meier und Co", "meier und co", ""),
])
def test_fold_and_legal_forms(printed, core, legal):
    c, lf = split_legal(tokens(printed))
    assert (" ".join(c), canonical_legal(lf)) == (core, legal)


def test_damaged_legal_forms_are_repaired_but_names_are_left_alone():
    assert repair_legal(tokens("Jung Vertrieb GrnbH & Co. KKG")) == ["jung", "vertrieb", "gmbh", "und", "co", "kg"]
    assert repair_legal(tokens("Silverline Consulfing Lfd.")) == ["silverline", "consulfing", "ltd"]
    assert repair_legal(tokens("Bau Agentur")) == ["bau", "agentur"]


def test_homoglyphs_fold_to_latin():
    assert fold("Окo Garten") == "oko garten"


@pytest.mark.parametrize("text, number, strong", [
    ("Postfach 1042", "1042", True), ("Briefkasten 1042", "1042", True), ("Suite 1042", "1042", True),
    ("PMB #1O42", "1042", True), ("Nr. 1042", "1042", False), ("Postfach 10 42\n10117 Berlin", "1042", True),
    ("Postfachnummer 1042", "1042", True), ("Fach-Nr. 1042", "1042", True),
    # whose box it is, joined to the label: still the mailbox
    ("Kunden-Postfach 1042", "1042", True), ("Kundenpostfach 1042", "1042", True),
    ("Mieter-Fach 1042", "1042", True),
    # the provider's tenant number is the client's box: weak, counted for a known box only
    ("Mieter-Nr. 1042", "1042", False), ("Mieternummer 1042", "1042", False), ("Tenant no. 1042", "1042", False),
    ("Mailbox no, 3924", "3924", True),      # OCR read the dot as a comma
])
def test_mailbox_forms(text, number, strong):
    [m] = find_mailboxes(text)
    assert (m.number, m.strong) == (number, strong)


def test_the_tenant_label_is_part_of_the_mention_not_a_name():
    assert [m.text for m in find_mailboxes("Mieter-Nr. 1042")] == ["Mieter-Nr. 1042"]
    assert [m.text for m in find_mailboxes("Tenant no. 1042")] == ["Tenant no. 1042"]


def test_numbers_that_are_not_mailboxes():
    assert find_mailboxes("Rechnungs-Nr. 1042 vom 01.10.2026; Dropbox 2002") == []
    # a customer number joined to "Nr." is no box; "mehrfach" only ends in "fach"
    assert find_mailboxes("Kunden-Nr. 1042, mehrfach 2002 gemahnt") == []
