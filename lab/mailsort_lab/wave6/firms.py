"""Wave-6 senders (all fictional, none used by earlier sets) and the client directory as the
generator reads it from clients.yaml itself (not through the routing code)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Sender:
    name: str                   # the full name the letter gives: the label
    street: str
    city: str                   # "12345 Town"
    domain: str
    brand: str = ""             # a short letterhead word; then the legal name stands in the footer only
    authority: bool = False     # public bodies write a Geschäftszeichen block and no bank footer

    @property
    def town(self) -> str:
        return self.city.split(" ", 1)[1]


def _s(name, street, city, domain, brand="", authority=False):
    return Sender(name, street, city, domain, brand, authority)


SENDERS: dict[str, list[Sender]] = {
    "invoice": [
        _s("Kessler & Wendt Gebäudeservice GmbH", "Am Kalkofen 7", "14482 Potsdam", "kw-gebaeudeservice.de", "KWG"),
        _s("Lumora Drucktechnik KG", "Spandauer Damm 212", "14059 Berlin", "lumora-druck.de", "LUMORA"),
        _s("Brückner Kaffeeservice e.K.", "Lindenallee 3a", "15711 Königs Wusterhausen", "brueckner-kaffee.de"),
        _s("Havelkurier Logistik GmbH", "Hafenstraße 40", "14770 Brandenburg an der Havel", "havelkurier.de", "havelkurier"),
        _s("Tessaro Übersetzungen UG (haftungsbeschränkt)", "Kastanienallee 88", "10435 Berlin", "tessaro-uebersetzt.de"),
        _s("Orbitec Netzwerksysteme AG", "Rudower Chaussee 29", "12489 Berlin", "orbitec-netz.de", "ORBITEC"),
        _s("Nordlicht Office Supplies Ltd.", "Alte Jakobstraße 77", "10179 Berlin", "nordlicht-office.com"),
    ],
    "reminder": [
        _s("Kessler & Wendt Gebäudeservice GmbH", "Am Kalkofen 7", "14482 Potsdam", "kw-gebaeudeservice.de", "KWG"),
        _s("Pfeilring Forderungsmanagement GmbH", "Breite Straße 19", "39104 Magdeburg", "pfeilring-inkasso.de"),
        _s("Ostwind Telekom GmbH", "Storkower Straße 140", "10407 Berlin", "ostwind-telekom.de", "ostwind"),
        _s("Lumora Drucktechnik KG", "Spandauer Damm 212", "14059 Berlin", "lumora-druck.de", "LUMORA"),
        _s("Varnholt Energie GmbH & Co. KG", "Kraftwerkstraße 5", "16225 Eberswalde", "varnholt-energie.de"),
    ],
    "tax": [
        _s("Finanzamt Berlin-Spreebogen", "Alt-Moabit 310", "10555 Berlin", "finanzamt-spreebogen.example", authority=True),
        _s("Finanzamt Berlin-Kranichsee", "Seestraße 201", "13353 Berlin", "fa-kranichsee.example", authority=True),
        _s("Finanzamt Teltow-Heide", "Potsdamer Allee 12", "14513 Teltow", "fa-teltow-heide.example", authority=True),
    ],
    "legal": [
        _s("Dr. Vossberg & Partner Rechtsanwälte PartG mbB", "Kurfürstendamm 190", "10707 Berlin", "vossberg-partner.de"),
        _s("Kanzlei Ahrendt Lüdecke Rechtsanwälte GbR", "Neuer Markt 4", "14467 Potsdam", "ahrendt-luedecke.de"),
        _s("Amtsgericht Lindenhain", "Gerichtsstraße 2", "15230 Frankfurt (Oder)", "ag-lindenhain.example", authority=True),
        _s("Sørensen Clarke LLP", "Unter den Linden 14", "10117 Berlin", "sorensenclarke.com"),
    ],
    "authority": [
        _s("Bezirksamt Spreebogen von Berlin", "Mathilde-Jacob-Platz 9", "10551 Berlin", "ba-spreebogen.example", authority=True),
        _s("Landesamt für Statistik Havelland-Spree", "Behlertstraße 3a", "14467 Potsdam", "statistik-hs.example", authority=True),
        _s("Gewerbeaufsichtsamt Berlin-Nord", "Turmstraße 21", "10559 Berlin", "gaa-nord.example", authority=True),
        _s("Kammer für Gesundheitsberufe Berlin", "Wilhelmstraße 50", "10117 Berlin", "kgb-berlin.example", authority=True),
    ],
    "bank": [
        _s("Spreeland Volksbank eG", "Karl-Marx-Allee 71", "10243 Berlin", "spreeland-vb.de", "Spreeland Volksbank"),
        _s("Merkurbank AG", "Taunusanlage 30", "60325 Frankfurt am Main", "merkurbank.de", "MERKURBANK"),
        _s("Hanseatische Privatbank Lorenz & Co. KGaA", "Ballindamm 9", "20095 Hamburg", "hpb-lorenz.de"),
    ],
    "insurance": [
        _s("Albatros Versicherung AG", "Sendlinger Straße 44", "80331 München", "albatros-versicherung.de", "ALBATROS"),
        _s("Vereinigte Gewerbeversicherung a.G.", "Lister Meile 60", "30161 Hannover", "vgv-ag.de"),
        _s("Kronwald Assekuranz GmbH", "Rheinuferstraße 8", "40221 Düsseldorf", "kronwald-assekuranz.de", "Kronwald"),
    ],
    "contract": [
        _s("Immobilienverwaltung Sternfeld GmbH", "Prenzlauer Allee 180", "10405 Berlin", "sternfeld-immo.de"),
        _s("Cloudhafen Software GmbH", "Oranienstraße 185", "10999 Berlin", "cloudhafen.io", "cloudhafen"),
        _s("Ostwind Telekom GmbH", "Storkower Straße 140", "10407 Berlin", "ostwind-telekom.de", "ostwind"),
        _s("Fuhrpark Meyerhoff Leasing GmbH & Co. KG", "Industriestraße 12", "04129 Leipzig", "meyerhoff-leasing.de"),
    ],
    "advertising": [
        _s("Papierwerk Sonnenfeld GmbH", "Mühlenweg 2", "01067 Dresden", "papierwerk-sonnenfeld.de", "Sonnenfeld"),
        _s("Ergonova Büromöbel GmbH", "Gewerbepark 14", "33602 Bielefeld", "ergonova.de", "ERGONOVA"),
        _s("Tagungshotel Seeblick Werder OHG", "Uferpromenade 1", "14542 Werder (Havel)", "seeblick-werder.de"),
        _s("Brightpath Marketing Solutions Ltd.", "Rosenthaler Straße 40", "10178 Berlin", "brightpath.eu"),
    ],
    "other": [
        _s("Verein der Kaufleute am Gendarmenmarkt e.V.", "Taubenstraße 10", "10117 Berlin", "kaufleute-gendarmenmarkt.de"),
        _s("Fundbüro-Service Mitte GmbH", "Jägerstraße 55", "10117 Berlin", "fundservice-mitte.de"),
        _s("Wohlfahrtsstiftung Lindenblatt", "Schloßstraße 4", "14059 Berlin", "lindenblatt-stiftung.de"),
        _s("Hausverwaltung Quartier Friedrichstraße GmbH", "Friedrichstraße 120", "10117 Berlin", "quartier-fs.de"),
    ],
}
CLERKS = ["Henrike Albers", "Ole Brandstätter", "Yasemin Demir", "Konrad Vierling", "Birte Sandmann",
          "Lukas Ferreira", "Elif Aydın", "Matthias Quandt"]

# The provider the clients share an address with.
PROVIDER = "Büro Mitte Services GmbH"
STREET, CITY = "Friedrichstraße 123", "10117 Berlin"

LEGAL_FORMS = ["GmbH & Co. KG", "UG (haftungsbeschränkt)", "Verwaltungs-GmbH", "PartG mbB", "GmbH", "AG", "KG",
               "OHG", "GbR", "e.K.", "Ltd.", "LLC", "Inc.", "PartG", "SE", "eG"]
FEMALE = {"Sophie", "Julia", "Sarah", "Heike", "Monika", "Jana", "Anna", "Laura", "Lena", "Maria", "Sabine", "Petra",
          "Claudia", "Katrin", "Nina", "Lea", "Emma", "Mia", "Hannah", "Lisa", "Andrea", "Susanne", "Elena", "Sandra",
          "Nicole", "Stefanie", "Christina", "Johanna", "Marie", "Clara", "Ayşe", "Fatma", "Leonie", "Greta", "Paula"}
MALE = {"Uwe", "Andreas", "Felix", "Mehmet", "Peter", "Thomas", "Michael", "Stefan", "Jan", "Lukas", "Tim", "Jonas",
        "Max", "Paul", "Daniel", "Tobias", "Markus", "Christian", "Alexander", "Florian", "Sebastian", "Frank", "Martin",
        "Klaus", "Jürgen", "Ali", "David", "Simon", "Matthias", "Niklas", "Ben", "Leon", "Erik", "Oliver", "Kai"}


def fold(text: str) -> str:
    """A comparison key: no case, accents, umlaut spelling or punctuation."""
    t = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", t).split())


def strip_form(name: str) -> str:
    for form in LEGAL_FORMS:
        if name.endswith(" " + form):
            return name[: -len(form) - 1].rstrip(" ,")
    return name


@dataclass
class Client:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str] = field(default_factory=list)


class Directory:
    def __init__(self, path: Path):
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["clients"]
        self.clients = [Client(c["id"], c["name"], list(c.get("aliases") or []), list(c.get("people") or []),
                               str(c.get("mailbox") or ""), list(c.get("emails") or [])) for c in raw]
        self.names = {fold(n) for c in self.clients for n in [c.name, *c.aliases]}
        self.bare = {fold(strip_form(n)) for c in self.clients for n in [c.name, *c.aliases]}
        self.boxes = {c.mailbox for c in self.clients}
        count: dict[str, int] = {}
        for c in self.clients:
            for p in c.people:
                count[fold(p)] = count.get(fold(p), 0) + 1
        self.unique_people = {p for p, n in count.items() if n == 1}
        self.people = set(count)

    def forms(self, c: Client) -> list[str]:
        """What on a page shows the mail is for this client: its names, people and mailbox number."""
        return [c.name, strip_form(c.name), *c.aliases, *c.people, c.mailbox]
