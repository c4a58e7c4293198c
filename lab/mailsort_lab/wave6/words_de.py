"""German wording of wave-6 letters, written for this set. In the templates every {D} is a stated
day to act by, {R} a period counted from the letter, {U} either of them: all three are deadlines.
{P} (an earlier day), {S} (a service period) and {L} (a later day that asks nothing) are not."""

TEXTS: dict[str, list[tuple[str, str]]] = {
    "invoice": [
        ("Rechnung Nr. {N} – Unterhaltsreinigung",
         "für die im Zeitraum {S} erbrachten Reinigungsleistungen in Ihren Büroräumen berechnen wir Ihnen "
         "vereinbarungsgemäß {A} zuzüglich Umsatzsteuer.\n\nBitte überweisen Sie den Gesamtbetrag bis zum {D} "
         "unter Angabe der Rechnungsnummer auf das unten genannte Konto.\n\nDie Leistungen wurden auf Grundlage "
         "Ihres Auftrags vom {P} ausgeführt."),
        ("Ihre Bestellung vom {P} – Rechnung {N}",
         "vielen Dank für Ihren Auftrag. Für die Lieferung von Druckerzeugnissen (Visitenkarten, Briefbögen, "
         "Kurzmitteilungen) stellen wir Ihnen {A} in Rechnung.\n\nDer Rechnungsbetrag ist {R} ohne Abzug zahlbar. "
         "Lieferdatum entspricht Rechnungsdatum, sofern nicht anders angegeben."),
        ("Abschlagsrechnung {N}",
         "gemäß Projektvereinbarung berechnen wir die zweite Abschlagszahlung für die Einrichtung Ihres "
         "Netzwerks in Höhe von {A}.\n\nZahlungsziel: {D}. Die erste Abschlagsrechnung vom {P} "
         "ist bereits beglichen, vielen Dank."),
    ],
    "reminder": [
        ("Zahlungserinnerung zu Rechnung {N}",
         "sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung vom {P} über {A} ist bis heute "
         "nicht ausgeglichen.\n\nWir bitten Sie, den offenen Betrag bis zum {D} zu überweisen. Sollten Sie "
         "zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."),
        ("2. Mahnung – Kundenkonto {N}",
         "trotz unserer Erinnerung vom {P} konnten wir keinen Zahlungseingang feststellen. Offen sind "
         "{A} zuzüglich Mahngebühren von 5,00 EUR.\n\nBitte gleichen Sie den Gesamtbetrag {R} aus. Andernfalls "
         "sehen wir uns gezwungen, die Forderung an ein Inkassounternehmen abzugeben."),
        ("Letzte Aufforderung vor gerichtlichem Mahnverfahren",
         "im Auftrag unserer Mandantin machen wir eine Hauptforderung von {A} nebst Zinsen und Kosten "
         "geltend. Die Forderung beruht auf Leistungen im Zeitraum {S}.\n\nWünschen Sie eine Ratenzahlung, "
         "richten Sie Ihren Vorschlag bitte bis zum {D} schriftlich an uns. Den Gesamtbetrag begleichen Sie "
         "bitte bis spätestens {D}."),
    ],
    "tax": [
        ("Anforderung von Unterlagen – Umsatzsteuer 2025",
         "für die Bearbeitung Ihrer Umsatzsteuererklärung benötige ich noch folgende Unterlagen: "
         "Kontennachweis, Aufstellung der innergemeinschaftlichen Lieferungen und Belege zu den geltend "
         "gemachten Vorsteuern.\n\nBitte reichen Sie die Unterlagen bis zum {D} ein. Ihr Schreiben vom {P} "
         "habe ich zu den Akten genommen."),
        ("Festsetzung von Vorauszahlungen",
         "die Vorauszahlungen zur Körperschaftsteuer werden neu festgesetzt. Der nächste Vorauszahlungsbetrag "
         "von {A} ist am {D} fällig.\n\nBei verspäteter Zahlung entstehen Säumniszuschläge. Die Festsetzung "
         "beruht auf den Angaben für den Zeitraum {S}."),
        ("Ankündigung einer Außenprüfung",
         "hiermit kündige ich eine Außenprüfung für die Jahre 2022 bis 2024 an. Den "
         "Prüfungsbeginn stimme ich mit Ihnen gesondert ab.\n\nBitte benennen Sie mir {R} eine Auskunftsperson und teilen Sie mit, ob die Prüfung in "
         "Ihren Geschäftsräumen stattfinden kann."),
    ],
    "legal": [
        ("Abmahnung wegen Verletzung von Bildrechten",
         "wir zeigen an, dass uns die Fotografin Lina Marquardt mit der Wahrnehmung ihrer Interessen "
         "beauftragt hat. Auf Ihrer Internetseite wird seit dem {P} ein Lichtbild unserer Mandantin ohne "
         "Lizenz verwendet.\n\nWir fordern Sie auf, die beigefügte Unterlassungserklärung bis zum {D} "
         "unterzeichnet zurückzusenden und Schadensersatz von {A} zu leisten."),
        ("Verfügung – Az. {N}",
         "in dem Rechtsstreit Ihrer Gesellschaft gegen die Solvero Handels GmbH "
         "ist die Klageerwiderung vom {P} eingegangen.\n\nSie erhalten Gelegenheit, {R} zur Klageerwiderung "
         "Stellung zu nehmen. Ein Termin zur mündlichen Verhandlung wird gesondert bestimmt."),
        ("Mietrückstand – Aufforderung",
         "wir vertreten die Eigentümergemeinschaft des Objekts Gleimstraße 14. Aus dem Mietverhältnis über die "
         "Lagerfläche sind {A} offen.\n\nNamens unserer Mandantschaft fordern wir Sie auf, den Rückstand {U} "
         "auszugleichen. Auf unser Schreiben vom {P} nehmen wir Bezug."),
    ],
    "authority": [
        ("Gewerbeanzeige – fehlende Angaben",
         "Ihre Gewerbeummeldung vom {P} ist unvollständig. Es fehlen die Angaben zur Anzahl der Beschäftigten "
         "sowie eine Kopie des aktuellen Handelsregisterauszugs.\n\nBitte reichen Sie die fehlenden Unterlagen "
         "bis zum {D} nach. Nach Ablauf der Frist wird nach Aktenlage entschieden."),
        ("Auskunftspflicht zur Dienstleistungsstatistik",
         "Ihr Unternehmen ist für die Konjunkturerhebung im Dienstleistungsbereich ausgewählt worden. Die "
         "Auskunftserteilung ist gesetzlich vorgeschrieben.\n\nBitte übermitteln Sie die Angaben für den "
         "Berichtszeitraum {S} {R} über das Online-Portal."),
        ("Anhörung – Ordnungswidrigkeit",
         "Ihnen wird vorgeworfen, am {P} die Anzeigepflicht nach der Gewerbeordnung nicht erfüllt zu haben.\n\n"
         "Sie haben Gelegenheit, sich {R} zu äußern. Äußern Sie sich nicht, wird nach Aktenlage über die "
         "Festsetzung eines Verwarnungsgeldes von {A} entschieden."),
    ],
    "bank": [
        ("Änderung der Entgelte für Ihr Geschäftskonto",
         "zum {L} passen wir die Preise für das Geschäftskonto {N} an. Die neue Kontoführungsgebühr "
         "beträgt {A} monatlich.\n\nSind Sie mit der Änderung nicht einverstanden, können Sie bis zum {D} "
         "widersprechen. Die Buchungen vom {P} sind davon nicht betroffen."),
        ("Aktualisierung Ihrer Legitimationsdaten",
         "aufgrund gesetzlicher Vorgaben nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu den "
         "wirtschaftlich Berechtigten regelmäßig zu prüfen.\n\nBitte senden Sie uns den ausgefüllten "
         "Selbstauskunftsbogen {R} zurück."),
        ("Kontoauszug – Rechnungsabschluss",
         "anbei erhalten Sie den Rechnungsabschluss für Ihr Konto {N} für den Zeitraum {S}. Der Saldo beträgt "
         "{A}.\n\nDie Buchung vom {P} wurde bereits berichtigt; "
         "Fragen beantwortet Ihnen gern Ihre Firmenkundenbetreuung."),
    ],
    "insurance": [
        ("Beitragsrechnung Betriebshaftpflicht – Vertrag {N}",
         "für den Versicherungszeitraum ab {L} wird der Jahresbeitrag von {A} fällig.\n\nBitte zahlen Sie den "
         "Beitrag bis zum {D}. Bei Nichtzahlung kann der Versicherungsschutz entfallen."),
        ("Schadenmeldung vom {P} – Schaden-Nr. {N}",
         "wir haben Ihre Schadenmeldung zum Wasserschaden in den Büroräumen erhalten.\n\nZur weiteren "
         "Bearbeitung benötigen wir Fotos, eine Kostenaufstellung und den Bericht des Handwerkers. Bitte senden "
         "Sie uns diese Unterlagen {U}."),
        ("Anpassung Ihrer Inhaltsversicherung",
         "zur Hauptfälligkeit am {L} passen wir die Versicherungssumme an den gestiegenen Neuwert an. Der neue "
         "Beitrag beträgt {A}.\n\nDie Änderung erfolgt automatisch; eine Antwort ist nicht erforderlich."),
    ],
    "contract": [
        ("Nachtrag Nr. 2 zum Gewerbemietvertrag",
         "anbei übersenden wir den Nachtrag zur Anpassung der Nebenkostenvorauszahlung auf {A} monatlich in "
         "zweifacher Ausfertigung.\n\nBitte senden Sie ein unterschriebenes Exemplar bis zum {D} an uns zurück. "
         "Die Regelung gilt ab dem {L}."),
        ("Verlängerung Ihres Software-Abonnements",
         "Ihr Abonnement {N} endet planmäßig. Mit diesem Schreiben bieten wir die Verlängerung um 24 Monate "
         "zum Preis von {A} netto im Monat an.\n\nFür die Annahme unterzeichnen Sie bitte das beiliegende "
         "Auftragsformular und senden es {U} an uns."),
        ("Bestätigung Ihrer Kündigung",
         "wir bestätigen den Eingang Ihrer Kündigung vom {P} für den Leasingvertrag {N}. Der Vertrag endet "
         "regulär am {L}.\n\nDas Fahrzeug ist am Vertragsende an unserem Standort zurückzugeben; einen Termin "
         "vereinbaren wir gesondert mit Ihnen."),
    ],
    "advertising": [
        ("Frühjahrsaktion: 20 % auf Kopierpapier",
         "nur für Geschäftskunden: Bestellen Sie jetzt Recyclingpapier in Premiumqualität zu Sonderkonditionen. "
         "Ab einem Bestellwert von {A} liefern wir versandkostenfrei.\n\nUnser Katalog liegt diesem Schreiben "
         "bei. Wir freuen uns auf Ihre Bestellung!"),
        ("Ergonomie, die sich rechnet",
         "rückengerechte Arbeitsplätze senken Ausfalltage. Testen Sie unsere höhenverstellbaren Schreibtische "
         "vier Wochen kostenlos in Ihrem Büro.\n\nRufen Sie uns an oder besuchen Sie unseren Showroom."),
        ("Ihr nächstes Teamevent am See",
         "Tagungspauschale ab {A} pro Person, inklusive Seminarraum, Kaffeepausen und Abendessen auf der "
         "Terrasse.\n\nFordern Sie jetzt Ihr individuelles Angebot an."),
    ],
    "other": [
        ("Einladung zum Sommerempfang",
         "der Verein der Kaufleute lädt alle Unternehmen im Quartier herzlich zum Sommerempfang am {L} ein.\n\n"
         "Wir freuen uns auf gute Gespräche und einen schönen Abend."),
        ("Fundsache – Ihr Eigentum?",
         "am {P} wurde im Foyer des Bürozentrums eine Laptoptasche mit der Aufschrift Ihres Unternehmens "
         "gefunden.\n\nSie können die Fundsache zu unseren Öffnungszeiten gegen Vorlage eines Ausweises abholen."),
        ("Dank für Ihre Spende",
         "im Namen der Stiftung danken wir Ihnen herzlich für Ihre Zuwendung von {A}. Ihre Unterstützung kommt "
         "unmittelbar unserem Lesepatenprogramm zugute.\n\nDie Zuwendungsbestätigung erhalten Sie zu Beginn des "
         "kommenden Jahres."),
        ("Information: Aufzugswartung im Haus",
         "am {L} wird der Personenaufzug im Aufgang B ganztägig gewartet. Bitte nutzen Sie an diesem Tag "
         "den Lastenaufzug.\n\nWir bitten um Ihr Verständnis."),
    ],
}

# A second paragraph some letters add: no dates, no deadlines.
EXTRA = [
    "Für Rückfragen stehen wir Ihnen gern zur Verfügung.",
    "Bitte geben Sie bei Rückfragen stets unser Zeichen an.",
    "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
]
GREETINGS = ["Sehr geehrte Damen und Herren,", "Guten Tag,", "Sehr geehrte Damen und Herren,"]
CLOSINGS = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit besten Grüßen", "Viele Grüße aus {town}"]
ENCLOSURE = "Anlage: Aufstellung"
PAGE = "Seite {i} von {n}"
TABLE_HEAD = ("Datum", "Vorgang", "Betrag")
TABLE_WORDS = ["Lieferung", "Wartung", "Gutschrift", "Porto", "Pauschale", "Buchung"]

# Which senders may write each template (substrings, '|' for either, '!' for none of): a court
# does not write a lawyer's letter, a printer does not invoice cleaning.
FIT: dict[str, list[str | None]] = {
    "invoice": ["Kessler", "Lumora", "Orbitec"],
    "reminder": ["!Pfeilring", "!Pfeilring", "Pfeilring"],
    "tax": [None, None, None],
    "legal": ["Vossberg|Ahrendt", "Amtsgericht", "Vossberg|Ahrendt"],
    "authority": ["Bezirksamt", "Statistik", "Gewerbeaufsicht|Bezirksamt"],
    "bank": [None, None, None],
    "insurance": [None, None, None],
    "contract": ["Sternfeld", "Cloudhafen|Ostwind", "Meyerhoff"],
    "advertising": ["Papierwerk|Brightpath", "Ergonova", "Seeblick"],
    "other": ["Verein", "Fundbüro", "Stiftung", "Hausverwaltung"],
}
# A later second deadline some official or contractual letters add (the first one comes before it).
SECOND = ["Den beigefügten Empfangsschein senden Sie bitte zusätzlich bis zum {D} unterschrieben zurück.",
          "Bitte bestätigen Sie uns außerdem bis zum {D} schriftlich den Erhalt dieses Schreibens."]
