"""Deadlines as letters written elsewhere set them: payment terms without "innerhalb", the deadline word
after its date, instalment tables, and several deadlines in one letter. Letter date: Friday 20.11.2026."""

from __future__ import annotations

from datetime import date

import pytest

from mailsort.routing.deadlines import period_end
from mailsort.routing.fields import extract_fields

from .conftest import letter


def deadlines_of(body: str) -> list[date]:
    doc = letter("Müller Bau GmbH", info_block="Datum: 20.11.2026",
                 body=f"Sehr geehrte Damen und Herren,\n{body}\n\nMit freundlichen Grüßen\nStadtwerke Nord GmbH")
    return extract_fields(doc).deadlines


@pytest.mark.parametrize("phrase, expected", [
    ("Zahlungsziel: 14 Tage netto.", date(2026, 12, 4)),
    ("Der Rechnungsbetrag ist zahlbar 14 Tage nach Rechnungsdatum ohne Abzug.", date(2026, 12, 4)),
    ("Bitte reichen Sie die Unterlagen spätestens 14 Tage nach Erhalt dieses Schreibens ein.", date(2026, 12, 4)),
    ("Bitte zahlen Sie innerhalb von 14 Tagen nach Zugang dieses Schreibens.", date(2026, 12, 4)),
    ("Wir setzen Ihnen hiermit eine Frist von 10 Tagen.", date(2026, 11, 30)),
    ("Für die Zahlung gilt eine 14-tägige Frist.", date(2026, 12, 4)),
    ("Bitte zahlen Sie innerhalb von zwölf Tagen.", date(2026, 12, 2)),
    ("Payment terms: net 30 days.", date(2026, 12, 21)),            # 20 Dec is a Sunday: § 193 BGB
    ("Terms: net 30", date(2026, 12, 21)),
    ("Please pay within 30 days of the invoice date.", date(2026, 12, 21)),
    ("2 % Skonto bei Zahlung innerhalb von 8 Tagen, 30 Tage netto.", date(2026, 12, 21)),
])
def test_payment_terms_and_periods(phrase, expected):
    assert deadlines_of(phrase) == [expected]


@pytest.mark.parametrize("phrase", [
    "Die Kündigungsfrist von 3 Monaten bleibt unberührt.",
    "Bei Zahlung innerhalb von 8 Tagen abzüglich 2 % Skonto.",
    "Bitte melden Sie sich spätestens 3 Werktage vor dem Termin.",
    "Unser Internet: 30 Tage kostenlos testen.",
    "Leistungen:\n01.12.2026 Wartung 300,00 EUR\n02.12.2026 Reparatur 100,00 EUR",
    "In den nächsten Tagen erhalten Sie Ihre neue Karte. Die bisherige Karte ist bis 17.12.2026 gültig.",
    "Aktion gültig bis 27. Dezember 2026. Wir beraten Sie gern.",
    "Frühbucherpreis bis 19. Dezember 2026: 258,76 € zzgl. MwSt.",
    "Zur Hauptfälligkeit am 07.12.2026 erhöht sich Ihr Beitrag um 6,5 %.",
    "Your data hosting runs until 9 December 2026 and renews for another year.",
])
def test_what_sets_no_deadline(phrase):
    assert deadlines_of(phrase) == []


def test_the_deadline_word_after_its_date():
    assert deadlines_of("Die erste Rate ist am 01.12.2026 fällig, die zweite am 04.01.2027.") == \
        [date(2026, 12, 1), date(2027, 1, 4)]
    assert deadlines_of("Der am 04.12.2026 fällige Betrag von 100,00 EUR.") == [date(2026, 12, 4)]


def test_an_instalment_table_under_a_due_date_header():
    table = ("Ratenplan:\nRate   Fälligkeit   Betrag\n1   01.12.2026   500,00 EUR\n2   04.01.2027   500,00 EUR\n"
             "3   01.02.2027   500,00 EUR")
    assert deadlines_of(table) == [date(2026, 12, 1), date(2027, 1, 4), date(2027, 2, 1)]


def test_two_deadlines_one_relative_in_german_and_english():
    assert deadlines_of("Bitte zahlen Sie bis zum 04.12.2026. Das unterschriebene Formular senden Sie uns bitte "
                        "innerhalb von 14 Tagen nach Zugang zurück.") == [date(2026, 12, 4)]
    assert deadlines_of("Please pay by 4 December 2026 and return the signed form by 11 December 2026.") == \
        [date(2026, 12, 4), date(2026, 12, 11)]
    assert deadlines_of("Bitte zahlen Sie bis zum 04.12.2026. Die Unterlagen reichen Sie bitte binnen drei Wochen "
                        "ein.") == [date(2026, 12, 4), date(2026, 12, 11)]


def test_period_end_moves_off_weekends_and_holidays():
    assert period_end(date(2026, 12, 11), 14, "Tagen") == date(2026, 12, 28)    # 25th, 26th, 27th: holidays, Sunday
    assert period_end(date(2026, 11, 20), 2, "Wochen") == date(2026, 12, 4)
    assert period_end(date(2026, 1, 31), 1, "Monat") == date(2026, 3, 2)        # 28 Feb is a Saturday
    assert period_end(date(2026, 11, 20), 10, "Werktagen") == date(2026, 12, 4)


def test_ocr_noise_between_the_deadline_phrase_and_its_date():
    assert deadlines_of("Ich bitte Sie, die Erklärung bis. zum 17.12.2026 zu übermitteln.") == [date(2026, 12, 17)]
    # OCR puts the date into a paragraph of its own
    assert deadlines_of("Der Vertrag verlängert sich, sofern Sie nicht spätestens am\n\n30.12.2026 kündigen.") == \
        [date(2026, 12, 30)]


@pytest.mark.parametrize("phrase, expected", [
    # counted from the date the sentence names, not from the letter's (20.11.2026)
    ("Einwendungen erheben Sie bitte innerhalb von 10 Tagen nach dem 13.12.2026.", date(2026, 12, 23)),
    ("Eine Stellungnahme erwarten wir binnen 14 Tagen ab dem 1. Dezember 2026.", date(2026, 12, 15)),
    ("Please reply within 14 days from 25 November 2026.", date(2026, 12, 9)),
    # "nach Zugang" names no date: the letter's own date, as before
    ("Bitte zahlen Sie innerhalb von 14 Tagen nach Zugang dieses Schreibens.", date(2026, 12, 4)),
])
def test_a_period_counted_from_a_date_the_letter_names(phrase, expected):
    assert deadlines_of(phrase) == [expected]


def test_a_quotations_validity_binds_the_sender_not_the_client():
    # Session 5 kept it (wave 7's labels); waves 9 and 10 and the README call it none: the client
    # owes nothing by that day.
    assert deadlines_of("Anbei unser Angebot über 3.883,14 €. Das Angebot ist gültig bis 04.12.2026.") == []


@pytest.mark.parametrize("phrase", [
    "Ihr nächster Abschlag ist am 22.12.2026 fällig und wird ebenfalls abgebucht.",
    "Der Betrag wird am 15.12.2026 per SEPA-Lastschrift von Ihrem Konto eingezogen.",
    "Wir buchen den Rechnungsbetrag zum 15.12.2026 von Ihrem Konto ab.",
    "The amount will be collected by direct debit on 15 December 2026.",
    "Mit einer Spende bis 25.12.2026 helfen Sie, unser Spielzimmer neu einzurichten.",
])
def test_what_the_sender_collects_itself_or_a_donation_is_no_deadline(phrase):
    assert deadlines_of(phrase) == []


@pytest.mark.parametrize("phrase", [
    "Dieses Angebot ist freibleibend und gilt bis 21.12.2026.",
    "Bei Zahlung innerhalb von 8 Tagen ab Rechnungsdatum gewähren wir 2 % Skonto.",
])
def test_an_offer_that_holds_until_or_a_cash_discount_window_is_no_deadline(phrase):
    assert deadlines_of(phrase) == []


def test_a_returned_debit_is_still_to_be_paid():
    assert deadlines_of("Die Rücklastschrift über 120,00 € gleichen Sie bitte bis zum 15.12.2026 aus.") == \
        [date(2026, 12, 15)]


@pytest.mark.parametrize("phrase", [
    "Zahlbar ohne Abzug innerhalb’ von 14 Tagen ab Rechnungsdatum.",
    "Zahlbar ohne Abzug innerhalb von zwei \\Vochen ab Rechnungsdatum.",
])
def test_a_period_as_ocr_reads_it(phrase):
    assert deadlines_of(phrase) == [date(2026, 12, 4)]


def test_the_start_of_a_period_that_falls_due_is_not_the_date_to_pay_by():
    assert deadlines_of("Der Jahresbeitrag wird für die Versicherungsperiode ab 01.12.2026 fällig. Bitte "
                        "überweisen Sie den Beitrag bis zum Montag, 07.12.2026.") == [date(2026, 12, 7)]


@pytest.mark.parametrize("phrase, expected", [
    ("Sie haben ein Sonderkündigungsrecht, das Sie innerhalb von 14 Tagen nach dem Datum dieses Schreibens "
     "ausüben können.", date(2026, 12, 4)),
    ("If you do not wish to renew, please give notice of cancellation by 7 December 2026.", date(2026, 12, 7)),
])
def test_a_right_to_terminate_within_a_period_is_a_deadline(phrase, expected):
    assert deadlines_of(phrase) == [expected]
