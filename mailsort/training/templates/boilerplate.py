"""Pages that ride along with letters of every category: privacy notices, terms, SEPA and
appeal instructions, continuation headers. The corpus appends them regardless of the label, so the
classifier learns that they say nothing about what the letter is."""

from __future__ import annotations

import random

DE = [
    ["Datenschutzhinweise nach Art. 13 DSGVO",
     "Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist der oben genannte Absender.",
     "Wir verarbeiten Ihre Daten zur Erfüllung unserer vertraglichen und gesetzlichen Pflichten (Art. 6 Abs. 1 lit. b und c DSGVO).",
     "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht "
     "bei der zuständigen Aufsichtsbehörde. Unseren Datenschutzbeauftragten erreichen Sie unter datenschutz@ der Absenderdomain."],
    ["Allgemeine Geschäftsbedingungen (Auszug)",
     "§ 1 Geltungsbereich. Diese Bedingungen gelten für alle Lieferungen und Leistungen gegenüber Unternehmern.",
     "§ 2 Zahlung. Rechnungen sind ohne Abzug zahlbar. Bei Zahlungsverzug gelten die gesetzlichen Verzugszinsen.",
     "§ 3 Haftung. Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit. Gerichtsstand ist unser Sitz."],
    ["Hinweise zum SEPA-Lastschriftverfahren",
     "Gläubiger-Identifikationsnummer DE98ZZZ09999999999. Die Mandatsreferenz wird Ihnen gesondert mitgeteilt.",
     "Sie können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen."],
    ["Seite 2",
     "Fortsetzung unseres Schreibens.",
     "Bitte geben Sie bei allen Rückfragen die oben genannten Zeichen an. Unsere Geschäftszeiten: Montag bis Freitag 8 bis 17 Uhr."],
    ["Hinweise zur barrierefreien Kommunikation",
     "Dieses Schreiben erhalten Sie auf Wunsch auch in großer Schrift oder in Leichter Sprache.",
     "Rufen Sie uns an oder schreiben Sie uns eine E-Mail."],
    ["Anlagen",
     "Kopie des Schreibens vom Vormonat",
     "Übersicht in tabellarischer Form",
     "Rückantwort"],
]
EN = [
    ["Privacy notice",
     "We process your personal data in accordance with the GDPR to perform our contract with you and to meet legal obligations.",
     "You have the right to access, correct and erase your data and to complain to a supervisory authority."],
    ["Terms and conditions (extract)",
     "1. These terms apply to all supplies and services. 2. Payment is due without deduction. "
     "3. Our liability is limited to intent and gross negligence."],
    ["Page 2",
     "Continued from page 1.",
     "Please quote the reference above in all correspondence. Our offices are open Monday to Friday, 9 am to 5 pm."],
    ["Enclosures",
     "Copy of previous correspondence",
     "Reply form"],
]


def extra_page(language: str, rng: random.Random) -> str:
    pool = DE if language == "de" else EN
    page = rng.choice(pool)
    return "\n".join(page[:1] + rng.sample(page[1:], k=max(1, len(page) - 1 - rng.randint(0, 1))))


# Short notes printed under letters of every kind, in several wordings: a privacy line that names
# "the contract", terms and court of jurisdiction, "machine-made", "quote our reference". Without
# them the words "Vertrag" and "Zahlungen" in a footer read as a contract or a payment letter.
NOTES_DE = [
    "Hinweise zum Datenschutz: Ihre Daten verarbeiten wir zur Durchführung des Vertragsverhältnisses (Art. 6 Abs. 1 lit. b DSGVO).",
    "Informationen zum Datenschutz finden Sie auf unserer Internetseite.",
    "Es gelten unsere Allgemeinen Geschäftsbedingungen. Gerichtsstand ist der Sitz unseres Unternehmens.",
    "Erfüllungsort und Gerichtsstand ist, soweit zulässig, unser Firmensitz.",
    "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    "Bitte geben Sie bei Zahlungen und Rückfragen immer Ihre Kunden- und Belegnummer an.",
    "Bitte bewahren Sie dieses Schreiben bei Ihren Geschäftsunterlagen auf.",
    "Unsere Geschäftszeiten: Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 12 Uhr.",
]
NOTES_EN = [
    "Privacy: we process your data to perform our contract with you; see our website for details.",
    "Our standard terms of business apply. Place of jurisdiction is our registered office.",
    "This letter was produced electronically and is valid without signature.",
    "Please quote your customer and document number with any payment or enquiry.",
    "Please keep this letter with your business records.",
]
# What the mailroom writes or stamps on a page: a received stamp, a follow-up date, a copy note.
MARKS_DE = ["Eingang {d}", "Eing. {d}", "WV {d}", "Kopie an Buchhaltung", "erledigt {d}", "Posteingang {d}", "gesehen {d}"]
MARKS_EN = ["Received {d}", "RECEIVED {d}", "Copy to accounts", "Follow up {d}"]
_ITEMS_DE = ("Leistung", "Material", "Service", "Gebühr", "Pauschale", "Auslagen", "Position")
_ITEMS_EN = ("Service", "Materials", "Fee", "Charge", "Item", "Expenses")


def notes(language: str, rng: random.Random) -> list[str]:
    pool = NOTES_DE if language == "de" else NOTES_EN
    return rng.sample(pool, k=rng.randint(1, 3))


def mark(language: str, rng: random.Random) -> str:
    d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}."
    return rng.choice(MARKS_DE if language == "de" else MARKS_EN).format(d=d)


def item_list(language: str, rng: random.Random) -> str:
    """An enclosure page of dated, priced lines, as letters of every category carry behind them."""
    words = _ITEMS_DE if language == "de" else _ITEMS_EN
    head = rng.choice(["Anlage", "Anlage: Aufstellung", "Übersicht"] if language == "de"
                      else ["Enclosure", "Schedule", "Annex"])
    lines = [head]
    for i in range(rng.randint(3, 9)):
        amount = f"{rng.randint(5, 999)},{rng.randint(0, 99):02d} €" if language == "de" else f"EUR {rng.randint(5, 999)}.{rng.randint(0, 99):02d}"
        lines.append(f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026 {rng.choice(['Position', 'Pos.', ''])} {i + 1} – "
                     f"{rng.choice(words)} {amount}".replace("  ", " "))
    return "\n".join(lines)
