"""Wording of bank and insurance letters (a confusable pair: both talk of accounts, contracts,
premiums/fees and direct debits)."""

from __future__ import annotations

from .base import Ctx, template
from .orgs import iban

# ---------------------------------------------------------------- bank, German

@template("bank", "de", "bank")
def kontoabschluss(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Konto", iban(c.rng), info=False)
    lines = [f"zum Quartalsende erhalten Sie den Rechnungsabschluss für Ihr Geschäftskonto.",
             f"Kontoführungsentgelt {c.money(9, 60)}, Buchungsposten {c.money(2, 80)}, Saldo zum "
             f"Abschluss {c.money(200, 90000)}.",
             "Einwendungen gegen den Rechnungsabschluss sind innerhalb von sechs Wochen nach Zugang zu erheben; "
             "das Unterlassen gilt als Genehmigung."]
    return c.pick("Rechnungsabschluss", "Kontoabschluss zum Quartalsende", "Kontoauszug Nr. " + c.num(2)), lines


@template("bank", "de", "bank", "payment")
def legitimation(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kundennummer", c.num(9))
    lines = ["aufgrund gesetzlicher Vorgaben (Geldwäschegesetz) sind wir verpflichtet, die Angaben zu "
             "Ihrem Unternehmen und den wirtschaftlich Berechtigten regelmäßig zu aktualisieren.",
             f"Bitte reichen Sie einen aktuellen Handelsregisterauszug und die Transparenzregister-Angaben "
             f"{c.deadline(14, 30, relative=0.4, kind='plain')} ein.",
             "Liegen die Unterlagen nicht vor, müssen wir die Geschäftsbeziehung gegebenenfalls einschränken."]
    return c.pick("Aktualisierung Ihrer Kundendaten", "Legitimationsprüfung nach GwG", "Know-Your-Customer-Prüfung"), lines


@template("bank", "de", "bank")
def ruecklastschrift(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Konto", iban(c.rng), info=False)
    lines = [f"die Lastschrift der {c.firm()} über {c.money(20, 3000)} konnte mangels Deckung nicht "
             "eingelöst werden und wurde zurückgegeben.",
             f"Für die Rücklastschrift berechnen wir ein Entgelt von {c.money(3.0)}.",
             "Bitte sorgen Sie für ausreichende Deckung Ihres Kontos."]
    return c.pick("Rücklastschrift", "Nichteinlösung einer Lastschrift", "Benachrichtigung über Rücklastschrift"), lines


@template("bank", "de", "bank")
def agb_aenderung(c: Ctx) -> tuple[str, list[str]]:
    eff = c.after(60, 75)
    lines = [f"zum {c.day(eff)} ändern sich unsere Allgemeinen Geschäftsbedingungen und das Preis- und "
             "Leistungsverzeichnis für Geschäftskunden.",
             f"Das Kontoführungsentgelt beträgt künftig {c.money(8, 40)} monatlich.",
             "Ihre Zustimmung ist erforderlich. Bitte erteilen Sie diese im Online-Banking oder mit dem "
             "beigefügten Formular."]
    return c.pick("Änderung der Geschäftsbedingungen", "Wichtige Information zu Ihrem Konto"), lines


@template("bank", "de", "bank")
def darlehen_karte(c: Ctx) -> tuple[str, list[str]]:
    if c.chance(0.5):
        c.ref("Darlehensnummer", c.num(10))
        lines = [f"zu Ihrem Darlehen erhalten Sie die Jahreszinsbescheinigung und die Übersicht der Tilgung.",
                 f"Restschuld zum Jahresende: {c.money(5000, 250000)}; Sollzins {c.rng.randint(2, 7)},{c.rng.randint(0, 99):02d} % p. a.",
                 f"Die Zinsbindung endet am {c.day(c.after(200, 500))}. Gern unterbreiten wir Ihnen ein Anschlussangebot."]
        return c.pick("Darlehenskonto – Jahresübersicht", "Ihr Firmenkredit"), lines
    lines = [f"anbei erhalten Sie Ihre neue Firmenkreditkarte. Die PIN erhalten Sie mit separater Post.",
             "Bitte unterschreiben Sie die Karte sofort auf der Rückseite und vernichten Sie die alte Karte.",
             "Die Karte ist erst nach Aktivierung im Online-Banking einsetzbar (TAN erforderlich)."]
    return c.pick("Ihre neue Firmenkarte", "Kartenversand", "Neue Debitkarte"), lines


# ---------------------------------------------------------------- bank, English

@template("bank", "en", "bank", "payment")
def kyc_request(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Customer no.", c.num(9))
    lines = ["As a regulated institution we must keep our records on your company and its beneficial owners up to date.",
             f"Please upload a current register extract and proof of identity {c.deadline(14, 30, relative=0.4, kind='plain')}.",
             "If we do not receive the documents, we may have to restrict your account."]
    return c.pick("Action required: update your business details", "Know your customer review"), lines


@template("bank", "en", "bank")
def account_statement(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Account", iban(c.rng), info=False)
    lines = [f"Your quarterly account statement is enclosed. Closing balance {c.money(100, 80000)}.",
             f"Account maintenance fee charged: {c.money(5, 40)}.",
             "Please check the statement and tell us about any discrepancies within six weeks."]
    return c.pick("Quarterly statement", "Account statement and fees"), lines


@template("bank", "en", "bank", "payment")
def returned_debit(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"A direct debit from {c.firm()} for {c.money(20, 2500)} was returned unpaid due to insufficient funds.",
             f"A returned-item fee of {c.money(3.5)} has been charged to your account.",
             "Please make sure sufficient funds are available for future collections."]
    return c.pick("Returned direct debit", "Unpaid direct debit notification"), lines


# ---------------------------------------------------------------- insurance, German

@template("insurance", "de", "insurer")
def beitragsrechnung(c: Ctx) -> tuple[str, list[str]]:
    vs = c.ref("Versicherungsschein-Nr.", f"{c.num(3)}-{c.num(6)}-{c.rng.randint(1, 99)}")
    kind = c.pick("Betriebshaftpflichtversicherung", "Inhaltsversicherung", "Firmenrechtsschutz",
                  "Kfz-Flottenversicherung", "Cyberversicherung")
    lines = [f"für Ihre {kind} (Versicherungsschein {vs}) wird der Jahresbeitrag für den Zeitraum "
             f"{c.day(c.after(20, 40))} bis {c.pick('Ende des Versicherungsjahres', 'zum Ablauf')} fällig.",
             f"Beitrag inkl. Versicherungsteuer: {c.money(120, 6000)}.",
             f"Der Betrag wird {c.deadline(14, 30, relative=0.0)} abgebucht."]
    return c.pick("Beitragsrechnung", f"Beitragsrechnung {kind}", "Ihr Versicherungsbeitrag"), lines


@template("insurance", "de", "insurer")
def schadenregulierung(c: Ctx) -> tuple[str, list[str]]:
    sn = c.ref("Schadennummer", f"SCH-{c.num(7)}")
    lines = [f"zu dem am {c.day(c.before(10, 60))} gemeldeten Schaden ({c.pick('Wasserschaden im Lager', 'Einbruch', 'Glasbruch', 'Sturmschaden')}) "
             f"teilen wir Ihnen mit:",
             (f"Wir regulieren den Schaden in Höhe von {c.money(300, 20000)} abzüglich Selbstbeteiligung."
              if c.chance(0.5) else
              f"Bitte reichen Sie Kostenvoranschläge und Fotos {c.deadline(14, 21, relative=0.5, kind='plain')} nach."),
             f"Bitte geben Sie bei Rückfragen die Schadennummer {sn} an."]
    return c.pick("Ihre Schadenmeldung", f"Schaden {sn}", "Schadenregulierung"), lines


@template("insurance", "de", "insurer")
def beitragsanpassung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vertragsnummer", c.num(10))
    eff = c.after(30, 60)
    lines = [f"aufgrund gestiegener Schadenaufwendungen passen wir den Beitrag Ihrer Versicherung zum "
             f"{c.day(eff)} an.",
             f"Neuer Jahresbeitrag: {c.money(200, 5000)} (bisher {c.money(150, 4500)}).",
             "Bei einer Erhöhung haben Sie ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieser Mitteilung."]
    return c.pick("Beitragsanpassung", "Anpassung Ihres Versicherungsbeitrags"), lines


@template("insurance", "de", "insurer")
def nachtrag(c: Ctx) -> tuple[str, list[str]]:
    vs = c.ref("Vers.-Nr.", f"{c.num(2)}.{c.num(6)}.{c.num(3)}")
    lines = [f"anbei erhalten Sie den Nachtrag zu Ihrem Versicherungsschein {vs}.",
             f"Eingeschlossen ist ab {c.day(c.after(1, 30))}: {c.pick('die neue Betriebsstätte', 'Elektronikversicherung für Laptops', 'Mitversicherung von Subunternehmern')}.",
             "Bitte prüfen Sie den Nachtrag und bewahren Sie ihn bei Ihren Versicherungsunterlagen auf."]
    return c.pick("Nachtrag zum Versicherungsschein", "Vertragsänderung"), lines


# ---------------------------------------------------------------- insurance, English

@template("insurance", "en", "insurer")
def renewal_premium(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Policy no.", f"POL-{c.num(8)}")
    lines = [f"Your {c.pick('professional indemnity', 'commercial property', 'cyber liability', 'public liability')} "
             "policy is due for renewal.",
             f"Renewal premium including insurance premium tax: {c.money(200, 9000)}.",
             f"Please pay {c.deadline(14, 30)} to keep your cover in force."]
    return c.pick("Renewal notice", "Premium notice"), lines


@template("insurance", "en", "insurer")
def claim_settlement(c: Ctx) -> tuple[str, list[str]]:
    cl = c.ref("Claim no.", f"CL{c.num(7)}")
    lines = [f"Thank you for notifying us of your claim {cl}.",
             f"Our loss adjuster has assessed the damage; we will pay {c.money(300, 25000)} less your excess.",
             "Payment will be made to the account we hold on file."]
    return c.pick("Claim settlement", f"Your claim {cl}"), lines


@template("insurance", "en", "insurer")
def policy_change(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Policy", f"{c.num(3)}/{c.num(6)}")
    lines = [f"We confirm the change to your policy effective {c.day(c.after(1, 30))}.",
             f"Additional premium: {c.money(20, 600)}. Revised policy schedule enclosed.",
             "Please read the schedule carefully and tell us if anything is incorrect."]
    return c.pick("Policy endorsement", "Mid-term adjustment to your policy"), lines
