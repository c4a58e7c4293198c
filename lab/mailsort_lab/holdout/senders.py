"""Fictional organisations that write to the clients, by category, with their own letterheads.

None of these names exists in the training generator; all are invented. A client of the
provider can be the sender too (see compose.py), which is the hard case for routing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Org:
    name: str
    street: str
    city: str                      # postcode + town
    kind: str                      # what sort of body: finanzamt, court, bank, ...
    lang: str = "de"
    phone: str = ""
    email: str = ""
    web: str = ""
    footer: list[str] = field(default_factory=list)
    unit: str = ""                 # department line under the name

    @property
    def town(self) -> str:
        return self.city.split(" ", 1)[-1]


def iban_de(rng: random.Random) -> str:
    """A German IBAN with a correct check number (mod 97), so validators accept it."""
    bban = "".join(rng.choice("0123456789") for _ in range(18))
    check = 98 - int(bban + "131400") % 97          # D=13, E=14, then "00"
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _o(name, street, city, kind, lang="de", unit="", web=""):
    return Org(name, street, city, kind, lang, unit=unit, web=web)


# category -> organisations that typically write letters of that category
ORGS: dict[str, list[Org]] = {
    "tax": [
        _o("Finanzamt Berlin-Spreebogen", "Alt-Moabit 211", "10557 Berlin", "finanzamt",
           unit="Veranlagungsstelle 3"),
        _o("Finanzamt für Körperschaften V Berlin", "Magdalenenstraße 27", "10365 Berlin", "finanzamt"),
        _o("Finanzamt Potsdam-Havel", "Steinstraße 104", "14480 Potsdam", "finanzamt",
           unit="Umsatzsteuer-Voranmeldungsstelle"),
        _o("Bundeszentralamt für Steuern", "An der Küppe 3", "53225 Bonn", "bzst"),
        _o("Hauptzollamt Berlin-Nord", "Grellstraße 18", "10409 Berlin", "zoll",
           unit="Sachgebiet Kraftfahrzeugsteuer"),
    ],
    "legal": [
        _o("Amtsgericht Wedding", "Brunnenplatz 1", "13357 Berlin", "mahngericht",
           unit="Zentrales Mahngericht Berlin-Brandenburg"),
        _o("Landgericht Potsdam", "Jägerallee 10", "14469 Potsdam", "court", unit="3. Zivilkammer"),
        _o("Kanzlei Brandt Okafor Rechtsanwälte", "Kurfürstendamm 200", "10719 Berlin", "lawyer",
           web="www.brandt-okafor-recht.de"),
        _o("Dr. Vollmer & Partner Rechtsanwälte mbB", "Ballindamm 9", "20095 Hamburg", "lawyer"),
        _o("Obergerichtsvollzieherin Sandra Pieck", "Turmstraße 91", "10559 Berlin", "bailiff"),
        _o("Rechtsanwalt Dr. Till Ebersbach als Insolvenzverwalter", "Leipziger Platz 8",
           "10117 Berlin", "insolvency"),
        _o("Whitcombe Hale LLP Solicitors", "14 Fenchurch Row", "London EC3M 4BY", "lawyer", "en"),
    ],
    "authority": [
        _o("Amtsgericht Charlottenburg", "Hardenbergstraße 31", "10623 Berlin", "register",
           unit="Registergericht - Handelsregister B"),
        _o("Industrie- und Handelskammer zu Berlin", "Fasanenstraße 85", "10623 Berlin", "ihk",
           unit="Beitragsabteilung"),
        _o("Handwerkskammer Berlin", "Blücherstraße 68", "10961 Berlin", "hwk"),
        _o("Bezirksamt Mitte von Berlin", "Karl-Marx-Allee 31", "10178 Berlin", "gewerbeamt",
           unit="Ordnungsamt - Gewerbeangelegenheiten"),
        _o("Spreeland Krankenkasse", "Wilhelmstraße 55", "10117 Berlin", "krankenkasse",
           unit="Firmenkundenservice Beiträge"),
        _o("Deutsche Rentenversicherung Bund", "Ruhrstraße 2", "10709 Berlin", "drv",
           unit="Prüfdienst Arbeitgeber"),
        _o("Berufsgenossenschaft Handel und Lager", "Dynamostraße 7", "68165 Mannheim", "bg"),
        _o("ARD ZDF Deutschlandradio Beitragsservice", "Postfach 10 80 25", "50656 Köln", "rundfunk"),
        _o("Amt für Statistik Berlin-Brandenburg", "Steinstraße 104-106", "14480 Potsdam", "statistik"),
        _o("Agentur für Arbeit Berlin Mitte", "Charlottenstraße 90", "10969 Berlin", "arbeitsagentur",
           unit="Arbeitgeber-Service"),
    ],
    "bank": [
        _o("Spreetal Bank eG", "Schönhauser Allee 44", "10435 Berlin", "bank", web="www.spreetal-bank.de"),
        _o("Sparkasse Oberhavel-Barnim", "Berliner Straße 12", "16515 Oranienburg", "bank"),
        _o("Nordwall Direktbank AG", "Am Sandtorkai 50", "20457 Hamburg", "bank", web="www.nordwall.de"),
        _o("PayQuick Europe S.A. Niederlassung Deutschland", "Oranienburger Straße 5", "10178 Berlin",
           "payment"),
        _o("Ledgerline Bank Ltd.", "22 Albion Wharf", "Dublin D02 XK71", "bank", "en"),
    ],
    "insurance": [
        _o("Hanseatische Sachversicherung AG", "Mönckebergstraße 31", "20095 Hamburg", "insurer"),
        _o("Allgemeine Berufshaftpflicht VVaG", "Theresienstraße 6", "80333 München", "insurer"),
        _o("Kruse & Lindqvist Versicherungsmakler GmbH", "Chausseestraße 86", "10115 Berlin", "broker"),
        _o("Rheinische Rechtsschutz AG", "Konrad-Adenauer-Ufer 2", "50668 Köln", "insurer"),
        _o("Meridian Commercial Insurance plc", "3 Lime Court", "London EC2V 7AN", "insurer", "en"),
    ],
    "reminder": [
        _o("Creditwall Inkasso GmbH", "Neuer Wall 66", "20354 Hamburg", "inkasso"),
        _o("Medius Forderungsmanagement GmbH", "Königsallee 14", "40212 Düsseldorf", "inkasso"),
        _o("Hausverwaltung Quast & Sohn", "Wrangelstraße 12", "10997 Berlin", "landlord"),
        _o("Papierhaus Elbflorenz GmbH", "Prager Straße 20", "01069 Dresden", "supplier"),
        _o("Ostwind Facility Services GmbH", "Storkower Straße 99", "10407 Berlin", "supplier"),
        _o("Brightcrest Software Ltd.", "9 Canal Street", "Manchester M1 3HE", "supplier", "en"),
    ],
    "invoice": [
        _o("Stadtwerke Spreeau GmbH", "Am Kraftwerk 3", "15517 Fürstenwalde", "utility"),
        _o("Berliner Wasserversorgung Nord AöR", "Seestraße 40", "13353 Berlin", "utility"),
        _o("Telefonica Kurzweil GmbH & Co. OHG", "Georg-Brauchle-Ring 23", "80992 München", "telecom"),
        _o("Papierhaus Elbflorenz GmbH", "Prager Straße 20", "01069 Dresden", "supplier"),
        _o("Steuerberatung Aydın & Kessler", "Gormannstraße 14", "10119 Berlin", "advisor"),
        _o("Druckerei Wendland KG", "Industriestraße 8", "29439 Lüchow", "supplier"),
        _o("Cloudharbor Hosting Ltd.", "1 Quayside Point", "Cork T12 R2XY", "saas", "en"),
    ],
    "contract": [
        _o("Stadtwerke Spreeau GmbH", "Am Kraftwerk 3", "15517 Fürstenwalde", "utility"),
        _o("Gewerbehof Lichtenberg Verwaltungs GmbH", "Herzbergstraße 55", "10365 Berlin", "landlord"),
        _o("Kopiertechnik Radeberger GmbH", "Dresdner Straße 101", "01454 Radeberg", "supplier"),
        _o("Telefonica Kurzweil GmbH & Co. OHG", "Georg-Brauchle-Ring 23", "80992 München", "telecom"),
        _o("Fuhrpark Leasing Mitte GmbH", "Lindenstraße 4", "10969 Berlin", "supplier"),
        _o("Cloudharbor Hosting Ltd.", "1 Quayside Point", "Cork T12 R2XY", "saas", "en"),
    ],
    "advertising": [
        _o("Büromöbel Sternkopf GmbH", "Gewerbepark 12", "33334 Gütersloh", "promo"),
        _o("Deutsches Firmenverzeichnis Online Ltd.", "Zeil 5", "60313 Frankfurt am Main", "directory"),
        _o("Akademie Wissensvorsprung GmbH", "Schillerstraße 40", "80336 München", "seminar"),
        _o("Leasingpartner Süd AG", "Marienplatz 2", "80331 München", "promo"),
        _o("Werbemittel Krause e.K.", "Am Markt 7", "06108 Halle (Saale)", "promo"),
        _o("SummitGrowth Events Ltd.", "40 Bishopsgate Yard", "London EC2N 4AJ", "seminar", "en"),
    ],
    "other": [
        _o("Spedition Hagedorn GmbH", "Hafenstraße 19", "28217 Bremen", "logistics"),
        _o("Förderverein Kinderhospiz Sonnenblume e.V.", "Parkweg 3", "14467 Potsdam", "charity"),
        _o("Unternehmerverband Mitte e.V.", "Rosenthaler Straße 40", "10178 Berlin", "association"),
        _o("Elektro Pawlak GmbH", "Müllerstraße 150", "13353 Berlin", "partner"),
        _o("Greywood Partners LLP", "18 Market Street", "Edinburgh EH1 1DE", "partner", "en"),
        _o("Lea Sommerfeldt", "Am Weinberg 4", "14469 Potsdam", "person"),
        _o("Jannik Oswald", "Boxhagener Straße 71", "10245 Berlin", "person"),
    ],
}
PERSONS = ["Martina Ehlert", "Kai-Uwe Brendel", "Svenja Roloff", "Dr. Ingo Tannert", "Yasemin Kaya",
           "Frederike von Alten", "Bernd Schaarschmidt", "Olga Wiebe", "Piotr Zielinski",
           "Anneliese Gottschalk", "Malte Iversen", "Derya Aksoy"]
PERSONS_EN = ["Siobhan Gallagher", "Rupert Ashdown", "Priya Raman", "Owen Pritchard", "Fiona McLeod"]


def finish(org: Org, rng: random.Random) -> Org:
    """Fill contact data and footer with fresh fictional numbers (new on every letter)."""
    slug = "".join(ch for ch in org.name.lower().split()[0] if ch.isalnum()) or "info"
    if org.lang == "de":
        area = rng.choice(["030", "0331", "040", "089", "0221", "0351"])
        org.phone = org.phone or f"Tel. {area} {rng.randint(200, 989)} {rng.randint(10, 99)}-{rng.randint(0, 99):02d}"
        org.email = org.email or f"{rng.choice(['info', 'post', 'service', 'kontakt'])}@{slug}.de"
        org.web = org.web or f"www.{slug}.de"
    else:
        org.phone = org.phone or f"Tel +44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        org.email = org.email or f"accounts@{slug}.co.uk"
        org.web = org.web or f"www.{slug}.co.uk"
    if org.kind == "person":
        org.email, org.web, org.footer = f"{slug}.{org.name.split()[-1].lower()}@gmx.de", "", []
        return org
    if not org.footer:
        public = org.kind in {"finanzamt", "bzst", "zoll", "mahngericht", "court", "register", "ihk",
                              "hwk", "gewerbeamt", "drv", "bg", "rundfunk", "statistik", "arbeitsagentur",
                              "krankenkasse"}
        bank = f"IBAN {iban_de(rng)}" + ("" if org.lang == "de" else "")
        if public:
            org.footer = [f"Bankverbindung: Bundesbank Filiale {org.town}, {bank}",
                          f"Sprechzeiten: Mo, Di, Do 8-15 Uhr, Fr 8-12 Uhr · {org.phone}"]
        elif org.lang == "de":
            org.footer = [f"{org.name} · {org.street} · {org.city}",
                          f"{bank} · BIC {rng.choice(['BELADEBEXXX', 'GENODEF1S10', 'COBADEFFXXX', 'HASPDEHHXXX'])}",
                          f"Amtsgericht {org.town} HRB {rng.randint(10000, 99999)} · USt-IdNr. DE{rng.randint(100000000, 999999999)}"]
        else:
            org.footer = [f"{org.name}, registered office {org.street}, {org.city}",
                          f"Company no. {rng.randint(1000000, 9999999)} · VAT GB{rng.randint(100000000, 999999999)}"]
    return org


def signer(lang: str, rng: random.Random) -> str:
    return rng.choice(PERSONS if lang == "de" else PERSONS_EN)
