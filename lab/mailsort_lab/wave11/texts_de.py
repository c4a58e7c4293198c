"""Wave 11's German letters. Each template fills a Doc: category, subject, references, text blocks and
the deadlines the text sets (printed dates as printed, periods counted from the letter date)."""

from __future__ import annotations

import random
from datetime import timedelta

from mailsort_lab.wave11 import cal
from mailsort_lab.wave11.doc import Doc, money

R = random.Random


def _stnr(r: R) -> str:
    return f"{r.randint(11, 37)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}"


def _num(r: R, prefix: str = "", n: int = 7) -> str:
    return prefix + "".join(str(r.randint(0, 9)) for _ in range(n))


def _quarter(d) -> tuple[str, int]:
    q = (d.month - 1) // 3
    return ("I.", "II.", "III.", "IV.")[q], d.year


# ------------------------------------------------------------------ tax
def fa_ust_vz(d: Doc, r: R) -> None:
    d.category = "tax"
    month = cal.add_months(d.day, -2)
    d.subject = f"Festsetzung der Umsatzsteuer-Vorauszahlung für {cal.labdates.MONTHS_DE[month.month - 1]} {month.year}"
    d.refs = [("Steuernummer", _stnr(r)), ("Bearbeiter/in", "Sachgebiet 21"), ("Zimmer", str(r.randint(100, 450)))]
    amount = r.uniform(300, 9000)
    pay = cal.printed(d.day, r, 8, 20)
    d.form = True
    d.p("Die Umsatzsteuer-Vorauszahlung wird abweichend von Ihrer Anmeldung festgesetzt. Die Abweichung beruht "
        "auf der Nichtberücksichtigung von Vorsteuerbeträgen aus Rechnungen ohne gesonderten Steuerausweis.")
    d.table(["", "Betrag"], [["Umsatzsteuer-Vorauszahlung lt. Anmeldung", money(amount * 0.8, "de")],
                             ["festgesetzt", money(amount, "de")], ["noch zu zahlen", money(amount * 0.2, "de")]])
    d.p(f"Der Unterschiedsbetrag ist bis zum {d.f(d.due(pay))} an die Finanzkasse zu entrichten. "
        "Bei Zahlung durch Überweisung geben Sie bitte die Steuernummer an.")
    if r.random() < 0.6:
        d.p("Rechtsbehelfsbelehrung: Diese Festsetzung kann mit dem Einspruch angefochten werden. Der Einspruch ist "
            "beim oben bezeichneten Finanzamt schriftlich einzureichen oder zur Niederschrift zu erklären. "
            "Die Frist für die Einlegung des Einspruchs beträgt einen Monat. Sie beginnt mit Ablauf des Tages, an dem "
            "Ihnen dieser Bescheid bekannt gegeben worden ist.")
        d.within(1, "months")
        d.tags.append("deadline-objection")


def fa_unterlagen(d: Doc, r: R) -> None:
    d.category = "tax"
    year = d.day.year - r.choice((1, 2))
    d.subject = f"Körperschaftsteuer {year} – Anforderung von Unterlagen"
    ihr = cal.before(d.day, r, 10, 40)
    d.refs = [("Steuernummer", _stnr(r)), ("Ihr Schreiben vom", d.f(ihr)), ("Durchwahl", f"-{r.randint(200, 499)}")]
    d.tags.append("distractor-your-letter")
    back = cal.printed(d.day, r, 14, 30)
    d.p(f"für die Bearbeitung Ihrer Steuererklärung {year} benötige ich noch folgende Unterlagen:")
    d.box("Bitte reichen Sie ein:", ["– Darlehensverträge mit Gesellschaftern einschließlich Zinsberechnung",
                                     "– Aufstellung der Reisekosten (Inland/Ausland)",
                                     "– Nachweis über die Zahlung der Geschäftsführervergütung"])
    d.p(f"Bitte senden Sie mir die Unterlagen bis zum {d.f(d.due(back))}. Geht bis dahin nichts ein, werden die "
        "Besteuerungsgrundlagen nach § 162 AO geschätzt.")


def fa_pruefung(d: Doc, r: R) -> None:
    d.category = "tax"
    d.subject = "Prüfungsanordnung gemäß § 196 Abgabenordnung"
    start = cal.printed(d.day, r, 28, 50)
    d.refs = [("Steuernummer", _stnr(r)), ("Prüfer/in", r.choice(("Herr Dannenberg", "Frau Oltrogge"))),
              ("Auftragsnummer", _num(r, "BP ", 6))]
    y = d.day.year
    d.p(f"Aufgrund von § 193 Abs. 1 AO ordne ich eine Außenprüfung an. Sie erstreckt sich auf die Umsatzsteuer, "
        f"Körperschaftsteuer und Gewerbesteuer der Jahre {y - 4} bis {y - 2}.")
    d.p(f"Die Prüfung soll am {d.f(start)} um 9:00 Uhr in Ihren Geschäftsräumen beginnen. Bitte halten Sie die "
        "Buchhaltungsdaten im GoBD-konformen Format bereit.")
    d.tags.append("distractor-event")
    if r.random() < 0.6:
        ans = cal.printed(d.day, r, 10, 20)
        if ans < start:
            d.p(f"Benennen Sie mir bitte bis zum {d.f(d.due(ans))} eine Auskunftsperson und teilen Sie mit, ob der "
                "Prüfungsbeginn wahrgenommen werden kann.")


def fa_mahnung(d: Doc, r: R) -> None:
    d.category = "tax"
    d.subject = "Mahnung – rückständige Steuerbeträge"
    d.refs = [("Steuernummer", _stnr(r)), ("Kassenzeichen", _num(r, "", 11))]
    due0 = cal.before(d.day, r, 12, 30)
    amt = r.uniform(200, 6000)
    d.form = True
    d.table(["Steuerart", "Zeitraum", "fällig am", "Betrag", "Säumniszuschlag"],
            [["Umsatzsteuer", f"{cal.labdates.MONTHS_DE[due0.month - 2]}", d.f(due0), money(amt, "de", 1),
              money(round(amt / 50) * 0.5, "de", 1)]])
    d.tags.append("distractor-prior-due")
    pay = cal.printed(d.day, r, 7, 10)
    d.p(f"Bitte zahlen Sie den Gesamtbetrag spätestens bis {d.f(d.due(pay))}. Andernfalls muss ich die Beträge "
        "zwangsweise einziehen (Vollstreckung). Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben als gegenstandslos.")


def bzst_ustid(d: Doc, r: R) -> None:
    d.category = "tax"
    d.subject = "Vergütung von Vorsteuerbeträgen im besonderen Verfahren – Rückfragen"
    d.refs = [("Aktenzeichen", _num(r, "St II 3 - V ", 5)), ("Antragsnummer", _num(r, "DE", 9))]
    d.p("zu Ihrem Antrag auf Vergütung von Vorsteuerbeträgen aus dem Mitgliedstaat Niederlande liegen Rückfragen der "
        "ausländischen Behörde vor. Die Fragen sind im BZStOnline-Portal hinterlegt.")
    d.p(f"Beantworten Sie die Rückfragen bitte innerhalb eines Monats ab dem Datum dieses Schreibens. Ohne Antwort "
        "kann der Antrag abgelehnt werden.")
    d.within(1, "months")


def hza_kfz(d: Doc, r: R) -> None:
    d.category = "tax"
    d.subject = "Bescheid über Kraftfahrzeugsteuer"
    plate = f"B-{r.choice('KMLPRT')}{r.choice('AEHNSX')} {r.randint(100, 9999)}"
    d.refs = [("Kennzeichen", plate), ("Steuernummer", _num(r, "1133", 8))]
    first = cal.printed(d.day, r, 20, 40)
    d.form = True
    d.p(f"Für das Fahrzeug mit dem amtlichen Kennzeichen {plate} wird die Kraftfahrzeugsteuer ab dem "
        f"{d.f(cal.before(d.day, r, 10, 20))} auf {money(r.uniform(180, 640), 'de')} jährlich festgesetzt.")
    d.tags.append("distractor-period")
    if r.random() < 0.5:
        d.p(f"Die Steuer wird per SEPA-Lastschrift am {d.f(first)} von Ihrem Konto eingezogen.")
        d.tags.append("distractor-debit")
    else:
        d.p(f"Die Steuer für den ersten Entrichtungszeitraum ist am {d.f(d.due(first))} fällig.")


# ------------------------------------------------------------------ legal
def mahnbescheid(d: Doc, r: R) -> None:
    d.category = "legal"
    d.subject = "Mahnbescheid"
    d.refs = [("Geschäftszeichen", f"{d.day:%y}-{_num(r, '', 7)}-0-{r.randint(0, 9)}"),
              ("Antragsteller", r.choice(("Lagerhaus Ostpier GmbH", "Baustoffe Rehfeldt KG", "Medienagentur Fliederhof UG")))]
    d.form = True
    amt = r.uniform(900, 24000)
    inv = cal.before(d.day, r, 60, 150)
    d.box("Hauptforderung", [f"Rechnung Nr. {_num(r, 'R', 5)} vom {d.f(inv)}", money(amt, "de"),
                             "nebst Zinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz"])
    d.tags.append("distractor-prior-invoice")
    d.p("Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht. Sie können gegen den Anspruch "
        "insgesamt oder zum Teil Widerspruch erheben. Der Widerspruch ist binnen zwei Wochen nach Zustellung dieses "
        "Bescheids einzulegen; verwenden Sie hierzu möglichst den beigefügten Vordruck.")
    d.within(2, "weeks")
    d.p("Wird kein Widerspruch erhoben, kann der Antragsteller einen Vollstreckungsbescheid beantragen.")


def ladung(d: Doc, r: R) -> None:
    d.category = "legal"
    term = cal.printed(d.day, r, 25, 60)
    d.subject = "Ladung zum Termin zur mündlichen Verhandlung"
    d.refs = [("Aktenzeichen", f"{r.randint(3, 25)} C {r.randint(100, 999)}/{d.day:%y}"),
              ("In dem Rechtsstreit", r.choice(("Pfeilring Metall GmbH ./. Sie", "Sie ./. Vogelsang Catering KG")))]
    d.p(f"In dem oben bezeichneten Rechtsstreit werden Sie zum Termin am {d.f(d.due(term))}, 10:30 Uhr, Saal 1/213, "
        "geladen. Das persönliche Erscheinen des Geschäftsführers wird angeordnet.")
    if r.random() < 0.6:
        d.p("Sie erhalten Gelegenheit, zu dem Schriftsatz der Gegenseite binnen drei Wochen Stellung zu nehmen.")
        d.within(3, "weeks")
    d.p("Bleibt eine Partei im Termin aus, kann auf Antrag ein Versäumnisurteil ergehen.")


def klage(d: Doc, r: R) -> None:
    d.category = "legal"
    d.subject = "Zustellung einer Klage – Anordnung des schriftlichen Vorverfahrens"
    d.refs = [("Aktenzeichen", f"{r.randint(2, 39)} O {r.randint(10, 420)}/{d.day:%y}")]
    d.p("in dem Rechtsstreit wird Ihnen die Klageschrift nebst Anlagen zugestellt. Das Gericht hat das schriftliche "
        "Verfahren angeordnet.")
    d.p("Sie werden aufgefordert, dem Gericht binnen einer Notfrist von zwei Wochen ab Zustellung anzuzeigen, ob Sie "
        "sich gegen die Klage verteidigen wollen. Die Anzeige kann nur durch einen Rechtsanwalt erfolgen. Innerhalb "
        "weiterer zwei Wochen ist auf die Klage zu erwidern.")
    d.within(2, "weeks")
    d.within(4, "weeks")


def abmahnung(d: Doc, r: R) -> None:
    d.category = "legal"
    client = r.choice(("der Fotografin Leonie Strathmann", "der Brunnfeld Design GmbH", "des Herrn Mattis Uhlenbrock"))
    d.subject = "Abmahnung wegen Urheberrechtsverletzung – Unterlassung und Schadensersatz"
    d.refs = [("Unser Zeichen", f"{r.randint(100, 999)}/{d.day:%y} SO/kt")]
    seen = cal.before(d.day, r, 5, 25)
    d.p(f"wir zeigen an, dass wir die Interessen {client} vertreten. Auf Ihrer Website war am {d.f(seen)} ein "
        "Lichtbild unserer Mandantschaft ohne Lizenz und ohne Urhebernennung abrufbar.")
    d.tags.append("distractor-event")
    a = cal.printed(d.day, r, 8, 12)
    b = cal.printed(a, r, 7, 14)
    d.p(f"Wir fordern Sie auf, bis zum {d.f(d.due(a))} die beigefügte strafbewehrte Unterlassungserklärung "
        f"unterzeichnet an uns zurückzusenden und den Schadensersatz von {money(r.uniform(600, 2500), 'de')} "
        f"sowie unsere Kosten bis zum {d.f(d.due(b))} auf unser Anderkonto zu überweisen.")
    d.p("Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantschaft empfehlen, gerichtliche Hilfe in "
        "Anspruch zu nehmen.")


def anwalt_miete(d: Doc, r: R) -> None:
    d.category = "legal"
    d.subject = "Gewerbemietverhältnis – Zahlungsaufforderung und Androhung der Kündigung"
    d.refs = [("Az.", f"{r.randint(10, 99)}/{d.day:%y}-M"), ("Mandant", "Hausverwaltung Grunewald & Söhne GmbH")]
    months = r.sample(cal.labdates.MONTHS_DE[:d.day.month] or cal.labdates.MONTHS_DE[:2], k=min(2, d.day.month))
    d.p(f"namens und in Vollmacht unserer Mandantin machen wir rückständige Miete für {' und '.join(months)} in Höhe "
        f"von insgesamt {money(r.uniform(2400, 9800), 'de')} geltend.")
    d.p("Wir fordern Sie auf, den Betrag innerhalb von 10 Tagen nach Zugang dieses Schreibens auszugleichen. Nach "
        "fruchtlosem Fristablauf wird unsere Mandantin das Mietverhältnis fristlos kündigen.")
    d.within(10, "days")


def gerichtsvollzieher(d: Doc, r: R) -> None:
    d.category = "legal"
    term = cal.printed(d.day, r, 14, 30)
    d.subject = "Ladung zur Abgabe der Vermögensauskunft (§ 802f ZPO)"
    d.refs = [("DR II", f"{r.randint(100, 2999)}/{d.day:%y}"), ("Gläubiger", "Kollwitz Inkasso GmbH")]
    d.p(f"in der Zwangsvollstreckungssache setze ich Ihnen zur Begleichung der Forderung von "
        f"{money(r.uniform(700, 5200), 'de')} eine Frist von zwei Wochen.")
    d.within(2, "weeks")
    d.p(f"Wird die Forderung nicht beglichen, werden Sie hiermit zum Termin am {d.f(d.due(term))} um 8:45 Uhr in "
        "mein Geschäftszimmer geladen, um die Vermögensauskunft abzugeben.")


def insolvenz(d: Doc, r: R) -> None:
    d.category = "legal"
    debtor = r.choice(("Glasbau Tessendorf GmbH", "Mobilfunk-Shop Kaan UG (haftungsbeschränkt)", "Textilhandel Ohmstedt KG"))
    opened = cal.before(d.day, r, 3, 12)
    last = cal.printed(d.day, r, 30, 55)
    d.subject = f"Insolvenzverfahren über das Vermögen der {debtor}"
    d.refs = [("Aktenzeichen", f"36{r.choice('abcdefg')} IN {r.randint(100, 9999)}/{d.day:%y}")]
    d.p(f"das Amtsgericht Charlottenburg hat am {d.f(opened)} das Insolvenzverfahren eröffnet und mich zum "
        "Insolvenzverwalter bestellt. Sie sind nach den Unterlagen der Schuldnerin Gläubiger.")
    d.tags.append("distractor-event")
    d.p(f"Melden Sie Ihre Forderungen bitte bis zum {d.f(d.due(last))} schriftlich unter Beifügung von Belegen bei "
        "mir an. Der Berichtstermin findet am " + d.f(cal.printed(last, r, 10, 20)) + " statt.")


# ------------------------------------------------------------------ authority
def kk_beitrag(d: Doc, r: R) -> None:
    d.category = "authority"
    d.subject = "Rückstand Gesamtsozialversicherungsbeiträge – Säumniszuschläge"
    d.refs = [("Betriebsnummer", _num(r, "", 8)), ("Ansprechpartner", "Arbeitgeberservice")]
    m = cal.add_months(d.day, -1)
    d.p(f"für den Monat {cal.labdates.MONTHS_DE[m.month - 1]} {m.year} sind die Beiträge nicht vollständig bei uns "
        "eingegangen. Nach § 24 SGB IV sind Säumniszuschläge zu erheben.")
    d.table(["Monat", "Soll", "Ist", "Säumniszuschlag"],
            [[f"{m:%m/%Y}", money(r.uniform(2000, 9000), 'de'), money(r.uniform(500, 1900), 'de'), money(r.uniform(20, 90), 'de')]])
    pay = cal.printed(d.day, r, 7, 14)
    d.p(f"Bitte überweisen Sie den offenen Betrag bis {d.f(d.due(pay))}. Der nächste Beitragsnachweis ist wie "
        "gewohnt zwei Arbeitstage vor Fälligkeit zu übermitteln.")


def kk_mitglied(d: Doc, r: R) -> None:
    d.category = "authority"
    emp = r.choice(("Lina Wessendorf", "Tarek Hamdan", "Jörg Pieczonka", "Mareike Thiel"))
    born = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(1962, 2003)}"
    d.subject = f"Mitgliedschaft Ihrer Beschäftigten {emp}, geb. {born}"
    d.refs = [("Versichertennummer", f"{r.choice('ABHMT')}{_num(r, '', 9)}"), ("Betriebsnummer", _num(r, "", 8))]
    d.tags.append("distractor-birthday")
    d.p(f"für die oben genannte Beschäftigte liegt uns eine Anmeldung vor, jedoch fehlen Angaben zur "
        "Tätigkeit und zum Personengruppenschlüssel.")
    d.p("Bitte senden Sie uns den beigefügten Fragebogen innerhalb von drei Wochen ausgefüllt zurück.")
    d.within(3, "weeks")


def bg_lohnnachweis(d: Doc, r: R) -> None:
    d.category = "authority"
    y = d.day.year
    d.subject = f"Beitragsbescheid für das Umlagejahr {y - 1}"
    d.refs = [("Mitgliedsnummer", _num(r, "", 9)), ("Unternehmensnummer", _num(r, "", 12))]
    d.form = True
    amt = r.uniform(180, 4200)
    d.table(["Gefahrtarifstelle", "Entgelt", "Gefahrklasse", "Beitrag"],
            [["Büro/Verwaltung", money(r.uniform(90000, 900000), 'de'), "0,62", money(amt * 0.9, 'de')],
             ["Insolvenzgeldumlage", "", "", money(amt * 0.1, 'de')]])
    pay = cal.printed(d.day, r, 12, 20)
    d.p(f"Der Beitrag ist am {d.f(d.due(pay))} fällig. Gegen diesen Bescheid kann innerhalb eines Monats nach "
        "Bekanntgabe Widerspruch erhoben werden.")
    d.within(1, "months")
    d.tags.append("deadline-objection")


def ihk(d: Doc, r: R) -> None:
    d.category = "authority"
    y = d.day.year
    d.subject = f"Beitragsbescheid {y} (Grundbeitrag und Umlage)"
    d.refs = [("IHK-Mitgliedsnummer", _num(r, "", 10)), ("Bemessungsjahr", str(y - 3))]
    d.form = True
    amt = r.uniform(150, 900)
    d.table(["Position", "Bemessung", "Betrag"],
            [["Grundbeitrag", "Gewerbeertrag", money(amt, 'de')], ["Umlage (0,13 %)", "Gewerbeertrag", money(amt / 3, 'de')]])
    if r.random() < 0.5:
        d.p("Der Beitrag ist einen Monat nach Bekanntgabe dieses Bescheids zur Zahlung fällig.")
        d.within(1, "months")
    else:
        debit = cal.printed(d.day, r, 14, 30)
        d.p(f"Der Beitrag wird zum {d.f(debit)} per Lastschrift von Ihrem Konto abgebucht.")
        d.tags.append("distractor-debit")


def rundfunk(d: Doc, r: R) -> None:
    d.category = "authority"
    d.subject = "Festsetzungsbescheid Rundfunkbeitrag für Betriebsstätten"
    d.refs = [("Beitragsnummer", f"{_num(r, '', 3)} {_num(r, '', 3)} {_num(r, '', 3)}")]
    a = cal.add_months(d.day, -6).replace(day=1)
    b = cal.add_months(a, 3) - timedelta(days=1)
    d.form = True
    d.p(f"für den Zeitraum {d.f(a)} bis {d.f(b)} werden rückständige Rundfunkbeiträge in Höhe von "
        f"{money(r.choice((55.08, 110.16, 165.24)), 'de')} zuzüglich eines Säumniszuschlags von 8,00 € festgesetzt.")
    d.tags.append("distractor-period")
    d.p("Bitte überweisen Sie den Betrag innerhalb von zwei Wochen. Gegen diesen Bescheid kann innerhalb eines "
        "Monats nach Bekanntgabe Widerspruch erhoben werden.")
    d.within(2, "weeks")
    d.within(1, "months")


def register(d: Doc, r: R) -> None:
    d.category = "authority"
    d.subject = "Handelsregistersache – Zwischenverfügung"
    d.refs = [("Registernummer", f"HRB {r.randint(10000, 259999)} B"), ("Ihre Anmeldung vom", d.f(cal.before(d.day, r, 7, 30)))]
    d.tags.append("distractor-your-letter")
    d.p("Der Eintragung der angemeldeten Änderung des Unternehmensgegenstands steht ein Hindernis entgegen: Der "
        "Gesellschafterbeschluss liegt nicht in notariell beurkundeter Form vor.")
    back = cal.printed(d.day, r, 21, 35)
    d.p(f"Zur Behebung des Hindernisses wird eine Frist bis zum {d.f(d.due(back))} gesetzt. Nach Ablauf der Frist "
        "wird die Anmeldung zurückgewiesen.")


def statistik(d: Doc, r: R) -> None:
    d.category = "authority"
    y = d.day.year
    d.subject = f"Auskunftspflicht – Strukturerhebung im Dienstleistungsbereich {y - 1}"
    d.refs = [("Meldernummer", _num(r, "", 11)), ("Kennung", _num(r, "SDL-", 6))]
    back = cal.printed(d.day, r, 21, 40)
    d.p("Ihr Unternehmen wurde für die oben genannte Erhebung ausgewählt. Die Auskunftserteilung ist nach "
        "§ 15 BStatG verpflichtend.")
    d.p(f"Bitte melden Sie Ihre Angaben online über IDEV bis zum {d.f(d.due(back))}.")


def drv_pruefung(d: Doc, r: R) -> None:
    d.category = "authority"
    start = cal.printed(d.day, r, 20, 40)
    d.subject = "Ankündigung einer Betriebsprüfung nach § 28p SGB IV"
    d.refs = [("Betriebsnummer", _num(r, "", 8)), ("Prüfzeitraum", f"01.01.{d.day.year - 4} – 31.12.{d.day.year - 1}")]
    d.tags.append("distractor-period")
    d.p(f"wir kündigen die turnusmäßige Prüfung für den oben genannten Zeitraum an. Sie beginnt am {d.f(start)}.")
    d.tags.append("distractor-event")
    d.p("Bitte übermitteln Sie die Daten der Entgeltabrechnung elektronisch (euBP) spätestens zwei Wochen nach "
        "Erhalt dieses Schreibens.")
    d.within(2, "weeks")


def ordnungsamt(d: Doc, r: R) -> None:
    d.category = "authority"
    seen = cal.before(d.day, r, 5, 20)
    d.subject = "Anhörung im Verwarnungsgeldverfahren – Sondernutzung öffentlichen Straßenlands"
    d.refs = [("Geschäftszeichen", f"OA {r.randint(1, 9)} - {_num(r, '', 6)}"), ("Tattag", d.f(seen))]
    d.tags.append("distractor-event")
    d.p("Ihnen wird vorgeworfen, öffentliches Straßenland ohne Erlaubnis durch Werbeaufsteller genutzt zu haben.")
    d.p("Sie haben Gelegenheit, sich innerhalb einer Woche nach Zugang dieses Schreibens zu äußern. Zahlen Sie das "
        f"Verwarnungsgeld von {money(r.choice((35, 55)), 'de')} innerhalb dieser Frist, ist das Verfahren abgeschlossen.")
    d.within(1, "weeks")


# ------------------------------------------------------------------ bank
def bank_abschluss(d: Doc, r: R) -> None:
    d.category = "bank"
    q, y = _quarter(cal.add_months(d.day, -1))
    d.subject = f"Rechnungsabschluss {q} Quartal {y}"
    d.refs = [("Kontonummer", _num(r, "", 10)), ("Kundennummer", _num(r, "", 8))]
    d.table(["Position", "Betrag"], [["Kontoführung", money(r.uniform(15, 60), 'de')], ["Buchungsposten", money(r.uniform(3, 40), 'de')],
                                     ["Sollzinsen", money(r.uniform(0, 30), 'de')]])
    d.p("Der Rechnungsabschluss gilt als genehmigt, wenn Sie nicht innerhalb von sechs Wochen nach Zugang "
        "Einwendungen erheben (Nr. 7 Abs. 3 AGB-Banken).")
    d.within(6, "weeks")


def bank_agb(d: Doc, r: R) -> None:
    d.category = "bank"
    eff = cal.add_months(d.day, 2).replace(day=1)
    obj = cal.next_working_day(eff - timedelta(days=1))
    while obj >= eff or not cal.is_working_day(obj):
        obj -= timedelta(days=1)
    d.subject = f"Änderung unseres Preis- und Leistungsverzeichnisses zum {d.f(eff)}"
    d.refs = [("Kundennummer", _num(r, "", 9))]
    d.tags.append("distractor-contract-start")
    d.p(f"zum {d.f(eff)} passen wir die Entgelte für Geschäftsgirokonten an. Die Änderungen im Überblick finden Sie "
        "in der beigefügten Gegenüberstellung.")
    d.p(f"Die Änderungen gelten als angenommen, wenn Sie ihnen nicht bis zum {d.f(d.due(obj))} widersprechen. "
        "Im Fall des Widerspruchs können Sie das Konto vorher kostenfrei kündigen.")


def bank_ruecklast(d: Doc, r: R) -> None:
    d.category = "bank"
    book = cal.before(d.day, r, 2, 6)
    d.subject = "Rücklastschrift mangels Deckung"
    d.refs = [("Konto", _num(r, "", 10)), ("Buchungstag", d.f(book))]
    d.tags.append("distractor-booking")
    d.p(f"die Lastschrift der Telvanet Business GmbH über {money(r.uniform(40, 900), 'de')} konnte mangels Deckung "
        "nicht eingelöst werden. Für die Rückgabe berechnen wir ein Entgelt von 3,00 €.")
    d.p("Bitte sorgen Sie innerhalb von 7 Tagen für ausreichende Deckung und setzen Sie sich mit dem Zahlungsempfänger in Verbindung.")
    d.within(7, "days")


def bank_darlehen(d: Doc, r: R) -> None:
    d.category = "bank"
    d.subject = "Tilgungsplan zu Ihrem Investitionsdarlehen"
    d.refs = [("Darlehenskonto", _num(r, "", 10)), ("Zinsbindung bis", d.f(cal.add_months(d.day, 60)))]
    d.tags.append("distractor-contract-end")
    rows = []
    first = cal.next_working_day(cal.add_months(d.day, 1).replace(day=28))
    for i in range(3):
        x = cal.next_working_day(cal.add_months(first, 3 * i))
        rows.append([d.f(d.due(x)), money(r.uniform(1500, 4000), 'de'), money(r.uniform(100, 600), 'de')])
    d.p("anbei erhalten Sie den angepassten Tilgungsplan. Bitte leisten Sie die Raten zu den nachstehenden Fälligkeiten "
        "auf das Darlehenskonto:")
    d.table(["Fälligkeit", "Tilgung", "Zinsen"], rows)
    d.tags.append("deadline-table")


def bank_karte(d: Doc, r: R) -> None:
    d.category = "bank"
    d.subject = "Ihre neue Business Debitkarte"
    d.refs = [("Kartennummer", f"**** **** **** {_num(r, '', 4)}"), ("gültig bis", f"{r.randint(1, 12):02d}/{d.day.year % 100 + 4}")]
    d.p("mit separater Post erhalten Sie Ihre neue Debitkarte. Ihre bisherige Karte bleibt bis zum Ende ihrer "
        "Laufzeit nutzbar. Die PIN bleibt unverändert.")
    d.p("Bitte unterschreiben Sie die Karte sofort auf der Rückseite.")


# ------------------------------------------------------------------ insurance
def vers_beitrag(d: Doc, r: R) -> None:
    d.category = "insurance"
    start = cal.add_months(d.day, 1).replace(day=1)
    d.subject = "Beitragsrechnung Betriebshaftpflichtversicherung"
    d.refs = [("Versicherungsschein-Nr.", _num(r, "BH-", 8)), ("Versicherungsjahr", f"{d.f(start)} – {d.f(cal.add_months(start, 12) - timedelta(days=1))}")]
    d.tags.append("distractor-period")
    amt = r.uniform(400, 3800)
    d.table(["", "Betrag"], [["Nettobeitrag", money(amt, 'de')], ["Versicherungsteuer 19 %", money(amt * .19, 'de')],
                             ["Gesamt", money(amt * 1.19, 'de')]])
    if r.random() < 0.5:
        d.p(f"Der Beitrag wird am {d.f(cal.next_working_day(start))} von Ihrem Konto abgebucht.")
        d.tags.append("distractor-debit")
    else:
        pay = cal.printed(d.day, r, 14, 28)
        d.p(f"Bitte zahlen Sie den Beitrag bis zum {d.f(d.due(pay))}. Bei verspäteter Zahlung kann der "
            "Versicherungsschutz entfallen (§ 37 VVG).")


def vers_schaden(d: Doc, r: R) -> None:
    d.category = "insurance"
    when = cal.before(d.day, r, 10, 40)
    d.subject = "Schadenmeldung Leitungswasser – Anforderung von Unterlagen"
    d.refs = [("Schadennummer", _num(r, "S-", 9)), ("Schadentag", d.f(when))]
    d.tags.append("distractor-event")
    d.p("wir haben Ihre Schadenmeldung erhalten. Zur Prüfung benötigen wir einen Kostenvoranschlag des Installateurs "
        "und Fotos der beschädigten Einrichtung.")
    d.p("Bitte reichen Sie die Unterlagen innerhalb von 14 Tagen ein.")
    d.within(14, "days")


def vers_anpassung(d: Doc, r: R) -> None:
    d.category = "insurance"
    eff = cal.add_months(d.day, 1).replace(day=1)
    d.subject = "Beitragsanpassung Ihrer Inhaltsversicherung"
    d.refs = [("Vertragsnummer", _num(r, "IV ", 7))]
    d.p(f"aufgrund gestiegener Schadenaufwendungen erhöht sich Ihr Beitrag ab {d.f(eff)} um {r.randint(4, 12)} %.")
    d.tags.append("distractor-contract-start")
    d.p("Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung kündigen, frühestens zum "
        "Zeitpunkt des Wirksamwerdens der Erhöhung.")
    d.within(1, "months")


def makler(d: Doc, r: R) -> None:
    d.category = "insurance"
    d.subject = "Ihr Versicherungsportfolio – Jahresgespräch und Nachtrag Cyberversicherung"
    d.refs = [("Mandantennummer", _num(r, "K", 5))]
    d.p("anbei übersende ich Ihnen den Nachtrag zur Cyberversicherung mit der erhöhten Versicherungssumme. Bitte "
        "heften Sie ihn zu Ihren Unterlagen.")
    if r.random() < 0.5:
        back = cal.printed(d.day, r, 10, 20)
        d.p(f"Für die Verlängerung benötigt der Versicherer den ausgefüllten Risikofragebogen bis {d.f(d.due(back))}.")


# ------------------------------------------------------------------ reminder
def mahnung_lieferant(d: Doc, r: R) -> None:
    d.category = "reminder"
    level = r.choice(("Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"))
    inv = cal.before(d.day, r, 30, 70)
    d.subject = f"{level} – Rechnung {_num(r, 'RE-', 6)}"
    d.refs = [("Kundennummer", _num(r, "", 6))]
    d.table(["Rechnung", "vom", "fällig seit", "offen"],
            [[_num(r, "RE-", 6), d.f(inv), d.f(cal.next_working_day(inv + timedelta(days=14))), money(r.uniform(90, 4000), 'de')]])
    d.tags.append("distractor-prior-invoice")
    if level == "Zahlungserinnerung" or r.random() < 0.5:
        d.p("sicher ist Ihnen die Zahlung im Tagesgeschäft entgangen. Wir bitten Sie, den Betrag innerhalb der "
            "nächsten 10 Tage zu überweisen.")
        d.within(10, "days")
    else:
        pay = cal.printed(d.day, r, 7, 12)
        d.p(f"Trotz unserer Erinnerung ist kein Zahlungseingang festzustellen. Bitte überweisen Sie den Betrag "
            f"zuzüglich 5,00 € Mahngebühr bis spätestens {d.f(d.due(pay))}.")


def inkasso(d: Doc, r: R) -> None:
    d.category = "reminder"
    d.subject = "Forderungsaufstellung – Aufforderung zur Zahlung"
    creditor = r.choice(("Telvanet Business GmbH", "Elbkontor Bürobedarf GmbH", "Glanzwerk Facility Services GmbH"))
    d.refs = [("Aktenzeichen", _num(r, "KI-", 8)), ("Auftraggeber", creditor)]
    hf = r.uniform(200, 3000)
    d.table(["Forderung", "Betrag"], [["Hauptforderung", money(hf, 'de')], ["Zinsen", money(hf * .03, 'de')],
                                      ["Inkassokosten", money(r.uniform(40, 110), 'de')]])
    pay = cal.printed(d.day, r, 8, 14)
    d.p(f"unser Auftraggeber hat uns mit dem Einzug der Forderung beauftragt. Zahlen Sie den Gesamtbetrag bis zum "
        f"{d.f(d.due(pay))}, um weitere Kosten und ein gerichtliches Mahnverfahren zu vermeiden.")


def mietrueckstand(d: Doc, r: R) -> None:
    d.category = "reminder"
    d.subject = "Mietrückstand Gewerbeeinheit Friedrichstraße 123"
    d.refs = [("Mietvertrag", _num(r, "MV-", 5)), ("Objekt", "Friedrichstraße 123, 3. OG")]
    d.p(f"auf Ihrem Mietkonto ist die Miete für {cal.labdates.MONTHS_DE[d.day.month - 1]} nebst Nebenkosten "
        f"({money(r.uniform(900, 4200), 'de')}) nicht eingegangen. Die Miete ist jeweils bis zum dritten Werktag fällig.")
    pay = cal.printed(d.day, r, 5, 10)
    d.p(f"Wir bitten um Ausgleich bis {d.f(d.due(pay))}.")


# ------------------------------------------------------------------ invoice
def rechnung_waren(d: Doc, r: R) -> None:
    d.category = "invoice"
    d.subject = f"Rechnung Nr. {_num(r, '2026-', 5)}"
    d.date_label = "Rechnungsdatum"
    deliv = cal.before(d.day, r, 1, 8)
    d.refs = [("Kundennummer", _num(r, "", 6)), ("Lieferdatum", d.f(deliv)), ("Bestellung", _num(r, "B", 6))]
    d.tags.append("distractor-delivery")
    items = r.sample([("Kopierpapier A4 80 g, Karton", 29.9), ("Toner schwarz TK-5240", 84.5), ("Ordner 8 cm, blau", 2.35),
                      ("Haftnotizen 76x76", 1.1), ("Druckerpapier A3", 18.4), ("Klebeband 19 mm", 0.95)], 3)
    rows, tot = [], 0.0
    for name, price in items:
        q = r.randint(1, 20)
        tot += q * price
        rows.append([str(q), name, money(price, 'de'), money(q * price, 'de')])
    d.table(["Menge", "Artikel", "Einzelpreis", "Gesamt"], rows, [15, 85, 30, 35])
    d.p(f"Nettobetrag {money(tot, 'de')} · zzgl. 19 % USt {money(tot * .19, 'de')} · Rechnungsbetrag {money(tot * 1.19, 'de')}")
    k = r.random()
    if k < 0.4:
        d.p("Zahlbar innerhalb von 14 Tagen ohne Abzug. Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 % Skonto.")
        d.within(14, "days")
        d.tags.append("distractor-skonto")
    elif k < 0.7:
        pay = cal.printed(d.day, r, 14, 30)
        d.p(f"Bitte überweisen Sie den Betrag bis zum {d.f(d.due(pay))} unter Angabe der Rechnungsnummer.")
    else:
        d.p("Der Betrag wird gemäß SEPA-Lastschriftmandat in den nächsten Tagen von Ihrem Konto eingezogen.")


def rechnung_dienst(d: Doc, r: R) -> None:
    d.category = "invoice"
    a = cal.add_months(d.day, -1).replace(day=1)
    b = d.day.replace(day=1) - timedelta(days=1)
    d.subject = f"Rechnung {_num(r, 'GW', 6)} – Unterhaltsreinigung {cal.labdates.MONTHS_DE[a.month - 1]} {a.year}"
    d.date_label = "Datum"
    d.refs = [("Leistungszeitraum", f"{d.f(a)} – {d.f(b)}"), ("Objekt", "Friedrichstraße 123")]
    d.tags.append("distractor-period")
    net = r.uniform(300, 2400)
    d.table(["Leistung", "Stunden", "Betrag"], [["Unterhaltsreinigung Büroflächen", str(r.randint(20, 80)), money(net * .8, 'de')],
                                                ["Glasreinigung", str(r.randint(2, 8)), money(net * .2, 'de')]])
    d.p(f"Summe netto {money(net, 'de')}, USt 19 % {money(net * .19, 'de')}, Gesamtbetrag {money(net * 1.19, 'de')}.")
    d.p(r.choice(("Zahlungsziel: 30 Tage netto.", "Zahlbar 30 Tage nach Rechnungsdatum ohne Abzug.")))
    d.within(30, "days")


def strom(d: Doc, r: R) -> None:
    d.category = "invoice"
    a = cal.add_months(d.day, -12).replace(day=1)
    b = d.day.replace(day=1) - timedelta(days=1)
    d.subject = "Jahresverbrauchsabrechnung Strom"
    d.refs = [("Vertragskonto", _num(r, "", 12)), ("Zählernummer", _num(r, "1ESY", 8)), ("Abrechnungszeitraum", f"{d.f(a)} bis {d.f(b)}")]
    d.tags.append("distractor-period")
    d.table(["", "Betrag"], [["Verbrauch " + str(r.randint(3000, 19000)) + " kWh", money(r.uniform(1500, 6000), 'de')],
                             ["abzgl. geleistete Abschläge", money(r.uniform(1400, 5800), 'de')]])
    rows = []
    for i in range(3):
        x = cal.add_months(d.day.replace(day=15), i + 1)
        rows.append([d.f(x), money(r.uniform(120, 600), 'de')])
    if r.random() < 0.5:
        pay = cal.printed(d.day, r, 14, 21)
        d.p(f"Den Nachzahlungsbetrag überweisen Sie bitte bis {d.f(d.due(pay))}. Ihre neuen monatlichen Abschläge "
            "buchen wir wie bisher per Lastschrift ab:")
    else:
        d.p("Die Nachzahlung und Ihre neuen Abschläge buchen wir wie bisher per Lastschrift ab:")
    d.table(["Abbuchung am", "Abschlag"], rows)
    d.tags.append("distractor-debit")


def telekom(d: Doc, r: R) -> None:
    d.category = "invoice"
    m = cal.add_months(d.day, -1)
    d.subject = f"Ihre Rechnung für {cal.labdates.MONTHS_DE[m.month - 1]} {m.year}"
    d.date_label = "Rechnungsdatum"
    d.refs = [("Kundennummer", _num(r, "", 10)), ("Rechnungsnummer", _num(r, "", 12))]
    net = r.uniform(40, 600)
    d.table(["Leistung", "Betrag netto"], [["Business Fiber 500, monatlicher Grundpreis", money(net * .7, 'de')],
                                          ["Mobilfunk 4 Karten", money(net * .3, 'de')]])
    debit = cal.printed(d.day, r, 5, 10)
    d.p(f"Der Rechnungsbetrag von {money(net * 1.19, 'de')} wird frühestens am {d.f(debit)} von Ihrem Konto "
        "abgebucht. Gläubiger-ID DE98ZZZ09999999999.")
    d.tags.append("distractor-debit")


def abschlag_bau(d: Doc, r: R) -> None:
    d.category = "invoice"
    d.subject = f"{r.randint(1, 4)}. Abschlagsrechnung – Netzwerkverkabelung 3. OG"
    d.date_label = "Datum"
    d.refs = [("Projekt", _num(r, "P-", 4)), ("Angebot vom", d.f(cal.before(d.day, r, 40, 90)))]
    d.tags.append("distractor-your-letter")
    net = r.uniform(2000, 18000)
    d.p(f"gemäß Zahlungsplan berechnen wir für den erreichten Leistungsstand {money(net, 'de')} zzgl. 19 % USt.")
    pay = cal.printed(d.day, r, 10, 21)
    d.p(f"Fällig am {d.f(d.due(pay))}.")


def gutschrift(d: Doc, r: R) -> None:
    d.category = "invoice"
    d.subject = f"Gutschrift Nr. {_num(r, 'GS', 5)} zu Rechnung {_num(r, 'RE', 5)}"
    d.date_label = "Belegdatum"
    d.refs = [("Kundennummer", _num(r, "", 6)), ("Retoure vom", d.f(cal.before(d.day, r, 3, 14)))]
    d.tags.append("distractor-delivery")
    d.p(f"für die zurückgesandte Ware schreiben wir Ihnen {money(r.uniform(30, 800), 'de')} gut. Der Betrag wird "
        "mit der nächsten Rechnung verrechnet.")


# ------------------------------------------------------------------ contract
def angebot(d: Doc, r: R) -> None:
    d.category = "contract"
    valid = cal.printed(d.day, r, 20, 45)
    d.subject = f"Angebot {_num(r, 'AN-', 5)}: Wartungsvertrag IT-Arbeitsplätze"
    d.refs = [("Ihre Anfrage vom", d.f(cal.before(d.day, r, 3, 15))), ("Gültig bis", d.f(valid))]
    d.tags += ["distractor-your-letter", "distractor-offer"]
    d.table(["Pos.", "Leistung", "monatlich"], [["1", "Monitoring und Patchmanagement, 12 Clients", money(r.uniform(200, 500), 'de')],
                                                ["2", "Helpdesk 8–18 Uhr", money(r.uniform(150, 400), 'de')]])
    d.p("Das Angebot ist freibleibend. Vertragsbeginn nach Ihrer Beauftragung, Laufzeit 12 Monate.")


def auftragsbestaetigung(d: Doc, r: R) -> None:
    d.category = "contract"
    deliv = cal.printed(d.day, r, 10, 30)
    d.subject = f"Auftragsbestätigung {_num(r, 'AB', 6)}"
    d.refs = [("Ihre Bestellung vom", d.f(cal.before(d.day, r, 1, 6))), ("Liefertermin", d.f(deliv))]
    d.tags += ["distractor-your-letter", "distractor-delivery"]
    d.p("vielen Dank für Ihren Auftrag über 5.000 Broschüren A5, 32 Seiten, 4/4-farbig. Wir bestätigen den Auftrag "
        "zu unseren Lieferbedingungen.")
    if r.random() < 0.5:
        proof = cal.printed(d.day, r, 3, 7)
        if proof < deliv:
            d.p(f"Bitte geben Sie den Korrekturabzug bis {d.f(d.due(proof))} frei, damit der Liefertermin gehalten werden kann.")


def nachtrag_miete(d: Doc, r: R) -> None:
    d.category = "contract"
    start = cal.add_months(d.day, 2).replace(day=1)
    d.subject = "1. Nachtrag zum Gewerbemietvertrag – Anmietung Lagerfläche"
    d.refs = [("Mietvertrag", _num(r, "MV-", 5)), ("Mietbeginn Lagerfläche", d.f(start))]
    d.tags.append("distractor-contract-start")
    back = cal.printed(d.day, r, 10, 20)
    d.p("anbei erhalten Sie den Nachtrag in zweifacher Ausfertigung. Er regelt die zusätzliche Anmietung von 24 m² "
        "Lagerfläche im Untergeschoss.")
    d.p(f"Bitte senden Sie uns beide Exemplare unterschrieben bis {d.f(d.due(back))} zurück.")


def preisaenderung(d: Doc, r: R) -> None:
    d.category = "contract"
    eff = cal.add_months(d.day, 1).replace(day=1)
    d.subject = "Preisanpassung zum " + d.f(eff)
    d.refs = [("Kundennummer", _num(r, "", 9))]
    d.tags.append("distractor-contract-start")
    d.p(f"aufgrund gestiegener Netzentgelte passen wir Ihren Arbeitspreis zum {d.f(eff)} an. Ihr neuer Arbeitspreis "
        f"beträgt {r.randint(26, 38)},{r.randint(10, 99)} ct/kWh brutto.")
    d.p("Sie haben das Recht, den Vertrag ohne Einhaltung einer Kündigungsfrist zum Wirksamwerden der Änderung zu kündigen.")


def kuendigungsbest(d: Doc, r: R) -> None:
    d.category = "contract"
    end = cal.add_months(d.day, 3).replace(day=1) - timedelta(days=1)
    d.subject = "Bestätigung Ihrer Kündigung"
    d.refs = [("Vertragsnummer", _num(r, "V", 8)), ("Ihr Schreiben vom", d.f(cal.before(d.day, r, 2, 10)))]
    d.tags += ["distractor-your-letter", "distractor-contract-end"]
    d.p(f"wir bestätigen den Eingang Ihrer Kündigung. Der Vertrag endet fristgerecht zum {d.f(end)}. Schade, dass Sie gehen.")


def leasing_vertrag(d: Doc, r: R) -> None:
    d.category = "contract"
    d.subject = "Leasingvertrag Nr. " + _num(r, "KL-", 6) + " – Vertragsunterlagen zur Unterschrift"
    d.refs = [("Objekt", r.choice(("Multifunktionssystem Konica bizhub C451i", "Server HPE ProLiant DL380", "E-Transporter")))]
    back = cal.printed(d.day, r, 7, 14)
    d.p("anbei erhalten Sie die Vertragsunterlagen. Bitte prüfen Sie die Angaben und senden Sie uns Vertrag, "
        f"SEPA-Mandat und Übernahmebestätigung unterschrieben bis {d.f(d.due(back))} zurück.")
    d.p(f"Die erste Leasingrate ({money(r.uniform(90, 700), 'de')}) wird zum Monatsersten nach Übernahme eingezogen.")


# ------------------------------------------------------------------ advertising
def messe_angebot(d: Doc, r: R) -> None:
    d.category = "advertising"
    fair = cal.printed(d.day, r, 90, 200)
    early = cal.printed(d.day, r, 20, 40)
    d.subject = f"HandwerkZukunft {fair.year} – Jetzt Standfläche sichern!"
    d.p(f"vom {d.f(fair)} bis {d.f(fair + timedelta(days=2))} trifft sich die Branche in Cottbus. Sichern Sie sich "
        f"Ihren Stand zum Frühbucherpreis – gültig für Anmeldungen bis {d.f(early)}.")
    d.tags += ["distractor-event", "distractor-offer"]
    d.box("Ihre Vorteile", ["✓ 9 m² Reihenstand ab 1.890 €", "✓ Eintrag im Ausstellerverzeichnis", "✓ 20 Gästetickets"])


def branchenbuch(d: Doc, r: R) -> None:
    d.category = "advertising"
    valid = cal.printed(d.day, r, 10, 20)
    d.subject = "Eintragungsofferte – Gewerbeverzeichnis Deutschland Online"
    d.refs = [("Offerte-Nr.", _num(r, "", 8)), ("Angebot gültig bis", d.f(valid))]
    d.tags += ["distractor-offer", "trap-offer-looks-like-invoice"]
    d.form = True
    d.table(["Leistung", "Laufzeit", "Preis"], [["Premium-Eintrag mit Logo", "24 Monate", "958,00 € p.a."]])
    d.p("Dies ist ein Angebot und keine Rechnung. Mit Ihrer Unterschrift und Rücksendung nehmen Sie das Angebot an.")


def leasing_werbung(d: Doc, r: R) -> None:
    d.category = "advertising"
    d.subject = "Ihr neuer Firmenwagen ab 249 € netto im Monat"
    d.p("elektrisch, flexibel, steuerlich attraktiv: Mit Kranich Business Leasing fahren Sie ab 249 € netto im Monat "
        "– inklusive Wartung und Wallbox-Bonus.")
    d.p(f"Aktionszeitraum bis {d.f(cal.printed(d.day, r, 25, 60))}. Vereinbaren Sie einfach einen Beratungstermin.")
    d.tags.append("distractor-offer")


def katalog(d: Doc, r: R) -> None:
    d.category = "advertising"
    d.subject = f"Neu: Der Elbkontor-Katalog {d.day.year} – 15 % Einführungsrabatt"
    d.p("blättern Sie in über 4.000 Artikeln für Büro und Lager. Als Bestandskunde erhalten Sie 15 % auf Ihre nächste "
        f"Online-Bestellung mit dem Code KATALOG{d.day.year % 100}.")
    d.p(f"Der Code ist bis {d.f(cal.printed(d.day, r, 14, 40))} einlösbar.")
    d.tags.append("distractor-offer")


# ------------------------------------------------------------------ other
def spende(d: Doc, r: R) -> None:
    d.category = "other"
    d.subject = "Ein Licht für die Kinder im Sternenboot"
    d.p("seit zwölf Jahren begleiten wir Familien, deren Kinder unheilbar erkrankt sind. Unsere Arbeit wird nur zu "
        "einem Teil von den Krankenkassen getragen.")
    d.p(f"Bitte helfen Sie uns mit einer Spende – schon 50 € ermöglichen einen Nachmittag Musiktherapie. Am "
        f"{d.f(cal.printed(d.day, r, 20, 60))} laden wir zudem zum Tag der offenen Tür ein.")
    d.tags.append("distractor-event")


def bewerbung_agentur(d: Doc, r: R) -> None:
    d.category = "other"
    d.subject = "Vorstellung einer Kandidatin: Buchhalterin (m/w/d) mit DATEV-Erfahrung"
    d.p("wir haben erfahren, dass Sie Ihr Rechnungswesen verstärken möchten. Gerne stellen wir Ihnen eine "
        "Kandidatin mit zehn Jahren Berufserfahrung vor, verfügbar ab " + d.f(cal.add_months(d.day, 2).replace(day=1)) + ".")
    d.tags.append("distractor-contract-start")
    d.p("Das anonymisierte Profil liegt bei. Für ein Gespräch stehe ich Ihnen jederzeit zur Verfügung.")


def reklamation(d: Doc, r: R) -> None:
    d.category = "other"
    ev = cal.before(d.day, r, 5, 20)
    d.subject = "Reklamation zur Veranstaltung am " + d.f(ev)
    d.tags.append("distractor-event")
    d.p(f"bei der Feier am {d.f(ev)} wurde das Buffet mit über einer Stunde Verspätung geliefert, zwei Hauptgerichte "
        "fehlten ganz. Ich bin darüber sehr enttäuscht.")
    back = cal.printed(d.day, r, 10, 16)
    d.p(f"Ich bitte Sie, mir bis zum {d.f(d.due(back))} mitzuteilen, wie Sie den Schaden ausgleichen wollen.")


def einladung(d: Doc, r: R) -> None:
    d.category = "other"
    ev = cal.printed(d.day, r, 20, 60)
    d.subject = "Einladung zum Sommerempfang des Wirtschaftsforums"
    d.p(f"herzlich laden wir Sie zu unserem Sommerempfang am {d.f(ev)} ab 18 Uhr auf die Dachterrasse des "
        "Forums ein. Es spricht die Bezirksbürgermeisterin.")
    d.tags.append("distractor-event")


def adressaenderung(d: Doc, r: R) -> None:
    d.category = "other"
    eff = cal.add_months(d.day, 1).replace(day=1)
    d.subject = "Unsere Praxis zieht um"
    d.p(f"ab dem {d.f(eff)} finden Sie uns in der Schönhauser Allee 112, 10439 Berlin. Telefonnummer und "
        "E-Mail-Adresse bleiben unverändert. Bitte passen Sie Ihre Stammdaten an.")
    d.tags.append("distractor-contract-start")


def lieferschein(d: Doc, r: R) -> None:
    d.category = "other"
    d.subject = f"Lieferschein {_num(r, 'LS', 6)}"
    d.date_label = "Lieferdatum"
    d.refs = [("Auftrag", _num(r, "AB", 6)), ("Packstücke", str(r.randint(1, 6)))]
    d.table(["Pos.", "Artikel", "Menge"], [["1", "Röstkaffee Espresso Forte, 1 kg", str(r.randint(2, 12))],
                                          ["2", "Hafermilch Barista 1 l", str(r.randint(6, 24))]])
    d.p("Ware in einwandfreiem Zustand erhalten: ____________________ (Unterschrift)")


DE = {
    "fa_ust_vz": (fa_ust_vz, ("fa-fk", "fa-koe3", "fa-cha")), "fa_unterlagen": (fa_unterlagen, ("fa-koe3", "fa-cha", "fa-fk")),
    "fa_pruefung": (fa_pruefung, ("fa-fk", "fa-koe3")), "fa_mahnung": (fa_mahnung, ("fa-cha", "fa-fk")),
    "bzst_ustid": (bzst_ustid, ("bzst",)), "hza_kfz": (hza_kfz, ("hza",)),
    "mahnbescheid": (mahnbescheid, ("ag-wedding",)), "ladung": (ladung, ("ag-tk",)), "klage": (klage, ("lg",)),
    "abmahnung": (abmahnung, ("ra-bsp",)), "anwalt_miete": (anwalt_miete, ("ra-hohl",)),
    "gerichtsvollzieher": (gerichtsvollzieher, ("gv",)), "insolvenz": (insolvenz, ("insolv",)),
    "kk_beitrag": (kk_beitrag, ("bkk", "aok")), "kk_mitglied": (kk_mitglied, ("bkk", "aok")),
    "bg_lohnnachweis": (bg_lohnnachweis, ("vbg",)), "ihk": (ihk, ("ihk",)), "rundfunk": (rundfunk, ("rbb",)),
    "register": (register, ("register",)), "statistik": (statistik, ("statistik",)), "drv_pruefung": (drv_pruefung, ("drv",)),
    "ordnungsamt": (ordnungsamt, ("ordnungsamt",)),
    "bank_abschluss": (bank_abschluss, ("voba", "nordlicht")), "bank_agb": (bank_agb, ("voba", "nordlicht")),
    "bank_ruecklast": (bank_ruecklast, ("voba", "nordlicht")), "bank_darlehen": (bank_darlehen, ("voba", "nordlicht")),
    "bank_karte": (bank_karte, ("nordlicht", "voba")),
    "vers_beitrag": (vers_beitrag, ("hgv", "rhein")), "vers_schaden": (vers_schaden, ("rhein", "hgv")),
    "vers_anpassung": (vers_anpassung, ("rhein", "hgv")), "makler": (makler, ("kontor",)),
    "mahnung_lieferant": (mahnung_lieferant, ("elbkontor", "datenhafen", "glanzwerk", "hollerbach", "bohnenrausch")),
    "inkasso": (inkasso, ("kollwitz",)), "mietrueckstand": (mietrueckstand, ("grunewald",)),
    "rechnung_waren": (rechnung_waren, ("elbkontor", "bohnenrausch")), "rechnung_dienst": (rechnung_dienst, ("glanzwerk",)),
    "strom": (strom, ("spreestrom",)), "telekom": (telekom, ("telvanet",)), "abschlag_bau": (abschlag_bau, ("datenhafen",)),
    "gutschrift": (gutschrift, ("elbkontor", "bohnenrausch")),
    "angebot": (angebot, ("datenhafen",)), "auftragsbestaetigung": (auftragsbestaetigung, ("hollerbach",)),
    "nachtrag_miete": (nachtrag_miete, ("grunewald",)), "preisaenderung": (preisaenderung, ("spreestrom",)),
    "kuendigungsbest": (kuendigungsbest, ("telvanet", "spreestrom", "glanzwerk")), "leasing_vertrag": (leasing_vertrag, ("kranich",)),
    "messe_angebot": (messe_angebot, ("messe",)), "branchenbuch": (branchenbuch, ("branchen",)),
    "leasing_werbung": (leasing_werbung, ("kranich",)), "katalog": (katalog, ("elbkontor",)),
    "spende": (spende, ("sternenboot",)), "bewerbung_agentur": (bewerbung_agentur, ("talentbruecke",)),
    "reklamation": (reklamation, ("krug",)), "einladung": (einladung, ("verband",)),
    "adressaenderung": (adressaenderung, ("lohmeyer",)), "lieferschein": (lieferschein, ("bohnenrausch",)),
}
