"""German letters about money: banks, insurers, dunning and collection, invoices and bills (wave 3)."""

from __future__ import annotations

from datetime import timedelta

from mailsort_lab.blind.facts import Ask, Draft, Org, iban, make_org
from mailsort_lab.blind.when import de

BANKS = [("Berliner Sparkasse", "Alexanderplatz 2", "10178 Berlin"),
         ("Volksbank Havelland eG", "Bahnhofstraße 11", "14641 Nauen"),
         ("Handelsbank Berlin AG Firmenkunden", "Potsdamer Platz 1", "10785 Berlin"),
         ("Qonto-Nord Zahlungsdienste GmbH", "Schlesische Straße 26", "10997 Berlin")]
INSURERS = [("Hanseatische Gewerbeversicherung AG", "Ballindamm 7", "20095 Hamburg"),
            ("Allgemeine Betriebshaftpflicht VVaG", "Ludwigstraße 8", "80539 München"),
            ("Rheinland Sachversicherung AG", "Kaiser-Wilhelm-Ring 40", "50672 Köln")]


def bank(a: Ask) -> Draft:
    o = make_org(a.rng, *a.rng.choice(BANKS), signer=[a.one("Ihr Firmenkundenteam", "Kundenservice Geschäftskonten")])
    acct = iban(a.rng)
    v = a.rng.randrange(5)
    info = [("Konto", acct), ("Datum", f"{a.date:%d.%m.%Y}")]
    if v == 0:
        paras = [f"zum Quartalsende haben wir Ihr Konto abgeschlossen. Der Rechnungsabschluss weist einen Saldo von "
                 f"{a.eur(1000, 90000)} zu Ihren Gunsten aus.",
                 "Bitte prüfen Sie den Abschluss; Rückfragen beantwortet Ihre Firmenkundenbetreuung.",
                 f"Entgelte für Kontoführung: {a.eur(15, 60)}; Zinsen: 0,00 EUR."]
        rows = [["Datum", "Buchungstext", "Betrag"],
                *[[de(a.date - timedelta(days=d), a.rng), t, a.eur(10, 3000)] for d, t in
                  [(30, "Lastschrift "
                        "Stadtwerke"), (21, f"Gutschrift {a.mention or 'Kunde'}"), (12, "Entgelt Kontoführung"),
                   (4, "SEPA-Überweisung")]]]
        return Draft("bank", o, "Rechnungsabschluss zum Quartalsende", paras, "Sehr geehrte Kundin, sehr geehrter Kunde,",
                     "Freundliche Grüße", info, rows)
    if v == 1:
        paras = [a.one(f"die Lastschrift des Gläubigers {a.mention or 'Telekom Deutschland GmbH'} über "
                       f"{a.eur(30, 900)} "
                       "konnte mangels Deckung nicht eingelöst werden.",
                       "wir mussten eine Lastschrift zulasten Ihres Kontos zurückgeben (Rücklastschrift). "
                       "Zahlungsempfänger: "
                       f"{a.mention or 'Energieversorgung Spree AG'}, Betrag: {a.eur(30, 900)}, Grund: Konto weist "
                       "keine "
                       "ausreichende Deckung auf."),
                 f"Für die Rücklastschrift berechnen wir {a.eur(3, 8)}. Bitte sorgen Sie {a.due.fixed(5, 10)} für "
                 "ausreichende "
                 "Deckung und klären Sie die Zahlung mit dem Zahlungsempfänger."]
        subj = a.one("Rücklastschrift – Benachrichtigung", "Nichteinlösung einer Lastschrift")
    elif v == 2:
        paras = [f"nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu {a.firm} regelmäßig zu "
                 "aktualisieren.",
                 f"Bitte bestätigen Sie {a.due.fixed(14, 30)} die wirtschaftlich Berechtigten und laden Sie einen "
                 "aktuellen "
                 "Handelsregisterauszug im Online-Banking hoch.",
                 "Liegen die Unterlagen nicht rechtzeitig vor, müssen wir die Geschäftsbeziehung einschränken."]
        subj = a.one("Aktualisierung Ihrer Kundendaten "
                     "(KYC)", "Legitimationsprüfung – Ihre Mitwirkung ist erforderlich")
    elif v == 3:
        paras = [f"zum {de(a.date + timedelta(days=a.rng.randint(40, 70)), a.rng)} ändern sich unsere Allgemeinen "
                 "Geschäftsbedingungen und das Preis- und Leistungsverzeichnis für Geschäftskonten.",
                 "Die wesentlichen Änderungen betreffen die Entgelte für beleghafte Aufträge und die Kartenpreise.",
                 "Eine Gegenüberstellung der alten und neuen Fassung finden Sie in der Anlage."]
        subj = "Änderung der Geschäftsbedingungen"
        return Draft("bank", o, subj, paras, "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen", info,
                     annex=[("Gegenüberstellung "
                             "Preisverzeichnis", ["Kontoführung Business Plus: bisher 12,90 EUR, neu 15,90 EUR",
                                                                  "Beleghafte Überweisung: bisher 1,50 EUR, neu 2,50 "
                                                                  "EUR",
                                                                  "girocard: unverändert 12,00 EUR p.a."])])
    elif a.rng.random() < 0.5:
        paras = ["anbei erhalten Sie Ihren Aktivierungsbrief für das Online-Banking mit dem neuen TAN-Verfahren.",
                 f"Ihr Aktivierungscode lautet {a.code('####-####-####')}. Er ist aus Sicherheitsgründen nur begrenzt "
                 "gültig.",
                 "Geben Sie den Code niemals an Dritte weiter; unsere Mitarbeiter fragen nie danach."]
        subj = "Aktivierungsbrief Online-Banking"
    else:
        paras = [f"Ihre neue Business-Kreditkarte für {a.firm} ist unterwegs; die PIN erhalten Sie mit getrennter "
                 "Post.",
                 f"Der Kreditrahmen beträgt {a.eur(2000, 10000)}. Die Abrechnung erfolgt monatlich per Lastschrift.",
                 "Bitte unterschreiben Sie die Karte sofort auf der Rückseite."]
        subj = "Ihre neue Firmenkreditkarte"
    return Draft("bank", o, subj, a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen", info)


def insurance(a: Ask) -> Draft:
    o = make_org(a.rng, *a.rng.choice(INSURERS), signer=[a.one("Ihre Vertragsabteilung", "Schadenservice Gewerbe")])
    vs = a.code("VS-###.###.##")
    v = a.rng.randrange(4)
    info = [("Versicherungsschein-Nr.", vs), ("Datum", f"{a.date:%d.%m.%Y}")]
    if v == 0:
        kind = a.one('Betriebshaftpflichtversicherung', 'Inhaltsversicherung', 'Cyberversicherung', 'Kfz-Flottenversicherung')
        paras = [a.one(f"für Ihre {kind} wird der Jahresbeitrag {a.date.year + 1} in Höhe von {a.eur(240, 4800)} "
                       "fällig.",
                       f"vielen Dank für Ihr Vertrauen. Anbei erhalten Sie die Beitragsrechnung zu Ihrer {kind} über "
                       f"{a.eur(240, 4800)} für das kommende Versicherungsjahr."),
                 f"Bitte überweisen Sie den Beitrag {a.due.fixed(14, 30)}, sofern Sie uns kein SEPA-Mandat erteilt "
                 "haben.",
                 "Der Versicherungsschutz besteht nur bei rechtzeitiger Zahlung (§ 38 VVG)."]
        subj = "Beitragsrechnung"
    elif v == 1:
        paras = [f"zu Ihrem Schaden vom {a.due.distractor(20, 60)} "
                 f"({a.one('Leitungswasser', 'Einbruchdiebstahl', 'Glasbruch')}) "
                 f"haben wir die Prüfung abgeschlossen und regulieren {a.eur(400, 15000)}.",
                 "Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen; ein Selbstbehalt von 250,00 EUR ist "
                 "berücksichtigt.",
                 f"Ihr Gutachter {a.mention or 'Ing.-Büro Sauerland'} hat den Schaden bestätigt."]
        subj = a.one("Schadenregulierung", "Abrechnung Ihres Schadenfalls")
        info.append(("Schaden-Nr.", a.code("S-##-#####")))
    elif v == 2:
        paras = ["wie vereinbart haben wir Ihren Vertrag angepasst. Mitversichert ist ab sofort die neue "
                 "Betriebsstätte.",
                 f"Der Beitrag ändert sich auf {a.eur(300, 3000)} jährlich. Den Nachtrag zum Versicherungsschein "
                 "erhalten Sie anbei.",
                 f"Bitte senden Sie den Nachtrag {a.due.fixed(14, 21)} unterschrieben zurück."]
        subj = "Nachtrag zum Versicherungsschein"
    elif v == 3 and a.rng.random() < 0.5:
        paras = [f"aufgrund der gestiegenen Schadenaufwendungen passen wir den Beitrag Ihrer "
                 f"{a.one('Firmen-Rechtsschutzversicherung', 'Elektronikversicherung')} zur nächsten Hauptfälligkeit "
                 "an.",
                 f"Der neue Jahresbeitrag beträgt {a.eur(300, 2500)} (bisher {a.eur(250, 2000)}).",
                 "Die Anpassung erfolgt auf Grundlage der Beitragsanpassungsklausel Ihrer Versicherungsbedingungen."]
        subj = "Beitragsanpassung " + str(a.date.year + 1)
    else:
        paras = ["trotz Zahlungsaufforderung ist der Folgebeitrag für Ihre Versicherung noch offen.",
                 f"Zahlen Sie den rückständigen Beitrag von {a.eur(100, 1500)} {a.due.fixed(14, 15)}. Nach Ablauf "
                 "dieser "
                 "Frist sind wir von der Leistung frei und können den Vertrag kündigen (§ 38 VVG)."]
        subj = "Qualifizierte Mahnung nach § 38 VVG"
    return Draft("insurance", o, subj, a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen", info)


def _supplier(a: Ask) -> Org:
    if a.client_sender:
        return make_org(a.rng, a.client_sender, "Friedrichstraße 123", "10117 Berlin")
    name, street, city = a.rng.choice([
        ("Bürobedarf Krohn GmbH", "Am Borsigturm 40", "13507 Berlin"),
        ("Kaffeerösterei Elbbohne GmbH", "Stresemannstraße 300", "22761 Hamburg"),
        ("Druckhaus Neumeister KG", "Gutenbergstraße 3", "04178 Leipzig"),
        ("Sauberland Gebäudeservice GmbH", "Storkower Straße 99", "10407 Berlin"),
        ("Tischlerei Aldag e.K.", "Wiesenweg 12", "14612 Falkensee"),
        ("Kontorsoft Lizenzvertrieb GmbH", "Theresienhöhe 12", "80339 München")])
    return make_org(a.rng, name, street, city)


def reminder(a: Ask) -> Draft:
    v = a.rng.randrange(5)
    re_nr = a.code("RE-####-###")
    if v == 3:
        o = make_org(a.rng, a.one("Kreditwacht Inkasso Nordost GmbH", "Pareto Forderungsmanagement GmbH"),
                     "Hohenzollerndamm 150", "14199 Berlin", signer=["Forderungsmanagement"])
        main = a.eur(200, 5000)
        paras = [f"die {a.mention or 'Kontorsoft Lizenzvertrieb GmbH'} hat uns mit dem Einzug ihrer Forderung "
                 "beauftragt.",
                 f"Hauptforderung {main} zzgl. Inkassokosten und Verzugszinsen.",
                 f"Überweisen Sie den Gesamtbetrag {a.due.fixed(7, 10)}, um weitere Kosten zu vermeiden.",
                 "Ratenzahlung ist nach Absprache möglich."]
        return Draft("reminder", o, "Zahlungsaufforderung – Inkassoverfahren", a.shuffle_mid(paras),
                     "Sehr geehrte Damen und "
                     "Herren,", "Mit freundlichen Grüßen", [("Aktenzeichen", a.code("IK-#######"))])
    if v == 4:
        o = make_org(a.rng, a.one("Hausverwaltung Grundmann & Söhne", "Immobilienverwaltung Kaspar GmbH"),
                     "Kantstraße 140", "10623 Berlin", signer=["Mietbuchhaltung"])
        paras = [f"für das Gewerbeobjekt {a.one('Torstraße 88, 2. OG', 'Lager Halle 4')} sind die Mieten für "
                 f"{a.one('September und Oktober', 'die letzten zwei Monate')} offen; der Rückstand beträgt "
                 f"{a.eur(1800, 9000)}.",
                 f"Wir bitten um Ausgleich {a.due.fixed(7, 14)}.",
                 "Sollte der Rückstand nicht ausgeglichen werden, behalten wir uns die fristlose Kündigung vor."]
        return Draft("reminder", o, "Mietrückstand", a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,",
                     "Mit freundlichen Grüßen", [("Mieter-Nr.", a.code("####-##"))])
    o = _supplier(a)
    if a.rng.random() < 0.25:
        rows = [["Beleg", "fällig seit", "offen"]] + [[a.code("RE-#####"), a.due.distractor(20, 90), a.eur(50, 2000)]
                                                     for _ in range(a.rng.randint(2, 4))]
        paras = ["nachstehend erhalten Sie einen Auszug der offenen Posten auf Ihrem Kundenkonto.",
                 f"Wir bitten um Ausgleich der überfälligen Beträge {a.due.fixed(7, 14)}.",
                 "Differenzen teilen Sie uns bitte umgehend mit."]
        return Draft("reminder", o, a.one("Kontoauszug – offene Posten", "Saldenbestätigung / überfällige Posten"),
                     paras, "Sehr geehrte Damen und "
                            "Herren,", "Mit freundlichen Grüßen", [("Kundennummer", a.code("K-#####"))], rows)
    level = ["Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"][min(v + a.rng.randrange(2), 3)]
    amt = a.eur(80, 6000)
    opening = a.one(f"sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {re_nr} vom "
                    f"{a.due.distractor(25, 60)} über {amt} noch offen ist.",
                    "bei Durchsicht unserer Buchhaltung ist uns aufgefallen, dass folgender Posten noch nicht "
                    "beglichen wurde: "
                    f"Rechnung {re_nr} über {amt}.",
                    f"leider konnten wir bis heute keinen Zahlungseingang zu unserer Rechnung {re_nr} feststellen.")
    pay = a.one("Bitte überweisen Sie den offenen Betrag "
                "{}.", "Wir erwarten Ihre Zahlung {} auf das unten genannte Konto.",
                "Bitte gleichen Sie den Saldo {} aus.").format(a.due.fixed(5, 14))
    paras = [opening, pay, a.one("Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben "
                                 "als gegenstandslos.",
                                 f"Für diese Mahnung berechnen wir eine Gebühr von {a.eur(5, 15)}.")]
    rows = [["Beleg", "Datum", "Betrag"], [re_nr, a.due.distractor(25, 60), amt]]
    return Draft("reminder", o, level, a.shuffle_mid(paras), "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen",
                 [("Kundennummer", a.code("K-#####")), ("Datum", f"{a.date:%d.%m.%Y}")], rows)


def invoice(a: Ask) -> Draft:
    v = a.rng.randrange(5)
    info = [("Rechnungsnummer", a.code("####/####")), ("Kundennummer", a.code("########")),
            ("Rechnungsdatum", f"{a.date:%d.%m.%Y}")]
    if v == 0:
        town = a.one("16515 Oranienburg", "14513 Teltow", "03046 Cottbus", "15517 Fürstenwalde")
        o = make_org(a.rng, f"Stadtwerke {town.split()[1]} GmbH", a.one("Werkstraße 1", "Am Kraftwerk 4"), town,
                     signer=["Ihr Kundenservice"])
        paras = ["mit dieser Jahresabrechnung rechnen wir den Verbrauch für Strom im Zeitraum "
                 f"{a.due.distractor(370, 380)} "
                 f"bis {a.due.distractor(5, 10)} ab.",
                 "Ihre geleisteten Abschläge sind berücksichtigt. Es ergibt sich eine Nachzahlung von "
                 f"{a.eur(40, 1200)}, "
                 f"fällig {a.due.fixed(14, 21)}.",
                 f"Ihr neuer monatlicher Abschlag beträgt {a.eur(60, 400)}."]
        subj = a.one("Jahresabrechnung Strom", "Ihre Verbrauchsabrechnung " + str(a.date.year))
        rows = [["Position", "Menge", "Betrag"], ["Arbeitspreis", f"{a.rng.randint(2000, 20000)} kWh", a.eur(500, 5000)],
                ["Grundpreis", "12 Monate", a.eur(100, 200)], ["abzgl. Abschläge", "", a.eur(400, 5000)]]
        return Draft("invoice", o, subj, paras, "Sehr geehrte Kundin, sehr geehrter Kunde,", "Freundliche Grüße", info, rows)
    if v == 1:
        o = make_org(a.rng, a.one("Telekom Deutschland "
                                  "GmbH", "Funknetz Plus GmbH Geschäftskunden", "Glasfaser Nordost GmbH"),
                     "Servicezentrum "
                     "Rechnung", a.one("99091 Erfurt", "48153 Münster"), signer=["Ihr Geschäftskundenservice"])
        paras = [f"Ihre Rechnung für {a.one('Oktober', 'November', 'den Abrechnungsmonat')} beträgt {a.eur(40, 400)} "
                 "inkl. 19 % USt.",
                 f"Der Betrag wird {a.one('am', 'ab dem')} {de(a.date + timedelta(days=a.rng.randint(5, 10)), a.rng)} "
                 "von Ihrem Konto abgebucht.",
                 "Den Einzelverbindungsnachweis finden Sie im Kundencenter."]
        return Draft("invoice", o, a.one("Ihre Rechnung", "Rechnung Festnetz und Internet"), paras,
                     "Guten Tag,", "Ihre Telekom" if "Telekom" in o.name else "Freundliche Grüße", info,
                     annex=[("Einzelverbindungsnachweis", [f"{d:02d}.{a.date.month:02d}. 0{a.rng.randint(30, 89)} "
                                                          f"{a.rng.randint(1000000, 9999999)}  "
                                                          f"0,{a.rng.randint(10, 99)} EUR"
                                                          for d in range(1, 12)])] if a.rng.random() < 0.4 else [])
    o = _supplier(a)
    net = a.rng.uniform(100, 8000)
    rows = [["Pos.", "Bezeichnung", "Betrag"],
            ["1", a.one("Beratung laut Angebot", "Büromaterial", "Unterhaltsreinigung Oktober", "Softwarelizenzen"),
             a.eur(net * 0.6, net * 0.6)],
            ["2", a.one("Anfahrt", "Versandpauschale", "Wartung"), a.eur(20, 200)],
            ["", "zzgl. 19 % USt.", a.eur(net * 0.19, net * 0.19)]]
    if v == 2 and a.rng.random() < 0.4:
        text, _ = a.due.bare(10, 30)
        info.insert(2, (a.one("Fällig am", "Zahlbar bis", "Fälligkeit"), text))
        pay = "Bitte überweisen Sie den Rechnungsbetrag bis zum oben genannten Fälligkeitsdatum."
        subj = "Rechnung"
    elif v == 2:
        pay = f"Zahlbar {a.due.fixed(10, 30)} ohne Abzug."
        subj = a.one("Rechnung", "Rechnung Nr. " + info[0][1])
    elif v == 3:
        pay = a.due.relative()
        subj = a.one("Abschlagsrechnung", "Teilrechnung Nr. 2", "Rechnung")
    else:
        pay = "Der Betrag wird Ihrem Kundenkonto gutgeschrieben und mit der nächsten Rechnung verrechnet."
        subj = "Gutschrift"
    paras = [a.one("für unsere Leistungen erlauben wir uns, wie folgt zu berechnen:",
                   "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen für das Projekt "
                   f"{a.mention or 'Umbau Empfang'}:",
                   "wir stellen Ihnen folgende Leistungen in Rechnung:"), pay,
             a.one("Leistungsdatum entspricht "
                   "Rechnungsdatum.", "Bei Fragen zur Rechnung erreichen Sie uns telefonisch.")]
    return Draft("invoice", o, subj, paras, "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen", info, rows)
