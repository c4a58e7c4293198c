"""Further wording for invoices and reminders: other trades, other tones, other vocabularies
(the held-out-template figure rises with every genuinely different way of saying it)."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- invoice, German

@template("invoice", "de", "vendor")
def honorarrechnung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Honorarnote", f"{c.date.year}/{c.num(4)}")
    who = c.pick("Beratungsleistungen", "Planungsleistungen Leistungsphase 3 HOAI",
                 "Übersetzungs- und Lektoratsleistungen", "Coaching-Stunden", "Buchhaltungsleistungen")
    hours = c.rng.randint(2, 40)
    lines = [f"für die im {c.period()} erbrachten {who} erlaube ich mir, wie folgt abzurechnen:",
             f"{hours} Stunden à {c.money(60, 180)} = {c.money(120, 7200)} zzgl. Umsatzsteuer.",
             f"Ich bitte um Ausgleich {c.deadline(10, 30, relative=0.5)} auf das unten angegebene Konto.",
             c.pick("Die Tätigkeitsnachweise liegen bei.", "Für Ihr Vertrauen bedanke ich mich.")]
    return c.pick(f"Honorarrechnung {nr}", f"Honorarnote Nr. {nr}", "Abrechnung meiner Leistungen"), lines


@template("invoice", "de", "vendor")
def online_bestellung(c: Ctx) -> tuple[str, list[str]]:
    order = c.ref("Bestellnummer", f"{c.num(3)}-{c.num(7)}")
    c.ref("Rechnungsnr.", f"{c.pick('DE', 'R', '')}{c.num(8)}")
    lines = [f"vielen Dank für Ihren Einkauf. Zu Ihrer Bestellung {order} stellen wir in Rechnung:",
             f"{c.rng.randint(1, 10)} x {c.pick('Toner schwarz', 'USB-C Dockingstation', 'Aktenordner breit', 'Headset')} "
             f"{c.money(5, 400)}; Versandkosten {c.money(0, 9.9)}.",
             f"Summe brutto {c.money(10, 900)}. " +
             (f"Bitte zahlen Sie per Überweisung {c.deadline(7, 14)}." if c.chance(0.4) else
              c.pick("Der Betrag wurde bereits per Kreditkarte beglichen.",
                     "Der Betrag wird per Lastschrift eingezogen.")),
             "Es gilt das gesetzliche Widerrufsrecht für Verbraucher nicht für Geschäftskunden."]
    return c.pick("Ihre Rechnung", f"Rechnung zu Bestellung {order}", "Rechnung / Lieferschein"), lines


@template("invoice", "de", "landlord", "utility")
def nebenkostenabrechnung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Objekt", f"{c.pick('Büro', 'Gewerbeeinheit', 'Lager')} {c.rng.randint(1, 40)}")
    y = c.date.year - 1
    lines = [f"anbei erhalten Sie die Betriebskostenabrechnung für den Zeitraum 01.01.{y} bis 31.12.{y}.",
             f"Ihr Anteil an Heizung, Wasser, Müll und Hausreinigung beträgt {c.money(400, 6000)}; "
             f"geleistete Vorauszahlungen {c.money(300, 5500)}.",
             f"Daraus ergibt sich eine Nachzahlung von {c.money(20, 900)}, die Sie bitte {c.deadline(21, 30)} überweisen.",
             "Die Belege können nach Terminvereinbarung in unserem Büro eingesehen werden."]
    return c.pick(f"Betriebskostenabrechnung {y}", f"Nebenkostenabrechnung {y}"), lines


@template("invoice", "de", "vendor")
def schlussrechnung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Schlussrechnung", f"SR-{c.num(5)}")
    lines = [f"nach Fertigstellung und Abnahme am {c.day(c.before(3, 20))} rechnen wir das Bauvorhaben wie folgt ab:",
             f"Gesamtleistung netto {c.money(5000, 90000)}, abzüglich Abschlagszahlungen {c.money(2000, 60000)}, "
             f"Restbetrag inkl. MwSt. {c.money(500, 30000)}.",
             f"Zahlbar {c.deadline(14, 30, relative=0.3)} abzüglich 2 % Skonto bei Zahlung innerhalb von 8 Tagen.",
             "Die Gewährleistungsfrist beginnt mit dem Tag der Abnahme."]
    return c.pick(f"Schlussrechnung {nr}", "Schlussrechnung Bauvorhaben", "Endabrechnung"), lines


# ---------------------------------------------------------------- invoice, English

@template("invoice", "en", "vendor")
def proforma_invoice(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Pro forma no.", f"PF-{c.num(5)}")
    lines = [f"As requested, please find our pro forma invoice {nr} for "
             f"{c.pick('the annual software licence', 'consulting days', 'the equipment listed below')}.",
             f"Amount payable in advance: {c.money(200, 15000)}.",
             f"Goods will be dispatched once payment is received, at the latest {c.deadline(7, 20, relative=0.2)}."]
    return c.pick(f"Pro forma invoice {nr}", "Advance payment invoice"), lines


@template("invoice", "en", "vendor")
def fee_note(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Fee note", c.num(6))
    lines = [f"Our fees for professional services provided during {c.period()}:",
             f"{c.rng.randint(2, 30)} hours at {c.money(90, 250)} per hour; disbursements {c.money(0, 200)}.",
             f"Total fees {c.money(200, 8000)}. Settlement terms: {c.deadline(14, 30, relative=0.6)}."]
    return c.pick("Fee note", "Statement of fees", "Billing for professional services"), lines


# ---------------------------------------------------------------- reminder, German

@template("reminder", "de", "vendor")
def zahlungsverzug(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Rechnung", f"{c.num(6)}")
    lines = [f"die Rechnung {nr} über {c.money(100, 9000)} war am {c.day(c.before(20, 60))} zur Zahlung fällig.",
             "Sie befinden sich damit im Zahlungsverzug (§ 286 BGB). Wir berechnen Verzugszinsen in Höhe von "
             "neun Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40 Euro.",
             f"Wir erwarten den Zahlungseingang {c.deadline(5, 10, kind='plain')}."]
    return c.pick("Zahlungsverzug", f"Verzug mit Rechnung {nr}", "Mahnung – Verzugszinsen"), lines


@template("reminder", "de", "telecom", "utility")
def sperrandrohung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kundenkonto", c.num(9))
    lines = [f"Ihr Kundenkonto weist trotz Erinnerung einen Rückstand von {c.money(40, 1500)} auf.",
             f"Wenn der Betrag nicht {c.deadline(7, 14, kind='plain')} bei uns eingeht, müssen wir "
             f"{c.pick('Ihren Anschluss sperren', 'die Belieferung einstellen', 'Ihre Leitungen sperren')}.",
             "Die Kosten der Sperrung und Wiederinbetriebnahme gehen zu Ihren Lasten.",
             "Haben Sie bereits gezahlt? Dann betrachten Sie dieses Schreiben als erledigt."]
    return c.pick("Androhung der Sperre", "Zahlungsrückstand – Sperrankündigung", "Letzte Erinnerung vor Sperrung"), lines


@template("reminder", "de", "vendor")
def rueckbuchung_chargeback(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vorgang", f"CB-{c.num(7)}")
    lines = [f"die Zahlung zu Ihrer Bestellung vom {c.day(c.before(15, 50))} wurde vom Karteninhaber bzw. Ihrer "
             "Bank zurückgebucht (Chargeback).",
             f"Offen sind damit {c.money(20, 2000)} zuzüglich unserer Rückbuchungsgebühr von {c.money(15.0)}.",
             f"Bitte überweisen Sie den Gesamtbetrag {c.deadline(7, 14, kind='plain')}; anderenfalls "
             "übergeben wir die Forderung an ein Inkassobüro."]
    return c.pick("Rückbuchung Ihrer Zahlung", "Forderung aus Chargeback", "Offener Betrag nach Rücklastschrift"), lines


@template("reminder", "de", "inkasso")
def inkasso_letzte(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Akte", f"{c.num(3)}.{c.num(4)}")
    lines = [f"leider haben Sie auf unsere bisherigen Schreiben nicht reagiert. Die Forderung der {c.firm()} "
             f"beläuft sich inzwischen auf {c.money(100, 6000)}.",
             f"Dies ist unsere letzte außergerichtliche Aufforderung. Gehen {c.deadline(5, 10, kind='plain')} "
             "keine Zahlung oder Ratenzahlungsvorschlag ein, empfehlen wir unserer Auftraggeberin das gerichtliche Mahnverfahren.",
             "Eine Meldung an Auskunfteien behalten wir uns vor."]
    return c.pick("Letzte außergerichtliche Mahnung", "Letzte Aufforderung vor gerichtlichen Schritten"), lines


# ---------------------------------------------------------------- reminder, English

@template("reminder", "en", "vendor", "telecom")
def account_on_hold(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Account no.", c.num(8))
    lines = [f"Your account is {c.pick('30', '45', '60')} days past due with an outstanding balance of {c.money(50, 5000)}.",
             "We have placed your account on hold; further orders and services are suspended.",
             f"To restore service, please pay {c.deadline(5, 14, kind='plain')}."]
    return c.pick("Account on hold – overdue balance", "Second reminder", "Past due notice"), lines


@template("reminder", "en", "vendor")
def chargeback_demand(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Case", f"CB{c.num(6)}")
    lines = [f"Your card payment of {c.money(20, 3000)} has been reversed by your card issuer (chargeback).",
             f"The amount, plus a handling fee of {c.money(15.0)}, is now overdue.",
             f"Please pay {c.deadline(7, 14, kind='plain')}, otherwise we will refer the debt to a collection agency."]
    return c.pick("Chargeback – amount now due", "Reversed payment"), lines


@template("reminder", "de", "vendor", "utility")
def freundliche_erinnerung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Beleg-Nr.", c.num(6))
    lines = [f"bei der Durchsicht unserer Konten ist uns aufgefallen, dass der Ausgleich unserer Rechnung {nr} "
             f"noch aussteht. Offener Betrag: {c.money(30, 2500)}, fällig seit {c.day(c.before(10, 40))}.",
             "Vielleicht ist Ihnen die Rechnung entgangen – das kann passieren. Eine Kopie liegt bei.",
             f"Wir freuen uns, wenn Sie die Zahlung {c.deadline(7, 14, relative=0.5, kind='plain')} nachholen. "
             "Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, danken wir Ihnen."]
    return c.pick("Freundliche Erinnerung", "Offener Rechnungsbetrag", "Unsere Rechnung ist noch offen",
                  "Erinnerung: Zahlung ausstehend"), lines


@template("reminder", "de", "vendor")
def mahnstufe_tabelle(c: Ctx) -> tuple[str, list[str]]:
    stage = c.rng.randint(1, 3)
    c.ref("Mahnstufe", str(stage))
    lines = [f"Mahnstufe {stage} – Ihr Kundenkonto {c.num(6)} weist folgende fällige Beträge aus:",
             f"Rechnung vom {c.day(c.before(30, 90))}  Betrag {c.money(20, 3000)}  Mahnkosten {c.money(2.5)}",
             f"Summe fälliger Forderungen {c.money(25, 3100)}.",
             f"Wir bitten Sie höflich, aber bestimmt, um Überweisung {c.deadline(7, 10, kind='plain')}. "
             "Diese Mahnung wurde maschinell erstellt."]
    return c.pick(f"{stage}. Zahlungserinnerung", f"Mahnung (Stufe {stage})", "Kontomitteilung – Mahnung"), lines


@template("reminder", "en", "vendor")
def gentle_nudge(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Invoice", c.num(5))
    lines = [f"Just a quick note: invoice {nr} for {c.money(40, 3000)} was due on {c.day(c.before(10, 40))} "
             "and we have not yet received payment.",
             f"We would be grateful if you could arrange payment {c.deadline(7, 14, relative=0.5, kind='plain')}. "
             "A copy of the invoice is attached for convenience.",
             "If payment has crossed with this letter, thank you and please ignore it."]
    return c.pick("Outstanding invoice", "Gentle reminder", "Invoice still unpaid"), lines


@template("invoice", "de", "taxadvisor")
def steuerberater_gebuehren(c: Ctx) -> tuple[str, list[str]]:
    # A tax adviser is not a tax authority: the fee note is an invoice, whatever it says about taxes.
    nr = c.ref("Rechnungs-Nr.", f"{c.date.year}-{c.num(4)}")
    c.ref("Mandanten-Nr.", c.num(5))
    lines = ["für unsere Tätigkeit berechnen wir Ihnen nach der Steuerberatervergütungsverordnung (StBVV):"]
    for item in c.rng.sample(["Erstellung der Umsatzsteuer-Voranmeldungen " + c.period(),
                              "Finanzbuchhaltung " + c.period(), "Lohn- und Gehaltsabrechnungen " + c.period(),
                              f"Erstellung des Jahresabschlusses {c.date.year - 1}",
                              f"Erstellung der Körperschaftsteuererklärung {c.date.year - 1}",
                              "Prüfung des Steuerbescheids", "Beratung zur E-Rechnungspflicht"], 3):
        lines.append(f"{item} (§ {c.rng.randint(21, 35)} StBVV, {c.rng.randint(1, 10)}/10)  {c.money(40, 1800)}")
    lines.append(f"Auslagenpauschale (§ 16 StBVV) {c.money(20.0)}; zzgl. 19 % USt; Rechnungsbetrag {c.money(150, 6000)}.")
    lines.append("Wir buchen den Betrag vereinbarungsgemäß per Lastschrift ab." if c.chance(0.4)
                 else f"Bitte überweisen Sie den Betrag {c.deadline(10, 21, relative=0.5)}.")
    return c.pick(f"Gebührenrechnung {nr}", f"Rechnung Nr. {nr}", "Unsere Vergütung"), lines


@template("invoice", "en", "taxadvisor")
def accountancy_fees(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Invoice", f"A{c.num(5)}")
    lines = [f"Professional fees for {c.pick('preparation of the annual accounts and corporation tax return', 'quarterly VAT returns and bookkeeping', 'payroll services')} "
             f"for {c.period()}: {c.money(200, 5000)} plus VAT.",
             f"Please pay {c.deadline(14, 30, relative=0.5)} quoting invoice {nr}.",
             "This invoice relates to our services only; any tax due is payable to the tax authority separately."]
    return c.pick(f"Invoice {nr} – accountancy fees", "Fee invoice"), lines


@template("reminder", "de", "inkasso")
def inkasso_erstschreiben(c: Ctx) -> tuple[str, list[str]]:
    # Inkasso is reminder (a collection agency), a lawyer's demand would be legal.
    c.ref("Inkasso-Nr.", f"{c.num(2)}-{c.num(6)}")
    main = c.money(50, 5000)
    lines = [f"die {c.firm()} (Gläubigerin) hat uns mit dem Forderungsmanagement beauftragt. "
             "Wir sind als Inkassodienstleister nach dem Rechtsdienstleistungsgesetz registriert.",
             f"Offene Hauptforderung aus Rechnung vom {c.day(c.before(40, 120))}: {main}; "
             f"Verzugszinsen {c.money(1, 80)}; Inkassovergütung {c.money(25, 120)}.",
             f"Bitte überweisen Sie den Gesamtbetrag {c.deadline(7, 14, relative=0.4, kind='plain')} auf unser Treuhandkonto. "
             "Eine Ratenzahlung ist nach Absprache möglich.",
             "Sie erreichen uns auch über unser Schuldnerportal."]
    return c.pick("Forderungsangelegenheit", "Zahlungsaufforderung im Auftrag der Gläubigerin", "Inkasso – offene Forderung"), lines


@template("reminder", "de", "inkasso")
def inkasso_ratenplan(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vorgangsnummer", c.num(9))
    rate = c.money(20, 300)
    lines = [f"wir bestätigen Ihren Ratenzahlungswunsch zur Forderung unserer Auftraggeberin {c.firm()}.",
             f"Restforderung einschließlich Kosten: {c.money(200, 4000)}. Monatliche Rate: {rate}, "
             f"erste Rate fällig {c.deadline(7, 21, relative=0.0, kind='pay')}.",
             "Gerät eine Rate mehr als zwei Wochen in Rückstand, wird die gesamte Restforderung sofort fällig."]
    return c.pick("Ratenzahlungsvereinbarung", "Ihre Ratenzahlung – Bestätigung"), lines


@template("reminder", "en", "inkasso")
def collection_agency_notice(c: Ctx) -> tuple[str, list[str]]:
    c.ref("File no.", f"CA-{c.num(7)}")
    lines = [f"Your account with {c.firm()} has been passed to us for collection.",
             f"Balance due: {c.money(60, 6000)} including collection costs of {c.money(20, 150)}.",
             f"Pay in full {c.deadline(7, 14, relative=0.4, kind='plain')} or contact us to agree a repayment plan. "
             "This communication is from a debt collector."]
    return c.pick("Notice of debt assignment", "Collection notice", "Your overdue account has been referred"), lines
