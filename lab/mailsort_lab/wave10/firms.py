"""Who writes to the clients in wave 10: firms, public bodies, courts, banks and insurers (invented,
except public bodies by their real office names), each with its stationery facts: address, contact,
register court, VAT id, bank account (IBAN with a valid check number), signers."""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field


def iban(country: str, digits: str) -> str:
    """A check-summed IBAN for the basic bank account number `digits` (letters allowed for GB)."""
    body = digits + country + "00"
    num = int("".join(str(int(ch, 36)) for ch in body))
    check = 98 - num % 97
    raw = f"{country}{check:02d}{digits}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _seeded_iban(name: str, country: str = "DE") -> str:
    r = random.Random(zlib.crc32(name.encode()))
    if country == "GB":
        return iban("GB", "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
                    + "".join(str(r.randint(0, 9)) for _ in range(14)))
    if country == "IE":
        return iban("IE", "AIBK" + "".join(str(r.randint(0, 9)) for _ in range(14)))
    blz = r.choice(("10050000", "10070000", "12030000", "10090000", "16050000", "43060967", "20041111"))
    return iban("DE", blz + "".join(str(r.randint(0, 9)) for _ in range(10)))


@dataclass
class Firm:
    key: str                    # what the writers pick by ("utility", "finanzamt", ...)
    name: str                   # the organisation as its letterhead and footer name it: the sender label
    lang: str
    street: str
    city: str
    phone: str = ""
    mail: str = ""
    web: str = ""
    register: str = ""          # "Amtsgericht Charlottenburg, HRB 123456 B"
    vat: str = ""
    board: str = ""             # "Geschäftsführer: ...", "Vorstand: ..."
    bank: str = ""
    country: str = "DE"
    brand: str = ""             # the word mark of a logo letterhead, if it has one
    signers: tuple[str, ...] = ()
    public: bool = False        # a public body: authority-style letterhead, no register or VAT id
    head: tuple[str, ...] = ("band", "classic", "centred", "logo", "sidebar")
    tagline: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def account(self) -> str:
        return _seeded_iban(self.name, self.country if self.country in ("GB", "IE") else "DE")

    def footer(self) -> list[str]:
        """Footer lines: legal name and seat, register, VAT, board, bank."""
        lines = [self.name, self.street, self.city]
        if self.register:
            lines.append(self.register)
        if self.board:
            lines.append(self.board)
        if self.vat:
            lines.append(self.vat)
        if self.bank:
            lines += [self.bank, ("IBAN " if self.lang == "de" else "IBAN: ") + self.account]
        return lines


AUTH = ("authority",)
F = Firm
SENDERS: list[Firm] = [
    # --- invoices, reminders, contracts, other: German firms
    F("utility", "Spreeland Energie GmbH", "de", "Am Wasserwerk 4", "12555 Berlin", "030 6098 2200",
      "kundenservice@spreeland-energie.example", "www.spreeland-energie.example", "Amtsgericht Charlottenburg, HRB 184402 B",
      "USt-IdNr. DE 318 442 017", "Geschäftsführung: Dr. Wiebke Aschenbrenner, Tilo Markwardt", "Berliner Sparkasse",
      brand="SPREELAND", tagline="Strom · Gas · Wärme", signers=("Ihr Spreeland-Kundenservice",)),
    F("telecom", "Telekontor Kommunikation AG", "de", "Hansaring 61", "50670 Köln", "0800 400 7788",
      "geschaeftskunden@telekontor.example", "www.telekontor.example", "Amtsgericht Köln, HRB 77120",
      "USt-IdNr. DE 214 377 905", "Vorstand: Marcel Obermeier (Vors.), Dr. Ilka Sandner", "Commerzbank AG",
      brand="telekontor", tagline="Business Connect", signers=("Ihr Telekontor Business-Team",)),
    F("supplies", "Papierhaus Lindemann GmbH", "de", "Gewerbehof 12", "14482 Potsdam", "0331 70 44 91-0",
      "buchhaltung@papierhaus-lindemann.example", "www.papierhaus-lindemann.example", "Amtsgericht Potsdam, HRB 21877 P",
      "USt-IdNr. DE 138 551 204", "Geschäftsführer: Reinhard Lindemann", "Mittelbrandenburgische Sparkasse",
      signers=("Bärbel Kowalczyk", "Debitorenbuchhaltung")),
    F("print", "Druckerei Haberland KG", "de", "Industriestraße 31", "04229 Leipzig", "0341 49 27 30",
      "auftrag@druckerei-haberland.example", "www.druckerei-haberland.example", "Amtsgericht Leipzig, HRA 16620",
      "USt-IdNr. DE 141 093 668", "Pers. haft. Gesellschafter: Haberland Verwaltungs GmbH", "Sparkasse Leipzig",
      signers=("Ronny Haberland",)),
    F("cleaning", "Rautenberg Gebäudedienste GmbH", "de", "Lahnstraße 80", "12055 Berlin", "030 68 40 77 3",
      "rechnung@rautenberg-gd.example", "www.rautenberg-gd.example", "Amtsgericht Charlottenburg, HRB 90613 B",
      "USt-IdNr. DE 227 140 893", "Geschäftsführerin: Yvonne Rautenberg", "Berliner Volksbank eG",
      signers=("Objektleitung Mitte", "Yvonne Rautenberg")),
    F("it", "Brandt Systemhaus GmbH", "de", "Wittestraße 30 K", "13509 Berlin", "030 43 77 12-0",
      "faktura@brandt-systemhaus.example", "www.brandt-systemhaus.example", "Amtsgericht Charlottenburg, HRB 133905 B",
      "USt-IdNr. DE 287 660 412", "Geschäftsführer: Olaf Brandt, Svenja Ruhnke", "Deutsche Bank AG",
      brand="BRANDT", tagline="IT-Service · Netzwerke · Cloud", signers=("Svenja Ruhnke", "Service-Abrechnung")),
    F("courier", "Blitzbote Kurierdienst UG (haftungsbeschränkt)", "de", "Storkower Straße 140", "10407 Berlin",
      "030 42 09 88 1", "abrechnung@blitzbote.example", "www.blitzbote.example", "Amtsgericht Charlottenburg, HRB 201455 B",
      "USt-IdNr. DE 329 018 877", "Geschäftsführer: Kemal Arslan", "Postbank", signers=("Kemal Arslan",)),
    F("landlord", "Kessler & Sohn Hausverwaltung GmbH", "de", "Kurfürstendamm 203", "10719 Berlin", "030 88 61 45-0",
      "verwaltung@kessler-sohn.example", "www.kessler-sohn.example", "Amtsgericht Charlottenburg, HRB 55217 B",
      "USt-IdNr. DE 136 772 590", "Geschäftsführer: Albrecht Kessler, Dipl.-Kfm. Jörn Kessler", "Berliner Sparkasse",
      signers=("Gabriele Tschirner", "Mietenbuchhaltung")),
    F("plumber", "Ohlendorf Haustechnik GmbH", "de", "Alt-Moabit 59", "10555 Berlin", "030 39 10 26 6",
      "info@ohlendorf-haustechnik.example", "", "Amtsgericht Charlottenburg, HRB 41160 B", "USt-IdNr. DE 812 330 475",
      "Geschäftsführer: Hauke Ohlendorf", "Berliner Volksbank eG", signers=("Hauke Ohlendorf",),
      head=("classic", "centred")),
    F("coffee", "Bohnenwerk Office Coffee GmbH", "de", "Speicherstraße 9", "20457 Hamburg", "040 30 39 88 0",
      "vertrieb@bohnenwerk.example", "www.bohnenwerk.example", "Amtsgericht Hamburg, HRB 160214",
      "USt-IdNr. DE 300 187 522", "Geschäftsführer: Jannik Hollerbach", "Hamburger Sparkasse", brand="bohnenwerk",
      tagline="Kaffee fürs Büro", signers=("Jannik Hollerbach", "Ihr Bohnenwerk-Team")),
    F("furniture", "Sitzkultur Büroeinrichtung GmbH & Co. KG", "de", "Carl-Benz-Straße 4", "68167 Mannheim",
      "0621 33 90 71-0", "service@sitzkultur.example", "www.sitzkultur.example", "Amtsgericht Mannheim, HRA 709113",
      "USt-IdNr. DE 255 604 318", "Komplementärin: Sitzkultur Verwaltungs GmbH, AG Mannheim HRB 733002", "Volksbank Kurpfalz",
      signers=("Dominik Strecker", "Innendienst")),
    F("leasing", "Auwald Leasing GmbH", "de", "Prager Straße 18", "04103 Leipzig", "0341 26 31 50",
      "angebote@auwald-leasing.example", "www.auwald-leasing.example", "Amtsgericht Leipzig, HRB 38807",
      "USt-IdNr. DE 290 744 163", "Geschäftsführer: Marko Pietsch", signers=("Marko Pietsch",)),
    F("directory", "Deutsches Firmenverzeichnis Online GmbH", "de", "Postfach 30 12 08", "40412 Düsseldorf", "",
      "", "www.dfv-online.example", "Amtsgericht Düsseldorf, HRB 99412", "", "Geschäftsführer: P. Roskamp",
      "Stadtsparkasse Düsseldorf", head=("classic",)),
    F("seminar", "Akademie für Unternehmenspraxis GmbH", "de", "Theresienstraße 6", "80333 München", "089 21 55 80-0",
      "anmeldung@afu-seminare.example", "www.afu-seminare.example", "Amtsgericht München, HRB 240018",
      "USt-IdNr. DE 311 092 846", "Geschäftsführerin: Dr. Corinna Waldherr", signers=("Dr. Corinna Waldherr",)),
    F("fair", "Messe Spreeufer Veranstaltungs-GmbH", "de", "Messedamm 40", "14055 Berlin", "030 30 38 60",
      "aussteller@messe-spreeufer.example", "www.messe-spreeufer.example", "Amtsgericht Charlottenburg, HRB 20110 B",
      "", "Geschäftsführung: Till Oberländer", signers=("Team Ausstellerservice",)),
    F("charity", "Kinderhilfe Brandenburg e.V.", "de", "Lindenstraße 54", "14467 Potsdam", "0331 23 70 40",
      "spenden@kinderhilfe-bb.example", "www.kinderhilfe-bb.example", "Amtsgericht Potsdam, VR 4471 P", "",
      "Vorstand: Hannelore Grützmacher, Bernd Iwanski", "Mittelbrandenburgische Sparkasse",
      signers=("Hannelore Grützmacher", "Vorsitzende")),
    F("partner", "Zander Steuer- und Wirtschaftsberatung GmbH", "de", "Schlüterstraße 38", "10629 Berlin",
      "030 88 92 40", "kanzlei@zander-beratung.example", "www.zander-beratung.example",
      "Amtsgericht Charlottenburg, HRB 77320 B", "", "Geschäftsführer: StB Lorenz Zander", signers=("Lorenz Zander",)),
    F("applicant", "Bewerbung", "de", "", "", head=("private",)),
    F("collector", "Nordstern Forderungsmanagement GmbH", "de", "Überseering 12", "22297 Hamburg", "040 63 67 20-0",
      "service@nordstern-inkasso.example", "www.nordstern-inkasso.example", "Amtsgericht Hamburg, HRB 120577",
      "", "Geschäftsführer: Holger Pasternak", "Hamburger Volksbank eG",
      tagline="Registriertes Inkassounternehmen nach § 10 RDG", signers=("Sachbearbeitung Forderungsmanagement",)),
    # --- banks and insurers
    F("bank", "Spreeufer Bank AG", "de", "Schillstraße 9", "10785 Berlin", "030 26 55 10 00",
      "firmenkunden@spreeuferbank.example", "www.spreeuferbank.example", "Amtsgericht Charlottenburg, HRB 31270 B",
      "", "Vorstand: Gerlinde Staub (Vors.), Nils-Ove Brammer", brand="Spreeufer Bank", tagline="Firmenkunden",
      signers=("Firmenkundenbetreuung", "Ihre Spreeufer Bank")),
    F("bank", "Havelländische Volksbank eG", "de", "Bahnhofstraße 2", "14612 Falkensee", "03322 28 40",
      "info@havel-vb.example", "www.havel-vb.example", "Genossenschaftsregister Amtsgericht Potsdam, GnR 311",
      "", "Vorstand: Ralf Mittelstädt, Britta Kahle", signers=("Jens Lüdecke", "Firmenkundenberater")),
    F("insurer", "Hanseatische Gewerbeversicherung AG", "de", "Ballindamm 27", "20095 Hamburg", "040 32 19 70",
      "vertrag@hanse-gewerbe.example", "www.hanse-gewerbe.example", "Amtsgericht Hamburg, HRB 48801",
      "Versicherungsteuer-Nr. 802/V90802001234", "Vorstand: Dr. Frauke Meinhold, Sören Lütjens", "HypoVereinsbank",
      signers=("Vertragsservice Gewerbe",)),
    F("insurer", "Rheinische Haftpflicht VVaG", "de", "Konrad-Adenauer-Ufer 11", "50668 Köln", "0221 16 85 0",
      "schaden@rheinische-haftpflicht.example", "www.rheinische-haftpflicht.example", "Amtsgericht Köln, HRB 2190",
      "", "Vorstand: Ulrich Brenneisen", signers=("Schadenabteilung", "i. A. Melanie Görgen")),
    F("broker", "Assekuranzkontor Pahl GmbH", "de", "Hohenzollerndamm 150", "14199 Berlin", "030 82 70 93 0",
      "kontor@assekuranz-pahl.example", "www.assekuranz-pahl.example", "Amtsgericht Charlottenburg, HRB 66129 B",
      "", "Geschäftsführer: Detlef Pahl · Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO",
      signers=("Detlef Pahl",)),
    # --- lawyers, courts, insolvency
    F("lawyer", "Hagedorn Reimers Rechtsanwälte PartG mbB", "de", "Kurfürstenstraße 72", "10787 Berlin",
      "030 25 40 38-0", "sekretariat@hagedorn-reimers.example", "www.hagedorn-reimers.example",
      "Partnerschaftsregister AG Charlottenburg, PR 1290 B", "", "", "Deutsche Bank AG",
      signers=("Dr. Tilman Hagedorn", "Rechtsanwalt")),
    F("lawyer", "Kanzlei Wendt & Pflüger", "de", "Neuer Wall 54", "20354 Hamburg", "040 35 57 11 0",
      "info@wendt-pflueger.example", "www.wendt-pflueger.example", "", "", "", "Hamburger Sparkasse",
      signers=("Friederike Pflüger", "Rechtsanwältin")),
    F("insolvency", "Dr. Brockhaus Insolvenzverwaltung", "de", "Joachimsthaler Straße 10", "10719 Berlin",
      "030 88 70 64 0", "verfahren@brockhaus-iv.example", "", "", "", "", signers=("Dr. Jutta Brockhaus", "Insolvenzverwalterin")),
    F("mahngericht", "Amtsgericht Wedding – Zentrales Mahngericht Berlin-Brandenburg", "de", "Brunnenplatz 1",
      "13357 Berlin", "030 90 156-0", public=True, head=AUTH),
    F("court", "Amtsgericht Mitte", "de", "Littenstraße 12-17", "10179 Berlin", "030 90 23-0", public=True, head=AUTH),
    F("court", "Landgericht Berlin II", "de", "Tegeler Weg 17-21", "10589 Berlin", "030 90 188-0", public=True, head=AUTH),
    # --- public bodies
    F("finanzamt", "Finanzamt für Körperschaften II", "de", "Magdalenenstraße 25", "10365 Berlin", "030 9024 27-0",
      bank="Landeshauptkasse Berlin, Berliner Sparkasse", public=True, head=AUTH),
    F("finanzamt", "Finanzamt Mitte/Tiergarten", "de", "Neue Jakobstraße 6-7", "10179 Berlin", "030 9024 23-0",
      bank="Landeshauptkasse Berlin, Bundesbank", public=True, head=AUTH),
    F("bzst", "Bundeszentralamt für Steuern", "de", "An der Küppe 1", "53225 Bonn", "0228 406-0", public=True, head=AUTH),
    F("zoll", "Hauptzollamt Berlin", "de", "Colditzstraße 34-36", "12099 Berlin", "030 69 009-0",
      bank="Bundeskasse Trier, Deutsche Bundesbank", public=True, head=AUTH),
    F("register", "Amtsgericht Charlottenburg – Registergericht –", "de", "Amtsgerichtsplatz 1", "14057 Berlin",
      "030 90 177-0", public=True, head=AUTH),
    F("ihk", "Industrie- und Handelskammer zu Berlin", "de", "Fasanenstraße 85", "10623 Berlin", "030 31 510-0",
      "service@berlin.ihk.de", "www.ihk.de/berlin", "", "", "", "Berliner Sparkasse", public=True, head=AUTH),
    F("beitragsservice", "ARD ZDF Deutschlandradio Beitragsservice", "de", "Freimersdorfer Weg 6", "50829 Köln", "",
      "", "www.rundfunkbeitrag.de", public=True, head=AUTH),
    F("drv", "Deutsche Rentenversicherung Bund", "de", "Ruhrstraße 2", "10709 Berlin", "030 865-0", public=True, head=AUTH),
    F("bg", "Verwaltungs-Berufsgenossenschaft", "de", "Massaquoipassage 1", "22305 Hamburg", "040 5146-0",
      public=True, head=AUTH),
    F("ordnungsamt", "Bezirksamt Mitte von Berlin – Ordnungsamt", "de", "Karl-Marx-Allee 31", "10178 Berlin",
      "030 9018-0", public=True, head=AUTH),
    F("statistik", "Amt für Statistik Berlin-Brandenburg", "de", "Steinstraße 104-106", "14480 Potsdam",
      "0331 8173-0", public=True, head=AUTH),
    F("krankenkasse", "AOK Nordost – Die Gesundheitskasse", "de", "Brandenburger Straße 72", "14467 Potsdam",
      "0800 265 080", public=True, head=AUTH),
    # --- English-language senders
    F("saas", "Larkfield Cloud Services Ltd", "en", "14 Cathedral Walk", "Leeds LS1 7BX, United Kingdom",
      "+44 113 496 0231", "billing@larkfield.example", "larkfield.example",
      "Registered in England and Wales No. 09876543", "VAT reg. no. GB 294 7718 36", "", "Barclays Bank plc",
      country="GB", brand="larkfield", tagline="cloud · backup · collaboration", signers=("Larkfield Billing Team",)),
    F("hosting", "Brightwater Hosting Inc.", "en", "2200 Market Street, Suite 410", "San Francisco, CA 94114, USA",
      "+1 415 555 0187", "accounts@brightwater.example", "brightwater.example", "", "EU VAT: EU372018844", "",
      brand="BRIGHTWATER", signers=("Accounts Receivable",)),
    F("translation", "Kestrel Translation Services Ltd", "en", "3 Merrion Row", "Dublin 2, D02 XY45, Ireland",
      "+353 1 555 0142", "office@kestrel-translate.example", "kestrel-translate.example",
      "Registered in Ireland No. 612093", "VAT No. IE 3612093LH", "Directors: Aoife Brennan, Ciarán Doyle",
      "AIB", country="IE", signers=("Aoife Brennan", "Director")),
    F("venue", "Northgate Conference Centre Ltd", "en", "1 Wharf Approach", "Manchester M3 4LZ, United Kingdom",
      "+44 161 555 0190", "events@northgate-cc.example", "northgate-cc.example",
      "Registered in England No. 07411290", "VAT reg. no. GB 188 3021 57", "", "HSBC UK Bank plc", country="GB",
      signers=("Hannah Okafor", "Events Finance")),
    F("collector-en", "Pemberton Credit Management Ltd", "en", "Pemberton House, 40 Queen Street",
      "Bristol BS1 4QS, United Kingdom", "+44 117 555 0126", "recoveries@pemberton-cm.example", "",
      "Registered in England No. 05521874. Authorised and regulated by the Financial Conduct Authority",
      "", "", "NatWest", country="GB", signers=("Recoveries Department",)),
    F("solicitor", "Ashcombe Reeves LLP", "en", "25 Chancery Lane", "London WC2A 1LS, United Kingdom",
      "+44 20 7946 0832", "litigation@ashcombe-reeves.example", "ashcombe-reeves.example",
      "A limited liability partnership registered in England No. OC402117. Authorised and regulated by the SRA",
      "", "", country="GB", signers=("Jonathan Mercer", "Partner")),
    F("hmrc", "HM Revenue & Customs", "en", "BX9 1AS", "United Kingdom", "+44 300 200 3700", public=True, head=AUTH),
    F("companies-house", "Companies House", "en", "Crown Way", "Cardiff CF14 3UZ, United Kingdom", "+44 303 1234 500",
      public=True, head=AUTH),
    F("revenue-ie", "Revenue Commissioners", "en", "Collector-General's Division, Sarsfield House",
      "Limerick, Ireland", "+353 1 738 3663", public=True, head=AUTH),
    F("payments", "Quayline Payments Ltd", "en", "88 Spinningfields Square", "Manchester M3 3AP, United Kingdom",
      "+44 161 555 0144", "compliance@quayline.example", "quayline.example",
      "Registered in England No. 10234455. Authorised by the FCA as an Electronic Money Institution", "", "",
      country="GB", brand="quayline", signers=("Compliance Team",)),
    F("bank-en", "Harbour & Crane Bank plc", "en", "10 Lower Thames Street", "London EC3R 6AF, United Kingdom",
      "+44 20 7946 0555", "business@harbourcrane.example", "harbourcrane.example",
      "Registered in England No. 02948810. Authorised by the PRA and regulated by the FCA and the PRA", "", "",
      country="GB", signers=("Business Banking Team",)),
    F("insurer-en", "Meridian Commercial Insurance plc", "en", "70 Gracechurch Street", "London EC3V 0HR, United Kingdom",
      "+44 20 7946 0701", "renewals@meridian-ci.example", "meridian-ci.example",
      "Registered in England No. 01877360. Authorised by the PRA", "", "", country="GB",
      signers=("Commercial Renewals",)),
    F("conference", "Eastbank Tech Summit Ltd", "en", "Unit 5, Tea Building, 56 Shoreditch High St",
      "London E1 6JJ, United Kingdom", "+44 20 7946 0417", "partners@eastbank-summit.example", "eastbank-summit.example",
      "Registered in England No. 11820346", "", "", country="GB", brand="EASTBANK", tagline="Tech Summit 2026",
      signers=("Priya Raman", "Partnerships Lead")),
    F("software-en", "Tallis Workflow Inc.", "en", "500 Boylston Street, 11th Floor", "Boston, MA 02116, USA",
      "+1 617 555 0148", "sales@tallis.example", "tallis.example", "", "", "", brand="tallis",
      signers=("Marcus Feld", "Account Executive")),
    F("supplier-en", "Copperleaf Components Ltd", "en", "Unit 7, Fenton Trade Park", "Stoke-on-Trent ST4 2RS, United Kingdom",
      "+44 1782 555 013", "orders@copperleaf.example", "copperleaf.example", "Registered in England No. 06180724",
      "VAT reg. no. GB 940 3318 02", "", "Lloyds Bank plc", country="GB", signers=("Sales Office",)),
    F("applicant-en", "Application", "en", "", "", head=("private",)),
    F("partner-en", "Fernhill Advisory Ltd", "en", "9 St Andrew Square", "Edinburgh EH2 2AF, United Kingdom",
      "+44 131 555 0162", "hello@fernhill.example", "fernhill.example", "Registered in Scotland No. SC587102", "", "",
      country="GB", signers=("Isla Fraser", "Managing Partner")),
]
BY_KEY: dict[str, list[Firm]] = {}
for _f in SENDERS:
    BY_KEY.setdefault(_f.key, []).append(_f)


def pick(rng: random.Random, *keys: str) -> Firm:
    return rng.choice([f for k in keys for f in BY_KEY[k]])


def contact_lines(f: Firm) -> list[str]:
    out = []
    if f.phone:
        out.append(("Telefon " if f.lang == "de" else "Tel. ") + f.phone)
    if f.mail:
        out.append(("E-Mail " if f.lang == "de" else "Email ") + f.mail)
    if f.web:
        out.append(f.web)
    return out
