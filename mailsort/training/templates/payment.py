"""Wording of invoices and payment reminders: the confusable pair (both carry amounts and dates;
only a reminder says that something is overdue)."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- invoice, German

@template("invoice", "de", "vendor")
def rechnung_standard(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Rechnungsnummer", f"RE-{c.date.year}-{c.num(5)}")
    c.ref("Kundennummer", f"KD-{c.num(6)}")
    net = c.value(80, 4800)
    vat = round(net * 0.19, 2)
    lines = [f"für unsere Leistungen im {c.period()} berechnen wir Ihnen wie vereinbart:",
             f"Nettobetrag {c.money(net)}, zzgl. 19 % USt. {c.money(vat)}, "
             f"Rechnungsbetrag {c.money(round(net + vat, 2))}.",
             f"Bitte überweisen Sie den Rechnungsbetrag {c.deadline(10, 30)} unter Angabe der "
             f"Rechnungsnummer {nr} auf das unten genannte Konto."]
    if c.chance(0.3):
        lines.append(f"Die Leistung wurde im Auftrag der {c.firm()} erbracht.")
    lines.append(c.pick("Vielen Dank für Ihren Auftrag.", "Wir danken für die gute Zusammenarbeit.",
                        "Bei Rückfragen stehen wir Ihnen gerne zur Verfügung."))
    return c.pick(f"Rechnung Nr. {nr}", "Rechnung", f"Rechnung {nr} vom {c.day(c.date)}"), lines


@template("invoice", "de", "utility", "telecom")
def versorger_rechnung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Vertragskonto", c.num(10))
    what = "Wasser" if "Wasser" in c.sender.name else "Strom" if "strom" in c.sender.name.lower() or "Energie" in c.sender.name else \
        c.pick("Strom", "Erdgas", "Wasser", "Mobilfunk", "Internet und Festnetz")
    lines = [f"anbei erhalten Sie Ihre Rechnung für {what} für den Abrechnungszeitraum {c.period()}.",
             f"Der Rechnungsbetrag von {c.money(25, 900)} wird {c.deadline(5, 20)} "
             f"von Ihrem Konto abgebucht (SEPA-Lastschrift, Mandatsreferenz {c.num(8)}).",
             "Ihre Einzelverbindungsnachweise und Verbrauchswerte finden Sie im Kundenportal."]
    return c.pick(f"Ihre Rechnung {c.period()}", f"Rechnung zu Vertragskonto {nr}",
                  "Ihre Monatsrechnung"), lines


@template("invoice", "de", "vendor")
def abschlagsrechnung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Rechnungs-Nr.", f"AR{c.num(6)}")
    proj = c.ref("Projekt", c.pick("Umbau Büroetage", "Website-Relaunch", "Netzwerkinstallation",
                                   "Fassadensanierung", "ERP-Einführung"))
    n = c.pick("1.", "2.", "3.")
    lines = [f"gemäß Auftrag und Zahlungsplan stellen wir Ihnen die {n} Abschlagszahlung für das "
             f"Projekt „{proj}“ in Rechnung.",
             f"Leistungsstand: {c.rng.randint(20, 80)} % · Abschlag netto {c.money(1000, 25000)}.",
             f"Zahlbar ohne Abzug {c.deadline(14, 30, relative=0.5)}.",
             "Die Schlussrechnung erfolgt nach Abnahme."]
    return f"{n} Abschlagsrechnung Nr. {nr}", lines


@template("invoice", "de", "vendor")
def gutschrift(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Gutschrift-Nr.", f"GS-{c.num(5)}")
    orig = f"RE-{c.date.year}-{c.num(5)}"
    lines = [f"zu unserer Rechnung {orig} erteilen wir Ihnen folgende Gutschrift:",
             f"{c.pick('Rücksendung beschädigter Ware', 'Preisnachlass lt. Vereinbarung', 'Doppelt berechnete Position')}: "
             f"{c.money(15, 900)}.",
             "Der Betrag wird mit Ihrer nächsten Rechnung verrechnet oder auf Wunsch ausgezahlt."]
    return f"Gutschrift {nr}", lines


@template("invoice", "de", "vendor")
def rechnung_kurz(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Beleg", c.num(7))
    items = c.pick("Wartung Kopiergerät", "Büromaterial lt. Lieferschein", "Übersetzung Vertrag",
                   "Reinigung Büroräume", "Lizenzgebühr Software", "Fotoproduktion")
    lines = [f"Pos. 1  {items}  {c.money(40, 2500)}",
             f"Gesamtbetrag inkl. MwSt. {c.money(60, 3000)}",
             f"Zahlungsziel: {c.deadline(7, 30, relative=0.6)} ohne Abzug. Leistungsdatum entspricht Rechnungsdatum."]
    return c.pick(f"Rechnung {nr}", "RECHNUNG", f"Rechnung / Beleg {nr}"), lines


# ---------------------------------------------------------------- invoice, English

@template("invoice", "en", "vendor")
def invoice_standard(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Invoice No.", f"INV-{c.num(6)}")
    c.ref("Customer ID", f"C{c.num(5)}")
    lines = [f"Please find below our invoice for services rendered in {c.period()}.",
             f"Net amount {c.money(100, 6000)}, VAT {c.money(19, 1100)}, total due {c.money(119, 7100)}.",
             f"Payment is due {c.deadline(14, 30)}. Please quote invoice number {nr} with your payment.",
             "Thank you for your business."]
    return c.pick(f"Invoice {nr}", "Invoice", f"Tax invoice {nr}"), lines


@template("invoice", "en", "vendor", "telecom")
def subscription_bill(c: Ctx) -> tuple[str, list[str]]:
    acc = c.ref("Account", c.num(8))
    lines = [f"Your bill for {c.period()} is ready.",
             f"Amount: {c.money(9, 450)}. This will be collected by direct debit {c.deadline(3, 15)}.",
             f"Account number {acc}. You can download itemised statements from your online account."]
    return c.pick("Your monthly bill", f"Bill for account {acc}", "Your statement of charges"), lines


@template("invoice", "en", "vendor")
def credit_note(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Credit note", f"CN-{c.num(5)}")
    lines = [f"We have issued credit note {nr} against invoice INV-{c.num(6)}.",
             f"Credit amount: {c.money(20, 800)} ({c.pick('returned goods', 'agreed discount', 'service outage')}).",
             "The credit will be offset against your next invoice."]
    return f"Credit note {nr}", lines


# ---------------------------------------------------------------- reminder, German

@template("reminder", "de", "vendor", "utility", "telecom")
def zahlungserinnerung(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Rechnungsnummer", f"RE-{c.date.year}-{c.num(5)}")
    lines = [f"sicher haben Sie in der Hektik des Alltags übersehen, dass unsere Rechnung {nr} vom "
             f"{c.day(c.before(20, 60))} über {c.money(50, 3000)} noch offen ist.",
             f"Wir bitten Sie, den Betrag {c.deadline(7, 14, kind='plain')} zu überweisen.",
             "Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben als gegenstandslos."]
    return c.pick("Zahlungserinnerung", f"Zahlungserinnerung zur Rechnung {nr}",
                  "Erinnerung an offene Rechnung"), lines


@template("reminder", "de", "vendor", "telecom")
def mahnung(c: Ctx) -> tuple[str, list[str]]:
    stage = c.pick("1. Mahnung", "2. Mahnung", "Letzte Mahnung", "Mahnung")
    c.ref("Kundennummer", f"KD-{c.num(6)}")
    fee = c.pick(5.0, 7.5, 10.0, 15.0)
    lines = [f"trotz unserer Zahlungserinnerung konnten wir bis heute keinen Zahlungseingang "
             f"für die folgenden Posten feststellen:",
             f"Rechnung {c.num(6)} vom {c.day(c.before(30, 70))}: {c.money(40, 2500)}",
             f"Mahngebühr: {c.money(fee)}",
             f"Bitte begleichen Sie den offenen Gesamtbetrag {c.deadline(7, 10, kind='plain')}.",
             c.pick("Andernfalls sehen wir uns gezwungen, ein Inkassounternehmen zu beauftragen.",
                    "Nach Ablauf der Frist geben wir die Forderung ohne weitere Ankündigung ab.",
                    "Weitere Lieferungen erfolgen erst nach Ausgleich des Kontos.")]
    return stage, lines


@template("reminder", "de", "inkasso")
def inkasso_forderung(c: Ctx) -> tuple[str, list[str]]:
    az = c.ref("Unser Zeichen", f"INK-{c.num(7)}")
    lines = [f"wir wurden von unserer Mandantin, der {c.firm()}, mit dem Einzug der folgenden Forderung beauftragt.",
             f"Hauptforderung {c.money(80, 4000)}, Zinsen {c.money(2, 90)}, Inkassokosten {c.money(30, 160)}.",
             f"Zahlen Sie den Gesamtbetrag {c.deadline(7, 14, relative=0.5, kind='plain')} unter Angabe des "
             f"Aktenzeichens {az}, um weitere Kosten zu vermeiden.",
             "Einwände gegen die Forderung teilen Sie uns bitte schriftlich mit."]
    return c.pick("Zahlungsaufforderung", f"Forderung Az. {az}", "Inkassoauftrag – Zahlungsaufforderung"), lines


@template("reminder", "de", "landlord")
def mietrueckstand(c: Ctx) -> tuple[str, list[str]]:
    obj = c.ref("Mietobjekt", f"{c.pick('Lager', 'Büro', 'Stellplatz')} Nr. {c.rng.randint(1, 60)}")
    lines = [f"für das Mietobjekt {obj} ist die Miete für {c.period()} in Höhe von {c.money(300, 4500)} "
             "bislang nicht eingegangen.",
             f"Wir fordern Sie auf, den Rückstand {c.deadline(5, 14, kind='plain')} auszugleichen.",
             "Wir weisen darauf hin, dass ein Zahlungsverzug von zwei Monatsmieten zur fristlosen Kündigung berechtigt."]
    return c.pick("Mietrückstand", f"Mietrückstand {obj}", "Zahlungsrückstand Miete"), lines


@template("reminder", "de", "vendor")
def kontoauszug_offene_posten(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Debitor", c.num(5))
    lines = ["laut unserer Buchhaltung sind folgende Posten überfällig:"]
    for _ in range(c.rng.randint(2, 4)):
        lines.append(f"Beleg {c.num(6)}  fällig seit {c.day(c.before(15, 90))}  {c.money(20, 1500)}")
    lines.append(f"Wir bitten um Ausgleich {c.deadline(7, 14, relative=0.5, kind='plain')}.")
    return c.pick("Kontoauszug – überfällige Posten", "Offene-Posten-Liste", "Saldenmitteilung: überfällige Rechnungen"), lines


# ---------------------------------------------------------------- reminder, English

@template("reminder", "en", "vendor", "telecom")
def payment_reminder(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Invoice No.", f"INV-{c.num(6)}")
    lines = [f"Our records show that invoice {nr} dated {c.day(c.before(20, 60))} for "
             f"{c.money(50, 4000)} remains unpaid.",
             f"Please settle the outstanding balance {c.deadline(7, 14, kind='plain')}.",
             "If you have already paid, please disregard this reminder."]
    return c.pick("Payment reminder", f"Overdue invoice {nr}", "Friendly reminder: payment overdue"), lines


@template("reminder", "en", "vendor", "inkasso")
def final_demand(c: Ctx) -> tuple[str, list[str]]:
    ref = c.ref("Our ref.", f"DR{c.num(6)}")
    lines = [f"Despite previous reminders, the sum of {c.money(100, 5000)} owed to "
             f"{c.pick(c.firm(), c.sender.name)} is still outstanding.",
             f"Unless full payment is received {c.deadline(7, 14, relative=0.5, kind='plain')}, "
             "the debt will be passed to our collections department without further notice.",
             f"Please quote reference {ref}."]
    return c.pick("Final demand", "Final notice before collection", f"Overdue account {ref}"), lines


@template("reminder", "en", "vendor", "landlord")
def overdue_statement(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Account", c.num(6))
    lines = ["The following items on your account are overdue:"]
    for _ in range(c.rng.randint(2, 3)):
        lines.append(f"Invoice {c.num(6)}, due {c.day(c.before(10, 80))}: {c.money(30, 1800)}")
    lines.append(f"Please arrange payment {c.deadline(7, 21, kind='plain')}. Late payment interest may apply.")
    return c.pick("Statement of overdue items", "Overdue account statement"), lines
