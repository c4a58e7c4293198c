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
