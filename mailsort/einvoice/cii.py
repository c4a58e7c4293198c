"""UN/CEFACT Cross Industry Invoice (XRechnung CII, ZUGFeRD 2.x/Factur-X) and ZUGFeRD 1.0
(CrossIndustryDocument) -> EInvoice. The two differ in wrapper names only; each path lists the
2.x name first and the 1.0 name second."""

from __future__ import annotations

from decimal import Decimal

from ..model import EInvoice, ELine, EParty, ETax
from .nodes import Element, amount_in, date, decimal, find, findall, joined, text

_CONTEXT = ("ExchangedDocumentContext", "SpecifiedExchangedDocumentContext")
_DOC = ("ExchangedDocument", "HeaderExchangedDocument")
_TX = ("SupplyChainTradeTransaction", "SpecifiedSupplyChainTradeTransaction")
_AGREEMENT = ("ApplicableHeaderTradeAgreement", "ApplicableSupplyChainTradeAgreement")
_SETTLEMENT = ("ApplicableHeaderTradeSettlement", "ApplicableSupplyChainTradeSettlement")
_SUMS = ("SpecifiedTradeSettlementHeaderMonetarySummation", "SpecifiedTradeSettlementMonetarySummation")


def _party(p: Element | None) -> EParty:
    if p is None:
        return EParty()
    addr = find(p, "PostalTradeAddress")
    street = joined(addr, "LineOne", "LineTwo", "LineThree", sep=", ")
    vat = next((text(r) for r in findall(p, "SpecifiedTaxRegistration/ID") if r.get("schemeID") == "VA"), None)
    fc = next((text(r) for r in findall(p, "SpecifiedTaxRegistration/ID") if r.get("schemeID") == "FC"), None)
    return EParty(
        name=text(p, "Name"), vat_id=vat, tax_number=fc, street=street,
        postcode=text(addr, "PostcodeCode"), city=text(addr, "CityName"), country=text(addr, "CountryID"),
        contact=text(p, "DefinedTradeContact/PersonName", "DefinedTradeContact/DepartmentName"),   # BT-41/56
        email=text(p, "DefinedTradeContact/EmailURIUniversalCommunication/URIID", "URIUniversalCommunication/URIID"),
    )


def _adjustments(li: Element) -> Decimal:
    total = Decimal("0")
    for ac in findall(li, "SpecifiedLineTradeSettlement/SpecifiedTradeAllowanceCharge"):
        amount = decimal(ac, "ActualAmount") or Decimal("0")
        total += amount if (text(ac, "ChargeIndicator/Indicator") or "").lower() == "true" else -amount
    return total


def _line(li: Element) -> ELine:
    qty = find(li, "SpecifiedLineTradeDelivery/BilledQuantity", "SpecifiedSupplyChainTradeDelivery/BilledQuantity")
    return ELine(
        id=text(li, "AssociatedDocumentLineDocument/LineID"),
        name=text(li, "SpecifiedTradeProduct/Name"),
        quantity=decimal(qty), unit=qty.get("unitCode") if qty is not None else None,
        net_price=decimal(li, "SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount",
                          "SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/ChargeAmount"),
        base_quantity=decimal(li, "SpecifiedLineTradeAgreement/NetPriceProductTradePrice/BasisQuantity",
                              "SpecifiedSupplyChainTradeAgreement/NetPriceProductTradePrice/BasisQuantity"),
        adjustments=_adjustments(li),
        net_amount=decimal(li, "SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount",
                           "SpecifiedSupplyChainTradeSettlement/SpecifiedTradeSettlementMonetarySummation/LineTotalAmount"),
        tax_rate=decimal(li, "SpecifiedLineTradeSettlement/ApplicableTradeTax/RateApplicablePercent",
                         "SpecifiedSupplyChainTradeSettlement/ApplicableTradeTax/ApplicablePercent"),
    )


def read(root: Element, origin: str, embedded: bool, syntax: str) -> EInvoice:
    doc = find(root, *_DOC)
    tx = find(root, *_TX)
    agreement = find(tx, *_AGREEMENT)
    settlement = find(tx, *_SETTLEMENT)
    sums = find(settlement, *_SUMS)
    currency = text(settlement, "InvoiceCurrencyCode")
    # Several payment means may be given; the first one naming an account is the one to pay to.
    all_means = findall(settlement, "SpecifiedTradeSettlementPaymentMeans")
    means = next((m for m in all_means if text(m, "PayeePartyCreditorFinancialAccount/IBANID")),
                 all_means[0] if all_means else None)
    terms = findall(settlement, "SpecifiedTradePaymentTerms")
    due = next((d for d in (date(t, "DueDateDateTime/DateTimeString") for t in terms) if d), None)
    return EInvoice(
        syntax=syntax, origin=origin, embedded=embedded,
        profile=text(root, f"{_CONTEXT[0]}/GuidelineSpecifiedDocumentContextParameter/ID",
                     f"{_CONTEXT[1]}/GuidelineSpecifiedDocumentContextParameter/ID"),
        number=text(doc, "ID"), type_code=text(doc, "TypeCode"),
        issue_date=date(doc, "IssueDateTime/DateTimeString"),
        due_date=due,
        payment_terms="\n".join(filter(None, (text(t, "Description") for t in terms))) or None,
        currency=currency,
        seller=_party(find(agreement, "SellerTradeParty")),
        buyer=_party(find(agreement, "BuyerTradeParty")),
        buyer_reference=text(agreement, "BuyerReference"),
        net_total=decimal(sums, "LineTotalAmount"),
        allowances=decimal(sums, "AllowanceTotalAmount"),
        charges=decimal(sums, "ChargeTotalAmount"),
        tax_basis=decimal(sums, "TaxBasisTotalAmount"),
        tax_total=amount_in(sums, "TaxTotalAmount", currency),
        gross_total=decimal(sums, "GrandTotalAmount"),
        prepaid=decimal(sums, "TotalPrepaidAmount"),
        rounding=decimal(sums, "RoundingAmount"),
        amount_due=decimal(sums, "DuePayableAmount"),
        iban=text(means, "PayeePartyCreditorFinancialAccount/IBANID"),
        bic=text(means, "PayeeSpecifiedCreditorFinancialInstitution/BICID"),
        payment_reference=text(settlement, "PaymentReference"),
        order_reference=text(agreement, "BuyerOrderReferencedDocument/IssuerAssignedID",
                             "BuyerOrderReferencedDocument/ID"),
        contract_reference=text(agreement, "ContractReferencedDocument/IssuerAssignedID",
                                "ContractReferencedDocument/ID"),
        preceding_invoice=text(settlement, "InvoiceReferencedDocument/IssuerAssignedID"),
        lines=[_line(li) for li in findall(tx, "IncludedSupplyChainTradeLineItem")],
        taxes=[ETax(category=text(t, "CategoryCode"),
                    rate=decimal(t, "RateApplicablePercent", "ApplicablePercent"),
                    basis=decimal(t, "BasisAmount"), amount=decimal(t, "CalculatedAmount"))
               for t in findall(settlement, "ApplicableTradeTax")],
    )
