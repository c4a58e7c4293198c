"""Sender organisations of wave 8: all fictional (names, streets, phone numbers, IBANs), written for
this wave. A private person writes only where no organisation does (a landlord, a neighbour)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sender:
    name: str
    street: str
    city: str
    lang: str
    kind: str                       # what sort of writer: court, lawyer, utility, supplier, private ...
    domain: str
    trade: str = ""                 # what it sells or does, for the wording
    register: str = ""
    bank: str = ""
    people: tuple[str, ...] = field(default=())


def S(name, street, city, lang, kind, domain, trade="", register="", bank="", people=()):
    return Sender(name, street, city, lang, kind, domain, trade, register, bank, tuple(people))


SENDERS: dict[str, list[Sender]] = {
    "invoice": [
        S("Spreewerk Energie GmbH", "Uferweg 40", "12435 Berlin", "de", "utility", "spreewerk-energie.example", "Strom",
          "Amtsgericht Charlottenburg HRB 190442 B", "Spreeufer Volksbank eG", ("Team Abrechnung",)),
        S("Funkturm Telekommunikation AG", "Messedamm 221", "14057 Berlin", "de", "telecom", "funkturm-tk.example", "Telefon und Internet",
          "Amtsgericht Charlottenburg HRB 88107 B", "Märkische Direktbank AG", ("Kundenservice",)),
        S("Papierhaus Lenné KG", "Lennéstraße 9", "14469 Potsdam", "de", "supplier", "papierhaus-lenne.example", "Büromaterial",
          "Amtsgericht Potsdam HRA 5521 P", "Sparkasse Havelniederung", ("Kerstin Wollny",)),
        S("Glanzpunkt Gebäudeservice GmbH", "Am Borsigturm 77", "13507 Berlin", "de", "service", "glanzpunkt-service.example", "Unterhaltsreinigung",
          "Amtsgericht Charlottenburg HRB 170923 B", "Stadtsparkasse Spreetal", ("Dragan Petrović",)),
        S("Druckerei Kesselhaus OHG", "Gaswerkstraße 3", "04229 Leipzig", "de", "supplier", "druckerei-kesselhaus.example", "Drucksachen",
          "Amtsgericht Leipzig HRA 17730", "Sparkasse Pleißeland", ("Olaf Kessler",)),
        S("Netzwerkstatt Brandt IT-Service e.K.", "Kaiserin-Augusta-Allee 14", "10553 Berlin", "de", "service", "netzwerkstatt-brandt.example", "IT-Betreuung",
          "Amtsgericht Charlottenburg HRA 60114 B", "Hanse Merkur Handelsbank AG", ("Henning Brandt",)),
        S("Kurierblitz Logistik GmbH", "Flughafenstraße 52", "12053 Berlin", "de", "service", "kurierblitz.example", "Kurierfahrten",
          "Amtsgericht Charlottenburg HRB 201877 B", "Märkische Direktbank AG", ("Buchhaltung",)),
        S("Cloudlane Software Ltd.", "44 Mercer Street", "Dublin D02 XK71, Ireland", "en", "saas", "cloudlane.example", "software subscription",
          "Registered in Ireland No. 712305", "Bank of Leinster", ("Billing Team",)),
        S("Harwick Translation Services Ltd.", "9 Queen Square", "Bath BA1 2HN, United Kingdom", "en", "service", "harwick-translations.example",
          "translation services", "Company No. 09981234", "Harbour Bank", ("Eleanor Pryce",)),
        S("Vinterberg Catering ApS", "Strandgade 71", "1401 København K, Denmark", "en", "service", "vinterberg-catering.example", "catering",
          "CVR 40918273", "Nordhavn Bank", ("Mette Vinterberg",)),
    ],
    "reminder": [
        S("Spreewerk Energie GmbH", "Uferweg 40", "12435 Berlin", "de", "utility", "spreewerk-energie.example", "Strom",
          "Amtsgericht Charlottenburg HRB 190442 B", "Spreeufer Volksbank eG", ("Forderungsmanagement",)),
        S("Papierhaus Lenné KG", "Lennéstraße 9", "14469 Potsdam", "de", "supplier", "papierhaus-lenne.example", "Büromaterial",
          "Amtsgericht Potsdam HRA 5521 P", "Sparkasse Havelniederung", ("Kerstin Wollny",)),
        S("Nordost Forderungsmanagement Inkasso GmbH", "Storkower Straße 158", "10407 Berlin", "de", "inkasso", "nordost-inkasso.example",
          "", "Amtsgericht Charlottenburg HRB 99012 B", "Stadtsparkasse Spreetal", ("Sachbearbeitung Team 3",)),
        S("Adlershof Büromöbel GmbH", "Rudower Chaussee 29", "12489 Berlin", "de", "supplier", "adlershof-moebel.example", "Büromöbel",
          "Amtsgericht Charlottenburg HRB 144561 B", "Bankhaus Lindemann & Co.", ("Ramona Thiele",)),
        S("Gerlinde Vosswinkel", "Kastanienallee 61", "10119 Berlin", "de", "private", "web.example", "Lagerraum"),
        S("Cloudlane Software Ltd.", "44 Mercer Street", "Dublin D02 XK71, Ireland", "en", "saas", "cloudlane.example", "software subscription",
          "Registered in Ireland No. 712305", "Bank of Leinster", ("Accounts Receivable",)),
        S("Pellham Recoveries Ltd.", "2 Cannon Court", "Manchester M3 1AB, United Kingdom", "en", "inkasso", "pellham-recoveries.example",
          "", "Company No. 11200471", "Harbour Bank", ("Collections Department",)),
    ],
    "tax": [
        S("Finanzamt für Körperschaften IV Berlin", "Pappelhof 7", "10243 Berlin", "de", "finanzamt", "finanzamt.berlin.example"),
        S("Finanzamt Berlin-Mitte/Tiergarten", "Am Speicherhafen 14", "10179 Berlin", "de", "finanzamt", "finanzamt.berlin.example"),
        S("Finanzamt Charlottenburg", "Lietzenhof 3", "10627 Berlin", "de", "finanzamt", "finanzamt.berlin.example"),
        S("Bundeszentralamt für Steuern", "Rheinblick 20", "53225 Bonn", "de", "bzst", "bzst.example"),
        S("Hauptzollamt Berlin", "Zollhofweg 9", "12099 Berlin", "de", "zoll", "zoll.example"),
    ],
    "legal": [
        S("Amtsgericht Wedding – Zentrales Mahngericht Berlin-Brandenburg", "Gerichtshof 4", "13357 Berlin", "de", "court-mahn", "ag-wedding.example"),
        S("Landgericht Berlin II", "Justizweg 22", "10179 Berlin", "de", "court", "lg-berlin.example"),
        S("Amtsgericht Mitte", "Justizweg 30", "10179 Berlin", "de", "court", "ag-mitte.example"),
        S("Rechtsanwälte Tessendorf & Kallweit PartGmbB", "Kurfürstendamm 188", "10707 Berlin", "de", "lawyer", "tessendorf-kallweit.example",
          "", "Partnerschaftsregister AG Charlottenburg PR 1187 B", "Spreeufer Volksbank eG", ("Dr. Anselm Tessendorf", "Rechtsanwalt")),
        S("Kanzlei Oberholz Rechtsanwälte", "Theodor-Heuss-Ring 23", "50668 Köln", "de", "lawyer", "oberholz-recht.example",
          "", "", "Kreissparkasse Rheinauen", ("Miriam Oberholz", "Rechtsanwältin")),
        S("Obergerichtsvollzieherin Sandra Kühlewind", "Am Gerichtshof 6", "13357 Berlin", "de", "bailiff", "gv-kuehlewind.example"),
        S("Dr. Lorenz Eschweiler, Insolvenzverwalter", "Joachimsthaler Straße 10", "10719 Berlin", "de", "insolvency", "eschweiler-insolvenz.example"),
        S("Fairbairn Whitlock LLP", "18 Ropemaker Street", "London EC2Y 9AR, United Kingdom", "en", "lawyer", "fairbairn-whitlock.example",
          "", "Authorised and regulated by the SRA", "Harbour Bank", ("Jonathan Whitlock", "Partner")),
    ],
    "authority": [
        S("Amtsgericht Charlottenburg – Registergericht", "Registerhof 2", "14057 Berlin", "de", "register", "ag-charlottenburg.example"),
        S("Industrie- und Handelskammer zu Berlin", "Kammerweg 18", "10623 Berlin", "de", "chamber", "ihk-berlin.example"),
        S("Bezirksamt Mitte von Berlin – Ordnungsamt", "Rathausgasse 5", "10178 Berlin", "de", "ordnung", "ba-mitte.example"),
        S("Bezirksamt Mitte von Berlin – Gewerbeamt", "Rathausgasse 9", "13353 Berlin", "de", "gewerbe", "ba-mitte.example"),
        S("Spreeland BKK", "Alt-Moabit 96", "10559 Berlin", "de", "kasse", "spreeland-bkk.example"),
        S("Deutsche Rentenversicherung Bund", "Rentenplatz 11", "10709 Berlin", "de", "drv", "drv.example"),
        S("Berufsgenossenschaft Handel und Dienstleistung", "Sicherheitsring 4", "68165 Mannheim", "de", "bg", "bghd.example"),
        S("ARD ZDF Deutschlandradio Beitragsservice", "Beitragsweg 1", "50829 Köln", "de", "rundfunk", "rundfunkbeitrag.example"),
        S("Amt für Statistik Berlin-Brandenburg", "Zahlenhof 8", "14480 Potsdam", "de", "statistik", "statistik-bbb.example"),
    ],
    "bank": [
        S("Havelland Volksbank eG", "Breite Straße 30", "14467 Potsdam", "de", "bank", "havelland-vb.example", "",
          "Genossenschaftsregister AG Potsdam GnR 311", "", ("Firmenkundenbetreuung",)),
        S("Nordkap Direktbank AG", "Großer Burstah 50", "20457 Hamburg", "de", "bank", "nordkap-bank.example", "",
          "Amtsgericht Hamburg HRB 150223", "", ("Kundenservice Geschäftskonten",)),
        S("Sparkasse Oderland", "Marktplatz 4", "15230 Frankfurt (Oder)", "de", "bank", "sparkasse-oderland.example", "",
          "", "", ("Geschäftskunden-Center",)),
        S("Paylio Payments Europe S.A.", "12 Rue Erasme", "1468 Luxembourg", "en", "psp", "paylio.example", "",
          "R.C.S. Luxembourg B 231774", "", ("Merchant Support",)),
        S("Ashgrove Business Bank plc", "70 Gresham Street", "London EC2V 7NQ, United Kingdom", "en", "bank", "ashgrove-bank.example", "",
          "Registered in England No. 04417220", "", ("Client Onboarding",)),
    ],
    "insurance": [
        S("Grauwacke Versicherung AG", "Theodor-Heuss-Platz 2", "14052 Berlin", "de", "insurer", "grauwacke-versicherung.example", "Betriebshaftpflicht",
          "Amtsgericht Charlottenburg HRB 60712 B", "Hanse Merkur Handelsbank AG", ("Vertragsservice",)),
        S("Elbtal Sachversicherung VVaG", "Ostra-Allee 11", "01067 Dresden", "de", "insurer", "elbtal-vvag.example", "Inhaltsversicherung",
          "Amtsgericht Dresden VR 2214", "Sparkasse Elbhang", ("Schadenabteilung",)),
        S("Brandt & Ohlsen Versicherungsmakler GmbH", "Mönckebergstraße 19", "20095 Hamburg", "de", "broker", "brandt-ohlsen.example", "Cyberversicherung",
          "Amtsgericht Hamburg HRB 130045", "Alsterbank eG", ("Jasper Ohlsen",)),
        S("Meridian Specialty Insurance SE", "Avenue Louise 250", "1050 Brussels, Belgium", "en", "insurer", "meridian-specialty.example", "professional indemnity",
          "RPM Brussels 0712.334.512", "", ("Policy Services",)),
    ],
    "contract": [
        S("Spreewerk Energie GmbH", "Uferweg 40", "12435 Berlin", "de", "utility", "spreewerk-energie.example", "Strom",
          "Amtsgericht Charlottenburg HRB 190442 B", "Spreeufer Volksbank eG", ("Vertragsmanagement",)),
        S("Funkturm Telekommunikation AG", "Messedamm 221", "14057 Berlin", "de", "telecom", "funkturm-tk.example", "Mobilfunk",
          "Amtsgericht Charlottenburg HRB 88107 B", "Märkische Direktbank AG", ("Geschäftskundenteam",)),
        S("Leasingkontor Südwest GmbH", "Königstraße 26", "70173 Stuttgart", "de", "leasing", "leasingkontor-sw.example", "Multifunktionsdrucker",
          "Amtsgericht Stuttgart HRB 733190", "Neckartal Bank AG", ("Vertragsabteilung",)),
        S("Glanzpunkt Gebäudeservice GmbH", "Am Borsigturm 77", "13507 Berlin", "de", "service", "glanzpunkt-service.example", "Unterhaltsreinigung",
          "Amtsgericht Charlottenburg HRB 170923 B", "Stadtsparkasse Spreetal", ("Dragan Petrović",)),
        S("Cloudlane Software Ltd.", "44 Mercer Street", "Dublin D02 XK71, Ireland", "en", "saas", "cloudlane.example", "software subscription",
          "Registered in Ireland No. 712305", "Bank of Leinster", ("Customer Success",)),
        S("Quillstone Data Services B.V.", "Keizersgracht 411", "1016 EK Amsterdam, Netherlands", "en", "saas", "quillstone.example", "data hosting",
          "KvK 81726354", "", ("Contracts Team",)),
    ],
    "advertising": [
        S("Sitzwerk Objektmöbel GmbH", "Industriestraße 8", "32051 Herford", "de", "vendor", "sitzwerk.example", "Bürostühle",
          "Amtsgericht Bad Oeynhausen HRB 14420", "", ("Ihr Sitzwerk-Team",)),
        S("Branchenbuch Deutschland Online Verlag GmbH", "Am Sandtorkai 5", "20457 Hamburg", "de", "directory", "branchenbuch-online.example", "Eintrag",
          "Amtsgericht Hamburg HRB 166021", "", ("Anzeigenverwaltung",)),
        S("Akademie Rotbuche Seminare GmbH", "Lindenstraße 12", "50674 Köln", "de", "events", "akademie-rotbuche.example", "Seminar",
          "Amtsgericht Köln HRB 99231", "", ("Seminarservice",)),
        S("Flottenwerk Autoleasing GmbH", "Hansaring 61", "50670 Köln", "de", "leasing", "flottenwerk.example", "Firmenwagen",
          "Amtsgericht Köln HRB 102004", "", ("Außendienst Region Ost",)),
        S("Brightmere Events Ltd.", "3 Wharf Lane", "Leeds LS1 4DY, United Kingdom", "en", "events", "brightmere-events.example", "summit",
          "Company No. 12093311", "", ("Delegate Sales",)),
        S("Ledgerly Inc.", "500 Harrison Street", "San Francisco, CA 94105, USA", "en", "vendor", "ledgerly.example", "accounting software",
          "", "", ("The Ledgerly Team",)),
    ],
    "other": [
        S("Förderverein Kinderhospiz Müggelsee e.V.", "Seestraße 44", "12589 Berlin", "de", "charity", "kinderhospiz-mueggelsee.example", "",
          "Vereinsregister AG Charlottenburg VR 31877 B", "Stadtsparkasse Spreetal", ("Brigitte Hallmann", "Vorsitzende")),
        S("Unternehmerinnen-Netzwerk Spree e.V.", "Oranienburger Straße 22", "10178 Berlin", "de", "network", "un-spree.example", "",
          "Vereinsregister AG Charlottenburg VR 40112 B", "", ("Dr. Wiebke Ahrens", "Geschäftsführerin")),
        S("Kurierblitz Logistik GmbH", "Flughafenstraße 52", "12053 Berlin", "de", "service", "kurierblitz.example", "Lieferung",
          "Amtsgericht Charlottenburg HRB 201877 B", "", ("Disposition",)),
        S("Jonathan Reuß", "Gärtnerstraße 17", "10245 Berlin", "de", "private", "posteo.example"),
        S("Steuerkanzlei Hinrichsen", "Bahnhofstraße 11", "24937 Flensburg", "de", "office", "hinrichsen-stb.example", "",
          "", "", ("Thorsten Hinrichsen", "Steuerberater")),
        S("Aldridge & Moss Recruitment Ltd.", "27 Broad Street", "Bristol BS1 2HG, United Kingdom", "en", "office", "aldridge-moss.example", "",
          "Company No. 10455120", "", ("Priya Aldridge", "Director")),
    ],
}


def iban(rng: random.Random, country: str = "DE") -> str:
    """An IBAN with a valid ISO 13616 check sum over a fictional bank code: German, British, Irish or Danish."""
    digits = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    bban = {"DE": lambda: digits(18), "GB": lambda: "HRBK" + digits(14), "IE": lambda: "LEIN" + digits(14),
            "DK": lambda: digits(14)}[country]()
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    raw = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def country(s: Sender) -> str | None:
    """Where the sender banks, for its IBAN; None for senders whose footer shows no account."""
    if s.lang == "de":
        return "DE"
    return next((c for k, c in (("United Kingdom", "GB"), ("Ireland", "IE"), ("Denmark", "DK")) if k in s.city), None)


def phone(s: Sender, rng: random.Random) -> str:
    area = s.city.split()[0]
    if s.lang == "en":
        return f"+{rng.choice((44, 353, 32, 31))} {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"
    code = {"10": "030", "12": "030", "13": "030", "14": "030", "20": "040", "50": "0221", "53": "0228", "04": "0341",
            "01": "0351", "70": "0711", "68": "0621", "32": "05221", "24": "0461", "15": "0335"}.get(area[:2], "030")
    if area.startswith("14") and "Potsdam" in s.city:
        code = "0331"
    return f"{code} {rng.randint(100, 999)} {rng.randint(10000, 99999)}"


def contact(s: Sender, rng: random.Random) -> list[str]:
    mail = rng.choice(("info", "service", "post", "kontakt" if s.lang == "de" else "hello"))
    if s.kind == "private":
        first, last = s.name.split()[0], s.name.split()[-1]
        mail = f"{first}.{last}".lower().replace("ß", "ss")
    return [phone(s, rng), f"{mail}@{s.domain}", f"www.{s.domain}"]
