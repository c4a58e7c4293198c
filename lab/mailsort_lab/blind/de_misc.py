"""German contracts, advertising and everything else (wave 3 wording)."""

from __future__ import annotations

from datetime import timedelta

from mailsort_lab.blind.facts import Ask, Draft, make_org
from mailsort_lab.blind.when import de, plus_month


def _firm(a: Ask, names: list[tuple[str, str, str]]):
    if a.client_sender and a.rng.random() < 0.6:
        return make_org(a.rng, a.client_sender, "Friedrichstraße 123", "10117 Berlin")
    return make_org(a.rng, *a.rng.choice(names))


def contract(a: Ask) -> Draft:
    v = a.rng.randrange(6)
    sal, close = "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"
    info = [("Vertragsnummer", a.code("V-######")), ("Datum", f"{a.date:%d.%m.%Y}")]
    if v == 0:
        o = make_org(a.rng, a.one("Stadtwerke Bernau GmbH", "Energieversorgung Spree AG", "Märkische Energie GmbH"),
                     "Henriette-Herz-Platz 4", "10178 Berlin", signer=["Ihr Vertriebsteam"])
        start = de(plus_month(a.date.replace(day=1), 2), a.rng)
        paras = [f"zum {start} passen wir den Arbeitspreis Ihres Gewerbetarifs an: von 29,41 auf "
                 f"{a.rng.randint(30, 39)},{a.rng.randint(10, 99)} Cent/kWh brutto.",
                 "Grund sind gestiegene Netzentgelte und Beschaffungskosten. Der Grundpreis bleibt unverändert.",
                 f"Sie haben ein Sonderkündigungsrecht zum Zeitpunkt der Preisänderung; die Kündigung muss uns "
                 f"{a.due.fixed(20, 35)} vorliegen."]
        subj = a.one("Preisanpassung zum " + start, "Information über die Änderung Ihrer Strompreise")
    elif v == 1:
        o = _firm(a, [("Büroflächen Spreebogen Verwaltungs GmbH", "Alt-Moabit 96", "10559 Berlin")])
        paras = ["anbei erhalten Sie den Gewerbemietvertrag für die Fläche "
                 f"{a.one('Lager 3', 'Büro 4.12', 'Stellplatz 17')} "
                 "in zweifacher Ausfertigung.",
                 f"Die Nettokaltmiete beträgt {a.eur(300, 4000)} monatlich; der Vertrag läuft zunächst 36 Monate.",
                 f"Bitte senden Sie uns ein unterschriebenes Exemplar "
                 f"{a.due.month() if a.rng.random() < 0.35 else a.due.fixed(10, 21)} zurück."]
        subj = "Gewerbemietvertrag – Ausfertigung zur Unterschrift"
    elif v == 2:
        o = _firm(a, [("Fitnessstudio Kraftwerk Mitte GmbH", "Chausseestraße 8", "10115 Berlin"),
                      ("Kontorsoft Lizenzvertrieb GmbH", "Theresienhöhe 12", "80339 München"),
                      ("Mobilfunk Direkt Business GmbH", "Am Seestern 18", "40547 Düsseldorf")])
        end = a.date + timedelta(days=a.rng.randint(40, 120))
        paras = [a.one("hiermit bestätigen wir den Eingang Ihrer Kündigung vom {}.",
                       "Ihre Kündigung vom {} haben wir erhalten und bestätigen sie hiermit.",
                       "wir haben Ihr Schreiben vom {} erhalten, mit dem Sie Ihren Vertrag "
                       "kündigen.").format(a.due.distractor(3, 12)),
                 f"Ihr Vertrag endet fristgerecht zum {de(end, a.rng)}. Bis dahin laufen alle Leistungen unverändert "
                 "weiter.",
                 "Wir bedauern Ihre Entscheidung und würden uns freuen, Sie wieder als Kunden zu begrüßen."]
        subj = a.one("Kündigungsbestätigung", "Bestätigung Ihrer Kündigung")
    elif v == 3:
        o = _firm(a, [("Kopiertechnik Elster GmbH", "Hauptstraße 5", "01067 Dresden"),
                      ("Weinkellerei Raabe KG", "Weinstraße 31", "67146 Deidesheim")])
        paras = [f"vielen Dank für Ihre Bestellung vom {a.due.distractor(2, 8)}. Wir bestätigen Ihnen den Auftrag wie "
                 "folgt:",
                 f"Lieferung voraussichtlich in KW {a.rng.randint(2, 50)}; Gesamtbetrag {a.eur(300, 9000)} netto.",
                 "Es gelten unsere Allgemeinen Geschäftsbedingungen."]
        subj = a.one("Auftragsbestätigung", "Auftragsbestätigung Nr. " + a.code("AB-#####"))
    elif v == 4:
        o = _firm(a, [("Dialog IT-Systemhaus GmbH", "Gotenstraße 21", "20097 Hamburg")])
        paras = [f"wie mit {a.mention or 'Ihrem Kollegen'} besprochen, unterbreiten wir Ihnen unser Angebot über die "
                 "Erneuerung Ihrer Netzwerkinfrastruktur.",
                 f"Der Festpreis beträgt {a.eur(2000, 30000)} zzgl. USt. Bitte geben Sie uns {a.due.fixed(14, 30)} "
                 "Bescheid, ob wir den Auftrag einplanen dürfen.",
                 "Wir freuen uns auf Ihren Auftrag."]
        subj = "Ihr Angebot " + a.code("ANG-####")
    else:
        o = _firm(a, [("Wartungsdienst Aufzüge Kähler GmbH", "Industriestraße 9", "12099 Berlin")])
        paras = [f"Ihr Wartungsvertrag verlängert sich automatisch um ein weiteres Jahr, sofern Sie nicht "
                 f"{a.due.fixed(20, 40)} kündigen.",
                 f"Die jährliche Pauschale beträgt ab dem neuen Vertragsjahr {a.eur(500, 3000)}.",
                 "Eine Anpassung des Leistungsumfangs besprechen wir gern persönlich."]
        subj = "Verlängerung Ihres Wartungsvertrags"
    return Draft("contract", o, subj, a.shuffle_mid(paras), sal, close, info)


ADVERTISERS = [("Gewerbe-Register-Online Verlag GmbH", "Postfach 11 02", "20095 Hamburg"),
               ("LeaseNova Mobilität GmbH", "Hanauer Landstraße 200", "60314 Frankfurt am Main"),
               ("Papierwelt Versandhandel GmbH", "Industriepark 7", "33332 Gütersloh"),
               ("Akademie für Führungspraxis GmbH", "Leopoldstraße 80", "80802 München"),
               ("Druckerei Flyerblitz GmbH", "Am Hafen 3", "28217 Bremen")]


def advertising(a: Ask) -> Draft:
    o = make_org(a.rng, *a.rng.choice(ADVERTISERS), signer=[a.one("Ihr Vertriebsteam", "Kundenbetreuung")])
    v = a.rng.randrange(5)
    if v == 0:
        paras = [f"die Eintragung Ihrer Firma {a.firm} in unserem Branchenverzeichnis für Gewerbetreibende ist "
                 "vorbereitet.",
                 f"Für nur {a.eur(490, 990)} im Jahr erscheint Ihr Eintrag mit Logo und Link. Senden Sie das Formular "
                 "einfach unterschrieben zurück.",
                 "Dies ist ein Angebot. Eine Zahlungspflicht besteht erst nach Auftragserteilung."]
        subj = "Aktualisierung Ihres Brancheneintrags – Angebot"
    elif v == 1:
        paras = ["unser neuer Jahreskatalog ist da: über 4.000 Artikel für Büro und Lager, jetzt mit 15 % "
                 "Neukundenrabatt.",
                 "Bestellen Sie bequem online oder telefonisch – ab 50 EUR liefern wir versandkostenfrei.",
                 f"Ihr persönlicher Gutscheincode: {a.code('KAT-####')}."]
        subj = a.one("Der neue Katalog ist da!", "Exklusiv für Geschäftskunden: 15 % Rabatt")
    elif v == 2:
        paras = [f"elektrisch, günstig, sofort verfügbar: Leasen Sie jetzt Ihren Firmenwagen ab {a.eur(199, 399)} "
                 "netto im Monat.",
                 "Inklusive Wartung, Versicherung und Wallbox-Beratung.",
                 "Vereinbaren Sie noch heute eine unverbindliche Probefahrt."]
        subj = "Gewerbeleasing-Angebot für Ihr Unternehmen"
    elif v == 3:
        paras = ["in unserem kostenpflichtigen Webinar „Führen in unsicheren Zeiten“ lernen Führungskräfte in drei "
                 "Modulen, Teams auch auf Distanz zu motivieren.",
                 f"Frühbucherpreis: {a.eur(290, 590)} zzgl. USt. Melden Sie sich jetzt an – die Plätze sind begrenzt.",
                 f"Bereits {a.mention or 'über 300 Unternehmen'} vertrauen auf unsere Trainer."]
        subj = "Einladung zum Webinar – jetzt Frühbucherrabatt sichern"
    else:
        paras = ["Flyer, Visitenkarten, Roll-ups: Drucken Sie jetzt zu Sonderpreisen.",
                 "Nur diesen Monat: 1.000 Visitenkarten für 19,90 EUR.",
                 "Gestalten Sie Ihre Druckprodukte direkt online mit unserem Designer."]
        subj = "Sonderaktion für Geschäftskunden"
    return Draft("advertising", o, subj, a.shuffle_mid(paras), a.one("Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,"),
                 a.one("Mit freundlichen Grüßen", "Beste Grüße"), [("Aktionscode", a.code("@@-###"))])


def other(a: Ask) -> Draft:
    v = a.rng.randrange(8)
    sal, close = "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"
    if v == 0:
        o = make_org(a.rng, a.one("Jana Kowalczyk", "Timo Brandtner"), a.one("Grünberger Str. 12", "Am Weinberg 4"),
                     a.one("10245 Berlin", "14467 Potsdam"), kind="person")
        paras = ["mit großem Interesse habe ich Ihre Stellenausschreibung als "
                 f"{a.one('Bürokauffrau', 'Projektassistenz', 'Buchhalter/in')} "
                 "gelesen und bewerbe mich hiermit.",
                 f"Derzeit bin ich bei {a.mention or 'einem Logistikunternehmen'} in ungekündigter Stellung tätig.",
                 "Über eine Einladung zu einem persönlichen Gespräch freue ich mich."]
        subj = "Bewerbung um die ausgeschriebene Stelle"
    elif v == 1:
        o = make_org(a.rng, a.one("Stiftung Kinderlachen e.V.", "Tafel Nordost e.V."), "Lindenallee 3", "13088 Berlin",
                     kind="public", signer=["Ihr Spendenteam"])
        paras = ["gerade in der kalten Jahreszeit brauchen Familien in unserer Nachbarschaft Unterstützung.",
                 "Schon 25 Euro ermöglichen eine Woche warmes Mittagessen für ein Kind.",
                 "Ihre Spende ist steuerlich absetzbar; eine Zuwendungsbestätigung senden wir Ihnen automatisch zu."]
        subj = "Bitte helfen Sie mit – unser Winteraufruf"
    elif v == 2:
        o = _firm(a, [("Unternehmerverband Mitte e.V.", "Jägerstraße 1", "10117 Berlin")])
        when = a.date + timedelta(days=a.rng.randint(20, 40))
        paras = [f"wir laden Sie herzlich zu unserem Unternehmerabend am {de(when, a.rng)} um 18 Uhr ein.",
                 "Als Gastredner erwarten wir "
                 f"{a.one('die Wirtschaftssenatorin', 'den Präsidenten der Handwerkskammer')}.",
                 "Wir freuen uns auf gute Gespräche bei Musik und Imbiss."]
        subj = a.one("Einladung zum Unternehmerabend", "Herzliche Einladung")
    elif v == 3:
        o = _firm(a, [("Kaffeerösterei Elbbohne GmbH", "Stresemannstraße 300", "22761 Hamburg")])
        paras = ["mit dieser Sendung erhalten Sie folgende Ware. Bitte prüfen Sie die Lieferung auf Vollständigkeit.",
                 "Die Rechnung erhalten Sie gesondert per E-Mail.", "Transportschäden melden Sie bitte dem Fahrer."]
        subj = "Lieferschein " + a.code("LS-######")
        return Draft("other", o, subj, paras, "", "", [("Lieferdatum", f"{a.date:%d.%m.%Y}")],
                     [["Art.-Nr.", "Bezeichnung", "Menge"], [a.code("####"), "Espresso Bohne 1 kg", "6"],
                      [a.code("####"), "Hafermilch Barista", "12"]])
    elif v == 4:
        o = _firm(a, [("Netzwerk Gründerinnen Berlin e.V.", "Rosenthaler Straße 40", "10178 Berlin")])
        paras = ["in unserem Quartalsrundbrief berichten wir über neue Mitglieder, Förderprogramme und Termine.",
                 f"Besonders freuen wir uns über die Kooperation mit {a.mention or 'der Hochschule für Wirtschaft'}.",
                 "Wie immer finden Sie alle Veranstaltungen auch auf unserer Website."]
        subj = a.one("Rundbrief IV/" + str(a.date.year), "Newsletter unseres Netzwerks")
    elif v == 5:
        o = _firm(a, [("Steuerkanzlei Albers & Yıldız", "Oranienburger Str. 3", "10178 Berlin")])
        paras = ["wir ziehen um! Ab dem nächsten Monat finden Sie uns in unseren neuen Räumen.",
                 "Neue Anschrift: Invalidenstraße 112, 10115 Berlin. Telefonnummern und E-Mail-Adressen bleiben "
                 "gleich.",
                 "Bitte aktualisieren Sie Ihre Stammdaten."]
        subj = "Neue Anschrift ab " + de(plus_month(a.date.replace(day=1)), a.rng)
    elif v == 7:
        o = make_org(a.rng, a.one("Svenja Albrecht-Nuñez", "Dominik Fröhlich"), "Boxhagener Straße 77", "10245 Berlin",
                     kind="person")
        paras = [f"mein Arbeitsverhältnis bei {a.firm} endete am {a.due.distractor(14, 40)}.",
                 f"Ich bitte Sie, mir {a.due.fixed(14, 21)} ein qualifiziertes Arbeitszeugnis auszustellen und an die "
                 "obige Anschrift zu senden.",
                 "Vielen Dank für die gute Zusammenarbeit."]
        subj = a.one("Bitte um ein Arbeitszeugnis", "Anforderung Arbeitszeugnis")
    else:
        o = make_org(a.rng, a.one("Kordula Hensel", "Rüdiger Plaschke"), "Ahornweg 5", "15345 Altlandsberg", kind="person")
        paras = [f"ich möchte mich auf diesem Weg noch einmal herzlich für die gute Zusammenarbeit mit {a.firm} "
                 "bedanken.",
                 "Zum Jahresende wünsche ich Ihnen und dem ganzen Team alles Gute.",
                 "Ich würde mich freuen, wenn wir uns im neuen Jahr wieder begegnen."]
        subj = "Dankeschön"
        sal, close = "Liebe Kolleginnen und Kollegen,", "Herzliche Grüße"
    return Draft("other", o, subj, a.shuffle_mid(paras), sal, close, [("Datum", f"{a.date:%d.%m.%Y}")])
