"""Who writes to the tenants in wave 5: fictional firms, offices and people, by category.

Each sender has the name a clerk would file it under (the label), and sometimes a shorter brand
on the letterhead with the full legal name only in the footer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Sender:
    name: str                    # the label: who wrote it
    street: str
    city: str
    domain: str
    brand: str | None = None     # the letterhead's short form, legal name only in the footer
    dept: list[str] = field(default_factory=list)
    person: bool = False

    @property
    def town(self) -> str:
        return self.city.split(" ", 1)[1]

    @property
    def head(self) -> str:
        return self.brand or self.name


S = Sender
DE: dict[str, list[Sender]] = {
    "invoice": [
        S("Elbtal Druckwerkstatt GmbH", "Hafenstraße 14", "01067 Dresden", "elbtal-druck.de", "Elbtal Druck",
          ["Buchhaltung", "Auftragsabwicklung"]),
        S("Havelstrom Energie GmbH", "Am Wasserwerk 3", "14467 Potsdam", "havelstrom.de", "havelstrom",
          ["Kundenservice Gewerbe"]),
        S("Funkwelle Kommunikation AG", "Kaiserallee 61", "76185 Karlsruhe", "funkwelle.de", "Funkwelle",
          ["Geschäftskundenbetreuung"]),
        S("Kanzlei für Steuern Riedel & Franke PartG mbB", "Marktplatz 5", "04109 Leipzig", "riedel-franke.de",
          None, ["Lohnbuchhaltung"]),
        S("Brückner Gebäudereinigung GmbH", "Schlesische Str. 88", "10997 Berlin", "brueckner-reinigung.de", None,
          ["Rechnungswesen"]),
        S("Tintenfass Büroversand KG", "Gewerbering 22", "33334 Gütersloh", "tintenfass-shop.de", "Tintenfass",
          ["Debitorenbuchhaltung"]),
        S("Kurierdienst Sausewind e.K.", "Storkower Straße 140", "10407 Berlin", "sausewind-kurier.de", None, []),
    ],
    "reminder": [
        S("Lenz Forderungsmanagement GmbH", "Postfach 10 22 33", "44022 Dortmund", "lenz-forderung.de", "Lenz Inkasso",
          ["Abteilung Inkasso"]),
        S("Elbtal Druckwerkstatt GmbH", "Hafenstraße 14", "01067 Dresden", "elbtal-druck.de", "Elbtal Druck",
          ["Mahnwesen"]),
        S("Hausverwaltung Kleist & Partner KG", "Uhlandstraße 171", "10719 Berlin", "kleist-hv.de", None,
          ["Mietbuchhaltung"]),
        S("Tintenfass Büroversand KG", "Gewerbering 22", "33334 Gütersloh", "tintenfass-shop.de", "Tintenfass",
          ["Forderungsmanagement"]),
        S("Seehafen Inkasso GmbH", "Am Sandtorkai 40", "20457 Hamburg", "seehafen-inkasso.de", None, []),
        S("Funkwelle Kommunikation AG", "Kaiserallee 61", "76185 Karlsruhe", "funkwelle.de", "Funkwelle",
          ["Zahlungsverkehr"]),
    ],
    "tax": [
        S("Finanzamt Berlin-Lichtenfelde", "Wiesenweg 30", "12247 Berlin", "finanzamt-lichtenfelde.berlin.de",
          None, ["Veranlagungsstelle 21", "Körperschaftsteuerstelle"]),
        S("Finanzamt für Körperschaften V Berlin", "Bredtschneiderstraße 7", "14057 Berlin",
          "fa-koerperschaften5.berlin.de", None, ["Arbeitsgebiet 3", "Umsatzsteuer-Sonderprüfung"]),
        S("Bundeszentralamt für Steuern", "An der Küppe 1", "53225 Bonn", "bzst.bund.de", None,
          ["Referat St II 4"]),
        S("Hauptzollamt Spreeufer", "Grellstraße 18", "10409 Berlin", "zoll-spreeufer.de", None,
          ["Sachgebiet Kraftfahrzeugsteuer"]),
        S("Finanzamt Brandenburg-Havelland", "Magdeburger Str. 46", "14770 Brandenburg an der Havel",
          "fa-havelland.brandenburg.de", None, ["Erhebungsstelle"]),
    ],
    "legal": [
        S("Rechtsanwälte Dornbusch Wegner & Kollegen", "Kurfürstendamm 52", "10707 Berlin", "dornbusch-wegner.de",
          "Dornbusch Wegner", ["Sekretariat RA Wegner"]),
        S("Amtsgericht Wedding – Zentrales Mahngericht", "Brunnenplatz 1", "13357 Berlin", "mahngericht.berlin.de",
          None, ["Mahnabteilung"]),
        S("Landgericht Potsdam", "Jägerallee 10-12", "14469 Potsdam", "lg-potsdam.brandenburg.de", None,
          ["Geschäftsstelle der 4. Zivilkammer"]),
        S("Obergerichtsvollzieherin Katrin Sommerfeld", "Turmstraße 91", "10559 Berlin", "gv-sommerfeld.de", None,
          [], True),
        S("Kanzlei Ahrens Rechtsanwälte PartG mbB", "Neuer Wall 33", "20354 Hamburg", "ahrens-legal.de",
          "AHRENS", ["Markenrecht"]),
        S("Dr. Vogelsang Insolvenzverwaltung", "Prager Straße 2", "04103 Leipzig", "vogelsang-insolvenz.de", None,
          ["Insolvenzverfahren"]),
    ],
    "authority": [
        S("Industrie- und Handelskammer Spree-Havel", "Schöneberger Ufer 9", "10785 Berlin", "ihk-spree-havel.de",
          "IHK Spree-Havel", ["Beitragsservice"]),
        S("Amtsgericht Charlottenburg – Registergericht", "Amtsgerichtsplatz 1", "14057 Berlin",
          "registergericht.berlin.de", None, ["Handelsregister Abteilung B"]),
        S("Bezirksamt Mitte – Ordnungsamt", "Karl-Marx-Allee 31", "10178 Berlin", "ordnungsamt-mitte.berlin.de",
          None, ["Gewerbeangelegenheiten"]),
        S("Berufsgenossenschaft Handel und Büro", "Dudenstraße 10", "10965 Berlin", "bg-handel-buero.de", "BGHB",
          ["Mitglieder und Beiträge"]),
        S("AOK Spreeland", "Wilhelmstraße 1", "10963 Berlin", "aok-spreeland.de", None, ["Firmenkundenservice"]),
        S("Deutsche Rentenversicherung Mitteldeutschland", "Georg-Schumann-Str. 146", "04159 Leipzig",
          "drv-mitte.de", None, ["Betriebsprüfdienst"]),
        S("Statistisches Landesamt Spree-Havel", "Behlertstraße 3a", "14467 Potsdam", "statistik-sh.de", None,
          ["Unternehmensstatistik"]),
    ],
    "bank": [
        S("Spreebank eG", "Alexanderplatz 2", "10178 Berlin", "spreebank.de", None, ["Firmenkundenbetreuung"]),
        S("Nordlicht Direktbank AG", "Ballindamm 9", "20095 Hamburg", "nordlicht-bank.de", "Nordlicht Bank",
          ["Geschäftskonten"]),
        S("Sparkasse Havelland-Mitte", "Bahnhofstraße 20", "14612 Falkensee", "sparkasse-hm.de", None,
          ["Kreditabteilung"]),
        S("Kassenfix Payment GmbH", "Torstraße 49", "10119 Berlin", "kassenfix.de", "Kassenfix", ["Risk & Compliance"]),
        S("Rheinische Handelsbank AG", "Königsallee 80", "40212 Düsseldorf", "rheinische-handelsbank.de", None,
          ["Zahlungsverkehr"]),
    ],
    "insurance": [
        S("Lindwurm Versicherung AG", "Maximilianstraße 35", "80539 München", "lindwurm-versicherung.de", "Lindwurm",
          ["Betriebshaftpflicht"]),
        S("Hanseatische Sachversicherung VVaG", "Ferdinandstraße 12", "20095 Hamburg", "hanse-sach.de", None,
          ["Schadenabteilung"]),
        S("Versicherungsmakler Brenner & Töchter GmbH", "Schloßstraße 11", "12163 Berlin", "brenner-makler.de",
          "Brenner & Töchter", ["Gewerbekunden"]),
        S("Kranich Rechtsschutz AG", "Am Kranich 4", "50667 Köln", "kranich-rs.de", None, ["Vertragsservice"]),
        S("Allgemeine Cyberversicherung Nord AG", "Speicherstadt 3", "20457 Hamburg", "cyber-nord.de",
          "CyberNord", ["Underwriting"]),
    ],
    "contract": [
        S("Büroraum Flex GmbH", "Kantstraße 150", "10623 Berlin", "bueroraum-flex.de", "Büroraum Flex",
          ["Vertragsmanagement"]),
        S("Havelstrom Energie GmbH", "Am Wasserwerk 3", "14467 Potsdam", "havelstrom.de", "havelstrom",
          ["Vertragsservice"]),
        S("Datenwerk Cloud Services GmbH", "Speditionstraße 15", "40221 Düsseldorf", "datenwerk.cloud", "datenwerk",
          ["Vertrieb Mittelstand"]),
        S("Kopierfuchs Leasing GmbH", "Industriestraße 7", "68169 Mannheim", "kopierfuchs.de", None,
          ["Vertragsverwaltung"]),
        S("Funkwelle Kommunikation AG", "Kaiserallee 61", "76185 Karlsruhe", "funkwelle.de", "Funkwelle",
          ["Kündigungsservice"]),
        S("Fahrzeugflotte Weidner GmbH & Co. KG", "Rhinstraße 60", "10315 Berlin", "weidner-flotte.de", None,
          ["Flottenmanagement"]),
    ],
    "advertising": [
        S("Branchenverzeichnis Deutsche Firmenauskunft GmbH", "Postfach 44 11", "65024 Wiesbaden",
          "firmenauskunft-online.de", None, ["Eintragungsservice"]),
        S("Seminarhaus Kompetenz Plus GmbH", "Theaterplatz 2", "99423 Weimar", "kompetenzplus-seminare.de",
          "Kompetenz Plus", ["Veranstaltungen"]),
        S("Kaffeebohne Bürogenuss GmbH", "Rösterweg 5", "28195 Bremen", "kaffeebohne-buero.de", "Kaffeebohne",
          ["Vertrieb"]),
        S("Papierlos Digital GmbH", "Heidestraße 58", "10557 Berlin", "papierlos-digital.de", "papierlos",
          ["Marketing"]),
        S("Leasingpartner Süd AG", "Leopoldstraße 244", "80807 München", "leasingpartner-sued.de", None,
          ["Neukundengewinnung"]),
        S("Werbeartikel Sonnenschein e.K.", "Am Markt 3", "37073 Göttingen", "sonnenschein-werbeartikel.de", None,
          []),
    ],
    "other": [
        S("Sven Lohmeyer", "Gartenweg 4", "16515 Oranienburg", "lohmeyer-mail.de", None, [], True),
        S("Förderverein Kinderhospiz Sternenzelt e.V.", "Lindenallee 9", "14195 Berlin", "sternenzelt-ev.de", None,
          ["Spendenbetreuung"]),
        S("Paketlogistik Blitzpaket GmbH", "Frachtweg 1", "15831 Mahlow", "blitzpaket.de", "Blitzpaket",
          ["Lieferschein"]),
        S("Unternehmerverband Mitte-Nord e.V.", "Spittelmarkt 12", "10117 Berlin", "uv-mitte-nord.de", None,
          ["Geschäftsstelle"]),
        S("Johanna Reiswig", "Am Fließ 12", "15366 Hoppegarten", "reiswig-post.de", None, [], True),
        S("Hochschule für Wirtschaft Spreewald", "Campusallee 1", "03046 Cottbus", "hw-spreewald.de", None,
          ["Career Service"]),
    ],
}
EN: dict[str, list[Sender]] = {
    "invoice": [S("Brightline Hosting Ltd", "14 Wharf Road", "N1 7GR London", "brightline-hosting.co.uk", "Brightline"),
                S("Canalside Translation Services BV", "Keizersgracht 210", "1016 DZ Amsterdam", "canalside-trans.nl"),
                S("Northwind Design Studio ApS", "Vesterbrogade 41", "1620 Copenhagen", "northwind-design.dk")],
    "reminder": [S("Brightline Hosting Ltd", "14 Wharf Road", "N1 7GR London", "brightline-hosting.co.uk", "Brightline"),
                 S("Atlas Receivables Management Ltd", "2 Pembroke Street", "D02 Dublin", "atlas-receivables.ie")],
    "tax": [S("Bundeszentralamt für Steuern", "An der Küppe 1", "53225 Bonn", "bzst.bund.de", None,
              ["Central Liaison Office"]),
            S("Irish Revenue Commissioners", "Dublin Castle", "D02 Dublin", "revenue-office.ie", None,
              ["VAT Refunds Section"])],
    "legal": [S("Hartley Quinn Solicitors LLP", "90 Fleet Street", "EC4Y 1DH London", "hartleyquinn.co.uk",
                "Hartley Quinn")],
    "authority": [S("Companies Registration Office Ireland", "Bloom House", "D01 Dublin", "cro-office.ie"),
                  S("German-British Chamber of Industry and Commerce", "Lindenstraße 5", "10969 Berlin",
                    "gbcc-chamber.de", "German-British Chamber")],
    "bank": [S("Meridian Business Bank plc", "1 Bishopsgate", "EC2N 3AQ London", "meridian-business.co.uk",
               "Meridian", ["Business Banking Compliance"]),
             S("PayRiver Europe SA", "12 Rue Erasme", "1468 Luxembourg", "payriver.eu", "PayRiver")],
    "insurance": [S("Harbour Mutual Insurance SE", "Grand Canal Quay 6", "D02 Dublin", "harbour-mutual.eu",
                    "Harbour Mutual", ["Commercial Lines"])],
    "contract": [S("Cloudnest Software Inc.", "500 Market Street", "CA 94105 San Francisco", "cloudnest.io", "Cloudnest"),
                 S("Brightline Hosting Ltd", "14 Wharf Road", "N1 7GR London", "brightline-hosting.co.uk", "Brightline")],
    "advertising": [S("ExpoGlobal Events Ltd", "33 Queen Street", "EH2 1JX Edinburgh", "expoglobal-events.com"),
                    S("Skyline Office Furniture BV", "Stationsplein 8", "3511 ED Utrecht", "skyline-office.nl", "Skyline")],
    "other": [S("Eleanor Whitcombe", "7 Mill Lane", "OX2 6JN Oxford", "whitcombe-mail.co.uk", None, [], True),
              S("Berlin International Founders Network e.V.", "Rosenthaler Str. 40", "10178 Berlin",
                "founders-network.berlin")],
}
HOURS_DE = ["Sprechzeiten: Mo–Do 8–16 Uhr, Fr 8–12 Uhr", "Servicezeiten Mo-Fr 7:30-18:00",
            "Öffnungszeiten: Di 9–12 und 14–18 Uhr, Do 9–12 Uhr", "Erreichbar werktags 9 bis 17 Uhr"]
HOURS_EN = ["Office hours: Mon–Fri 9am–5pm", "Lines open 8:00–18:00 CET"]
TAGLINES_DE = ["Verlässlich seit 1987", "Ihr Partner im Mittelstand", "Zertifiziert nach ISO 9001",
               "Wir machen das.", "Mitglied im Bundesverband"]
TAGLINES_EN = ["Trusted since 1998", "Making business simple", "ISO 27001 certified"]


# Words of a text and the senders that would write it: an energy firm does not bill courier trips.
TOPICS = [("Strom", "Havelstrom"), ("Kurier", "Sausewind"), ("Mobilfunk", "Funkwelle"), ("Lohn", "Riedel"),
          ("Reinigung", "Brückner"), ("Druck", "Elbtal"), ("Miete", "Kleist"), ("Mietvertrag", "Büroraum"),
          ("Mandantin", "Lenz|Seehafen"), ("Kraftfahrzeug", "Hauptzollamt"), ("Identifikationsnummer", "Bundeszentral"),
          ("Mahnbescheid", "Mahngericht"), ("Ladung", "Landgericht"), ("Zwangsvollstreckung", "vollzieherin"),
          ("Umsatzsteuer", "Finanzamt"), ("Körperschaftsteuer", "Finanzamt"), ("Steuererklärung", "Finanzamt"), ("Außenprüfung", "Finanzamt"),
          ("Markenrecht", "Dornbusch|Ahrens"), ("Mandantschaft", "Dornbusch|Ahrens"), ("Insolvenzverfahren", "Vogelsang"),
          ("Kammerbeitrag", "Handelskammer"), ("Registersache", "Registergericht"), ("Gewerbeanmeldung", "Ordnungsamt"),
          ("Unfallversicherung", "Berufsgenossenschaft"), ("28p", "Rentenversicherung"), ("Erhebung", "Statistisches"),
          ("Säumniszuschlag", "AOK"), ("girocard", "Spreebank|Sparkasse"), ("Lastschrift konnte", "Spreebank|Rheinische"),
          ("Betriebshaftpflicht", "Lindwurm"), ("Rechtsschutz", "Kranich"), ("Cyber", "Cyber"),
          ("Cloud-Telefonie", "Datenwerk"), ("Leasingvertrag", "Kopierfuchs"), ("Fuhrpark", "Weidner"),
          ("Firmenverzeichnis", "Firmenauskunft"), ("Kompaktseminar", "Seminarhaus"), ("Bürokaffee", "Kaffeebohne"),
          ("Scan-Software", "Papierlos"), ("Elektrofahrzeuge", "Leasingpartner"), ("Werbeartikel", "Sonnenschein"),
          ("Sommerfest", "Unternehmerverband"), ("Spende", "Sternenzelt"), ("Lieferschein", "Blitzpaket"),
          ("Ausbildungsplatz", "Lohmeyer|Reiswig"), ("Praktikumsbörse", "Hochschule"), ("Dank", "Lohmeyer|Reiswig"),
          ("hosting", "Brightline"), ("translation", "Canalside"), ("brand workshop", "Northwind"),
          ("solicitors", "Atlas"), ("VAT refund", "Bundeszentral"), ("ExpoGlobal", "ExpoGlobal"),
          ("Founders", "Founders"), ("my visit", "Whitcombe"), ("internship", "Whitcombe")]


def pick(category: str, lang: str, rng: random.Random, text: str = "") -> Sender:
    """A sender of the category, one that would write this text when the text says who it is."""
    pool = (EN if lang == "en" else DE)[category]
    fits = [s for s in pool for word, who in TOPICS if word in text and any(w in s.name for w in who.split("|"))]
    return rng.choice(fits or pool)


def phone(rng: random.Random) -> str:
    return f"0{rng.randint(30, 89)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}-{rng.randint(0, 99)}"
