"""German letter texts of wave 5, written for this set: six or more per category, each with its own
phrasing. Placeholders ({due}, {within}, {amount}, ...) are drawn by facts.Facts."""

from __future__ import annotations

TEXTS: dict[str, list[tuple[str, str]]] = {
    "invoice": [
        ("Rechnung Nr. {inv}",
         "für die im {month} erbrachten Leistungen berechnen wir Ihnen wie folgt:\n\n"
         "Druck und Weiterverarbeitung laut Auftrag {ref}, Gesamtbetrag netto zzgl. 19 % USt.: {amount}.\n\n"
         "Bitte begleichen Sie den Betrag ohne Abzug bis zum {due} unter Angabe der Rechnungsnummer auf das unten "
         "genannte Konto."),
        ("Ihre Stromabrechnung – Abschlag {month}",
         "mit diesem Schreiben erhalten Sie die Abschlagsrechnung für Ihre Gewerbeabnahmestelle, Vertragskonto {cust}.\n\n"
         "Der fällige Abschlag beträgt {amount}. Wir ziehen ihn am {later} per SEPA-Lastschrift von Ihrem Konto ein; "
         "Sie müssen nichts weiter tun."),
        ("Gutschrift {inv} zu Ihrer Bestellung",
         "aufgrund Ihrer Reklamation vom {past} schreiben wir Ihnen den Betrag von {amount2} gut.\n\n"
         "Die Gutschrift wird mit Ihrer nächsten Rechnung verrechnet. Eine Auszahlung erfolgt nur auf ausdrücklichen Wunsch."),
        ("Rechnung {inv} / Kundennummer {cust}",
         "vielen Dank für Ihren Auftrag. Für die Kurierfahrten im Zeitraum {month} stellen wir {amount} in Rechnung.\n\n"
         "Zahlbar {within} ohne Abzug. Bei Fragen zur Rechnung erreichen Sie uns unter der angegebenen Rufnummer."),
        ("Monatsrechnung Mobilfunk {month}",
         "Ihre Rechnung für den Rahmenvertrag {contract} liegt vor. Der Rechnungsbetrag von {amount} wird frühestens "
         "fünf Tage nach Rechnungsdatum von Ihrem Konto abgebucht.\n\n"
         "Einzelverbindungsnachweise finden Sie in Ihrem Kundenportal."),
        ("Honorarrechnung Lohnbuchhaltung {quarter}",
         "für die Erstellung der Lohn- und Gehaltsabrechnungen im {quarter} erlauben wir uns, gemäß StBVV {amount} "
         "zu berechnen.\n\nWir bitten um Überweisung bis {due}. Vielen Dank für die gute Zusammenarbeit."),
        ("Abschlagsrechnung Nr. {inv} – Unterhaltsreinigung",
         "gemäß Rahmenvertrag {contract} berechnen wir für die Unterhaltsreinigung Ihrer Büroflächen den monatlichen "
         "Abschlag von {amount}.\n\nBitte überweisen Sie den Betrag bis spätestens {due}."),
    ],
    "reminder": [
        ("Zahlungserinnerung zur Rechnung {inv}",
         "sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung vom {past} über {amount} ist noch offen.\n\n"
         "Wir bitten Sie, den Betrag bis zum {due} zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben "
         "überschnitten haben, betrachten Sie es bitte als gegenstandslos."),
        ("2. Mahnung – Kundennummer {cust}",
         "trotz unserer Zahlungserinnerung konnten wir bis heute keinen Zahlungseingang feststellen. Offen sind "
         "{amount} zuzüglich Mahngebühr von 5,00 EUR.\n\nBitte gleichen Sie den Gesamtbetrag {within} aus."),
        ("Letzte Mahnung vor Übergabe an das Inkasso",
         "leider haben Sie auf unsere bisherigen Mahnungen nicht reagiert. Der Rückstand beträgt {amount}.\n\n"
         "Geht die Zahlung nicht bis {due} bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung an ein "
         "Inkassounternehmen."),
        ("Forderungsaufstellung Az. {ref}",
         "unsere Mandantin hat uns mit dem Einzug ihrer Forderung beauftragt. Hauptforderung {amount}, Zinsen und "
         "Inkassokosten ergeben den Gesamtbetrag laut beiliegender Aufstellung.\n\n"
         "Zahlen Sie bitte bis zum {due} auf unser Treuhandkonto. Ratenzahlung ist nach Absprache möglich."),
        ("Mietrückstand Gewerbeeinheit – Mieterkonto {cust}",
         "bei Durchsicht unserer Mietbuchhaltung stellten wir fest, dass die Miete für {month} in Höhe von {amount} "
         "nicht eingegangen ist.\n\nWir fordern Sie auf, den Rückstand {within} auszugleichen."),
        ("Offene Posten – Kontoauszug per {past}",
         "anbei erhalten Sie eine Aufstellung der fälligen Posten auf Ihrem Kundenkonto {cust}. Der Saldo zu unseren "
         "Gunsten beläuft sich auf {amount}.\n\nBitte prüfen Sie die Aufstellung und überweisen Sie den Saldo bis "
         "{due}."),
        ("Rücklastschrift und Zahlungsaufforderung",
         "die Lastschrift zu Rechnung {inv} wurde von Ihrer Bank zurückgegeben. Die uns entstandenen Bankgebühren "
         "stellen wir Ihnen in Rechnung.\n\nBitte überweisen Sie {amount} bis zum {due}."),
    ],
    "tax": [
        ("Bescheid für {year} über Umsatzsteuer",
         "Steuernummer {taxno}\n\nDie Umsatzsteuer wird festgesetzt auf {amount}. Bereits entrichtet: {amount2}. "
         "Der verbleibende Betrag ist bis zum {due} zu zahlen.\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann "
         "{appeal} Einspruch eingelegt werden."),
        ("Festsetzung der Vorauszahlungen zur Körperschaftsteuer",
         "Steuernummer {taxno}\n\nDie Vorauszahlungen werden ab dem {quarter} neu festgesetzt: vierteljährlich "
         "{amount}. Die nächste Vorauszahlung ist am {due} fällig."),
        ("Erinnerung an die Abgabe der Steuererklärung {year}",
         "nach unseren Unterlagen liegt die Gewerbesteuererklärung {year} noch nicht vor (St.-Nr. {taxno}).\n\n"
         "Bitte reichen Sie die Erklärung {within} elektronisch ein. Andernfalls kann ein Verspätungszuschlag "
         "festgesetzt werden."),
        ("Prüfungsanordnung",
         "Steuernummer {taxno}\n\nHiermit ordne ich eine Außenprüfung für die Jahre {year} an. Beginn der Prüfung: "
         "{later}. Bitte halten Sie die Buchführungsunterlagen bereit und benennen Sie uns bis {due} eine "
         "Auskunftsperson."),
        ("Anforderung von Unterlagen – Umsatzsteuer-Voranmeldung {quarter}",
         "zur Bearbeitung Ihrer Voranmeldung benötige ich noch die Eingangsrechnungen über {amount} sowie die "
         "Vertragsunterlagen zum Leistungsbezug.\n\nBitte senden Sie die Belege bis zum {due} ein."),
        ("Mitteilung über die Vergabe einer Umsatzsteuer-Identifikationsnummer",
         "für Ihr Unternehmen wurde folgende USt-IdNr. vergeben: DE{cust}{n}. Bitte verwenden Sie diese Nummer "
         "künftig in Ihren Rechnungen. Eine Antwort auf dieses Schreiben ist nicht erforderlich."),
        ("Kraftfahrzeugsteuerbescheid",
         "für das Fahrzeug mit dem Kennzeichen B-{ref} wird die Kraftfahrzeugsteuer ab {past} auf jährlich {amount2} "
         "festgesetzt. Der Betrag wird am {later} per Lastschrift eingezogen."),
    ],
    "legal": [
        ("Abmahnung wegen Markenrechtsverletzung",
         "wir zeigen an, dass uns die Firma Nordlicht Textil GmbH mit der Wahrnehmung ihrer Interessen beauftragt hat.\n\n"
         "Sie verwenden auf Ihrer Webseite ein Zeichen, das mit der Marke unserer Mandantin verwechselbar ist. Wir "
         "fordern Sie auf, die beigefügte Unterlassungserklärung bis zum {soon} unterzeichnet zurückzusenden und "
         "unsere Kosten von {amount} bis {due2} zu erstatten."),
        ("Mahnbescheid – Geschäftsnummer {az}",
         "in dem Mahnverfahren wird Ihnen hiermit der Mahnbescheid zugestellt. Der Antragsteller macht eine "
         "Hauptforderung von {amount} geltend.\n\nSie können gegen den Anspruch {within} Widerspruch erheben; "
         "verwenden Sie dazu den beiliegenden Vordruck."),
        ("Ladung zum Termin zur mündlichen Verhandlung",
         "in dem Rechtsstreit {az} werden Sie zu dem Termin am {later}, 10:30 Uhr, Saal 214, geladen.\n\n"
         "Schriftsätze sind bis spätestens {due} bei Gericht einzureichen."),
        ("Ankündigung der Zwangsvollstreckung",
         "in der Zwangsvollstreckungssache DR II {ref} liegt mir ein vollstreckbarer Titel über {amount} vor.\n\n"
         "Ich gebe Ihnen Gelegenheit, die Forderung bis zum {due} an mich zu zahlen. Danach werde ich ohne weitere "
         "Ankündigung vollstrecken."),
        ("Kündigung des Mietverhältnisses namens unserer Mandantschaft",
         "namens und in Vollmacht der Vermieterin kündigen wir das Mietverhältnis über die Lagerfläche {ref} "
         "wegen Zahlungsverzugs fristlos.\n\nWir fordern Sie auf, die Fläche {within} geräumt zu übergeben."),
        ("Insolvenzverfahren über das Vermögen der Kaltwasser Montage GmbH",
         "mit Beschluss des Amtsgerichts wurde ich zum Insolvenzverwalter bestellt. Sie sind als Gläubiger erfasst.\n\n"
         "Forderungen sind bis zum {due} schriftlich unter Angabe von Grund und Betrag bei mir anzumelden."),
    ],
    "authority": [
        ("Beitragsbescheid {year}",
         "auf Grundlage Ihres Gewerbeertrags setzen wir den Kammerbeitrag für {year} auf {amount2} fest.\n\n"
         "Bitte überweisen Sie den Beitrag bis zum {due} unter Angabe Ihrer Mitgliedsnummer {cust}."),
        ("Eintragung in das Handelsregister HRB {cust} B",
         "in der Registersache wurde heute folgende Eintragung vorgenommen: Änderung des Geschäftsführers.\n\n"
         "Die Kosten der Eintragung werden Ihnen gesondert in Rechnung gestellt. Bitte prüfen Sie die Eintragung auf "
         "Richtigkeit."),
        ("Anhörung – Gewerbeanmeldung unvollständig",
         "Ihre Gewerbeanmeldung vom {past} ist unvollständig: Es fehlt der Nachweis der Vertretungsberechtigung.\n\n"
         "Bitte reichen Sie den Nachweis {within} nach. Nach Ablauf der Frist entscheiden wir nach Aktenlage."),
        ("Beitragsbescheid zur gesetzlichen Unfallversicherung",
         "für das Umlagejahr {year} ergibt sich ein Beitrag von {amount}. Die Berechnung entnehmen Sie der Anlage.\n\n"
         "Der Beitrag ist fällig am {due}."),
        ("Prüfmitteilung Betriebsprüfung nach § 28p SGB IV",
         "wir kündigen die Prüfung Ihrer Arbeitgeberpflichten für den Zeitraum ab {year} an. Die Prüfung beginnt am "
         "{later}.\n\nBitte senden Sie uns den beiliegenden Fragebogen bis {due} ausgefüllt zurück."),
        ("Auskunftspflicht: Erhebung im Dienstleistungsbereich",
         "Ihr Unternehmen wurde für die Konjunkturerhebung im Dienstleistungsbereich ausgewählt. Die Auskunftspflicht "
         "ergibt sich aus dem Bundesstatistikgesetz.\n\nBitte melden Sie Ihre Angaben online bis zum {due}."),
        ("Säumniszuschlag – Beitragskonto {cust}",
         "die Beiträge für {month} sind nicht rechtzeitig eingegangen. Wir erheben einen Säumniszuschlag von "
         "{amount2}.\n\nBitte zahlen Sie den Gesamtbetrag {within}."),
    ],
    "bank": [
        ("Rechnungsabschluss zu Ihrem Geschäftskonto",
         "zum Quartalsende haben wir Ihr Konto {iban} abgeschlossen. Der Saldo beträgt {amount}.\n\n"
         "Einwendungen gegen den Rechnungsabschluss erheben Sie bitte {within}."),
        ("Aktualisierung Ihrer Legitimationsdaten",
         "nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu Ihrem Unternehmen aktuell zu halten.\n\n"
         "Bitte reichen Sie uns einen aktuellen Handelsregisterauszug und die Transparenzregister-Bestätigung bis zum "
         "{due} ein. Ohne diese Unterlagen müssen wir Verfügungen über das Konto einschränken."),
        ("Änderung unserer Entgelte und Bedingungen",
         "zum {later} passen wir das Preis- und Leistungsverzeichnis für Geschäftskonten an. Die Kontoführung kostet "
         "künftig {amount2} im Monat.\n\nDie Einzelheiten entnehmen Sie dem beiliegenden Preisverzeichnis."),
        ("Rücklastschrift – Mandatsreferenz {ref}",
         "eine Lastschrift über {amount} konnte mangels Deckung nicht eingelöst werden. Für die Rückgabe berechnen "
         "wir ein Entgelt von 3,00 EUR.\n\nBitte sorgen Sie für ausreichende Deckung Ihres Kontos."),
        ("Ihre neue girocard ist unterwegs",
         "in den nächsten Tagen erhalten Sie Ihre neue Karte zum Konto {iban}. Die PIN bleibt unverändert.\n\n"
         "Bitte vernichten Sie die alte Karte nach Erhalt der neuen."),
        ("Kreditzusage – Betriebsmittelkredit",
         "wir freuen uns, Ihnen einen Betriebsmittelkredit über {big} zu einem Sollzins von {pct} % p. a. "
         "zusagen zu können.\n\nDas Angebot gilt bis {due}; bitte senden Sie uns den unterschriebenen Vertrag bis "
         "dahin zurück."),
    ],
    "insurance": [
        ("Beitragsrechnung Betriebshaftpflicht, Vers.-Nr. {policy}",
         "für den Versicherungszeitraum ab {later} wird der Jahresbeitrag von {amount} fällig.\n\nBitte überweisen "
         "Sie den Beitrag bis {due}, damit Ihr Versicherungsschutz ohne Unterbrechung fortbesteht."),
        ("Schadenmeldung vom {past} – Schaden-Nr. {ref}",
         "wir haben Ihre Schadenmeldung erhalten. Zur weiteren Prüfung benötigen wir Fotos des Schadens und einen "
         "Kostenvoranschlag.\n\nBitte senden Sie die Unterlagen {within}."),
        ("Nachtrag zu Ihrem Versicherungsschein {policy}",
         "auf Ihren Wunsch haben wir die Versicherungssumme für die Inhaltsversicherung auf {big} erhöht. Der "
         "Nachtrag ist diesem Schreiben beigefügt.\n\nDer neue Beitrag gilt ab der nächsten Fälligkeit."),
        ("Beitragsanpassung zum {later}",
         "aufgrund der gestiegenen Schadenaufwendungen passen wir den Beitrag Ihres Rechtsschutzvertrags {policy} um "
         "{pct} % an.\n\nSie können den Vertrag {within} kündigen."),
        ("Regulierung Ihres Schadens {ref}",
         "die Prüfung ist abgeschlossen. Wir überweisen Ihnen {amount} auf das uns genannte Konto.\n\n"
         "Damit ist der Schaden aus unserer Sicht vollständig reguliert."),
        ("Risikofragebogen zur Verlängerung der Cyber-Police",
         "Ihre Cyberversicherung {policy} läuft zum {later} ab. Für das Verlängerungsangebot benötigen wir den "
         "beiliegenden Risikofragebogen.\n\nBitte senden Sie ihn uns bis spätestens {due} ausgefüllt zurück."),
    ],
    "contract": [
        ("Auftragsbestätigung {ref}",
         "vielen Dank für Ihre Bestellung. Wir bestätigen Ihnen den Auftrag zu einem Gesamtpreis von {amount} netto.\n\n"
         "Liefertermin ist voraussichtlich der {later}. Es gelten unsere Allgemeinen Geschäftsbedingungen."),
        ("Bestätigung Ihrer Kündigung – Vertrag {contract}",
         "hiermit bestätigen wir den Eingang Ihrer Kündigung. Der Vertrag endet zum {later}.\n\n"
         "Bis dahin stehen Ihnen alle Leistungen unverändert zur Verfügung."),
        ("Preisanpassung für Ihren Stromliefervertrag",
         "ab dem {later} ändert sich der Arbeitspreis Ihres Vertrags {contract} auf {pct} ct/kWh mehr.\n\n"
         "Ihnen steht ein Sonderkündigungsrecht zu; Einzelheiten finden Sie in den beiliegenden Vertragsbedingungen."),
        ("Ihr Angebot für die Cloud-Telefonie",
         "wie besprochen erhalten Sie unser Angebot über {n} Nebenstellen zu monatlich {amount2}.\n\n"
         "An dieses Angebot halten wir uns bis zum {due} gebunden. Für Rückfragen stehe ich gern zur Verfügung."),
        ("Nachtrag Nr. 2 zum Mietvertrag über Büroflächen",
         "anbei erhalten Sie den Nachtrag zum Mietvertrag vom {past} in zweifacher Ausfertigung.\n\nBitte senden Sie "
         "uns ein unterschriebenes Exemplar {within} zurück."),
        ("Verlängerung des Leasingvertrags {contract}",
         "Ihr Leasingvertrag über das Multifunktionsgerät endet am {later}. Ohne Kündigung verlängert er sich um "
         "zwölf Monate zu {amount2} monatlich.\n\nMöchten Sie das Gerät zurückgeben, teilen Sie uns dies bitte bis "
         "{due} mit."),
        ("Kündigung des Rahmenvertrags Fuhrpark",
         "hiermit kündigen wir den Rahmenvertrag {contract} fristgerecht zum {later}. Die Rückgabe der Fahrzeuge "
         "stimmen wir gesondert mit Ihnen ab."),
    ],
    "advertising": [
        ("Ihr Eintrag im Firmenverzeichnis",
         "damit Ihr Unternehmen online gefunden wird, bieten wir Ihnen einen Premium-Eintrag für nur {amount2} im Jahr "
         "an.\n\nPrüfen Sie die vorbereiteten Daten und senden Sie uns das Formular unterschrieben zurück."),
        ("Einladung: Kompaktseminar für Geschäftsführer",
         "lernen Sie in nur zwei Tagen, wie Sie Ihre Liquidität sicher planen. Termin: {later} in Weimar.\n\n"
         "Frühbucher sparen 15 %. Melden Sie sich gleich online an – die Plätze sind begrenzt."),
        ("Frischer Kaffee für Ihr Büro – jetzt testen",
         "kennen Sie schon unsere Bürokaffee-Flatrate? Für {amount2} monatlich erhalten Sie Maschine, Bohnen und "
         "Service.\n\nFordern Sie noch heute Ihr kostenloses Probierpaket an."),
        ("Schluss mit Papierbergen",
         "digitalisieren Sie Ihre Ablage mit unserer Scan-Software. Unsere Kunden sparen im Schnitt sechs Stunden pro Woche.\n\n"
         "Vereinbaren Sie eine unverbindliche Vorführung."),
        ("Sonderkonditionen für Firmenwagen-Leasing",
         "als Gewerbekunde erhalten Sie bei uns Elektrofahrzeuge ab {amount2} netto im Monat – inklusive Wartung.\n\n"
         "Sprechen Sie uns an, wir erstellen Ihnen gern ein individuelles Angebot."),
        ("Werbeartikel mit Ihrem Logo",
         "ob Kugelschreiber, Tassen oder Taschen: Wir bedrucken {product} schon ab 50 Stück.\n\n"
         "Unser neuer Katalog liegt diesem Schreiben bei."),
    ],
    "other": [
        ("Einladung zum Sommerfest",
         "wir laden alle Mitgliedsunternehmen herzlich zu unserem Sommerfest am {later} ein.\n\n"
         "Für Essen und Musik ist gesorgt. Wir freuen uns auf den Austausch mit Ihnen."),
        ("Bitte um Unterstützung",
         "seit vielen Jahren begleiten wir schwer kranke Kinder und ihre Familien. Ohne Spenden wäre unsere Arbeit "
         "nicht möglich.\n\nMit einer Spende von {amount2} helfen Sie uns sehr. Ein Überweisungsträger liegt bei."),
        ("Lieferschein {ref}",
         "anbei erhalten Sie die bestellte Ware: {n} Kartons Kopierpapier, 2 Toner.\n\nBitte prüfen Sie die Lieferung "
         "auf Vollständigkeit."),
        ("Meine Bewerbung als Kaufmann für Büromanagement",
         "über die Jobbörse bin ich auf Ihr Unternehmen aufmerksam geworden und bewerbe mich hiermit um einen "
         "Ausbildungsplatz.\n\nMeinen Lebenslauf und meine Zeugnisse füge ich bei. Über eine Einladung freue ich mich."),
        ("Neue Anschrift",
         "wir möchten Sie darüber informieren, dass sich unsere Anschrift ab dem {later} ändert. Bitte aktualisieren "
         "Sie Ihre Stammdaten.\n\nTelefonnummern und E-Mail-Adressen bleiben gleich."),
        ("Persönlicher Dank",
         "ich wollte mich auf diesem Weg noch einmal herzlich für die Zusammenarbeit der letzten Jahre bedanken. "
         "Es war mir eine Freude.\n\nAlles Gute für Sie und Ihr Team!"),
        ("Praktikumsbörse an der Hochschule",
         "unsere Studierenden suchen Praxisphasen in Unternehmen. Gern stellen wir Ihr Praktikumsangebot auf unserer "
         "Börse vor.\n\nEine kurze Beschreibung per E-Mail genügt."),
    ],
}

# A second deadline some letters add: a separate step with its own day.
SECOND = ["Unabhängig davon bitten wir um Rückmeldung bis {due2}.", "Etwaige Einwendungen erheben Sie bitte "
          "{from_start}.", "Eine Stellungnahme erwarten wir {from_start}."]
# Small print of a second page; no dates, so no deadline hides in it.
FINE_PRINT = [
    "Hinweise zum Datenschutz: Wir verarbeiten Ihre Daten zur Erfüllung des Vertrags (Art. 6 Abs. 1 lit. b DSGVO). "
    "Weitere Informationen finden Sie auf unserer Webseite unter Datenschutz.",
    "Bitte geben Sie bei allen Zahlungen und Rückfragen stets die oben genannten Nummern an, damit wir Ihr Anliegen "
    "schnell zuordnen können.",
    "Es gelten unsere Allgemeinen Geschäftsbedingungen in der jeweils gültigen Fassung. Gerichtsstand ist, soweit "
    "gesetzlich zulässig, der Sitz unserer Gesellschaft.",
    "Dieses Schreiben wurde maschinell erstellt. Bewahren Sie es zusammen mit Ihren Geschäftsunterlagen auf.",
]
