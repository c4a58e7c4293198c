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
    # wave 10 (tuned on): a British street, a German "-hof" street, two letterhead columns on one line
    ("14 Cathedral Walk\nLarkfield Cloud Services Ltd", "Larkfield Cloud Services Ltd"),
    ("Gewerbehof 12\nPapierhaus Lindemann GmbH", "Papierhaus Lindemann GmbH"),
    ("Dienstgebäude Brunnenplatz 1\nAmtsgericht Wedding  13357 Berlin\nSprechzeiten Mo, Di, Do 9-12 Uhr",
     "Amtsgericht Wedding"),
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


@pytest.mark.parametrize("letterhead, signature, footer, expected", [
    # a brand in the letterhead and the return line; the firm's full name below the signature
    ("Elbtal Druck", "i. A. Amira Haddad\nElbtal Druckwerkstatt GmbH", "", "Elbtal Druckwerkstatt GmbH"),
    ("CyberNord", "Greta Lindqvist\nAllgemeine Cyberversicherung Nord AG",
     "Allgemeine Cyberversicherung Nord AG · Amtsgericht Hamburg HRB 70520", "Allgemeine Cyberversicherung Nord AG"),
    # an authority's short name; its full name in the signature
    ("IHK Spree-Havel", "Jana Roth\nIndustrie- und Handelskammer Spree-Havel", "",
     "Industrie- und Handelskammer Spree-Havel"),
    # a firm in the signature that is not the brand's (no word in common) leaves the brand
    ("Papeterie Paulsen", "Sabine Koch\nHanse Leasing GmbH", "", "Papeterie Paulsen"),
    # a role below the signature shares only the kind of writer with the letterhead
    ("Rechtsanwalt Cem Aksoy", "Cem Aksoy\nRechtsanwalt/Rechtsanwältin", "", "Rechtsanwalt Cem Aksoy"),
])
def test_a_letterhead_brand_gives_way_to_the_full_name_the_letter_also_gives(letterhead, signature, footer, expected):
    found = sender_of(letterhead, return_line=f"{letterhead} · Hafenstraße 14 · 01067 Dresden",
                      signature=signature, footer=footer)
    assert found == expected


def test_an_acronym_in_the_return_line_gives_way_to_the_name_it_stands_for():
    found = sender_of("", return_line="BGHB - Dudenstraße 10 - 10965 Berlin",
                      signature="i. A. Ruth Wendland\nBerufsgenossenschaft Handel und Büro")
    assert found == "Berufsgenossenschaft Handel und Büro"
    # initials that do not spell the signature's name leave the return line's name alone
    found = sender_of("", return_line="HLS - Dudenstraße 10 - 10965 Berlin",
                      signature="i. A. Ruth Wendland\nBerufsgenossenschaft Handel und Büro")
    assert found == "HLS"


def test_an_email_signed_with_the_full_name_of_its_from_display_name():
    from mailsort.model import Document, EmailInfo, Page

    body = ("Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie EUR 3.182,25 bis zum 14.08.2026.\n\n"
            "Freundliche Grüße\n\ni. A. Greta Lindqvist\n\nElbtal Druckwerkstatt GmbH")

    def of(sender: str) -> str | None:
        doc = Document(pages=[Page(number=1, text=body, method="email-body")],
                       email=EmailInfo(sender=sender, body_text=body))
        return find_sender(doc, PROVIDER)

    assert of("Elbtal Druck <buchhaltung@elbtal-druck.de>") == "Elbtal Druckwerkstatt GmbH"
    assert of("Hanse Leasing <service@hanse-leasing.de>") == "Hanse Leasing"   # signed by another firm


def _email_sender(body: str, sender: str | None = None, forwarded_from: str | None = None) -> str | None:
    from mailsort.model import Document, EmailInfo, ForwardedHeader, Page

    info = EmailInfo(sender=sender or "Empfang Maier Immobilien <empfang@maier-immobilien.de>",
                     body_text=body, forwarded=ForwardedHeader(sender=forwarded_from) if forwarded_from else None)
    return find_sender(Document(pages=[Page(number=1, text=body, method="email-body")], email=info), PROVIDER)


SIGNED_BY_AN_OFFICE = ("Guten Tag,\n\nbitte übermitteln Sie die Angaben innerhalb von zwei Wochen.\n\n"
                       "Mit besten Grüßen\nHenrike Albers\nLandesamt für Statistik Havelland-Spree\n"
                       "Behlertstraße 3a, 14467 Potsdam\nwww.statistik-hs.example")


def test_a_person_in_the_from_line_gives_way_to_the_organisation_they_sign_for():
    assert _email_sender(SIGNED_BY_AN_OFFICE, "Henrike Albers <henrike@statistik-hs.example>") == \
        "Landesamt für Statistik Havelland-Spree"
    # a private person who signs for nobody stays the sender
    private = SIGNED_BY_AN_OFFICE.replace("Landesamt für Statistik Havelland-Spree\n", "")
    assert _email_sender(private, "Henrike Albers <henrike@example.org>") == "Henrike Albers"


def test_a_forwarded_originals_person_or_acronym_gives_way_to_the_firm_it_signs():
    body = ("Hallo, bitte bearbeiten. Danke!\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: {who}\nGesendet: Montag, 20. April 2026 17:51\nBetreff: Zahlungserinnerung\n\n"
            "Sehr geehrte Damen und Herren,\n\nanbei unser Schreiben als PDF-Datei.\n\n"
            "Viele Grüße aus Potsdam\nKonrad Vierling\nKessler & Wendt Gebäudeservice GmbH\n")
    for who in ("KWG <konrad@kw-gebaeudeservice.de>", "Konrad Vierling <konrad@kw-gebaeudeservice.de>"):
        assert _email_sender(body.format(who=who), forwarded_from=who) == "Kessler & Wendt Gebäudeservice GmbH"
    other = "Ostwind Telekom GmbH <ole@ostwind-telekom.de>"      # a firm is not replaced by another
    assert _email_sender(body.format(who=other), forwarded_from=other) == "Ostwind Telekom GmbH"


@pytest.mark.parametrize("name", [
    "Verein der Kaufleute am Gendarmenmarkt e.V.",      # six words ending in a dot: no sentence
    "Kammer für Gesundheitsberufe Berlin",               # a chamber, not a court's "3. Kammer für ..."
    "Hausverwaltung Quartier Friedrichstraße GmbH",     # a firm named after its street
])
def test_names_that_look_like_a_sentence_a_department_or_a_street(name):
    assert sender_of("", signature=f"i. A. Matthias Quandt\n{name}", footer=f"{name} · Taubenstraße 10") == name
    assert sender_of("3. Kammer für Handelssachen\nLandgericht Berlin") == "Landgericht Berlin"


@pytest.mark.parametrize("line", ["Im Auftrag", "Anlagen", "Enclosures", "14 Cathedral Walk", "Gewerbehof 12"])
def test_the_words_around_a_signature_and_streets_are_no_sender(line):
    from mailsort.routing.sender import _distractor

    assert _distractor(line, PROVIDER)
    assert not _distractor("Larkfield Cloud Services Ltd", PROVIDER)
