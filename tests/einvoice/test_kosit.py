"""KoSIT's XRechnung test suite: each business case in UBL and in CII must read the same, and the
values typed in from the XML must come out (the two syntaxes go through separate readers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mailsort.einvoice.read import read_file

KOSIT = Path(__file__).resolve().parents[1] / "resources" / "einvoice" / "kosit"
SAME = ("number", "type_code", "issue_date", "due_date", "payment_terms", "currency", "buyer_reference",
        "net_total", "tax_basis", "tax_total", "gross_total", "amount_due", "iban", "order_reference")
# case: number, issue date, buyer reference (Leitweg-ID), amount due as written in the UBL file
EXPECTED = {
    "01.01a": ("123456XX", dt.date(2016, 4, 4), "04011000-12345-03", "336.9"),
    "01.04a": ("1234/78/901", dt.date(2016, 6, 16), "04011000-12348-91", "120"),
    "01.19a": ("PRG1502112", dt.date(2015, 4, 24), "99000000-18188-18", "10555.3"),
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_ubl_and_cii_of_one_case_read_the_same(case):
    ubl = read_file(KOSIT / f"{case}-INVOICE_ubl.xml")
    cii = read_file(KOSIT / f"{case}-INVOICE_uncefact.xml")
    assert (ubl.syntax, cii.syntax) == ("ubl", "cii")
    for name in SAME:
        assert getattr(ubl, name) == getattr(cii, name), name
    assert (ubl.seller.name, ubl.buyer.name) == (cii.seller.name, cii.buyer.name)
    assert [li.net_amount for li in ubl.lines] == [li.net_amount for li in cii.lines]
    number, issued, leitweg, due = EXPECTED[case]
    assert (ubl.number, ubl.issue_date, ubl.buyer_reference, str(ubl.amount_due)) == (number, issued, leitweg, due)
    assert ubl.problems == [] and cii.problems == []


def test_third_party_payments_of_the_extension_count_towards_the_amount_due():
    inv = read_file(KOSIT / "05.01a-INVOICE_ubl.xml")
    # gross 336.9 + third-party payments 19.96 + 10.00 = 366.86 due
    assert (str(inv.gross_total), str(inv.third_party_payments), str(inv.amount_due)) == ("336.9", "29.96", "366.86")
    assert inv.problems == []
