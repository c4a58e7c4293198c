"""The XML's values replace the text heuristics, say where they came from, and decide the category."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mailsort.einvoice.category import category_of
from mailsort.einvoice.fields import apply
from mailsort.einvoice.read import read_file, read_xml
from mailsort.einvoice.terms import due_from_terms
from mailsort.model import Amount, Fields

HERE = Path(__file__).resolve().parents[1] / "resources" / "einvoice"
D = dt.date


def _guessed() -> Fields:
    """What the text heuristics made of a three-line covering email."""
    return Fields(sender="Buchhaltung", date=D(2024, 11, 20), deadlines=[D(2024, 11, 25)],
                  amounts=[Amount(value=3.0, text="3 %")], references={"customer_number": "GE2020211"})


def test_xml_values_override_the_text_and_name_their_source():
    inv = read_file(HERE / "XRECHNUNG_Einfach.ubl.xml")
    f = apply(_guessed(), inv)
    assert f.sender == "Lieferant GmbH"
    assert f.date == D(2024, 11, 15)
    # No structured due date: "Zahlbar innerhalb 30 Tagen netto bis 15.12.2024"; the Skonto date is no deadline.
    assert f.deadlines == [D(2024, 12, 15)]
    assert [a.text for a in f.amounts] == ["529,87 EUR", "473,00 EUR"]
    assert f.ibans == ["DE02120300000000202051"]
    assert f.references == {"customer_number": "GE2020211", "invoice_number": "471102",
                            "buyer_reference": "04011000-12345-34"}
    assert f.field_sources == {"sender": "einvoice", "date": "einvoice", "deadlines": "einvoice-terms",
                               "amounts": "einvoice", "ibans": "einvoice", "references.invoice_number": "einvoice",
                               "references.buyer_reference": "einvoice", "subject": "einvoice"}
    assert f.subject == "Rechnung 471102"
    assert f.einvoice is inv


def test_structured_due_date_wins():
    f = apply(Fields(), read_file(HERE / "EN16931_Einfach_DueDate.cii.xml"))
    assert f.deadlines == [D(2019, 3, 5)] and f.field_sources["deadlines"] == "einvoice"


def test_no_due_date_and_no_terms_means_no_deadline():
    f = apply(_guessed(), read_file(HERE / "EN16931_Einfach_negativePaymentDue.ubl.xml"))
    assert f.deadlines == []
    assert f.amounts[0].text == "-529,87 EUR" and str(f.amounts[0].value) == "-529.87"        # the sign is kept
    assert f.einvoice.amount_due.as_tuple().sign == 1


def test_self_billed_invoice_is_sent_by_the_buyer():
    inv = read_file(HERE / "EN16931_Gutschrift.ubl.xml")
    assert inv.type_code == "389"
    assert apply(Fields(), inv).sender == "Kunden AG Mitte"
    assert apply(Fields(), read_file(HERE / "EN16931_Einfach.ubl.xml")).sender == "Lieferant GmbH"


def test_payment_terms_in_words():
    issued = D(2026, 11, 20)
    assert due_from_terms("Zahlbar innerhalb von 30 Tagen ohne Abzug", issued) == D(2026, 12, 20)
    assert due_from_terms("Payable within 14 days", issued) == D(2026, 12, 4)
    assert due_from_terms("30 Tage netto", issued) == D(2026, 12, 20)
    assert due_from_terms("Zahlbar sofort ohne Abzug", issued) == issued
    assert due_from_terms("2% Skonto innerhalb 10 Tagen, 30 Tage netto", issued) == D(2026, 12, 20)
    assert due_from_terms("Bei Zahlung innerhalb 14 Tagen gewähren wir 2,0% Skonto.", issued) is None
    assert due_from_terms("Zahlbar ohne Abzug bis 12.12.2020", None) == D(2020, 12, 12)
    assert due_from_terms("Vielen Dank für Ihren Auftrag", issued) is None
    assert due_from_terms(None, issued) is None


def test_categories_follow_the_taxonomy_precedence():
    assert category_of(read_file(HERE / "EN16931_Einfach.ubl.xml")).label == "invoice"
    assert category_of(read_file(HERE / "ubl-tc434-creditnote1.xml")).label == "invoice"            # 381
    assert category_of(read_file(HERE / "EN16931_Rechnungskorrektur.cii.xml")).label == "invoice"   # 384
    assert category_of(read_file(HERE / "EN16931_Haftpflichtversicherung_Versicherungssteuer.ubl.xml")
                       ).label == "insurance"
    ubl = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes()
    for issuer, label in (("Finanzamt Berlin-Mitte", "tax"), ("Sparkasse Berlin", "bank"),
                          ("IHK Berlin", "authority"), ("Kanzlei Rot &amp; Partner", "legal"),
                          ("Muster Versicherung AG", "insurance")):
        data = ubl.replace(b"<cbc:RegistrationName>Lieferant GmbH", f"<cbc:RegistrationName>{issuer}".encode(), 1)
        assert category_of(read_xml(data, "x.xml")).label == label, issuer


def test_a_field_edited_in_the_review_station_loses_its_einvoice_source():
    from mailsort.web.fieldsform import from_form, to_form

    stored = apply(Fields(), read_file(HERE / "XRECHNUNG_Einfach.ubl.xml")).model_dump(mode="json")
    unchanged = from_form(to_form(stored) | {"amounts": None}, stored)
    assert unchanged.field_sources == stored["field_sources"] and unchanged.einvoice is not None
    edited = from_form({"date": "2024-11-16"}, stored)
    assert edited.date == D(2024, 11, 16) and "date" not in edited.field_sources
    assert edited.field_sources["deadlines"] == "einvoice-terms"
