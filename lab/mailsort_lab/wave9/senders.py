"""Wave 9's sender organisations (all fictional) and their contact lines."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    name: str
    street: str
    city: str
    lang: str
    kind: str                 # what writes: firm, finanzamt, court, lawyer, chamber, bank, insurer, private ...
    people: tuple[str, ...] = ()
    register: str = ""
    bank: str = ""
    web: str = ""


def S(name, street, city, lang, kind, people=(), register="", bank="", web=""):
    return Sender(name, street, city, lang, kind, tuple(people), register, bank, web)


SENDERS: dict[str, list[Sender]] = {
    "invoice": [
        S("Kessler Druckwerk GmbH", "Am Güterbahnhof 14", "04129 Leipzig", "de", "firm", ["Ortrun Kessler"], "HRB 30211, AG Leipzig", "Sparkasse Muldental"),
        S("Waldeck Energie Vertrieb GmbH", "Kraftwerkstraße 2", "34117 Kassel", "de", "utility", [], "HRB 18830, AG Kassel", "Kasseler Volksbank"),
        S("Funknetz Ost Telekommunikation AG", "Storkower Straße 208", "10369 Berlin", "de", "telecom", [], "HRB 99817 B, AG Charlottenburg", "Postbank"),
        S("Ingenieurbüro Falkenrath", "Lindenallee 7", "48143 Münster", "de", "firm", ["Dipl.-Ing. Till Falkenrath"], "", "Volksbank Münsterland"),
        S("Reinhold Büroservice e.K.", "Hafenweg 31", "28217 Bremen", "de", "firm", ["Gunda Reinhold"], "HRA 27740 HB, AG Bremen", "Weser-Sparkasse"),
        S("Castlebridge Translations Ltd", "14 Merrion Row", "Dublin 2, D02 KX61, Ireland", "en", "firm", ["Aoife Brennan"], "CRO 645512", "Bank of Leinster"),
        S("Northgate Cloud Hosting Ltd", "Unit 4, Wharf Road", "Manchester M17 1AB, United Kingdom", "en", "firm", [], "Company No. 11849302", "Mercia Bank"),
    ],
    "reminder": [
        S("Inkasso Mittelweser GmbH", "Bahnhofstraße 88", "31582 Nienburg", "de", "collection", ["Ralf Tiedge"], "HRB 201455, AG Walsrode", "Sparkasse Nienburg"),
        S("Hausverwaltung Brückner & Lohse GmbH", "Kantstraße 61", "10627 Berlin", "de", "landlord", ["Petra Brückner"], "HRB 14422 B, AG Charlottenburg", "Berliner Bauernbank"),
        S("Papierhaus Stolle GmbH", "Werkstraße 9", "09116 Chemnitz", "de", "firm", ["Heiko Stolle"], "HRB 7731, AG Chemnitz", "Erzgebirgssparkasse"),
        S("Brightwater Office Supplies Ltd", "22 Canal Street", "Leeds LS1 4QT, United Kingdom", "en", "firm", ["Jordan Pike"], "Company No. 09922411", "Pennine Bank"),
    ],
    "tax": [
        S("Finanzamt Berlin-Mitte/Tiergarten", "Neue Jakobstraße 6-7", "10179 Berlin", "de", "finanzamt"),
        S("Finanzamt für Körperschaften III Berlin", "Volkmarstraße 13", "12099 Berlin", "de", "finanzamt"),
        S("Hauptzollamt Potsdam", "Grenzstraße 40", "14473 Potsdam", "de", "zoll"),
    ],
    "legal": [
        S("Amtsgericht Wedding – Zentrales Mahngericht Berlin-Brandenburg", "Schönstedtstraße 5", "13357 Berlin", "de", "court-mahn"),
        S("Landgericht Potsdam", "Jägerallee 10-12", "14469 Potsdam", "de", "court"),
        S("Kanzlei Overbeck Sander Rechtsanwälte PartmbB", "Rothenbaumchaussee 40", "20148 Hamburg", "de", "lawyer", ["Dr. Hendrik Overbeck", "Rechtsanwalt"], "PR 1188, AG Hamburg", "Hamburger Privatbank"),
        S("Obergerichtsvollzieherin Sabine Quast", "Postfach 31 04 22", "10634 Berlin", "de", "bailiff"),
        S("Harcourt Bell LLP", "90 Fleet Street", "London EC4Y 1DH, United Kingdom", "en", "lawyer", ["Eleanor Bell", "Partner"], "OC 402277", ""),
    ],
    "authority": [
        S("Industrie- und Handelskammer Oderland", "Am Markt 3", "15230 Frankfurt (Oder)", "de", "chamber"),
        S("Bezirksamt Mitte von Berlin – Ordnungsamt", "Karl-Marx-Allee 31", "10178 Berlin", "de", "ordnung"),
        S("Amtsgericht Charlottenburg – Registergericht", "Amtsgerichtsplatz 1", "14057 Berlin", "de", "register"),
        S("Statistisches Landesamt Berlin-Brandenburg", "Steinstraße 104-106", "14480 Potsdam", "de", "statistics"),
        S("Beitragsservice Rundfunk Köln", "Freimersdorfer Weg 6", "50829 Köln", "de", "broadcast"),
        S("BKK Spreetal", "Mühlendamm 12", "10178 Berlin", "de", "health"),
    ],
    "bank": [
        S("Havelland Privatbank AG", "Breite Straße 21", "14467 Potsdam", "de", "bank", ["Firmenkundenbetreuung"], "HRB 4418 P, AG Potsdam", ""),
        S("Volksbank Uckermark eG", "Marktplatz 4", "17291 Prenzlau", "de", "bank", [], "GnR 88, AG Neuruppin", ""),
        S("Kontora Payments GmbH", "Torstraße 140", "10119 Berlin", "de", "payments", [], "HRB 221904 B, AG Charlottenburg", ""),
        S("Ledgerline Bank Europe S.A.", "12 Rue Goethe", "L-1637 Luxembourg", "en", "bank", [], "RCS Luxembourg B 233190", ""),
    ],
    "insurance": [
        S("Elbtal Versicherung AG", "Ostra-Allee 18", "01067 Dresden", "de", "insurer", ["Schadenabteilung"], "HRB 9921, AG Dresden", ""),
        S("Versicherungsmakler Jurgeleit GmbH", "Bergstraße 3", "69120 Heidelberg", "de", "broker", ["Timo Jurgeleit"], "HRB 722011, AG Mannheim", ""),
        S("Harbourline Insurance plc", "3 Quay Parade", "Bristol BS1 5TX, United Kingdom", "en", "insurer", [], "Company No. 04455120", ""),
    ],
    "contract": [
        S("Stromkontor Havel GmbH", "Am Kanal 16", "14467 Potsdam", "de", "utility", [], "HRB 30990 P, AG Potsdam", ""),
        S("Kopierwelt Leasing & Service GmbH", "Industriering 44", "40721 Hilden", "de", "firm", ["Melanie Ostrowski"], "HRB 81123, AG Düsseldorf", ""),
        S("Coworking Spreebogen GmbH", "Alt-Moabit 90", "10559 Berlin", "de", "firm", ["Yannick Weiß"], "HRB 190221 B, AG Charlottenburg", ""),
        S("Tallyworks Software Ltd", "5 Harbour Yard", "Edinburgh EH6 6QT, United Kingdom", "en", "firm", ["Fiona McAllister"], "Company No. SC611204", ""),
    ],
    "advertising": [
        S("Messe- und Kongressagentur Rheinblick GmbH", "Rheinuferstraße 7", "55116 Mainz", "de", "firm", ["Sören Blank"], "HRB 49911, AG Mainz", ""),
        S("Firmenverzeichnis Deutschland Online GmbH", "Gewerbepark 12", "63452 Hanau", "de", "firm", [], "HRB 99031, AG Hanau", ""),
        S("Bürostuhl-Depot Wendt GmbH", "Zeppelinstraße 5", "73760 Ostfildern", "de", "firm", ["Carsten Wendt"], "HRB 740022, AG Stuttgart", ""),
        S("Fleetwise Leasing GmbH", "Frankfurter Ring 81", "80807 München", "de", "firm", [], "HRB 255001, AG München", ""),
        S("Skyline Events Europe Ltd", "40 Baker's Row", "London EC1R 3DD, United Kingdom", "en", "firm", ["Priya Nair"], "Company No. 12077341", ""),
    ],
    "other": [
        S("Förderverein Kinderhospiz Sonnenboot e.V.", "Seestraße 2", "14109 Berlin", "de", "charity", ["Regine Albers"], "VR 31020 B, AG Charlottenburg", ""),
        S("Unternehmerinnen-Netzwerk Berlin-Mitte e.V.", "Linienstraße 139", "10115 Berlin", "de", "network", ["Dorothea Kramm"], "VR 29811 B, AG Charlottenburg", ""),
        S("Malte Grünwald", "Bötzowstraße 18", "10407 Berlin", "de", "private", ["Malte Grünwald"]),
        S("Spedition Hollerbach GmbH", "Ladestraße 4", "06112 Halle (Saale)", "de", "firm", ["Disposition"], "HRB 21131, AG Stendal", ""),
        S("Oakridge Partners Newsletter", "7 Charter Square", "Cambridge CB2 1TN, United Kingdom", "en", "network", ["Oakridge Partners"], "", ""),
    ],
}


def contact(s: Sender, rng: random.Random) -> list[str]:
    dom = "".join(ch for ch in s.name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                  .split(" ")[0] + s.name.lower().split(" ")[-1][:3] if ch.isalnum()) + (".example")
    if s.lang == "en":
        phone = f"+44 {rng.randint(20, 199)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    else:
        phone = f"0{rng.randint(30, 991)} {rng.randint(100000, 999999)}"
    return [phone, f"post@{dom}" if s.lang == "de" else f"hello@{dom}", f"www.{dom}"]


def iban(rng: random.Random, country: str = "DE") -> str:
    """A well-formed but made-up IBAN (checksum right, bank code invented)."""
    n = {"DE": 18, "GB": 18, "IE": 18, "LU": 16}[country]
    body = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country in ("GB", "IE"):
        body = "".join(rng.choice("ABCDEFGHJKMNPRTWXZ") for _ in range(4)) + body[4:]
    num = int("".join(str(int(ch, 36)) for ch in body + country + "00"))
    check = 98 - num % 97
    raw = f"{country}{check:02d}{body}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def country(s: Sender) -> str:
    return "GB" if "United Kingdom" in s.city else "IE" if "Ireland" in s.city else "LU" if s.city.startswith("L-") else "DE"
