"""Fictional sender organisations by kind: letterhead name, address, contact lines and footer.

Kinds map to the taxonomy (finanzamt -> tax, court/lawyer -> legal, ...), but the name alone
never decides: a Finanzamt reminder is tax, a Krankenkasse reminder is authority.
"""

from __future__ import annotations

import random

from ..clients import FIRST_F, FIRST_M, PROVIDER, SURNAMES, slugify
from .base import Org

STREETS = ["Hauptstraße", "Bahnhofstraße", "Am Markt", "Lindenallee", "Industriestraße",
           "Gartenweg", "Kantstraße", "Schillerstraße", "Goethestraße", "Hafenstraße",
           "Mühlenweg", "Kaiserdamm", "Parkstraße", "Rosenstraße", "Am Kanal", "Ringstraße"]
CITIES = [("10115", "Berlin"), ("10405", "Berlin"), ("12099", "Berlin"), ("14469", "Potsdam"),
          ("20095", "Hamburg"), ("22765", "Hamburg"), ("80331", "München"), ("50667", "Köln"),
          ("60311", "Frankfurt am Main"), ("04109", "Leipzig"), ("01067", "Dresden"),
          ("70173", "Stuttgart"), ("30159", "Hannover"), ("28195", "Bremen"), ("90402", "Nürnberg"),
          ("44135", "Dortmund"), ("39104", "Magdeburg"), ("18055", "Rostock")]
EN_CITIES = [("London", "EC2A 4NE", "United Kingdom"), ("Dublin", "D02 X285", "Ireland"),
             ("Manchester", "M1 4BT", "United Kingdom"), ("Amsterdam", "1017 CE", "Netherlands")]
EN_STREETS = ["High Street", "King's Road", "Harbour Way", "Church Lane", "Station Road",
              "Victoria Street", "Mill Lane"]
DISTRICTS = ["Mitte", "Nordost", "Spandau", "Lichtenberg", "Charlottenburg", "Tempelhof",
             "Neukölln", "Pankow", "Süd", "West", "Altona", "Harburg"]

# Name pools per kind; {s} a surname, {c} a city, {d} a district, {f} a fantasy word.
NAMES: dict[str, list[str]] = {
    "vendor": ["{s} Bürobedarf GmbH", "{f} Druck & Medien GmbH", "{s} Elektro GmbH & Co. KG",
               "{f} IT-Systemhaus AG", "{s} Gebäudeservice GmbH", "{f} Catering KG",
               "{s} Werbetechnik e.K.", "{f} Software GmbH", "{s} & {s2} Steuerberatung PartG",
               "{f} Logistik GmbH", "{s} Transporte OHG", "{f} Reinigungsdienste GmbH",
               # leasing and rental firms bill, dun and renew contracts too, not only advertise
               "{f} Leasing GmbH", "{s} Gerätevermietung GmbH"],
    "vendor_en": ["{fe} Office Supplies Ltd.", "{fe} Cloud Services Inc.", "{fe} Print Ltd.",
                  "{fe} Consulting LLC", "{fe} Freight Ltd.", "{fe} Digital Media Ltd.", "{fe} Leasing Ltd."],
    "utility": ["Stadtwerke {c} GmbH", "{f} Energie AG", "{f}strom GmbH", "Wasserbetriebe {c}"],
    "telecom": ["{f}Net Telekommunikation GmbH", "{f} Mobilfunk GmbH", "{f}Fon AG"],
    "taxadvisor": ["Steuerberatungsgesellschaft {s} mbH", "{s} & {s2} Steuerberater PartG mbB",
                   "Steuerkanzlei {s}", "{f} Treuhand Steuerberatungsgesellschaft mbH",
                   "Dipl.-Kfm. {p} Steuerberater"],
    "taxadvisor_en": ["{s} & {s2} Chartered Accountants", "{fe} Tax & Accounting Ltd."],
    "landlord": ["{s} Hausverwaltung GmbH", "{f} Immobilien Verwaltung KG",
                 "Grundstücksgemeinschaft {s} GbR"],
    "inkasso": ["{f} Inkasso GmbH", "{s} Forderungsmanagement GmbH", "CrediSafe Inkasso AG",
                "{f} Collect GmbH"],
    "inkasso_en": ["{fe} Debt Recovery Ltd.", "{fe} Collections Ltd."],
    "lawyer": ["Rechtsanwälte {s} & {s2} PartG mbB", "Kanzlei {s} Rechtsanwälte",
               "{s} Rechtsanwaltsgesellschaft mbH", "Dr. {s} & Kollegen Rechtsanwälte"],
    "lawyer_en": ["{s} & {s2} LLP Solicitors", "{fe} Legal LLP", "{s} Law Chambers"],
    "court": ["Amtsgericht {c}", "Amtsgericht {c} – Zentrales Mahngericht", "Landgericht {c}",
              "Arbeitsgericht {c}"],
    "court_en": ["District Court (Amtsgericht) {c}", "Regional Court (Landgericht) {c}",
                 "County Court at {ce}"],
    "bailiff": ["Obergerichtsvollzieher {p}", "Gerichtsvollzieherin {pf}"],
    "insolvency": ["Rechtsanwalt {p} als Insolvenzverwalter", "{s} Insolvenzverwaltung"],
    "finanzamt": ["Finanzamt {c}-{d}", "Finanzamt für Körperschaften {c}", "Finanzamt {c}"],
    "finanzamt_en": ["Finanzamt {c}-{d} (Tax Office)", "Federal Central Tax Office (BZSt)",
                     "HM Revenue & Customs"],
    "bzst": ["Bundeszentralamt für Steuern", "Hauptzollamt {c}"],
    "register": ["Amtsgericht {c} – Registergericht", "Amtsgericht {c} – Handelsregister"],
    "register_en": ["Companies House", "Commercial Register at the Local Court {c}"],
    "chamber": ["Industrie- und Handelskammer {c}", "IHK {c}", "Handwerkskammer {c}"],
    "chamber_en": ["{c} Chamber of Industry and Commerce (IHK)", "British Chamber of Commerce"],
    "municipal": ["Bezirksamt {c}-{d} – Gewerbeamt", "Ordnungsamt {c}", "Stadt {c} – Gewerbeamt",
                  "Statistisches Landesamt {c}", "Bundesagentur für Arbeit – Agentur für Arbeit {c}"],
    "municipal_en": ["Federal Employment Agency – Employer Service", "Federal Statistical Office"],
    "health": ["{f} BKK", "AOK {c}", "IKK {f}", "Techniker Ersatzkasse {c}", "{f} Krankenkasse"],
    "social": ["Deutsche Rentenversicherung Bund", "Berufsgenossenschaft Handel und Warenlogistik",
               "BG Bau – Berufsgenossenschaft der Bauwirtschaft", "ARD ZDF Deutschlandradio Beitragsservice"],
    "social_en": ["German Pension Insurance (Deutsche Rentenversicherung)",
                  "{f} BKK – International Customer Service"],
    "bank": ["{c}er Volksbank eG", "Sparkasse {c}", "{f} Bank AG", "{f}bank Direkt",
             "Bankhaus {s} KG"],
    "bank_en": ["{fe} Bank plc", "{fe} Payments Ltd.", "{fe} Business Banking"],
    "payment": ["{f}Pay GmbH", "{f} Payment Services AG"],
    "insurer": ["{f} Versicherung AG", "{s} & {s2} Versicherungsmakler GmbH",
                "{f} Allgemeine Versicherungs-AG", "{f} Lebensversicherung a.G."],
    "insurer_en": ["{fe} Insurance plc", "{fe} Mutual Insurance Ltd.", "{fe} Underwriting Ltd."],
    "advertiser": ["{f} Direktmarketing GmbH", "{f} Leasing GmbH", "Branchenbuch {f} Verlag",
                   "{f} Akademie GmbH", "{f} Handelsgesellschaft mbH"],
    "advertiser_en": ["{fe} Marketing Ltd.", "{fe} Events Ltd.", "{fe} Directory Services Inc."],
    "private": ["{p}", "{pf}"],
    "charity": ["{f} Hilfswerk e.V.", "Stiftung {f}", "Förderverein {f} e.V."],
    "charity_en": ["{fe} Children's Trust", "{fe} Foundation"],
}
FANTASY = ["Spree", "Havel", "Nordstern", "Elbe", "Lindwurm", "Ahorn", "Blaufeld", "Sonnen",
           "Mercator", "Kranich", "Falken", "Fortuna", "Rhein", "Westend", "Bären", "Hanse"]
FANTASY_EN = ["Kingsbridge", "Ashford", "Meridian", "Northgate", "Bluewater", "Harrow",
              "Whitmore", "Pinecrest", "Albion", "Westbury", "Castlegate", "Fairmont"]


def iban(rng: random.Random) -> str:
    """A German IBAN with a correct check sum (mod 97), grouped as printed."""
    bban = f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9999999999):010d}"
    check = 98 - int(bban + "131400") % 97
    raw = f"DE{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _person(rng: random.Random, female: bool | None = None) -> str:
    female = rng.random() < 0.5 if female is None else female
    return f"{rng.choice(FIRST_F if female else FIRST_M)} {rng.choice(SURNAMES)}"


def _fill(pattern: str, rng: random.Random) -> str:
    s, s2 = rng.sample(SURNAMES, 2)
    return pattern.format(s=s, s2=s2, c=rng.choice(CITIES)[1], d=rng.choice(DISTRICTS),
                          f=rng.choice(FANTASY), fe=rng.choice(FANTASY_EN),
                          ce=rng.choice(EN_CITIES)[0], p=_person(rng, False), pf=_person(rng, True))


PUBLIC = {"court", "bailiff", "finanzamt", "bzst", "register", "chamber", "municipal", "health",
          "social"}


def make_org(kind: str, lang: str, rng: random.Random, client=None) -> Org:
    """A sender of `kind`. With `client` (a directory Client), the client writes the letter from
    the provider's address, as tenants of a business centre do."""
    if client is not None:
        name, street, city_line = client.name, PROVIDER.street, PROVIDER.city_line
        people = list(client.people)
    else:
        pool = NAMES.get(f"{kind}_en") if lang == "en" and f"{kind}_en" in NAMES else NAMES[kind]
        name = _fill(rng.choice(pool), rng)
        english_place = lang == "en" and f"{kind}_en" in NAMES and rng.random() < 0.5 \
            and kind not in PUBLIC
        if english_place:
            city, pc, country = rng.choice(EN_CITIES)
            street = f"{rng.randint(1, 180)} {rng.choice(EN_STREETS)}"
            city_line = f"{city} {pc}, {country}" if city != "Amsterdam" else f"{pc} {city}, {country}"
        else:
            pc, city = rng.choice(CITIES)
            street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}{rng.choice(['', '', 'a', 'b'])}"
            city_line = f"{pc} {city}"
        people = [_person(rng) for _ in range(2)]
    slug = slugify(name).replace("-", "")[:18] or "post"
    domain = f"{slug}.de" if lang == "de" or kind in PUBLIC else f"{slug}.com"
    phone = rng.choice([f"Tel. 0{rng.randint(30, 99)} {rng.randint(100000, 9999999)}",
                        f"Telefon: +49 {rng.randint(30, 99)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
                        f"Tel.: 0{rng.randint(30, 99)}/{rng.randint(1000, 99999)}-{rng.randint(0, 99)}"])
    if lang == "en":
        phone = phone.replace("Telefon:", "Phone:").replace("Tel.:", "Phone:").replace("Tel.", "Phone")
    contact = [phone, f"{rng.choice(['info', 'post', 'service', 'kontakt'])}@{domain}", f"www.{domain}"]
    footer = _footer(kind, lang, rng, name, people)
    return Org(name=name, kind=kind, street=street, city_line=city_line, contact=contact,
               footer=footer, people=people, client_id=getattr(client, "id", None))


def _footer(kind: str, lang: str, rng: random.Random, name: str, people: list[str]) -> list[str]:
    bank = rng.choice(["Spreebank", "Sparkasse Nordstern", "Hanse Volksbank eG", "Fortuna Bank AG"])
    bic = "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(6)) + "XX"
    account = f"IBAN {iban(rng)} · BIC {bic}"
    if kind in PUBLIC:
        hours = ("Sprechzeiten: Mo–Do 8–15 Uhr, Fr 8–12 Uhr" if lang == "de"
                 else "Office hours: Mon–Thu 8 am–3 pm, Fri 8 am–noon")
        return [hours, f"{'Bankverbindung' if lang == 'de' else 'Bank'}: Bundesbank · {account}"]
    boss = people[0] if people else _person(rng)
    if lang == "de":
        reg = f"Amtsgericht {rng.choice(CITIES)[1]} HRB {rng.randint(1000, 199999)}"
        return [f"{name} · Geschäftsführung: {boss} · {reg}",
                f"USt-IdNr. DE{rng.randint(100000000, 999999999)} · {bank} · {account}"]
    return [f"{name} · Directors: {boss} · Company No. {rng.randint(1000000, 9999999)}",
            f"VAT No. GB{rng.randint(100000000, 999999999)} · {bank} · {account}"]
