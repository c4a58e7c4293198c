"""Further wording for tax, authority and legal letters."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- tax

@template("tax", "de", "finanzamt")
def rueckfragen_erklaerung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Steuernummer", f"{c.rng.randint(10, 99)}/{c.num(3)}/{c.num(5)}")
    c.ref("Bearbeiter/in", c.pick(*c.sender.people))
    lines = [f"bei der Bearbeitung Ihrer Steuererklärung für {c.date.year - 1} haben sich Rückfragen ergeben.",
             c.pick("Bitte erläutern Sie die Bewirtungsaufwendungen und legen Sie die Belege vor.",
                    "Bitte reichen Sie das Fahrtenbuch und die Leasingverträge der Firmenfahrzeuge ein.",
                    "Bitte weisen Sie die geltend gemachten Vorsteuerbeträge durch Rechnungskopien nach."),
             f"Ich bitte um Antwort {c.deadline(14, 30, relative=0.4, kind='plain')}. Ohne Nachweis kann ich die "
             "Aufwendungen nicht berücksichtigen."]
    return c.pick("Rückfragen zu Ihrer Steuererklärung", "Anforderung von Unterlagen", "Ihre Steuererklärung – Ergänzung"), lines


@template("tax", "de", "bzst")
def zoll_kfz_stromsteuer(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kassenzeichen", f"{c.num(3)}{c.num(6)}")
    what = c.pick("Kraftfahrzeugsteuer für das Fahrzeug B-" + c.pick("MX", "KL", "TR") + f" {c.rng.randint(100, 9999)}",
                  "Stromsteuer (Entlastungsantrag)", "Einfuhrumsatzsteuer")
    lines = [f"Steuerbescheid über {what}.",
             f"Festgesetzt werden {c.money(40, 3000)} für den Zeitraum ab {c.day(c.before(10, 40))}.",
             f"Die Steuer ist {c.deadline(14, 30, relative=0.0)} fällig und wird, sofern ein SEPA-Mandat vorliegt, eingezogen.",
             "Gegen diesen Bescheid ist der Einspruch beim Hauptzollamt zulässig."]
    return c.pick("Steuerbescheid", f"Bescheid über {what.split(' für')[0]}"), lines


@template("tax", "de", "finanzamt")
def umsatzsteuer_nachschau(c: Ctx) -> tuple[str, list[str]]:
    c.ref("St.-Nr.", f"{c.rng.randint(10, 99)}/{c.num(3)}/{c.num(5)}")
    d = c.after(10, 40)
    c.deadlines.append(d)
    lines = [f"für den Voranmeldungszeitraum {c.period()} wurde eine Umsatzsteuer-Sonderprüfung angeordnet.",
             f"Die Prüferin / der Prüfer wird sich am {c.day(d)} bei Ihnen einfinden.",
             "Halten Sie bitte Ausgangs- und Eingangsrechnungen sowie die Kontoauszüge bereit.",
             "Die Prüfung erfolgt nach §§ 193 ff. Abgabenordnung."]
    return c.pick("Umsatzsteuer-Sonderprüfung", "Prüfungsanordnung Umsatzsteuer"), lines


@template("tax", "en", "finanzamt")
def tax_information_request(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Tax reference", c.num(10))
    lines = [f"We are checking your {c.pick('VAT return', 'corporation tax return', 'payroll tax filing')} for {c.period()}.",
             f"Please send us the supporting invoices and ledgers {c.deadline(14, 30, relative=0.4, kind='plain')}.",
             "If you do not reply, we may estimate the tax due and charge penalties under the tax code."]
    return c.pick("Compliance check: information required", "Enquiry into your tax return"), lines


# ---------------------------------------------------------------- authority

@template("authority", "de", "social")
def bg_beitragsbescheid(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Mitgliedsnummer", c.num(9))
    lines = [f"auf Grundlage der gemeldeten Entgelte setzen wir den Beitrag zur gesetzlichen Unfallversicherung "
             f"für {c.date.year - 1} fest: {c.money(80, 9000)}.",
             f"Der Beitrag ist {c.deadline(14, 30, relative=0.0)} fällig. Säumniszuschläge entstehen nach § 24 SGB IV.",
             "Gegen diesen Beitragsbescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden."]
    return c.pick("Beitragsbescheid Unfallversicherung", f"Beitragsbescheid {c.date.year - 1}", "Umlagebescheid"), lines


@template("authority", "de", "register")
def zwangsgeld_register(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Registerblatt", f"HRB {c.rng.randint(1000, 250000)}")
    lines = [f"die Gesellschaft {c.recipient_name} ist ihrer Pflicht zur Anmeldung "
             f"{c.pick('der Änderung der Geschäftsanschrift', 'des Ausscheidens eines Geschäftsführers', 'der Liquidation')} nicht nachgekommen.",
             f"Es wird ein Zwangsgeld von {c.money(500, 5000)} angedroht, falls die Anmeldung nicht "
             f"{c.deadline(21, 42, relative=0.3, kind='plain')} in notariell beglaubigter Form erfolgt (§ 14 HGB).",
             "Gegen diese Verfügung kann Einspruch eingelegt werden."]
    return c.pick("Androhung eines Zwangsgeldes", "Registersache – Aufforderung zur Anmeldung"), lines


@template("authority", "de", "municipal")
def ordnungsamt_bussgeld(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kassenzeichen", f"{c.num(4)}.{c.num(6)}")
    lines = [f"Ihnen wird vorgeworfen, am {c.day(c.before(10, 40))} "
             f"{c.pick('die öffentliche Straße ohne Sondernutzungserlaubnis genutzt zu haben (Werbeaufsteller)', 'als Halter das Fahrzeug im Halteverbot abgestellt zu haben', 'die Gewerbeanzeige verspätet erstattet zu haben')}.",
             f"Verwarnungsgeld: {c.money(20, 250)}. Zahlen Sie {c.deadline(7, 14, kind='plain')} oder äußern Sie sich im Anhörungsbogen.",
             "Bei Nichtzahlung wird ein Bußgeldverfahren eingeleitet."]
    return c.pick("Anhörung im Bußgeldverfahren", "Verwarnung mit Verwarnungsgeld", "Ordnungswidrigkeit"), lines


@template("authority", "de", "municipal", "social")
def arbeitsagentur(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Betriebsnummer", c.num(8))
    lines = [f"für Ihren ehemaligen Mitarbeiter {c.pick('Herrn Jonas Krause', 'Frau Sabine Lang', 'Herrn Ömer Yılmaz')} "
             "benötigen wir eine Arbeitsbescheinigung nach § 312 SGB III.",
             f"Bitte übermitteln Sie die Bescheinigung elektronisch {c.deadline(7, 21, relative=0.5, kind='plain')}.",
             "Sie sind gesetzlich zur Auskunft verpflichtet; Verstöße können mit Bußgeld geahndet werden."]
    return c.pick("Anforderung Arbeitsbescheinigung", "Ihre Mitwirkungspflicht als Arbeitgeber"), lines


@template("authority", "en", "social", "municipal")
def social_contributions_arrears(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Employer no.", c.num(8))
    lines = [f"Social security contributions of {c.money(200, 9000)} for {c.period()} have not been received.",
             f"A statutory late-payment surcharge of {c.money(2, 90)} has been added.",
             f"Please pay {c.deadline(7, 14, kind='plain')}; otherwise enforcement will follow under the Social Code."]
    return c.pick("Contributions in arrears", "Reminder from the statutory health insurer"), lines


# ---------------------------------------------------------------- legal

@template("legal", "de", "court")
def vollstreckungsbescheid(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Geschäftsnummer", f"{c.date.year % 100}-{c.num(7)}-0-{c.rng.randint(0, 9)}")
    c.salutation = ""
    lines = [f"Auf Antrag der Antragstellerin {c.firm()} ergeht gegen Sie als Antragsgegner folgender Vollstreckungsbescheid:",
             f"Hauptforderung {c.money(200, 15000)}, Kosten des Verfahrens {c.money(30, 400)}, Zinsen seit Zustellung des Mahnbescheids.",
             f"Gegen den Vollstreckungsbescheid ist der Einspruch zulässig. Frist: {c.deadline(14, 14, relative=0.0, kind='plain')}.",
             "Der Vollstreckungsbescheid steht einem für vorläufig vollstreckbar erklärten Versäumnisurteil gleich."]
    return "Vollstreckungsbescheid", lines


@template("legal", "de", "lawyer")
def anwalt_kuendigung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Unser Az.", f"{c.num(3)}/{c.date.year % 100}")
    end = c.after(30, 120)
    lines = [f"wir vertreten die {c.firm()}; eine Originalvollmacht ist beigefügt.",
             f"Namens unserer Mandantin kündigen wir das mit Ihnen bestehende "
             f"{c.pick('Mietverhältnis über die Gewerbeflächen', 'Vertragsverhältnis', 'Handelsvertreterverhältnis')} "
             f"{c.pick('fristlos aus wichtigem Grund', 'hilfsweise ordentlich')} zum {c.day(end)}.",
             f"Wir fordern Sie auf, die Räume {c.deadline(14, 30, kind='plain')} geräumt herauszugeben.",
             "Einer stillschweigenden Verlängerung nach § 545 BGB wird bereits jetzt widersprochen."]
    return c.pick("Kündigung namens unserer Mandantin", "Außerordentliche Kündigung"), lines


@template("legal", "de", "court")
def klagezustellung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Aktenzeichen", f"{c.rng.randint(1, 40)} O {c.rng.randint(10, 999)}/{c.date.year % 100}")
    c.salutation = ""
    lines = [f"In dem Rechtsstreit {c.firm()} ./. {c.recipient_name} wird Ihnen die Klageschrift vom "
             f"{c.day(c.before(7, 30))} zugestellt.",
             "Das Gericht hat das schriftliche Vorverfahren angeordnet. Wollen Sie sich gegen die Klage verteidigen, "
             f"so haben Sie dies {c.deadline(14, 14, relative=0.0, kind='plain')} schriftlich anzuzeigen.",
             "Vor dem Landgericht müssen Sie sich durch einen Rechtsanwalt vertreten lassen."]
    return c.pick("Zustellung einer Klage", "Klage – Anordnung des schriftlichen Vorverfahrens"), lines


@template("legal", "en", "court", "lawyer")
def statutory_demand(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Ref.", f"SD/{c.num(5)}")
    lines = [f"This is a statutory demand for {c.money(750, 50000)} owed to {c.firm()}.",
             f"If the debt is not paid or secured {c.deadline(21, 21, relative=0.0, kind='plain')}, a winding-up "
             "petition may be presented against the company.",
             "You may apply to the court to set this demand aside."]
    return c.pick("Statutory demand", "Statutory demand under the Insolvency Act"), lines
