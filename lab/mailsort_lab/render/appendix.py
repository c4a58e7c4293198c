"""Enclosure pages that follow a letter: privacy notices, payment and complaint terms.

Real multi-page mail is mostly a one-page letter plus boilerplate like this. The text says
nothing about the letter's category and names no dates or periods, so it adds pages and noise
without changing any label (category, date, deadlines).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Appendix:
    title: str
    paragraphs: tuple[str, ...]


APPENDICES: dict[str, tuple[Appendix, ...]] = {
    "de": (
        Appendix("Informationen zum Datenschutz nach Art. 13 DSGVO", (
            "Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten ist das oben genannte "
            "Unternehmen. Unseren Datenschutzbeauftragten erreichen Sie unter der im Briefkopf "
            "angegebenen Anschrift mit dem Zusatz „Datenschutzbeauftragter“.",
            "Wir verarbeiten Ihre Daten zur Anbahnung, Durchführung und Abwicklung der mit Ihnen "
            "bestehenden Geschäftsbeziehung (Art. 6 Abs. 1 lit. b DSGVO), zur Erfüllung gesetzlicher "
            "Aufbewahrungs- und Nachweispflichten (Art. 6 Abs. 1 lit. c DSGVO) sowie zur Wahrung "
            "unserer berechtigten Interessen, etwa der Geltendmachung und Verteidigung von Ansprüchen "
            "(Art. 6 Abs. 1 lit. f DSGVO).",
            "Empfänger Ihrer Daten sind, soweit erforderlich, Kreditinstitute, Steuerberater, "
            "Wirtschaftsprüfer, IT-Dienstleister und Behörden im Rahmen gesetzlicher Pflichten. Eine "
            "Übermittlung in Drittländer findet nicht statt.",
            "Wir speichern Ihre Daten, solange dies für die genannten Zwecke erforderlich ist, und "
            "darüber hinaus für die Dauer der handels- und steuerrechtlichen Aufbewahrungspflichten.",
            "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, "
            "Datenübertragbarkeit sowie auf Widerspruch gegen Verarbeitungen, die auf berechtigten "
            "Interessen beruhen. Sie können sich zudem bei einer Datenschutz-Aufsichtsbehörde "
            "beschweren.",
            "Die Bereitstellung Ihrer Daten ist für den Vertragsschluss erforderlich. Ohne diese Daten "
            "können wir den Vertrag in der Regel nicht schließen oder nicht mehr durchführen. Eine "
            "automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.",
        )),
        Appendix("Allgemeine Hinweise", (
            "Bitte geben Sie bei allen Zahlungen und Rückfragen stets die im Schreiben genannten "
            "Nummern an. Nur so können wir Ihre Zahlung oder Ihr Anliegen ohne Verzögerung zuordnen.",
            "Haben Sie uns ein SEPA-Lastschriftmandat erteilt, ziehen wir fällige Beträge frühestens "
            "zum angegebenen Termin von Ihrem Konto ein. Bitte sorgen Sie für ausreichende Deckung; "
            "die Kosten einer Rücklastschrift können wir Ihnen in Rechnung stellen.",
            "Änderungen Ihrer Anschrift, Ihrer Bankverbindung oder Ihrer Ansprechpartner teilen Sie "
            "uns bitte schriftlich oder über unser Kundenportal mit. Schreiben, die an eine veraltete "
            "Anschrift gehen, gelten nach den gesetzlichen Regeln als zugegangen.",
            "Einwendungen gegen dieses Schreiben richten Sie bitte schriftlich an die oben genannte "
            "Anschrift.",
            "Unsere Geschäftszeiten sind montags bis donnerstags von 8 bis 17 Uhr und freitags von "
            "8 bis 14 Uhr. Außerhalb dieser Zeiten erreichen Sie uns per E-Mail; wir antworten in "
            "der Regel umgehend.",
            "Dieses Schreiben wurde maschinell erstellt und ist auch ohne Unterschrift gültig.",
        )),
        Appendix("Hinweise zur Verbraucherstreitbeilegung", (
            "Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer "
            "Verbraucherschlichtungsstelle teilzunehmen, soweit keine gesetzliche Pflicht besteht.",
            "Beschwerden können Sie jederzeit an unser Beschwerdemanagement richten. Wir bestätigen "
            "den Eingang Ihrer Beschwerde und bemühen uns um eine zügige Antwort.",
            "Die Europäische Kommission stellt eine Plattform zur Online-Streitbeilegung bereit. "
            "Unsere E-Mail-Adresse finden Sie im Briefkopf dieses Schreibens.",
            "Es gilt das Recht der Bundesrepublik Deutschland. Gerichtsstand für Kaufleute ist der "
            "Sitz unseres Unternehmens. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit "
            "der übrigen Bestimmungen unberührt.",
        )),
    ),
    "en": (
        Appendix("Privacy notice", (
            "The company named in the letterhead is the controller of your personal data. You can "
            "reach our data protection officer at the address above, marked \"Data Protection\".",
            "We process your data to perform our contract with you, to meet legal obligations such as "
            "record keeping, and for our legitimate interests, including the establishment and defence "
            "of legal claims.",
            "Where necessary, recipients include banks, auditors, tax advisers, IT service providers "
            "and public authorities. We do not transfer your data outside the European Economic Area.",
            "We keep your data for as long as needed for these purposes and for the statutory "
            "statutory retention obligations thereafter.",
            "You have the right of access, rectification, erasure, restriction of processing, data "
            "portability and objection. You may also lodge a complaint with a supervisory authority.",
            "Providing your data is required to enter into the contract. We do not use automated "
            "decision-making, including profiling.",
        )),
        Appendix("General information", (
            "Please quote the reference numbers given in this letter with every payment and enquiry "
            "so that we can allocate it without delay.",
            "If you have given us a direct debit mandate, we will collect amounts due no earlier than "
            "the date stated. Please ensure sufficient funds; charges for returned debits may be "
            "passed on to you.",
            "Please tell us about any change of address, bank details or contact person in writing "
            "or through our customer portal.",
            "Our office hours are Monday to Thursday, 8 am to 5 pm, and Friday, 8 am to 2 pm. "
            "Outside these hours please write to us by email; we reply as soon as we can.",
            "This letter was produced automatically and is valid without a signature.",
        )),
    ),
}


OFFICIAL = ("tax", "legal", "authority")


def appendices_for(language: str, count: int, start: int = 0, category: str = "") -> list[Appendix]:
    """`count` different enclosures; public bodies and courts get no consumer-dispute terms."""
    pool = APPENDICES.get(language, APPENDICES["de"])
    if category in OFFICIAL:
        pool = pool[:2]
    return [pool[(start + i) % len(pool)] for i in range(count)]
