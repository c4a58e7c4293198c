"""UNTDID 1001 document type codes used in EN 16931 invoices, in German and English."""

from __future__ import annotations

TYPE_NAMES: dict[str, tuple[str, str]] = {
    "380": ("Rechnung", "Commercial invoice"),
    "381": ("Gutschrift", "Credit note"),
    "383": ("Belastungsanzeige", "Debit note"),
    "384": ("Rechnungskorrektur", "Corrected invoice"),
    "386": ("Vorauszahlungsrechnung", "Prepayment invoice"),
    "389": ("Gutschrift (Selbstfakturierung)", "Self-billed invoice"),
    "261": ("Gutschrift zur Selbstfakturierung", "Self-billed credit note"),
    "326": ("Teilrechnung", "Partial invoice"),
    "875": ("Abschlagsrechnung (Bau)", "Partial construction invoice"),
    "876": ("Teilschlussrechnung (Bau)", "Partial final construction invoice"),
    "877": ("Schlussrechnung (Bau)", "Final construction invoice"),
    "393": ("Factoring-Rechnung", "Factored invoice"),
    "575": ("Versicherungsrechnung", "Insurer's invoice"),
    "623": ("Spediteursrechnung", "Forwarder's invoice"),
    "780": ("Frachtrechnung", "Freight invoice"),
    "751": ("Rechnungsinformation für Buchungszwecke", "Invoice information for accounting purposes"),
    "82": ("Rechnung über Messdienstleistungen", "Metered services invoice"),
    "71": ("Anforderungsrechnung", "Request for payment"),
}
CREDIT_NOTES = {"381", "261", "396", "532"}
SELF_BILLED = {"389", "261", "527"}          # issued by the buyer on the seller's behalf
INSURANCE = {"575"}


def type_name(code: str | None) -> str | None:
    if code is None:
        return None
    de, en = TYPE_NAMES.get(code, ("Rechnung", "Invoice"))
    return f"{de} / {en} ({code})"


def roles(inv):
    """(issuer, addressee) of the document: on a self-billed invoice or credit note the buyer
    writes it and the seller receives it; otherwise the seller writes to the buyer."""
    if inv.type_code in SELF_BILLED:
        return inv.buyer, inv.seller
    return inv.seller, inv.buyer
