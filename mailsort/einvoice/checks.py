"""EN 16931 checks that help a person: the totals add up (BR-CO-10..17) and the mandatory fields
are there. A failed check is a sentence on the item, never an exception."""

from __future__ import annotations

from decimal import Decimal

from ..model import EInvoice

_CENT = Decimal("0.01")
# Profiles that carry no invoice lines by design (ZUGFeRD/Factur-X MINIMUM and BASIC WL).
_NO_LINES = ("minimum", "basicwl")


def money(value: Decimal | None) -> str:
    return "–" if value is None else f"{value:,.2f}"


def _differs(a: Decimal, b: Decimal, tolerance: Decimal = Decimal("0")) -> bool:
    return abs(a - b) > tolerance


def _lineless(inv: EInvoice) -> bool:
    return any(p in (inv.profile or "").lower() for p in _NO_LINES)


def arithmetic(inv: EInvoice) -> list[str]:
    out: list[str] = []
    z = Decimal("0")
    for li in inv.lines:
        if li.quantity is None or li.net_price is None or li.net_amount is None:
            continue
        per = li.quantity / (li.base_quantity or 1)
        expected = (per * li.net_price + li.adjustments).quantize(_CENT)
        # A unit price printed to the cent may be rounded by half a cent per unit (20 x 2.773 = 55.46).
        tolerance = max(_CENT, abs(per) * Decimal("0.005"))
        if _differs(expected, li.net_amount, tolerance):
            out.append(f"e-invoice line {li.id or '?'} does not add up: {money(li.net_amount)} ≠ "
                       f"{li.quantity.normalize():f} × {li.net_price.normalize():f} = {money(expected)}")
    amounts = [li.net_amount for li in inv.lines]
    if inv.lines and inv.net_total is not None and all(a is not None for a in amounts):
        total = sum(amounts, z)
        if _differs(total, inv.net_total):
            out.append(f"e-invoice line amounts do not add up: lines {money(total)} ≠ "
                       f"net total {money(inv.net_total)}")
    if inv.net_total is not None and inv.tax_basis is not None:
        basis = inv.net_total - (inv.allowances or z) + (inv.charges or z)
        if _differs(basis, inv.tax_basis):
            out.append(f"e-invoice tax basis does not add up: {money(inv.tax_basis)} ≠ net "
                       f"{money(inv.net_total)} - allowances + charges = {money(basis)}")
    taxed = [t.amount for t in inv.taxes]
    if inv.taxes and inv.tax_total is not None and all(a is not None for a in taxed):
        total = sum(taxed, z)
        if _differs(total, inv.tax_total):
            out.append(f"e-invoice tax does not add up: VAT breakdown {money(total)} ≠ "
                       f"tax total {money(inv.tax_total)}")
    for t in inv.taxes:
        if t.basis is not None and t.rate is not None and t.amount is not None:
            expected = (t.basis * t.rate / 100).quantize(_CENT)
            if _differs(expected, t.amount, _CENT):
                out.append(f"e-invoice VAT at {t.rate.normalize()}% does not add up: "
                           f"{money(t.amount)} ≠ {money(t.basis)} × {t.rate.normalize()}% = {money(expected)}")
    if inv.gross_total is not None and inv.tax_basis is not None:
        gross = inv.tax_basis + (inv.tax_total or z)
        if _differs(gross, inv.gross_total):
            out.append(f"e-invoice totals do not add up: {money(inv.gross_total)} ≠ "
                       f"{money(inv.tax_basis)} + tax {money(inv.tax_total or z)} = {money(gross)}")
    # MINIMUM and BASIC WL cannot state a prepaid amount (BT-113): there due may differ from gross.
    if inv.amount_due is not None and inv.gross_total is not None \
            and not (inv.prepaid is None and _lineless(inv)):
        third = inv.third_party_payments or z
        due = inv.gross_total - (inv.prepaid or z) + (inv.rounding or z) + third
        if _differs(due, inv.amount_due):
            extra = f" + third-party payments {money(third)}" if third else ""
            out.append(f"e-invoice amount due does not add up: {money(inv.amount_due)} ≠ gross "
                       f"{money(inv.gross_total)} - prepaid {money(inv.prepaid or z)}{extra} = {money(due)}")
    return out


def mandatory(inv: EInvoice) -> list[str]:
    """The EN 16931 fields a reader needs (BT-1, -2, -3, -5, -27, -44, -112, -115; lines BG-25)."""
    need = {"invoice number (BT-1)": inv.number, "issue date (BT-2)": inv.issue_date,
            "type code (BT-3)": inv.type_code, "currency (BT-5)": inv.currency,
            "seller name (BT-27)": inv.seller.name, "buyer name (BT-44)": inv.buyer.name,
            "gross total (BT-112)": inv.gross_total, "amount due (BT-115)": inv.amount_due}
    if inv.syntax == "zugferd1":             # ZUGFeRD 1.0 BASIC predates EN 16931: no amount due there
        need.pop("amount due (BT-115)")
    missing = [k for k, v in need.items() if v in (None, "")]
    if not inv.lines and not _lineless(inv):
        missing.append("invoice lines (BG-25)")
    return [f"e-invoice lacks mandatory EN 16931 fields: {', '.join(missing)}"] if missing else []


def problems(inv: EInvoice) -> list[str]:
    return arithmetic(inv) + mandatory(inv)
