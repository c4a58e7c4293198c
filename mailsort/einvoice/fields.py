"""What the XML says overrides what the text heuristics guessed, field by field, and says so.

`Fields.field_sources` names each overridden field's origin: "einvoice" (the XML states it) or
"einvoice-terms" (the due date derived from the payment terms text and the issue date).
"""

from __future__ import annotations

from ..model import Amount, EInvoice, Fields
from .codes import TYPE_NAMES, roles
from .render import de_money
from .terms import due_from_terms


def _amounts(inv: EInvoice) -> list[Amount]:
    cur = inv.currency or "EUR"
    out: list[Amount] = []
    # Amount due first (what to pay, sign kept: a credit note is negative or the seller pays).
    for value in (inv.amount_due, inv.gross_total, inv.tax_basis):
        if value is not None and all(a.text != de_money(value, cur) for a in out):
            out.append(Amount(value=value, currency=cur, text=de_money(value, cur)))
    return out


def apply(fields: Fields, inv: EInvoice) -> Fields:
    src: dict[str, str] = {}
    update: dict = {"einvoice": inv}
    issuer, _ = roles(inv)
    if issuer.name:
        update["sender"], src["sender"] = issuer.name, "einvoice"
    if inv.issue_date:
        update["date"], src["date"] = inv.issue_date, "einvoice"
    # The deadline is the due date; else the terms counted from the issue date; else none at all
    # (a Skonto date the text heuristics found is no deadline).
    if inv.due_date:
        update["deadlines"], src["deadlines"] = [inv.due_date], "einvoice"
    elif (due := due_from_terms(inv.payment_terms, inv.issue_date)) is not None:
        update["deadlines"], src["deadlines"] = [due], "einvoice-terms"
    else:
        update["deadlines"], src["deadlines"] = [], "einvoice"
    amounts = _amounts(inv)
    if amounts:
        update["amounts"], src["amounts"] = amounts, "einvoice"
    if inv.iban:
        update["ibans"], src["ibans"] = [inv.iban], "einvoice"
    refs = dict(fields.references)
    for key, value in (("invoice_number", inv.number), ("order_number", inv.order_reference),
                       ("contract_number", inv.contract_reference), ("buyer_reference", inv.buyer_reference),
                       ("payment_reference", inv.payment_reference),
                       ("preceding_invoice", inv.preceding_invoice)):
        if value:
            refs[key] = value
            src[f"references.{key}"] = "einvoice"
    update["references"] = refs
    if not fields.subject and inv.number:
        de = TYPE_NAMES.get(inv.type_code or "", ("Rechnung", ""))[0]
        update["subject"], src["subject"] = f"{de} {inv.number}", "einvoice"
    update["field_sources"] = {**fields.field_sources, **src}
    return fields.model_copy(update=update)
