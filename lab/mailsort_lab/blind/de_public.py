"""German letters from tax offices, courts, lawyers, bailiffs and other public bodies (wave 3 wording)."""

from __future__ import annotations

from datetime import timedelta

from mailsort_lab.blind.facts import Ask, Draft, make_org
from mailsort_lab.blind.when import MONATE, de

FA_TOWNS = [("Finanzamt für Körperschaften II", "Magdalenenstraße 25", "10365 Berlin"),
            ("Finanzamt Friedrichshain-Kreuzberg", "Mehringdamm 22", "10961 Berlin"),
            ("Finanzamt Potsdam", "Steinstraße 104", "14480 Potsdam"),
            ("Finanzamt Leipzig II", "Erich-Weinert-Str. 20", "04105 Leipzig"),
            ("Finanzamt Hamburg-Nord", "Borsteler Chaussee 45", "22453 Hamburg")]


def _fa(a: Ask):
    name, street, city = a.rng.choice(FA_TOWNS)
    o = make_org(a.rng, name, street, city, kind="public", domain="finanzamt.example.de",
                 signer=[a.one("Im Auftrag", "Mit freundlichen Grüßen"), a.one("Sachgebiet 21", "Veranlagungsstelle 04")])
    return o


def tax(a: Ask) -> Draft:
    if a.rng.random() < 0.12:
        o = make_org(a.rng, "Hauptzollamt Berlin – Kraftfahrzeugsteuer", "Grellstraße 18-24", "10409 Berlin",
                     kind="public", domain="zoll.example.de", signer=["Im Auftrag", "Sachgebiet Kfz-Steuer"])
        paras = [f"für das Fahrzeug mit dem Kennzeichen B-{a.code('@@ ####')} wird die Kraftfahrzeugsteuer ab "
                 f"{a.due.distractor(10, 30)} auf jährlich {a.eur(90, 600)} festgesetzt.",
                 f"Der erste Betrag ist {a.due.fixed(14, 30)} fällig und wird per SEPA-Lastschrift eingezogen, sofern "
                 "ein Mandat vorliegt."]
        return Draft("tax", o, "Kraftfahrzeugsteuerbescheid", paras, "Sehr geehrte Damen und Herren,", "",
                     [("Steuernummer", a.code("###/#####/#")), ("Datum", f"{a.date:%d.%m.%Y}")])
    o = _fa(a)
    stnr = a.code("##/###/#####")
    info = [("Steuernummer", stnr), ("Bearbeiter/in", a.one("Frau Pieper", "Herr Kamińsky", "Frau Oltmanns")),
            ("Durchwahl", a.code("030 9024-####"))]
    v = a.rng.randrange(5)
    if v == 0:
        amt = a.eur(800, 14000)
        q = a.one("I", "II", "III", "IV")
        prev = a.date.replace(day=1) - timedelta(days=1)
        paras = [a.one(f"für das {q}. Kalendervierteljahr {a.date.year} wird die Umsatzsteuer-Vorauszahlung auf {amt} "
                       "festgesetzt.",
                       f"abweichend von Ihrer Voranmeldung für {MONATE[prev.month - 1]} {prev.year} setze ich die "
                       f"Umsatzsteuer-Vorauszahlung auf {amt} fest, weil Vorsteuerbeträge ohne ordnungsgemäße Rechnung "
                       "nicht anerkannt werden konnten.",
                       f"die Umsatzsteuer-Vorauszahlung für den Voranmeldungszeitraum {q}/{a.date.year} wird "
                       "festgesetzt "
                       f"auf {amt}."),
                 f"Der Betrag ist {a.due.fixed(10, 30)} an die Finanzkasse zu entrichten. Bei Zahlung nach Fälligkeit "
                 "entstehen kraft Gesetzes Säumniszuschläge (§ 240 AO).",
                 "Die Festsetzung steht unter dem Vorbehalt der Nachprüfung (§ 164 AO)."]
        subj = a.one("Bescheid über die Festsetzung der "
                     "Umsatzsteuer-Vorauszahlung", "Festsetzung Umsatzsteuer-Vorauszahlung")
    elif v == 1:
        paras = [f"für die {a.one('Körperschaftsteuer', 'Gewerbesteuer', 'Umsatzsteuer')} {a.date.year - 1} liegt mir "
                 "bisher keine Steuererklärung vor.",
                 f"Ich bitte Sie, die Erklärung {a.due.fixed(14, 30)} elektronisch über ELSTER zu übermitteln.",
                 "Sollte die Erklärung nicht fristgerecht eingehen, kann ein Verspätungszuschlag festgesetzt oder "
                 "die Besteuerungsgrundlage geschätzt werden (§ 162 AO)."]
        subj = a.one("Erinnerung an die Abgabe der "
                     "Steuererklärung", "Anforderung Steuererklärung " + str(a.date.year - 1))
    elif v == 2:
        start = a.date + timedelta(days=a.rng.randint(21, 45))
        paras = [f"gemäß § 196 AO ordne ich bei {a.firm} eine Außenprüfung an. Prüfungszeitraum sind die Jahre "
                 f"{a.date.year - 3} bis {a.date.year - 1}; geprüft werden Umsatzsteuer, Körperschaftsteuer und "
                 "Gewerbesteuer.",
                 f"Die Prüfung soll am {de(start, a.rng)} in Ihren Geschäftsräumen beginnen.",
                 f"Bitte halten Sie Buchhaltung, Belege und Verträge bereit und benennen Sie uns "
                 f"{a.due.fixed(7, 14)} eine Ansprechperson."]
        subj = "Prüfungsanordnung"
    elif v == 3:
        amt = a.eur(120, 3800)
        paras = [f"nach unseren Unterlagen ist die Gewerbesteuer-Vorauszahlung zum {a.due.distractor(10, 30)} über "
                 f"{amt} "
                 "noch nicht ausgeglichen.",
                 f"Bitte überweisen Sie den Betrag zuzüglich Säumniszuschlag {a.due.fixed(7, 12)} unter Angabe der "
                 "Steuernummer.",
                 "Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben bitte als gegenstandslos."]
        subj = a.one("Mahnung – rückständige Steuern", "Zahlungserinnerung der Finanzkasse")
    else:
        paras = [f"im Rahmen der Veranlagung für {a.date.year - 1} benötige ich noch folgende Unterlagen: "
                 + a.one("Darlehensverträge und Zinsbescheinigungen.", "eine Aufstellung der Fremdleistungen.",
                         "die Reisekostenabrechnungen Q3."),
                 f"Reichen Sie diese bitte {a.due.month()} ein; Kopien genügen.",
                 f"Ihre Angaben zu {a.mention or 'Ihrem Geschäftspartner'} habe ich bereits berücksichtigt."]
        subj = "Rückfrage zur Steuererklärung"
    info.append(("Datum", f"{a.date:%d.%m.%Y}"))
    return Draft("tax", o, subj, a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,", "", info)


COURTS = [("Amtsgericht Wedding – Zentrales Mahngericht", "Schönstedtstraße 5", "13357 Berlin"),
          ("Amtsgericht Hünfeld – Mahngericht", "Hauptstraße 24", "36088 Hünfeld"),
          ("Landgericht Berlin II", "Littenstraße 12-17", "10179 Berlin")]
LAWYERS = ["Kanzlei Brede & Ostermann Rechtsanwälte", "Rechtsanwältin Dr. Henrike Vollmar",
           "Stoltenberg Lutz Partnerschaft von Rechtsanwälten mbB", "Rechtsanwalt Cem Aksoy"]


def _plain(a: Ask, lo: int, hi: int) -> str:
    """A labelled deadline written as a bare date, for sentences that carry their own 'bis zum'."""
    text, _ = a.due.bare(lo, hi)
    return text


def legal(a: Ask) -> Draft:
    v = a.rng.randrange(6)
    az = a.code("##-#######-#-@")
    if v == 0:
        o = make_org(a.rng, *a.rng.choice(COURTS[:2]), kind="court", domain="mahngerichte.example.de",
                     signer=["Rechtspfleger/in", "(maschinell erstellt, ohne Unterschrift gültig)"])
        amt = a.eur(400, 9000)
        paras = [f"Antragsteller {a.mention or 'Lindqvist Handelsgesellschaft mbH'} macht gegen Sie folgenden Anspruch "
                 f"geltend: Hauptforderung {amt} aus Warenlieferung nebst Zinsen und Kosten des Verfahrens.",
                 "Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht.",
                 f"Wenn Sie den Anspruch bestreiten, erheben Sie bitte Widerspruch {a.due.fixed(14, 16)} unter "
                 "Verwendung "
                 "des beigefügten Vordrucks. Andernfalls kann ein Vollstreckungsbescheid ergehen."]
        return Draft("legal", o, "Mahnbescheid", paras, "", "", [("Geschäftszeichen", az)],
                     annex=[("Widerspruch", ["Ich widerspreche dem Anspruch  [ ] insgesamt  [ ] teilweise",
                                            f"Geschäftszeichen {az}", "Ort, Datum, Unterschrift"])])
    if v == 1:
        o = make_org(a.rng, a.one("Obergerichtsvollzieherin Kerstin Rahlf", "Gerichtsvollzieher Andreas Dunkel"),
                     a.one("Turmstraße "
                           "91", "Elßholzstraße 30"), "10559 Berlin", kind="court", domain="gv-berlin.example.de",
                     signer=["Gerichtsvollzieher/in"])
        paras = [f"in der Zwangsvollstreckungssache {a.mention or 'Kordes Baustoffe KG'} gegen {a.firm} liegt mir ein "
                 f"vollstreckbarer Titel über {a.eur(900, 12000)} vor.",
                 f"Ich fordere Sie auf, den Betrag {a.due.fixed(7, 14)} auf das unten genannte Dienstkonto zu zahlen "
                 "oder mit mir eine Ratenzahlung zu vereinbaren.",
                 "Andernfalls werde ich einen Termin zur Abnahme der Vermögensauskunft bestimmen."]
        return Draft("legal", o, "Zahlungsaufforderung mit Fristsetzung – DR II " + a.code("####/##"), a.shuffle_mid(paras),
                     "Sehr geehrte Damen und Herren,", "Hochachtungsvoll", [("DR-Nr.", a.code("DR II ####/##"))])
    if v == 5:
        o = make_org(a.rng, *COURTS[2], kind="court", domain="landgericht.example.de",
                     signer=["Justizbeschäftigte", "als Urkundsbeamtin der Geschäftsstelle"])
        plaintiff = a.mention or a.one("Lindqvist Handelsgesellschaft mbH", "Auerbach Facility GmbH")
        paras = [f"in dem Rechtsstreit {plaintiff} ./. {a.firm} wird Ihnen anliegend die Klageschrift zugestellt.",
                 f"Sie werden aufgefordert, dem Gericht {a.due.fixed(14, 16)} schriftlich anzuzeigen, ob Sie sich gegen "
                 "die Klage verteidigen wollen.",
                 f"Eine etwaige Klageerwiderung ist bis zum {_plain(a, 35, 50)} einzureichen.",
                 "Vor dem Landgericht müssen Sie sich durch einen Rechtsanwalt vertreten lassen."]
        return Draft("legal", o, "Zustellung einer Klage – schriftliches Vorverfahren", paras, "", "",
                     [("Aktenzeichen", a.code("## O ###/##")), ("Datum", f"{a.date:%d.%m.%Y}")])
    lawyer = a.rng.choice(LAWYERS)
    o = make_org(a.rng, lawyer, a.one("Kurfürstendamm 52", "Neuer Wall 18", "Königsallee 61"),
                 a.one("10707 Berlin", "20354 Hamburg", "40212 Düsseldorf"),
                 signer=["Rechtsanwalt/Rechtsanwältin"], register="Rechtsanwaltskammer · USt-IdNr. DE" + a.code("#########"))
    client = a.mention or a.one("Vinterberg Fotoagentur GmbH", "Sanderling Markenrechte AG")
    if v == 2:
        paras = [f"wir zeigen an, dass wir die {client} anwaltlich vertreten. Ihre Website verwendet ohne Lizenz "
                 "drei Lichtbilder unserer Mandantin.",
                 "Namens und in Vollmacht unserer Mandantin fordern wir Sie auf, die als Anlage beigefügte "
                 f"strafbewehrte Unterlassungserklärung {a.due.fixed(7, 12)} unterzeichnet zurückzusenden.",
                 f"Die Kosten unserer Inanspruchnahme in Höhe von {a.eur(600, 1800)} sind "
                 + (f"{a.due.fixed(14, 28)} zu erstatten." if a.rng.random() < 0.5 else "ebenfalls zu erstatten.")]
        subj = a.one("Abmahnung wegen Urheberrechtsverletzung", "Abmahnung – unerlaubte Bildnutzung")
    elif v == 3:
        paras = [f"unsere Mandantschaft, die {client}, hat uns mit der Durchsetzung ihrer Forderung aus der Rechnung "
                 f"{a.code('RE-#####')} über {a.eur(1500, 20000)} beauftragt.",
                 f"Wir fordern Sie letztmalig auf, den Betrag {a.due.fixed(7, 14)} auf unser Anderkonto zu überweisen.",
                 "Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung Klage erheben."]
        subj = "Forderung unserer Mandantschaft – letzte außergerichtliche Aufforderung"
    else:
        paras = [f"in dem Insolvenzverfahren über das Vermögen der {client} bin ich zum Insolvenzverwalter bestellt "
                 "worden.",
                 f"Ich bitte Sie, etwaige Forderungen {a.due.fixed(20, 40)} schriftlich unter Beifügung von Belegen "
                 "zur Tabelle anzumelden.",
                 "Zahlungen an die Schuldnerin dürfen nur noch auf das Insolvenz-Anderkonto geleistet werden."]
        subj = "Insolvenzverfahren – Aufforderung zur Forderungsanmeldung"
    return Draft("legal", o, subj, a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen",
                 [("Unser Zeichen", a.code("###/##-@@")), ("Datum", f"{a.date:%d.%m.%Y}")])


def authority(a: Ask) -> Draft:
    v = a.rng.randrange(7)
    sal = "Sehr geehrte Damen und Herren,"
    if v == 0:
        o = make_org(a.rng, "Industrie- und Handelskammer zu Berlin", "Fasanenstraße 85", "10623 Berlin", kind="public",
                     domain="ihk-berlin.example.de", signer=["Beitragsservice"])
        paras = [a.one(f"hiermit erhalten Sie den Beitragsbescheid für {a.date.year}. Grundbeitrag und Umlage werden "
                       f"vorläufig auf {a.eur(150, 900)} festgesetzt.",
                       f"als Mitgliedsunternehmen der IHK sind Sie gesetzlich zur Zahlung eines Beitrags verpflichtet. "
                       f"Für das Beitragsjahr {a.date.year} ergibt sich ein Betrag von {a.eur(150, 900)}."),
                 (f"Der Beitrag wird {a.due.fixed(14, 30)} fällig." if a.rng.random() < 0.6 else
                  f"Sie können in zwei Raten zahlen: die erste Hälfte {a.due.fixed(14, 20)}, die zweite "
                  f"{a.due.fixed(45, 75)}."),
                 "Grundlage ist der Gewerbeertrag des Vorjahres; nach Vorliegen des Steuerbescheids wird abgerechnet."]
        subj, info = "Beitragsbescheid " + str(a.date.year), [("Mitgliedsnummer", a.code("#######"))]
    elif v == 1:
        o = make_org(a.rng, "Amtsgericht Charlottenburg – Registergericht", "Hardenbergstraße 31", "10623 Berlin",
                     kind="court", domain="registergericht.example.de", signer=["Die Urkundsbeamtin der Geschäftsstelle"])
        paras = [f"in der Registersache {a.firm} ist am {a.due.distractor(3, 10)} folgende Eintragung vorgenommen "
                 "worden: "
                 + a.one("Änderung des Unternehmensgegenstandes.", "Bestellung eines neuen Geschäftsführers.",
                         "Sitzverlegung nach Berlin."),
                 "Die Eintragung wird im gemeinsamen Registerportal der Länder bekannt gemacht.",
                 f"Die Kostenrechnung der Landesjustizkasse über {a.eur(50, 250)} folgt gesondert."]
        subj, info = "Eintragungsnachricht Handelsregister", [("Registernummer", a.code("HRB ###### B"))]
    elif v == 2:
        o = make_org(a.rng, "BG Verkehr – Berufsgenossenschaft Verkehrswirtschaft", "Ottenser Hauptstraße 54",
                     "22765 Hamburg", kind="public", domain="bg-verkehr.example.de", signer=["Mitglieder und Beitrag"])
        paras = [f"auf Grundlage des Lohnnachweises {a.date.year - 1} setzen wir den Beitrag zur gesetzlichen "
                 f"Unfallversicherung auf {a.eur(300, 4200)} fest.",
                 f"Bitte zahlen Sie {a.due.fixed(14, 21)}. Für die Beitragsberechnung ist die Gefahrtarifstelle 12 "
                 "maßgeblich.",
                 "Gegen diesen Bescheid ist Widerspruch zulässig."]
        subj, info = "Beitragsbescheid Unfallversicherung", [("Unternehmensnummer", a.code("###########"))]
    elif v == 3:
        o = make_org(a.rng, "ARD ZDF Deutschlandradio Beitragsservice", "Freimersdorfer Weg 6", "50829 Köln",
                     kind="public", domain="rundfunkbeitrag.example.de", signer=["Ihr Beitragsservice"])
        paras = [f"für Ihre Betriebsstätte ist für den Zeitraum {a.date.month:02d}/{a.date.year} bis "
                 f"{min(a.date.month + 2, 12):02d}/{a.date.year} ein Rundfunkbeitrag von {a.eur(18.36, 55.08)} zu "
                 "zahlen.",
                 f"Bitte überweisen Sie den Betrag {a.due.fixed(10, 20)}.",
                 "Haben Sie eine neue Bankverbindung? Teilen Sie sie uns online mit."]
        subj, info = "Zahlungsaufforderung Rundfunkbeitrag", [("Beitragsnummer", a.code("### ### ###"))]
    elif v == 4:
        kasse = a.rng.choice([("AOK Nordost – Die Gesundheitskasse", "Wilhelmstraße 1", "10963 Berlin"),
                              ("Techniker Krankenkasse", "Bramfelder Straße 140", "22305 Hamburg"),
                              ("BARMER", "Axel-Springer-Straße 44", "10969 Berlin")])
        o = make_org(a.rng, *kasse, kind="public", domain="krankenkasse.example.de", signer=["Firmenkundenservice"])
        paras = [f"für den Beitragsmonat {a.date.month:02d}/{a.date.year} liegt uns kein Beitragsnachweis vor.",
                 f"Bitte übermitteln Sie den Beitragsnachweis {a.due.fixed(3, 9)} über Ihr Entgeltabrechnungsprogramm.",
                 "Ohne Nachweis müssen wir die Beiträge schätzen; Säumniszuschläge können anfallen."]
        subj, info = "Fehlender Beitragsnachweis", [("Betriebsnummer", a.code("########"))]
    elif v == 5:
        o = make_org(a.rng, "Bezirksamt Mitte von Berlin – Ordnungsamt, Gewerbeangelegenheiten", "Karl-Marx-Allee 31",
                     "10178 Berlin", kind="public", domain="ba-mitte.example.de", signer=["Im Auftrag", "Gewerbeamt"])
        paras = [f"die von Ihnen angezeigte Gewerbeummeldung der {a.firm} ist unvollständig.",
                 "Bitte reichen Sie eine Kopie des Handelsregisterauszugs und des Gesellschaftsvertrags "
                 f"{a.due.month() if a.rng.random() < 0.35 else a.due.fixed(14, 28)} nach.",
                 f"Die Gebühr für die Ummeldung beträgt {a.eur(26, 60)}."]
        subj, info = "Gewerbeanzeige – fehlende Unterlagen", [("Aktenzeichen", a.code("GewA ####/##"))]
    elif a.rng.random() < 0.5:
        o = make_org(a.rng, "Deutsche Rentenversicherung Bund – Betriebsprüfdienst", "Ruhrstraße 2", "10709 Berlin",
                     kind="public", domain="drv.example.de", signer=["Prüfdienst"])
        when = a.date + timedelta(days=a.rng.randint(25, 50))
        paras = ["nach § 28p SGB IV prüfen wir, ob Sie Ihre Meldepflichten und Beitragszahlungen für Ihre "
                 "Beschäftigten "
                 f"ordnungsgemäß erfüllt haben. Die Prüfung beginnt am {de(when, a.rng)}.",
                 f"Bitte stellen Sie uns die Entgeltunterlagen {a.due.fixed(10, 20)} elektronisch zur Verfügung.",
                 "Geprüft wird der Zeitraum der letzten vier Kalenderjahre."]
        subj, info = "Ankündigung einer Betriebsprüfung", [("Betriebsnummer", a.code("########"))]
    else:
        o = make_org(a.rng, "Amt für Statistik Berlin-Brandenburg", "Steinstraße 104-106", "14480 Potsdam",
                     kind="public", domain="statistik-bbb.example.de", signer=["Referat Unternehmensstatistik"])
        paras = [f"Ihr Unternehmen ist für die Konjunkturerhebung im Dienstleistungsbereich {a.date.year} ausgewählt "
                 "worden.",
                 f"Nach § 15 BStatG besteht Auskunftspflicht. Bitte melden Sie {a.due.fixed(14, 30)} über das "
                 "Online-Portal IDEV.",
                 "Ihre Angaben werden streng vertraulich behandelt."]
        subj, info = "Auskunftspflicht – Konjunkturerhebung", [("Berichtsnummer", a.code("###-#####"))]
    return Draft("authority", o, subj, a.shuffle_mid(paras), sal, "Mit freundlichen Grüßen", info)
