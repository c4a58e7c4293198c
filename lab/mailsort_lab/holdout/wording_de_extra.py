"""A second wave of German wording (added 09:40 UTC): texts no routing or field code was tuned on.

Kept apart from the first wave so figures can be reported on each (tag "wave-2").
"""

from __future__ import annotations

from mailsort_lab.holdout.context import Ctx, Text


def tax_vat_id(c: Ctx) -> Text:
    return Text(
        c.pick("Bestätigungsverfahren Umsatzsteuer-Identifikationsnummer", "Ergebnis der Bestätigungsanfrage"),
        [f"Ihre Anfrage zur Gültigkeit der ausländischen USt-IdNr. Ihres Abnehmers wurde bearbeitet. "
         f"Die Nummer war zum Zeitpunkt der Anfrage gültig.",
         f"Zugleich weisen wir darauf hin, dass Ihre Zusammenfassende Meldung für das "
         f"{c.pick('dritte', 'vierte')} Quartal noch aussteht. Reichen Sie diese {c.dl.absolute(c.rng.choice([10, 14]))} nach."],
        info=[("Geschäftszeichen", c.ref("Geschäftszeichen", "St II #-S ####-##/##"))])


def tax_interest(c: Ctx) -> Text:
    return Text(
        "Festsetzung von Nachzahlungszinsen zur Gewerbesteuer",
        [f"auf die festgesetzte Steuer entfallen Zinsen nach § 233a AO in Höhe von {c.money(40, 900)}. "
         "Die Berechnung ist in der Anlage erläutert.",
         f"Der Betrag ist zu entrichten {c.dl.absolute(c.rng.choice([28, 30]), lead='am')}; maßgeblich ist "
         "der Tag der Gutschrift auf dem Konto der Finanzkasse."],
        info=[("Steuernummer", c.ref("Steuernummer", "##/###/#####"))])


def legal_vollstreckungsbescheid(c: Ctx) -> Text:
    return Text(
        "Vollstreckungsbescheid",
        [f"gegen den Ihnen zugestellten Mahnbescheid wurde kein Widerspruch erhoben. Auf Antrag der "
         f"{c.mention or 'Medius Forderungsmanagement GmbH'} ergeht daher dieser Vollstreckungsbescheid "
         f"über {c.money(500, 9000)} nebst Zinsen.",
         f"Sie können {c.dl.any(14)} Einspruch einlegen. Der Bescheid ist vorläufig vollstreckbar."],
        info=[("Geschäftsnummer", c.ref("Geschäftszeichen", "##-#######-#-#"))])


def auth_bg(c: Ctx) -> Text:
    return Text(
        c.pick(f"Beitragsbescheid für das Umlagejahr {c.date.year - 1}", "Lohnnachweis digital - Erinnerung"),
        [f"auf Grundlage Ihres Lohnnachweises setzen wir den Beitrag zur gesetzlichen Unfallversicherung "
         f"auf {c.money(90, 4000)} fest.",
         f"Der Beitrag wird fällig {c.dl.absolute(c.rng.choice([14, 21]), lead='zum')}. Beitragsrückstände "
         "werden mit Säumniszuschlägen belegt."],
        info=[("Mitgliedsnummer", c.ref("Mitgliedsnummer", "###.##.#####"))])


def bank_overdraft(c: Ctx) -> Text:
    return Text(
        c.pick("Überziehung Ihres Geschäftskontos", "Ihr Kontokorrentkredit"),
        [f"Ihr Konto weist eine geduldete Überziehung von {c.money(300, 12000)} aus. Hierfür berechnen wir "
         "den im Preisaushang genannten Sollzinssatz.",
         f"Wir bitten Sie, das Konto {c.dl.any(c.rng.choice([10, 14]))} auszugleichen oder mit Ihrer "
         "Beraterin eine Kreditlinie zu vereinbaren."],
        info=[("Konto", c.ref("Konto", "#### ### ###"))])


def ins_questionnaire(c: Ctx) -> Text:
    return Text(
        c.pick("Risikofragebogen zur Vertragsumstellung", "Überprüfung Ihres Versicherungsschutzes"),
        [f"um Ihren Versicherungsschutz an die aktuelle Betriebsgröße anzupassen, benötigen wir Angaben "
         f"zu Umsatz und Mitarbeiterzahl.",
         f"Bitte senden Sie den Fragebogen {c.dl.absolute(c.rng.choice([21, 28]))} ausgefüllt zurück. "
         f"Der vorläufige Beitrag beträgt {c.money(200, 3000)} jährlich."],
        info=[("Vertragsnummer", c.ref("Vertrag", "AA ### ### ###"))])


def rem_second(c: Ctx) -> Text:
    inv = c.ref("Rechnungsnummer", "####-##-####")
    return Text(
        c.pick("Offener Rechnungsbetrag", f"Erinnerung: Rechnung {inv} überfällig", "Zahlungsrückstand"),
        [f"trotz unserer freundlichen Erinnerung konnten wir bis heute keinen Zahlungseingang zu "
         f"Rechnung {inv} über {c.money(90, 4800)} feststellen.",
         f"Wir setzen Ihnen hiermit eine letzte Frist {c.dl.any(c.rng.choice([7, 10]))}. Danach geben wir die "
         "Forderung ohne weitere Ankündigung an ein Inkassobüro ab."])


def inv_fuel_card(c: Ctx) -> Text:
    return Text(
        c.pick("Sammelrechnung Tankkarten", f"Monatsabrechnung {c.pick('Oktober', 'November')}"),
        [f"für die Nutzung Ihrer Tankkarten im Abrechnungsmonat berechnen wir {c.money(150, 3800)} inklusive "
         "Mehrwertsteuer. Die Einzelbelege finden Sie in der Anlage.",
         f"Zahlungsziel: {c.dl.any(c.rng.choice([10, 14]))} netto."],
        info=[("Belegnummer", c.ref("Rechnungsnummer", "SR######"))])


def con_order_confirmation(c: Ctx) -> Text:
    return Text(
        c.pick("Bestätigung Ihrer Bestellung", "Vertragsangebot Reinigungsleistungen"),
        [f"vielen Dank für Ihre Bestellung. Wir liefern wie vereinbart; der Gesamtpreis beträgt {c.money(400, 9000)} netto.",
         f"Bitte prüfen Sie die Angaben und geben Sie uns etwaige Änderungswünsche {c.dl.absolute(c.rng.choice([5, 7]))} "
         "bekannt. Ohne Rückmeldung gilt der Auftrag als bestätigt."])


def adv_software(c: Ctx) -> Text:
    return Text(
        c.pick("Digitale Buchhaltung - 3 Monate kostenlos testen", "Ihre Einladung zur Produktvorführung"),
        ["Belege fotografieren, automatisch verbuchen, Umsatzsteuer-Voranmeldung per Klick: unsere Software "
         "spart kleinen Unternehmen jeden Monat Stunden.",
         f"Nach der Testphase ab {c.money(9, 49)} im Monat. Jetzt unverbindlich registrieren."])


def oth_reference(c: Ctx) -> Text:
    return Text(
        c.pick("Bitte um Auskunft über eine frühere Mitarbeiterin", "Einladung zur Mitgliederversammlung"),
        [f"Frau {c.pick('Neele Brandt', 'Svetlana Orlova', 'Tamara Hinz')} hat sich bei uns beworben und "
         "Sie als Referenz angegeben. Wir wären Ihnen für eine kurze Einschätzung dankbar.",
         "Selbstverständlich behandeln wir Ihre Angaben vertraulich."])


EXTRA_DE = {
    "tax": [tax_vat_id, tax_interest], "legal": [legal_vollstreckungsbescheid], "authority": [auth_bg],
    "bank": [bank_overdraft], "insurance": [ins_questionnaire], "reminder": [rem_second],
    "invoice": [inv_fuel_card], "contract": [con_order_confirmation], "advertising": [adv_software],
    "other": [oth_reference],
}
EXTRA_KINDS = {
    "tax_vat_id": ("bzst",), "tax_interest": ("finanzamt",), "legal_vollstreckungsbescheid": ("mahngericht",),
    "auth_bg": ("bg",), "rem_second": ("supplier", "client"), "inv_fuel_card": ("supplier",),
    "con_order_confirmation": ("supplier", "client"), "adv_software": ("promo", "client"),
    "oth_reference": ("partner", "association"), "ins_questionnaire": ("insurer", "broker"),
}
