"""Letters on the borders between neighbouring categories, each worded many ways.

The classifier leant on single words that two categories share: "Lastschrift" and "Kontoauszug"
(bank, but also a supplier's dunning letter), "Leasing" and "Angebot" (advertising, but also the
contract one already has), "Vertrag" (contract, but also an invoice that cites its framework
contract), "Kanzlei" (legal, but also a tax adviser's fee note). Here each such letter says what it
is in the sentences that matter (pay this / your contract runs on / try our product), and every
slot has several wordings so no one phrase becomes the cue. Added after looking at where wave 5's
categories went wrong (issue 10), so figures on wave 5 are tuned on it.
"""

from __future__ import annotations

from .base import Ctx, template

_THINGS_DE = ("den Kopierer", "die Telefonanlage", "den Kaffeevollautomaten", "die Frankiermaschine",
              "die Serverwartung", "die Softwarelizenz", "den Firmenwagen", "die Alarmanlage")
_THINGS_EN = ("the printer", "the phone system", "the coffee machine", "the franking machine",
              "the server maintenance", "the software licence", "the company car", "the alarm system")


# ---------------------------------------------------------------- reminder: a supplier asks for money

@template("reminder", "de", "vendor", "utility", "telecom")
def lastschrift_geplatzt(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(3, 15)
    amount1 = c.money(40, 4000)
    due2 = c.deadline(7, 21, kind='plain')
    nr = c.ref(c.pick("Rechnung", "Rechnungs-Nr.", "Beleg"), f"{c.pick('R', 'RE', 'INV')}-{c.num(6)}")
    lines = [c.pick(f"unser Einzug zur Rechnung {nr} ist nicht eingelöst worden; Ihre Bank hat die Lastschrift zurückgegeben.",
                    f"die Abbuchung des Betrags aus Rechnung {nr} ist fehlgeschlagen, die Lastschrift kam zurück.",
                    f"leider wurde unsere Lastschrift für die Rechnung {nr} von Ihrem Kreditinstitut zurückgereicht."),
             c.pick(f"Die Gebühren der Rückgabe ({amount0}) gehen zu Ihren Lasten.",
                    f"Hinzu kommen die uns belasteten Bankspesen von {amount0}.",
                    f"Die Kosten der Rückbuchung von {amount0} tragen Sie."),
             c.pick(f"Bitte überweisen Sie den offenen Betrag von {amount1} {due2}.",
                    f"Wir fordern Sie auf, {amount1} {due2} zu zahlen.",
                    f"Gleichen Sie den Rückstand von {amount1} bitte {due2} aus.")]
    if c.chance(0.5):
        lines.append(c.pick("Andernfalls müssen wir weitere Schritte einleiten.",
                            "Danach ziehen wir keine Lastschriften mehr ein.",
                            "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, ist es gegenstandslos."))
    return c.pick("Rücklastschrift – Zahlungsaufforderung", "Zahlungsaufforderung nach Rücklastschrift",
                  "Lastschrift zurückgegeben", "Offener Betrag"), lines


@template("reminder", "de", "vendor", "landlord")
def saldo_kundenkonto(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(100, 9000)
    due1 = c.deadline(7, 21, kind='plain')
    konto = c.ref(c.pick("Kundenkonto", "Kundennr.", "Debitorenkonto"), c.num(7))
    lines = [c.pick(f"Ihr Kundenkonto {konto} ist im Rückstand.",
                    f"auf Ihrem Konto {konto} bei uns sind mehrere Rechnungen überfällig.",
                    f"beigefügt senden wir Ihnen den Auszug Ihres Kundenkontos {konto} mit den noch offenen Rechnungen."),
             c.pick(f"Der offene Saldo beträgt {amount0}.",
                    f"Insgesamt sind {amount0} zur Zahlung fällig.",
                    f"Überfällig sind zusammen {amount0}."),
             c.pick(f"Bitte gleichen Sie den Saldo {due1} aus.",
                    f"Wir bitten um Überweisung {due1}.",
                    f"Bitte zahlen Sie {due1} oder melden Sie sich, falls Posten strittig sind.")]
    return c.pick("Auszug Ihres Kundenkontos", "Rückstände auf Ihrem Kundenkonto", "Ihr Kundenkonto",
                  "Aufstellung überfälliger Rechnungen"), lines


@template("reminder", "en", "vendor", "landlord")
def bounced_debit_demand(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(3, 20)
    amount1 = c.money(40, 4000)
    due2 = c.deadline(7, 14, kind='plain')
    nr = c.ref("Invoice", f"INV-{c.num(6)}")
    lines = [c.pick(f"Your bank has returned our direct debit for invoice {nr}.",
                    f"The direct debit for invoice {nr} was rejected by your bank.",
                    f"We could not collect payment for invoice {nr}; the debit bounced."),
             c.pick(f"We have added the bank charges of {amount0}.", f"Bank charges of {amount0} for the return are payable by you."),
             c.pick(f"Please pay the outstanding {amount1} {due2}.",
                    f"Kindly settle the balance of {amount1} {due2}.")]
    return c.pick("Returned direct debit – payment required", "Statement of overdue items", "Balance outstanding"), lines


# ---------------------------------------------------------------- contract: the one already signed runs on

@template("contract", "de", "vendor", "telecom", "landlord")
def verlaengerung_laufzeit(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(20, 900)
    due1 = c.deadline(10, 40, relative=0.0, kind='plain')
    vnr = c.ref(c.pick("Vertrag", "Vertragsnummer", "Vertrags-Nr."), f"{c.pick('V', 'VT', 'L')}-{c.num(6)}")
    thing = c.pick(*_THINGS_DE)
    # Leasing and rental firms write about the contract one has, not only to sell one.
    kind = c.pick("Leasingvertrag", "Mietvertrag", "Wartungsvertrag", "Servicevertrag", "Lizenzvertrag", "Vertrag")
    months = c.pick("zwölf", "24", "sechs", "36")
    lines = [c.pick(f"der {kind} {vnr} über {thing} läuft am {c.day(c.after(20, 90))} aus.",
                    f"die Mindestlaufzeit Ihres {kind}s {vnr} für {thing} endet am {c.day(c.after(20, 90))}.",
                    f"wir erinnern an das Ende der Grundlaufzeit Ihres {kind}s {vnr} ({thing})."),
             c.pick(f"Falls Sie nicht kündigen, läuft er {months} weitere Monate; der Monatspreis liegt dann bei {amount0}.",
                    f"Ohne Kündigung setzt sich das Vertragsverhältnis um {months} Monate fort; die Rate beträgt dann {amount0}.",
                    f"Danach gilt er zu unveränderten Bedingungen ({amount0} im Monat) jeweils {months} Monate weiter."),
             c.pick(f"Eine Kündigung oder Rückgabe teilen Sie uns bitte {due1} schriftlich mit.",
                    f"Ihre Kündigung muss uns {due1} vorliegen.",
                    f"Möchten Sie den Vertrag fortführen, müssen Sie nichts tun; kündigen können Sie {due1}.")]
    return c.pick(f"{kind} {vnr}: Laufzeit", "Ende der Mindestlaufzeit", f"Ihr {kind} verlängert sich",
                  "Vertragslaufzeit"), lines


@template("contract", "en", "vendor", "telecom", "landlord")
def term_rolls_over(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(20, 900)
    due1 = c.deadline(10, 40, relative=0.0, kind='plain')
    ref = c.ref("Agreement", f"AG-{c.num(6)}")
    lines = [c.pick(f"Your agreement {ref} for {c.pick(*_THINGS_EN)} reaches the end of its minimum term on {c.day(c.after(20, 90))}.",
                    f"The lease {ref} for {c.pick(*_THINGS_EN)} expires on {c.day(c.after(20, 90))}."),
             c.pick(f"Unless you give notice it renews for a further twelve months at {amount0} per month.",
                    f"If we do not hear from you, it continues on the same terms at {amount0} a month."),
             c.pick(f"To end it, please tell us in writing {due1}.",
                    f"No action is needed if you wish to continue; notice is possible {due1}.")]
    return c.pick("Renewal of your agreement", "End of minimum term", f"Agreement {ref}: renewal"), lines


@template("contract", "de", "vendor", "telecom")
def angebot_nach_termin(c: Ctx) -> tuple[str, list[str]]:
    # A quotation the recipient asked for: it refers to the request and binds the sender for a time,
    # which an advert's "Angebot" does not.
    due = c.deadline(10, 30, relative=0.3, kind="plain")
    amount = c.money(40, 9000)
    an = c.ref(c.pick("Angebot", "Angebots-Nr.", "Vorgang"), f"{c.pick('AN', 'ANG', 'Q')}-{c.num(5)}")
    what = c.pick("die Wartung Ihrer Klimaanlage", "zehn Arbeitsplatzrechner samt Einrichtung", "die Telefonanlage für 8 Nebenstellen",
                  "die Reinigung Ihrer Büroräume", "den Umzug Ihres Archivs", "Hosting und Pflege Ihrer Website")
    lines = [c.pick(f"nach unserem Telefonat senden wir Ihnen unser Angebot {an} für {what}.",
                    f"vielen Dank für Ihre Anfrage. Für {what} bieten wir Ihnen Folgendes an:",
                    f"wie bei unserem Termin vor Ort vereinbart, erhalten Sie hiermit unser Angebot über {what}."),
             c.pick(f"Preis: {amount} zuzüglich Umsatzsteuer.", f"Die monatliche Pauschale beträgt {amount} netto.",
                    f"Gesamtpreis {amount} netto, einmalig."),
             c.pick(f"Das Angebot gilt {due}.", f"Wir halten die genannten Preise {due} für Sie fest.",
                    f"Bitte teilen Sie uns {due} mit, ob wir den Auftrag ausführen dürfen.")]
    if c.chance(0.5):
        lines.append(c.pick("Mit Ihrer Unterschrift auf der beiliegenden Auftragsbestätigung kommt der Vertrag zustande.",
                            "Es gelten unsere beigefügten Vertragsbedingungen.", "Wir freuen uns auf Ihren Auftrag."))
    return c.pick(f"Angebot {an}", "Unser Angebot für Sie", "Ihre Anfrage – unser Angebot", f"Angebot: {what}"), lines


@template("contract", "en", "vendor", "telecom", "utility")
def new_prices(c: Ctx) -> tuple[str, list[str]]:
    # A price change is a change of the contract (German: preisanpassung), not news and not an advert.
    when = c.day(c.after(30, 75))
    plan = c.pick("subscription", "service plan", "licence", "support package", "tariff")
    lines = [c.pick(f"from {when} the price of your {plan} will change.",
                    f"we are writing to let you know that your {plan} charges are going up on {when}.",
                    f"our terms allow us to review prices once a year; for your {plan} the new rate applies from {when}."),
             c.pick(f"The monthly fee will rise from {c.money(10, 300, record=False)} to {c.money(12, 360, record=False)}.",
                    f"Your new charge will be {c.money(12, 360, record=False)} per month.",
                    "All other terms of your agreement stay the same."),
             c.pick("If you do not accept the change, you may cancel before it takes effect.",
                    "You have the right to end your contract without penalty within 30 days of this notice.",
                    "Nothing changes in the service you receive.")]
    return c.pick(f"Price review: your {plan}", "Important information about your prices",
                  f"Your {plan}: new charges"), lines


# ---------------------------------------------------------------- invoice: it cites a contract or comes from an adviser

@template("invoice", "de", "vendor", "taxadvisor", "lawyer")
def leistung_abgerechnet(c: Ctx) -> tuple[str, list[str]]:
    # drawn once: an option not printed must record no amount or deadline
    amount0 = c.money(80, 5000)
    due1 = c.deadline(7, 30, relative=0.3, kind='plain')
    nr = c.ref(c.pick("Rechnung", "Rechnungsnummer", "Honorarnote"), f"{c.date.year}-{c.num(5)}")
    work = c.pick("die Lohn- und Gehaltsabrechnungen", "die laufende Finanzbuchhaltung", "die Gebäudereinigung",
                  "die Wartung Ihrer IT", "die Beratung im Vertragsrecht", "den Winterdienst", "die Hausverwaltung")
    basis = c.pick("auf Grundlage unseres Wartungsvertrags", "laut Vereinbarung", "nach StBVV", "nach RVG", "wie vertraglich vereinbart",
                   "nach Leistungsverzeichnis")
    lines = [c.pick(f"für {work} im {c.period()} berechnen wir {basis} {amount0} zuzüglich Umsatzsteuer.",
                    f"{basis} stellen wir Ihnen für {work} ({c.period()}) {amount0} in Rechnung.",
                    f"unsere Leistungen für {work} rechnen wir {basis} mit {amount0} ab."),
             c.pick(f"Bitte überweisen Sie den Rechnungsbetrag {due1}.",
                    f"Zahlbar ohne Abzug {due1}.",
                    f"Den Betrag ziehen wir wie vereinbart per Lastschrift ein, wenn er nicht {due1} überwiesen ist.")]
    return c.pick(f"Rechnung {nr}", f"Abschlagsrechnung {nr}", f"Honorarrechnung {nr}", "Abrechnung " + c.period()), lines


# ---------------------------------------------------------------- advertising: a product pitched, nothing owed

@template("advertising", "de", "advertiser", "vendor")
def produkt_vorstellen(c: Ctx) -> tuple[str, list[str]]:
    what = c.pick("unsere Archivlösung", "unser Zeiterfassungssystem", "unsere Buchhaltungs-App", "unseren Aktenvernichtungsdienst",
                  "unsere Bürodrucker im Mietmodell", "unseren Obst- und Getränkeservice")
    lines = [c.pick(f"kennen Sie schon {what}? Damit sparen Betriebe wie Ihrer jede Woche Stunden.",
                    f"mit {what} wird Ihr Büroalltag einfacher.",
                    f"darf es etwas leichter sein? Probieren Sie {what} aus."),
             c.pick("Gern zeigen wir Ihnen alles bei einem Termin vor Ort.", "Testen Sie 30 Tage kostenlos.",
                    "Rufen Sie uns an – die Beratung ist kostenfrei.", "Fordern Sie jetzt Ihr persönliches Angebot an.",
                    "Neukunden erhalten den ersten Monat gratis.")]
    if c.chance(0.5):
        lines.append(c.pick("Wir freuen uns auf Sie.", "Das Angebot gilt nur für kurze Zeit.",
                            "Wenn Sie keine Post mehr von uns wünschen, genügt eine kurze Nachricht."))
    return c.pick("Weniger Papier, mehr Zeit", "Neu für Ihr Büro", "Eine Idee für Ihr Unternehmen",
                  "Darf ich Ihnen etwas vorstellen?"), lines
