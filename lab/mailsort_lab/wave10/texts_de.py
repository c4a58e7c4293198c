"""German letters of wave 10, one function per kind of letter. Each writes subject, reference rows,
body blocks and the labels' dates into a Doc; nothing here knows the routing code."""

from __future__ import annotations

from datetime import date, timedelta

from mailsort_lab.wave10.doc import Doc
from mailsort_lab.wave10.kalender import MONATE, add_months, fmt, next_working_day

ZAHLEN = {7: "sieben", 10: "zehn", 14: "vierzehn", 21: "einundzwanzig", 30: "dreißig"}


def _month_before(doc: Doc) -> tuple[date, date]:
    first = date(doc.day.year, doc.day.month, 1)
    last = first - timedelta(days=1)
    return date(last.year, last.month, 1), last


def _days_text(doc: Doc, n: int) -> str:
    return f"{n} Tagen" if doc.rng.random() < 0.6 or n not in ZAHLEN else f"{ZAHLEN[n]} Tagen"


def _positions(doc: Doc, items: list[tuple[str, float]], qty: bool = True) -> float:
    rows, total = [], 0.0
    for i, (what, price) in enumerate(items, start=1):
        n = doc.rng.randint(1, 12) if qty else 1
        line = round(n * price, 2)
        total += line
        rows.append([str(i), what, str(n), doc.money(price), doc.money(line)])
    doc.blocks.append(("table", ["Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt"], rows,
                       (0.08, 0.46, 0.12, 0.17, 0.17), "llrrr"))
    net = round(total, 2)
    vat = round(net * 0.19, 2)
    doc.blocks.append(("kv", [("Nettobetrag", doc.money(net)), ("zzgl. 19 % USt.", doc.money(vat)),
                              ("Rechnungsbetrag", doc.money(net + vat))]))
    return net + vat


# --- invoices -----------------------------------------------------------------------------------
def inv_utility(doc: Doc) -> None:
    start, end = _month_before(doc)
    nr = f"{doc.num(3)} {doc.num(3)} {doc.num(3)}"
    doc.subject = doc.rng.choice(("Ihre Abschlagsrechnung", "Rechnung Strom – Gewerbekunden", "Abrechnung Ihres Stromverbrauchs"))
    doc.info += [("Vertragskonto", nr), ("Rechnungsnummer", f"RE-{doc.num(8)}"), ("Rechnungsdatum", doc.date_text)]
    doc.distractor("period")
    doc.p(f"für Ihre Lieferstelle Friedrichstraße 123 berechnen wir für den Zeitraum {doc.d(start)} bis {doc.d(end)} "
          f"folgende Beträge. Zählernummer 1ESY{doc.num(10)}, Zählerstand am {doc.d(end)}: {doc.rng.randint(10000, 99999)} kWh.")
    amount = doc.amount(180, 1400)
    doc.blocks.append(("kv", [("Arbeitspreis", doc.money(round(amount * 0.71, 2))), ("Grundpreis", doc.money(round(amount * 0.13, 2))),
                              ("Stromsteuer und Umlagen", doc.money(round(amount * 0.16, 2))), ("Gesamtbetrag brutto", doc.money(amount))]))
    debit = next_working_day(doc.ahead(8, 20))
    if doc.rng.random() < 0.6:
        doc.distractor("debit")
        doc.p(f"Sie haben uns ein SEPA-Lastschriftmandat erteilt (Mandatsreferenz SE{doc.num(9)}). Wir buchen den Betrag "
              f"von {doc.money(amount)} am {doc.d(debit)} von Ihrem Konto ab. Bitte sorgen Sie für Deckung.")
        doc.template = "de-inv-utility-sepa"
    else:
        doc.p(f"Bitte überweisen Sie den Gesamtbetrag bis zum {doc.printed(10, 21)} auf das unten genannte Konto "
              f"und geben Sie als Verwendungszweck Ihre Vertragskontonummer an.")
        doc.template = "de-inv-utility-transfer"
    if doc.template.endswith("sepa") and doc.rng.random() < 0.5:
        doc.p(f"Ihr nächster Abschlag in Höhe von {doc.money(round(amount * 0.95, -1))} wird zum "
              f"{doc.d(add_months(debit, 1))} wie gewohnt eingezogen.")
    else:
        doc.p("Fragen zu Ihrer Rechnung beantworten wir gern über unser Kundenportal.")


def inv_telecom(doc: Doc) -> None:
    start, end = _month_before(doc)
    doc.template = "de-inv-telecom"
    doc.subject = f"Ihre Rechnung für {MONATE[start.month - 1]} {start.year}"
    doc.info += [("Kundennummer", doc.num(9)), ("Rechnungsnummer", f"{doc.num(4)} {doc.num(4)} {doc.num(4)}"),
                 ("Datum", doc.date_text)]
    doc.distractor("period")
    doc.p(f"hier ist Ihre Rechnung für den Abrechnungszeitraum {doc.d(start)} – {doc.d(end)}.")
    rows = [["Business Connect L (3 Anschlüsse)", doc.money(doc.amount(90, 180))],
            ["Mobilfunk Team Flex, 4 Karten", doc.money(doc.amount(60, 140))],
            ["Verbindungen ins Ausland", doc.money(doc.amount(1, 25))]]
    doc.blocks.append(("table", ["Leistung", "Betrag netto"], rows, (0.7, 0.3), "lr"))
    total = doc.amount(200, 420)
    doc.blocks.append(("box", f"Rechnungsbetrag inkl. 19 % USt.: {doc.money(total)}"))
    debit = next_working_day(doc.ahead(5, 12))
    doc.distractor("debit")
    doc.p(f"Den Rechnungsbetrag ziehen wir frühestens am {doc.d(debit)} von Ihrem Konto ein "
          f"(Gläubiger-ID DE{doc.num(2)}ZZZ0000{doc.num(7)}, Mandatsreferenz TK-{doc.num(7)}).")
    doc.p("Ihre Einzelverbindungsnachweise finden Sie im Kundencenter unter „Meine Rechnungen“.")


def inv_goods(doc: Doc) -> None:
    delivered = doc.past(1, 9)
    doc.distractor("delivery")
    doc.subject = f"Rechnung Nr. {doc.rng.choice(('R', 'RG', '2026-'))}{doc.num(5)}"
    doc.info += [("Kunden-Nr.", doc.num(5)), ("Lieferschein", f"LS {doc.num(6)}"), ("Lieferdatum", doc.d(delivered)),
                 ("Rechnungsdatum", doc.date_text)]
    doc.p(doc.rng.choice(("wir danken für Ihren Auftrag und berechnen Ihnen wie folgt:",
                          "für die Lieferung vom {} stellen wir Ihnen in Rechnung:".format(doc.d(delivered)))))
    goods = {"supplies": [("Kopierpapier A4, 80 g, Karton à 2.500 Bl.", 24.90), ("Ordner breit, blau", 2.85),
                          ("Toner HP 89A schwarz", 139.00), ("Haftnotizen 76 x 76, 12er-Pack", 8.40)],
             "print": [("Briefbogen 4/0, 90 g, 2.000 Stück", 186.00), ("Visitenkarten 4/4, 350 g, 500 Stück", 49.50),
                       ("Imagebroschüre A4, 16 Seiten, 500 Ex.", 1.92)],
             "furniture": [("Bürodrehstuhl Ergo 3D", 489.00), ("Schreibtisch elektr. höhenverstellbar 160 x 80", 719.00),
                           ("Rollcontainer 3 Schübe", 229.00)]}[doc.firm.key]
    doc.rng.shuffle(goods)
    _positions(doc, goods[:doc.rng.randint(2, len(goods))])
    style = doc.rng.random()
    if style < 0.4:
        n = doc.rng.choice((14, 30))
        doc.period(n, "days")
        doc.distractor("skonto")
        doc.p(f"Zahlbar innerhalb von {_days_text(doc, n)} ohne Abzug. Bei Zahlung innerhalb von 8 Tagen "
              f"ab Rechnungsdatum gewähren wir 2 % Skonto.")
        doc.template = "de-inv-goods-period-skonto"
    elif style < 0.65:
        n = doc.rng.choice((10, 14, 21, 30))
        doc.period(n, "days")
        doc.p(f"Zahlungsziel: {n} Tage netto.")
        doc.template = "de-inv-goods-netto"
    else:
        doc.p(f"Bitte überweisen Sie den Rechnungsbetrag bis spätestens {doc.printed(12, 30)} unter Angabe der "
              f"Rechnungsnummer.")
        doc.template = "de-inv-goods-printed"
    doc.p("Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.")


def inv_service(doc: Doc) -> None:
    start, end = _month_before(doc)
    doc.template = "de-inv-service"
    doc.subject = doc.rng.choice(("Rechnung", "Rechnung Unterhaltsreinigung", "Leistungsabrechnung")) + f" {doc.num(6)}"
    doc.info += [("Objekt", "Friedrichstraße 123"), ("Rechnungs-Nr.", doc.num(6)), ("Datum", doc.date_text)]
    doc.distractor("period")
    doc.p(f"für unsere Leistungen im Leistungszeitraum {doc.d(start)} bis {doc.d(end)} berechnen wir vereinbarungsgemäß:")
    _positions(doc, [("Unterhaltsreinigung Büroflächen lt. Vertrag", doc.amount(380, 900)),
                     ("Glasreinigung innen/außen", doc.amount(90, 240))], qty=False)
    if doc.rng.random() < 0.5:
        doc.p(f"Wir bitten um Ausgleich bis zum {doc.printed(10, 20)}.")
    else:
        doc.period(14, "days")
        doc.p("Der Rechnungsbetrag ist innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug zu begleichen.")
        doc.template += "-period"


def inv_it(doc: Doc) -> None:
    doc.template = "de-inv-it"
    doc.subject = f"Rechnung {doc.day.year}-{doc.num(4)} – Support und Wartung"
    doc.info += [("Ihr Ansprechpartner", doc.firm.signers[0]), ("Kundennummer", f"K{doc.num(5)}"), ("Datum", doc.date_text)]
    rows = []
    for _ in range(doc.rng.randint(2, 4)):
        when = doc.past(3, 30)
        rows.append([fmt(when, "de-dot"), doc.rng.choice(("Remote-Support Mailserver", "Vor-Ort-Einsatz Netzwerk",
                                                           "Einrichtung Arbeitsplatz", "Firewall-Update")),
                     f"{doc.rng.choice((0.5, 1.0, 1.5, 2.0, 3.0)):.1f} h".replace(".", ","), doc.money(doc.amount(45, 300))])
    rows.sort()
    doc.distractor("service-dates")
    doc.p("wir berechnen Ihnen die folgenden Leistungen:")
    doc.blocks.append(("table", ["Datum", "Tätigkeit", "Aufwand", "Betrag"], rows, (0.18, 0.5, 0.14, 0.18), "llrr"))
    doc.blocks.append(("box", f"Summe inkl. USt.: {doc.money(doc.amount(150, 1500))}"))
    if doc.rng.random() < 0.5:
        doc.period(21, "days")
        doc.p("Zahlbar innerhalb von 21 Tagen nach Rechnungsdatum.")
    else:
        doc.p(f"Fällig am {doc.printed(14, 28)}.")


def inv_service_plumber(doc: Doc) -> None:
    doc.template = "de-inv-plumber"
    job = doc.past(2, 12)
    doc.distractor("service-dates")
    doc.subject = f"Rechnung Nr. {doc.num(4)}/{doc.day:%y}"
    doc.info += [("Auftrag vom", doc.d(job - timedelta(days=2))), ("Ausführung", doc.d(job)), ("Datum", doc.date_text)]
    doc.p(f"für die am {doc.d(job)} ausgeführten Arbeiten (Austausch Eckventil und Siphon, Teeküche 3. OG) "
          "erlauben wir uns zu berechnen:")
    _positions(doc, [("Monteurstunden", 68.0), ("Material lt. Aufstellung", doc.amount(20, 140)),
                     ("Anfahrtspauschale", 39.0)], qty=False)
    doc.p("Zahlbar sofort nach Erhalt ohne Abzug. Vielen Dank für Ihren Auftrag!")


def inv_courier(doc: Doc) -> None:
    doc.template = "de-inv-courier"
    start, end = _month_before(doc)
    doc.subject = f"Sammelrechnung {MONATE[start.month - 1]} {start.year}"
    doc.info += [("Kd.-Nr.", doc.num(4)), ("RE-Nr.", f"BB-{doc.num(5)}"), ("Datum", doc.date_text)]
    rows = []
    for _ in range(doc.rng.randint(3, 6)):
        when = start + timedelta(days=doc.rng.randint(0, (end - start).days))
        rows.append([fmt(when, "de-dot-short"), doc.rng.choice(("Mitte → Charlottenburg", "Mitte → Flughafen BER",
                                                                 "Mitte → Potsdam", "Kreuzberg → Mitte")),
                     doc.money(doc.amount(12, 65))])
    rows.sort(key=lambda r: (r[0][6:], r[0][3:5], r[0][:2]))
    doc.distractor("service-dates")
    doc.p("für die im Abrechnungsmonat ausgeführten Kurierfahrten berechnen wir:")
    doc.blocks.append(("table", ["Datum", "Strecke", "Betrag netto"], rows, (0.2, 0.55, 0.25), "llr"))
    doc.p(f"Gesamtbetrag inkl. 19 % MwSt.: {doc.money(doc.amount(80, 400))}. "
          f"Bitte überweisen Sie den Betrag bis {doc.printed(7, 16)}.")


def inv_landlord(doc: Doc) -> None:
    doc.template = "de-inv-betriebskosten"
    year = doc.day.year - 1
    doc.subject = f"Betriebskostenabrechnung {year} – Gewerbeeinheit Friedrichstraße 123"
    doc.info += [("Mietobjekt", f"WE {doc.rng.randint(10, 60)}"), ("Unser Zeichen", f"Ts/{doc.num(3)}"), ("Datum", doc.date_text)]
    doc.distractor("period")
    doc.p(f"anbei erhalten Sie die Abrechnung der Betriebskosten für den Abrechnungszeitraum 01.01.{year} bis 31.12.{year}.")
    rows = [[k, doc.money(doc.amount(lo, hi))] for k, lo, hi in (("Grundsteuer", 300, 900), ("Heizung/Warmwasser", 900, 2600),
                                                                ("Hausreinigung", 200, 600), ("Müllabfuhr", 120, 400),
                                                                ("Versicherungen", 150, 500))]
    doc.blocks.append(("table", ["Kostenart", "Ihr Anteil"], rows, (0.7, 0.3), "lr"))
    due = doc.amount(150, 1800)
    doc.blocks.append(("box", f"Nachzahlung: {doc.money(due)}"))
    n = doc.rng.choice((14, 30))
    doc.period(n, "days")
    doc.p(f"Bitte überweisen Sie den Nachzahlungsbetrag innerhalb von {_days_text(doc, n)} nach Zugang dieser "
          f"Abrechnung. Die Belege können Sie nach Terminvereinbarung in unseren Geschäftsräumen einsehen.")
    if doc.rng.random() < 0.5:
        doc.distractor("debit")
        new = date(doc.day.year, doc.day.month, 1) + timedelta(days=40)
        doc.p(f"Die monatliche Vorauszahlung erhöht sich ab dem 01.{new.month:02d}.{new.year} auf "
              f"{doc.money(doc.amount(200, 700))}.")


# --- reminders ----------------------------------------------------------------------------------
def rem_first(doc: Doc) -> None:
    inv = doc.past(20, 45)
    doc.distractor("invoice-date")
    doc.template = "de-rem-erinnerung"
    doc.subject = doc.rng.choice(("Zahlungserinnerung", "Freundliche Zahlungserinnerung", "Erinnerung: offene Rechnung"))
    doc.info += [("Kundennummer", doc.num(6)), ("Datum", doc.date_text)]
    doc.p(doc.rng.choice((
        "sicher haben Sie es im Tagesgeschäft übersehen: Für die unten aufgeführte Rechnung konnten wir bis heute keinen "
        "Zahlungseingang feststellen.",
        "bei der Durchsicht unserer Konten ist uns aufgefallen, dass folgende Rechnung noch offen ist.")))
    doc.blocks.append(("table", ["Rechnung", "vom", "Betrag"], [[f"RE {doc.num(6)}", doc.d(inv), doc.money(doc.amount(80, 3000))]],
                       (0.35, 0.35, 0.3), "llr"))
    doc.p(f"Bitte überweisen Sie den offenen Betrag bis zum {doc.printed(7, 14)}. Sollten Sie inzwischen gezahlt haben, "
          "betrachten Sie dieses Schreiben bitte als gegenstandslos.")


def rem_mahnung(doc: Doc) -> None:
    level = doc.rng.choice(("1. Mahnung", "2. Mahnung", "Letzte Mahnung"))
    doc.template = "de-rem-mahnung"
    doc.subject = f"{level} – Rechnung Nr. {doc.num(6)}"
    inv = doc.past(35, 70)
    doc.distractor("invoice-date")
    doc.info += [("Kunden-Nr.", doc.num(5)), ("Datum", doc.date_text)]
    due = doc.past(10, 30)
    doc.p(f"unsere Rechnung vom {doc.d(inv)} war am {doc.d(due)} zur Zahlung fällig. Leider ist bis heute kein "
          "Zahlungseingang bei uns zu verzeichnen.")
    amount = doc.amount(60, 2500)
    doc.blocks.append(("kv", [("Offener Betrag", doc.money(amount)), ("Mahngebühr", doc.money(5.0)),
                              ("Gesamt", doc.money(amount + 5))]))
    n = doc.rng.choice((7, 10, 14))
    doc.period(n, "days")
    doc.p(f"Wir fordern Sie auf, den Gesamtbetrag innerhalb von {_days_text(doc, n)} zu überweisen. "
          + ("Nach Ablauf dieser Frist übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen."
             if level == "Letzte Mahnung" else "Bei Rückfragen erreichen Sie unsere Buchhaltung telefonisch."))


def rem_rent(doc: Doc) -> None:
    doc.template = "de-rem-miete"
    m1 = add_months(doc.day, -1)
    doc.subject = "Mietrückstand – Gewerbemietvertrag Friedrichstraße 123"
    doc.info += [("Mieternummer", f"{doc.num(3)}-{doc.num(2)}"), ("Datum", doc.date_text)]
    rent = doc.amount(900, 3200)
    doc.p(f"die Miete ist nach § 4 des Mietvertrags jeweils bis zum dritten Werktag eines Monats im Voraus zu zahlen. "
          f"Für die Monate {MONATE[m1.month - 1]} und {MONATE[doc.day.month - 1]} {doc.day.year} fehlen uns bislang "
          f"jeweils {doc.money(rent)}, zusammen {doc.money(2 * rent)}.")
    doc.p(f"Wir fordern Sie auf, den Rückstand bis spätestens {doc.printed(7, 12)} auszugleichen. Wir weisen darauf hin, "
          "dass ein Rückstand in Höhe von zwei Monatsmieten zur fristlosen Kündigung berechtigt.")


def rem_inkasso(doc: Doc) -> None:
    doc.template = "de-rem-inkasso"
    creditor = doc.rng.choice(("Medienhaus Tessendorf GmbH", "Fitnessclub Vitalis GmbH", "Eventverleih Krautwurst KG"))
    doc.subject = f"Forderung der {creditor} – Az. {doc.num(7)}"
    doc.info += [("Aktenzeichen", doc.num(7)), ("Auftraggeber", creditor), ("Datum", doc.date_text)]
    main = doc.amount(120, 2800)
    since = doc.past(40, 120)
    doc.distractor("interest-from")
    doc.p(f"wir wurden von der {creditor} mit dem Einzug der nachstehenden Forderung beauftragt. Trotz Mahnung haben Sie "
          "die Rechnung unserer Auftraggeberin nicht beglichen.")
    doc.blocks.append(("table", ["Position", "Betrag"], [["Hauptforderung", doc.money(main)],
                                                         [f"Verzugszinsen seit {fmt(since, 'de-dot')}", doc.money(round(main * 0.03, 2))],
                                                         ["Inkassovergütung", doc.money(58.50)],
                                                         ["Auslagen", doc.money(11.30)]], (0.7, 0.3), "lr"))
    doc.p(f"Zahlen Sie den Gesamtbetrag bitte bis zum {doc.printed(8, 14)} auf unser Treuhandkonto. Andernfalls "
          "empfehlen wir unserer Auftraggeberin die gerichtliche Geltendmachung.")


# --- tax ----------------------------------------------------------------------------------------
def _stnr(doc: Doc) -> str:
    return f"{doc.rng.randint(27, 37)}/{doc.num(3)}/{doc.num(5)}"


def _einspruch(doc: Doc) -> None:
    doc.period(1, "months")
    doc.blocks.append(("p", "Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist "
                            "innerhalb eines Monats nach Bekanntgabe dieses Bescheids bei dem oben bezeichneten Finanzamt "
                            "schriftlich einzureichen, diesem elektronisch zu übermitteln oder dort zur Niederschrift zu erklären."))


def tax_ust(doc: Doc) -> None:
    doc.template = "de-tax-ust-vz"
    m = add_months(doc.day, -2)
    doc.subject = f"Bescheid über die Festsetzung der Umsatzsteuer-Vorauszahlung für {MONATE[m.month - 1]} {m.year}"
    doc.info += [("Steuernummer", _stnr(doc)), ("Bearbeiter/in", doc.rng.choice(("Frau Lüdtke", "Herr Wiechert", "Frau Okonkwo"))),
                 ("Zimmer", str(doc.rng.randint(100, 520))), ("Datum", doc.date_text)]
    doc.p("die Umsatzsteuer-Vorauszahlung wird abweichend von Ihrer Voranmeldung wie folgt festgesetzt:")
    doc.blocks.append(("kv", [("Umsatzsteuer-Vorauszahlung", doc.money(doc.amount(800, 9000))),
                              ("bereits entrichtet", doc.money(doc.amount(500, 800))),
                              ("Abschlusszahlung", doc.money(doc.amount(100, 2000)))]))
    doc.p(f"Die Abschlusszahlung ist bis zum {doc.printed(10, 20, 'de-dot')} an die Landeshauptkasse zu entrichten.")
    doc.p("Erläuterung: Die geltend gemachten Vorsteuerbeträge aus der Rechnung der Firma Elbtal Montage GmbH wurden nicht "
          "anerkannt, da die Rechnung nicht den Anforderungen des § 14 Abs. 4 UStG entspricht.")
    if doc.rng.random() < 0.7:
        _einspruch(doc)


def tax_kst(doc: Doc) -> None:
    doc.template = "de-tax-kst"
    year = doc.day.year - 2
    doc.subject = f"Bescheid für {year} über Körperschaftsteuer und Solidaritätszuschlag"
    doc.info += [("Steuernummer", _stnr(doc)), ("Datum", doc.date_text)]
    doc.p(f"aufgrund Ihrer Steuererklärung vom {doc.d(doc.past(60, 200))} wird die Steuer festgesetzt.")
    doc.distractor("your-letter")
    doc.blocks.append(("kv", [("Körperschaftsteuer", doc.money(doc.amount(2000, 30000))),
                              ("Solidaritätszuschlag", doc.money(doc.amount(100, 1600))),
                              ("verbleibende Beträge", doc.money(doc.amount(300, 6000)))]))
    doc.p(f"Bitte zahlen Sie die verbleibenden Beträge spätestens am {doc.printed(25, 35, 'de-dot')}.")
    rows = []
    for mth in (3, 6, 9, 12):
        for y in (doc.day.year, doc.day.year + 1):
            x = next_working_day(date(y, mth, 10))
            if doc.day + timedelta(days=40) < x < doc.day + timedelta(days=370) and len(rows) < 3:
                rows.append(x)
    rows.sort()
    if doc.rng.random() < 0.6 and rows:
        doc.p("Die Vorauszahlungen werden künftig wie folgt festgesetzt:")
        tab = [[fmt(x, "de-dot"), doc.money(doc.amount(500, 4000))] for x in rows]
        for x in rows:
            doc.printed_on(x)
        doc.blocks.append(("table", ["Fälligkeit", "Körperschaftsteuer"], tab, (0.4, 0.4), "lr"))
        doc.tags.append("deadline-table")
    _einspruch(doc)


def tax_erinnerung(doc: Doc) -> None:
    doc.template = "de-tax-erinnerung"
    year = doc.day.year - 1 if doc.day.month > 8 else doc.day.year - 2
    doc.subject = f"Erinnerung an die Abgabe der Steuererklärungen für {year}"
    doc.info += [("Steuernummer", _stnr(doc)), ("Datum", doc.date_text)]
    doc.p(f"nach meinen Unterlagen haben Sie die Umsatzsteuererklärung und die Gewerbesteuererklärung für {year} noch nicht "
          "abgegeben, obwohl die gesetzliche Frist abgelaufen ist.")
    doc.p(f"Ich bitte Sie, die Erklärungen bis zum {doc.printed(14, 28)} elektronisch zu übermitteln. Nach Ablauf dieser "
          "Frist muss ich einen Verspätungszuschlag festsetzen (§ 152 AO) oder die Besteuerungsgrundlagen schätzen (§ 162 AO).")


def tax_pruefung(doc: Doc) -> None:
    doc.template = "de-tax-pruefung"
    doc.subject = "Prüfungsanordnung"
    doc.info += [("Steuernummer", _stnr(doc)), ("Prüfer", doc.rng.choice(("Herr Brückmann", "Frau Sadowski"))), ("Datum", doc.date_text)]
    years = f"{doc.day.year - 4} bis {doc.day.year - 2}"
    start = next_working_day(doc.ahead(30, 50))
    doc.distractor("event")
    doc.p(f"gemäß §§ 193 ff. AO ordne ich eine Außenprüfung bei Ihnen an. Sie umfasst die Umsatzsteuer, die Körperschaftsteuer "
          f"und die Gewerbesteuer der Jahre {years}. Als Beginn der Prüfung ist der {doc.d(start)}, 9:00 Uhr, in Ihren "
          "Geschäftsräumen vorgesehen.")
    doc.p(f"Bitte stellen Sie mir die Daten Ihrer Buchführung nach den GoBD bis zum {doc.printed(10, 20)} zur Verfügung.")
    if doc.rng.random() < 0.5:
        _einspruch(doc)


def tax_bzst(doc: Doc) -> None:
    doc.template = "de-tax-bzst"
    doc.subject = "Vorsteuer-Vergütungsverfahren – Anforderung von Unterlagen"
    doc.info += [("Geschäftszeichen", f"St II 3 - {doc.num(6)}"), ("Datum", doc.date_text)]
    doc.p(f"zu Ihrem Antrag vom {doc.d(doc.past(30, 90))} auf Vergütung von Vorsteuerbeträgen fehlen noch Unterlagen. "
          "Bitte reichen Sie die Originalrechnungen bzw. Einfuhrbelege ein.")
    doc.distractor("your-letter")
    n = doc.rng.choice((1,))
    doc.period(n, "months")
    doc.p("Die Unterlagen sind innerhalb eines Monats nach Zugang dieses Schreibens einzureichen. Nach fruchtlosem "
          "Fristablauf wird über den Antrag nach Aktenlage entschieden.")


def tax_zoll(doc: Doc) -> None:
    doc.template = "de-tax-kfz"
    doc.subject = "Kraftfahrzeugsteuerbescheid"
    plate = f"B-{doc.rng.choice('KLMNRT')}{doc.rng.choice('AEX')} {doc.rng.randint(100, 9999)}"
    doc.info += [("Kennzeichen", plate), ("Steuernummer", f"{doc.num(3)}/{doc.num(7)}"), ("Datum", doc.date_text)]
    doc.p(f"für das Fahrzeug mit dem amtlichen Kennzeichen {plate} wird die Kraftfahrzeugsteuer ab dem "
          f"{doc.d(doc.past(5, 40))} auf jährlich {doc.money(doc.amount(150, 900))} festgesetzt.")
    doc.distractor("period")
    debit = next_working_day(doc.ahead(10, 30))
    doc.distractor("debit")
    doc.p(f"Die Steuer wird aufgrund des erteilten SEPA-Lastschriftmandats am {doc.d(debit)} von Ihrem Konto abgebucht.")
    _einspruch(doc)


# --- legal --------------------------------------------------------------------------------------
def leg_abmahnung(doc: Doc) -> None:
    doc.template = "de-leg-abmahnung"
    mandant = doc.rng.choice(("Lichtbildagentur Sperling GmbH", "Novaform Design GmbH", "Klangbild Verlag KG"))
    doc.subject = f"{mandant} ./. Sie – Abmahnung wegen Urheberrechtsverletzung"
    doc.info += [("Unser Zeichen", f"{doc.num(3)}/{doc.day:%y} TH/ks"), ("Datum", doc.date_text)]
    seen = doc.past(10, 40)
    doc.distractor("event")
    doc.p(f"wir zeigen an, dass uns die {mandant} mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Am "
          f"{doc.d(seen)} hat unsere Mandantin festgestellt, dass auf Ihrer Internetseite eine Fotografie ohne Lizenz "
          "öffentlich zugänglich gemacht wird.")
    doc.p(f"Namens unserer Mandantin fordern wir Sie auf, die beigefügte strafbewehrte Unterlassungserklärung bis zum "
          f"{doc.printed(7, 12)} unterzeichnet an uns zurückzusenden.")
    if doc.rng.random() < 0.6:
        n = doc.rng.choice((14, 21))
        doc.period(n, "days")
        doc.p(f"Ferner haben Sie die Kosten unserer Inanspruchnahme in Höhe von {doc.money(doc.amount(600, 1500))} "
              f"innerhalb von {_days_text(doc, n)} ab dem Datum dieses Schreibens zu erstatten.")
    doc.p("Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin empfehlen, gerichtliche Hilfe in Anspruch "
          "zu nehmen.")


def leg_forderung(doc: Doc) -> None:
    doc.template = "de-leg-forderung"
    mandant = doc.rng.choice(("Baustoffhandel Gerlach GmbH", "Wäscherei Blankenstein KG", "Ingenieurbüro Pietzsch"))
    doc.subject = f"{mandant} ./. Sie – offene Forderung"
    doc.info += [("Unser Az.", f"{doc.num(4)}/{doc.day:%y}"), ("Datum", doc.date_text)]
    doc.p(f"in vorbezeichneter Angelegenheit vertreten wir die {mandant}. Eine auf uns lautende Vollmacht liegt an.")
    doc.p(f"Unsere Mandantin hat gegen Sie eine Forderung aus der Rechnung vom {doc.d(doc.past(60, 120))} in Höhe von "
          f"{doc.money(doc.amount(900, 9000))}, die trotz Mahnung nicht ausgeglichen wurde.")
    doc.distractor("invoice-date")
    if doc.rng.random() < 0.5:
        doc.p(f"Wir haben Sie aufzufordern, den Betrag zuzüglich unserer Kosten bis zum {doc.printed(10, 14)} "
              "auf unser Anderkonto zu zahlen.")
    else:
        doc.period(2, "weeks")
        doc.p("Wir setzen Ihnen hierfür eine Frist von zwei Wochen ab Datum dieses Schreibens.")


def leg_mahnbescheid(doc: Doc) -> None:
    doc.template = "de-leg-mahnbescheid"
    doc.subject = "Mahnbescheid"
    doc.info += [("Geschäftsnummer", f"{doc.day:%y}-{doc.num(7)}-0-{doc.rng.randint(0, 9)}"), ("Datum", doc.date_text)]
    claimant = doc.rng.choice(("Autovermietung Drewitz GmbH", "Telekommunikation Ostsee GmbH", "Möbelhaus Fiedler e.K."))
    doc.p(f"Antragsteller: {claimant}. Der Antragsteller macht gegen Sie folgenden Anspruch geltend: Forderung aus "
          f"Dienstleistungsvertrag gemäß Rechnung vom {doc.d(doc.past(60, 180))}.")
    doc.distractor("invoice-date")
    doc.blocks.append(("kv", [("Hauptforderung", doc.money(doc.amount(500, 6000))), ("Kosten des Verfahrens", doc.money(doc.amount(40, 120))),
                              ("Zinsen", "5 Prozentpunkte über dem Basiszinssatz")]))
    doc.period(2, "weeks")
    doc.p("Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht. Sie werden aufgefordert, innerhalb von "
          "zwei Wochen seit der Zustellung dieses Bescheids die geltend gemachten Beträge zu begleichen oder dem Gericht "
          "mitzuteilen, ob und in welchem Umfang Sie dem Anspruch widersprechen.")


def leg_ladung(doc: Doc) -> None:
    doc.template = "de-leg-ladung"
    az = f"{doc.rng.randint(2, 118)} C {doc.rng.randint(10, 999)}/{doc.day:%y}"
    doc.subject = f"In dem Rechtsstreit – Az. {az} – Ladung"
    doc.info += [("Geschäftszeichen", az), ("Datum", doc.date_text)]
    hearing = next_working_day(doc.ahead(25, 60))
    doc.p(f"In dem Rechtsstreit wird Termin zur Güteverhandlung und zur mündlichen Verhandlung bestimmt auf "
          f"{fmt(hearing, 'de-weekday')}, {doc.rng.choice(('9:30', '10:15', '11:00', '13:45'))} Uhr, Saal "
          f"{doc.rng.randint(1, 4)}/{doc.rng.randint(101, 340)}.")
    doc.printed_on(hearing)
    doc.tags.append("deadline-hearing")
    doc.p("Zu dem Termin werden Sie als Beklagte/r geladen. Das persönliche Erscheinen eines vertretungsberechtigten "
          "Organs wird angeordnet.")
    if doc.rng.random() < 0.6:
        doc.period(2, "weeks")
        doc.p("Ihnen wird aufgegeben, auf die Klage binnen zwei Wochen schriftlich zu erwidern.")


def leg_insolvenz(doc: Doc) -> None:
    doc.template = "de-leg-insolvenz"
    debtor = doc.rng.choice(("Grafikbüro Selinger GmbH", "Trockenbau Matuschek GmbH", "Café Rosenthaler UG (haftungsbeschränkt)"))
    doc.subject = f"Insolvenzverfahren über das Vermögen der {debtor}"
    doc.info += [("Insolvenzgericht", f"AG Charlottenburg, 36{doc.rng.choice('abc')} IN {doc.rng.randint(100, 9999)}/{doc.day:%y}"),
                 ("Datum", doc.date_text)]
    opened = doc.past(5, 25)
    meeting = next_working_day(doc.ahead(40, 80))
    doc.distractor("event")
    doc.p(f"mit Beschluss vom {doc.d(opened)} wurde über das Vermögen der {debtor} das Insolvenzverfahren eröffnet und "
          "die Unterzeichnerin zur Insolvenzverwalterin bestellt. Nach den Unterlagen der Schuldnerin gehören Sie zu den "
          "Gläubigern.")
    doc.p(f"Bitte melden Sie Ihre Forderungen bis zum {doc.printed(20, 35)} schriftlich unter Beifügung von Belegen bei mir an. "
          f"Der Berichtstermin findet am {doc.d(meeting)} vor dem Amtsgericht Charlottenburg statt.")


# --- authorities --------------------------------------------------------------------------------
def auth_register(doc: Doc) -> None:
    hrb = f"HRB {doc.num(6)} B"
    if doc.rng.random() < 0.5:
        doc.template = "de-auth-register-eintragung"
        doc.subject = f"Handelsregister – {hrb} – Eintragungsnachricht"
        doc.info += [("Registernummer", hrb), ("Datum", doc.date_text)]
        done = doc.past(1, 6)
        doc.distractor("event")
        doc.p(f"in der vorgenannten Registersache ist am {doc.d(done)} folgende Eintragung erfolgt: Geänderte "
              "Geschäftsanschrift: Friedrichstraße 123, 10117 Berlin.")
        doc.p("Die Bekanntmachung erfolgt im gemeinsamen Registerportal der Länder. Kosten werden gesondert erhoben.")
    else:
        doc.template = "de-auth-register-aufforderung"
        doc.subject = f"Registersache {hrb} – Aufforderung zur Einreichung der Gesellschafterliste"
        doc.info += [("Aktenzeichen", hrb), ("Datum", doc.date_text)]
        doc.p("nach § 40 GmbHG ist nach jeder Veränderung in den Personen der Gesellschafter eine aktualisierte "
              "Gesellschafterliste einzureichen. Eine solche Liste liegt dem Gericht bisher nicht vor.")
        doc.p(f"Sie werden gebeten, die Liste bis zum {doc.printed(14, 30)} über einen Notar elektronisch einzureichen.")


def auth_ihk(doc: Doc) -> None:
    doc.template = "de-auth-ihk"
    doc.subject = f"Beitragsbescheid {doc.day.year}"
    doc.info += [("Mitgliedsnummer", doc.num(8)), ("Datum", doc.date_text)]
    doc.p(f"als Mitglied der IHK Berlin sind Sie nach § 3 IHKG beitragspflichtig. Für das Jahr {doc.day.year} setzen wir "
          f"den Grundbeitrag vorläufig auf Basis des Gewerbeertrags {doc.day.year - 2} fest.")
    doc.blocks.append(("kv", [("Grundbeitrag", doc.money(doc.amount(150, 700))), ("Umlage", doc.money(doc.amount(0, 300))),
                              ("Zahlbetrag", doc.money(doc.amount(150, 1000)))]))
    doc.period(1, "months")
    doc.p("Der Beitrag ist innerhalb eines Monats nach Bekanntgabe dieses Bescheids fällig.")


def auth_rundfunk(doc: Doc) -> None:
    doc.template = "de-auth-rundfunk"
    doc.subject = "Festsetzungsbescheid"
    doc.info += [("Beitragsnummer", f"{doc.num(3)} {doc.num(3)} {doc.num(3)}"), ("Datum", doc.date_text)]
    a, b = doc.past(150, 200), doc.past(20, 40)
    doc.distractor("period")
    doc.p(f"für die Betriebsstätte Friedrichstraße 123 wurden für den Zeitraum {doc.d(a)} bis {doc.d(b)} keine Rundfunkbeiträge "
          f"gezahlt. Wir setzen daher Beiträge in Höhe von {doc.money(doc.amount(50, 400))} zuzüglich eines "
          "Säumniszuschlags von 8,00 € fest.")
    doc.p(f"Bitte überweisen Sie den Gesamtbetrag bis zum {doc.printed(14, 21)}.")


def auth_drv(doc: Doc) -> None:
    doc.template = "de-auth-drv-pruefung"
    doc.subject = "Ankündigung einer Betriebsprüfung nach § 28p SGB IV"
    doc.info += [("Betriebsnummer", doc.num(8)), ("Prüfer", "Herr Demirci"), ("Datum", doc.date_text)]
    visit = next_working_day(doc.ahead(30, 55))
    doc.distractor("event")
    a = date(doc.day.year - 4, 1, 1)
    b = date(doc.day.year - 1, 12, 31)
    doc.p(f"wir kündigen eine Prüfung der Arbeitgeberpflichten für den Zeitraum {doc.d(a)} bis {doc.d(b)} an. Die Prüfung ist "
          f"für den {doc.d(visit)} vorgesehen.")
    doc.p(f"Bitte bestätigen Sie den Termin oder nennen Sie uns einen Ausweichtermin bis zum {doc.printed(7, 14)}.")


def auth_bg(doc: Doc) -> None:
    doc.template = "de-auth-bg"
    doc.subject = f"Beitragsbescheid für das Umlagejahr {doc.day.year - 1}"
    doc.info += [("Mitgliedsnummer", doc.num(9)), ("Datum", doc.date_text)]
    doc.p(f"auf der Grundlage Ihres Lohnnachweises für {doc.day.year - 1} ergibt sich folgender Beitrag:")
    doc.blocks.append(("table", ["Gefahrtarifstelle", "Entgelt", "Beitrag"],
                       [["01 Büro", doc.money(doc.amount(50000, 400000)), doc.money(doc.amount(200, 1800))]], (0.4, 0.3, 0.3), "lrr"))
    doc.p(f"Der Beitrag wird am {doc.printed(14, 30)} fällig.")
    doc.p("Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch erheben.")
    doc.period(1, "months")


def auth_ordnung(doc: Doc) -> None:
    doc.template = "de-auth-anhoerung"
    doc.subject = "Anhörung im Verwarnungsgeldverfahren"
    doc.info += [("Aktenzeichen", f"{doc.num(3)}.{doc.num(6)}.{doc.rng.randint(1, 9)}"), ("Datum", doc.date_text)]
    when = doc.past(10, 30)
    doc.distractor("event")
    doc.p(f"Ihnen wird vorgeworfen, am {doc.d(when)} um {doc.rng.randint(8, 18)}:{doc.rng.choice(('05', '20', '42'))} Uhr in "
          "Berlin-Mitte, Friedrichstraße, mit dem Kraftfahrzeug B-KL 4471 im eingeschränkten Halteverbot geparkt zu haben "
          "(§ 12 StVO). Hierfür ist ein Verwarnungsgeld von 40,00 € vorgesehen.")
    doc.period(1, "weeks")
    doc.p("Sie haben Gelegenheit, sich innerhalb einer Woche nach Zugang dieses Schreibens zu dem Vorwurf zu äußern.")


def auth_statistik(doc: Doc) -> None:
    doc.template = "de-auth-statistik"
    q = (doc.day.month - 1) // 3 + 1
    doc.subject = f"Konjunkturerhebung im Dienstleistungsbereich – {q}. Quartal {doc.day.year}"
    doc.info += [("Meldernummer", doc.num(9)), ("Datum", doc.date_text)]
    doc.p("Ihr Unternehmen wurde für die Konjunkturerhebung im Dienstleistungsbereich ausgewählt. Nach § 15 BStatG in "
          "Verbindung mit dem Dienstleistungsstatistikgesetz sind Sie zur Auskunft verpflichtet.")
    doc.p(f"Bitte melden Sie Ihre Angaben über das Online-Verfahren IDEV bis zum {doc.printed(14, 28)}.")


def auth_aok(doc: Doc) -> None:
    doc.template = "de-auth-krankenkasse"
    m = add_months(doc.day, -1)
    doc.subject = f"Fehlender Beitragsnachweis für {MONATE[m.month - 1]} {m.year}"
    doc.info += [("Betriebsnummer", doc.num(8)), ("Datum", doc.date_text)]
    doc.p(f"für den Monat {MONATE[m.month - 1]} {m.year} liegt uns kein Beitragsnachweis vor. Bitte übermitteln Sie den "
          "Nachweis über Ihr Entgeltabrechnungsprogramm.")
    n = doc.rng.choice((10, 14))
    doc.period(n, "days")
    doc.p(f"Erhalten wir den Nachweis nicht innerhalb von {n} Tagen, sind wir verpflichtet, die Beiträge zu schätzen.")


# --- bank ---------------------------------------------------------------------------------------
def _konto(doc: Doc) -> str:
    return f"DE{doc.rng.randint(10, 99)} {doc.num(4)} {doc.num(4)} {doc.num(4)} {doc.num(4)} {doc.num(2)}"


def bank_abschluss(doc: Doc) -> None:
    doc.template = "de-bank-abschluss"
    q_end = date(doc.day.year, ((doc.day.month - 1) // 3) * 3 + 1, 1) - timedelta(days=1)
    doc.subject = f"Rechnungsabschluss zum {fmt(q_end, 'de-dot')}"
    doc.distractor("period")
    doc.info += [("Konto", _konto(doc)), ("Datum", doc.date_text)]
    doc.blocks.append(("kv", [("Kontoführung", doc.money(doc.amount(15, 60))), ("Buchungsposten", doc.money(doc.amount(5, 40))),
                              ("Sollzinsen", doc.money(doc.amount(0, 30))), ("Saldo des Abschlusses", doc.money(doc.amount(1000, 90000)))]))
    if doc.rng.random() < 0.5:
        doc.period(6, "weeks")
        doc.p("Einwendungen gegen diesen Rechnungsabschluss sind spätestens vor Ablauf von sechs Wochen nach seinem Zugang "
              "zu erheben. Das Unterlassen rechtzeitiger Einwendungen gilt als Genehmigung.")
        doc.template += "-einwendung"
    else:
        doc.p("Die einzelnen Entgelte entnehmen Sie bitte Ihrem Kontoauszug.")


def bank_agb(doc: Doc) -> None:
    doc.template = "de-bank-agb"
    eff = date(doc.day.year, doc.day.month, 1) + timedelta(days=75)
    eff = date(eff.year, eff.month, 1)
    doc.distractor("effective")
    doc.subject = "Änderung unserer Allgemeinen Geschäftsbedingungen und des Preis- und Leistungsverzeichnisses"
    doc.info += [("Kundennummer", doc.num(8)), ("Datum", doc.date_text)]
    doc.p(f"zum {doc.d(eff)} passen wir unsere Allgemeinen Geschäftsbedingungen und einzelne Entgelte für Geschäftskonten an. "
          "Die Änderungen haben wir Ihnen in der beiliegenden Übersicht gegenübergestellt.")
    doc.p(f"Damit die Änderungen für Ihr Konto wirksam werden können, benötigen wir Ihre Zustimmung. Bitte stimmen Sie bis zum "
          f"{doc.printed(21, 40)} im Online-Banking oder mit dem beiliegenden Formular zu.")


def bank_kyc(doc: Doc) -> None:
    doc.template = "de-bank-kyc"
    doc.subject = "Aktualisierung Ihrer Unternehmensdaten nach dem Geldwäschegesetz"
    doc.info += [("Kundennummer", doc.num(8)), ("Datum", doc.date_text)]
    doc.p("nach dem Geldwäschegesetz sind wir verpflichtet, die Angaben zu unseren Kunden in angemessenen Abständen zu "
          "aktualisieren. Bitte senden Sie uns einen aktuellen Handelsregisterauszug, die Gesellschafterliste und eine "
          "Angabe zu den wirtschaftlich Berechtigten.")
    if doc.rng.random() < 0.5:
        doc.p(f"Bitte reichen Sie die Unterlagen bis zum {doc.printed(14, 30)} ein.")
    else:
        doc.period(4, "weeks")
        doc.p("Bitte reichen Sie die Unterlagen innerhalb von vier Wochen ab Datum dieses Schreibens ein.")
    doc.p("Ohne diese Angaben müssen wir die Geschäftsbeziehung gegebenenfalls einschränken.")


def bank_ruecklast(doc: Doc) -> None:
    doc.template = "de-bank-ruecklastschrift"
    when = doc.past(2, 8)
    doc.distractor("debit")
    doc.subject = "Rückgabe einer Lastschrift mangels Deckung"
    doc.info += [("Konto", _konto(doc)), ("Datum", doc.date_text)]
    doc.p(f"die Lastschrift der Telekontor Kommunikation AG vom {doc.d(when)} über {doc.money(doc.amount(40, 600))} konnten wir "
          "mangels ausreichender Deckung Ihres Kontos nicht einlösen. Für die Benachrichtigung berechnen wir 5,00 €.")
    n = doc.rng.choice((7, 10))
    doc.period(n, "days")
    doc.p(f"Bitte sorgen Sie innerhalb von {n} Tagen für einen Ausgleich Ihres Kontos.")


def bank_karte(doc: Doc) -> None:
    doc.template = "de-bank-karte"
    doc.subject = "Ihre neue Debitkarte"
    doc.info += [("Datum", doc.date_text)]
    valid = date(doc.day.year + 4, 12, 31)
    doc.distractor("valid-until")
    doc.p(f"Ihre bisherige Karte läuft ab. Mit getrennter Post erhalten Sie Ihre neue Debitkarte, gültig bis {valid:%m/%Y}. "
          "Ihre PIN bleibt unverändert.")
    doc.p("Bitte vernichten Sie die alte Karte, sobald Sie die neue Karte erhalten haben.")


# --- insurance ----------------------------------------------------------------------------------
def ins_beitrag(doc: Doc) -> None:
    doc.template = "de-ins-beitrag"
    start = add_months(date(doc.day.year, doc.day.month, 1), 1)
    doc.distractor("period")
    doc.subject = "Beitragsrechnung Betriebshaftpflichtversicherung"
    doc.info += [("Versicherungsschein-Nr.", f"BH-{doc.num(8)}"), ("Datum", doc.date_text)]
    doc.p(f"für den Versicherungszeitraum {doc.d(start)} bis {doc.d(add_months(start, 12))} berechnen wir folgenden Beitrag:")
    doc.blocks.append(("kv", [("Nettobeitrag", doc.money(doc.amount(300, 2000))), ("Versicherungsteuer 19 %", doc.money(doc.amount(50, 380))),
                              ("Zu zahlen", doc.money(doc.amount(350, 2400)))]))
    if doc.rng.random() < 0.5:
        doc.distractor("debit")
        doc.p(f"Der Beitrag wird am {doc.d(next_working_day(start))} von Ihrem Konto abgebucht.")
        doc.template += "-sepa"
    else:
        due = next_working_day(start) if next_working_day(start) > doc.day else next_working_day(doc.ahead(14, 20))
        doc.p(f"Bitte zahlen Sie den Beitrag bis zum {doc.printed_on(due)}. Bei verspäteter Zahlung besteht kein "
              "Versicherungsschutz (§ 37 VVG).")


def ins_schaden(doc: Doc) -> None:
    doc.template = "de-ins-schaden"
    when = doc.past(10, 40)
    doc.distractor("event")
    doc.subject = f"Ihr Schaden vom {doc.d(when)}"
    doc.info += [("Schaden-Nr.", f"{doc.num(2)}-{doc.num(7)}"), ("Datum", doc.date_text)]
    doc.p("vielen Dank für Ihre Schadenmeldung (Wasserschaden in den Büroräumen). Damit wir den Schaden prüfen können, "
          "benötigen wir noch einen Kostenvoranschlag, Fotos der beschädigten Gegenstände und den Bericht des Installateurs.")
    if doc.rng.random() < 0.5:
        doc.p(f"Bitte senden Sie uns die Unterlagen bis zum {doc.printed(14, 21)} zu.")
    else:
        doc.period(3, "weeks")
        doc.p("Bitte senden Sie uns die Unterlagen innerhalb von drei Wochen zu.")


def ins_nachtrag(doc: Doc) -> None:
    doc.template = "de-ins-nachtrag"
    eff = date(doc.day.year, doc.day.month, 1) + timedelta(days=35)
    doc.distractor("effective")
    doc.subject = "Nachtrag zu Ihrem Versicherungsschein – Inhaltsversicherung"
    doc.info += [("Vertrag", f"IV {doc.num(9)}"), ("Datum", doc.date_text)]
    doc.p(f"wie besprochen haben wir die Versicherungssumme Ihrer Inhaltsversicherung mit Wirkung ab {doc.d(eff)} auf "
          f"{doc.money(doc.amount(50, 200) * 1000)} erhöht. Den Nachtrag zum Versicherungsschein erhalten Sie anbei.")
    doc.p("Der Beitrag ändert sich ab der nächsten Fälligkeit entsprechend. Für Sie ist nichts weiter zu veranlassen.")


def ins_anpassung(doc: Doc) -> None:
    doc.template = "de-ins-anpassung"
    eff = date(doc.day.year, doc.day.month, 1) + timedelta(days=50)
    eff = date(eff.year, eff.month, 1)
    doc.distractor("effective")
    doc.subject = "Beitragsanpassung Ihrer Geschäftsversicherung"
    doc.info += [("Versicherungsschein", f"GV-{doc.num(7)}"), ("Datum", doc.date_text)]
    doc.p(f"aufgrund gestiegener Schadenaufwendungen passen wir gemäß § 12 der Versicherungsbedingungen den Beitrag zum "
          f"{doc.d(eff)} an. Ihr Jahresbeitrag beträgt künftig {doc.money(doc.amount(400, 3000))}.")
    doc.p("Weitere Informationen zu Ihren Rechten finden Sie in der beiliegenden Übersicht.")


# --- contracts ----------------------------------------------------------------------------------
def con_ab(doc: Doc) -> None:
    doc.template = "de-con-auftragsbestaetigung"
    doc.subject = f"Auftragsbestätigung Nr. AB-{doc.num(6)}"
    order = doc.past(1, 7)
    doc.distractor("your-letter")
    delivery = next_working_day(doc.ahead(10, 30))
    doc.distractor("delivery")
    doc.info += [("Ihre Bestellung vom", doc.d(order)), ("Liefertermin", doc.d(delivery)), ("Datum", doc.date_text)]
    doc.p("vielen Dank für Ihre Bestellung. Wir bestätigen Ihnen den Auftrag zu unseren Allgemeinen Geschäftsbedingungen:")
    goods = [("Besprechungstisch 240 x 100, Eiche", 1290.0), ("Konferenzstuhl Freischwinger", 189.0), ("Akustik-Stellwand", 410.0)]
    _positions(doc, goods[:doc.rng.randint(1, 3)])
    doc.p(f"Die Lieferung erfolgt voraussichtlich am {doc.d(delivery)} frei Verwendungsstelle. Bitte prüfen Sie diese "
          "Auftragsbestätigung auf Richtigkeit.")


def con_miete(doc: Doc) -> None:
    doc.template = "de-con-mietnachtrag"
    start = add_months(date(doc.day.year, doc.day.month, 1), 2)
    doc.distractor("contract-start")
    doc.subject = "2. Nachtrag zum Gewerbemietvertrag – Anmietung Lagerfläche"
    doc.info += [("Unser Zeichen", f"Ke/{doc.num(3)}"), ("Datum", doc.date_text)]
    doc.p(f"wie besprochen erweitern wir das Mietverhältnis ab dem {doc.d(start)} um eine Lagerfläche von 18 m² im "
          "Untergeschoss. Anbei erhalten Sie den Nachtrag in zweifacher Ausfertigung.")
    doc.p(f"Bitte senden Sie uns beide Exemplare bis zum {doc.printed(10, 21)} unterschrieben zurück.")


def con_preis(doc: Doc) -> None:
    doc.template = "de-con-preisanpassung"
    eff = add_months(date(doc.day.year, doc.day.month, 1), 2)
    doc.distractor("effective")
    doc.subject = "Information über die Anpassung Ihrer Preise"
    doc.info += [("Kundennummer", doc.num(9)), ("Datum", doc.date_text)]
    doc.p(f"zum {doc.d(eff)} ändern sich die Preise Ihres Tarifs. Der Grundpreis steigt von {doc.money(12.9)} auf "
          f"{doc.money(14.5)} im Monat; alle übrigen Bedingungen bleiben unverändert.")
    doc.p("Sie haben das Recht, den Vertrag zum Zeitpunkt des Wirksamwerdens der Änderung ohne Einhaltung einer "
          "Kündigungsfrist zu kündigen. Hierauf weisen wir Sie gesetzlich hin.")


def con_kuendbest(doc: Doc) -> None:
    doc.template = "de-con-kuendigungsbestaetigung"
    end = add_months(date(doc.day.year, doc.day.month, 1), 3) - timedelta(days=1)
    doc.distractor("contract-end")
    doc.subject = "Bestätigung Ihrer Kündigung"
    doc.info += [("Vertragsnummer", doc.num(8)), ("Ihr Schreiben vom", doc.d(doc.past(3, 12))), ("Datum", doc.date_text)]
    doc.distractor("your-letter")
    doc.p(f"wir bestätigen den Eingang Ihrer Kündigung. Der Vertrag endet fristgerecht zum {doc.d(end)}.")
    doc.p("Schade, dass Sie uns verlassen. Sollten Sie es sich anders überlegen, melden Sie sich gern bei uns.")


def con_angebot(doc: Doc) -> None:
    doc.template = "de-con-angebot"
    asked = doc.past(2, 10)
    valid = doc.ahead(21, 45)
    doc.distractor("valid-until")
    doc.distractor("your-letter")
    doc.subject = f"Unser Angebot Nr. {doc.num(5)} – Ihre Anfrage vom {doc.d(asked)}"
    doc.info += [("Angebot gültig bis", doc.d(valid)), ("Datum", doc.date_text)]
    doc.p("vielen Dank für Ihre Anfrage. Gern bieten wir Ihnen an:")
    _positions(doc, [("Wartungsvertrag Standard, jährlich", doc.amount(400, 1400)),
                     ("Einweisung der Mitarbeiter (2 Std.)", 180.0)], qty=False)
    doc.p(f"Dieses Angebot ist freibleibend und gilt bis {doc.d(valid)}. Wir würden uns freuen, den Auftrag für Sie "
          "ausführen zu dürfen.")


# --- advertising --------------------------------------------------------------------------------
def adv_directory(doc: Doc) -> None:
    doc.template = "de-adv-eintragungsofferte"
    doc.subject = "Eintragungsofferte – Aktualisierung Ihres Firmeneintrags"
    valid = doc.ahead(14, 21)
    doc.distractor("valid-until")
    doc.info += [("Angebots-Nr.", doc.num(7)), ("Datum", doc.date_text)]
    doc.p("damit Ihr Unternehmen im Online-Verzeichnis gefunden wird, bieten wir Ihnen einen Premium-Eintrag für 24 Monate an.")
    doc.blocks.append(("kv", [("Premium-Eintrag, jährlich", doc.money(890.0)), ("Laufzeit", "24 Monate")]))
    doc.p(f"Dies ist ein Angebot. Es gilt bis zum {doc.d(valid)}. Ein Vertrag kommt erst mit Ihrer Unterschrift auf dem "
          "beiliegenden Formular zustande.")


def adv_leasing(doc: Doc) -> None:
    doc.template = "de-adv-leasing"
    doc.subject = doc.rng.choice(("Jetzt umsteigen: E-Transporter ab 299 € im Monat", "Ihr neuer Firmenwagen – Leasing-Sonderaktion"))
    until = doc.ahead(20, 40)
    doc.distractor("valid-until")
    doc.info += [("Datum", doc.date_text)]
    doc.p("wachsen Sie mit Ihren Aufgaben? Mit unserem Gewerbeleasing fahren Sie elektrisch – ohne Anzahlung, mit "
          "Wartung und Versicherung in einer Rate.")
    doc.p(f"Die Aktionskonditionen gelten für Verträge, die bis zum {doc.d(until)} geschlossen werden. Rufen Sie uns an, wir "
          "beraten Sie gern unverbindlich.")


def adv_seminar(doc: Doc) -> None:
    doc.template = "de-adv-seminar"
    ev1 = doc.ahead(30, 80)
    early = doc.ahead(7, 20)
    doc.distractor("event")
    doc.distractor("valid-until")
    doc.subject = "Seminarprogramm: E-Rechnung, Kassenführung und GoBD in der Praxis"
    doc.info += [("Datum", doc.date_text)]
    doc.p("die Umstellung auf die E-Rechnung und die nächste Betriebsprüfung kommen bestimmt. In unseren Praxisseminaren "
          "zeigen erfahrene Referentinnen und Referenten, worauf es ankommt:")
    doc.blocks.append(("table", ["Termin", "Seminar", "Ort"],
                       [[fmt(ev1, "de-dot"), "E-Rechnung ab 2027: Pflichten für den Mittelstand", "Berlin"],
                        [fmt(ev1 + timedelta(days=14), "de-dot"), "Kassenführung sicher organisieren", "Online"]],
                       (0.2, 0.6, 0.2), "lll"))
    doc.p(f"Bei Anmeldung bis {doc.d(early)} erhalten Sie 15 % Frühbucherrabatt.")


def adv_coffee(doc: Doc) -> None:
    doc.template = "de-adv-kaffee"
    doc.subject = "Vier Wochen Kaffeevollautomat gratis testen"
    until = doc.ahead(25, 50)
    doc.distractor("valid-until")
    doc.info += [("Datum", doc.date_text)]
    doc.p("guter Kaffee hält Teams zusammen. Testen Sie unseren Vollautomaten vier Wochen kostenlos in Ihrem Büro – "
          "inklusive Aufstellung, Reinigung und zwei Kilo Bohnen aus unserer Rösterei.")
    doc.p(f"Das Angebot gilt bis {doc.d(until)} und nur solange der Vorrat reicht.")


def adv_fair(doc: Doc) -> None:
    doc.template = "de-adv-messe"
    ev = doc.ahead(60, 120)
    doc.distractor("event")
    doc.subject = f"Ausstellen auf der ServiceWelt Berlin {ev.year} – jetzt Standfläche sichern"
    doc.info += [("Datum", doc.date_text)]
    doc.p(f"vom {fmt(ev, 'de-dot')} bis {fmt(ev + timedelta(days=2), 'de-dot')} trifft sich die Dienstleistungsbranche auf dem "
          "Messegelände. Präsentieren Sie Ihr Unternehmen über 9.000 Fachbesuchern.")
    doc.p("Unsere Komplettstände gibt es ab 12 m². Fordern Sie jetzt Ihr persönliches Angebot an.")


# --- other --------------------------------------------------------------------------------------
def oth_lieferschein(doc: Doc) -> None:
    doc.template = "de-oth-lieferschein"
    doc.subject = f"Lieferschein Nr. {doc.num(6)}"
    doc.info += [("Auftrag", f"AB-{doc.num(6)}"), ("Lieferdatum", doc.date_text), ("Datum", doc.date_text)]
    rows = [[str(i + 1), w, str(doc.rng.randint(1, 20))] for i, w in enumerate(("Kopierpapier A4", "Ordner breit", "Tonerkartusche"))]
    doc.blocks.append(("table", ["Pos.", "Artikel", "Menge"], rows, (0.1, 0.7, 0.2), "llr"))
    doc.p("Ware in einwandfreiem Zustand erhalten. Die Rechnung folgt mit separater Post.")


def oth_adresse(doc: Doc) -> None:
    doc.template = "de-oth-adressaenderung"
    move = add_months(date(doc.day.year, doc.day.month, 1), 1)
    doc.distractor("effective")
    doc.subject = "Wir ziehen um – neue Anschrift ab " + doc.d(move)
    doc.info += [("Datum", doc.date_text)]
    doc.p(f"ab dem {doc.d(move)} finden Sie uns in neuen Räumen: Gutenbergstraße 14, 14467 Potsdam. Telefonnummern und "
          "E-Mail-Adressen bleiben unverändert.")
    doc.p("Bitte passen Sie unsere Anschrift in Ihren Stammdaten an. Wir freuen uns auf die weitere Zusammenarbeit.")


def oth_spende(doc: Doc) -> None:
    doc.template = "de-oth-spendenaufruf"
    doc.subject = "Ein Sommer voller Abenteuer – helfen Sie mit!"
    ev = doc.ahead(30, 90)
    doc.distractor("event")
    doc.info += [("Datum", doc.date_text)]
    doc.p(f"auch in diesem Jahr möchten wir 120 Kindern aus Brandenburg eine Ferienfreizeit ermöglichen. Die erste Gruppe "
          f"fährt am {doc.d(ev)} los.")
    doc.p("Mit 50 € finanzieren Sie einen Tag Betreuung. Jede Spende hilft – Ihre Zuwendungsbestätigung senden wir Ihnen "
          "automatisch zu.")


def oth_einladung(doc: Doc) -> None:
    doc.template = "de-oth-einladung"
    ev = doc.ahead(20, 50)
    doc.distractor("event")
    doc.subject = f"Einladung zu unserem Sommerempfang am {fmt(ev, 'de-long')}"
    doc.info += [("Datum", doc.date_text)]
    doc.p(f"wir laden Sie herzlich zu unserem Sommerempfang am {fmt(ev, 'de-weekday')} ab 18 Uhr in unsere Kanzleiräume ein. "
          "Nach einem kurzen Vortrag zu den steuerlichen Neuerungen des Jahres wollen wir mit Ihnen anstoßen.")
    doc.p("Wir freuen uns auf Ihr Kommen.")


def oth_mandanteninfo(doc: Doc) -> None:
    doc.template = "de-oth-mandanteninfo"
    doc.subject = "Mandanteninformation: Neuerungen zur E-Rechnung"
    doc.info += [("Datum", doc.date_text)]
    doc.p("seit dem 01.01.2025 müssen Unternehmen E-Rechnungen empfangen können. Ab dem 01.01.2027 wird die Ausstellung "
          "für Unternehmen mit mehr als 800.000 € Vorjahresumsatz Pflicht, ab dem 01.01.2028 für alle.")
    doc.distractor("effective")
    doc.p("Gern prüfen wir mit Ihnen, ob Ihre Buchhaltungsprozesse vorbereitet sind. Sprechen Sie uns an.")


def oth_bewerbung(doc: Doc) -> None:
    doc.template = "de-oth-bewerbung"
    born = date(doc.rng.randint(1985, 2002), doc.rng.randint(1, 12), doc.rng.randint(1, 28))
    doc.distractor("birthday")
    start = add_months(date(doc.day.year, doc.day.month, 1), 2)
    doc.subject = "Bewerbung als Kauffrau für Büromanagement"
    doc.p("mit großem Interesse habe ich Ihre Stellenanzeige gelesen und bewerbe mich hiermit um die ausgeschriebene Stelle.")
    doc.p(f"Nach meiner Ausbildung habe ich vier Jahre in der Verwaltung eines Handwerksbetriebs gearbeitet. Ich bin "
          f"am {fmt(born, 'de-dot')} in Cottbus geboren und könnte die Stelle ab dem {doc.d(start)} antreten.")
    doc.distractor("contract-start")
    doc.p("Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.")


DE = {
    "invoice": [("utility", inv_utility, 3), ("telecom", inv_telecom, 2), ("supplies", inv_goods, 2), ("print", inv_goods, 1),
                ("furniture", inv_goods, 1), ("cleaning", inv_service, 2), ("it", inv_it, 2), ("plumber", inv_service_plumber, 1),
                ("courier", inv_courier, 1), ("landlord", inv_landlord, 1)],
    "reminder": [("supplies print it cleaning courier telecom", rem_first, 3), ("supplies print it cleaning courier", rem_mahnung, 3),
                 ("landlord", rem_rent, 1), ("collector", rem_inkasso, 2)],
    "tax": [("finanzamt", tax_ust, 3), ("finanzamt", tax_kst, 2), ("finanzamt", tax_erinnerung, 2), ("finanzamt", tax_pruefung, 1),
            ("bzst", tax_bzst, 1), ("zoll", tax_zoll, 1)],
    "legal": [("lawyer", leg_abmahnung, 2), ("lawyer", leg_forderung, 2), ("mahngericht", leg_mahnbescheid, 2),
              ("court", leg_ladung, 2), ("insolvency", leg_insolvenz, 1)],
    "authority": [("register", auth_register, 2), ("ihk", auth_ihk, 2), ("beitragsservice", auth_rundfunk, 2), ("drv", auth_drv, 1),
                  ("bg", auth_bg, 1), ("ordnungsamt", auth_ordnung, 1), ("statistik", auth_statistik, 1), ("krankenkasse", auth_aok, 1)],
    "bank": [("bank", bank_abschluss, 2), ("bank", bank_agb, 2), ("bank", bank_kyc, 2), ("bank", bank_ruecklast, 1), ("bank", bank_karte, 1)],
    "insurance": [("insurer", ins_beitrag, 3), ("insurer", ins_schaden, 2), ("broker", ins_nachtrag, 1), ("insurer", ins_anpassung, 1)],
    "contract": [("furniture supplies", con_ab, 2), ("landlord", con_miete, 1), ("telecom utility", con_preis, 2),
                 ("telecom utility coffee", con_kuendbest, 1), ("it cleaning", con_angebot, 2)],
    "advertising": [("directory", adv_directory, 2), ("leasing", adv_leasing, 2), ("seminar", adv_seminar, 2), ("coffee", adv_coffee, 1),
                    ("fair", adv_fair, 1)],
    "other": [("supplies", oth_lieferschein, 2), ("print plumber courier", oth_adresse, 1), ("charity", oth_spende, 2),
              ("partner", oth_einladung, 1), ("partner", oth_mandanteninfo, 1), ("applicant", oth_bewerbung, 1)],
}
