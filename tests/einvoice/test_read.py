"""Every field read from the corpus samples against values typed in by reading the XML by hand
(the PDFs' embedded XML read with `pdfdetach`), never against an earlier run of the reader.

Amounts are compared as the XML writes them ("473" in UBL, "473.00" in CII): exact, not close.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailsort.einvoice.read import read_file, read_pdf

HERE = Path(__file__).resolve().parents[1] / "resources" / "einvoice"
D = dt.date

# file: syntax, number, type, issue date, due date (structured), currency, seller, seller VAT id,
# buyer, buyer reference, net (BT-106), tax basis, tax, gross, prepaid, amount due, IBAN, BIC,
# payment reference, order reference, number of lines
EXPECTED = {
    "EN16931_Einfach.ubl.xml": ("ubl", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                                "Kunden AG Mitte", None, "473", "473", "56.87", "529.87", "0", "529.87",
                                None, None, None, None, 2),
    "EN16931_Gutschrift.ubl.xml": ("ubl", "471102", "389", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                                   "Kunden AG Mitte", None, "473", "473", "56.87", "529.87", "0", "529.87",
                                   None, None, None, None, 2),
    "EN16931_Einfach_negativePaymentDue.ubl.xml": (
        "ubl", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789", "Kunden AG Mitte", None,
        "473", "473", "56.87", "529.87", "1059.74", "-529.87", None, None, None, None, 2),
    "EN16931_Haftpflichtversicherung_Versicherungssteuer.ubl.xml": (
        "ubl", "01.234.567.8-2018-1", "575", D(2018, 12, 6), None, "EUR",
        "MVM Musterhafter Versicherungsverein Musterstadt a.G.", "DE234567891", "Herrn Max Mustermann", None,
        "50", "50", "0", "50", "0", "50", None, None, None, None, 2),
    "XRECHNUNG_Einfach.ubl.xml": ("ubl", "471102", "380", D(2024, 11, 15), None, "EUR", "Lieferant GmbH", "DE123456789",
                                  "Kunden AG Mitte", "04011000-12345-34", "473", "473", "56.87", "529.87", "0",
                                  "529.87", "DE02120300000000202051", "BYLADEM1001", None, None, 2),
    "ubl-tc434-creditnote1.xml": ("ubl", "018304 / 28865", "381", D(2019, 9, 23), None, "EUR", "My Supplier Company",
                                  "BE0000000196", "My Customer Company", "018304 / 28865", "100.11", "100.11", "0.00",
                                  "100.11", None, "100.11", "BE91000000143476", "BPOTBEB1", "010676609538", None, 1),
    "XRECHNUNG_Einfach.cii.xml": ("cii", "471102", "380", D(2024, 11, 15), None, "EUR", "Lieferant GmbH", "DE123456789",
                                  "Kunden AG Mitte", "04011000-12345-34", "473.00", "473.00", "56.87", "529.87",
                                  "0.00", "529.87", "DE02120300000000202051", "BYLADEM1001", None, None, 2),
    "EN16931_Einfach.cii.xml": ("cii", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                                "Kunden AG Mitte", None, "473.00", "473.00", "56.87", "529.87", "0.00", "529.87",
                                None, None, None, None, 2),
    "EN16931_Einfach_DueDate.cii.xml": ("cii", "471102", "380", D(2018, 3, 5), D(2019, 3, 5), "EUR", "Lieferant GmbH",
                                        "DE123456789", "Kunden AG Mitte", None, "473.00", "473.00", "56.87", "529.87",
                                        "0.00", "529.87", None, None, None, None, 2),
    "EN16931_Rechnungskorrektur.cii.xml": (
        "cii", "RK21012345", "384", D(2018, 9, 16), None, "EUR", "MUSTERLIEFERANT GMBH", "DE123456789",
        "MUSTER-KUNDE GMBH", None, "-7.90", "-7.67", "-1.12", "-8.79", "0.00", "-8.79", None, None, None,
        "B123456789", 2),
    "EN16931_Einfach_wrong-total.cii.xml": (
        "cii", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789", "Kunden AG Mitte", None,
        "473.00", "473.00", "56.87", "529.78", "0.00", "529.87", None, None, None, None, 2),
    "noNetPriceValidation.xml": ("cii", "RE-20201121/508", "380", D(2020, 11, 21), D(2020, 12, 12), "EUR",
                                 "Bei Spiel GmbH", "DE136695976", "Theodor Est", "AB321", "316.00", "316.00", "60.04",
                                 "376.04", "0.00", "376.04", "DE88200800000970375700", "COBADEFFXXX",
                                 "RE-20201121/508", None, 1),
    "testout-ZF2PushCreditNote.xml": ("cii", "123", "381", D(2020, 12, 22), D(2020, 12, 22), "EUR", "Test company",
                                      "DE0815", "Franz Müller", None, "3.00", "3.00", "0.57", "3.57", "0.00", "3.57",
                                      "DE88200800000970375700", "COBADEFFXXX", "123", None, 3),
    "fx-EN16931_Einfach.pdf": ("cii", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                               "Kunden AG Mitte", None, "473.00", "473.00", "56.87", "529.87", "0.00", "529.87",
                               None, None, None, None, 2),
    "fx-XRECHNUNG_Einfach.pdf": ("cii", "471102", "380", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                                 "Kunden AG Mitte", "04011000-12345-34", "473.00", "473.00", "56.87", "529.87", "0.00",
                                 "529.87", "DE02120300000000202051", "BYLADEM1001", None, None, 2),
    "zugferd_2p0_MINIMUM.pdf": ("cii", "471102", "751", D(2018, 3, 5), None, "EUR", "Lieferant GmbH", "DE123456789",
                                "Kunden AG Mitte", None, "198.00", "198.00", "37.62", "235.62", None, "235.62",
                                None, None, None, None, 0),
    "zugferd_2p0_BASIC_Einfach.pdf": ("cii", "471102", "380", D(2018, 3, 5), D(2018, 4, 4), "EUR", "Lieferant GmbH",
                                      "DE123456789", "Kunden AG Mitte", None, "198.00", "198.00", "37.62", "235.62",
                                      None, "235.62", None, None, None, None, 1),
    "zugferd_2p0_EXTENDED_Warenrechnung.pdf": (
        "cii", "R87654321012345", "380", D(2018, 8, 6), None, "EUR", "MUSTERLIEFERANT GMBH", "DE123456789",
        "MUSTER-KUNDE GMBH", None, "457.20", "448.99", "70.00", "518.99", "0.00", "518.99", None, None, None,
        "B123456789", 6),
    "ZUGFeRD_1p0_COMFORT_Einfach.pdf": ("zugferd1", "471102", "380", D(2013, 3, 5), D(2013, 4, 4), "EUR",
                                        "Lieferant GmbH", "DE123456789", "Kunden AG Mitte", None, "473.00", "473.00",
                                        "56.87", "529.87", "0.00", "529.87", "DE08700901001234567890", "GENODEF1M04",
                                        "2013-471102", None, 2),
    "Facture_FR_MINIMUM.pdf": ("cii", "FA-2017-0010", "380", D(2017, 11, 13), None, "EUR", "Au bon moulin",
                               "FR11999999998", "Ma jolie boutique", None, None, "624.90", "46.25", "671.15", None,
                               "470.15", None, None, None, "PO445", 0),
}
# Samples whose arithmetic is wrong on purpose, and the words the flag must carry.
BROKEN = {
    "EN16931_Einfach_wrong-total.cii.xml": "e-invoice totals do not add up: 529.78 ≠ 473.00 + tax 56.87 = 529.87",
    "noNetPriceValidation.xml": "e-invoice line 1 does not add up: 316.00 ≠ 400 × 0.1 = 40.00",
}
EMBEDDED_AS = {"fx-EN16931_Einfach.pdf": "factur-x.xml", "fx-XRECHNUNG_Einfach.pdf": "xrechnung.xml",
               "zugferd_2p0_MINIMUM.pdf": "zugferd-invoice.xml", "zugferd_2p0_BASIC_Einfach.pdf": "zugferd-invoice.xml",
               "zugferd_2p0_EXTENDED_Warenrechnung.pdf": "zugferd-invoice.xml",
               "ZUGFeRD_1p0_COMFORT_Einfach.pdf": "ZUGFeRD-invoice.xml", "Facture_FR_MINIMUM.pdf": "factur-x.xml"}


def _read(name: str):
    path = HERE / name
    return read_pdf(path, name) if path.suffix == ".pdf" else read_file(path)


def _s(value) -> str | None:
    return None if value is None else str(value)


def test_the_table_covers_every_committed_sample():
    samples = {p.name for p in HERE.iterdir() if p.suffix in (".xml", ".pdf")}
    assert samples == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_is_read_exactly(name):
    (syntax, number, type_code, issued, due, currency, seller, seller_vat, buyer, buyer_ref, net, basis, tax,
     gross, prepaid, amount_due, iban, bic, pay_ref, order, n_lines) = EXPECTED[name]
    inv = _read(name)
    got = (inv.syntax, inv.number, inv.type_code, inv.issue_date, inv.due_date, inv.currency, inv.seller.name,
           inv.seller.vat_id, inv.buyer.name, inv.buyer_reference, _s(inv.net_total), _s(inv.tax_basis),
           _s(inv.tax_total), _s(inv.gross_total), _s(inv.prepaid), _s(inv.amount_due), inv.iban, inv.bic,
           inv.payment_reference, inv.order_reference, len(inv.lines))
    assert got == EXPECTED[name]
    assert inv.embedded == (name in EMBEDDED_AS)
    if name in EMBEDDED_AS:
        assert inv.origin == f"{name}/{EMBEDDED_AS[name]}"
    if name in BROKEN:
        assert BROKEN[name] in inv.problems
    else:
        assert inv.problems == []


def test_lines_keep_their_own_values():
    inv = _read("XRECHNUNG_Einfach.ubl.xml")
    first, second = inv.lines
    assert (first.id, first.name, str(first.quantity), first.unit, str(first.net_price), str(first.net_amount),
            str(first.tax_rate)) == ("1", "Trennblätter A4", "20", "H87", "9.9", "198", "19")
    assert (second.name, str(second.net_amount), str(second.tax_rate)) == ("Joghurt Banane", "275", "7")
    assert [(str(t.rate), str(t.basis), str(t.amount)) for t in inv.taxes] == [("7", "275", "19.25"),
                                                                               ("19", "198", "37.62")]


def test_contacts_and_addresses():
    inv = _read("XRECHNUNG_Einfach.cii.xml")
    assert (inv.seller.contact, inv.seller.street, inv.seller.postcode, inv.seller.city, inv.seller.country) == (
        "Max Mustermann", "Lieferantenstraße 20", "80333", "München", "DE")
    assert (inv.buyer.street, inv.buyer.postcode, inv.buyer.city) == ("Kundenstraße 15", "69876", "Frankfurt")
    assert _read("ZUGFeRD_1p0_COMFORT_Einfach.pdf").buyer.contact == "Hans Muster"


def test_a_plain_pdf_has_no_einvoice():
    plain = next(p for p in (Path(__file__).resolve().parents[2] / "sample_scans").glob("*.pdf"))
    assert read_pdf(plain, plain.name) is None
