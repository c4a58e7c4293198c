"""Who writes to the clients in wave 7: invented organisations, towns, people and bank details."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    name: str                 # the organisation as labelled (the letter's author)
    street: str
    city: str
    web: str
    kind: str                 # what it is, for picking a template: see TEMPLATES in letters_*.py
    lang: str = "de"
    head: str | None = None   # a letterhead that is not the full name (a brand, an authority's parent)


S = Sender
SENDERS: dict[str, tuple[Sender, ...]] = {
    "invoice": (
        S("Havelwerk Bürotechnik GmbH", "Nonnendammallee 211", "13629 Berlin", "havelwerk-buero.example", "goods"),
        S("Druckerei Saalbach & Söhne KG", "Papiermühlenweg 4", "06108 Halle (Saale)", "saalbach-druck.example", "goods"),
        S("Lichtnetz Telekom GmbH", "Funkturmstraße 9", "30159 Hannover", "lichtnetz.example", "telecom", head="lichtnetz"),
        S("Stadtwerke Elsterau AG", "Kraftwerksweg 2", "04229 Leipzig", "sw-elsterau.example", "utility"),
        S("Kanzleibedarf Oberholz e.K.", "Marktgasse 17", "99084 Erfurt", "oberholz-bedarf.example", "goods"),
        S("Gebäudedienste Rabenstein GmbH", "Industriestraße 40", "09117 Chemnitz", "rabenstein-gd.example", "service"),
        S("Kurierdienst Fehmarnbelt GmbH", "Hafenstraße 12", "23769 Fehmarn", "fehmarnbelt-kurier.example", "service"),
        S("Quellgrund Wasser & Kaffee GmbH", "Brunnenhof 3", "35390 Gießen", "quellgrund.example", "goods"),
        S("Tessaro Cloud Services Ltd.", "18 Quayside Lane", "Cork T12 X9K4, Ireland", "tessaro.example", "saas", "en"),
        S("Brightmoor Design Studio Ltd.", "44 Canal Street", "Manchester M1 3HE, United Kingdom", "brightmoor.example", "service", "en"),
        S("Gridwell Hosting B.V.", "Keizersgracht 512", "1017 EK Amsterdam, Netherlands", "gridwell.example", "saas", "en"),
    ),
    "reminder": (
        S("Forderungsmanagement Kranichfeld GmbH", "Postfach 31 07 22", "70567 Stuttgart", "fm-kranichfeld.example", "inkasso"),
        S("Alster Inkasso Partner GmbH", "Ballindamm 71", "20095 Hamburg", "alster-inkasso.example", "inkasso"),
        S("Hausverwaltung Ilse Brockmann GmbH", "Schillerpromenade 28", "12049 Berlin", "brockmann-hv.example", "landlord"),
        S("Werkzeughandel Pfannstiel GmbH", "Gewerbering 8", "97076 Würzburg", "pfannstiel.example", "vendor"),
        S("Lichtnetz Telekom GmbH", "Funkturmstraße 9", "30159 Hannover", "lichtnetz.example", "vendor", head="lichtnetz"),
        S("Sonnfeld Möbelwerkstätten GmbH", "Am Holzplatz 5", "96479 Weitramsdorf", "sonnfeld-moebel.example", "vendor"),
        S("Harrowgate Collections Ltd.", "9 Victoria Row", "Leeds LS1 5AE, United Kingdom", "harrowgate-collect.example", "inkasso", "en"),
        S("Tessaro Cloud Services Ltd.", "18 Quayside Lane", "Cork T12 X9K4, Ireland", "tessaro.example", "vendor", "en"),
    ),
    "tax": (
        S("Finanzamt Kummersdorf", "Am Amtsgarten 9", "15838 Kummersdorf", "finanzamt-kummersdorf.example", "fa"),
        S("Finanzamt Spreeau", "Zollgarten 14", "15517 Spreeau", "finanzamt-spreeau.example", "fa"),
        S("Finanzamt für Körperschaften Nordhavel", "Behördenweg 3", "14476 Nordhavel", "fa-nordhavel.example", "fa"),
        S("Hauptzollamt Odertal", "Zollhof 1", "15230 Odertal", "hza-odertal.example", "zoll"),
        S("Bundeszentralamt für Steuern", "An der Küppe 1", "53225 Bonn", "bzst.example", "bzst"),
    ),
    "legal": (
        S("Rechtsanwälte Dahlhaus & Petrović PartG mbB", "Kurfürstendamm 191", "10707 Berlin", "dahlhaus-petrovic.example", "lawyer"),
        S("Kanzlei Sternberg Rechtsanwälte", "Neuer Wall 50", "20354 Hamburg", "sternberg-recht.example", "lawyer"),
        S("Amtsgericht Tannhausen – Zentrales Mahngericht", "Justizplatz 4", "73469 Tannhausen", "mahngericht-tannhausen.example", "court-mahn"),
        S("Landgericht Tannhausen", "Justizplatz 2", "73469 Tannhausen", "lg-tannhausen.example", "court"),
        S("Obergerichtsvollzieherin Karin Lüdecke", "Kleiststraße 12", "10787 Berlin", "gv-luedecke.example", "bailiff"),
        S("Dr. Anselm Riedel, Insolvenzverwalter", "Hohenzollernring 52", "50672 Köln", "riedel-insolvenz.example", "insolvency"),
        S("Fairbanks & Oyelaran LLP", "22 Chancery Row", "London WC2A 1AN, United Kingdom", "fairbanks-oyelaran.example", "lawyer", "en"),
    ),
    "authority": (
        S("IHK Spreeland", "Handelskammerweg 1", "15230 Odertal", "ihk-spreeland.example", "ihk"),
        S("Amtsgericht Spreeau – Registergericht", "Gerichtsstraße 8", "15517 Spreeau", "ag-spreeau.example", "register"),
        S("Bezirksamt Friedrichsfelde – Ordnungsamt", "Am Tierpark 120", "10319 Berlin", "ba-friedrichsfelde.example", "ordnung"),
        S("Beitragsservice von ARD, ZDF und Deutschlandradio", "Freimersdorfer Weg 6", "50829 Köln", "rundfunkbeitrag.example", "rundfunk"),
        S("Berufsgenossenschaft Handel und Dienste Ost", "Lortzingstraße 2", "01307 Dresden", "bg-hdo.example", "bg"),
        S("Landesamt für Statistik Brandenburg-Spree", "Dortustraße 46", "14467 Potsdam", "statistik-bs.example", "stat"),
        S("Nordstern Krankenkasse", "Kassenplatz 4", "24103 Kiel", "nordstern-kk.example", "kk"),
        S("Deutsche Rentenversicherung Mittelelbe", "Paracelsusstraße 21", "06114 Halle (Saale)", "drv-mittelelbe.example", "drv"),
    ),
    "bank": (
        S("Spreewaldbank eG", "Bahnhofstraße 30", "03046 Cottbus", "spreewaldbank.example", "bank"),
        S("Hanseatische Handelsbank AG", "Jungfernstieg 3", "20354 Hamburg", "hhb-bank.example", "bank"),
        S("Kontoro Payments GmbH", "Torstraße 140", "10119 Berlin", "kontoro.example", "payment"),
        S("Märkische Sparkasse Havelland", "Marktplatz 1", "14641 Nauen", "msk-havelland.example", "bank"),
        S("Northgate Business Bank plc", "1 Threadneedle Court", "London EC2R 8AH, United Kingdom", "northgate-bank.example", "bank", "en"),
        S("Payvista Europe S.A.", "14 Rue Érasme", "L-1468 Luxembourg", "payvista.example", "payment", "en"),
    ),
    "insurance": (
        S("Rheinaue Versicherung AG", "Versicherungsplatz 1", "53111 Bonn", "rheinaue-vers.example", "insurer"),
        S("Elbufer Assekuranz VVaG", "Deichstraße 22", "21073 Hamburg", "elbufer-assekuranz.example", "insurer"),
        S("Versicherungsmakler Thielemann GmbH", "Lindenstraße 9", "39104 Magdeburg", "thielemann-makler.example", "broker"),
        S("Kestrel Specialty Insurance SE", "Herengracht 88", "1015 BS Amsterdam, Netherlands", "kestrel-ins.example", "insurer", "en"),
    ),
    "contract": (
        S("Lichtnetz Telekom GmbH", "Funkturmstraße 9", "30159 Hannover", "lichtnetz.example", "pricechange", head="lichtnetz"),
        S("Möbelmanufaktur Grauwacke GmbH", "Steinbruchweg 11", "34117 Kassel", "grauwacke.example", "order"),
        S("Coworking Schlossgarten GmbH", "Schlossstraße 7", "76133 Karlsruhe", "cw-schlossgarten.example", "renewal"),
        S("Stadtwerke Elsterau AG", "Kraftwerksweg 2", "04229 Leipzig", "sw-elsterau.example", "pricechange"),
        S("Softwarehaus Birkenried GmbH", "Am Technologiepark 15", "85521 Ottobrunn", "birkenried.example", "offer"),
        S("Fuhrpark Weißensee Leasing GmbH", "Berliner Allee 201", "13088 Berlin", "fuhrpark-ws.example", "termination"),
        S("Tessaro Cloud Services Ltd.", "18 Quayside Lane", "Cork T12 X9K4, Ireland", "tessaro.example", "pricechange", "en"),
        S("Oakridge Facilities Ltd.", "3 Mill Yard", "Bristol BS1 6QF, United Kingdom", "oakridge-fac.example", "offer", "en"),
    ),
    "advertising": (
        S("Branchenverzeichnis Deutsche Firmenseiten GmbH", "Postfach 11 02 33", "47051 Duisburg", "firmenseiten.example", "directory"),
        S("Seminarwerk Lindhorst GmbH", "Akademieweg 2", "37073 Göttingen", "seminarwerk-lindhorst.example", "event"),
        S("Bürostuhlzentrale Kempe GmbH", "Sitzweg 1", "32657 Lemgo", "stuhlzentrale.example", "catalogue"),
        S("Autohaus Lindenthal Leasing GmbH", "Frankfurter Allee 310", "10317 Berlin", "lindenthal-leasing.example", "leasing"),
        S("Werbeagentur Plakatwald GmbH", "Am Anger 6", "99084 Erfurt", "plakatwald.example", "catalogue"),
        S("Summitline Events Ltd.", "60 Fleet Walk", "London EC4Y 1AA, United Kingdom", "summitline.example", "event", "en"),
        S("Orbisware Software Inc.", "500 Harbor Blvd, Suite 300", "San Mateo, CA 94402, USA", "orbisware.example", "catalogue", "en"),
    ),
    "other": (
        S("Förderverein Kinderhospiz Sonnenkamp e.V.", "Sonnenkamp 3", "18055 Rostock", "sonnenkamp-ev.example", "donation"),
        S("Unternehmerstammtisch Mitte e.V.", "Rosenthaler Straße 40", "10178 Berlin", "stammtisch-mitte.example", "invitation"),
        S("Papierhaus Wendland GmbH", "Lagerstraße 19", "29439 Lüchow", "papierhaus-wendland.example", "delivery"),
        S("Steuerkanzlei Abendroth & Kühl", "Gartenstraße 5", "01069 Dresden", "abendroth-kuehl.example", "newsletter"),
        S("Malte Henningsen", "Kiefernweg 14", "16548 Glienicke", "", "application"),
        S("Gemeinschaftspraxis Vogelsang", "Parkallee 2", "14193 Berlin", "praxis-vogelsang.example", "address-change"),
        S("Linden Chamber Orchestra e.V.", "Auguststraße 9", "10117 Berlin", "linden-orchestra.example", "invitation", "en"),
        S("Harriet Coleman", "27 Elm Grove", "Oxford OX2 6PE, United Kingdom", "", "personal", "en"),
    ),
}

FIRST = ("Sabine", "Jörg", "Kerstin", "Henning", "Birte", "Rüdiger", "Anja", "Detlef", "Nadine", "Volker",
         "Heike", "Ralf", "Yvonne", "Carsten", "Dana", "Tilo")
LAST = ("Brandt", "Kowalczyk", "Amsel", "Reinholz", "Fechner", "Ziegenbein", "Tamm", "Lorenzen", "Hübner",
        "Strehlow", "Wiegand", "Petzold", "Gräfe", "Kuhlmann")
EN_FIRST = ("Olivia", "James", "Priya", "Connor", "Hannah", "Samuel", "Fiona", "Marcus")
EN_LAST = ("Whitfield", "Okafor", "Brennan", "Hughes", "Sandoval", "Pryce", "Gallagher", "Lindsay")


def person(rng: random.Random, lang: str) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}" if lang == "en" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def iban(rng: random.Random, country: str = "DE") -> str:
    """A well-formed IBAN with an invented bank code (check digits computed, ISO 13616)."""
    body = "".join(str(rng.randint(0, 9)) for _ in range(18 if country == "DE" else 14))
    body = "9" + body[1:]                       # no German bank code starts with 9 in this form
    digits = "".join(str(int(ch, 36)) for ch in body + country + "00")
    check = 98 - int(digits) % 97
    raw = f"{country}{check:02d}{body}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def contact(s: Sender, rng: random.Random) -> list[str]:
    tel = f"Tel. 0{rng.randint(30, 999)} {rng.randint(10000, 999999)}" if s.lang == "de" else \
        f"Phone +{rng.choice((44, 353, 31, 1))} {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(100, 9999)}"
    out = [tel]
    if s.web:
        out += [f"{rng.choice(('info', 'service', 'post', 'kontakt' if s.lang == 'de' else 'hello'))}@{s.web}", f"www.{s.web}"]
    return out


def footer(s: Sender, rng: random.Random) -> list[str]:
    if not s.web:                               # a private person: no footer
        return []
    lines = [s.name, s.street, s.city]
    if s.kind in ("fa", "zoll", "bzst", "court", "court-mahn", "register", "ordnung", "stat", "drv", "ihk", "bg", "kk", "rundfunk"):
        lines += [f"Sprechzeiten: Mo–Do 8–15 Uhr, Fr 8–12 Uhr", f"Bankverbindung: Bundesbank Filiale {s.city.split()[1]}",
                  f"IBAN {iban(rng)}"]
    elif s.lang == "en":
        lines += [f"Registered office: {s.city.split(',')[0]}", f"Company no. {rng.randint(100000, 999999)}",
                  f"VAT ID {rng.choice(('IE', 'GB', 'NL', 'LU'))}{rng.randint(10000000, 99999999)}",
                  f"IBAN {iban(rng, rng.choice(('IE', 'NL', 'LU')))}"]
    else:
        reg = "VR" if "e.V." in s.name else "HRB"
        lines += [f"Amtsgericht {s.city.split()[1]} {reg} {rng.randint(1000, 99999)}",
                  f"Geschäftsführung: {person(rng, 'de')}", f"USt-IdNr. DE{rng.randint(100000000, 999999999)}",
                  s.name if s.kind in ("bank", "payment") else rng.choice(('Spreewaldbank eG', 'Volksbank Hügelland', 'Sparkasse Talgrund')),
                  f"IBAN {iban(rng)}", f"BIC {rng.choice(('GENODEF1HGL', 'SOLADES1TGR', 'HHBADEHHXXX'))}"]
    return lines
