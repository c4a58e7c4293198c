"""Further wording for contracts, advertising and other letters."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- contract

@template("contract", "de", "vendor", "landlord", "telecom")
def kuendigung_durch_anbieter(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vertrag Nr.", c.num(7))
    lines = [f"hiermit kündigen wir den mit Ihnen geschlossenen "
             f"{c.pick('Wartungsvertrag', 'Rahmenvertrag', 'Mietvertrag über den Stellplatz', 'Dienstleistungsvertrag')} "
             f"ordentlich und fristgerecht zum {c.day(c.after(60, 150))}.",
             c.pick("Grund ist die Einstellung dieses Leistungsangebots.", "Wir bedanken uns für die langjährige Zusammenarbeit.",
                    "Gern unterbreiten wir Ihnen ein Angebot zu geänderten Konditionen."),
             "Bitte bestätigen Sie den Erhalt dieses Schreibens."]
    return c.pick("Kündigung des Vertrags", "Ordentliche Kündigung", "Beendigung der Zusammenarbeit"), lines


@template("contract", "de", "vendor")
def vertragsangebot_unterschrift(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vorgang", f"VA-{c.num(5)}")
    lines = ["wie in unserem Gespräch vereinbart, erhalten Sie anbei den Dienstleistungsvertrag in zweifacher Ausfertigung.",
             f"Vergütung: {c.money(200, 9000)} monatlich; Laufzeit 24 Monate; Kündigungsfrist drei Monate zum Laufzeitende.",
             f"Bitte senden Sie ein gegengezeichnetes Exemplar {c.deadline(7, 21, relative=0.3, kind='plain')} zurück.",
             "Mit Unterzeichnung gelten unsere Allgemeinen Geschäftsbedingungen als vereinbart."]
    return c.pick("Ihr Vertrag zur Unterschrift", "Dienstleistungsvertrag", "Vertragsunterlagen zur Gegenzeichnung"), lines


@template("contract", "de", "vendor", "telecom", "utility")
def agb_leistungsaenderung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kundennummer", c.num(8))
    lines = [f"zum {c.day(c.after(40, 80))} ändern wir unsere Allgemeinen Geschäftsbedingungen und die Leistungsbeschreibung "
             f"Ihres Tarifs „{c.pick('Business Pro', 'Office Flex', 'Gewerbe Plus')}“.",
             "Die wesentlichen Änderungen finden Sie in der beiliegenden Übersicht.",
             "Widersprechen Sie nicht innerhalb von sechs Wochen, gelten die Änderungen als angenommen; "
             "im Fall des Widerspruchs haben beide Seiten ein Sonderkündigungsrecht."]
    return c.pick("Änderung unserer AGB", "Wichtige Vertragsinformation", "Änderung Ihrer Vertragsbedingungen"), lines


@template("contract", "en", "vendor")
def quotation(c: Ctx) -> tuple[str, list[str]]:
    q = c.ref("Quote", f"Q-{c.num(5)}")
    lines = [f"Further to your enquiry, we are pleased to quote for {c.pick('office relocation', 'a 25-user licence', 'website maintenance')}.",
             f"Price: {c.money(300, 20000)} excluding VAT. This quotation is valid {c.deadline(14, 30, relative=0.3, kind='plain')}.",
             f"To accept, sign and return quotation {q}."]
    return c.pick(f"Quotation {q}", "Your quotation"), lines


@template("contract", "en", "vendor", "telecom")
def provider_termination(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Agreement no.", c.num(7))
    lines = [f"We hereby give notice to terminate the {c.pick('service agreement', 'framework agreement', 'licence agreement')} "
             f"with effect from {c.day(c.after(60, 120))}, in accordance with clause 12.",
             "Thank you for your business over the years."]
    return c.pick("Notice of termination", "Termination of agreement"), lines


# ---------------------------------------------------------------- advertising

@template("advertising", "de", "advertiser", "utility")
def stromwechsel_angebot(c: Ctx) -> tuple[str, list[str]]:
    # An offer to a non-customer: advertising, even from a utility (a price change would be contract).
    lines = [f"zahlen Sie zu viel für Strom? Mit unserem Gewerbetarif sparen Sie bis zu {c.rng.randint(10, 35)} %.",
             f"Arbeitspreis ab {c.rng.randint(19, 35)} Cent/kWh, Grundpreis {c.money(5, 20, record=False)} monatlich – 12 Monate Preisgarantie.",
             "Der Wechsel ist einfach: Wir kündigen Ihren bisherigen Vertrag für Sie. Antwortkarte genügt."]
    return c.pick("Jetzt wechseln und sparen", "Ihr neuer Gewerbestromtarif", "Exklusives Neukundenangebot"), lines


@template("advertising", "de", "advertiser")
def katalog(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"druckfrisch: Unser neuer Katalog {c.date.year + 1} mit über 8.000 Artikeln für Büro und Lager.",
             f"Als Dankeschön erhalten Sie bei Ihrer nächsten Bestellung einen Gutschein über {c.money(10, 50, record=False)}.",
             "Bestellen Sie bequem online, per Telefon oder Fax – Lieferung versandkostenfrei ab 99 Euro."]
    return c.pick("Der neue Katalog ist da", "Ihr Gutschein wartet", "Neuheiten für Ihr Büro"), lines


@template("advertising", "en", "advertiser")
def free_trial(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Try {c.pick('our bookkeeping software', 'our virtual receptionist service', 'our HR platform')} free for 30 days.",
             "No credit card needed. Cancel at any time.",
             f"Use code TRIAL{c.rng.randint(10, 99)} at sign-up before {c.day(c.after(10, 40))}."]
    return c.pick("Start your free trial", "An offer just for you"), lines


# ---------------------------------------------------------------- other

@template("other", "de", "landlord", "vendor")
def rundschreiben_haus(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"am {c.day(c.after(5, 30))} finden im Gebäude "
             f"{c.pick('Wartungsarbeiten an den Aufzügen', 'die jährliche Prüfung der Brandmeldeanlage', 'Arbeiten an der Heizungsanlage')} statt.",
             "Es kann zu kurzzeitigen Einschränkungen kommen. Wir bitten um Ihr Verständnis.",
             "Bei Fragen wenden Sie sich bitte an den Hausmeister."]
    return c.pick("Information an alle Mieter", "Hausmitteilung", "Ankündigung von Wartungsarbeiten"), lines


@template("other", "de", "private", "vendor")
def persoenlicher_brief(c: Ctx) -> tuple[str, list[str]]:
    c.salutation = c.pick("Lieber Herr Weber,", "Liebe Frau Lang,", "Hallo Thomas,", "Liebe Kolleginnen und Kollegen,")
    lines = [c.pick("herzlichen Glückwunsch zum zehnjährigen Firmenjubiläum!", "vielen Dank für die schöne Feier letzte Woche.",
                    "ich wollte mich nach langer Zeit einmal wieder melden."),
             f"Ich denke gern an die gemeinsame Zeit bei der {c.firm()} zurück.",
             "Lassen Sie uns bald einmal wieder telefonieren. Alles Gute und herzliche Grüße, auch an die Familie."]
    return c.pick("Herzliche Grüße", "Glückwunsch", "Ein paar Zeilen"), lines


@template("other", "de", "vendor", "charity")
def umfrage_danke(c: Ctx) -> tuple[str, list[str]]:
    lines = ["vielen Dank, dass Sie an unserer Kundenbefragung teilgenommen haben.",
             "Ihre Rückmeldungen helfen uns, unseren Service weiter zu verbessern. Die Ergebnisse stellen wir im "
             f"Frühjahr {c.date.year + 1} auf unserer Website vor.",
             "Als kleines Dankeschön liegt diesem Schreiben ein Notizbuch bei."]
    return c.pick("Danke für Ihre Teilnahme", "Ergebnisse der Kundenbefragung"), lines


@template("other", "en", "vendor", "private")
def reference_letter(c: Ctx) -> tuple[str, list[str]]:
    who = c.pick("Ms Laura Becker", "Mr Jonas Peters", "Ms Elif Yilmaz")
    lines = [f"{who} worked for us from {c.day(c.before(700, 1200))} to {c.day(c.before(10, 90))}.",
             "She/he was reliable, hard-working and well liked by colleagues and clients.",
             "We recommend her/him without reservation."]
    return c.pick("Reference", "Letter of recommendation", "To whom it may concern"), lines


@template("other", "en", "vendor")
def delivery_note(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Delivery note", f"DN-{c.num(6)}")
    lines = [f"Delivered today: {c.pick('4 boxes of printer paper', '2 office chairs', '1 pallet of brochures')}.",
             "Please check the goods on receipt and report any damage within 48 hours. The invoice will follow separately."]
    return c.pick("Delivery note", "Dispatch note"), lines


@template("contract", "de", "vendor", "landlord")
def mietvertrag_staffel(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Mietvertrag vom", c.day(c.before(300, 900)), info=True)
    lines = [f"gemäß § 4 des Mietvertrags erhöht sich die vereinbarte Staffelmiete zum {c.day(c.after(30, 90))}.",
             f"Die neue Nettokaltmiete beträgt {c.money(400, 6000)} monatlich zuzüglich Betriebskostenvorauszahlung.",
             "Bitte passen Sie Ihren Dauerauftrag entsprechend an. Alle übrigen Vereinbarungen bleiben unberührt."]
    return c.pick("Mietanpassung", "Staffelmiete – neue Miethöhe", "Änderung der Miete"), lines


@template("contract", "en", "vendor", "landlord")
def lease_amendment(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Lease ref.", f"L-{c.num(5)}")
    lines = [f"Enclosed is the amendment to your lease extending the term until {c.day(c.after(300, 900))}.",
             f"The new monthly rent will be {c.money(500, 8000)}. Please sign both copies and return one to us "
             f"{c.deadline(10, 21, relative=0.3, kind='plain')}."]
    return c.pick("Lease amendment", "Extension of your lease"), lines


@template("other", "de", "vendor")
def warenbegleit_info(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"anbei senden wir Ihnen wie besprochen {c.pick('die Muster der neuen Visitenkarten', 'Ihre Unterlagen zurück', 'die Fotos vom Firmenevent auf USB-Stick')}.",
             "Eine Berechnung erfolgt nicht.",
             "Über eine kurze Rückmeldung, ob alles angekommen ist, würden wir uns freuen."]
    return c.pick("Zusendung Ihrer Unterlagen", "Muster", "Rücksendung"), lines


@template("other", "de", "vendor", "private")
def paket_benachrichtigung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"wir konnten Ihre Sendung am {c.day(c.date)} nicht zustellen, da niemand angetroffen wurde.",
             f"Sie können die Sendung ab morgen in unserer Filiale {c.pick('Chausseestraße 12', 'Torstraße 88', 'Oranienburger Straße 5')} abholen.",
             "Bitte bringen Sie diese Benachrichtigung und einen Ausweis mit."]
    return c.pick("Benachrichtigung", "Ihre Sendung wartet auf Sie"), lines


@template("invoice", "de", "vendor", "telecom")
def sammelrechnung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Sammelrechnung", f"SR{c.num(7)}")
    lines = [f"hiermit berechnen wir die Lieferungen des Monats {c.period()} gemäß den beigefügten Lieferscheinen:"]
    for _ in range(c.rng.randint(2, 4)):
        lines.append(f"LS {c.num(6)} vom {c.day(c.before(5, 35))}  {c.money(15, 900)}")
    lines.append(f"Zwischensumme netto {c.money(100, 3000)}, MwSt. 19 % {c.money(19, 570)}, Gesamt {c.money(119, 3570)}.")
    lines.append(f"Fällig {c.deadline(14, 30, relative=0.3, kind='plain')}; bei Zahlung innerhalb von 8 Tagen 2 % Skonto.")
    return c.pick(f"Sammelrechnung {nr}", "Monatsrechnung", f"Rechnung {c.period()}"), lines


@template("invoice", "en", "vendor")
def hosting_invoice(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Invoice #", c.num(7))
    lines = [f"Thanks for being a customer. Here is invoice #{nr} for your plan \"{c.pick('Business', 'Pro', 'Team')}\".",
             f"Billing period: {c.period()}. Amount charged: {c.money(9, 900)} (VAT reverse charge).",
             "The amount has been charged to your card on file. No action is needed."]
    return c.pick(f"Invoice #{nr}", "Your receipt", "Billing summary"), lines
