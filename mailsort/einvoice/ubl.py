"""OASIS UBL 2.1 Invoice and CreditNote (XRechnung UBL, Peppol BIS) -> EInvoice."""

from __future__ import annotations

from decimal import Decimal

from ..model import EInvoice, ELine, EParty, ETax
from .nodes import Element, amount_in, date, decimal, find, findall, joined, text


def _scheme_id(party: Element, scheme: str) -> str | None:
    for ts in findall(party, "PartyTaxScheme"):
        if (text(ts, "TaxScheme/ID") or "").upper() == scheme:
            return text(ts, "CompanyID")
    return None


def _party(wrapper: Element | None) -> EParty:
    p = find(wrapper, "Party")
    if p is None:
        return EParty()
    addr = find(p, "PostalAddress")
    return EParty(
        name=text(p, "PartyLegalEntity/RegistrationName", "PartyName/Name"),
        vat_id=_scheme_id(p, "VAT"), tax_number=_scheme_id(p, "FC"),
        street=joined(addr, "StreetName", "AdditionalStreetName", "AddressLine/Line", sep=", "),
        postcode=text(addr, "PostalZone"), city=text(addr, "CityName"),
        country=text(addr, "Country/IdentificationCode"),
        contact=text(p, "Contact/Name"),
        email=text(p, "Contact/ElectronicMail", "EndpointID"),
    )


def _adjustments(li: Element) -> Decimal:
    total = Decimal("0")
    for ac in findall(li, "AllowanceCharge"):
        amount = decimal(ac, "Amount") or Decimal("0")
        total += amount if (text(ac, "ChargeIndicator") or "").lower() == "true" else -amount
    return total


def _line(li: Element) -> ELine:
    qty = find(li, "InvoicedQuantity", "CreditedQuantity")
    return ELine(
        id=text(li, "ID"), name=text(li, "Item/Name"),
        quantity=decimal(qty), unit=qty.get("unitCode") if qty is not None else None,
        net_price=decimal(li, "Price/PriceAmount"), base_quantity=decimal(li, "Price/BaseQuantity"),
        adjustments=_adjustments(li), net_amount=decimal(li, "LineExtensionAmount"),
        tax_rate=decimal(li, "Item/ClassifiedTaxCategory/Percent"),
    )


def read(root: Element, origin: str, embedded: bool) -> EInvoice:
    currency = text(root, "DocumentCurrencyCode")
    sums = find(root, "LegalMonetaryTotal")
    # A credit note names its due date under PaymentMeans; an invoice has it at the top.
    means = findall(root, "PaymentMeans")
    account = next((a for a in (find(m, "PayeeFinancialAccount") for m in means) if text(a, "ID")), None)
    third = [decimal(pp, "PaidAmount") for pp in findall(root, "PrepaidPayment")]
    tax_totals = findall(root, "TaxTotal")
    own = next((t for t in tax_totals if currency and find(t, "TaxAmount") is not None
                and find(t, "TaxAmount").get("currencyID") == currency), tax_totals[0] if tax_totals else None)
    return EInvoice(
        syntax="ubl", origin=origin, embedded=embedded,
        profile=text(root, "CustomizationID"),
        number=text(root, "ID"), type_code=text(root, "InvoiceTypeCode", "CreditNoteTypeCode")
        or ("381" if root.tag.endswith("CreditNote") else None),
        issue_date=date(root, "IssueDate"),
        due_date=date(root, "DueDate") or next((d for d in (date(m, "PaymentDueDate") for m in means) if d), None),
        payment_terms=joined(root, "PaymentTerms/Note"),
        currency=currency,
        seller=_party(find(root, "AccountingSupplierParty")),
        buyer=_party(find(root, "AccountingCustomerParty")),
        buyer_reference=text(root, "BuyerReference"),
        net_total=decimal(sums, "LineExtensionAmount"),
        allowances=decimal(sums, "AllowanceTotalAmount"),
        charges=decimal(sums, "ChargeTotalAmount"),
        tax_basis=decimal(sums, "TaxExclusiveAmount"),
        tax_total=amount_in(own, "TaxAmount", currency) if own is not None else None,
        gross_total=decimal(sums, "TaxInclusiveAmount"),
        prepaid=decimal(sums, "PrepaidAmount"),
        third_party_payments=sum((t for t in third if t is not None), Decimal("0")) if third else None,
        rounding=decimal(sums, "PayableRoundingAmount"),
        amount_due=decimal(sums, "PayableAmount"),
        iban=text(account, "ID"),
        bic=text(account, "FinancialInstitutionBranch/ID"),
        payment_reference=next((v for v in (text(m, "PaymentID") for m in means) if v), None),
        order_reference=text(root, "OrderReference/ID"),
        contract_reference=text(root, "ContractDocumentReference/ID"),
        preceding_invoice=text(root, "BillingReference/InvoiceDocumentReference/ID"),
        lines=[_line(li) for li in [*findall(root, "InvoiceLine"), *findall(root, "CreditNoteLine")]],
        taxes=[ETax(category=text(s, "TaxCategory/ID"), rate=decimal(s, "TaxCategory/Percent"),
                    basis=decimal(s, "TaxableAmount"), amount=decimal(s, "TaxAmount"))
               for s in findall(own, "TaxSubtotal")],
    )
