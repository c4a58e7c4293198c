"""Who writes to the clients in wave 11: public bodies, courts and lawyers, banks, insurers, suppliers,
SaaS vendors, landlords, recruiters, charities and customers. Names are fictional except for public
bodies, which keep their real style of name."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(digits) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _bban(key: str, country: str) -> str:
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    if country == "DE":
        return f"{h % 10**8:08d}{(h // 10**8) % 10**10:010d}"
    if country == "GB":
        return f"{'NWBK' if h % 2 else 'BARC'}{h % 10**6:06d}{(h // 10**6) % 10**8:08d}"
    return f"{'INGB' if h % 2 else 'ABNA'}{h % 10**10:010d}"                           # NL


@dataclass
class Org:
    key: str
    name: str                 # as the letterhead names it: the sender label
    lang: str
    street: str
    city: str
    phone: str = ""
    mail: str = ""
    web: str = ""
    public: bool = False      # public bodies and courts: paper only, never email
    signers: tuple[str, ...] = ()
    tagline: str = ""
    extra: tuple[str, ...] = ()       # register, VAT id, managing directors
    country: str = "DE"
    account: str = field(default="")

    def __post_init__(self):
        if not self.account:
            self.account = iban(self.country, _bban(self.key, self.country))

    def contact(self) -> list[str]:
        out = []
        if self.phone:
            out.append(("Tel. " if self.lang == "de" else "T ") + self.phone)
        if self.mail:
            out.append(("E-Mail " if self.lang == "de" else "E ") + self.mail)
        if self.web:
            out.append(self.web)
        return out

    def footer(self) -> list[str]:
        bank = ("Bankverbindung" if self.lang == "de" else "Bank details") + f": IBAN {self.account}"
        return [self.name, self.street, self.city, *self.contact()[:2], *self.extra, bank]


def _o(key, name, lang, street, city, phone="", mail="", web="", public=False, signers=(), tagline="", extra=(),
       country="DE") -> Org:
    return Org(key, name, lang, street, city, phone, mail, web, public, tuple(signers), tagline, tuple(extra), country)


ORGS = [
    # --- tax authorities
    _o("fa-fk", "Finanzamt Friedrichshain-Kreuzberg", "de", "Mehringdamm 22", "10961 Berlin", "030 9024-12-0",
       "poststelle@fa-fk.berlin.example", public=True, signers=("Im Auftrag\nGrabowski", "Im Auftrag\nFrau Tietze")),
    _o("fa-koe3", "Finanzamt für Körperschaften III", "de", "Volkmarstraße 13", "12099 Berlin", "030 9024-27-0",
       public=True, signers=("Mit freundlichen Grüßen\nIhr Finanzamt", "Im Auftrag\nBehrendt")),
    _o("fa-cha", "Finanzamt Charlottenburg", "de", "Bismarckstraße 48", "10627 Berlin", "030 9024-13-0",
       public=True, signers=("Im Auftrag\nSchwedler",)),
    _o("bzst", "Bundeszentralamt für Steuern", "de", "An der Küppe 1", "53225 Bonn", "0228 406-0",
       web="www.bzst.de", public=True, signers=("Im Auftrag\nDr. Kemmerling",)),
    _o("hza", "Hauptzollamt Berlin", "de", "Colditzstraße 34-36", "12099 Berlin", "030 69009-0", public=True,
       signers=("Im Auftrag\nWollenhaupt",)),
    _o("hmrc", "HM Revenue & Customs", "en", "Non-Resident Registration Unit, Ruby House", "8 Ruby Place, Aberdeen AB10 1ZP",
       public=True, signers=("Yours faithfully\nNRU Caseworker",), country="GB"),
    # --- courts, lawyers, bailiffs, administrators
    _o("ag-wedding", "Amtsgericht Wedding", "de", "Brunnenplatz 1", "13343 Berlin", "030 90156-0", public=True,
       tagline="Zentrales Mahngericht Berlin-Brandenburg", signers=("Rechtspflegerin\nKaczmarek",)),
    _o("ag-tk", "Amtsgericht Tempelhof-Kreuzberg", "de", "Möckernstraße 130", "10963 Berlin", "030 90175-0",
       public=True, signers=("Auf Anordnung\nJustizbeschäftigte Ramelow",)),
    _o("lg", "Landgericht Berlin II", "de", "Littenstraße 12-17", "10179 Berlin", "030 9023-0", public=True,
       signers=("Beglaubigt\nUrkundsbeamtin der Geschäftsstelle\nSzymanski",)),
    _o("ra-bsp", "Brenninkmeyer Sollwedel Rechtsanwälte PartG mbB", "de", "Kurfürstendamm 207", "10719 Berlin",
       "030 8870 44-0", "kanzlei@bs-recht.example", "www.bs-recht.example",
       signers=("Dr. Konstantin Sollwedel\nRechtsanwalt", "Ricarda Brenninkmeyer\nRechtsanwältin"),
       extra=("Sitz Berlin, AG Charlottenburg PR 1187 B",)),
    _o("ra-hohl", "Kanzlei Hohlfeld & Anders", "de", "Goethestraße 7", "04109 Leipzig", "0341 2189 330",
       "post@hohlfeld-anders.example", signers=("Jens Hohlfeld\nRechtsanwalt\nFachanwalt für Mietrecht",)),
    _o("gv", "Obergerichtsvollzieherin Anja Külpmann", "de", "Littenstraße 12-17, Postfach 91", "10179 Berlin",
       "030 9023-2241", public=True, signers=("Külpmann\nObergerichtsvollzieherin",)),
    _o("insolv", "Dipl.-Kfm. Rainer Stövesand, Insolvenzverwalter", "de", "Schlüterstraße 38", "10629 Berlin",
       "030 31 80 55-0", "insolvenz@stoevesand.example", signers=("Rainer Stövesand\nInsolvenzverwalter",)),
    _o("harrowgate", "Harrowgate Legal LLP", "en", "14 Bedford Row", "London WC1R 4BU", "+44 20 7946 0321",
       "disputes@harrowgate-legal.example", "www.harrowgate-legal.example", country="GB",
       signers=("Eleanor Whitcombe\nPartner", "James Okonjo\nSenior Associate"),
       extra=("Authorised and regulated by the Solicitors Regulation Authority (SRA no. 640118)",)),
    # --- other public bodies
    _o("bkk", "BKK Spreewerk", "de", "Alt-Moabit 96", "10559 Berlin", "030 2576 8810", "firmenkunden@bkk-spreewerk.example",
       public=True, tagline="Die Betriebskrankenkasse", signers=("Ihre BKK Spreewerk\nTeam Arbeitgeberservice",)),
    _o("aok", "AOK Nordost – Die Gesundheitskasse", "de", "Wilhelmstraße 1", "10963 Berlin", "0800 265 080 40",
       public=True, signers=("Mit freundlichen Grüßen\nIhre AOK Nordost\nBeitragseinzug",)),
    _o("vbg", "Verwaltungs-Berufsgenossenschaft (VBG)", "de", "Massaquoipassage 1", "22305 Hamburg", "040 5146-0",
       public=True, signers=("Mitgliedschaft und Beitrag",)),
    _o("ihk", "Industrie- und Handelskammer zu Berlin", "de", "Fasanenstraße 85", "10623 Berlin", "030 31510-0",
       "service@berlin.ihk.example", public=True, signers=("Beitragsabteilung",)),
    _o("rbb", "ARD ZDF Deutschlandradio Beitragsservice", "de", "Freimersdorfer Weg 6", "50829 Köln", public=True,
       signers=("Ihr Beitragsservice",)),
    _o("register", "Amtsgericht Charlottenburg – Registergericht –", "de", "Hardenbergstraße 31", "10623 Berlin",
       "030 90177-0", public=True, signers=("Rechtspfleger\nHinrichsen",)),
    _o("statistik", "Amt für Statistik Berlin-Brandenburg", "de", "Steinstraße 104-106", "14480 Potsdam",
       "0331 8173-0", public=True, signers=("Im Auftrag\nReferat Unternehmensregister",)),
    _o("drv", "Deutsche Rentenversicherung Bund", "de", "Ruhrstraße 2", "10709 Berlin", "030 865-0", public=True,
       signers=("Im Auftrag\nPrüfdienst Berlin",)),
    _o("ordnungsamt", "Bezirksamt Mitte von Berlin – Ordnungsamt", "de", "Karl-Marx-Allee 31", "10178 Berlin",
       "030 9018-22010", public=True, signers=("Im Auftrag\nPietsch",)),
    _o("companies-house", "Companies House", "en", "Crown Way", "Cardiff CF14 3UZ", "+44 303 1234 500",
       public=True, signers=("Registrar of Companies",), country="GB"),
    # --- banks and payment providers
    _o("voba", "Volksbank Spreebogen eG", "de", "Alexanderstraße 7", "10178 Berlin", "030 2847 1100",
       "firmenkunden@vb-spreebogen.example", "www.vb-spreebogen.example",
       signers=("Volksbank Spreebogen eG\nFirmenkundenbetreuung",), extra=("Genossenschaftsregister AG Charlottenburg GnR 611 B",)),
    _o("nordlicht", "Nordlicht Bank AG", "de", "Ballindamm 40", "20095 Hamburg", "040 3346 7700",
       "service@nordlicht-bank.example", signers=("Nordlicht Bank AG\nKundenservice Geschäftskunden",),
       extra=("Vorstand: Dr. Frauke Abels (Vors.), Henning Lüth", "HRB 120443, AG Hamburg")),
    _o("kestrel", "Kestrel Business Bank N.V.", "en", "Zuidplein 126", "1077 XV Amsterdam", "+31 20 808 1450",
       "business@kestrelbank.example", signers=("Client Due Diligence Team",), country="NL"),
    _o("tallis", "Tallis Payments Ltd.", "en", "3 Brindley Place", "Birmingham B1 2JB", "",
       "merchants@tallispay.example", "tallispay.example", signers=("Merchant Risk Team",), country="GB"),
    # --- insurers and brokers
    _o("hgv", "Hanseatische Gewerbeversicherung AG", "de", "Am Sandtorkai 50", "20457 Hamburg", "040 6077 3300",
       "gewerbe@hgv-versicherung.example", signers=("Hanseatische Gewerbeversicherung AG\nBetriebshaftpflicht",),
       extra=("Vorstand: Torsten Eilers, Dr. Maren Quast", "HRB 88102 Hamburg")),
    _o("rhein", "Rheinländische Assekuranz VVaG", "de", "Konrad-Adenauer-Ufer 21", "50668 Köln", "0221 9487-0",
       "schaden@rheinlaendische.example", signers=("Schadenabteilung Sach\ni. A. Brüggemann",)),
    _o("kontor", "Kontor Versicherungsmakler GmbH", "de", "Lietzenburger Straße 51", "10789 Berlin", "030 8855 190",
       "info@kontor-makler.example", signers=("Holger Brandes\nVersicherungsmakler (§ 34d GewO)",)),
    _o("albion", "Albion Marine & Commercial Insurance plc", "en", "71 Fenchurch Street", "London EC3M 4BS",
       "+44 20 7946 0870", "commercial@albion-insurance.example", signers=("Underwriting Services",), country="GB"),
    # --- collection, landlords
    _o("kollwitz", "Kollwitz Inkasso GmbH", "de", "Rheinstraße 45", "12161 Berlin", "030 8507 9930",
       "forderung@kollwitz-inkasso.example", signers=("Kollwitz Inkasso GmbH\nForderungsmanagement",),
       extra=("Registriert nach § 10 RDG, AG Berlin", "Geschäftsführer: Benno Kollwitz")),
    _o("meridian", "Meridian Collections Ltd.", "en", "Unit 4, Tallaght Business Park", "Dublin 24, D24 X2F1",
       "+353 1 555 0192", "accounts@meridian-collections.example", signers=("Recoveries Department",), country="NL"),
    _o("grunewald", "Hausverwaltung Grunewald & Söhne GmbH", "de", "Koenigsallee 12", "14193 Berlin", "030 8974 210",
       "mieten@grunewald-hv.example", signers=("Sybille Grunewald\nObjektbetreuung",), extra=("HRB 44710 B",)),
    # --- suppliers, utilities, telecom, leasing
    _o("elbkontor", "Elbkontor Bürobedarf GmbH", "de", "Wendenstraße 130", "20537 Hamburg", "040 2531 880",
       "rechnung@elbkontor.example", "www.elbkontor.example", signers=("Ihr Elbkontor-Team",),
       extra=("USt-IdNr. DE 318 442 907", "Geschäftsführerin: Wiebke Ahlers-Traut")),
    _o("spreestrom", "Spreestrom Energie GmbH", "de", "Stralauer Platz 33", "10243 Berlin", "0800 7733 100",
       "kundenservice@spreestrom.example", "www.spreestrom.example", signers=("Ihr Kundenservice",),
       extra=("USt-IdNr. DE 296 104 338",)),
    _o("telvanet", "Telvanet Business GmbH", "de", "Am Seestern 18", "40547 Düsseldorf", "0211 9090 400",
       "business@telvanet.example", signers=("Ihr Telvanet Business Team",), extra=("HRB 77321 Düsseldorf",)),
    _o("kranich", "Kranich Leasing GmbH", "de", "Theodor-Heuss-Allee 2", "60486 Frankfurt am Main", "069 7593 2200",
       "vertrieb@kranich-leasing.example", signers=("Dominik Rauschenbach\nVertrieb Mittelstand",)),
    _o("datenhafen", "Datenhafen Systemhaus GmbH", "de", "Schönhauser Allee 167", "10435 Berlin", "030 4403 7750",
       "buchhaltung@datenhafen.example", "www.datenhafen.example", signers=("Tilo Hasselbring\nAccount Management",),
       extra=("USt-IdNr. DE 305 771 246", "HRB 190224 B")),
    _o("glanzwerk", "Glanzwerk Facility Services GmbH", "de", "Landsberger Allee 366", "12681 Berlin", "030 5490 3310",
       "abrechnung@glanzwerk.example", signers=("Objektleitung Berlin Mitte",), extra=("USt-IdNr. DE 281 950 664",)),
    _o("hollerbach", "Druckerei Hollerbach & Sohn KG", "de", "Industriestraße 9", "14482 Potsdam", "0331 7041 60",
       "auftrag@hollerbach-druck.example", signers=("Gerd Hollerbach",), extra=("HRA 2291 P",)),
    _o("bohnenrausch", "Kaffeerösterei Bohnenrausch GmbH", "de", "Ackerstraße 3", "10115 Berlin", "030 2809 4412",
       "buero@bohnenrausch.example", signers=("Nele Fabricius\nB2B-Service",)),
    _o("messe", "Messegesellschaft Lausitz mbH", "de", "Messeallee 1", "03046 Cottbus", "0355 4960-0",
       "aussteller@messe-lausitz.example", "www.messe-lausitz.example", signers=("Projektteam HandwerkZukunft",)),
    _o("branchen", "DGV Deutsches Gewerbeverzeichnis Online", "de", "Postfach 10 04 61", "45004 Essen", "",
       "eintrag@dgv-online.example", signers=("Ihr DGV-Eintragungsservice",)),
    _o("sternenboot", "Kinderhospiz Sternenboot e.V.", "de", "Lindenufer 4", "13597 Berlin", "030 3329 018",
       "spenden@sternenboot.example", signers=("Annegret Völkel\nVorstand",)),
    _o("talentbruecke", "Talentbrücke Personalberatung GmbH", "de", "Rosenthaler Straße 40", "10178 Berlin",
       "030 2404 7712", "kontakt@talentbruecke.example", signers=("Vanessa Oltmanns\nSenior Consultant",)),
    _o("krug", "Gasthaus Zum Krug, Inh. Renate Pfisterer", "de", "Dorfstraße 11", "16548 Glienicke/Nordbahn",
       "033056 7712", "krug-glienicke@mail.example", signers=("Renate Pfisterer",)),
    _o("lohmeyer", "Zahnarztpraxis Dr. Lohmeyer", "de", "Kastanienallee 58", "10119 Berlin", "030 4487 221",
       "praxis@dr-lohmeyer.example", signers=("Dr. Carsten Lohmeyer",)),
    _o("verband", "Wirtschaftsforum Berlin-Mitte e.V.", "de", "Chausseestraße 8", "10115 Berlin", "030 2830 551",
       "info@wirtschaftsforum-mitte.example", signers=("Dr. Philippa Rennebaum\nGeschäftsführerin",)),
    # --- English-speaking vendors, customers, recruiters
    _o("cloudharbor", "Cloudharbor Inc.", "en", "535 Mission Street, Suite 1400", "San Francisco, CA 94105",
       "", "billing@cloudharbor.example", "cloudharbor.example", signers=("Cloudharbor Billing",), country="NL"),
    _o("ledgerly", "Ledgerly Ltd.", "en", "22 Charlotte Square", "Edinburgh EH2 4DF", "+44 131 496 0500",
       "accounts@ledgerly.example", "ledgerly.example", signers=("Ledgerly Accounts Team",), country="GB",
       extra=("Registered in Scotland, SC604117", "VAT GB 312 7781 04")),
    _o("pinecrest", "Pinecrest Hosting B.V.", "en", "Herengracht 420", "1017 BZ Amsterdam", "+31 20 262 4410",
       "invoices@pinecrest.example", signers=("Pinecrest Hosting Finance",), country="NL", extra=("KvK 71844210",)),
    _o("rowan", "Rowan & Finch Office Supplies Ltd.", "en", "Unit 9, Riverside Trading Estate", "Leeds LS11 5QT",
       "+44 113 496 0711", "orders@rowanfinch.example", signers=("Sales Ledger",), country="GB"),
    _o("tidewater", "Tidewater Freight Ltd.", "en", "Port House, Dock Road", "Felixstowe IP11 3RZ", "+44 1394 555 210",
       "billing@tidewater-freight.example", signers=("Credit Control",), country="GB"),
    _o("vantel", "Vantel Communications Ireland Ltd.", "en", "Block C, Sandyford Business Centre", "Dublin 18",
       "+353 1 555 0440", "business@vantel.example", signers=("Vantel Business Care",), country="NL"),
    _o("expo", "Nordic Retail Tech Expo AB", "en", "Mässvägen 1", "125 80 Stockholm, Sweden", "+46 8 749 4100",
       "exhibit@nrtexpo.example", "nrtexpo.example", signers=("Exhibitor Sales Team",), country="NL"),
    _o("orbital", "Orbital Equipment Finance Ltd.", "en", "40 Gracechurch Street", "London EC3V 0BT", "+44 20 7946 0155",
       "hello@orbitalfinance.example", signers=("Marcus Levene\nBusiness Development",), country="GB"),
    _o("hawthorne", "Hawthorne Search Partners Ltd.", "en", "1 Spinningfields Square", "Manchester M3 3AP",
       "+44 161 496 0330", "talent@hawthorne-search.example", signers=("Olivia Brandt\nPrincipal Consultant",), country="GB"),
    _o("lighthouse", "The Lighthouse Trust", "en", "9 Quayside", "Newcastle upon Tyne NE1 3DE", "+44 191 498 0220",
       "giving@lighthousetrust.example", signers=("Rev. Alan Pryce\nChair of Trustees",), country="GB",
       extra=("Registered charity no. 1094473",)),
    _o("kingsbury", "Kingsbury Hotels Group plc", "en", "88 Baker Street", "London W1U 6TQ", "+44 20 7946 0999",
       "procurement@kingsburyhotels.example", signers=("Priyanka Desai\nHead of Procurement",), country="GB"),
    _o("fintech", "Fintech Horizons Events Ltd.", "en", "30 Churchill Place", "London E14 5RE", "",
       "delegates@fintech-horizons.example", "fintech-horizons.example", signers=("The Fintech Horizons Team",), country="GB"),
]
BY_KEY = {o.key: o for o in ORGS}
