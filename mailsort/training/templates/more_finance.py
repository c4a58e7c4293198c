"""Further wording for bank and insurance letters (an insurer's premium reminder is insurance,
a bank's fee letter is bank: the sender's trade decides before what the letter asks for)."""

from __future__ import annotations

from .base import Ctx, template
from .orgs import iban

# ---------------------------------------------------------------- bank

@template("bank", "de", "bank")
def kontoauszug_buchungen(c: Ctx) -> tuple[str, list[str]]:
    c.ref("IBAN", iban(c.rng), info=False)
    lines = [f"Kontoauszug Nr. {c.rng.randint(1, 12)}/{c.date.year} – Alter Kontostand {c.money(100, 50000)}"]
    for _ in range(c.rng.randint(2, 5)):
        lines.append(f"{c.day(c.before(1, 28))}  {c.pick('Gutschrift', 'Lastschrift', 'Überweisung', 'Dauerauftrag', 'Kartenzahlung')} "
                     f"{c.pick(c.firm(), 'Miete', 'Gehalt', 'Finanzamt', 'Telekom')}  {c.money(5, 9000)}")
    lines.append(f"Neuer Kontostand {c.money(100, 60000)}. Bitte prüfen Sie die Buchungen; Einwendungen sind unverzüglich zu erheben.")
    return c.pick("Kontoauszug", "Kontoauszug Geschäftsgirokonto", "Ihr Kontoauszug"), lines


@template("bank", "de", "bank")
def tan_zugang(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Anmeldename", f"{c.pick('FK', 'GK')}{c.num(7)}")
    lines = [f"für Ihren Online-Banking-Zugang erhalten Sie heute {c.pick('den Aktivierungsbrief für das pushTAN-Verfahren', 'Ihre neue Eröffnungs-PIN', 'den Aktivierungscode für Ihren TAN-Generator')}.",
             "Bitte bewahren Sie dieses Schreiben sicher auf und geben Sie den Code niemals telefonisch oder per E-Mail weiter.",
             f"Der Aktivierungscode ist bis {c.day(c.after(14, 30))} gültig. Unsere Mitarbeiter werden Sie niemals nach Ihrer PIN fragen."]
    return c.pick("Ihr Zugang zum Online-Banking", "Aktivierungsbrief", "PIN-Brief"), lines


@template("bank", "de", "bank")
def kreditlinie_zinsen(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kontokorrent", c.num(10))
    lines = [f"die eingeräumte Kreditlinie auf Ihrem Geschäftskonto in Höhe von {c.money(5000, 200000)} "
             f"wird zum {c.day(c.after(30, 90))} {c.pick('überprüft', 'verlängert', 'angepasst')}.",
             f"Der Sollzinssatz beträgt künftig {c.rng.randint(5, 12)},{c.rng.randint(0, 99):02d} % p. a.",
             "Für die Kreditprüfung benötigen wir Ihren aktuellen Jahresabschluss und die BWA."]
    return c.pick("Ihre Kreditlinie", "Prolongation Kontokorrentkredit", "Zinsanpassung"), lines


@template("bank", "en", "bank")
def card_pin_letter(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Card ending", c.num(4))
    lines = ["Your new business debit card is enclosed. Your PIN will be sent separately.",
             "Sign the card on the reverse and activate it in online banking before first use.",
             "We will never ask you for your PIN or one-time passcodes by phone or email."]
    return c.pick("Your new card", "Card delivery"), lines


@template("bank", "en", "bank")
def overdraft_review(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Facility", c.num(8))
    lines = [f"Your overdraft facility of {c.money(5000, 100000)} is due for its annual review on {c.day(c.after(30, 60))}.",
             "Please provide your latest management accounts so that we can assess the renewal.",
             f"The interest rate on the facility will change to {c.rng.randint(5, 12)}.{c.rng.randint(0, 99):02d}% per annum."]
    return c.pick("Annual facility review", "Your overdraft facility"), lines


# ---------------------------------------------------------------- insurance

@template("insurance", "de", "insurer")
def beitrag_mahnung_versicherung(c: Ctx) -> tuple[str, list[str]]:
    # Reads like a reminder; the sender is a private insurer, so it is insurance.
    c.ref("Versicherungsnummer", f"{c.num(4)}-{c.num(5)}")
    lines = [f"der Folgebeitrag für Ihre {c.pick('Betriebshaftpflichtversicherung', 'Gebäudeversicherung', 'Firmen-Kfz-Versicherung')} "
             f"in Höhe von {c.money(80, 4000)} ist noch nicht bei uns eingegangen.",
             f"Bitte zahlen Sie {c.deadline(14, 14, relative=0.5, kind='plain')}. Nach Ablauf dieser Frist besteht "
             "kein Versicherungsschutz (§ 38 VVG) und wir können den Vertrag kündigen.",
             "Hinweis: Die Zahlungsfrist nach § 38 VVG beträgt mindestens zwei Wochen."]
    return c.pick("Zahlungsaufforderung nach § 38 VVG", "Ausstehender Versicherungsbeitrag", "Qualifizierte Mahnung"), lines


@template("insurance", "de", "insurer")
def versicherungsbestaetigung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Police", f"{c.num(2)}-{c.num(7)}")
    lines = [f"hiermit bestätigen wir, dass für {c.recipient_name} bei uns eine "
             f"{c.pick('Betriebshaftpflichtversicherung', 'Vermögensschadenhaftpflicht', 'Berufshaftpflichtversicherung')} besteht.",
             f"Deckungssumme: {c.money(1000000, 5000000, record=False)} pauschal für Personen- und Sachschäden.",
             f"Versicherungszeitraum: {c.day(c.before(100, 300))} bis {c.day(c.after(60, 300))}."]
    return c.pick("Versicherungsbestätigung", "Bestätigung des Versicherungsschutzes"), lines


@template("insurance", "de", "insurer")
def makler_jahresgespraech(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kunden-Nr.", c.num(6))
    lines = ["als Ihr Versicherungsmakler prüfen wir jährlich Ihre betrieblichen Versicherungsverträge.",
             "Für Ihre Inhalts- und Betriebsunterbrechungsversicherung haben wir ein günstigeres Angebot mit "
             f"verbessertem Deckungsumfang eingeholt: Jahresprämie {c.money(200, 5000)}.",
             f"Bitte teilen Sie uns {c.deadline(14, 30, relative=0.4, kind='plain')} mit, ob wir umdecken sollen."]
    return c.pick("Überprüfung Ihres Versicherungsschutzes", "Jahresgespräch Versicherungen"), lines


@template("insurance", "en", "insurer")
def premium_overdue(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Policy no.", f"P{c.num(8)}")
    lines = [f"We have not received the premium of {c.money(80, 4000)} due under your policy.",
             f"Please pay {c.deadline(14, 14, relative=0.5, kind='plain')}. If payment is not made, your cover "
             "will lapse and the policy may be cancelled."]
    return c.pick("Premium overdue", "Your cover is at risk"), lines


@template("insurance", "en", "insurer")
def certificate_of_insurance(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Certificate", f"COI-{c.num(6)}")
    lines = [f"We certify that {c.recipient_name} holds {c.pick('employers liability', 'public liability', 'professional indemnity')} insurance with us.",
             f"Limit of indemnity: {c.money(1000000, 10000000, record=False)}. Period of insurance ends {c.day(c.after(60, 300))}."]
    return c.pick("Certificate of insurance", "Evidence of cover"), lines


@template("bank", "de", "bank", "payment")
def konto_kuendigung_bank(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kontonummer", c.num(10))
    lines = [f"wir haben Ihr Geschäftskonto seit mehr als zwölf Monaten ohne Umsätze geführt. "
             f"Wir beabsichtigen, die Kontoverbindung zum {c.day(c.after(60, 90))} zu beenden.",
             f"Ein eventuelles Guthaben überweisen wir auf ein von Ihnen benanntes Konto. Bitte teilen Sie uns dieses "
             f"{c.deadline(21, 40, relative=0.3, kind='plain')} mit.",
             "Ihre Girocard und das Online-Banking werden mit Kontoschließung gesperrt."]
    return c.pick("Kündigung Ihrer Kontoverbindung", "Beendigung der Geschäftsbeziehung", "Ihr Geschäftskonto"), lines


@template("bank", "de", "payment", "bank")
def zahlungsdienst_auszahlung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Händler-ID", c.num(8))
    lines = [f"für Ihr Händlerkonto wurden im {c.period()} Kartenumsätze von {c.money(500, 80000)} verarbeitet.",
             f"Transaktionsgebühren {c.money(10, 900)}; ausgezahlt auf Ihr Referenzkonto: {c.money(400, 79000)}.",
             "Die Abrechnung je Transaktion finden Sie im Händlerportal. Für die Prüfung nach dem Zahlungsdiensteaufsichtsgesetz "
             "benötigen wir ggf. weitere Angaben."]
    return c.pick("Monatliche Händlerabrechnung", "Auszahlungsübersicht Kartenzahlungen"), lines


@template("bank", "en", "bank", "payment")
def merchant_statement(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Merchant ID", c.num(9))
    lines = [f"Card transactions settled for {c.period()}: {c.money(500, 60000)}.",
             f"Processing fees {c.money(10, 900)}; net payout to your bank account {c.money(400, 59000)}.",
             "Please review the settlement report in your merchant dashboard."]
    return c.pick("Monthly settlement statement", "Your payout summary"), lines


@template("bank", "de", "bank")
def entgeltaufstellung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Konto-Nr.", c.num(10))
    lines = [f"gemäß Zahlungskontengesetz erhalten Sie die Entgeltaufstellung für das Jahr {c.date.year - 1}.",
             f"Kontoführung {c.money(60, 300)}, Überweisungen und Lastschriften {c.money(10, 200)}, "
             f"Girocard {c.money(6, 30)}, Sollzinsen {c.money(0, 400)}.",
             f"Habenzinsen wurden in Höhe von {c.money(0, 50)} gutgeschrieben. Bitte bewahren Sie diese Aufstellung auf."]
    return c.pick("Entgeltaufstellung", f"Jährliche Entgeltinformation {c.date.year - 1}"), lines


@template("bank", "de", "bank")
def pfaendung_drittschuldner(c: Ctx) -> tuple[str, list[str]]:
    # The bank informs its customer about a garnishment served on it: still a bank letter.
    c.ref("Konto", iban(c.rng), info=False)
    lines = [f"uns wurde am {c.day(c.before(1, 7))} ein Pfändungs- und Überweisungsbeschluss zugestellt, der Ihr Konto betrifft.",
             f"Wir sind als Drittschuldnerin verpflichtet, Guthaben bis zur Höhe von {c.money(300, 20000)} zurückzuhalten.",
             "Verfügungen über das Konto sind bis auf Weiteres nur eingeschränkt möglich. Bitte setzen Sie sich mit der "
             "Gläubigerin in Verbindung oder sprechen Sie mit Ihrer Beraterin."]
    return c.pick("Information zu Ihrem Konto – Pfändung", "Kontopfändung"), lines


@template("bank", "en", "bank")
def interest_rate_change(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Account", c.num(8))
    lines = [f"From {c.day(c.after(40, 70))} the interest rate on your business savings account will change to "
             f"{c.rng.randint(0, 3)}.{c.rng.randint(0, 99):02d}% AER.",
             "You do not need to do anything. If you prefer, you may move or close the account without charge.",
             "Full details of our rates are available in branch and online."]
    return c.pick("Changes to your interest rate", "Important information about your savings account"), lines
