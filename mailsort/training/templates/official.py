"""Wording of letters from tax offices, other public bodies, and courts and lawyers.

Decision order matters here: a Finanzamt reminder is tax, a Krankenkasse reminder is authority,
a Registergericht letter is authority although a court wrote it.
"""

from __future__ import annotations

from .base import Ctx, template


def _stnr(c: Ctx) -> str:
    return c.ref("Steuernummer", f"{c.rng.randint(10, 99)}/{c.num(3)}/{c.num(5)}")


# ---------------------------------------------------------------- tax, German

@template("tax", "de", "finanzamt")
def steuerbescheid(c: Ctx) -> tuple[str, list[str]]:
    _stnr(c)
    tax = c.pick("Körperschaftsteuer", "Gewerbesteuermessbetrag", "Umsatzsteuer", "Einkommensteuer")
    year = c.date.year - c.rng.randint(1, 2)
    lines = [f"Bescheid für {year} über {tax} und Solidaritätszuschlag.",
             f"Die festgesetzte Steuer beträgt {c.money(300, 40000)}. Abzüglich bereits geleisteter "
             f"Vorauszahlungen verbleibt eine Nachzahlung von {c.money(50, 9000)}.",
             f"Bitte zahlen Sie den Betrag {c.deadline(28, 35, relative=0.2)} an die Finanzkasse.",
             "Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch zulässig. Er ist innerhalb "
             "eines Monats nach Bekanntgabe schriftlich beim Finanzamt einzulegen."]
    return c.pick(f"Bescheid für {year} über {tax}", f"{tax}bescheid {year}", "Steuerbescheid"), lines


@template("tax", "de", "finanzamt")
def vorauszahlung(c: Ctx) -> tuple[str, list[str]]:
    _stnr(c)
    lines = [f"die Vorauszahlungen zur {c.pick('Umsatzsteuer', 'Körperschaftsteuer', 'Gewerbesteuer', 'Einkommensteuer')} "
             "werden wie folgt festgesetzt bzw. angepasst:",
             f"vierteljährlich {c.money(200, 12000)}, erstmals fällig {c.deadline(10, 45, relative=0.0)}.",
             "Die Anpassung beruht auf den Angaben Ihrer letzten Steuererklärung (§ 37 EStG)."]
    return c.pick("Festsetzung der Vorauszahlungen", "Bescheid über Vorauszahlungen",
                  "Anpassung der Steuervorauszahlungen"), lines


@template("tax", "de", "finanzamt")
def erinnerung_erklaerung(c: Ctx) -> tuple[str, list[str]]:
    _stnr(c)
    year = c.date.year - 1
    lines = [f"für den Veranlagungszeitraum {year} liegt mir Ihre "
             f"{c.pick('Umsatzsteuererklärung', 'Körperschaftsteuererklärung', 'Gewerbesteuererklärung')} noch nicht vor.",
             f"Ich bitte Sie, die Erklärung {c.deadline(14, 30, relative=0.3, kind='plain')} elektronisch "
             "über ELSTER zu übermitteln.",
             "Sollte die Frist nicht eingehalten werden, kann ein Verspätungszuschlag festgesetzt werden (§ 152 AO)."]
    return c.pick("Erinnerung an die Abgabe der Steuererklärung", f"Steuererklärung {year}",
                  "Aufforderung zur Abgabe einer Steuererklärung"), lines


@template("tax", "de", "finanzamt")
def finanzamt_mahnung(c: Ctx) -> tuple[str, list[str]]:
    # Looks like a reminder, is tax: the Finanzamt's own dunning letter.
    _stnr(c)
    lines = [f"bei Durchsicht der Steuerkonten wurde festgestellt, dass folgende Beträge rückständig sind:",
             f"Umsatzsteuer {c.period()}: {c.money(100, 8000)}; Säumniszuschlag: {c.money(5, 90)}.",
             f"Bitte zahlen Sie {c.deadline(7, 10, kind='plain')}. Nach Ablauf der Frist wird die "
             "Vollstreckung eingeleitet; dadurch entstehen weitere Kosten.",
             "Finanzkasse – Dieses Schreiben wurde maschinell erstellt."]
    return c.pick("Mahnung", "Zahlungserinnerung der Finanzkasse", "Mahnung rückständiger Steuern"), lines


@template("tax", "de", "finanzamt", "bzst")
def pruefungsanordnung(c: Ctx) -> tuple[str, list[str]]:
    _stnr(c)
    y = c.date.year
    start = c.after(21, 60)
    c.deadlines.append(start)
    lines = [f"hiermit ordne ich gemäß § 193 AO eine Außenprüfung für die Jahre {y - 4} bis {y - 2} an.",
             f"Prüfungsgegenstand: {c.pick('Umsatzsteuer, Körperschaftsteuer, Gewerbesteuer', 'Lohnsteuer', 'alle Steuerarten')}.",
             f"Beginn der Prüfung: {c.day(start)}, 9:00 Uhr, in Ihren Geschäftsräumen.",
             "Bitte halten Sie Buchhaltung, Belege und Verträge bereit und benennen Sie eine Auskunftsperson."]
    return c.pick("Prüfungsanordnung", "Anordnung einer Außenprüfung", "Betriebsprüfung – Prüfungsanordnung"), lines


@template("tax", "de", "finanzamt")
def steuernummer_mitteilung(c: Ctx) -> tuple[str, list[str]]:
    nr = _stnr(c)
    lines = [f"für Ihr Unternehmen wurde die Steuernummer {nr} vergeben. Bitte geben Sie diese bei allen "
             "Schreiben an das Finanzamt an.",
             f"Die Umsatzsteuer-Voranmeldungen sind {c.pick('monatlich', 'vierteljährlich')} abzugeben.",
             "Die Umsatzsteuer-Identifikationsnummer erhalten Sie gesondert vom Bundeszentralamt für Steuern."]
    return c.pick("Mitteilung der Steuernummer", "Steuerliche Erfassung Ihres Unternehmens"), lines


# ---------------------------------------------------------------- tax, English

@template("tax", "en", "finanzamt")
def tax_assessment(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Tax number", f"{c.rng.randint(10, 99)}/{c.num(3)}/{c.num(5)}")
    lines = [f"Notice of assessment for {c.date.year - 1}: {c.pick('corporate income tax', 'VAT', 'trade tax')}.",
             f"Tax assessed {c.money(500, 30000)}; balance payable {c.money(50, 8000)}.",
             f"Please pay the balance {c.deadline(28, 35, relative=0.2)}. An objection may be lodged "
             "with the tax office within one month of notification."]
    return c.pick("Tax assessment notice", "Notice of tax assessment"), lines


@template("tax", "en", "finanzamt")
def vat_refund(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Reference", f"VAT-{c.num(8)}")
    lines = [f"We have processed your VAT refund application for {c.period()}.",
             f"Before we can refund {c.money(100, 9000)}, please submit the original invoices "
             f"{c.deadline(14, 30, relative=0.4, kind='plain')}.",
             "If the documents are not received in time, the application will be decided on the information available."]
    return c.pick("VAT refund application – documents required", "Your VAT refund claim"), lines


@template("tax", "en", "finanzamt")
def tax_arrears(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Tax ref.", c.num(10))
    lines = [f"Our records show unpaid tax of {c.money(100, 6000)} plus a late-payment surcharge of {c.money(5, 80)}.",
             f"Pay the full amount {c.deadline(7, 14, kind='plain')} to avoid enforcement action by the tax office."]
    return c.pick("Tax payment overdue", "Reminder: unpaid tax"), lines


# ---------------------------------------------------------------- authority, German

@template("authority", "de", "register")
def registergericht(c: Ctx) -> tuple[str, list[str]]:
    hrb = c.ref("Registernummer", f"HRB {c.rng.randint(1000, 250000)} B")
    what = c.pick("Änderung der Geschäftsanschrift", "Bestellung eines Geschäftsführers",
                  "Neueintragung", "Änderung des Gesellschaftsvertrags", "Einreichung der Gesellschafterliste")
    lines = [f"In der Registersache {c.recipient_name}, {hrb}, wurde am {c.day(c.before(2, 14))} "
             f"folgende Eintragung vorgenommen: {what}.",
             f"Die Kostenrechnung über {c.money(40, 300)} ist {c.deadline(14, 30, relative=0.6)} zu begleichen.",
             "Die Bekanntmachung erfolgt im gemeinsamen Registerportal der Länder."]
    return c.pick(f"Eintragungsnachricht {hrb}", f"Handelsregister {hrb}", "Registersache"), lines


@template("authority", "de", "chamber")
def ihk_beitrag(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Mitgliedsnummer", c.num(8))
    lines = [f"auf Grundlage des Gewerbeertrags setzen wir Ihren Kammerbeitrag für {c.date.year} fest:",
             f"Grundbeitrag {c.money(60, 400)}, Umlage {c.money(0, 800)}.",
             f"Der Beitrag ist {c.deadline(14, 30)} fällig. Gegen diesen Bescheid kann innerhalb eines "
             "Monats Widerspruch erhoben werden."]
    return c.pick("Beitragsbescheid", f"Beitragsbescheid {c.date.year}", "Festsetzung des Kammerbeitrags"), lines


@template("authority", "de", "health")
def krankenkasse_rueckstand(c: Ctx) -> tuple[str, list[str]]:
    # A reminder in form, authority by sender (statutory health insurer).
    c.ref("Betriebsnummer", c.num(8))
    lines = [f"für den Beitragsmonat {c.period()} sind die Gesamtsozialversicherungsbeiträge in Höhe von "
             f"{c.money(300, 9000)} nicht fristgerecht eingegangen.",
             f"Säumniszuschläge nach § 24 SGB IV: {c.money(3, 120)}.",
             f"Bitte überweisen Sie den Rückstand {c.deadline(7, 14, kind='plain')}; andernfalls müssen wir "
             "die Zwangsvollstreckung einleiten.",
             "Bitte prüfen Sie auch, ob der Beitragsnachweis übermittelt wurde."]
    return c.pick("Mahnung Beitragsrückstand", "Beitragsrückstand", "Zahlungserinnerung Sozialversicherungsbeiträge"), lines


@template("authority", "de", "social")
def sozialversicherung_pruefung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Aktenzeichen", f"{c.num(2)} {c.num(6)} {c.num(3)}")
    start = c.after(20, 50)
    c.deadlines.append(start)
    lines = [f"gemäß § 28p SGB IV kündigen wir eine Betriebsprüfung für den Zeitraum {c.date.year - 4} bis "
             f"{c.date.year - 1} an. Prüfbeginn: {c.day(start)}.",
             "Bitte stellen Sie Lohnunterlagen, Beitragsabrechnungen und Verträge freier Mitarbeiter bereit.",
             f"Rückfragen richten Sie an {c.pick(*c.sender.people)}."]
    return c.pick("Ankündigung einer Betriebsprüfung", "Prüfmitteilung"), lines


@template("authority", "de", "social")
def rundfunkbeitrag(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Beitragsnummer", f"{c.num(3)} {c.num(3)} {c.num(3)}")
    lines = [f"für Ihre Betriebsstätte ist der Rundfunkbeitrag für den Zeitraum {c.period()} bis "
             f"{c.day(c.after(60, 90))} fällig: {c.money(6.12)} monatlich, insgesamt {c.money(18.36)}.",
             f"Bitte zahlen Sie {c.deadline(10, 20, relative=0.0)}.",
             "Änderungen der Betriebsstätte oder der Zahl der Beschäftigten teilen Sie uns bitte mit."]
    return c.pick("Zahlungsaufforderung Rundfunkbeitrag", "Rundfunkbeitrag für Betriebsstätten"), lines


@template("authority", "de", "municipal")
def gewerbeamt(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Aktenzeichen", f"GA-{c.num(5)}/{c.date.year % 100}")
    what = c.pick(
        "Ihre Gewerbeanmeldung ist unvollständig. Es fehlt der Nachweis der Vertretungsberechtigung.",
        "wir bitten um Teilnahme an der gesetzlich vorgeschriebenen Erhebung (Statistikpflicht nach BStatG).",
        "die Gewerbeummeldung wegen Sitzverlegung wurde bestätigt; die Gebühr ist zu entrichten.",
        "für Ihr Unternehmen ist eine Arbeitgeberbescheinigung nach § 312 SGB III einzureichen.")
    lines = [what,
             f"Bitte reichen Sie die Unterlagen bzw. Angaben {c.deadline(14, 30, relative=0.4, kind='plain')} ein.",
             f"Verwaltungsgebühr: {c.money(15, 80)}." if c.chance(0.5) else "Dieses Schreiben ist gebührenfrei."]
    return c.pick("Anhörung", "Ihr Gewerbe", "Auskunftsersuchen", "Bescheid"), lines


# ---------------------------------------------------------------- authority, English

@template("authority", "en", "register")
def companies_registry(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Company number", c.num(8))
    lines = [f"Our records show that the confirmation statement for {c.recipient_name} is due.",
             f"File it {c.deadline(14, 28, relative=0.3, kind='plain')} to avoid a late filing penalty of {c.money(150, 1500)}.",
             "The register is public; changes to officers or the registered office must be notified."]
    return c.pick("Confirmation statement due", "Registry notice: filing reminder"), lines


@template("authority", "en", "chamber", "social")
def membership_fee_notice(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Member no.", c.num(7))
    lines = [f"Statutory contribution notice for {c.date.year}: {c.money(50, 900)}.",
             f"Payment is due {c.deadline(14, 30)}. You may object to this notice within one month.",
             "Membership of the chamber is mandatory for all businesses registered for trade tax."]
    return c.pick("Contribution notice", "Annual statutory fee"), lines


@template("authority", "en", "municipal", "social")
def statutory_survey(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Survey ID", c.num(9))
    lines = ["Your business has been selected for a mandatory statistical survey under federal law.",
             f"Please submit the online questionnaire {c.deadline(14, 30, relative=0.5, kind='plain')}.",
             "Failure to respond may result in an administrative fine."]
    return c.pick("Mandatory survey", "Request for information"), lines


# ---------------------------------------------------------------- legal, German

@template("legal", "de", "court")
def mahnbescheid(c: Ctx) -> tuple[str, list[str]]:
    az = c.ref("Geschäftsnummer", f"{c.date.year % 100}-{c.num(7)}-0-{c.rng.randint(0, 9)}")
    c.salutation = ""
    lines = [f"In dem Mahnverfahren {c.firm()} ./. {c.recipient_name} wird Ihnen der Mahnbescheid zugestellt.",
             f"Hauptforderung {c.money(200, 15000)} zuzüglich Zinsen und Kosten des Verfahrens {c.money(30, 300)}.",
             f"Sie können {c.deadline(14, 14, relative=0.0, kind='plain')} Widerspruch erheben; andernfalls "
             "kann ein Vollstreckungsbescheid ergehen.",
             f"Geschäftsnummer {az} bei allen Eingaben angeben."]
    return c.pick("Mahnbescheid", f"Mahnbescheid – Geschäftsnummer {az}"), lines


@template("legal", "de", "court")
def ladung(c: Ctx) -> tuple[str, list[str]]:
    az = c.ref("Aktenzeichen", f"{c.rng.randint(1, 40)} {c.pick('O', 'C', 'Ca')} {c.rng.randint(10, 999)}/{c.date.year % 100}")
    term = c.after(21, 70)
    c.deadlines.append(term)
    c.salutation = ""
    lines = [f"In dem Rechtsstreit {c.firm()} gegen {c.recipient_name} wird Termin zur mündlichen Verhandlung "
             f"bestimmt auf {c.day(term)}, {c.rng.randint(9, 14)}:00 Uhr, Saal {c.rng.randint(100, 400)}.",
             "Das persönliche Erscheinen der Geschäftsführung wird angeordnet.",
             f"Die Klageerwiderung ist {c.deadline(14, 20, relative=0.0, kind='plain')} einzureichen."]
    return c.pick(f"Ladung – Az. {az}", "Terminsladung", "Ladung zur mündlichen Verhandlung"), lines


@template("legal", "de", "lawyer")
def abmahnung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Unser Zeichen", f"{c.rng.randint(100, 999)}/{c.date.year % 100}")
    lines = [f"wir zeigen an, dass wir die {c.firm()} anwaltlich vertreten.",
             c.pick("Sie verwenden auf Ihrer Website Fotografien unserer Mandantin ohne Lizenz.",
                    "Ihre Werbung enthält irreführende Angaben im Sinne des § 5 UWG.",
                    "Sie nutzen eine Bezeichnung, die mit der Marke unserer Mandantin verwechselbar ist."),
             f"Wir fordern Sie auf, die beigefügte strafbewehrte Unterlassungserklärung "
             f"{c.deadline(7, 14, relative=0.3, kind='plain')} unterzeichnet zurückzusenden.",
             f"Unsere Kosten nach RVG in Höhe von {c.money(400, 2500)} sind zu erstatten."]
    return c.pick("Abmahnung", "Abmahnung wegen Urheberrechtsverletzung", "Unterlassungsaufforderung"), lines


@template("legal", "de", "lawyer")
def anwalt_forderung(c: Ctx) -> tuple[str, list[str]]:
    # Confusable with Inkasso (reminder): a lawyer's demand for a client is legal.
    c.ref("Aktenzeichen", f"{c.num(3)}/{c.date.year % 100} {c.pick('MS', 'KL', 'RA')}")
    lines = [f"in vorbezeichneter Angelegenheit vertreten wir die Interessen der {c.firm()}. "
             "Eine auf uns lautende Vollmacht liegt vor.",
             f"Unsere Mandantin hat gegen Sie eine fällige Forderung über {c.money(300, 20000)}.",
             f"Namens und im Auftrag unserer Mandantin fordern wir Sie auf, den Betrag "
             f"{c.deadline(10, 14, kind='plain')} zu zahlen. Nach fruchtlosem Fristablauf werden wir "
             "ohne weitere Ankündigung Klage erheben."]
    return c.pick("Forderung unserer Mandantin", "Außergerichtliche Zahlungsaufforderung",
                  f"{c.firm()} ./. {c.recipient_name}"), lines


@template("legal", "de", "bailiff", "insolvency", "court")
def vollstreckung_insolvenz(c: Ctx) -> tuple[str, list[str]]:
    c.ref("DR-Nr.", f"DR II {c.rng.randint(100, 9999)}/{c.date.year % 100}")
    if c.sender.kind == "insolvency" or c.chance(0.3):
        lines = [f"über das Vermögen der {c.firm()} wurde am {c.day(c.before(5, 20))} das Insolvenzverfahren eröffnet.",
                 f"Forderungen sind {c.deadline(20, 45, relative=0.0, kind='plain')} schriftlich beim "
                 "Insolvenzverwalter zur Tabelle anzumelden.",
                 "Zahlungen an die Schuldnerin dürfen nur noch an den Insolvenzverwalter geleistet werden."]
        return c.pick("Eröffnung des Insolvenzverfahrens", "Aufforderung zur Forderungsanmeldung"), lines
    lines = [f"im Auftrag der Gläubigerin {c.firm()} betreibe ich die Zwangsvollstreckung aus dem "
             f"Vollstreckungsbescheid des Amtsgerichts über {c.money(200, 12000)}.",
             f"Zur Abwendung der Vollstreckung zahlen Sie {c.deadline(7, 14, kind='plain')}.",
             "Andernfalls werde ich Ihre Geschäftsräume aufsuchen oder die Vermögensauskunft abnehmen."]
    return c.pick("Zwangsvollstreckung", "Ankündigung der Zwangsvollstreckung"), lines


# ---------------------------------------------------------------- legal, English

@template("legal", "en", "lawyer")
def letter_before_action(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Our ref.", f"{c.pick('JM', 'KL', 'AB')}/{c.num(5)}")
    lines = [f"We act for {c.firm()} in relation to the sum of {c.money(500, 30000)} owed by you.",
             f"Unless payment is received {c.deadline(10, 14, kind='plain')}, we are instructed to issue "
             "court proceedings without further notice.",
             "This letter is written in accordance with the pre-action protocol for debt claims."]
    return c.pick("Letter before action", "Letter of claim", "Pre-action letter"), lines


@template("legal", "en", "lawyer")
def cease_and_desist(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Our ref.", f"IP-{c.num(5)}")
    lines = [f"We represent {c.firm()}, the owner of the registered trade mark referred to above.",
             "Your use of a confusingly similar sign infringes our client's rights.",
             f"We demand that you sign the enclosed undertaking {c.deadline(7, 14, relative=0.3, kind='plain')}; "
             "otherwise our client will seek an injunction."]
    return c.pick("Cease and desist", "Trade mark infringement – cease and desist"), lines


@template("legal", "en", "court")
def claim_notice(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Claim no.", f"{c.pick('K', 'F', 'H')}{c.num(2)}YX{c.num(3)}")
    c.salutation = ""
    lines = [f"A claim has been issued against you by {c.firm()} for {c.money(300, 20000)}.",
             f"You must file an acknowledgment of service or a defence {c.deadline(14, 14, relative=0.0, kind='plain')}.",
             "If you do not respond, judgment may be entered against you."]
    return c.pick("Notice of issue of claim", "Claim form – notice to defendant"), lines
