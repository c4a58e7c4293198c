"""German wording for business mail: bank, insurance, reminder, invoice, contract, advertising, other.

Written for the evaluation set only. Confusable pairs are deliberate: a premium notice looks like
an invoice (it is insurance), a directory-entry offer looks like an invoice (advertising), a
price change mentions amounts (contract), an Inkasso letter demands payment (reminder).
"""

from __future__ import annotations

from mailsort_lab.holdout.context import Ctx, Text


def _positions(c: Ctx, items: list[str], lo: float, hi: float) -> tuple[list[list[str]], str]:
    rows, total = [["Pos.", "Bezeichnung", "Menge", "Betrag"]], 0.0
    for i, item in enumerate(c.rng.sample(items, min(len(items), c.rng.randint(2, 4))), 1):
        v = round(c.rng.uniform(lo, hi), 2)
        total += v
        rows.append([str(i), item, str(c.rng.randint(1, 12)), c.fmt_money(v)])
    c.amounts.append((round(total * 1.19, 2), "EUR"))
    return rows, c.fmt_money(round(total * 1.19, 2))


# ---------------------------------------------------------------- bank
def bank_statement(c: Ctx) -> Text:
    rows = [["Buchung", "Vorgang", "Betrag"]]
    for i in range(c.rng.randint(4, 8)):
        rows.append([c.dl.mention(-c.rng.randint(2, 28)), c.pick(
            "SEPA-Überweisung Miete", "Lastschrift Telefonica Kurzweil", "Gutschrift Kunde",
            "Kartenzahlung Tankstelle", "Entgelt Kontoführung", "Dauerauftrag Versicherung"),
            c.fmt_money(c.rng.uniform(-2500, 4000))])
    return Text(
        c.pick(f"Kontoauszug Nr. {c.rng.randint(1, 12)}/{c.date.year}", "Rechnungsabschluss zum Quartalsende"),
        [f"anbei erhalten Sie den Auszug zu Ihrem Geschäftskonto. Alter Saldo {c.money(100, 50000)}, "
         f"neuer Saldo {c.money(100, 50000)}.",
         "Bitte prüfen Sie die Buchungen. Einwendungen gegen den Rechnungsabschluss sind unverzüglich "
         "zu erheben; das Unterlassen gilt als Genehmigung."],
        info=[("IBAN", c.ref("IBAN", "DE## #### #### #### #### ##")), ("Auszug", str(c.rng.randint(1, 40)))],
        table=rows)


def bank_terms(c: Ctx) -> Text:
    return Text(
        c.pick("Änderung unserer Allgemeinen Geschäftsbedingungen", "Anpassung des Preis- und Leistungsverzeichnisses"),
        [f"zum {c.dl.mention(c.rng.randint(45, 70))} ändern sich die Entgelte für Geschäftskonten. "
         f"Die Kontoführung kostet künftig {c.money(9, 29)} monatlich.",
         "Die Änderungen gelten als genehmigt, wenn Sie nicht vor ihrem Wirksamwerden widersprechen. "
         "Eine Gegenüberstellung finden Sie in der Anlage."],
        extra_pages=[("Gegenüberstellung der Entgelte",
                      ["Kontoführung Business Basis: bisher 7,90 EUR, neu 12,50 EUR",
                       "Beleghafte Überweisung: bisher 1,50 EUR, neu 2,50 EUR",
                       "Girocard je Karte und Jahr: unverändert 12,00 EUR"])] if c.rng.random() < 0.5 else [])


def bank_kyc(c: Ctx) -> Text:
    return Text(
        c.pick("Aktualisierung Ihrer Legitimationsdaten", "Überprüfung nach dem Geldwäschegesetz"),
        [f"nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu Ihrem Unternehmen aktuell zu "
         f"halten. Bitte senden Sie uns {c.dl.any(c.rng.choice([21, 30]))} einen aktuellen "
         "Handelsregisterauszug und die Angaben zu den wirtschaftlich Berechtigten.",
         "Erhalten wir die Unterlagen nicht, müssen wir die Geschäftsbeziehung gegebenenfalls einschränken."],
        info=[("Kundennummer", c.ref("Kundennummer", "#######"))])


def bank_return_debit(c: Ctx) -> Text:
    return Text(
        c.pick("Rücklastschrift", "Benachrichtigung über eine nicht eingelöste Lastschrift"),
        [f"die Lastschrift von {c.mention or 'Stadtwerke Spreeau GmbH'} über {c.money(40, 3000)} konnte "
         "mangels Deckung nicht eingelöst werden.",
         f"Für die Benachrichtigung berechnen wir ein Entgelt von {c.money(3, 9)}. Bitte sorgen Sie für "
         "ausreichende Deckung und setzen Sie sich mit dem Zahlungsempfänger in Verbindung."],
        info=[("Konto", c.ref("Konto", "####### ##"))])


def bank_loan(c: Ctx) -> Text:
    return Text(
        c.pick("Ihr Investitionsdarlehen - Zinsanpassung", "Darlehensvertrag: Ende der Zinsbindung"),
        [f"die Zinsbindung Ihres Darlehens Nr. {c.ref('Darlehen', '####-###')} endet am "
         f"{c.dl.mention(c.rng.randint(60, 120))}. Die Restschuld beträgt {c.money(8000, 250000)}.",
         f"Gern unterbreiten wir Ihnen ein Angebot zur Anschlussfinanzierung. Bitte teilen Sie uns "
         f"{c.dl.absolute(c.rng.choice([21, 28, 30]))} mit, ob Sie die Finanzierung fortführen möchten."])


def bank_card(c: Ctx) -> Text:
    return Text(
        c.pick("Ihre neue Firmenkreditkarte", "Ihre persönliche Geheimzahl (PIN)", "Aktivierung photoTAN"),
        ["mit diesem Schreiben erhalten Sie die Unterlagen für Ihre neue Karte. Bitte bewahren Sie PIN "
         "und Karte getrennt voneinander auf.",
         f"Die bisherige Karte mit den Endziffern {c.rng.randint(1000, 9999)} verliert mit Ablauf des "
         "Monats ihre Gültigkeit. Bitte vernichten Sie sie."])


# ---------------------------------------------------------------- insurance
def ins_premium(c: Ctx) -> Text:
    return Text(
        c.pick("Beitragsrechnung", "Beitragsrechnung zu Ihrer Betriebshaftpflichtversicherung",
               "Jahresbeitrag Inhaltsversicherung"),
        [f"für den Versicherungszeitraum {c.dl.mention(5)} bis {c.dl.mention(370)} berechnen wir "
         f"den Beitrag zu Ihrem Vertrag einschließlich Versicherungsteuer mit {c.money(180, 6000)}.",
         f"Bitte zahlen Sie den Beitrag {c.dl.absolute(c.rng.choice([14, 30]))}. Liegt uns ein SEPA-Mandat "
         "vor, buchen wir den Betrag ab.",
         "Bei Zahlungsverzug kann der Versicherungsschutz entfallen (§§ 37, 38 VVG)."],
        info=[("Versicherungsschein-Nr.", c.ref("Versicherungsschein", "AA-########"))])


def ins_change(c: Ctx) -> Text:
    return Text(
        c.pick("Nachtrag zum Versicherungsschein", "Beitragsanpassung", "Änderung Ihres Vertrages"),
        [f"aufgrund der gestiegenen Schadenaufwendungen passen wir den Beitrag ab der nächsten Hauptfälligkeit "
         f"an. Der neue Jahresbeitrag beträgt {c.money(300, 5000)}.",
         f"Sie können den Vertrag {c.dl.relative(30)} zum Zeitpunkt des Wirksamwerdens kündigen. "
         "Der Nachtrag ersetzt die bisherigen Angaben im Versicherungsschein."],
        info=[("Vertragsnummer", c.ref("Vertrag", "##.###.######"))])


def ins_claim(c: Ctx) -> Text:
    return Text(
        c.pick("Ihr Schaden vom", "Schadenregulierung", "Schadenmeldung - Eingangsbestätigung"),
        [f"wir bestätigen den Eingang Ihrer Schadenmeldung zum Leitungswasserschaden in Ihren Büroräumen "
         f"vom {c.dl.mention(-c.rng.randint(10, 40))}.",
         f"Nach Prüfung regulieren wir den Schaden mit {c.money(300, 18000)} abzüglich Selbstbeteiligung. "
         f"Bitte reichen Sie die Reparaturrechnung {c.dl.absolute(c.rng.choice([14, 21]))} nach."],
        info=[("Schadennummer", c.ref("Schaden", "S-####-######"))])


# ---------------------------------------------------------------- reminder
def rem_supplier(c: Ctx) -> Text:
    level = c.pick("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung vor Übergabe an Inkasso")
    inv = c.ref("Rechnungsnummer", "RE-####-###")
    return Text(
        f"{level} - Rechnung {inv}",
        [f"sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {inv} vom "
         f"{c.dl.mention(-c.rng.randint(30, 60))} über {c.money(80, 6000)} noch offen ist.",
         f"Bitte überweisen Sie den Betrag {c.dl.any(c.rng.choice([7, 10, 14]))}. Für diese Mahnung "
         f"berechnen wir Mahngebühren von {c.money(5, 15)}.",
         "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es als gegenstandslos."],
        info=[("Kundennummer", c.ref("Kundennummer", "K######"))])


def rem_inkasso(c: Ctx) -> Text:
    return Text(
        c.pick("Forderungsangelegenheit", "Zahlungsaufforderung Inkasso", "Letzte außergerichtliche Mahnung"),
        [f"unser Auftraggeber {c.mention or 'Papierhaus Elbflorenz GmbH'} hat uns mit dem Einzug der "
         f"offenen Forderung beauftragt. Hauptforderung {c.money(150, 5000)}, Zinsen, Inkassokosten "
         f"{c.money(40, 200)}.",
         f"Zahlen Sie den Gesamtbetrag {c.dl.absolute(c.rng.choice([7, 10]))}, um weitere Kosten und "
         "ein gerichtliches Mahnverfahren zu vermeiden."],
        info=[("Aktenzeichen", c.ref("Aktenzeichen", "IK-#######"))])


def rem_rent(c: Ctx) -> Text:
    return Text(
        c.pick("Mietrückstand", "Zahlungsverzug Gewerbemiete"),
        [f"die Miete für die Büroeinheit ist für die Monate {c.pick('September und Oktober', 'Oktober und November')} "
         f"nicht eingegangen. Der Rückstand beträgt {c.money(900, 9000)}.",
         f"Wir fordern Sie auf, den Rückstand {c.dl.any(c.rng.choice([10, 14]))} auszugleichen."])


def rem_statement(c: Ctx) -> Text:
    rows = [["Beleg", "Datum", "offen"]]
    for _ in range(c.rng.randint(2, 5)):
        rows.append([c.ref("Beleg", "RE ######"), c.dl.mention(-c.rng.randint(20, 90)), c.fmt_money(c.rng.uniform(40, 2000))])
    return Text(
        "Kontoauszug offene Posten",
        [f"laut unserer Buchhaltung sind folgende Posten überfällig. Gesamtsumme {c.money(200, 8000)}.",
         f"Wir bitten um Ausgleich {c.dl.absolute(c.rng.choice([7, 14]))}."], table=rows)


# ---------------------------------------------------------------- invoice
def inv_utility(c: Ctx) -> Text:
    return Text(
        c.pick("Jahresverbrauchsabrechnung Strom", "Abschlagsrechnung Erdgas", "Ihre Rechnung Wasser/Abwasser"),
        [f"für den Abrechnungszeitraum {c.dl.mention(-365)} bis {c.dl.mention(-5)} ergibt sich ein "
         f"Rechnungsbetrag von {c.money(120, 4800)}.",
         f"Der Betrag wird {c.dl.absolute(c.rng.choice([14, 17, 21]), lead=c.pick('fällig am', 'zum Fälligkeitstermin'))} "
         "per Lastschrift eingezogen. Ihr neuer monatlicher Abschlag beträgt " + c.money(40, 400) + ".",
         "Die Verbrauchswerte entnehmen Sie bitte der Rückseite."],
        info=[("Vertragskonto", c.ref("Vertragskonto", "#### #### ####")),
              ("Rechnungsnummer", c.ref("Rechnungsnummer", "##########"))],
        extra_pages=[("Verbrauchsübersicht", ["Zählernummer 1ESY" + str(c.rng.randint(100000, 999999)),
                                              "Zählerstand alt 48.211 kWh, neu 53.902 kWh",
                                              "Arbeitspreis 31,42 ct/kWh, Grundpreis 12,90 EUR/Monat"])]
        if c.rng.random() < 0.5 else [])


def inv_supplier(c: Ctx) -> Text:
    rows, total = _positions(c, ["Kopierpapier A4 80 g", "Toner schwarz", "Wartungspauschale",
                                 "Montage Trennwand", "Beratung (Stunden)", "Visitenkarten 500 St.",
                                 "Reinigung Büroflächen"], 20, 900)
    nr = c.ref("Rechnungsnummer", "####/##")
    return Text(
        c.pick(f"Rechnung Nr. {nr}", f"Rechnung {nr}", "Abschlagsrechnung", "Gutschrift"),
        [f"für unsere Leistungen erlauben wir uns zu berechnen: Gesamtbetrag inkl. 19 % USt. {total}.",
         f"Zahlbar {c.dl.any(c.rng.choice([10, 14, 30]))} ohne Abzug.",
         f"Lieferadresse: {c.mention}" if c.mention else "Vielen Dank für Ihren Auftrag."],
        info=[("Rechnungsnummer", nr), ("Lieferdatum", c.dl.mention(-c.rng.randint(2, 14)))], table=rows)


def inv_telecom(c: Ctx) -> Text:
    return Text(
        f"Ihre Rechnung für {c.pick('Oktober', 'November')} {c.date.year}",
        [f"Ihre Rechnung für Festnetz und Mobilfunk beträgt {c.money(29, 600)}.",
         f"Der Betrag ist {c.dl.absolute(c.rng.choice([7, 10]), lead='fällig am')} und wird von Ihrem Konto abgebucht.",
         "Ihre Einzelverbindungsnachweise finden Sie im Kundenportal."],
        info=[("Kundennummer", c.ref("Kundennummer", "#########")),
              ("Rechnungsnummer", c.ref("Rechnungsnummer", "AA ########"))])


def inv_advisor(c: Ctx) -> Text:
    return Text(
        "Honorarrechnung Finanzbuchhaltung und Jahresabschluss",
        [f"für die Erstellung der Umsatzsteuer-Voranmeldungen und die laufende Buchhaltung berechnen wir "
         f"gemäß StBVV {c.money(300, 3000)} zuzüglich Auslagenpauschale.",
         f"Bitte überweisen Sie den Betrag {c.dl.any(14)}. Die Steuererklärungen für das Finanzamt "
         "reichen wir nach Ihrer Freigabe ein."],
        info=[("Rechnungsnummer", c.ref("Rechnungsnummer", "H-####-##"))])


# ---------------------------------------------------------------- contract
def con_offer(c: Ctx) -> Text:
    return Text(
        c.pick("Angebot Nr. " + c.ref("Angebot", "AN-#####"), "Auftragsbestätigung", "Ihr Wartungsvertrag"),
        [f"wir bedanken uns für Ihre Anfrage und bestätigen den Auftrag über die Lieferung und Einrichtung "
         f"von zwei Multifunktionsgeräten zu einem Gesamtpreis von {c.money(1500, 16000)}.",
         f"Bitte senden Sie uns die beigefügte Vertragsausfertigung {c.dl.absolute(c.rng.choice([10, 14]))} "
         "unterschrieben zurück. Es gelten unsere Allgemeinen Geschäftsbedingungen."],
        extra_pages=[("Allgemeine Geschäftsbedingungen (Auszug)",
                      ["§ 1 Geltungsbereich: Diese Bedingungen gelten für alle Verträge mit Unternehmern.",
                       "§ 4 Laufzeit: Der Vertrag läuft 36 Monate und verlängert sich um je 12 Monate.",
                       "§ 9 Gerichtsstand ist der Sitz des Anbieters."])] if c.rng.random() < 0.4 else [])


def con_price(c: Ctx) -> Text:
    return Text(
        c.pick("Preisanpassung zum Jahreswechsel", "Änderung Ihrer Vertragskonditionen"),
        [f"zum {c.dl.mention(c.rng.randint(35, 60))} passen wir die Preise an. Ihr monatlicher Grundpreis "
         f"erhöht sich auf {c.money(15, 300)}.",
         f"Sie haben ein Sonderkündigungsrecht; die Kündigung muss uns {c.dl.absolute(c.rng.choice([21, 28]))} "
         "vorliegen. Andernfalls läuft Ihr Vertrag zu den neuen Preisen weiter."])


def con_renewal(c: Ctx) -> Text:
    return Text(
        c.pick("Verlängerung Ihres Mietvertrages", "Vertragsverlängerung", "Nachtrag Nr. 2 zum Gewerbemietvertrag"),
        [f"der Mietvertrag über die Büroflächen endet zum {c.dl.mention(c.rng.randint(90, 150))}. Wir bieten "
         f"Ihnen eine Verlängerung um drei Jahre zu einer Monatsmiete von {c.money(800, 6000)} an.",
         f"Bitte teilen Sie uns {c.dl.any(c.rng.choice([14, 21, 30]))} mit, ob Sie das Angebot annehmen."])


def con_termination(c: Ctx) -> Text:
    return Text(
        c.pick("Kündigungsbestätigung", "Bestätigung Ihrer Kündigung", "Kündigung des Rahmenvertrages"),
        [f"hiermit bestätigen wir die Kündigung Ihres Vertrages Nr. {c.ref('Vertrag', '#######')} "
         f"zum {c.dl.mention(c.rng.randint(30, 90))}.",
         "Bis dahin erbringen wir unsere Leistungen unverändert. Eventuelle Guthaben erstatten wir nach "
         "der Schlussabrechnung."])


# ---------------------------------------------------------------- advertising
def adv_catalog(c: Ctx) -> Text:
    return Text(
        c.pick("Neu: der Herbstkatalog ist da!", "Exklusiv für Geschäftskunden: 20 % auf Bürostühle",
               "Ihr persönlicher Gutschein"),
        ["ergonomische Arbeitsplätze steigern die Zufriedenheit Ihrer Mitarbeiter. Entdecken Sie über "
         "2.000 Produkte für Büro und Konferenzraum.",
         f"Als Neukunde erhalten Sie einen Rabatt von {c.money(20, 150)} auf Ihre erste Bestellung. "
         "Einfach den Gutscheincode im Online-Shop eingeben.",
         "Sie möchten keine Werbung mehr erhalten? Eine kurze Nachricht genügt."])


def adv_directory(c: Ctx) -> Text:
    # Looks like an invoice, is an offer: the classic trap.
    return Text(
        c.pick("Eintragungsofferte", "Angebot Brancheneintrag", "Aktualisierung Ihres Firmeneintrags"),
        [f"wir bieten Ihnen die Eintragung Ihres Unternehmens in unser Online-Verzeichnis an. Der "
         f"Jahrespreis beträgt {c.money(390, 1290)} zzgl. USt.",
         "Dies ist keine Rechnung, sondern ein Angebot. Durch Unterzeichnung und Rücksendung des "
         "Formulars kommt ein Vertrag mit einer Laufzeit von zwei Jahren zustande."])


def adv_seminar(c: Ctx) -> Text:
    return Text(
        c.pick("Webinar: E-Rechnung ab 2027 - sind Sie vorbereitet?", "Seminarprogramm 1. Halbjahr",
               "Nur noch wenige Plätze frei"),
        [f"am {c.dl.mention(c.rng.randint(20, 60))} zeigen unsere Experten in 90 Minuten, was sich für "
         f"Ihr Unternehmen ändert. Teilnahmegebühr {c.money(99, 490)} pro Person.",
         "Melden Sie sich jetzt online an und sichern Sie sich den Frühbucherrabatt."])


def adv_leasing(c: Ctx) -> Text:
    return Text(
        c.pick("Ihr neuer Firmenwagen ab 199 EUR im Monat", "Leasing-Angebot für Gewerbetreibende"),
        ["nutzen Sie unsere Konditionen für Gewerbekunden: Elektrofahrzeuge, Transporter und "
         "Kombis mit Wartung und Versicherung aus einer Hand.",
         f"Monatliche Rate ab {c.money(149, 399)}, keine Anzahlung. Rufen Sie uns an, wir beraten Sie gern."])


# ---------------------------------------------------------------- other
def oth_delivery(c: Ctx) -> Text:
    rows = [["Pos.", "Artikel", "Menge"]] + [[str(i), c.pick("Aktenordner", "Bürostuhl", "Monitorarm",
                                                              "Palette Kopierpapier", "Kartonagen"),
                                              str(c.rng.randint(1, 40))] for i in range(1, c.rng.randint(3, 6))]
    return Text(
        c.pick("Lieferschein", "Lieferschein / Packliste", "Warenbegleitschein"),
        [f"wir liefern Ihnen gemäß Auftrag {c.ref('Auftrag', 'A-######')} folgende Waren. "
         "Die Rechnung erhalten Sie gesondert.",
         f"Empfänger der Teillieferung: {c.mention}." if c.mention else "Bitte prüfen Sie die Ware bei Empfang."],
        info=[("Lieferscheinnummer", c.ref("Lieferschein", "LS-######"))], table=rows)


def oth_newsletter(c: Ctx) -> Text:
    return Text(
        c.pick("Mitgliederinformation", "Neues aus dem Verband", "Unser Jahresrückblick"),
        [f"das Jahr {c.date.year} war für unsere Mitgliedsunternehmen bewegt. Auf unserem Herbstempfang "
         "haben wir über Fachkräftegewinnung und Digitalisierung diskutiert.",
         f"Besonders freuen wir uns über unser neues Mitglied {c.mention or 'Elektro Pawlak GmbH'}.",
         "Wir wünschen Ihnen einen guten Jahresausklang."])


def oth_invitation(c: Ctx) -> Text:
    return Text(
        c.pick("Einladung zum Sommerfest", "Einladung: Neujahrsempfang", "Tag der offenen Tür"),
        [f"wir laden Sie herzlich ein, mit uns am {c.dl.mention(c.rng.randint(20, 50))} ab 18 Uhr zu feiern.",
         "Für Essen und Getränke ist gesorgt. Wir freuen uns auf Ihr Kommen."])


def oth_donation(c: Ctx) -> Text:
    return Text(
        c.pick("Bitte helfen Sie uns helfen", "Weihnachtsspende für unser Kinderhospiz"),
        ["seit zwölf Jahren begleiten wir Familien mit schwerkranken Kindern. Jede Spende hilft.",
         "Für Spenden ab 300 EUR stellen wir Ihnen gern eine Zuwendungsbestätigung aus."])


def oth_application(c: Ctx) -> Text:
    return Text(
        c.pick("Bewerbung als Kauffrau für Büromanagement", "Initiativbewerbung", "Arbeitszeugnis"),
        ["mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Ich bringe drei Jahre Erfahrung in "
         "Buchhaltung und Office-Management mit.",
         "Meine Unterlagen finden Sie anbei. Über eine Einladung zum Gespräch würde ich mich freuen."])


def oth_address(c: Ctx) -> Text:
    return Text(
        c.pick("Wir sind umgezogen!", "Mitteilung über unsere neue Anschrift"),
        [f"ab dem {c.dl.mention(c.rng.randint(5, 30))} finden Sie uns unter unserer neuen Anschrift. "
         "Telefonnummern und E-Mail-Adressen bleiben unverändert.",
         "Bitte passen Sie Ihre Stammdaten an. Vielen Dank für die gute Zusammenarbeit."])


DE_BUSINESS = {
    "bank": [bank_statement, bank_terms, bank_kyc, bank_return_debit, bank_loan, bank_card],
    "insurance": [ins_premium, ins_change, ins_claim],
    "reminder": [rem_supplier, rem_inkasso, rem_rent, rem_statement],
    "invoice": [inv_utility, inv_supplier, inv_telecom, inv_advisor],
    "contract": [con_offer, con_price, con_renewal, con_termination],
    "advertising": [adv_catalog, adv_directory, adv_seminar, adv_leasing],
    "other": [oth_delivery, oth_newsletter, oth_invitation, oth_donation, oth_application, oth_address],
}
