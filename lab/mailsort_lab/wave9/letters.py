"""Wave 9's wording: what each sender writes, and which of its dates are deadlines (and which are not)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort_lab.wave9.dates import STYLES, ahead, fmt, period_end, working_day
from mailsort_lab.wave9.senders import Sender, country, iban


@dataclass
class Doc:
    lang: str
    category: str
    sender: Sender
    day: date
    style: str
    block: list[str]
    person: str | None
    rng: random.Random
    subject: str = ""
    paragraphs: list[str] = field(default_factory=list)
    info: list[tuple[str, str]] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    deadlines: list[date] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    relative: bool = False
    salutation: str = ""
    closing: str = ""
    signature: list[str] = field(default_factory=list)
    template: str = ""

    @property
    def date_text(self) -> str:
        return fmt(self.day, self.style)

    def d(self, x: date) -> str:
        """Dates in the text: mostly the letter's own style, sometimes another of its language."""
        return fmt(x, self.style if self.rng.random() < 0.7 else self.rng.choice(STYLES[self.lang]))

    def deadline(self, x: date) -> date:
        self.deadlines.append(x)
        return x

    def within(self, n: int, unit: str) -> date:
        """A period running from the letter date (§ 187 (1) BGB); labelled as its computed last day."""
        end = period_end(self.day, n, unit)
        self.relative = True
        self.tags.append(f"period-{n}-{unit}")
        if end != self.day + (timedelta(days=n) if unit == "days" else timedelta(weeks=n) if unit == "weeks" else timedelta(0)) and unit != "months":
            self.tags.append("deadline-shifted")
        return self.deadline(end)

    def words(self) -> str:
        return "\n".join([self.subject, *self.paragraphs, *(f"{k} {v}" for k, v in self.info),
                          *(" ".join(r) for r in self.table), *self.block, *self.signature])


def _money(rng: random.Random, lo: float, hi: float, lang: str) -> tuple[float, str]:
    v = round(rng.uniform(lo, hi), 2)
    if lang == "de":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return v, f"{s} EUR" if rng.random() < 0.5 else f"{s} €"
    return v, f"€{v:,.2f}" if rng.random() < 0.6 else f"EUR {v:,.2f}"


def _no(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randint(2026000, 2026999) if rng.random() < 0.5 else rng.randint(10000, 99999)}"


N_DE = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}
W_DE = {1: "einer Woche", 2: "zwei Wochen", 3: "drei Wochen", 4: "vier Wochen"}
M_DE = {1: "eines Monats", 2: "zwei Monaten"}


def _rel_de(doc: Doc, unit: str, n: int, anchor: str = "nach dem Datum dieses Schreibens") -> str:
    doc.within(n, unit)
    if unit == "days":
        word = f"{N_DE.get(n, n)} Tagen" if doc.rng.random() < 0.5 else f"{n} Tagen"
    else:
        word = W_DE[n] if unit == "weeks" else M_DE[n]
    return f"innerhalb von {word} {anchor}" if unit != "months" else f"innerhalb {word} {anchor}"


def _rel_en(doc: Doc, unit: str, n: int, anchor: str = "of the date of this letter") -> str:
    doc.within(n, unit)
    return f"within {n} {unit if n > 1 else unit[:-1]} {anchor}"


# ---------------------------------------------------------------- German
def invoice_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    no = _no(r, "RE-")
    utility = doc.sender.kind in ("utility", "telecom")
    doc.template = "invoice-de-utility" if utility else "invoice-de"
    doc.subject = (f"Ihre Rechnung für {'Strom' if doc.sender.kind == 'utility' else 'Mobilfunk und Festnetz'} – {no}" if utility
                   else r.choice((f"Rechnung Nr. {no}", f"Rechnung {no}", f"Abschlagsrechnung {no}")))
    period_from = (day.replace(day=1) - timedelta(days=1)).replace(day=1)
    doc.info = [("Rechnungsnummer", no), ("Kundennummer", str(r.randint(100000, 999999))), ("Datum", doc.date_text),
                ("Leistungsdatum", doc.d(working_day(day - timedelta(days=r.randint(3, 20)))))]
    rows = [["Pos.", "Bezeichnung", "Menge", "", "Betrag"]]
    total = 0.0
    for i, item in enumerate(r.sample(["Druck Geschäftsausstattung", "Beratung (Std.)", "Versandpauschale", "Lizenz Jahresgebühr",
                                        "Grundpreis", "Arbeitspreis", "Wartung Drucker", "Übersetzung Vertrag"], r.randint(2, 4)), 1):
        v, _ = _money(r, 20, 900, "de")
        total += v
        rows.append([str(i), item, str(r.randint(1, 12)), "", f"{v:.2f}".replace(".", ",")])
    doc.table = rows
    _, tot = _money(random.Random(total), total, total, "de")
    doc.paragraphs = [f"für den Zeitraum {doc.d(period_from)} bis {doc.d(day.replace(day=1) - timedelta(days=1))} stellen wir Ihnen in Rechnung:"
                      if utility else "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:"]
    mode = r.choice(("date", "date", "rel", "debit", "rel"))
    if mode == "date":
        due = doc.deadline(ahead(r, day, 10, 30))
        doc.paragraphs.append(f"Gesamtbetrag inkl. 19 % USt.: {tot}. Bitte überweisen Sie den Betrag bis zum {doc.d(due)} "
                              f"auf das unten genannte Konto (IBAN {iban(r, country(doc.sender))}) unter Angabe der Rechnungsnummer.")
    elif mode == "rel":
        n, unit = r.choice(((14, "days"), (30, "days"), (10, "days"), (2, "weeks")))
        doc.paragraphs.append(f"Gesamtbetrag: {tot}. Zahlbar ohne Abzug {_rel_de(doc, unit, n, 'ab Rechnungsdatum')}.")
    else:
        debit = working_day(day + timedelta(days=r.randint(5, 15)))
        doc.paragraphs.append(f"Der Rechnungsbetrag von {tot} wird am {doc.d(debit)} per SEPA-Lastschrift von Ihrem Konto "
                              f"eingezogen (Mandatsreferenz {_no(r, 'M')}). Sie müssen nichts weiter tun.")
        doc.tags.append("distractor-debit-date")
    if utility:
        doc.paragraphs.append(f"Ihr nächster Abschlag ist am {doc.d(working_day(day + timedelta(days=r.randint(25, 40))))} fällig und wird ebenfalls abgebucht.")
        doc.tags.append("distractor-debit-date")
    doc.paragraphs.append("Bei Fragen zu dieser Rechnung erreichen Sie uns werktags von 8 bis 17 Uhr.")


def reminder_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    inv_day = working_day(day - timedelta(days=r.randint(30, 60)))
    no = _no(r, "")
    _, amt = _money(r, 80, 4200, "de")
    lvl = r.choice(("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"))
    doc.template = f"reminder-de-{doc.sender.kind}"
    if doc.sender.kind == "collection":
        doc.subject = f"Forderungsangelegenheit Az. {r.randint(100, 999)}/{r.randint(10, 99)} – Zahlungsaufforderung"
        lead = (f"unsere Mandantin, die Fa. Kopierdienst Annaberg GmbH, hat uns mit dem Einzug ihrer offenen Forderung aus der "
                f"Rechnung {no} vom {doc.d(inv_day)} beauftragt.")
    elif doc.sender.kind == "landlord":
        doc.subject = "Mietrückstand – Gewerbeeinheit Büro 2.14"
        lead = f"trotz Fälligkeit am dritten Werktag des Monats ist die Miete für {['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][inv_day.month - 1]} noch nicht bei uns eingegangen."
    else:
        doc.subject = f"{lvl} zur Rechnung {no}"
        lead = f"sicher ist es Ihrer Aufmerksamkeit entgangen, dass unsere Rechnung {no} vom {doc.d(inv_day)} noch offen ist."
    doc.info = [("Ihre Kundennummer", str(r.randint(10000, 99999))), ("Datum", doc.date_text), ("Bearbeiter", doc.sender.people[0] if doc.sender.people else "Buchhaltung")]
    doc.paragraphs = [lead]
    if r.random() < 0.55:
        due = doc.deadline(ahead(r, day, 7, 16))
        doc.paragraphs.append(f"Wir bitten Sie, den offenen Betrag von {amt} bis spätestens {doc.d(due)} zu überweisen.")
    else:
        n = r.choice((7, 10, 14))
        doc.paragraphs.append(f"Bitte gleichen Sie den offenen Betrag von {amt} {_rel_de(doc, 'days', n)} aus.")
    doc.paragraphs.append("Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."
                          if r.random() < 0.6 else "Andernfalls sehen wir uns gezwungen, ohne weitere Ankündigung gerichtliche Schritte einzuleiten.")


def tax_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    stnr = f"{r.randint(10, 37)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"
    doc.info = [("Steuernummer", stnr), ("Datum", doc.date_text), ("Zimmer", str(r.randint(100, 480))), ("Sachgebiet", str(r.randint(10, 60)))]
    kind = r.choice(("docs", "advance", "assessment", "return") if doc.sender.kind == "finanzamt" else ("zoll",))
    doc.template = f"tax-de-{kind}"
    if kind == "docs":
        doc.subject = f"Umsatzsteuer {day.year - 1} – Anforderung von Unterlagen"
        due = doc.deadline(ahead(r, day, 14, 28))
        doc.paragraphs = ["zur Bearbeitung Ihrer Umsatzsteuererklärung benötige ich noch folgende Unterlagen:",
                          "– Aufstellung der innergemeinschaftlichen Lieferungen\n– Kopien der Eingangsrechnungen über 5.000 €",
                          f"Bitte reichen Sie die Unterlagen bis zum {doc.d(due)} ein. Nach Ablauf der Frist entscheide ich nach Aktenlage."]
    elif kind == "advance":
        doc.subject = "Bescheid über Umsatzsteuer-Vorauszahlungen"
        q = [working_day(day + timedelta(days=x)) for x in (r.randint(12, 25),)]
        doc.deadline(q[0])
        doc.paragraphs = ["die Vorauszahlungen werden wie folgt festgesetzt.",
                          f"Die Nachzahlung von {_money(r, 300, 6000, 'de')[1]} ist bis zum {doc.d(q[0])} zu entrichten.",
                          "Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch gegeben. Er ist innerhalb eines Monats nach "
                          "Bekanntgabe schriftlich oder elektronisch beim Finanzamt einzulegen."]
        doc.tags.append("period-from-receipt-unlabelled")
    elif kind == "assessment":
        doc.subject = f"Bescheid für {day.year - 1} über Körperschaftsteuer und Solidaritätszuschlag"
        doc.paragraphs = [f"die Steuer wird auf {_money(r, 1000, 40000, 'de')[1]} festgesetzt. Die bereits geleisteten Vorauszahlungen werden angerechnet; "
                          "der Überschuss wird auf das bekannte Konto erstattet.",
                          "Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden. Die Frist für die Einlegung "
                          "des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem Ihnen dieser Bescheid bekannt gegeben worden ist."]
        doc.tags.append("period-from-receipt-unlabelled")
    elif kind == "return":
        doc.subject = f"Erinnerung an die Abgabe der Steuererklärungen {day.year - 1}"
        due = doc.deadline(ahead(r, day, 21, 35))
        doc.paragraphs = [f"nach meinen Unterlagen liegen die Erklärungen zur Gewerbesteuer für {day.year - 1} noch nicht vor.",
                          f"Ich bitte Sie, die Erklärungen bis zum {doc.d(due)} elektronisch zu übermitteln.",
                          "Wird die Frist nicht eingehalten, kann ein Verspätungszuschlag festgesetzt werden (§ 152 AO)."]
    else:
        doc.subject = "Energiesteuer – Anforderung der Anmeldung"
        due = doc.deadline(ahead(r, day, 14, 30))
        doc.paragraphs = ["für den Anmeldezeitraum des Vorjahres liegt uns noch keine Steueranmeldung vor.",
                          f"Bitte übermitteln Sie die Anmeldung bis {doc.d(due)}. Eine Prüfung vor Ort am "
                          f"{doc.d(working_day(due + timedelta(days=r.randint(20, 40))))} bleibt vorbehalten."]
        doc.tags.append("distractor-event-date")
    doc.salutation = "Sehr geehrte Damen und Herren,"


def legal_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    az = f"{r.randint(1, 30)} O {r.randint(10, 499)}/{day.year % 100}"
    k = doc.sender.kind
    doc.template = f"legal-de-{k}"
    doc.info = [("Aktenzeichen", az), ("Datum", doc.date_text)]
    if k == "court-mahn":
        doc.subject = "Mahnbescheid"
        doc.paragraphs = ["in dem Mahnverfahren wird Ihnen anliegend der Mahnbescheid zugestellt.",
                          "Sie können gegen den Anspruch insgesamt oder teilweise Widerspruch erheben. Der Widerspruch soll innerhalb von zwei "
                          "Wochen ab Zustellung dieses Bescheids beim Mahngericht eingehen.",
                          f"Hauptforderung: {_money(r, 500, 9000, 'de')[1]} aus Warenlieferung vom {doc.d(working_day(day - timedelta(days=r.randint(60, 120))))}."]
        doc.tags.append("period-from-receipt-unlabelled")
    elif k == "court":
        hearing = working_day(day + timedelta(days=r.randint(40, 80)))
        due = doc.deadline(ahead(r, day, 14, 28))
        doc.subject = f"Rechtsstreit Lindqvist Holzbau GmbH ./. Sie – Az. {az}"
        doc.paragraphs = [f"Termin zur mündlichen Verhandlung wird bestimmt auf {doc.d(hearing)}, 10:30 Uhr, Saal 214.",
                          f"Der beklagten Partei wird aufgegeben, auf die Klageschrift bis zum {doc.d(due)} schriftlich zu erwidern.",
                          "Verspätetes Vorbringen kann nach § 296 ZPO zurückgewiesen werden."]
        doc.tags.append("distractor-event-date")
    elif k == "bailiff":
        visit = working_day(day + timedelta(days=r.randint(10, 20)))
        doc.subject = f"Zwangsvollstreckungssache – DR II {r.randint(100, 999)}/{day.year % 100}"
        doc.paragraphs = [f"in der Zwangsvollstreckungssache der Inkasso Mittelweser GmbH gegen Sie werde ich am {doc.d(visit)} "
                          "zwischen 8 und 12 Uhr in Ihren Geschäftsräumen erscheinen.",
                          f"Sie können die Vollstreckung abwenden, indem Sie die Gesamtforderung von {_money(r, 400, 5000, 'de')[1]} "
                          f"bis zum {doc.d(doc.deadline(working_day(visit - timedelta(days=3))))} auf mein Dienstkonto überweisen."]
        doc.tags.append("distractor-appointment")
    else:
        due = doc.deadline(ahead(r, day, 7, 14))
        doc.subject = r.choice(("Abmahnung wegen unerlaubter Bildnutzung", "Kündigung des Gewerbemietvertrags – Aufforderung zur Räumung",
                                "Forderung unserer Mandantschaft – letzte außergerichtliche Aufforderung"))
        doc.paragraphs = ["wir zeigen an, dass wir die rechtlichen Interessen der Quellgrund Fotografie GmbH vertreten; eine auf uns "
                          "lautende Vollmacht liegt bei.",
                          f"Namens unserer Mandantin fordern wir Sie auf, bis zum {doc.d(due)} die beigefügte Erklärung unterzeichnet "
                          "zurückzusenden und die Kosten unserer Inanspruchnahme zu erstatten.",
                          "Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch zu nehmen."]
    doc.salutation = "Sehr geehrte Damen und Herren,"


def authority_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    k = doc.sender.kind
    doc.template = f"authority-de-{k}"
    doc.info = [("Geschäftszeichen", f"{r.choice('ABCDE')}{r.randint(10, 99)}-{r.randint(1000, 9999)}"), ("Datum", doc.date_text)]
    if k == "chamber":
        doc.subject = f"Beitragsbescheid {day.year}"
        due = doc.deadline(ahead(r, day, 20, 31))
        doc.paragraphs = [f"auf Grundlage der Beitragsordnung wird Ihr Beitrag für {day.year} auf {_money(r, 150, 900, 'de')[1]} festgesetzt.",
                          f"Der Beitrag ist fällig am {doc.d(due)}.",
                          f"Zu unserer Vollversammlung am {doc.d(working_day(day + timedelta(days=r.randint(30, 60))))} laden wir Sie herzlich ein."]
        doc.tags.append("distractor-event-date")
    elif k == "ordnung":
        doc.subject = "Anhörung im Bußgeldverfahren"
        due = doc.deadline(ahead(r, day, 10, 21))
        doc.paragraphs = ["Ihnen wird vorgeworfen, am Gewerbestandort ohne die erforderliche Erlaubnis Werbeträger aufgestellt zu haben.",
                          f"Sie haben Gelegenheit, sich bis zum {doc.d(due)} zu dem Vorwurf zu äußern."]
    elif k == "register":
        doc.subject = "Handelsregister – Anforderung fehlender Unterlagen"
        doc.paragraphs = ["zu Ihrer Anmeldung fehlt noch die Liste der Gesellschafter in der aktuellen Fassung.",
                          f"Bitte reichen Sie diese {_rel_de(doc, 'weeks', r.choice((2, 3, 4)))} über Ihren Notar ein; andernfalls "
                          "muss die Anmeldung zurückgewiesen werden."]
    elif k == "statistics":
        doc.subject = "Auskunftspflicht – Konjunkturerhebung im Dienstleistungsbereich"
        due = doc.deadline(ahead(r, day, 14, 30))
        doc.paragraphs = ["Ihr Unternehmen wurde für die Erhebung ausgewählt. Die Auskunftserteilung ist gesetzlich vorgeschrieben.",
                          f"Bitte melden Sie Ihre Angaben bis {doc.d(due)} online über unser Meldeportal."]
    elif k == "broadcast":
        doc.subject = "Festsetzungsbescheid Rundfunkbeitrag"
        due = doc.deadline(ahead(r, day, 14, 28))
        doc.paragraphs = [f"für die Betriebsstätte wurden rückständige Rundfunkbeiträge von {_money(r, 55, 330, 'de')[1]} zuzüglich eines Säumniszuschlags festgesetzt.",
                          f"Bitte überweisen Sie den Betrag bis zum {doc.d(due)}."]
    else:
        doc.subject = "Beitragsnachweis und Betriebsprüfung"
        doc.paragraphs = [f"für Ihre bei uns versicherten Beschäftigten fehlt der Beitragsnachweis für den Monat {day.month:02d}/{day.year}.",
                          f"Bitte übermitteln Sie ihn {_rel_de(doc, 'days', 10)}. Ohne Nachweis müssen wir die Beiträge schätzen."]
    doc.salutation = "Sehr geehrte Damen und Herren,"


def bank_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    kind = r.choice(("terms", "kyc", "card", "return"))
    doc.template = f"bank-de-{kind}"
    doc.info = [("Kontonummer", f"{r.randint(1000000, 9999999)}"), ("Datum", doc.date_text)]
    if kind == "terms":
        eff = working_day(plus := day + timedelta(days=r.randint(62, 80)))
        doc.subject = "Änderung unseres Preis- und Leistungsverzeichnisses"
        doc.paragraphs = [f"zum {doc.d(eff)} passen wir die Entgelte für Geschäftskonten an. Die Kontoführung kostet dann "
                          f"{_money(r, 9, 29, 'de')[1]} monatlich.",
                          f"Ihre Zustimmung gilt als erteilt, wenn Sie uns Ihre Ablehnung nicht bis zum {doc.d(doc.deadline(working_day(eff - timedelta(days=1))))} "
                          "angezeigt haben. Bis dahin können Sie den Vertrag auch fristlos und kostenfrei kündigen."]
        doc.tags.append("distractor-effective-date")
    elif kind == "kyc":
        due = doc.deadline(ahead(r, day, 14, 30))
        doc.subject = "Aktualisierung Ihrer Kundendaten nach dem Geldwäschegesetz"
        doc.paragraphs = ["wir sind gesetzlich verpflichtet, die Angaben zu den wirtschaftlich Berechtigten regelmäßig zu prüfen.",
                          f"Bitte senden Sie uns das beigefügte Formular bis zum {doc.d(due)} ausgefüllt zurück. Andernfalls müssen wir "
                          "die Geschäftsbeziehung einschränken."]
    elif kind == "card":
        valid = date(day.year + 3, r.randint(1, 12), 1)
        doc.subject = "Ihre neue Firmenkreditkarte"
        doc.paragraphs = [f"anbei erhalten Sie Ihre neue Karte. Sie ist gültig bis {valid.month:02d}/{valid.year % 100}.",
                          f"Die bisherige Karte verliert ihre Gültigkeit am {doc.d(working_day(day + timedelta(days=r.randint(20, 40))))}; "
                          "bitte vernichten Sie sie danach."]
        doc.tags.append("distractor-card-validity")
    else:
        doc.subject = "Rücklastschrift – Benachrichtigung"
        doc.paragraphs = [f"die Lastschrift der Stromkontor Havel GmbH über {_money(r, 40, 800, 'de')[1]} vom "
                          f"{doc.d(working_day(day - timedelta(days=3)))} konnte mangels Deckung nicht eingelöst werden.",
                          "Für die Benachrichtigung berechnen wir ein Entgelt gemäß Preisverzeichnis."]


def insurance_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    kind = r.choice(("premium", "claim", "adjust"))
    doc.template = f"insurance-de-{kind}"
    doc.info = [("Versicherungsschein", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"), ("Datum", doc.date_text)]
    if kind == "premium":
        doc.subject = "Beitragsrechnung Betriebshaftpflichtversicherung"
        start = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        if r.random() < 0.5:
            due = doc.deadline(ahead(r, day, 14, 28))
            doc.paragraphs = [f"für den Versicherungszeitraum ab {doc.d(start)} beträgt der Jahresbeitrag {_money(r, 300, 2400, 'de')[1]}.",
                              f"Bitte zahlen Sie den Beitrag bis zum {doc.d(due)}, damit der Versicherungsschutz bestehen bleibt."]
        else:
            doc.paragraphs = [f"für den Versicherungszeitraum ab {doc.d(start)} beträgt der Jahresbeitrag {_money(r, 300, 2400, 'de')[1]}.",
                              f"Wir buchen den Beitrag am {doc.d(working_day(day + timedelta(days=14)))} von Ihrem Konto ab."]
            doc.tags.append("distractor-debit-date")
    elif kind == "claim":
        doc.subject = f"Schadenfall vom {doc.d(working_day(day - timedelta(days=r.randint(10, 40))))} – Wasserschaden Büro"
        doc.paragraphs = ["vielen Dank für Ihre Schadenmeldung. Für die weitere Bearbeitung benötigen wir Fotos und einen Kostenvoranschlag.",
                          f"Bitte reichen Sie die Unterlagen {_rel_de(doc, 'weeks', 3, 'ab dem Datum dieses Schreibens')} ein."]
    else:
        doc.subject = "Beitragsanpassung zum Jahreswechsel"
        doc.paragraphs = [f"aufgrund gestiegener Schadenaufwendungen erhöht sich Ihr Beitrag zum {doc.d(date(day.year + 1, 1, 1))}.",
                          f"Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung kündigen."]
        doc.tags.append("period-from-receipt-unlabelled")


def contract_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    kind = r.choice(("price", "confirm", "offer", "term"))
    doc.template = f"contract-de-{kind}"
    doc.info = [("Vertragsnummer", f"V-{r.randint(100000, 999999)}"), ("Datum", doc.date_text)]
    if kind == "price":
        eff = date(day.year + (day.month >= 11), (day.month + 1) % 12 + 1, 1)
        doc.subject = "Information über die Anpassung Ihrer Preise"
        doc.paragraphs = [f"zum {doc.d(eff)} ändern sich die Preise Ihres Vertrags. Der Grundpreis steigt auf {_money(r, 8, 30, 'de')[1]} im Monat.",
                          f"Sie haben ein Sonderkündigungsrecht. Ihre Kündigung muss uns bis zum {doc.d(doc.deadline(working_day(eff - timedelta(days=r.choice((1, 8, 15))))))} vorliegen."]
        doc.tags.append("distractor-effective-date")
    elif kind == "confirm":
        doc.subject = "Auftragsbestätigung"
        doc.paragraphs = [f"wir bestätigen Ihren Auftrag vom {doc.d(working_day(day - timedelta(days=r.randint(2, 9))))} über die Lieferung "
                          "eines Multifunktionssystems inklusive Servicevertrag.",
                          f"Die Lieferung erfolgt voraussichtlich am {doc.d(working_day(day + timedelta(days=r.randint(7, 20))))}."]
        doc.tags.append("distractor-event-date")
    elif kind == "offer":
        doc.subject = "Ihr Angebot für einen Arbeitsplatz im Coworking"
        doc.paragraphs = ["gern bieten wir Ihnen einen festen Schreibtisch in unserem Haus an.",
                          f"Dieses Angebot ist gültig bis {doc.d(working_day(day + timedelta(days=r.randint(14, 30))))}. Die Mindestlaufzeit beträgt drei Monate."]
        doc.tags.append("distractor-offer-end")
    else:
        end = date(day.year, 12, 31) if day.month < 10 else date(day.year + 1, 6, 30)
        doc.subject = "Bestätigung Ihrer Kündigung"
        doc.paragraphs = [f"hiermit bestätigen wir die Kündigung Ihres Vertrags zum {doc.d(end)}.",
                          "Bis dahin stehen Ihnen alle Leistungen unverändert zur Verfügung."]
        doc.tags.append("distractor-contract-end")


def advertising_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "advertising-de"
    ev = working_day(day + timedelta(days=r.randint(20, 70)))
    end = day + timedelta(days=r.randint(10, 30))
    doc.info = [("Datum", doc.date_text)]
    doc.subject = r.choice(("Jetzt Frühbucherrabatt sichern: Fachkongress Digitale Verwaltung", "Ihr Eintrag im Branchenverzeichnis",
                            "Ergonomie-Wochen: 25 % auf alle Bürostühle", "Firmenwagen-Leasing ab 199 € netto"))
    doc.paragraphs = [f"am {doc.d(ev)} erwartet Sie ein Tag voller Praxiswissen, Vorträge und Austausch." if "Kongress" in doc.subject
                      else "wir haben ein Angebot, das Ihr Büro spürbar voranbringt.",
                      f"Die Aktion läuft nur bis {doc.d(end)} – sichern Sie sich jetzt Ihren Vorteil.",
                      "Sie möchten keine Werbung mehr von uns erhalten? Eine kurze Nachricht genügt."]
    doc.tags += ["distractor-promotion-end", "distractor-event-date"]


def other_de(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    k = doc.sender.kind
    doc.template = f"other-de-{k}"
    doc.info = [("Datum", doc.date_text)]
    if k == "charity":
        doc.subject = "Ein Licht für die Kinder – unsere Winteraktion"
        doc.paragraphs = ["seit zwölf Jahren begleiten wir Familien in schwerer Zeit.",
                          f"Mit einer Spende bis {doc.d(day + timedelta(days=30))} helfen Sie, unser Spielzimmer neu einzurichten."]
    elif k == "network":
        doc.subject = "Einladung zum Sommerempfang"
        doc.paragraphs = [f"herzlich laden wir Sie zu unserem Sommerempfang am {doc.d(working_day(day + timedelta(days=r.randint(20, 50))))} ein.",
                          "Wir freuen uns auf anregende Gespräche."]
        doc.tags.append("distractor-event-date")
    elif k == "private":
        doc.subject = "Bewerbung als Bürokaufmann"
        doc.paragraphs = ["mit großem Interesse habe ich Ihre Anzeige gelesen und bewerbe mich hiermit um die Stelle.",
                          f"Ab dem {doc.d(date(day.year + (day.month > 9), (day.month + 2) % 12 + 1, 1))} stehe ich zur Verfügung."]
    else:
        doc.subject = f"Lieferschein Nr. {_no(r, 'LS-')}"
        doc.paragraphs = [f"wir liefern Ihnen heute wie vereinbart 12 Kartons Kopierpapier A4 (Ihre Bestellung vom {doc.d(working_day(day - timedelta(days=4)))}).",
                          "Bitte prüfen Sie die Ware bei Anlieferung auf Vollständigkeit."]


# ---------------------------------------------------------------- English
def invoice_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    no = _no(r, "INV-")
    doc.template = "invoice-en"
    doc.subject = f"Invoice {no}"
    doc.info = [("Invoice no.", no), ("Date", doc.date_text), ("Customer ref.", f"C{r.randint(1000, 9999)}"),
                ("Tax point", doc.d(working_day(day - timedelta(days=r.randint(2, 14)))))]
    doc.table = [["#", "Description", "Qty", "", "Amount"]] + [[str(i), it, str(r.randint(1, 5)), "", f"{r.uniform(40, 900):.2f}"]
                                                              for i, it in enumerate(r.sample(["Certified translation", "Proofreading", "Cloud server M", "Backup storage", "Support hours"], 2), 1)]
    doc.paragraphs = ["Thank you for your business. Please find our charges below."]
    if r.random() < 0.5:
        due = doc.deadline(ahead(r, day, 14, 30))
        doc.paragraphs.append(f"Payment is due by {doc.d(due)}. Please quote the invoice number with your transfer to IBAN {iban(r, country(doc.sender))}. "
                              "Reverse charge: VAT to be accounted for by the recipient.")
    else:
        doc.paragraphs.append(f"Terms: payment {_rel_en(doc, 'days', r.choice((14, 30)), 'of the invoice date')}. Reverse charge applies.")


def reminder_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    inv = working_day(day - timedelta(days=r.randint(30, 70)))
    doc.template = "reminder-en"
    doc.subject = r.choice(("Overdue account – final reminder", "Payment reminder", "Statement of overdue items"))
    doc.info = [("Account", f"A-{r.randint(1000, 9999)}"), ("Date", doc.date_text)]
    due = doc.deadline(ahead(r, day, 7, 14))
    doc.paragraphs = [f"Our records show that invoice {_no(r, 'BW-')} dated {doc.d(inv)} for {_money(r, 90, 3000, 'en')[1]} remains unpaid.",
                      f"Please arrange payment by {doc.d(due)}. If payment has already been made, please disregard this letter."]


def legal_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "legal-en"
    doc.subject = "Letter before action – unpaid licence fees"
    doc.info = [("Our ref.", f"EB/{r.randint(1000, 9999)}"), ("Date", doc.date_text)]
    due = doc.deadline(ahead(r, day, 14, 21))
    doc.paragraphs = ["We act for Westmarch Photo Archive Ltd in connection with the use of its images on your website.",
                      f"Unless we receive payment of {_money(r, 800, 6000, 'en')[1]} or a substantive response by {doc.d(due)}, "
                      "our client intends to issue proceedings without further notice."]
    doc.salutation = "Dear Sirs,"


def bank_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "bank-en"
    doc.info = [("Account", f"{r.randint(10000000, 99999999)}"), ("Date", doc.date_text)]
    if r.random() < 0.5:
        eff = working_day(day + timedelta(days=r.randint(62, 75)))
        doc.subject = "Changes to your business account terms"
        doc.paragraphs = [f"We are updating our General Terms with effect from {doc.d(eff)}.",
                          f"If you do not agree, you may object or close your account free of charge before {doc.d(doc.deadline(working_day(eff - timedelta(days=1))))}."]
        doc.tags.append("distractor-effective-date")
    else:
        due = doc.deadline(ahead(r, day, 14, 30))
        doc.subject = "Action required: verify your business details"
        doc.paragraphs = ["As a regulated institution we must keep your company information up to date.",
                          f"Please upload a current register extract and proof of address by {doc.d(due)}, otherwise outgoing payments may be restricted."]


def insurance_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "insurance-en"
    doc.info = [("Policy", f"HL-{r.randint(100000, 999999)}"), ("Date", doc.date_text)]
    renew = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    doc.subject = "Your policy renewal"
    doc.paragraphs = [f"Your professional indemnity policy renews on {doc.d(renew)}. The annual premium is {_money(r, 400, 3000, 'en')[1]}."]
    if r.random() < 0.5:
        due = doc.deadline(ahead(r, day, 10, 25))
        doc.paragraphs.append(f"Please pay the premium by {doc.d(due)} to keep your cover in force.")
    else:
        doc.paragraphs.append(f"The premium will be collected by direct debit on {doc.d(working_day(renew + timedelta(days=3)))}.")
        doc.tags.append("distractor-debit-date")


def contract_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "contract-en"
    doc.info = [("Contract", f"TW-{r.randint(10000, 99999)}"), ("Date", doc.date_text)]
    end = date(day.year + 1, day.month, 1) - timedelta(days=1)
    doc.subject = "Your subscription – price change and renewal"
    cancel = doc.deadline(working_day(day + timedelta(days=r.randint(25, 40))))
    doc.paragraphs = [f"Your current term ends on {doc.d(end)} and renews automatically for twelve months at the new list price.",
                      f"If you do not wish to renew, you must cancel in writing no later than {doc.d(cancel)}."]
    doc.tags.append("distractor-contract-end")


def advertising_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "advertising-en"
    doc.info = [("Date", doc.date_text)]
    doc.subject = "Exhibit at the European Workspace Summit"
    doc.paragraphs = [f"Join 3,000 decision makers on {doc.d(working_day(day + timedelta(days=r.randint(40, 90))))} in Amsterdam.",
                      f"Early-bird stand prices end on {doc.d(day + timedelta(days=r.randint(10, 25)))}. Book today!"]
    doc.tags += ["distractor-promotion-end", "distractor-event-date"]


def other_en(doc: Doc) -> None:
    r, day = doc.rng, doc.day
    doc.template = "other-en"
    doc.info = [("Date", doc.date_text)]
    doc.subject = "Oakridge Partners – quarterly newsletter"
    doc.paragraphs = ["In this issue: our new Berlin desk, a look at e-invoicing rules, and a profile of our logistics practice.",
                      f"Our next open evening takes place on {doc.d(working_day(day + timedelta(days=r.randint(15, 45))))}."]
    doc.tags.append("distractor-event-date")


WRITERS = {"de": {"invoice": invoice_de, "reminder": reminder_de, "tax": tax_de, "legal": legal_de, "authority": authority_de,
                  "bank": bank_de, "insurance": insurance_de, "contract": contract_de, "advertising": advertising_de, "other": other_de},
           "en": {"invoice": invoice_en, "reminder": reminder_en, "legal": legal_en, "bank": bank_en, "insurance": insurance_en,
                  "contract": contract_en, "advertising": advertising_en, "other": other_en}}
