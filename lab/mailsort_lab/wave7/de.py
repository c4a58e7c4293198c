"""German letters of wave 7, one function per kind of sender; each fills a Doc."""

from __future__ import annotations

from mailsort_lab.wave7.doc import Doc, first_of_month, money, quarter_day, ref
from mailsort_lab.wave7.senders import person


def _sign(d: Doc, role: str, names: bool = True) -> None:
    r = d.rng
    d.closing = r.choice(("Mit freundlichen Grüßen", "Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll")
                         if d.category in ("tax", "legal", "authority") else
                         ("Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße aus " + d.sender.city.split()[1]))
    d.signature = ([person(r, "de")] if names else []) + [role] + ([d.sender.name] if r.random() < 0.3 else [])


def invoice(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    no = ref(r, r.choice(("RE-2026-#####", "R######", "2026/####", "F-##-####")))
    d.info = [("Rechnungsnummer", no), ("Kundennummer", ref(r, "K-######")), ("Rechnungsdatum", d.date_text)]
    amount = money(r, "de", 40, 4800)
    if k in ("utility", "telecom"):
        d.template = f"de-invoice-{k}"
        d.subject = r.choice(("Ihre Rechnung", "Rechnung für Ihren Anschluss", "Ihre Monatsrechnung")) if k == "telecom" \
            else r.choice(("Abschlagsrechnung Strom", "Jahresverbrauchsabrechnung Strom und Wasser"))
        d.paragraphs = [f"anbei erhalten Sie Ihre Rechnung für den Abrechnungszeitraum {d.period()}. "
                        f"Der Rechnungsbetrag beträgt {amount} inklusive 19 % Umsatzsteuer."]
        if r.random() < 0.5:
            d.paragraphs.append(f"Den Betrag buchen wir vereinbarungsgemäß am {d.later(5, 12)} per SEPA-Lastschrift "
                                f"von Ihrem Konto ab (Mandatsreferenz {ref(r, 'MR-########')}). Sie müssen nichts weiter tun.")
        else:
            phrase, rel = d.deadline(10, 20, (0, 2, 3))
            d.paragraphs.append(f"Bitte überweisen Sie den Betrag {phrase if rel else 'bis zum ' + phrase} unter Angabe der "
                                f"Rechnungsnummer {no}.")
        d.paragraphs.append("Ihre Verbrauchsdaten und Tarifdetails finden Sie auf der Rückseite." if k == "utility" else
                            "Einzelverbindungsnachweise finden Sie in Ihrem Kundenportal.")
    else:
        d.template = f"de-invoice-{k}"
        what = {"goods": ("Lieferung von Büromaterial", "Lieferung gemäß Auftrag", "Druckaufträge"),
                "service": ("Unterhaltsreinigung", "Kurierfahrten", "Wartungsleistungen")}[k if k in ("goods", "service") else "goods"]
        d.subject = r.choice((f"Rechnung {no}", f"Rechnung Nr. {no} – {r.choice(what)}", "Rechnung"))
        lead = r.choice(("vielen Dank für Ihren Auftrag. Wir berechnen Ihnen wie folgt:",
                         "für die im Folgenden aufgeführten Leistungen erlauben wir uns, Ihnen zu berechnen:",
                         f"wir bedanken uns für Ihre Bestellung vom {d.past(5, 25)} und stellen in Rechnung:"))
        stock = ('Kopierpapier A4, 500 Bl.', 'Toner schwarz', 'Ordner breit', 'Visitenkarten 250 St.', 'Wasserspender Miete',
                 'Kaffeebohnen 1 kg') if k == "goods" else ('Unterhaltsreinigung Büroflächen (Std.)', 'Expresszustellung Berlin',
                                                           'Kurierfahrt Stadtgebiet', 'Fensterreinigung (Std.)', 'Wartungspauschale')
        items = [f"{r.randint(1, 20)} × {r.choice(stock)}" for _ in range(r.randint(2, 4))]
        d.paragraphs = [lead, "; ".join(items) + f". Gesamtbetrag: {amount} (inkl. 19 % USt.). Leistungsdatum: {d.past(1, 10)}."]
        roll = r.random()
        if roll < 0.45:
            d.paragraphs.append(f"Zahlbar ohne Abzug bis {d.due(10, 30)} auf das unten genannte Konto.")
        elif roll < 0.8:
            d.paragraphs.append(f"Bitte begleichen Sie den Rechnungsbetrag {d.within((2, 0, 3))} ohne Abzug.")
        else:
            d.paragraphs.append("Der Betrag ist sofort nach Erhalt ohne Abzug fällig.")
        if r.random() < 0.4:
            d.enclosures.append(("Allgemeine Zahlungs- und Lieferbedingungen (Auszug)", [
                "Gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum. Mängel sind unverzüglich "
                "nach Erhalt der Ware schriftlich anzuzeigen.",
                "Gerichtsstand für alle Streitigkeiten aus diesem Vertragsverhältnis ist, soweit gesetzlich zulässig, "
                "der Sitz unseres Unternehmens. Es gilt das Recht der Bundesrepublik Deutschland."]))
    _sign(d, r.choice(("Buchhaltung", "Debitorenbuchhaltung", "Kundenservice")), names=r.random() < 0.5)


def reminder(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    inv = ref(r, "RE-2026-#####")
    amount = money(r, "de", 60, 3900)
    d.info = [("Unser Zeichen", ref(r, "??-####")), ("Datum", d.date_text)]
    if k == "inkasso":
        d.template = "de-reminder-inkasso"
        creditor = r.choice(("Havelwerk Bürotechnik GmbH", "Lichtnetz Telekom GmbH", "Druckerei Saalbach & Söhne KG"))
        d.subject = f"Forderung {creditor} – Aktenzeichen {ref(r, 'INK-#######')}"
        d.paragraphs = [f"wir sind von der Firma {creditor} mit dem Einzug der nachstehenden Forderung beauftragt worden. "
                        f"Trotz Mahnung haben Sie die Rechnung {inv} vom {d.past(40, 90)} nicht beglichen.",
                        f"Hauptforderung und Kosten belaufen sich derzeit auf {amount}.",
                        f"Wir fordern Sie auf, den Gesamtbetrag bis spätestens {d.due(7, 14)} auf unser Treuhandkonto zu überweisen. "
                        "Andernfalls empfehlen wir unserer Mandantin die Einleitung gerichtlicher Schritte."]
        _sign(d, "Sachbearbeitung Forderungsmanagement")
    elif k == "landlord":
        d.template = "de-reminder-rent"
        d.subject = "Mietrückstand – Gewerbeeinheit " + ref(r, "##/#")
        d.paragraphs = [f"bei Durchsicht unserer Mietenbuchhaltung haben wir festgestellt, dass die Miete für "
                        f"{d.period()} in Höhe von {amount} bislang nicht eingegangen ist.",
                        f"Wir bitten Sie, den rückständigen Betrag {d.within((0, 1, 6))} auszugleichen.",
                        "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos."]
        _sign(d, "Hausverwaltung")
    else:
        level = r.choice(("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"))
        d.template = "de-reminder-vendor"
        d.subject = f"{level} – Rechnung {inv}"
        soft = level == "Zahlungserinnerung"
        d.paragraphs = [("sicherlich ist es Ihrer Aufmerksamkeit entgangen, dass " if soft else "leider konnten wir bis heute keinen Zahlungseingang feststellen: ")
                        + f"unsere Rechnung {inv} vom {d.past(20, 60)} über {amount} ist noch offen.",
                        (f"Bitte überweisen Sie den offenen Betrag bis zum {d.due(7, 14)}." if r.random() < 0.6 else
                         f"Bitte gleichen Sie den offenen Betrag {d.within((6, 1, 0))} aus.")
                        + ("" if soft else f" Für diese Mahnung berechnen wir eine Gebühr von {money(r, 'de', 2.5, 10)}."),
                        "Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten."]
        _sign(d, "Forderungsmanagement", names=r.random() < 0.6)


def tax(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    stnr = ref(r, "##/###/#####")
    d.info = [("Steuernummer", stnr), ("Datum", d.date_text)]
    d.salutation = "Sehr geehrte Damen und Herren,"
    if k == "zoll":
        d.template = "de-tax-zoll"
        d.subject = "Festsetzung der Stromsteuer – Mahnung"
        d.paragraphs = [f"der mit Steuerbescheid vom {d.past(30, 60)} festgesetzte Betrag von {money(r, 'de', 200, 2500)} ist noch nicht beglichen.",
                        f"Bitte zahlen Sie den Betrag zuzüglich Säumniszuschlag bis zum {d.due(7, 10)}. Nach Ablauf dieser Frist wird die Vollstreckung eingeleitet."]
    elif k == "bzst":
        d.template = "de-tax-bzst"
        d.subject = "Ihr Antrag auf Erteilung einer Umsatzsteuer-Identifikationsnummer – Rückfrage"
        d.info = [("Geschäftszeichen", ref(r, "St I #-??-####/##")), ("Datum", d.date_text)]
        d.paragraphs = [f"zu Ihrem Antrag vom {d.past(10, 30)} benötigen wir noch eine Kopie des Handelsregisterauszugs "
                        "sowie die Angabe des zuständigen Finanzamts.",
                        f"Bitte reichen Sie die Unterlagen bis zum {d.due(14, 28)} ein. Ohne diese Angaben kann über Ihren Antrag nicht entschieden werden."]
    else:
        t = r.choice(("bescheid", "anhoerung", "vorauszahlung", "unterlagen", "pruefung"))
        d.template = f"de-tax-{t}"
        year = d.day.year - r.choice((1, 2))
        if t == "bescheid":
            d.subject = f"Bescheid für {year} über Körperschaftsteuer und Solidaritätszuschlag"
            d.paragraphs = [f"die Steuer für das Kalenderjahr {year} wird festgesetzt. Es ergibt sich eine Abschlusszahlung von {money(r, 'de', 300, 9000)}.",
                            f"Bitte zahlen Sie den Betrag bis zum {d.due(30, 35)}. Geben Sie bei der Zahlung die Steuernummer {stnr} an.",
                            "Der Bescheid ist nach § 164 Abs. 1 AO unter dem Vorbehalt der Nachprüfung ergangen."]
            d.enclosures.append(("Rechtsbehelfsbelehrung", [
                "Gegen diesen Bescheid ist der Einspruch gegeben. Er ist beim oben bezeichneten Finanzamt schriftlich "
                "einzureichen, diesem elektronisch zu übermitteln oder dort zur Niederschrift zu erklären.",
                "Die Frist für die Einlegung des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem "
                "Ihnen dieser Bescheid bekannt gegeben worden ist."]))
        elif t == "anhoerung":
            d.subject = "Anhörung vor Festsetzung eines Verspätungszuschlags"
            d.paragraphs = [f"die Umsatzsteuer-Voranmeldung für {d.period()} ist nicht fristgerecht eingegangen.",
                            f"Ich beabsichtige, einen Verspätungszuschlag festzusetzen. Sie erhalten Gelegenheit, sich hierzu bis zum {d.due(10, 21)} zu äußern (§ 91 AO)."]
        elif t == "vorauszahlung":
            d.subject = f"Festsetzung der Vorauszahlungen zur Gewerbesteuer ab {d.day.year}"
            q = d.fixed(quarter_day(d.day, 20))
            d.paragraphs = [f"auf Grundlage der Veranlagung für {year} werden die Vorauszahlungen neu festgesetzt. "
                            f"Der nächste Vorauszahlungsbetrag von {money(r, 'de', 150, 4000)} ist am {q} fällig.",
                            "Die übrigen Termine entnehmen Sie bitte der beigefügten Übersicht."]
        elif t == "unterlagen":
            d.subject = f"Einkommensteuer/Körperschaftsteuer {year} – Anforderung von Unterlagen"
            phrase, rel = d.deadline(14, 28, (0, 3, 5), relative=0.4)
            d.paragraphs = [f"zur Bearbeitung Ihrer Steuererklärung für {year} bitte ich um Vorlage folgender Unterlagen: "
                            "Kontennachweis zur Bilanz, Anlagenverzeichnis, Darlehensverträge.",
                            f"Bitte reichen Sie die Unterlagen {phrase if rel else 'bis zum ' + phrase} ein."]
        else:
            d.subject = "Prüfungsanordnung"
            d.paragraphs = [f"gemäß § 196 AO ordne ich eine Außenprüfung für die Jahre {year - 2} bis {year} an. "
                            f"Mit der Prüfung wird voraussichtlich am {d.later(30, 50)} begonnen.",
                            f"Bitte stellen Sie die Buchhaltungsdaten im Format nach GoBD bis zum {d.due(14, 21)} bereit."]
    _sign(d, r.choice(("Im Auftrag", "Sachgebiet Veranlagung", "Ihr Finanzamt")) if k == "fa" else "Im Auftrag")



def legal(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    az = ref(r, r.choice(("## C ####/26", "#-## O ###/26", "26-#######-#-#")))
    d.info = [("Aktenzeichen", az), ("Datum", d.date_text)]
    d.salutation = "Sehr geehrte Damen und Herren,"
    if k == "lawyer":
        t = r.choice(("demand", "abmahnung", "kuendigung"))
        d.template = f"de-legal-{t}"
        client = r.choice(("der Grauwacke Immobilien GmbH", "von Frau Elisabeth Harms", "der Tannenwald Vertriebs GmbH"))
        if t == "demand":
            d.subject = f"Forderung unserer Mandantschaft – Az. {az}"
            d.paragraphs = [f"wir zeigen an, dass wir die rechtlichen Interessen {client} vertreten. Eine auf uns lautende Vollmacht liegt bei.",
                            f"Unsere Mandantin hat gegen Sie eine Forderung aus dem Vertrag vom {d.past(90, 300)} in Höhe von {money(r, 'de', 800, 15000)}.",
                            f"Wir fordern Sie auf, diesen Betrag bis zum {d.due(10, 14)} auf unser Anderkonto zu zahlen. Nach fruchtlosem Fristablauf werden wir unserer Mandantschaft empfehlen, Klage zu erheben."]
        elif t == "abmahnung":
            d.subject = "Abmahnung wegen unlauterer Werbung"
            d.paragraphs = [f"wir vertreten die Interessen {client}. Sie haben am {d.past(5, 30)} auf Ihrer Website mit unzutreffenden Angaben geworben.",
                            f"Namens unserer Mandantschaft fordern wir Sie auf, die beigefügte strafbewehrte Unterlassungserklärung bis spätestens {d.due(7, 12)} unterzeichnet an uns zurückzusenden."]
        else:
            d.subject = "Kündigung des Mietverhältnisses über die Gewerbeeinheit"
            d.paragraphs = [f"wir vertreten die Vermieterin {client}. Namens und in Vollmacht unserer Mandantin kündigen wir das Mietverhältnis fristgerecht zum {d.later(90, 200)}.",
                            f"Wir bitten um schriftliche Bestätigung des Erhalts dieser Kündigung {d.within((0, 3))}."]
        _sign(d, "Rechtsanwalt" if r.random() < 0.5 else "Rechtsanwältin")
    elif k == "court-mahn":
        d.template = "de-legal-mahnbescheid"
        d.subject = "Mahnbescheid"
        d.paragraphs = [f"auf Antrag der Antragstellerin Havelwerk Bürotechnik GmbH ergeht gegen Sie wegen der Forderung aus Rechnung vom {d.past(60, 150)} über {money(r, 'de', 300, 6000)} ein Mahnbescheid.",
                        "Das Gericht hat nicht geprüft, ob der Anspruch besteht. Wenn Sie den Anspruch bestreiten wollen, erheben Sie Widerspruch binnen zwei Wochen ab Zustellung.",
                        f"Die geltend gemachte Forderung zuzüglich Kosten ist bis zum {d.due(14, 16)} zu begleichen, soweit Sie keinen Widerspruch erheben."]
        _sign(d, "Rechtspfleger", names=False)
    elif k == "court":
        d.template = "de-legal-court"
        d.subject = f"In dem Rechtsstreit Grauwacke Immobilien GmbH ./. Sie – {az}"
        d.paragraphs = ["anbei erhalten Sie die Klageschrift der Klägerin zur Kenntnisnahme und Stellungnahme.",
                        f"Ihnen wird aufgegeben, etwaige Einwendungen gegen die Klage bis zum {d.due(14, 28)} schriftlich mitzuteilen (§ 276 ZPO).",
                        "Ein Termin zur mündlichen Verhandlung wird gesondert bestimmt."]
        _sign(d, "Justizbeschäftigte, als Urkundsbeamtin der Geschäftsstelle", names=False)
    elif k == "bailiff":
        d.template = "de-legal-bailiff"
        d.subject = f"Zwangsvollstreckung – DR II {ref(r, '####/26')}"
        d.paragraphs = [f"mir liegt ein vollstreckbarer Titel gegen Sie vor (Vollstreckungsbescheid vom {d.past(20, 80)}).",
                        f"Sie haben Gelegenheit, die Gesamtforderung von {money(r, 'de', 400, 7000)} bis zum {d.due(7, 14)} zu zahlen. Andernfalls werde ich die Vollstreckung durchführen."]
        _sign(d, "Obergerichtsvollzieherin", names=False)
    else:
        d.template = "de-legal-insolvency"
        d.subject = "Insolvenzverfahren über das Vermögen der Tannenwald Vertriebs GmbH"
        d.paragraphs = [f"mit Beschluss vom {d.past(10, 40)} wurde das Insolvenzverfahren eröffnet und ich zum Insolvenzverwalter bestellt.",
                        f"Soweit Ihnen Forderungen gegen die Schuldnerin zustehen, melden Sie diese bitte bis zum {d.due(21, 40)} unter Angabe von Grund und Betrag bei mir an."]
        _sign(d, "Insolvenzverwalter", names=False)


def authority(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    d.info = [("Geschäftszeichen", ref(r, "??-###/##")), ("Datum", d.date_text)]
    d.template = f"de-authority-{k}"
    amount = money(r, "de", 30, 900)
    if k == "ihk":
        d.subject = f"Beitragsbescheid {d.day.year}"
        d.paragraphs = [f"auf Grundlage der Beitragsordnung setzen wir Ihren IHK-Beitrag für {d.day.year} auf {amount} fest.",
                        f"Bitte überweisen Sie den Betrag bis zum {d.due(14, 30)} unter Angabe der Mitgliedsnummer."]
    elif k == "register":
        d.subject = f"Handelsregister HRB {r.randint(10000, 99999)} – Zwischenverfügung"
        phrase, rel = d.deadline(21, 30, (3, 5), relative=0.5)
        d.paragraphs = [f"zu der Anmeldung vom {d.past(7, 30)} bestehen folgende Eintragungshindernisse: Die Gesellschafterliste ist nicht unterzeichnet.",
                        f"Es wird Gelegenheit gegeben, das Hindernis {phrase if rel else 'bis zum ' + phrase} zu beheben."]
    elif k == "ordnung":
        d.subject = "Gewerbeanzeige – fehlende Angaben"
        d.paragraphs = [f"Ihre Gewerbeanmeldung vom {d.past(10, 40)} ist unvollständig. Es fehlt die Angabe der Geschäftsführung.",
                        f"Bitte reichen Sie die fehlenden Angaben bis {d.due(14, 21)} nach."]
    elif k == "rundfunk":
        d.subject = "Rundfunkbeitrag für Ihre Betriebsstätte – Zahlungsaufforderung"
        d.info = [("Beitragsnummer", ref(r, "### ### ###")), ("Datum", d.date_text)]
        d.paragraphs = [f"für Ihre Betriebsstätte ist der Rundfunkbeitrag für den Zeitraum {d.period()} noch offen: {amount}.",
                        f"Bitte zahlen Sie den Betrag bis zum {d.due(14, 21)}."]
    elif k == "bg":
        d.subject = f"Beitragsbescheid für das Umlagejahr {d.day.year - 1}"
        d.paragraphs = [f"der Beitrag für das Umlagejahr {d.day.year - 1} beträgt {amount}.",
                        f"Er ist fällig am {d.fixed(first_of_month(d.day, 14).replace(day=15))}."]
    elif k == "stat":
        d.subject = "Konjunkturerhebung im Dienstleistungsbereich – Erinnerung"
        d.paragraphs = ["Ihr Unternehmen ist zur Auskunft verpflichtet (§ 15 BStatG). Ihre Meldung für das vergangene Quartal liegt uns noch nicht vor.",
                        f"Bitte übermitteln Sie die Angaben über das Online-Meldeverfahren {d.within((0, 3))}."]
    elif k == "kk":
        d.subject = "Beitragsnachweis fehlt"
        d.paragraphs = [f"für den Abrechnungsmonat {d.period()} liegt uns kein Beitragsnachweis vor.",
                        f"Bitte übermitteln Sie den Beitragsnachweis bis zum {d.due(5, 10)}. Anderenfalls schätzen wir die Beiträge."]
    else:
        d.subject = "Ankündigung einer Betriebsprüfung nach § 28p SGB IV"
        d.paragraphs = [f"wir beabsichtigen, in Ihrem Betrieb eine Prüfung für den Zeitraum ab {d.past(300, 400, 'dot')} durchzuführen.",
                        f"Bitte bestätigen Sie den vorgeschlagenen Termin oder nennen Sie uns einen Ersatztermin bis zum {d.due(10, 14)}."]
    _sign(d, "Im Auftrag" if k not in ("ihk", "kk", "rundfunk") else "Ihr Beitragsservice")


def bank(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    d.info = [("Kontonummer", ref(r, "##########")), ("Datum", d.date_text)]
    t = r.choice(("terms", "kyc", "return", "card", "closing"))
    d.template = f"de-bank-{t}"
    if t == "terms":
        d.subject = "Änderung unserer Allgemeinen Geschäftsbedingungen und des Preis- und Leistungsverzeichnisses"
        start = d.month_start(3)
        d.paragraphs = [f"zum {start} passen wir unsere Bedingungen an. Die Änderungen im Einzelnen entnehmen Sie der Anlage.",
                        "Ihre Zustimmung gilt als erteilt, wenn Sie uns Ihre Ablehnung nicht vor dem Inkrafttreten angezeigt haben. "
                        "Bitte sprechen Sie uns an, wenn Sie Fragen haben."]
    elif t == "kyc":
        d.subject = "Aktualisierung Ihrer Kundendaten nach dem Geldwäschegesetz"
        d.paragraphs = ["wir sind gesetzlich verpflichtet, die Angaben zu unseren Geschäftskunden regelmäßig zu aktualisieren.",
                        f"Bitte senden Sie uns bis zum {d.due(14, 28)} einen aktuellen Handelsregisterauszug und die Angaben zum wirtschaftlich Berechtigten."]
    elif t == "return":
        d.subject = "Rücklastschrift"
        d.paragraphs = [f"die Lastschrift der Gläubigerin Stadtwerke Elsterau AG vom {d.past(2, 6)} über {money(r, 'de', 50, 900)} konnte mangels Deckung nicht eingelöst werden.",
                        f"Für die Rückgabe berechnen wir ein Entgelt von {money(r, 'de', 3, 9)}. Bitte sorgen Sie für ausreichende Deckung Ihres Kontos."]
    elif t == "card":
        d.subject = "Ihre neue Firmenkreditkarte"
        d.paragraphs = [f"in den nächsten Tagen erhalten Sie Ihre neue Karte. Die bisherige Karte ist bis {d.later(20, 40, 'dot')} gültig.",
                        "Die PIN erhalten Sie aus Sicherheitsgründen mit separater Post."]
    else:
        d.subject = "Rechnungsabschluss zum Quartalsende"
        d.paragraphs = [f"wir haben Ihr Konto zum {d.quarter_end()} abgeschlossen. Der Saldo beträgt {money(r, 'de', 100, 60000)} zu Ihren Gunsten.",
                        "Einwendungen gegen den Rechnungsabschluss erheben Sie bitte innerhalb von sechs Wochen nach Zugang."]
    _sign(d, r.choice(("Ihr Firmenkundenbetreuer", "Kundenservice", "Ihre Geschäftskundenbetreuung")))


def insurance(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    pol = ref(r, "VS-###-######")
    d.info = [("Versicherungsschein-Nr.", pol), ("Datum", d.date_text)]
    t = r.choice(("premium", "change", "claim", "adjust"))
    d.template = f"de-insurance-{t}"
    line = r.choice(("Betriebshaftpflichtversicherung", "Inhaltsversicherung", "Cyber-Versicherung", "Firmenrechtsschutz"))
    if t == "premium":
        d.subject = f"Beitragsrechnung {line}"
        d.paragraphs = [f"für Ihre {line} wird der Jahresbeitrag von {money(r, 'de', 180, 3200)} für die Versicherungsperiode ab {d.month_start(1)} fällig.",
                        f"Bitte überweisen Sie den Beitrag bis zum {d.due(14, 30)}. Bei Zahlungsverzug kann der Versicherungsschutz entfallen."]
    elif t == "change":
        d.subject = f"Nachtrag zu Ihrem Vertrag {pol}"
        d.paragraphs = [f"wie gewünscht haben wir die Versicherungssumme Ihrer {line} mit Wirkung zum {d.month_start(1)} angepasst.",
                        "Den Nachtrag zum Versicherungsschein erhalten Sie anbei. Bitte bewahren Sie ihn zusammen mit Ihren Vertragsunterlagen auf."]
    elif t == "claim":
        d.subject = f"Schaden-Nr. {ref(r, 'S-26-#####')} vom {d.past(10, 60)}"
        d.paragraphs = ["wir haben den Schaden geprüft und reguliert.",
                        f"Den Entschädigungsbetrag von {money(r, 'de', 200, 12000)} überweisen wir in den nächsten Tagen auf Ihr Konto."]
    else:
        d.subject = "Beitragsanpassung zur Hauptfälligkeit"
        d.paragraphs = [f"aufgrund der gestiegenen Schadenaufwendungen erhöht sich der Beitrag Ihrer {line} ab {d.month_start(2)} um {r.randint(3, 9)} %.",
                        "Der Treuhänder hat die Anpassung geprüft. Einzelheiten entnehmen Sie bitte der beigefügten Übersicht."]
    _sign(d, "Ihr Versicherungsmakler" if k == "broker" else r.choice(("Vertragsservice", "Schadenabteilung", "Kundenbetreuung")))


def contract(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    d.info = [("Vertragsnummer", ref(r, "V-#######")), ("Datum", d.date_text)]
    d.template = f"de-contract-{k}"
    if k == "pricechange":
        d.subject = r.choice(("Preisanpassung zum " + d.month_start(2), "Wichtige Information zu Ihrem Vertrag"))
        d.paragraphs = [f"ab dem {d.month_start(2)} ändern sich unsere Preise. Ihr monatlicher Grundpreis steigt auf {money(r, 'de', 20, 250)} netto.",
                        f"Sie haben ein Sonderkündigungsrecht. Bitte teilen Sie uns bis zum {d.due(20, 40)} mit, wenn Sie davon Gebrauch machen möchten."]
    elif k == "order":
        d.subject = f"Auftragsbestätigung Nr. {ref(r, 'AB-#####')}"
        d.paragraphs = [f"vielen Dank für Ihre Bestellung vom {d.past(2, 10)}. Wir bestätigen Ihnen den Auftrag über {r.randint(2, 12)} Schreibtische zum Gesamtpreis von {money(r, 'de', 2000, 14000)}.",
                        f"Voraussichtlicher Liefertermin: Kalenderwoche {(d.day.isocalendar()[1] + 4) % 52 + 1}."]
    elif k == "renewal":
        d.subject = "Verlängerung Ihres Mietvertrags für Arbeitsplätze"
        d.paragraphs = [f"Ihr Vertrag über {r.randint(2, 8)} Arbeitsplätze verlängert sich zum {d.month_start(3)} um weitere zwölf Monate zu unveränderten Konditionen.",
                        "Der neue Vertragsnachtrag liegt zur Unterschrift bei."]
    elif k == "termination":
        d.subject = "Bestätigung Ihrer Kündigung"
        d.paragraphs = [f"hiermit bestätigen wir den Eingang Ihrer Kündigung vom {d.past(3, 14)}. Der Leasingvertrag endet regulär zum {d.later(60, 120)}.",
                        "Über die Rückgabe des Fahrzeugs informieren wir Sie rechtzeitig."]
    else:
        d.subject = f"Ihr Angebot Nr. {ref(r, 'ANG-####')}"
        d.paragraphs = [f"vielen Dank für Ihre Anfrage vom {d.past(3, 12)}. Gerne unterbreiten wir Ihnen unser Angebot für die Einführung unserer Warenwirtschaftssoftware.",
                        f"Lizenz für {r.randint(3, 25)} Nutzer, Einrichtung und Schulung: {money(r, 'de', 3000, 25000)} netto. Das Angebot ist freibleibend."]
    _sign(d, r.choice(("Vertrieb", "Kundenservice", "Vertragsmanagement")))


def advertising(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    d.template = f"de-advertising-{k}"
    d.info = [("Datum", d.date_text)]
    if k == "directory":
        d.subject = "Ihr Eintrag im Branchenverzeichnis – Korrekturabzug"
        d.paragraphs = ["damit Ihr Unternehmen von Kunden gefunden wird, bieten wir Ihnen einen Premium-Eintrag in unserem Online-Verzeichnis an.",
                        f"Der Eintrag kostet nur {money(r, 'de', 590, 990)} pro Jahr. Senden Sie uns das unterschriebene Formular einfach zurück. Dies ist ein Angebot, keine Rechnung."]
    elif k == "event":
        d.subject = r.choice(("Einladung zum Praxisseminar „Rechnungswesen kompakt“", "Webinar: E-Rechnung sicher umsetzen"))
        d.paragraphs = [f"am {d.later(20, 60)} findet unser beliebtes Seminar statt. Sichern Sie sich jetzt einen der begrenzten Plätze.",
                        f"Frühbucherpreis bis {d.later(5, 15)}: {money(r, 'de', 199, 499)} zzgl. MwSt."]
    elif k == "leasing":
        d.subject = "Ihr Angebot: Gewerbeleasing ab 199 € im Monat"
        d.paragraphs = ["Elektrisch unterwegs zu attraktiven Konditionen: Jetzt Firmenfahrzeuge mit 48 Monaten Laufzeit leasen.",
                        f"Aktion gültig bis {d.later(14, 45)}. Wir beraten Sie gern in unserem Autohaus."]
    else:
        d.subject = r.choice(("Neuer Katalog – jetzt 15 % Rabatt", "Exklusive Angebote für Ihr Büro"))
        d.paragraphs = ["in unserem neuen Katalog finden Sie über 2.000 Produkte für Büro und Lager.",
                        f"Mit dem Gutscheincode FRUEHLING15 erhalten Sie bei Bestellung bis {d.later(10, 40)} 15 % Rabatt."]
    d.salutation = d.salutation if r.random() < 0.6 else "Liebe Geschäftskundin, lieber Geschäftskunde,"
    _sign(d, "Ihr Team Vertrieb", names=r.random() < 0.5)


def other(d: Doc) -> None:
    r, k = d.rng, d.sender.kind
    d.template = f"de-other-{k}"
    d.info = [("Datum", d.date_text)] if r.random() < 0.5 else []
    if k == "donation":
        d.subject = "Bitte helfen Sie uns helfen"
        d.paragraphs = ["seit zwanzig Jahren begleiten wir schwerkranke Kinder und ihre Familien.",
                        "Mit Ihrer Spende ermöglichen Sie Familienzimmer und Therapieangebote. Eine Spendenquittung senden wir Ihnen gern zu."]
    elif k == "invitation":
        d.subject = "Einladung zum Sommerempfang"
        d.paragraphs = [f"wir laden Sie herzlich zu unserem Sommerempfang am {d.later(20, 50)} ab 18 Uhr ein.",
                        "Wir freuen uns auf gute Gespräche mit Unternehmerinnen und Unternehmern aus dem Kiez."]
    elif k == "delivery":
        d.subject = f"Lieferschein Nr. {ref(r, 'LS-######')}"
        d.paragraphs = [f"mit dieser Sendung erhalten Sie die Ware zu Ihrer Bestellung vom {d.past(2, 7)}: {r.randint(5, 40)} Kartons Kopierpapier.",
                        "Die Rechnung erhalten Sie gesondert."]
    elif k == "newsletter":
        d.subject = "Mandanteninformation: Neuerungen zum Jahreswechsel"
        d.paragraphs = ["in dieser Ausgabe informieren wir Sie über die Pflicht zur E-Rechnung im B2B-Bereich und die neuen Aufbewahrungsfristen.",
                        "Für Fragen stehen wir Ihnen gerne zur Verfügung."]
    elif k == "address-change":
        d.subject = "Wir sind umgezogen"
        d.paragraphs = [f"ab dem {d.past(1, 10)} finden Sie uns in unseren neuen Räumen in der {d.sender.street}.",
                        "Telefonnummern und E-Mail-Adressen bleiben unverändert."]
    else:
        d.subject = "Bewerbung als Kaufmann für Büromanagement"
        d.paragraphs = ["mit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich hiermit um die ausgeschriebene Stelle.",
                        "Derzeit schließe ich meine Ausbildung ab. Über eine Einladung zu einem Vorstellungsgespräch freue ich mich."]
        d.closing, d.signature = "Mit freundlichen Grüßen", [d.sender.name]
        return
    _sign(d, r.choice(("Vorstand", "Geschäftsleitung", "Ihr Team")))


WRITERS = {"invoice": invoice, "reminder": reminder, "tax": tax, "legal": legal, "authority": authority,
           "bank": bank, "insurance": insurance, "contract": contract, "advertising": advertising, "other": other}
