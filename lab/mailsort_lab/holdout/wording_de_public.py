"""German wording for letters from public bodies and the law: tax, legal, authority.

Written for the evaluation set only; the training generator has its own texts. Each function
takes a Ctx and returns a Text; deadlines go through c.dl so the label stays exact.
"""

from __future__ import annotations

from mailsort_lab.holdout.context import Ctx, Text

RBB = ("Rechtsbehelfsbelehrung: Gegen diesen Bescheid ist der Einspruch gegeben. Der Einspruch ist "
       "bei dem oben bezeichneten Finanzamt schriftlich einzureichen oder zur Niederschrift zu erklären.")


# ---------------------------------------------------------------- tax
def tax_assessment(c: Ctx) -> Text:
    year = c.date.year - c.rng.choice([1, 2])
    kind = c.pick("Körperschaftsteuer", "Gewerbesteuermessbetrag", "Umsatzsteuer", "Einkommensteuer")
    nr = c.ref("Steuernummer", "##/###/#####")
    due = c.money(180, 24000)
    return Text(
        f"Bescheid für {year} über {kind} und Solidaritätszuschlag",
        [f"aufgrund Ihrer Erklärung wird die {kind} für das Kalenderjahr {year} wie folgt festgesetzt. "
         f"Die Festsetzung erfolgt nach § 164 AO unter dem Vorbehalt der Nachprüfung.",
         f"Abrechnung: festgesetzt {c.fmt_money(c.amounts[-1][0] * 1.4)}, abzüglich bereits gezahlter "
         f"Vorauszahlungen; verbleibende Nachzahlung {due}. Bitte zahlen Sie {c.dl.absolute(c.rng.choice([30, 31, 33]))} "
         f"unter Angabe der Steuernummer.",
         "Bei verspäteter Zahlung entstehen Säumniszuschläge nach § 240 AO.", RBB],
        info=[("Steuernummer", nr), ("Bearbeitet von", c.pick("Frau Hinz", "Herr Okonkwo", "Frau Lütke"))],
        extra_pages=[("Erläuterungen zur Festsetzung",
                      ["Die Angaben in der Erklärung wurden übernommen, soweit nicht unten abweichend erläutert.",
                       "Die Kosten der Bewirtung wurden nur zu 70 % berücksichtigt.",
                       "Der Vorbehalt der Nachprüfung bleibt bestehen."])] if c.rng.random() < 0.4 else [])


def tax_prepayment(c: Ctx) -> Text:
    nr = c.ref("Steuernummer", "###/###/####")
    q = c.money(300, 9000)
    return Text(
        c.pick("Festsetzung der Vorauszahlungen", "Anpassung der Umsatzsteuer-Vorauszahlungen",
               "Vorauszahlungsbescheid Gewerbesteuer / Körperschaftsteuer"),
        [f"die Vorauszahlungen werden ab dem laufenden Quartal neu festgesetzt. Der vierteljährliche "
         f"Betrag beträgt künftig {q}.",
         f"Die nächste Vorauszahlung ist fällig am {c.dl.absolute(c.rng.choice([18, 25, 40]), lead='')}. "
         "Sofern Sie am Lastschriftverfahren teilnehmen, wird der Betrag abgebucht.",
         "Die Vorauszahlungen orientieren sich an der zuletzt festgesetzten Steuer. " + RBB],
        info=[("Steuernummer", nr), ("Zimmer", c.pick("2.114", "E 07", "3.021"))])


def tax_request(c: Ctx) -> Text:
    nr = c.ref("Steuernummer", "##/###/#####")
    year = c.date.year - 1
    return Text(
        c.pick(f"Erinnerung an die Abgabe der Steuererklärungen {year}",
               "Anforderung von Unterlagen", f"Umsatzsteuer {year} - Rückfragen zur Erklärung"),
        [f"für die Bearbeitung Ihres Steuerfalls benötige ich noch folgende Unterlagen: "
         f"Summen- und Saldenliste, Anlagenverzeichnis sowie die Verträge mit {c.mention or 'Ihren Subunternehmern'}.",
         f"Bitte reichen Sie die Unterlagen {c.dl.any(c.rng.choice([14, 21, 30]))} über ELSTER oder "
         "schriftlich ein. Andernfalls müssen die Besteuerungsgrundlagen nach § 162 AO geschätzt werden.",
         "Für Rückfragen stehe ich Ihnen gern zur Verfügung."],
        info=[("Steuernummer", nr), ("Ansprechpartner", c.pick("Herr Baltrusch", "Frau Demir"))])


def tax_audit(c: Ctx) -> Text:
    nr = c.ref("Steuernummer", "##/###/#####")
    y = c.date.year
    return Text(
        "Prüfungsanordnung",
        [f"gemäß §§ 193 ff. AO ordne ich bei Ihnen eine Außenprüfung an. Sie umfasst die Umsatzsteuer, "
         f"Körperschaftsteuer und Gewerbesteuer der Jahre {y - 4} bis {y - 2}.",
         f"Als Beginn der Prüfung ist der {c.dl.mention(c.rng.randint(35, 60))} in Ihren Geschäftsräumen vorgesehen. "
         f"Bitte teilen Sie mir {c.dl.absolute(c.rng.choice([14, 21]))} mit, wer als Auskunftsperson benannt wird.",
         "Die Prüfungsanordnung ist ein Verwaltungsakt. " + RBB],
        info=[("Steuernummer", nr), ("Prüfer", c.pick("StAR Wendisch", "StOI Nguyen"))])


def tax_number(c: Ctx) -> Text:
    nr = c.ref("Steuernummer", "##/###/#####")
    return Text(
        c.pick("Mitteilung über die Vergabe einer Steuernummer", "Ihre neue Steuernummer"),
        [f"für Ihr Unternehmen wurde die Steuernummer {nr} vergeben. Bitte geben Sie diese bei allen "
         "Schreiben und Zahlungen an das Finanzamt an.",
         "Die Umsatzsteuer-Identifikationsnummer wird Ihnen gesondert vom Bundeszentralamt für Steuern "
         "mitgeteilt. Eine Verpflichtung zur Abgabe monatlicher Voranmeldungen besteht im ersten und "
         "zweiten Kalenderjahr."],
        info=[("Steuernummer", nr)])


def tax_dunning(c: Ctx) -> Text:
    # The tax office's own payment reminder: still "tax", not "reminder" (decision order).
    nr = c.ref("Steuernummer", "##/###/#####")
    return Text(
        c.pick("Mahnung", "Zahlungserinnerung - rückständige Steuern", "Mahnung rückständiger Beträge"),
        [f"nach meinen Unterlagen sind folgende Beträge noch nicht entrichtet: Umsatzsteuer "
         f"{c.pick('September', 'Oktober', 'III. Quartal')} {c.date.year}: {c.money(250, 6000)} zuzüglich "
         f"Säumniszuschläge {c.money(5, 90)}.",
         f"Ich bitte Sie, den Rückstand {c.dl.any(7)} zu begleichen. Nach Ablauf dieser Frist wird "
         "ohne weitere Ankündigung die Vollstreckung eingeleitet.",
         "Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."],
        info=[("Steuernummer", nr), ("Kassenzeichen", c.ref("Kassenzeichen", "#### #### ####"))])


def tax_kfz(c: Ctx) -> Text:
    return Text(
        "Kraftfahrzeugsteuerbescheid",
        [f"für das Fahrzeug mit dem amtlichen Kennzeichen B-{c.pick('KM', 'TX', 'LQ')} {c.rng.randint(100, 9999)} "
         f"wird die Kraftfahrzeugsteuer ab dem {c.dl.mention(-20)} auf jährlich {c.money(90, 900)} festgesetzt.",
         f"Die Steuer wird jährlich im Voraus fällig, erstmals {c.dl.absolute(c.rng.choice([14, 30]), lead='am')}. "
         "Sie wird vom angegebenen Konto abgebucht.",
         "Gegen diesen Bescheid ist der Einspruch zulässig."],
        info=[("Kassenzeichen", c.ref("Kassenzeichen", "####.####.####"))])


# ---------------------------------------------------------------- legal
def legal_mahnbescheid(c: Ctx) -> Text:
    nr = c.ref("Geschäftszeichen", "##-#######-#-#")
    return Text(
        "Mahnbescheid",
        [f"Der Antragsteller {c.mention or 'Ostwind Facility Services GmbH'} macht gegen Sie folgenden "
         f"Anspruch geltend: Hauptforderung aus Dienstleistungsvertrag {c.money(900, 14000)}, "
         f"Zinsen und Kosten des Verfahrens {c.money(40, 300)}.",
         "Das Gericht hat nicht geprüft, ob dem Antragsteller der Anspruch zusteht.",
         f"Sie können {c.dl.any(14)} Widerspruch erheben oder die Forderung "
         "begleichen. Nach Ablauf der Frist kann ein Vollstreckungsbescheid ergehen."],
        info=[("Geschäftszeichen", nr)])


def legal_abmahnung(c: Ctx) -> Text:
    return Text(
        c.pick("Abmahnung wegen Urheberrechtsverletzung", "Abmahnung - unlautere Werbung",
               "Wettbewerbsrechtliche Abmahnung"),
        [f"wir zeigen an, dass wir die {c.mention or 'Lichtbildagentur Feldmann GmbH'} anwaltlich vertreten. "
         "Sie verwenden auf Ihrer Internetseite Bildmaterial unserer Mandantin ohne Lizenz.",
         f"Wir fordern Sie auf, die beigefügte strafbewehrte Unterlassungserklärung {c.dl.absolute(c.rng.choice([7, 10]))} "
         f"unterzeichnet zurückzusenden und Schadensersatz von {c.money(600, 4500)} zu zahlen.",
         "Sollte die Frist fruchtlos verstreichen, werden wir unserer Mandantin gerichtliche Schritte empfehlen."],
        info=[("Unser Zeichen", c.ref("Aktenzeichen", "###/##-AA"))])


def legal_demand(c: Ctx) -> Text:
    return Text(
        c.pick("Forderung unserer Mandantin", "Kündigung des Mietverhältnisses - im Auftrag",
               "Geltendmachung von Ansprüchen"),
        [f"in obiger Angelegenheit vertreten wir die {c.mention or 'Gewerbehof Lichtenberg Verwaltungs GmbH'}. "
         f"Ordnungsgemäße Vollmacht wird anwaltlich versichert.",
         f"Unsere Mandantin hat gegen Sie eine fällige Forderung von {c.money(1200, 30000)}. "
         f"Wir haben Sie aufzufordern, diesen Betrag {c.dl.any(c.rng.choice([10, 14]))} auf unser Anderkonto zu zahlen.",
         "Nach fruchtlosem Fristablauf werden wir ohne weitere Ankündigung Klage erheben."],
        info=[("Aktenzeichen", c.ref("Aktenzeichen", "##/#### AA"))])


def legal_claim(c: Ctx) -> Text:
    return Text(
        c.pick("Zustellung einer Klageschrift", "Ladung zum Termin", "Verfügung in dem Rechtsstreit"),
        [f"in dem Rechtsstreit {c.mention or 'Papierhaus Elbflorenz GmbH'} ./. {c.firm} wird Ihnen die "
         "Klageschrift nebst Anlagen zugestellt.",
         f"Sie werden aufgefordert, {c.dl.absolute(c.rng.choice([14, 21, 28]))} anzuzeigen, ob Sie sich "
         "gegen die Klage verteidigen wollen. Die Frist zur Klageerwiderung wird gesondert bestimmt.",
         "Vor dem Landgericht müssen Sie sich durch einen Rechtsanwalt vertreten lassen."],
        info=[("Aktenzeichen", c.ref("Aktenzeichen", "# O ###/##"))])


def legal_bailiff(c: Ctx) -> Text:
    return Text(
        "Zwangsvollstreckung - Aufforderung zur Zahlung",
        [f"mir liegt ein Vollstreckungsauftrag des Gläubigers {c.mention or 'Creditwall Inkasso GmbH'} "
         f"gegen Sie vor. Die Gesamtforderung beträgt {c.money(400, 8000)}.",
         f"Zahlen Sie den Betrag {c.dl.absolute(c.rng.choice([7, 10]))} oder setzen Sie sich mit mir "
         "wegen einer Ratenzahlung in Verbindung. Andernfalls werde ich die Vermögensauskunft abnehmen."],
        info=[("DR-Nr.", c.ref("DR", "DR II ####/##"))])


def legal_insolvency(c: Ctx) -> Text:
    return Text(
        "Insolvenzverfahren - Aufforderung zur Forderungsanmeldung",
        [f"über das Vermögen der {c.mention or 'Kiezbau Projekt GmbH'} ist das Insolvenzverfahren eröffnet "
         "und ich bin zum Insolvenzverwalter bestellt worden.",
         f"Sie werden als möglicher Gläubiger gebeten, Ihre Forderungen {c.dl.absolute(c.rng.choice([28, 35]))} "
         "schriftlich bei mir anzumelden. Verwenden Sie bitte das beiliegende Formular.",
         "Zahlungen an die Schuldnerin dürfen nur noch auf das Insolvenzanderkonto erfolgen."],
        info=[("Az. Insolvenzgericht", c.ref("Aktenzeichen", "36a IN ####/##"))])


# ---------------------------------------------------------------- authority
def auth_register(c: Ctx) -> Text:
    hrb = c.ref("HRB", "HRB ###### B")
    return Text(
        c.pick("Eintragung in das Handelsregister", "Handelsregister - Zwischenverfügung",
               "Bekanntmachung der Eintragung"),
        [f"in der Registersache {c.firm} ({hrb}) wurde die angemeldete Änderung eingetragen: "
         "Bestellung eines weiteren Geschäftsführers, Änderung des Unternehmensgegenstandes.",
         f"Die Kosten der Eintragung werden gesondert erhoben. Bitte reichen Sie die noch fehlende "
         f"Gesellschafterliste {c.dl.any(c.rng.choice([14, 30]))} ein.",
         "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."],
        info=[("Registernummer", hrb)])


def auth_ihk(c: Ctx) -> Text:
    return Text(
        f"Beitragsbescheid {c.date.year}",
        [f"als Mitglied der Kammer sind Sie beitragspflichtig. Der Beitrag für {c.date.year} setzt sich "
         f"aus Grundbeitrag und Umlage zusammen und beträgt {c.money(60, 1400)}.",
         f"Bitte überweisen Sie den Betrag {c.dl.any(c.rng.choice([14, 30]))}. Die Bemessungsgrundlage "
         "wurde vorläufig geschätzt, da der Gewerbeertrag noch nicht vorliegt.",
         "Gegen diesen Bescheid kann Widerspruch erhoben werden."],
        info=[("Mitgliedsnummer", c.ref("Mitgliedsnummer", "#########"))])


def auth_sozial(c: Ctx) -> Text:
    return Text(
        c.pick("Beitragsrückstand - Säumniszuschläge", "Beitragsnachweis fehlt",
               "Anhörung vor Erlass eines Beitragsbescheides"),
        [f"für Ihre Beschäftigten ist der Beitragsnachweis für {c.pick('Oktober', 'September')} "
         f"{c.date.year} nicht eingegangen. Es besteht ein Rückstand von {c.money(300, 12000)}.",
         f"Bitte übermitteln Sie den Beitragsnachweis und zahlen Sie den Rückstand {c.dl.absolute(c.rng.choice([7, 10, 14]))}. "
         "Für jeden angefangenen Monat der Säumnis ist ein Säumniszuschlag von 1 % zu erheben.",
         "Haben Sie inzwischen gezahlt, ist dieses Schreiben gegenstandslos."],
        info=[("Betriebsnummer", c.ref("Betriebsnummer", "########"))])


def auth_drv(c: Ctx) -> Text:
    return Text(
        "Ankündigung einer Betriebsprüfung nach § 28p SGB IV",
        [f"wir werden in Ihrem Betrieb eine Prüfung für den Zeitraum {c.date.year - 4} bis {c.date.year - 1} "
         f"durchführen. Als Termin ist der {c.dl.mention(c.rng.randint(30, 50))} vorgesehen.",
         f"Bitte stellen Sie die Lohnunterlagen bereit und bestätigen Sie den Termin {c.dl.absolute(14)}.",
         "Die Prüfung umfasst auch die Künstlersozialabgabe."],
        info=[("Betriebsnummer", c.ref("Betriebsnummer", "########"))])


def auth_rundfunk(c: Ctx) -> Text:
    return Text(
        c.pick("Zahlungsaufforderung", "Festsetzungsbescheid Rundfunkbeitrag"),
        [f"für Ihre Betriebsstätte sind Rundfunkbeiträge für den Zeitraum {c.dl.mention(-120)} bis "
         f"{c.dl.mention(-30)} offen. Der Betrag beläuft sich auf {c.money(55, 450)}.",
         f"Bitte überweisen Sie den Betrag {c.dl.any(c.rng.choice([14, 21]))} unter Angabe der Beitragsnummer.",
         "Rechtsgrundlage ist der Rundfunkbeitragsstaatsvertrag."],
        info=[("Beitragsnummer", c.ref("Beitragsnummer", "### ### ###"))])


def auth_gewerbe(c: Ctx) -> Text:
    return Text(
        c.pick("Gewerbeanmeldung - Bestätigung", "Anhörung wegen fehlender Gewerbeummeldung",
               "Gebührenbescheid Gewerbeangelegenheiten"),
        [f"Ihre Gewerbeanmeldung für den Betriebssitz wurde registriert. Die Gebühr beträgt {c.money(26, 60)}.",
         f"Für die Ummeldung des Geschäftsgegenstandes fehlen noch Unterlagen. Bitte reichen Sie diese "
         f"{c.dl.absolute(c.rng.choice([14, 21]))} nach.",
         "Das Finanzamt, die IHK und die Berufsgenossenschaft erhalten eine Mitteilung."],
        info=[("Aktenzeichen", c.ref("Aktenzeichen", "Gew ####/##"))])


def auth_statistik(c: Ctx) -> Text:
    return Text(
        "Auskunftspflichtige Erhebung im Dienstleistungsbereich",
        [f"Ihr Unternehmen wurde für die Strukturerhebung {c.date.year} ausgewählt. Für diese Erhebung "
         "besteht nach dem Bundesstatistikgesetz Auskunftspflicht.",
         f"Bitte melden Sie die Angaben über das Online-Portal {c.dl.absolute(c.rng.choice([21, 30]))}.",
         "Ihre Angaben werden geheim gehalten und nur für statistische Zwecke verwendet."],
        info=[("Berichtskennung", c.ref("Berichtskennung", "##-#####-###"))])


DE_PUBLIC = {
    "tax": [tax_assessment, tax_prepayment, tax_request, tax_audit, tax_number, tax_dunning, tax_kfz],
    "legal": [legal_mahnbescheid, legal_abmahnung, legal_demand, legal_claim, legal_bailiff,
              legal_insolvency],
    "authority": [auth_register, auth_ihk, auth_sozial, auth_drv, auth_rundfunk, auth_gewerbe,
                  auth_statistik],
}
