"""The category of an e-invoice from its structure, in the taxonomy's order (docs: taxonomy.md):
who issued it decides first (tax office, court/lawyer, public body, bank, insurer), then what
the document is (an invoice, credit note or correction is *invoice*)."""

from __future__ import annotations

import re

from ..model import Category, EInvoice
from .codes import INSURANCE, roles

CONFIDENCE = 0.97            # the structure says what it is; only the issuer's kind is read from its name
_ISSUERS: tuple[tuple[str, re.Pattern], ...] = (
    ("tax", re.compile(r"Finanzamt|Bundeszentralamt f(?:ü|ue)r Steuern|Hauptzollamt|Finanzkasse|Steuerverwaltung", re.I)),
    ("legal", re.compile(r"Rechtsanw(?:a|ä)lt|Anwaltskanzlei|\bKanzlei\b|Gerichtsvollzieher|Insolvenzverwalt|"
                         r"(?<!Register)gericht\b|law firm|attorneys?\b", re.I)),
    ("authority", re.compile(r"Registergericht|Handelsregister|\bIHK\b|Industrie- und Handelskammer|Handwerkskammer|"
                             r"Gewerbeamt|Ordnungsamt|Stadtverwaltung|Landratsamt|Bezirksamt|Gemeinde\b|\bStadt\b|"
                             r"Krankenkasse|\bAOK\b|Rentenversicherung|Berufsgenossenschaft|Beitragsservice|"
                             r"Bundesagentur|Statistisches|Landesamt|Bundesamt", re.I)),
    ("bank", re.compile(r"\bBank\b|Sparkasse|Volksbank|Raiffeisenbank|Landesbank|Kreditinstitut|PayPal", re.I)),
    ("insurance", re.compile(r"Versicherung|Versicherer|Assekuranz|insurance|Allianz|\bHDI\b|\bR\+V\b|"
                             r"\bVVaG\b|Versicherungsverein", re.I)),
)


def category_of(inv: EInvoice) -> Category:
    issuer, _ = roles(inv)
    name = issuer.name or ""
    for label, rx in _ISSUERS:
        if rx.search(name):
            return Category(label=label, confidence=CONFIDENCE)
    if inv.type_code in INSURANCE:           # an insurer's invoice (575), whatever the name says
        return Category(label="insurance", confidence=CONFIDENCE)
    return Category(label="invoice", confidence=CONFIDENCE)
