"""Field extraction: letter date, deadlines, amounts, IBANs, references, sender."""

from __future__ import annotations

from decimal import Decimal

from datetime import date, datetime

import pytest

from mailsort.model import Document, EmailInfo, ForwardedHeader, Page
from mailsort.routing.amounts import find_amounts, find_ibans, parse_number
from mailsort.routing.dates import find_dates
from mailsort.routing.fields import extract_fields

from .conftest import letter

D = date(2026, 11, 20)


def text_doc(text: str) -> Document:
    return Document(pages=[Page(number=1, text=text, method="text-layer")])


def body_letter(body: str, info: str = "Datum: 20.11.2026") -> Document:
    return letter("Müller Bau GmbH", info_block=info, body=body)


@pytest.mark.parametrize("printed", ["20.11.2026", "20.11.26", "20. November 2026", "20. Nov. 2026",
                                     "2026-11-20", "November 20, 2026", "20 November 2026", "20/11/2026",
                                     "20th November 2026", "2O.11.2O26", "20 . 11 . 2026", "20:11.2026",
                                     "20, November 2026", "20. Novernber 2026", "20..Nov 2026",
                                     "2026.11.20", "20.11,2026", "20; “November 2026"])
def test_each_date_form_is_read(printed):
    assert [m.value for m in find_dates(f"Datum: {printed}")] == [D]


def test_what_only_looks_like_a_date_form():
    assert find_dates("Version 2026.1.3, Betrag 10.04,20 EUR") == []


def test_leading_letter_o_for_zero():
    assert [m.value for m in find_dates("zahlbar bis O4.12.2026")] == [date(2026, 12, 4)]


def test_day_month_without_year_takes_the_next_occurrence_after_the_letter():
    assert [m.value for m in find_dates("bis zum 15.01.", ref=date(2026, 12, 10))] == [date(2027, 1, 15)]
    assert [m.value for m in find_dates("by 4 December", ref=D)] == [date(2026, 12, 4)]


@pytest.mark.parametrize("info, body", [
    ("Datum: 20.11.2026", "Text"),
    ("Date: 20 November 2026", "Text"),
    ("Ihr Zeichen: ab\nUnser Zeichen: cd\nDatum\n20.11.2026", "Text"),
    ("", "Berlin, 20. November 2026\n\nText"),
    ("Kundennummer: 4711", "Hamburg, den 20.11.2026\n\nIhr Schreiben vom 02.11.2026"),
])
def test_letter_date_from_label_town_line_or_top(info, body):
    assert extract_fields(body_letter(body, info)).date == D


def test_letter_date_is_not_a_reference_date_or_birthday():
    doc = body_letter("Bezug: Ihr Schreiben vom 02.11.2026\nGeburtsdatum: 01.02.1980", info="Kunde: Herr Weber")
    doc.pages[0].text = doc.pages[0].text.replace("20.11.2026", "")
    assert extract_fields(doc).date is None


@pytest.mark.parametrize("phrase, expected", [
    ("Bitte zahlen Sie bis zum 04.12.2026.", date(2026, 12, 4)),
    ("Der Betrag ist bis spätestens 4. Dezember 2026 zu überweisen.", date(2026, 12, 4)),
    ("Bitte reichen Sie die Unterlagen spätestens am 04.12.2026 ein.", date(2026, 12, 4)),
    ("Zahlbar bis 04.12.26 ohne Abzug.", date(2026, 12, 4)),
    ("Frist: 04.12.2026", date(2026, 12, 4)),
    ("Der Beitrag ist fällig am 4. Dez. 2026.", date(2026, 12, 4)),
    ("Bitte zahlen Sie innerhalb von 14 Tagen.", date(2026, 12, 4)),
    ("Bitte zahlen Sie innerhalb von zwei Wochen.", date(2026, 12, 4)),
    # 20 Dec 2026 is a Sunday: the month ends on Monday 21 Dec (§ 193 BGB)
    ("Bitte reichen Sie die Unterlagen innerhalb eines Monats ein.", date(2026, 12, 21)),
    ("Das Angebot ist gültig binnen vierzehn Tagen nach dem Datum dieses Schreibens.", date(2026, 12, 4)),
    ("Zahlbar innerhalb von einer Woche ab Briefdatum abzüglich 2 % Skonto bei Zahlung innerhalb von 8 Tagen.",
     date(2026, 11, 27)),
    ("Unless payment is received within fourteen (14) days, we will issue proceedings.", date(2026, 12, 4)),
    ("Der Beitrag ist fällig, erstmals am 04.12.2026.", date(2026, 12, 4)),
    ("Bitte zahlen Sie eBatastene am 2026-12-04.", date(2026, 12, 4)),
    ("Zahlen Sie den Gesamtbetrag bis spatestens. 04.12.2026; um weitere Kosten zu vermeiden.", date(2026, 12, 4)),
    ("Bitte senden Sie die Vertragsausfertigung spätestens am.04.12.2026 zurück.", date(2026, 12, 4)),
    ("Zahlen Sie den Gesamtbetrag spätestens am 04.12.202 6, um weitere Kosten zu vermeiden.", date(2026, 12, 4)),
    ("Bitte reichen Sie die Unterlagen bis zum Stichtag 04.12.2026 nach.", date(2026, 12, 4)),
    ("Bitte überweisen Sie den Betrag nicht später als am 04.12.2026.", date(2026, 12, 4)),
    ("Der Betrag ist zu entrichten am 4. Dezember 2026.", date(2026, 12, 4)),
    ("Bitte senden Sie uns in den nächsten 14 Tagen einen Registerauszug.", date(2026, 12, 4)),
    ("Zahlbar innerhalb einer Frist-von 14 Tagen ohne Abzug.", date(2026, 12, 4)),
    ("Sie können binnen einer Frist von 14 Kalendertagen ab Briefdatum Widerspruch erheben.", date(2026, 12, 4)),
    ("Please pay by Friday, 4 December 2026.", date(2026, 12, 4)),
    ("Bitte zahlen Sie bis Freitag, den 04.12.2026.", date(2026, 12, 4)),
    ("Bitte senden Sie die Unterlagen binnen 10 Werktagen zurück.", date(2026, 12, 4)),
    ("Bitte zahlen Sie bis Ende Dezember.", date(2026, 12, 31)),
    ("Please return the signed form by the end of January 2027.", date(2027, 1, 31)),
    ("Vorauszahlung EUR 1.240,57, erstmals fällig bis zum 04.12 26", date(2026, 12, 4)),
    ("Zahlung binnen 10 Tagen nach Zugang.", date(2026, 11, 30)),
    ("Please pay by 4 December 2026.", date(2026, 12, 4)),
    ("Payment is due no later than December 4, 2026.", date(2026, 12, 4)),
    ("Please pay within 14 days.", date(2026, 12, 4)),
    ("Due date: 04/12/2026", date(2026, 12, 4)),
    ("Bitte überweisen Sie den Betrag bis zum 4. Dezember.", date(2026, 12, 4)),
])
def test_each_deadline_form(phrase, expected):
    assert extract_fields(body_letter(f"Sehr geehrte Damen und Herren,\n{phrase}")).deadlines == [expected]


def test_relative_deadline_counts_from_the_letter_date_not_today():
    doc = body_letter("Bitte zahlen Sie innerhalb von 14 Tagen.", info="Datum: 03.03.2025")
    assert extract_fields(doc).deadlines == [date(2025, 3, 17)]


@pytest.mark.parametrize("body", [
    "Leistungszeitraum: 01.10.2026 bis 31.12.2026",
    "Ihr Schreiben vom 02.12.2026 bis heute unbeantwortet.",
    "Geburtsdatum: 01.02.1980",
    "Wir beziehen uns auf die Rechnung vom 15.11.2026.",
    "Der Vertrag läuft seit dem 01.01.2026.",
    "Abrechnungszeitraum 01.11.2026 - 30.11.2026",
])
def test_dates_that_are_not_deadlines(body):
    assert extract_fields(body_letter(body)).deadlines == []


@pytest.mark.parametrize("body", [
    "Bei einer Erhöhung haben Sie ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang.",
    "Wir bemühen uns um eine Antwort binnen 15 Werktagen.",
    "Der Vertrag endet fristgerecht zum 05.01.2027.",
    "Aktionscode: START60 – gültig bis 28.11.2026.",
    "Rundfunkbeitrag für den Zeitraum Mai 2026 bis 17.12.2026: EUR 18,36.",
])
def test_periods_that_ask_nothing_of_the_recipient(body):
    assert extract_fields(body_letter(body)).deadlines == []


@pytest.mark.parametrize("body, expected", [
    # an appeal period is the client's deadline to object (session 6: counted, from the letter date)
    ("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.",
     date(2026, 12, 21)),
    ("Widerspruch kann innerhalb eines Monats nach Bekanntgabe erhoben werden.", date(2026, 12, 21)),
    ("Einwendungen gegen den Rechnungsabschluss sind innerhalb von sechs Wochen nach Zugang zu erheben.",
     date(2027, 1, 4)),
    ("Widersprechen Sie nicht innerhalb von sechs Wochen, gelten die Änderungen als\nangenommen.", date(2027, 1, 4)),
])
def test_an_appeal_period_is_a_deadline(body, expected):
    assert extract_fields(body_letter(body)).deadlines == [expected]


def test_fax_header_and_received_stamp_are_not_the_letter_date():
    doc = body_letter("Text", info="Kundennummer: 4711")
    doc.pages[0].text = ("26.07.2026 12:45 FAX +49 525 6922029 S. 1/1\nStadtwerke Nord GmbH   EING. 04.08.26\n"
                         + doc.pages[0].text.replace("Text", "Berlin, 20.11.2026\n\nText"))
    assert extract_fields(doc).date == D


@pytest.mark.parametrize("info, body", [
    ("Ihr Schreiben vom\nRechnungsnummer\n\nDatum\n\n21.09.2026\nH-2950-17\n20. November 2026", "Text"),
    ("Ihr Schreiben vom Unser Zeichen Ansprechpartner Datum\n5. Oktober 2026 824/45-XZ Derya Aksoy 20.11.2026",
     "Text"),
    ("Datum: Berlin, 2026-11-20", "Text"),
    ("Greywood Partners LLP, 18 Market Street, Edinburgh EH1 1DE Your letter of: October 19, 2026",
     "EH1 1DE,: 20 November 2026\n\nText"),
    ("Eingegangen\n23.11.2026\n\nDatum: 20. November 2086", "Text"),
])
def test_letter_date_in_info_block_tables_and_ocr_damage(info, body):
    assert extract_fields(body_letter(body, info)).date == D


def test_annex_pages_hold_no_deadlines():
    doc = body_letter("Bitte zahlen Sie bis zum 04.12.2026.")
    doc.pages.append(Page(number=2, method="ocr", text="Hinweise zur Verbraucherstreitbeilegung\n"
                          "Wir antworten binnen 15 Tagen. Einwendungen richten Sie bitte innerhalb von 6 Wochen an uns."))
    assert extract_fields(doc).deadlines == [date(2026, 12, 4)]


def test_email_date_is_the_forwarded_date_not_the_forwarders():
    info = EmailInfo(intake_address="x@post.buero-mitte.de", date=datetime(2026, 11, 22, 23, 14),
                     forwarded=ForwardedHeader(date=datetime(2026, 11, 20, 14, 5)))
    body = ("Von: Marco <m@fischer.de>\nDatum: 22.11.2026 23:14\n\n-------- Forwarded Message --------\n"
            "Date: Fri, 20 Nov 2026 14:05:00 +0100\n\nPlease upload the documents within two weeks from the date "
            "of this letter.")
    doc = Document(pages=[Page(number=1, text=body, method="email-body")], email=info)
    fields = extract_fields(doc)
    assert (fields.date, fields.deadlines) == (D, [date(2026, 12, 4)])


def test_past_due_date_in_a_reminder_is_not_a_new_deadline():
    doc = body_letter("Die Rechnung war fällig am 01.11.2026. Bitte zahlen Sie bis zum 30.11.2026.")
    assert extract_fields(doc).deadlines == [date(2026, 11, 30)]


@pytest.mark.parametrize("printed, value, currency", [
    ("1.234,56 €", "1234.56", "EUR"), ("EUR 1.234,56", "1234.56", "EUR"), ("€ 1,234.56", "1234.56", "EUR"),
    ("1.234,- EUR", "1234.00", "EUR"), ("1 234,56 EUR", "1234.56", "EUR"), ("12,50 Euro", "12.50", "EUR"),
    ("£1,250.00", "1250.00", "GBP"), ("USD 99.90", "99.90", "USD"), ("1234,56 €", "1234.56", "EUR"),
    ("4.629, 24 EUR", "4629.24", "EUR"),
])
def test_amount_notations(printed, value, currency):
    [amount] = find_amounts(f"Betrag: {printed}")
    assert (str(amount.value), amount.currency) == (value, currency)          # exact, never a float


def test_total_comes_first():
    text = "Position 1   100,00 €\nNetto 1.000,00 €\nMwSt 190,00 €\nGesamtbetrag 1.190,00 €"
    assert [str(a.value) for a in find_amounts(text)] == ["1190.00", "1000.00", "190.00", "100.00"]
    assert find_amounts("28 Stunden à EUR 80,24 = 6.712,04 € zzgl. USt.")[0].value == Decimal("6712.04")


def test_numbers_without_currency_are_not_amounts():
    assert find_amounts("Kundennummer 1.234,56 und Postfach 1042") == []
    assert parse_number("1.234.567,89") == Decimal("1234567.89")


def test_iban_valid_with_ocr_spaces_and_o_for_zero():
    assert find_ibans("IBAN: DE89 3704 0044 0532 0130 00\nBIC: COBADEFFXXX") == ["DE89370400440532013000"]
    assert find_ibans("IBAN DE89 37O4 0O44 0532 0130 00") == ["DE89370400440532013000"]
    assert find_ibans("GB82 WEST 1234 5698 7654 32") == ["GB82WEST12345698765432"]


def test_iban_with_wrong_checksum_is_rejected():
    assert find_ibans("IBAN: DE88 3704 0044 0532 0130 00") == []
    assert find_ibans("DE12 ist keine IBAN") == []


def test_references():
    text = ("Rechnungsnummer: RE-2026-0815\nKunden-Nr.: 4711-33\nAktenzeichen: 3 C 123/26\n"
            "St.-Nr. 27/123/45678\nVersicherungsschein-Nr. VS 998877\nVertragsnummer: V-55")
    refs = extract_fields(text_doc(text)).references
    assert refs == {"invoice_number": "RE-2026-0815", "customer_number": "4711-33", "file_number": "3 C 123/26",
                    "tax_number": "27/123/45678", "policy_number": "VS 998877", "contract_number": "V-55"}


def test_english_references():
    refs = extract_fields(text_doc("Invoice no. INV-2026-77\nCustomer no.: C-1002\nOur ref.: AB/12")).references
    assert refs == {"invoice_number": "INV-2026-77", "customer_number": "C-1002", "our_ref": "AB/12"}


def test_sender_from_letterhead_not_the_recipient():
    fields = extract_fields(letter("Müller Bau GmbH"))
    assert fields.sender == "Stadtwerke Nord GmbH"


def test_sender_from_the_return_line_of_a_text_only_letter():
    doc = letter("Müller Bau GmbH", letterhead="", return_line="Kanzlei Roth & Partner · Ring 4 · 50667 Köln",
                 zones=False, words=False, footer="")
    assert extract_fields(doc).sender == "Kanzlei Roth & Partner"


def test_email_fields_from_the_forwarded_header():
    info = EmailInfo(intake_address="x@post.buero-mitte.de", sender="Marco <m@fischer.de>",
                     forwarded=ForwardedHeader(sender="Stadtwerke Nord <rechnung@stadtwerke-nord.de>",
                                               date=datetime(2026, 11, 20, 9, 30), subject="Rechnung 11/2026"))
    doc = Document(pages=[Page(number=1, text="Bitte zahlen Sie 99,00 € innerhalb von 14 Tagen.",
                               method="email-body")], email=info)
    fields = extract_fields(doc)
    assert (fields.sender, fields.date, fields.deadlines) == ("Stadtwerke Nord", D, [date(2026, 12, 4)])
    assert fields.subject == "Rechnung 11/2026" and fields.amounts[0].value == 99.0


def test_unlabelled_subject_is_the_line_above_the_salutation():
    fields = extract_fields(letter("Müller Bau GmbH", body="Berlin, 20.11.2026\n\nMahnung Rechnung 4711\n\n"
                                                         "Sehr geehrte Damen und Herren,\nbitte zahlen Sie."))
    assert fields.subject == "Mahnung Rechnung 4711"


def test_encoded_words_left_in_a_forwarded_header_are_decoded():
    info = EmailInfo(forwarded=ForwardedHeader(sender="=?utf-8?q?Finanzamt_f=C3=BCr_K=C3=B6rperschaften?= <a@fa.de>",
                                               subject="=?utf-8?q?Festsetzung_der_Vorauszahlungen?="))
    fields = extract_fields(Document(pages=[Page(number=1, text="Hallo", method="email-body")], email=info))
    assert (fields.sender, fields.subject) == ("Finanzamt für Körperschaften", "Festsetzung der Vorauszahlungen")
