"""The sender finder against the lines that sit where a sender names itself but are no sender.

Each letter puts one distractor first in the place the sender is read from (office hours, a received
stamp, a tagline, a department, a web address with an OCR slip, a street, the provider's own name);
the sender is the organisation in the letterhead, the return line, the footer or the signature.
"""

from __future__ import annotations

import pytest

from mailsort.routing.fields import extract_fields
from mailsort.routing.sender import find_sender

from .conftest import letter

PROVIDER = ["Büro Mitte Services GmbH"]
CLOSE = "Rechnung\n\nSehr geehrte Damen und Herren,\nanbei die Rechnung.\n\nMit freundlichen Grüßen\n"


def sender_of(letterhead: str, *, return_line: str = "", footer: str = "", signature: str = "Sabine Koch",
              zones: bool = True) -> str | None:
    doc = letter("Müller Bau GmbH", letterhead=letterhead, return_line=return_line, footer=footer,
                 body=CLOSE + signature, zones=zones)
    return find_sender(doc, PROVIDER)


@pytest.mark.parametrize("letterhead, expected", [
    ("Sprechzeiten: Mo, Di\nLandratsamt Mittelsachsen\nFrauensteiner Straße 43", "Landratsamt Mittelsachsen"),
    ("Servicezeiten: Mo-Do 8-16 Uhr\nFr 8-12 Uhr\nHanse Leasing", "Hanse Leasing"),
    ("EINGANG\nLandgericht Berlin\n23. NOV. 2026", "Landgericht Berlin"),             # received stamp
    ("Alles fürs Büro\nPapeterie Paulsen", "Papeterie Paulsen"),
    ("Ihr Partner für Firmenkunden\nNordkredit Leasing", "Nordkredit Leasing"),
    ("Geschäftsführung\nVerband Norddeutscher Spediteure", "Verband Norddeutscher Spediteure"),
    ("Geschäftsstelle der 3. Zivilkammer\nLandgericht Berlin", "Landgericht Berlin"),
    ("www,stadtwerke-nord.de\nStadtwerke Nord", "Stadtwerke Nord"),            # comma for the dot
    ("wvvw.hanse-leasing.de\nHanse Leasing", "Hanse Leasing"),
    ("Am Wasserturm 3\nStadtwerke Lindenau", "Stadtwerke Lindenau"),
    ("Büro Mitte Services GmbH\nKanzlei Roth & Partner", "Kanzlei Roth & Partner"),  # the provider's name
    ("Sicher. Schnell. Zuverlässig.\nHanse Leasing", "Hanse Leasing"),               # a slogan of one-word sentences
    ("Abt. Forderungsmanagement\nNordkredit Leasing", "Nordkredit Leasing"),
    ("Bereich Firmenkunden\nNordkredit Leasing", "Nordkredit Leasing"),
    ("Mo - Fr 8.00 - 18.00 Uhr\nPapeterie Paulsen", "Papeterie Paulsen"),
])
def test_distractors_in_the_letterhead_are_not_the_sender(letterhead, expected):
    assert sender_of(letterhead) == expected


def test_a_return_line_of_the_provider_gives_way_to_the_letterhead():
    found = sender_of("Kanzlei Roth & Partner\nRing 4\n50667 Köln",
                      return_line="Büro Mitte Services GmbH · Friedrichstraße 123 · 10117 Berlin")
    assert found == "Kanzlei Roth & Partner"


def test_the_footers_legal_name_beats_the_short_name_of_the_letterhead():
    found = sender_of("Telekabel Nord\nServicezeiten: Mo-Fr 8-18 Uhr",
                      footer="Telekabel Nord GmbH · Sitz Kiel · Amtsgericht Kiel HRB 9981 · Commerzbank AG")
    assert found == "Telekabel Nord GmbH"


def test_the_signature_names_the_firm_below_a_department_line():
    found = sender_of("", signature="Sabine Koch\nForderungsmanagement\nStadtwerke Nord GmbH")
    assert found == "Stadtwerke Nord GmbH"


def test_a_text_only_letter_skips_the_tagline_and_the_street():
    # no zones: the page-top pattern finder hands over the lines above the address
    found = sender_of("Ihr Partner für Firmenkunden\nNordkredit Leasing AG\nHafenstraße 3\n20095 Hamburg",
                      zones=False)
    assert found == "Nordkredit Leasing AG"


def test_the_router_passes_the_provider_names_to_the_sender_finder(tmp_path):
    from pathlib import Path

    from mailsort.routing.directory import load_directory
    from mailsort.routing.router import Router
    from mailsort.settings import Settings

    from .conftest import RESOURCES, StubCategories

    settings = Settings(data_dir=tmp_path, config_dir=Path("."), provider_names=PROVIDER)
    router = Router(settings, load_directory(RESOURCES / "clients.yaml"), StubCategories())
    doc = letter("Müller Bau GmbH", letterhead="Büro Mitte Services GmbH\nKanzlei Roth & Partner",
                 return_line="", footer="", body=CLOSE + "Anna Roth")
    assert router.route(None, doc).fields.sender == "Kanzlei Roth & Partner"
    assert extract_fields(doc).sender == "Büro Mitte Services GmbH"    # without the setting: no way to know


def test_a_letterhead_band_gives_the_name_before_street_and_phone():
    found = sender_of("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg · Tel. 040 1234")
    assert found == "Stadtwerke Nord GmbH"


def test_the_label_of_a_return_line_is_no_part_of_the_name():
    assert sender_of("", return_line="Abs.: Papeterie Paulsen, Lindenweg 4, 12345 Berlin") == "Papeterie Paulsen"


def test_a_machine_made_notice_below_the_closing_is_no_signature():
    found = sender_of("", signature="Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.\n"
                                    "Berufsgenossenschaft Handel und Warenlogistik")
    assert found == "Berufsgenossenschaft Handel und Warenlogistik"


def test_a_stamp_or_street_joined_to_the_name_by_ocr_is_cut_off():
    assert sender_of("Berufsgenossenschaft Handel und Warenlogistik RECEIVED\nHafenstraße 89a 28195 Bremen") == \
        "Berufsgenossenschaft Handel und Warenlogistik"
    assert sender_of("", return_line="Papeterie Paulsen Lindenweg 4 - 12345 Berlin Datum: 05.10.2026") == \
        "Papeterie Paulsen"


def test_a_court_is_a_sender_its_register_in_a_footer_is_not():
    assert sender_of("Amtsgericht Hünfeld - Mahngericht\nDienstgebäude\nHauptstraße 24") == \
        "Amtsgericht Hünfeld - Mahngericht"
    assert sender_of("Amtsgericht Charlottenburg -", signature="Jens Hagedorn") == "Amtsgericht Charlottenburg"
