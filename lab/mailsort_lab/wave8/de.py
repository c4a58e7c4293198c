"""German wording of wave 8, one writer per category; each fills a Doc and records its deadlines."""

from __future__ import annotations

from mailsort_lab.wave8.doc import Doc

ITEMS = {
    "Strom": [("Arbeitspreis Gewerbestrom", 300, 1400), ("Grundpreis", 12, 30), ("Messstellenbetrieb", 8, 25)],
    "Telefon und Internet": [("Business Glasfaser 500", 59, 89), ("SIP-Trunk, 4 Kanäle", 19, 39), ("Rufnummernblock", 5, 15)],
    "Büromaterial": [("Kopierpapier A4, 80 g, Karton", 22, 40), ("Toner schwarz, Hochleistung", 60, 140), ("Hängeregistraturen, 25 Stück", 12, 30)],
    "Unterhaltsreinigung": [("Unterhaltsreinigung Büroflächen", 300, 900), ("Glasreinigung innen", 80, 240), ("Sanitärverbrauchsmaterial", 20, 70)],
    "Drucksachen": [("Visitenkarten, 4/4-farbig, 500 Stück", 40, 90), ("Briefbogen, 1.000 Stück", 90, 180), ("Imagebroschüre, 16 Seiten", 400, 1200)],
    "IT-Betreuung": [("Wartungspauschale Server", 150, 450), ("Remote-Support nach Aufwand", 85, 110), ("Lizenz Endpoint-Schutz", 30, 90)],
    "Kurierfahrten": [("Direktfahrt innerhalb Berlins", 25, 60), ("Wartezeit je 15 Min.", 8, 12), ("Express-Zuschlag", 10, 30)],
}
REFS = ("Ihr Zeichen", "Unser Zeichen", "Kundennummer", "Vorgang", "Sachbearbeitung")


def _items(doc: Doc) -> float:
    rng = doc.rng
    rows = ITEMS.get(doc.sender.trade, ITEMS["Büromaterial"])
    pick = rng.sample(rows, rng.randint(1, len(rows)))
    doc.table = [["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Betrag"]]
    net = 0.0
    for i, (what, lo, hi) in enumerate(pick, 1):
        qty = rng.choice((1, 1, 1, 2, 3, 5))
        price = round(rng.uniform(lo, hi), 2)
        net += qty * price
        doc.table.append([str(i), what, str(qty), doc.money(price), doc.money(qty * price)])
    gross = round(net * 1.19, 2)
    doc.table += [["", "Nettobetrag", "", "", doc.money(net)], ["", "zzgl. 19 % USt.", "", "", doc.money(gross - net)],
                  ["", "Rechnungsbetrag", "", "", doc.money(gross)]]
    return gross


def invoice(doc: Doc) -> None:
    rng = doc.rng
    no = doc.ref("RE-2026-")
    doc.info += [("Rechnungsnummer", no), ("Kundennummer", doc.ref("K")), ("Rechnungsdatum", doc.date_text)]
    start = doc.earlier(25, 40)
    doc.info.append(("Leistungszeitraum", f"{start} – {doc.earlier(1, 5)}"))
    credit = rng.random() < 0.1
    total = _items(doc)
    if credit:
        doc.template, doc.subject = "de-credit", f"Gutschrift {no.replace('RE', 'GS')}"
        doc.paragraphs = [f"für die Rückgabe beanstandeter Ware schreiben wir Ihnen {doc.money(total)} gut.",
                          "Der Betrag wird mit unserer nächsten Rechnung verrechnet. Eine Zahlung Ihrerseits ist nicht erforderlich."]
        doc.tags.append("no-deadline")
        return
    doc.template = "de-invoice"
    doc.subject = rng.choice((f"Rechnung Nr. {no}", f"Ihre Rechnung {no}", f"Rechnung {no} – {doc.sender.trade}"))
    if doc.sender.kind in ("utility", "telecom") and rng.random() < 0.6:
        doc.subject = rng.choice(("Ihre Verbrauchsabrechnung", f"Abschlagsrechnung {no}")) if doc.sender.kind == "utility" \
            else f"Ihre Monatsrechnung {doc.earlier(28, 31)[3:] if doc.bstyle == 'dot' else no}"
    how = rng.choice(("absolute", "relative", "relative", "debit"))
    first = rng.choice(("vielen Dank für Ihren Auftrag. Für unsere Leistungen berechnen wir Ihnen wie folgt:",
                        f"wir bedanken uns für die Zusammenarbeit und stellen Ihnen unsere Leistungen ({doc.sender.trade}) in Rechnung.",
                        "anbei erhalten Sie die Abrechnung für den oben genannten Leistungszeitraum."))
    if how == "absolute":
        pay = f"Bitte überweisen Sie den Rechnungsbetrag bis zum {doc.until(10, 30)} unter Angabe der Rechnungsnummer."
    elif how == "relative":
        pay = f"Der Rechnungsbetrag ist {doc.within(('invoice', 'letter'))} ohne Abzug zur Zahlung fällig."
    else:
        pay = (f"Den Betrag buchen wir am {doc.event(5, 12, 'debit-date')} per SEPA-Lastschrift von Ihrem Konto ab "
               f"(Mandatsreferenz {doc.ref('MR-')}). Bitte sorgen Sie für ausreichende Deckung.")
    doc.paragraphs = [first, pay, rng.choice(("Bei Fragen zu dieser Rechnung erreichen Sie uns werktags von 8 bis 17 Uhr.",
                                              "Leistungsdatum entspricht dem Leistungszeitraum, sofern nicht anders angegeben."))]


def reminder(doc: Doc) -> None:
    rng = doc.rng
    no = doc.ref("RE-2026-")
    level = rng.choice(("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"))
    inv = doc.earlier(20, 60)
    amount = doc.money(rng.uniform(80, 4200))
    doc.info += [("Kundennummer", doc.ref("K")), ("Rechnung", no), ("Datum", doc.date_text)]
    if doc.sender.kind == "private":
        doc.template, doc.subject = "de-rent", "Mietrückstand Lagerraum Kastanienallee"
        doc.paragraphs = [f"leider ist die Miete für den Lagerraum seit dem {inv} nicht mehr eingegangen; offen sind derzeit {amount}.",
                          f"Ich bitte Sie, den Rückstand bis spätestens {doc.until(7, 14)} auf mein Ihnen bekanntes Konto zu überweisen.",
                          "Sollte sich die Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos."]
        return
    if doc.sender.kind == "inkasso":
        doc.template, doc.subject = "de-inkasso", f"Forderungsangelegenheit Az. {doc.ref('NO-')}"
        doc.paragraphs = [f"unsere Mandantin, die {rng.choice(('Adlershof Büromöbel GmbH', 'Spreewerk Energie GmbH'))}, hat uns mit der Einziehung "
                          f"ihrer Forderung aus der Rechnung {no} vom {inv} beauftragt.",
                          f"Einschließlich unserer Gebühren nach dem RVG beläuft sich die Forderung auf {amount}. Wir fordern Sie auf, "
                          f"diesen Betrag {doc.within(('letter', 'printed'))} zu begleichen.",
                          "Andernfalls werden wir unserer Mandantin empfehlen, die Forderung gerichtlich geltend zu machen."]
        return
    doc.template, doc.subject = "de-dunning", f"{level} – Rechnung {no}"
    soft = level == "Zahlungserinnerung"
    doc.paragraphs = [(f"im Alltag kann schon einmal etwas übersehen werden: Unsere Rechnung {no} vom {inv} über {amount} ist noch offen."
                       if soft else f"trotz unserer Zahlungserinnerung ist unsere Rechnung {no} vom {inv} über {amount} bis heute nicht ausgeglichen."),
                      f"Bitte gleichen Sie den offenen Betrag bis zum {doc.until(5, 14)} aus." if rng.random() < 0.6 else
                      f"Bitte gleichen Sie den offenen Betrag {doc.within()} aus.",
                      "Haben Sie bereits gezahlt, so betrachten Sie dieses Schreiben bitte als gegenstandslos."
                      if soft else f"Für diese Mahnung berechnen wir eine Gebühr von {doc.money(5)}."]


def tax(doc: Doc) -> None:
    rng = doc.rng
    stnr = f"{rng.randint(10, 37)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
    doc.info += [("Steuernummer", stnr), ("Datum", doc.date_text), ("Telefon", f"030 9024 {rng.randint(10, 99)}-{rng.randint(100, 999)}")]
    kind = rng.choice(("bescheid", "vorauszahlung", "anforderung", "pruefung", "erinnerung")) if doc.sender.kind == "finanzamt" else doc.sender.kind
    doc.template = f"de-tax-{kind}"
    if kind == "bescheid":
        tax_kind = rng.choice(("Körperschaftsteuer", "Umsatzsteuer", "Gewerbesteuermessbetrag"))
        doc.subject = f"Bescheid für 2024 über {tax_kind}"
        doc.paragraphs = [f"die Steuer wird festgesetzt auf {doc.money(rng.uniform(800, 24000))}. Abzüglich der geleisteten Vorauszahlungen "
                          f"verbleibt eine Nachzahlung von {doc.money(rng.uniform(100, 6000))}.",
                          f"Bitte zahlen Sie die Nachzahlung bis zum {doc.until(30, 35)}.",
                          "Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden. Die Frist für die Einlegung "
                          "des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem Ihnen der Bescheid bekannt "
                          "gegeben worden ist."]
        doc.tags.append("period-from-unknown-day-unlabelled")
    elif kind == "vorauszahlung":
        doc.subject = "Festsetzung der Umsatzsteuer-Vorauszahlungen"
        first = doc.until(10, 20)
        doc.paragraphs = ["die Vorauszahlungen werden mit diesem Bescheid neu festgesetzt.",
                          f"Die erste angepasste Vorauszahlung ist am {first} fällig, die folgende am {doc.until(85, 95)}.",
                          "Bitte beachten Sie, dass bei verspäteter Zahlung Säumniszuschläge entstehen."]
    elif kind == "anforderung":
        doc.subject = rng.choice(("Aufforderung zur Abgabe der Steuererklärungen 2024", "Anforderung von Unterlagen"))
        doc.paragraphs = [rng.choice(("für die Bearbeitung Ihrer Steuerangelegenheit benötige ich noch folgende Unterlagen: Summen- und "
                                      "Saldenliste, Anlagenverzeichnis sowie die Darlehensverträge mit Ihren Gesellschaftern.",
                                      "für die Bearbeitung benötige ich noch die Summen- und Saldenliste und das Anlagenverzeichnis.")),
                          f"Bitte reichen Sie die Unterlagen {doc.within()} ein.",
                          "Reichen Sie die Unterlagen nicht fristgerecht ein, kann ich die Besteuerungsgrundlagen schätzen (§ 162 AO)."]
    elif kind == "pruefung":
        doc.subject = "Prüfungsanordnung – Außenprüfung"
        doc.paragraphs = [f"hiermit ordne ich eine Außenprüfung für die Jahre 2022 bis 2024 an. Beginn der Prüfung: {doc.event(25, 45, 'audit-start')}, 9:00 Uhr.",
                          f"Bitte teilen Sie mir bis zum {doc.until(7, 15)} mit, ob der Termin wahrgenommen werden kann.",
                          "Die Prüfung findet in Ihren Geschäftsräumen statt."]
    elif kind == "erinnerung":
        doc.subject = "Erinnerung an die Abgabe der Umsatzsteuer-Voranmeldung"
        doc.paragraphs = [f"die Umsatzsteuer-Voranmeldung für {rng.choice(('Januar', 'Februar', 'das 1. Quartal', 'Mai'))} 2026 liegt mir noch nicht vor.",
                          f"Ich bitte Sie, die Anmeldung bis zum {doc.until(7, 14)} elektronisch zu übermitteln.",
                          "Wird die Anmeldung nicht abgegeben, kann ein Verspätungszuschlag festgesetzt werden."]
    elif kind == "bzst":
        doc.subject = "Erteilung einer Umsatzsteuer-Identifikationsnummer"
        doc.paragraphs = [f"Ihnen wurde die Umsatzsteuer-Identifikationsnummer DE{rng.randint(100000000, 999999999)} erteilt.",
                          "Bitte verwenden Sie diese Nummer bei innergemeinschaftlichen Lieferungen und Leistungen.", ]
        doc.tags.append("no-deadline")
    else:
        doc.subject = "Einfuhrabgaben – Zahlungsaufforderung"
        doc.paragraphs = [f"für die Einfuhrsendung vom {doc.earlier(5, 20)} sind Einfuhrumsatzsteuer und Zoll in Höhe von {doc.money(rng.uniform(40, 900))} entstanden.",
                          f"Bitte entrichten Sie den Betrag bis zum {doc.until(10, 12)}."]
    doc.salutation = "Sehr geehrte Damen und Herren,"


def legal(doc: Doc) -> None:
    rng = doc.rng
    az = f"{rng.randint(2, 99)} {rng.choice(('C', 'O', 'M'))} {rng.randint(100, 9999)}/26"
    k = doc.sender.kind
    doc.info += [("Aktenzeichen", az), ("Datum", doc.date_text)]
    doc.template = f"de-legal-{k}"
    doc.salutation = "Sehr geehrte Damen und Herren,"
    if k == "court-mahn":
        doc.subject = "Mahnbescheid"
        doc.paragraphs = [f"auf Antrag der {rng.choice(('Adlershof Büromöbel GmbH', 'Kurierblitz Logistik GmbH'))} wird gegen Sie ein Mahnbescheid "
                          f"über {doc.money(rng.uniform(300, 9000))} zuzüglich Zinsen und Kosten erlassen.",
                          "Sie können gegen den Anspruch insgesamt oder teilweise Widerspruch erheben. Der Widerspruch soll binnen zwei "
                          "Wochen ab Zustellung dieses Bescheids bei dem oben bezeichneten Gericht eingehen."]
        doc.tags.append("period-from-unknown-day-unlabelled")
    elif k == "court":
        what = rng.choice(("hearing", "statement"))
        doc.subject = f"In dem Rechtsstreit Feldmark Verlag GmbH ./. {rng.choice(('Ihr Unternehmen', 'Sie'))} – Geschäftsnummer {az}"
        if what == "hearing":
            doc.paragraphs = [f"Termin zur mündlichen Verhandlung wird bestimmt auf {doc.event(30, 70, 'hearing')}, 10:30 Uhr, Saal 2.14.",
                              f"Der Beklagten wird aufgegeben, auf die Klageschrift bis zum {doc.until(14, 21)} schriftlich zu erwidern.",
                              "Das persönliche Erscheinen der Geschäftsführung wird angeordnet."]
        else:
            doc.paragraphs = ["in dem oben bezeichneten Verfahren erhalten Sie anliegend den Schriftsatz der Gegenseite.",
                              f"Es wird Gelegenheit zur Stellungnahme {doc.within()} gegeben.",
                              "Nach Ablauf der Frist wird das Gericht nach Aktenlage entscheiden."]
    elif k == "lawyer":
        doc.subject = rng.choice(("Abmahnung wegen unlauterer Werbung", "Forderung aus Werkvertrag – letzte außergerichtliche Aufforderung"))
        doc.paragraphs = [f"wir zeigen an, dass wir die {rng.choice(('Feldmark Verlag GmbH', 'Orangerie Möbelmanufaktur KG'))} vertreten. Eine auf uns lautende Vollmacht liegt bei.",
                          f"Namens unserer Mandantschaft fordern wir Sie auf, bis zum {doc.until(7, 14)} die beigefügte Erklärung zu unterzeichnen "
                          f"bzw. den ausstehenden Betrag von {doc.money(rng.uniform(900, 15000))} zu zahlen.",
                          "Nach fruchtlosem Fristablauf werden wir unserer Mandantschaft empfehlen, gerichtliche Hilfe in Anspruch zu nehmen."]
    elif k == "bailiff":
        doc.subject = f"Zwangsvollstreckung – DR II {rng.randint(100, 2999)}/26"
        doc.paragraphs = ["mir liegt ein Vollstreckungsauftrag gegen Sie vor.",
                          f"Zur Abnahme der Vermögensauskunft bestimme ich Termin auf {doc.event(14, 30, 'appointment')}, 9:00 Uhr, in meinem Geschäftszimmer.",
                          f"Sie können die Vollstreckung abwenden, indem Sie den Gesamtbetrag von {doc.money(rng.uniform(500, 5000))} bis zum {doc.until(7, 12)} zahlen."]
    else:
        doc.subject = f"Insolvenzverfahren über das Vermögen der Kurbelwerk Maschinenhandel GmbH, {az}"
        doc.paragraphs = ["das Amtsgericht Charlottenburg hat das Insolvenzverfahren eröffnet und mich zum Insolvenzverwalter bestellt.",
                          f"Forderungen sind bis zum {doc.until(30, 45)} schriftlich bei mir anzumelden.",
                          f"Der Prüfungstermin findet am {doc.event(50, 80, 'hearing')} statt."]


def authority(doc: Doc) -> None:
    rng = doc.rng
    k = doc.sender.kind
    doc.info += [("Geschäftszeichen", doc.ref("GZ ")), ("Datum", doc.date_text)]
    doc.template = f"de-auth-{k}"
    doc.salutation = "Sehr geehrte Damen und Herren,"
    texts = {
        "register": lambda: ("Eintragung im Handelsregister – Anforderung", [
            "Ihre Anmeldung zur Änderung der Geschäftsanschrift ist bei uns eingegangen.",
            f"Zur Eintragung fehlt noch die notariell beglaubigte Anmeldung. Bitte reichen Sie diese {doc.within()} nach.",
            "Nach fruchtlosem Fristablauf wird die Anmeldung zurückgewiesen."]),
        "chamber": lambda: ("Beitragsbescheid 2026", [
            f"der IHK-Beitrag für 2026 wird auf {doc.money(rng.uniform(150, 900))} festgesetzt.",
            f"Der Betrag ist fällig am {doc.until(14, 30)}.",
            f"Hinweis: Unser Unternehmerabend für Mitglieder findet am {doc.event(20, 60, 'event')} statt."]),
        "ordnung": lambda: ("Anhörung im Bußgeldverfahren", [
            f"Ihnen wird vorgeworfen, am {doc.earlier(10, 30)} ein Werbeschild ohne Sondernutzungserlaubnis aufgestellt zu haben.",
            f"Sie haben Gelegenheit, sich bis zum {doc.until(10, 21)} zu dem Vorwurf zu äußern."]),
        "gewerbe": lambda: ("Gewerbeanmeldung – fehlende Angaben", [
            "zu Ihrer Gewerbeummeldung fehlen noch Angaben zur Tätigkeit.",
            f"Bitte ergänzen Sie das Formular bis zum {doc.until(10, 20)}."]),
        "kasse": lambda: ("Beitragsnachweis fehlt", [
            f"für den Monat {rng.choice(('März', 'Juni', 'September'))} 2026 liegt uns kein Beitragsnachweis vor.",
            f"Bitte übermitteln Sie den Nachweis {doc.within()}.",
            f"Die Beiträge in Höhe von voraussichtlich {doc.money(rng.uniform(400, 4000))} werden sonst geschätzt."]),
        "drv": lambda: ("Ankündigung einer Betriebsprüfung", [
            f"wir werden am {doc.event(30, 60, 'audit-start')} eine Betriebsprüfung nach § 28p SGB IV durchführen.",
            f"Bitte bestätigen Sie den Termin bis zum {doc.until(10, 20)} und halten Sie die Entgeltunterlagen bereit."]),
        "bg": lambda: ("Beitragsbescheid für das Umlagejahr 2025", [
            f"der Beitrag für 2025 beträgt {doc.money(rng.uniform(100, 2000))}.",
            f"Er ist bis zum {doc.until(14, 28)} zu zahlen."]),
        "rundfunk": lambda: ("Festsetzungsbescheid Rundfunkbeitrag", [
            f"für die Betriebsstätte Friedrichstraße 123 sind Rundfunkbeiträge von {doc.money(rng.uniform(50, 400))} rückständig.",
            f"Bitte überweisen Sie den Betrag {doc.within()}.",
            "Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden."]),
        "statistik": lambda: ("Auskunftspflicht zur Dienstleistungsstatistik 2025", [
            "Ihr Unternehmen wurde für die Dienstleistungsstatistik ausgewählt; es besteht Auskunftspflicht.",
            f"Bitte melden Sie Ihre Angaben online bis zum {doc.until(20, 40)}."]),
    }
    doc.subject, doc.paragraphs = texts[k]()
    if k == "rundfunk":
        doc.tags.append("period-from-unknown-day-unlabelled")


def bank(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Kontonummer", doc.ref("")), ("Datum", doc.date_text)]
    k = rng.choice(("kyc", "terms", "return", "closing"))
    doc.template = f"de-bank-{k}"
    if k == "kyc":
        doc.subject = "Aktualisierung Ihrer Legitimationsdaten"
        doc.paragraphs = ["nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu unseren Kunden aktuell zu halten.",
                          f"Bitte senden Sie uns bis zum {doc.until(14, 30)} eine aktuelle Gesellschafterliste und einen Handelsregisterauszug.",
                          "Liegen die Unterlagen nicht vor, müssen wir die Geschäftsbeziehung gegebenenfalls einschränken."]
    elif k == "terms":
        doc.subject = "Änderung unserer Allgemeinen Geschäftsbedingungen und des Preisverzeichnisses"
        doc.paragraphs = [f"zum {doc.event(55, 75, 'effective-date')} ändern wir die Entgelte für Geschäftskonten.",
                          f"Widersprechen Sie den Änderungen nicht bis zum {doc.until(30, 50)}, gilt Ihre Zustimmung als erteilt.",
                          "Die Einzelheiten entnehmen Sie bitte der beigefügten Gegenüberstellung."]
    elif k == "return":
        doc.subject = "Rücklastschrift"
        doc.paragraphs = [f"die Lastschrift der Spreewerk Energie GmbH über {doc.money(rng.uniform(40, 900))} konnte mangels Deckung nicht eingelöst werden.",
                          f"Für die Rückgabe berechnen wir {doc.money(3.5)}. Bitte sorgen Sie bis zum {doc.until(5, 10)} für einen Ausgleich Ihres Kontos."]
    else:
        doc.subject = f"Rechnungsabschluss zum {doc.earlier(1, 10)}"
        doc.paragraphs = [f"der Rechnungsabschluss Ihres Kontos weist einen Saldo von {doc.money(rng.uniform(100, 60000))} aus.",
                          "Einwendungen gegen den Rechnungsabschluss sind innerhalb von sechs Wochen nach dessen Zugang zu erheben."]
        doc.tags.append("period-from-unknown-day-unlabelled")


def insurance(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Versicherungsschein-Nr.", doc.ref("VS-")), ("Datum", doc.date_text)]
    k = rng.choice(("premium", "claim", "adjust"))
    doc.template = f"de-ins-{k}"
    if k == "premium":
        doc.subject = f"Beitragsrechnung {doc.sender.trade}"
        doc.paragraphs = [f"für den Versicherungszeitraum bis {doc.event(200, 300, 'contract-end')} beträgt der Jahresbeitrag {doc.money(rng.uniform(200, 3000))}.",
                          f"Bitte zahlen Sie den Erstbeitrag bis zum {doc.until(14, 21)}. Bei Nichtzahlung besteht kein Versicherungsschutz."]
    elif k == "claim":
        doc.subject = f"Ihr Schaden vom {doc.earlier(10, 40)}"
        doc.paragraphs = ["vielen Dank für Ihre Schadenmeldung. Zur weiteren Prüfung benötigen wir eine Aufstellung der beschädigten Gegenstände mit Belegen.",
                          f"Bitte reichen Sie die Unterlagen {doc.within()} ein."]
    else:
        doc.subject = "Beitragsanpassung zur Hauptfälligkeit"
        doc.paragraphs = [f"zur Hauptfälligkeit am {doc.event(40, 80, 'effective-date')} erhöht sich Ihr Beitrag um 6,5 %.",
                          f"Sie können den Vertrag bis zum {doc.until(20, 35)} kündigen, wenn Sie mit der Anpassung nicht einverstanden sind."]


def contract(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Vertragsnummer", doc.ref("V-")), ("Datum", doc.date_text)]
    k = rng.choice(("renewal", "price", "confirm", "termination"))
    doc.template = f"de-contract-{k}"
    if k == "renewal":
        doc.subject = "Ihr Vertrag verlängert sich"
        end = doc.event(90, 150, "contract-end")
        doc.paragraphs = [f"Ihr Vertrag über {doc.sender.trade} läuft zum {end} aus und verlängert sich automatisch um zwölf Monate.",
                          f"Möchten Sie nicht verlängern, muss uns Ihre Kündigung bis zum {doc.until(30, 60)} vorliegen."]
    elif k == "price":
        doc.subject = "Preisanpassung zum Jahreswechsel"
        doc.paragraphs = [f"ab dem {doc.event(40, 70, 'effective-date')} gelten für {doc.sender.trade} neue Preise; die Einzelheiten finden Sie in der Anlage.",
                          f"Sie haben ein Sonderkündigungsrecht, das Sie {doc.within(('letter', 'printed'))} ausüben können."]
    elif k == "confirm":
        doc.subject = "Auftragsbestätigung"
        doc.paragraphs = [f"wir bestätigen Ihren Auftrag vom {doc.earlier(2, 10)} (Leistung: {doc.sender.trade}). Leistungsbeginn ist der {doc.event(10, 30, 'service-start')}.",
                          "Es gelten unsere beigefügten Allgemeinen Geschäftsbedingungen."]
        doc.tags.append("no-deadline")
    else:
        doc.subject = "Bestätigung Ihrer Kündigung"
        doc.paragraphs = [f"wir bestätigen den Eingang Ihrer Kündigung vom {doc.earlier(3, 15)}. Der Vertrag endet zum {doc.event(30, 120, 'contract-end')}.",
                          "Die Leihgeräte holen wir nach Vertragsende kostenfrei bei Ihnen ab."]
        doc.tags.append("no-deadline")


def advertising(doc: Doc) -> None:
    rng = doc.rng
    doc.template = f"de-ad-{doc.sender.kind}"
    doc.info += [("Datum", doc.date_text)]
    doc.subject = {"vendor": f"Neu: {doc.sender.trade} zum Einführungspreis", "directory": "Ihr Firmeneintrag 2026/2027",
                   "events": f"Ihr Platz im {doc.sender.trade} „Mahnwesen kompakt“", "leasing": "Ihr neuer Firmenwagen – ohne Anzahlung"}[doc.sender.kind]
    pitch = {"vendor": "ergonomisches Sitzen senkt Ausfallzeiten nachweislich. Unsere neue Bürostuhl-Serie testen Sie vier Wochen kostenlos in Ihrem Büro.",
             "directory": "werden Sie von Kunden in Ihrer Region gefunden? Mit einem Premium-Eintrag erscheint Ihr Unternehmen ganz oben – "
                          "für nur 89 € im Monat. Dieses Schreiben ist ein Angebot und keine Rechnung.",
             "events": "offene Forderungen kosten Liquidität. In unserem eintägigen Praxisseminar lernen Sie, wie Sie Ihr Mahnwesen straffen.",
             "leasing": "fahren Sie elektrisch – ab 299 € netto im Monat, inklusive Wartung und Versicherung."}[doc.sender.kind]
    doc.paragraphs = [pitch,
                      f"Das Angebot gilt nur bis zum {doc.event(10, 30, 'offer-end')}."
                      if doc.sender.kind != "events" else f"Termin: {doc.event(20, 60, 'event')}, 9:30 bis 16:00 Uhr. Frühbucherrabatt bis {doc.event(5, 15, 'offer-end')}.",
                      rng.choice(("Antworten Sie einfach auf dieses Schreiben – wir melden uns umgehend.",
                                  "Möchten Sie keine Post mehr von uns erhalten, genügt eine kurze Nachricht."))]
    doc.tags.append("no-deadline")


def other(doc: Doc) -> None:
    rng = doc.rng
    k = doc.sender.kind
    doc.template = f"de-other-{k}"
    doc.info += [("Datum", doc.date_text)]
    if k == "charity":
        doc.subject, doc.paragraphs = "Ihre Hilfe für unseren Benefizabend", [
            "seit zwölf Jahren begleiten wir schwerkranke Kinder und ihre Familien.",
            f"Für unseren Benefizabend am {doc.event(20, 60, 'event')} suchen wir Unterstützer. Jede Spende hilft.",
            "Spenden an uns sind steuerlich abzugsfähig; eine Zuwendungsbestätigung senden wir Ihnen gern zu."]
    elif k == "network":
        doc.subject, doc.paragraphs = "Einladung zum Netzwerkabend", [
            f"wir laden Sie herzlich zu unserem Netzwerkabend am {doc.event(14, 40, 'event')} ein.",
            "Um Anmeldung wird gebeten."]
    elif k == "service":
        doc.subject, doc.paragraphs = f"Lieferschein {doc.ref('LS-')}", [
            f"anbei erhalten Sie den Lieferschein zur Sendung vom {doc.earlier(0, 3)}.", "Bitte prüfen Sie die Ware auf Vollständigkeit."]
    elif k == "private":
        doc.subject, doc.paragraphs = "Bewerbung als Bürokaufmann", [
            "mit großem Interesse habe ich Ihre Anzeige gelesen und bewerbe mich hiermit.",
            "Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen."]
    else:
        doc.subject, doc.paragraphs = "Unsere neue Anschrift", [
            f"ab dem {doc.event(10, 40, 'effective-date')} finden Sie uns unter neuer Adresse.", "Bitte passen Sie Ihre Stammdaten an."]
    doc.tags.append("no-deadline")


WRITERS = {"invoice": invoice, "reminder": reminder, "tax": tax, "legal": legal, "authority": authority, "bank": bank,
           "insurance": insurance, "contract": contract, "advertising": advertising, "other": other}
