"""German wave-4 letters, one writer per category; wording written for this set only."""

from __future__ import annotations

from mailsort_lab.wave4.letter import Facts, Letter, Sender

STREETS = ["Am Speicher 4", "Lotsenweg 17", "Hafenkante 2a", "Glockengießerwall 9", "Ziegeleiweg 31",
           "Tuchmacherstraße 6", "Zur Alten Mühle 12", "Kornmarkt 3", "Brückenstraße 48", "Salinenweg 5"]
CITIES = ["28195 Bremen", "24103 Kiel", "99084 Erfurt", "93047 Regensburg", "66111 Saarbrücken",
          "18055 Rostock", "79098 Freiburg", "33602 Bielefeld", "01067 Dresden", "55116 Mainz"]


def _s(f: Facts, name: str, kind: str = "firm") -> Sender:
    extra = []
    if kind == "firm":
        extra = [f"Registergericht {f.pick('Bremen', 'Kiel', 'Jena', 'Mainz')} HRB {f.rng.randint(1000, 99999)}",
                 f"Geschäftsführung: {f.pick('Henrike Olbrich', 'Matthias Grüner', 'Selma Yıldız', 'Piet Carstens')}"]
    return Sender(name, f.pick(*STREETS), f.pick(*CITIES), kind, extra)


def invoice(f: Facts) -> Letter:
    who = f.pick("Nordlicht Druckwerkstatt GmbH", "Kessel & Laub Haustechnik OHG", "Wellenbrecher IT-Dienste GmbH",
                 "Grünspecht Büroausstattung KG", "Stadtwerke Ahrensfelde GmbH", "Funkmast Telekommunikation AG")
    no = f.ref("RE-####-###")
    due = f.deadline()          # once: pick() evaluates every choice
    paras = [f.pick("für die nachstehend aufgeführten Leistungen erlauben wir uns, wie folgt abzurechnen.",
                    "wir danken für Ihren Auftrag und stellen Ihnen vereinbarungsgemäß in Rechnung:",
                    "anbei erhalten Sie die Abrechnung für den zurückliegenden Leistungszeitraum."),
             f"Leistungszeitraum: {f.due.period()}",
             f"Nettobetrag {f.money(80, 3000)}, zzgl. 19 % USt., Gesamtbetrag {f.money(100, 3600)}.",
             f.pick(f"Bitte überweisen Sie den Gesamtbetrag {due} unter Angabe der Rechnungsnummer {no}.",
                    f"Der Betrag ist {due} ohne Abzug fällig.",
                    f"Zahlbar {due} ohne Abzug.")]
    return Letter("invoice", _s(f, who), f"Rechnung Nr. {no}", paras, [("Rechnungsnummer", no),
                  ("Kundennummer", f.ref("K-#####"))])


def reminder(f: Facts) -> Letter:
    who = f.pick("Ostsee Getränkelogistik GmbH", "Falkner Forderungsmanagement GmbH", "Baumhaus Mietverwaltung KG",
                 "Lichtblick Leuchten Vertrieb GmbH")
    no = f.ref("RE-####-##")
    step = f.pick("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung vor Übergabe an das Inkasso")
    paras = [f.pick(f"unsere Rechnung {no} vom {f.due.past()} ist trotz Fälligkeit noch nicht ausgeglichen.",
                    f"bei der Durchsicht unserer Konten haben wir festgestellt, dass der Betrag aus Rechnung {no} "
                    "bislang nicht eingegangen ist."),
             f"Offener Betrag: {f.money(40, 2500)} zuzüglich Mahngebühr {f.money(5, 15)}.",
             f"Wir bitten Sie, den Rückstand {f.deadline()} auszugleichen. Sollte sich Ihre Zahlung mit diesem "
             "Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos."]
    if f.rng.random() < 0.35:
        paras.append("Erfolgt bis dahin keine Zahlung, geben wir die Forderung ohne weitere Ankündigung an ein "
                     "Inkassounternehmen ab.")
    return Letter("reminder", _s(f, who), f"{step} – Rechnung {no}", paras, [("Vorgang", no)])


def tax(f: Facts) -> Letter:
    office = f.pick("Finanzamt Rostock", "Finanzamt Bremen-Nord", "Finanzamt Erfurt", "Finanzamt Mainz-Süd")
    stnr = f.ref("##/###/#####")
    kind = f.rng.random()
    if kind < 0.4:
        subj = f"Anforderung von Unterlagen zur Umsatzsteuer {f.day.year - 1}"
        paras = ["zur Bearbeitung Ihrer Umsatzsteuererklärung benötige ich noch folgende Unterlagen:",
                 "– Aufstellung der innergemeinschaftlichen Lieferungen\n– Kopien der Eingangsrechnungen über 5.000 €",
                 f"Bitte reichen Sie die Unterlagen {f.deadline()} ein. Gehen sie nicht fristgerecht ein, muss ich "
                 "die Besteuerungsgrundlagen schätzen (§ 162 AO)."]
    elif kind < 0.75:
        subj = "Festsetzung von Vorauszahlungen"
        paras = ["die Vorauszahlungen zur Körperschaftsteuer werden wie folgt festgesetzt:",
                 f"Vorauszahlung {f.money(500, 9000)}, fällig {f.due.on(20, 45)}.",
                 # An appeal instruction in standard wording: the house does not count it as a deadline.
                 f.pick("Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Einspruch eingelegt werden.",
                        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch zulässig.")]
    else:
        subj = "Prüfungsanordnung"
        paras = [f"gemäß § 196 AO ordne ich bei {f.addressee} eine Außenprüfung an.",
                 f"Prüfungszeitraum: Veranlagungsjahre {f.day.year - 3} bis {f.day.year - 1}.",
                 f"Als Prüfungsbeginn ist der {f.due.day(20, 40)} vorgesehen. "
                 f"Bitte benennen Sie mir {f.deadline()} eine Ansprechperson."]
    return Letter("tax", _s(f, office, "public"), subj, paras, [("Steuernummer", stnr), ("Bearbeitet von", "Sachgebiet 2")])


def legal(f: Facts) -> Letter:
    who = f.pick("Kanzlei Brandes Ohlsen Rechtsanwälte PartG mbB", "Amtsgericht Wedding – Zentrales Mahngericht",
                 "Rechtsanwältin Dr. Thea Marwitz", "Obergerichtsvollzieher Lutz Kranich")
    aktz = f.ref("# C ###/##")
    if "Mahngericht" in who:
        paras = ["gegen Sie ist ein Mahnbescheid beantragt und erlassen worden.",
                 f"Hauptforderung: {f.money(300, 8000)} nebst Zinsen und Kosten.",
                 f"Sie können gegen den Anspruch insgesamt oder teilweise {f.due.within()} Widerspruch erheben."]
        subj = "Mahnbescheid"
    elif "vollzieher" in who:
        paras = ["in der Zwangsvollstreckungssache wird Ihnen hiermit die Vermögensauskunft angekündigt.",
                 f"Termin zur Abgabe: {f.due.day(14, 30)}, 10:30 Uhr.",
                 "Sie können den Termin abwenden, indem Sie die Forderung vorher vollständig begleichen."]
        subj = "Ankündigung der Vermögensauskunft"
    else:
        paras = [f"wir zeigen an, dass uns die {f.pick('Havelblick Immobilien GmbH', 'Serra Textil GmbH')} mit der "
                 "Wahrnehmung ihrer Interessen beauftragt hat.",
                 "Unsere Mandantin beanstandet die Verwendung ihrer Produktfotos auf Ihrer Internetseite ohne Lizenz.",
                 f"Wir fordern Sie auf, die beigefügte Unterlassungserklärung {f.deadline()} unterzeichnet "
                 "zurückzusenden." + (f" Den Schadensersatz bitten wir {f.due.on(25, 45)} zu zahlen."
                                      if f.rng.random() < 0.5 else "")]
        subj = "Abmahnung wegen Urheberrechtsverletzung"
    return Letter("legal", _s(f, who, "public" if "gericht" in who.lower() or "vollzieher" in who else "firm"),
                  subj, paras, [("Aktenzeichen", aktz)])


def authority(f: Facts) -> Letter:
    who = f.pick("Industrie- und Handelskammer Ostthüringen", "Bezirksamt Mitte – Gewerbeangelegenheiten",
                 "Deutsche Rentenversicherung Nord", "Amtsgericht Charlottenburg – Registergericht",
                 "Berufsgenossenschaft Handel und Warenlogistik")
    if "Register" in who:
        subj, paras = "Eintragung in das Handelsregister", [
            "die Anmeldung vom " + f.due.past() + " ist vollzogen worden.",
            "Die Eintragungsnachricht liegt bei. Die Kosten werden gesondert erhoben."]
    elif "Kammer" in who:
        subj, paras = "Beitragsbescheid", [
            f"für das Geschäftsjahr {f.day.year} wird Ihr Kammerbeitrag auf {f.money(150, 900)} festgesetzt.",
            f"Bitte überweisen Sie den Beitrag {f.deadline()}."]
    elif "Renten" in who:
        subj, paras = "Ankündigung einer Betriebsprüfung", [
            "nach § 28p SGB IV prüfen wir die Meldungen und Beiträge zur Sozialversicherung.",
            f"Bitte halten Sie die Lohnunterlagen bereit und senden Sie uns den Fragebogen {f.deadline()} zurück."]
    elif "Bezirksamt" in who:
        subj, paras = "Anhörung zur Gewerbeuntersagung", [
            "uns liegen Hinweise vor, dass die angezeigte Tätigkeit nicht ausgeübt wird.",
            f"Sie erhalten Gelegenheit, sich {f.due.within()} zu äußern."]
    else:
        subj, paras = "Lohnnachweis digital", [
            f"bitte übermitteln Sie den Lohnnachweis für {f.day.year - 1} {f.deadline()}.",
            "Ohne Nachweis wird das Arbeitsentgelt geschätzt."]
    return Letter("authority", _s(f, who, "public"), subj, paras, [("Geschäftszeichen", f.ref("@@-####/##"))])


def bank(f: Facts) -> Letter:
    who = f.pick("Förde Sparkasse", "Volksbank Mittelhessen eG", "Hansa Direktbank AG", "Zahlwerk Payments GmbH")
    r = f.rng.random()
    if r < 0.35:
        subj, paras = "Aktualisierung Ihrer Legitimationsdaten", [
            "nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu wirtschaftlich Berechtigten aktuell zu halten.",
            f"Bitte senden Sie das beigefügte Formular {f.deadline()} ausgefüllt zurück; andernfalls müssen wir "
            "das Konto für Verfügungen sperren."]
    elif r < 0.7:
        subj, paras = "Rücklastschrift", [
            f"eine Lastschrift über {f.money(30, 1500)} konnte mangels Deckung nicht eingelöst werden.",
            f"Wir haben Ihr Konto mit einem Entgelt von {f.money(3, 9)} belastet."]
    else:
        subj, paras = "Änderung der Preise und Bedingungen", [
            f"zum {f.due.past()} ändern sich einzelne Entgelte für Geschäftskonten.",
            f"Widersprechen Sie nicht {f.due.on(40, 60)}, gilt Ihre Zustimmung als erteilt."]
    return Letter("bank", _s(f, who), subj, paras, [("IBAN", "DE" + f.ref("## #### #### #### #### ##"))])


def insurance(f: Facts) -> Letter:
    who = f.pick("Weserland Versicherung AG", "Rheintal Assekuranz VVaG", "Kontor Versicherungsmakler GmbH")
    pol = f.ref("BH-#######")
    r = f.rng.random()
    if r < 0.4:
        subj, paras = "Beitragsrechnung Betriebshaftpflicht", [
            f"der Jahresbeitrag für Ihren Vertrag {pol} beträgt {f.money(200, 2400)}.",
            f"Bitte zahlen Sie {f.deadline()}, damit der Versicherungsschutz ohne Unterbrechung besteht."]
    elif r < 0.7:
        subj, paras = "Ihre Schadenmeldung", [
            f"wir bestätigen den Eingang Ihrer Schadenmeldung vom {f.due.past()}.",
            f"Für die weitere Bearbeitung benötigen wir Fotos und einen Kostenvoranschlag {f.deadline()}."]
    else:
        subj, paras = "Beitragsanpassung", [
            f"aufgrund gestiegener Schadenaufwendungen erhöht sich der Beitrag für Vertrag {pol}.",
            "Ihnen steht ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieser Mitteilung zu.",
            f"Bitte teilen Sie uns geänderte Betriebsdaten {f.deadline()} mit."]
    return Letter("insurance", _s(f, who), subj, paras, [("Versicherungsschein", pol)])


def contract(f: Facts) -> Letter:
    who = f.pick("Kranwerk Vermietung GmbH", "Lindenhof Coworking GmbH", "Sternwarte Software GmbH",
                 "Elbufer Reinigungsdienste GmbH")
    r = f.rng.random()
    if r < 0.35:
        subj, paras = "Ihr Angebot", [
            f"gerne unterbreiten wir Ihnen folgendes Angebot über die Wartung Ihrer Anlagen für {f.money(900, 6000)} "
            "jährlich.",
            f"Bitte erteilen Sie uns Ihren Auftrag {f.deadline()}, damit wir den Starttermin halten können."]
    elif r < 0.65:
        subj, paras = "Bestätigung Ihrer Kündigung", [
            f"hiermit bestätigen wir die Kündigung des Vertrags {f.ref('V-#####')}.",
            f"Der Vertrag endet zum {f.due.day(20, 50)}; bitte geben Sie die Zugangskarten {f.deadline()} zurück."]
    else:
        subj, paras = "Anpassung der Vergütung ab dem kommenden Quartal", [
            "gemäß § 6 des Rahmenvertrags passen wir die Preise an die gestiegenen Lohnkosten an.",
            "Ein Sonderkündigungsrecht steht Ihnen zum Ende des laufenden Quartals zu.",
            f"Bitte bestätigen Sie die neue Preisliste {f.deadline()}."]
    return Letter("contract", _s(f, who), subj, paras, [("Vertragsnummer", f.ref("V-#####"))])


def advertising(f: Facts) -> Letter:
    who = f.pick("Blaupause Werbemittel GmbH", "Bürowelt Direkt Versand", "Leasingpartner Nord GmbH",
                 "Gewerbeverzeichnis Deutschland Online")
    subj = f.pick("Nur für kurze Zeit: 30 % auf Ihr Firmenlogo auf Kugelschreibern",
                  "Ihr neuer Dienstwagen ab 199 € im Monat", "Seminar: Digitale Buchhaltung in 90 Minuten",
                  "Ihr Eintrag im Branchenverzeichnis")
    paras = [f.pick("Sie wollen bei Ihren Kunden in Erinnerung bleiben? Wir haben das passende Angebot.",
                    "sichern Sie sich jetzt unsere Frühbucherkonditionen.",
                    "überzeugen Sie sich selbst von unserem neuen Katalog."),
             f"Die Aktion endet am {f.due.day(10, 30)}." if f.rng.random() < 0.6 else
             "Besuchen Sie uns im Netz oder rufen Sie einfach an.",
             "Wenn Sie keine Werbung mehr von uns erhalten möchten, genügt eine kurze Nachricht."]
    return Letter("advertising", _s(f, who), subj, paras)


def other(f: Facts) -> Letter:
    r = f.rng.random()
    if r < 0.3:
        who = f.pick("Verein Kinderlachen Nordost e.V.", "Tafel am Kanal e.V.")
        subj, paras = "Bitte um Ihre Unterstützung", [
            "auch in diesem Winter versorgen wir Familien in unserer Nachbarschaft mit warmen Mahlzeiten.",
            "Jede Spende hilft; eine Zuwendungsbestätigung senden wir Ihnen gern zu."]
    elif r < 0.6:
        who = f.pick("Marlene Voigtländer", "Jonas Aberle")
        subj, paras = "Bewerbung als Bürokauffrau" if "Marlene" in who else "Initiativbewerbung", [
            "mit großem Interesse bewerbe ich mich bei Ihnen.",
            "Meinen Lebenslauf und meine Zeugnisse finden Sie in der Anlage. Über eine Einladung freue ich mich."]
        return Letter("other", _s(f, who, "person"), subj, paras)
    else:
        who = f.pick("Paketdienst Schwalbe Logistik", "Hausverwaltung Kaiserhof")
        subj, paras = "Information zur Sperrung der Zufahrt", [
            f"wegen Bauarbeiten ist die Hofeinfahrt ab dem {f.due.past()} für einige Tage gesperrt.",
            "Lieferungen erfolgen in dieser Zeit über den Seiteneingang."]
    return Letter("other", _s(f, who), subj, paras)


WRITERS = {"invoice": invoice, "reminder": reminder, "tax": tax, "legal": legal, "authority": authority,
           "bank": bank, "insurance": insurance, "contract": contract, "advertising": advertising, "other": other}
