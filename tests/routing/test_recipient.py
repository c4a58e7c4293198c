"""The recipient matcher on the hard cases of issue 3: right client with confidence, or no client."""

from __future__ import annotations

import pytest

from mailsort.model import Category, Document, Page
from mailsort.routing.decide import decide
from mailsort.settings import Thresholds

from .conftest import forwarded_email, letter

CONFIDENT = Category(label="invoice", confidence=0.95)


def route(matcher, doc: Document) -> tuple[str | None, str, str]:
    """(client id or None, filed/review, evidence or reason) under the default thresholds."""
    recipient, candidates = matcher.match(doc)
    decision, reason = decide(recipient, candidates, CONFIDENT, Thresholds())
    return (recipient.client_id if recipient else None, decision,
            recipient.evidence if recipient and decision == "filed" else reason or "")


@pytest.mark.parametrize("address, expected", [
    ("Müller Bau GmbH", "mueller-bau"),
    ("Müller Bau GmbH & Co. KG", "mueller-bau-kg"),
    ("Schmidt IT GmbH", "schmidt-it"),
    ("Schmidt IT Services GmbH", "schmidt-it-services"),
    ("Schmitt IT GmbH", "schmitt-it"),
    ("Fischer Logistik AG", "fischer-logistik-ag"),
    ("Fischer Logistik GmbH", "fischer-logistik"),
    ("Bluebird Design Ltd\nAttn: Emily Carter", "bluebird-design"),
    ("Weber Consulting UG (haftungsbeschränkt)", "weber-consulting"),
])
def test_shared_address_and_near_duplicates_are_told_apart(matcher, address, expected):
    client, decision, evidence = route(matcher, letter(address))
    assert (client, decision) == (expected, "filed"), evidence


@pytest.mark.parametrize("address, expected", [
    ("Mueller-Bau", "mueller-bau"),                       # ue spelling, hyphen, no legal form
    ("Fa. Müller Bau G.m.b.H.", "mueller-bau"),
    ("Schmidt lT GmbH", "schmidt-it"),                    # OCR: l for I
    ("Zeitwerk Medla GmbH", "zeitwerk-media"),            # OCR: l for i
    ("KOENIG HANDEL E.K.", "koenig-handel"),
    ("Okо Garten GmbH", "oeko-garten"),                   # umlaut lost, Cyrillic o from OCR
    ("Greenleaf Cons. LLC", "greenleaf-consulting"),      # a word cut short
    ("Müller Bau GmbH Co. KG", "mueller-bau-kg"),         # the "&" of the legal form lost
    ("Schmitt IT Gmbh le", "schmitt-it"),                 # specks after the whole name (blind set)
])
def test_ocr_damaged_and_respelled_names(matcher, address, expected):
    client, decision, evidence = route(matcher, letter(address))
    assert (client, decision) == (expected, "filed"), evidence


def test_ocr_damage_keeps_the_near_duplicate_well_behind(matcher):
    recipient, candidates = matcher.match(letter("Schmidt lT GmbH"))
    assert recipient.client_id == "schmidt-it"
    assert [c.client_id for c in candidates[1:]] in ([], ["schmitt-it"])
    assert all(c.score < recipient.confidence - 0.15 for c in candidates[1:])


def test_alias_and_former_name(matcher):
    client, decision, evidence = route(matcher, letter("Uhrwerk Medien GmbH"))
    assert (client, decision) == ("zeitwerk-media", "filed")
    assert "alias" in evidence


@pytest.mark.parametrize("mailbox", ["Postfach 1042", "Fach 1042", "Box 1042", "PMB 1042", "Nr. 1042",
                                     "Postfach-Nr. 1042", "Postfach 10 42"])
def test_each_mailbox_form_alone_finds_the_client(matcher, mailbox):
    client, decision, evidence = route(matcher, letter(f"z. Hd. Geschäftsführung\n{mailbox}"))
    assert (client, decision) == ("mueller-bau", "filed"), evidence
    assert "mailbox of mueller-bau" in evidence


def test_mailbox_consistent_with_name_is_very_strong(matcher):
    recipient, _ = matcher.match(letter("Müller Bau GmbH\nPostfach 1042"))
    assert recipient.client_id == "mueller-bau" and recipient.confidence > 0.97
    assert "'Postfach 1042' = mailbox of mueller-bau" in recipient.evidence


def test_legal_form_wrapped_onto_the_next_line(matcher):
    client, decision, evidence = route(matcher, letter("Müller Bau GmbH & Co.\nKG"))
    assert (client, decision) == ("mueller-bau-kg", "filed"), evidence


def test_a_client_hosting_another_by_c_o_is_not_the_addressee(matcher):
    client, decision, evidence = route(matcher, letter("Bluebird Design Ltd\nc/o Zeitwerk Media GmbH"))
    assert (client, decision) == ("bluebird-design", "filed"), evidence


def test_name_and_mailbox_on_one_line(matcher):
    recipient, _ = matcher.match(letter("Schmitt IT GmbH Postfach 2003"))
    assert recipient.client_id == "schmitt-it" and recipient.confidence > 0.97


def test_mailbox_contradicting_the_name_goes_to_review(matcher):
    client, decision, reason = route(matcher, letter("Schmidt IT GmbH\nPMB 2003"))
    assert decision == "review"
    assert "schmitt-it" in reason and "schmidt-it" in reason


def test_person_alone_is_medium_evidence(matcher):
    recipient, _ = matcher.match(letter("Frau Dr. Anna Weber"))
    assert recipient.client_id == "weber-consulting"
    assert 0.6 <= recipient.confidence <= 0.8


def test_person_after_ocr_s_reading_of_herrn(matcher):
    recipient, _ = matcher.match(letter("Herm Friedrich König"))     # "Herrn", rn read as m
    assert recipient.client_id == "koenig-handel" and "person 'Friedrich König'" in recipient.evidence


def test_person_written_surname_first(matcher):
    recipient, _ = matcher.match(letter("Weber, Anna (Geschäftsführerin)"))
    assert recipient.client_id == "weber-consulting"


def test_per_adresse_line_is_the_host_not_a_rival(matcher):
    client, decision, evidence = route(matcher, letter("Herrn Jonas Weber\nper Adresse Büro Mitte Services GmbH"))
    assert (client, decision) == ("schmidt-it", "filed"), evidence


def test_c_o_line_names_the_provider_and_the_person_decides(matcher):
    client, decision, _ = route(matcher, letter("Herrn Jonas Weber\nc/o Büro Mitte GmbH"))
    assert (client, decision) == ("schmidt-it", "filed")


def test_shared_surname_alone_is_not_enough(matcher):
    client, decision, _ = route(matcher, letter("Herrn Weber"))
    assert decision == "review"


def test_mailbox_with_the_clients_name_badly_read_is_filed(matcher):
    client, decision, evidence = route(matcher, letter("i Schmiclt Servlces GmbH.\nPostfach-Nr. 2002"))
    assert (client, decision) == ("schmidt-it-services", "filed"), evidence


def test_sender_name_leaking_into_the_address_zone_is_not_a_rival_firm(matcher):
    doc = letter("Stadtwerke Nord GmbH\nFrau Lena Vogel\nBox 7200")
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("oeko-garten", "filed"), evidence


def test_person_under_a_firm_that_is_nobody_goes_to_review(matcher):
    client, decision, reason = route(matcher, letter("Neue Firma GmbH\nHerrn Jonas Weber"))
    assert decision == "review"
    assert "Neue Firma GmbH" in reason


@pytest.mark.parametrize("address", ["Schmidt IT Solutions GmbH", "Müller Bau AG", "Nordwind Energie AG",
                                     "Bäckerei Sonnenschein", "Meier Logistik GmbH"])
def test_nobody_in_the_directory_gets_no_recipient(matcher, address):
    client, decision, _ = route(matcher, letter(address))
    assert decision == "review"


def test_sender_is_a_client_and_the_recipient_another(matcher):
    doc = letter("Öko Garten GmbH",
                 letterhead="Alpha Software AG\nFriedrichstraße 123\n10117 Berlin",
                 return_line="Alpha Software AG · Friedrichstraße 123 · 10117 Berlin",
                 body="Lizenzverlängerung\n\nSehr geehrte Frau Vogel,\nwie mit der Nordlicht Energie AG "
                      "vereinbart, verlängern wir die Lizenz.\n\nMit freundlichen Grüßen\nAlpha Software AG\n"
                      "Stefan Richter",
                 footer="Alpha Software AG · Sitz Berlin · Amtsgericht Charlottenburg HRB 99999")
    recipient, candidates = matcher.match(doc)
    assert recipient.client_id == "oeko-garten"
    scores = {c.client_id: c.score for c in candidates}
    assert scores.get("alpha-software", 0) < 0.5 and scores.get("nordlicht-ag", 0) < 0.5


def test_a_letter_from_a_client_to_nobody_is_not_filed_under_the_sender(matcher):
    doc = letter("Meier Logistik GmbH",
                 letterhead="Alpha Software AG\nFriedrichstraße 123\n10117 Berlin",
                 return_line="Alpha Software AG · Friedrichstraße 123 · 10117 Berlin",
                 footer="Alpha Software AG · Amtsgericht Charlottenburg HRB 99999")
    client, decision, _ = route(matcher, doc)
    assert decision == "review" and client != "alpha-software"


def test_text_only_letter_without_zones_or_words(matcher):
    doc = letter("Herrn Friedrich König\nHandelshaus König", zones=False, words=False)
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("koenig-handel", "filed"), evidence


def test_words_without_zones_use_the_address_window(matcher):
    doc = letter("Schmitt IT GmbH", zones=False,
                 letterhead="Schmidt IT GmbH\nFriedrichstraße 123\n10117 Berlin",
                 return_line="Schmidt IT GmbH · Friedrichstraße 123 · 10117 Berlin")
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("schmitt-it", "filed"), evidence


def test_english_letter_with_pmb(matcher):
    doc = letter("Greenleaf Consulting LLC\nAttn: Mr Oliver Grant\nPMB 6001",
                 letterhead="Harbour Tools Ltd\n12 Dock Road\nBristol BS1 4QA",
                 return_line="Harbour Tools Ltd, 12 Dock Road, Bristol BS1 4QA",
                 info_block="Date: 20 November 2026\nInvoice no. HT-5521")
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("greenleaf-consulting", "filed"), evidence


def test_forwarded_email_intake_alias_wins_over_the_forwarder(matcher):
    doc = forwarded_email(intake="schmidt-it@post.buero-mitte.de",
                          original_recipient="Schmidt IT GmbH <buchhaltung@schmidt-it.de>",
                          body="---------- Forwarded message ---------\nVon: Stadtwerke Nord\n"
                               "Bitte begleichen Sie die Rechnung.\nFischer Logistik GmbH")
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("schmidt-it", "filed"), evidence
    assert "intake alias" in evidence


def test_forwarded_email_with_unknown_intake_matches_the_attached_letter(matcher):
    attachment = ("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg\n\nFrau Lena Vogel\nÖko Garten GmbH\n"
                  "Fach 7200\nFriedrichstraße 123\n10117 Berlin\n\nRechnung\n\nSehr geehrte Frau Vogel,")
    doc = forwarded_email(intake="unbekannt@post.buero-mitte.de", attachment=attachment)
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("oeko-garten", "filed"), evidence


def test_intake_alias_contradicted_by_the_letter_goes_to_review(matcher):
    attachment = ("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg\n\nAlpha Software AG\n"
                  "Friedrichstraße 123\n10117 Berlin\n\nRechnung")
    doc = forwarded_email(intake="zeitwerk@post.buero-mitte.de", attachment=attachment)
    client, decision, reason = route(matcher, doc)
    assert decision == "review" and "alpha-software" in reason


def test_forward_from_the_clients_own_domain_to_the_shared_intake_is_filed(matcher):
    doc = forwarded_email(intake="eingang@buero-mitte.de", forwarder="Buchhaltung <buchhaltung@koenig-handel-ek.de>",
                          body="Bitte zur Ablage, danke.\n\nBeitragsanpassung\nGuten Tag, wir passen den Beitrag an.")
    client, decision, evidence = route(matcher, doc)
    assert (client, decision) == ("koenig-handel", "filed"), evidence
    assert "forwarded by buchhaltung@koenig-handel-ek.de" in evidence


def test_forwarder_domain_against_the_attached_letter_goes_to_review(matcher):
    attachment = ("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg\n\nAlpha Software AG\n"
                  "Friedrichstraße 123\n10117 Berlin\n\nRechnung")
    doc = forwarded_email(intake="eingang@buero-mitte.de", forwarder="Buchhaltung <buchhaltung@koenig-handel-ek.de>",
                          attachment=attachment)
    client, decision, reason = route(matcher, doc)
    assert decision == "review" and "alpha-software" in reason


def test_a_client_forwarding_mail_quoted_as_for_another_firm_is_no_evidence(matcher):
    # Clients forward mail that is not theirs: the quoted recipient line names the other firm.
    doc = forwarded_email(intake="eingang@buero-mitte.de", forwarder="Buchhaltung <buchhaltung@koenig-handel-ek.de>",
                          original_recipient="Huber Werbetechnik <info@huber-werbetechnik.de>",
                          body="Hallo zusammen, bitte ablegen.\n\nMahnung\nBitte zahlen Sie bis Monatsende.")
    client, decision, _ = route(matcher, doc)
    assert (client, decision) == (None, "review")


def test_forwarder_domain_against_a_letter_to_a_firm_that_is_nobody_goes_to_review(matcher):
    attachment = ("Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg\n\nHuber Werbetechnik GmbH\n"
                  "Friedrichstraße 123\n10117 Berlin\n\nRechnung")
    doc = forwarded_email(intake="eingang@buero-mitte.de", forwarder="Buchhaltung <buchhaltung@koenig-handel-ek.de>",
                          attachment=attachment)
    client, decision, reason = route(matcher, doc)
    assert decision == "review" and "Huber Werbetechnik" in reason


@pytest.mark.parametrize("forwarder", [
    "Marco Fischer <m.fischer@fischer-logistik.de>",     # "Fischer Logistik": GmbH and AG share it
    "Info <info@koenig-handel-gruppe.de>",               # more than the name: another firm
    "Info <info@koenlg-handel.de>",                      # a near miss proves nothing on a domain
])
def test_forwarder_domain_that_is_not_one_clients_name_is_no_evidence(matcher, forwarder):
    doc = forwarded_email(intake="eingang@buero-mitte.de", forwarder=forwarder, body="Bitte zur Ablage.")
    recipient, _ = matcher.match(doc)
    assert recipient is None


def test_plain_email_with_only_a_body_and_no_alias_is_review(matcher):
    doc = Document(pages=[Page(number=1, text="Hallo, anbei das Angebot für die Nordlicht Energie AG.",
                               method="email-body")])
    assert route(matcher, doc)[1] == "review"


def test_the_clients_damaged_name_with_the_info_label_read_onto_it_is_no_rival(matcher):
    # Tesseract reads the info column's "Datum" onto the name line beside it.
    client, decision, evidence = route(matcher, letter("Wcber Consultlng UG (haftungsbeschraenkt) Datum\nBox 3100"))
    assert (client, decision) == ("weber-consulting", "filed"), evidence
    client, decision, reason = route(matcher, letter("Neue Firma GmbH Datum\nBox 3100"))
    assert decision == "review" and "Neue Firma GmbH" in reason
