"""Wording of contracts, advertising and everything else (contract vs advertising is the
confusable pair: both make offers; only a contract refers to an existing relationship or order)."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- contract, German

@template("contract", "de", "vendor", "telecom", "utility")
def auftragsbestaetigung(c: Ctx) -> tuple[str, list[str]]:
    ab = c.ref("Auftragsnummer", f"AB-{c.num(6)}")
    lines = [f"vielen Dank für Ihre Bestellung vom {c.day(c.before(1, 10))}. Wir bestätigen den Auftrag {ab} "
             "zu den folgenden Konditionen:",
             f"{c.pick('Lieferung und Montage von 12 Arbeitsplätzen', 'Wartungsvertrag Serverraum', 'Reinigung der Büroflächen, wöchentlich', 'Entwicklung einer Web-Applikation')}: "
             f"{c.money(500, 40000)} netto.",
             f"Liefertermin: voraussichtlich {c.day(c.after(10, 60))}.",
             "Es gelten unsere Allgemeinen Geschäftsbedingungen."]
    return c.pick("Auftragsbestätigung", f"Auftragsbestätigung {ab}"), lines


@template("contract", "de", "vendor", "telecom", "landlord")
def kuendigungsbestaetigung(c: Ctx) -> tuple[str, list[str]]:
    vn = c.ref("Vertragsnummer", c.num(8))
    end = c.after(20, 120)
    lines = [f"hiermit bestätigen wir den Eingang Ihrer Kündigung vom {c.day(c.before(3, 20))} für den Vertrag {vn}.",
             f"Der Vertrag endet fristgerecht zum {c.day(end)}.",
             c.pick("Wir bedauern Ihre Entscheidung und würden uns freuen, Sie wieder als Kunden zu begrüßen.",
                    "Eventuelle Restguthaben werden nach Vertragsende erstattet.")]
    return c.pick("Bestätigung Ihrer Kündigung", "Kündigungsbestätigung", f"Ihr Vertrag {vn}"), lines


@template("contract", "de", "vendor", "utility", "telecom")
def preisanpassung(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Kundennummer", c.num(7))
    eff = c.after(40, 70)
    lines = [f"aufgrund gestiegener Kosten passen wir die Preise Ihres Vertrags zum {c.day(eff)} an.",
             f"Der monatliche Grundpreis beträgt dann {c.money(10, 300)} netto.",
             "Sie haben das Recht, den Vertrag bis zum Wirksamwerden der Änderung ohne Einhaltung einer Frist zu kündigen."]
    return c.pick("Preisanpassung", "Information über die Änderung Ihrer Vertragspreise"), lines


@template("contract", "de", "vendor", "landlord")
def vertrag_nachtrag(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Vertrag", f"V-{c.num(5)}")
    lines = [f"anbei erhalten Sie {c.pick('den Nachtrag Nr. 2 zum Mietvertrag', 'den Rahmenvertrag in zweifacher Ausfertigung', 'die Verlängerung des Dienstleistungsvertrags')}.",
             f"Bitte senden Sie ein unterschriebenes Exemplar {c.deadline(10, 21, relative=0.3, kind='plain')} an uns zurück.",
             f"Die Laufzeit verlängert sich bis {c.day(c.after(300, 800))}; alle übrigen Regelungen bleiben unverändert."]
    return c.pick("Vertragsunterlagen", "Nachtrag zum Vertrag", "Vertragsverlängerung"), lines


@template("contract", "de", "vendor")
def angebot_auf_anfrage(c: Ctx) -> tuple[str, list[str]]:
    an = c.ref("Angebot", f"ANG-{c.num(5)}")
    lines = [f"bezugnehmend auf Ihre Anfrage vom {c.day(c.before(2, 15))} unterbreiten wir Ihnen folgendes Angebot:",
             f"{c.pick('Umzugsservice inkl. Verpackung', 'Lizenz für 25 Nutzer', 'Druck von 5.000 Broschüren')}: {c.money(300, 15000)} zzgl. MwSt.",
             f"Das Angebot ist gültig {c.deadline(14, 30, relative=0.3, kind='plain')}."]
    return c.pick(f"Angebot {an}", "Ihr Angebot", "Angebot gemäß Ihrer Anfrage"), lines


# ---------------------------------------------------------------- contract, English

@template("contract", "en", "vendor")
def order_confirmation(c: Ctx) -> tuple[str, list[str]]:
    o = c.ref("Order no.", f"SO-{c.num(6)}")
    lines = [f"Thank you for your order of {c.day(c.before(1, 10))}. We confirm order {o}.",
             f"Total: {c.money(200, 30000)} excluding VAT. Expected delivery: {c.day(c.after(5, 40))}.",
             "Our standard terms and conditions apply."]
    return c.pick("Order confirmation", f"Confirmation of order {o}"), lines


@template("contract", "en", "vendor", "telecom")
def renewal_terms(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Contract", f"CT-{c.num(6)}")
    lines = [f"Your service agreement renews automatically on {c.day(c.after(30, 90))}.",
             f"From then the monthly fee will be {c.money(20, 900)}.",
             "If you do not wish to renew, you may give notice in writing before the renewal date."]
    return c.pick("Contract renewal", "Changes to your agreement"), lines


@template("contract", "en", "vendor", "landlord")
def termination_confirmation(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Agreement", c.num(7))
    lines = [f"We acknowledge your notice of termination received on {c.day(c.before(2, 15))}.",
             f"The agreement will end on {c.day(c.after(20, 100))}. Your final invoice will follow."]
    return c.pick("Termination confirmed", "Confirmation of cancellation"), lines


# ---------------------------------------------------------------- advertising, German

@template("advertising", "de", "advertiser", "vendor")
def produktwerbung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"{c.pick('nur für kurze Zeit', 'exklusiv für Geschäftskunden', 'zum Jahresende')}: "
             f"{c.pick('Multifunktionsdrucker', 'ergonomische Bürostühle', 'Kaffeevollautomaten', 'Firmenwagen')} "
             f"ab {c.money(19, 900, record=False)} im Monat!",
             c.pick("Jetzt bestellen und 20 % Rabatt sichern.", "Fordern Sie noch heute Ihr unverbindliches Angebot an.",
                    "Besuchen Sie unseren Showroom oder rufen Sie uns kostenlos an."),
             f"Aktionscode: {c.pick('WINTER', 'BUERO', 'START')}{c.rng.randint(10, 99)} – gültig bis {c.day(c.after(10, 40))}."]
    return c.pick("Ihr exklusives Angebot", "Sparen Sie jetzt!", "Neu im Sortiment"), lines


@template("advertising", "de", "advertiser")
def branchenbuch(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Ihr Eintrag „{c.recipient_name}“ in unserem Online-Branchenverzeichnis ist noch nicht aktiviert.",
             f"Für nur {c.money(39, 990, record=False)} jährlich erreichen Sie tausende Kunden in Ihrer Region.",
             "Senden Sie einfach das beiliegende Formular unterschrieben zurück. Der Eintrag ist freiwillig."]
    return c.pick("Aktualisierung Ihres Firmeneintrags", "Ihr Eintrag im Branchenbuch"), lines


@template("advertising", "de", "advertiser")
def seminar_webinar(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"am {c.day(c.after(14, 60))} findet unser {c.pick('Webinar', 'Praxisseminar', 'Intensivworkshop')} "
             f"„{c.pick('E-Rechnung 2027 – was Unternehmen jetzt wissen müssen', 'Führung in hybriden Teams', 'KI im Mittelstand')}“ statt.",
             f"Frühbucherpreis: {c.money(99, 890, record=False)} zzgl. MwSt. Die Plätze sind begrenzt.",
             "Melden Sie sich jetzt online an."]
    return c.pick("Einladung zum Webinar", "Seminarangebot", "Jetzt anmelden"), lines


@template("advertising", "de", "advertiser")
def leasing_angebot(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Sie möchten investieren, ohne Liquidität zu binden? Mit unserem Leasing für "
             f"{c.pick('IT-Ausstattung', 'Firmenfahrzeuge', 'Maschinen')} ab {c.money(49, 500, record=False)} monatlich ist das möglich.",
             "Profitieren Sie von steuerlichen Vorteilen und flexiblen Laufzeiten.",
             "Unser Außendienst berät Sie gern – unverbindlich und kostenlos."]
    return c.pick("Leasing für Ihr Unternehmen", "Investieren ohne Kapitalbindung"), lines


# ---------------------------------------------------------------- advertising, English

@template("advertising", "en", "advertiser")
def promo_offer(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Upgrade your office with {c.pick('our new cloud phone system', 'ergonomic furniture', 'premium coffee machines')} "
             f"from just {c.money(19, 500, record=False)} per month.",
             f"Order before {c.day(c.after(10, 40))} and get the first three months free.",
             "Call our team today for a no-obligation quote."]
    return c.pick("Special offer for your business", "Save 30% this month"), lines


@template("advertising", "en", "advertiser")
def event_sales(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Join industry leaders at {c.pick('the Digital Growth Summit', 'FinTech Forum', 'the Remote Work Expo')} "
             f"on {c.day(c.after(20, 90))}.",
             f"Early-bird tickets cost {c.money(199, 900, record=False)}. Places are limited.",
             "Book now on our website."]
    return c.pick("You're invited", "Early-bird tickets now available"), lines


@template("advertising", "en", "advertiser")
def directory_listing(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Your business {c.recipient_name} is not yet listed in our international trade directory.",
             f"A premium listing costs only {c.money(99, 990, record=False)} per year.",
             "Return the enclosed form to activate your listing. This is an offer, not an invoice."]
    return c.pick("Listing offer", "Get found by more customers"), lines


# ---------------------------------------------------------------- other, German

@template("other", "de", "vendor", "private")
def adressaenderung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"wir möchten Sie darüber informieren, dass wir ab {c.day(c.after(5, 40))} unter einer neuen Anschrift zu erreichen sind.",
             f"Neue Adresse: {c.pick('Lindenallee', 'Am Hafen', 'Kastanienweg')} {c.rng.randint(1, 90)}, "
             f"{c.pick('10245 Berlin', '20457 Hamburg', '04103 Leipzig')}.",
             "Telefonnummern und E-Mail-Adressen bleiben unverändert. Bitte aktualisieren Sie Ihre Stammdaten."]
    return c.pick("Neue Anschrift", "Wir sind umgezogen", "Adressänderung"), lines


@template("other", "de", "private", "vendor")
def bewerbung(c: Ctx) -> tuple[str, list[str]]:
    c.salutation = c.pick("Sehr geehrte Damen und Herren,", "Hallo zusammen,")
    lines = [f"mit großem Interesse habe ich Ihre Stellenanzeige als {c.pick('Bürokauffrau', 'Werkstudent im Marketing', 'Projektmanager', 'Buchhalterin')} gelesen.",
             "Nach meiner Ausbildung habe ich mehrere Jahre Erfahrung gesammelt und arbeite selbstständig und zuverlässig.",
             "Über eine Einladung zu einem persönlichen Gespräch freue ich mich. Lebenslauf und Zeugnisse liegen bei."]
    return c.pick("Bewerbung", "Bewerbung um eine Anstellung", "Initiativbewerbung"), lines


@template("other", "de", "charity", "vendor")
def einladung_newsletter(c: Ctx) -> tuple[str, list[str]]:
    if c.sender.kind == "charity":
        lines = ["seit vielen Jahren unterstützen wir Kinder und Familien in unserer Stadt.",
                 "Mit Ihrer Spende helfen Sie uns, die Hausaufgabenbetreuung im kommenden Jahr fortzuführen.",
                 "Jede Spende ist steuerlich absetzbar; eine Zuwendungsbestätigung senden wir Ihnen gern zu."]
        return c.pick("Bitte um Unterstützung", "Spendenaufruf"), lines
    lines = [f"zu unserem {c.pick('Sommerfest', 'Jahresempfang', 'Firmenjubiläum')} am {c.day(c.after(14, 60))} laden wir Sie herzlich ein.",
             f"Gemeinsam mit unseren Partnern, darunter die {c.firm()}, freuen wir uns auf einen schönen Abend.",
             "Wir bitten um Rückmeldung, ob Sie teilnehmen."]
    return c.pick("Einladung", "Herzliche Einladung", "Save the Date"), lines


@template("other", "de", "vendor")
def lieferschein_zeugnis(c: Ctx) -> tuple[str, list[str]]:
    if c.chance(0.5):
        c.ref("Lieferschein", f"LS-{c.num(6)}")
        lines = [f"mit dieser Sendung liefern wir Ihnen: {c.pick('3 Kartons Kopierpapier', '1 Palette Werbemittel', '2 Monitore, 2 Dockingstationen')}.",
                 "Die Rechnung erhalten Sie separat. Bitte prüfen Sie die Ware bei Anlieferung auf Vollständigkeit."]
        return c.pick("Lieferschein", "Lieferavis"), lines
    name = c.pick("Frau Laura Becker", "Herr Jonas Peters", "Frau Elif Yılmaz")
    lines = [f"{name} war vom {c.day(c.before(700, 900))} bis {c.day(c.before(10, 60))} in unserem Unternehmen beschäftigt.",
             "Die übertragenen Aufgaben erledigte sie/er stets zu unserer vollsten Zufriedenheit.",
             "Wir bedauern das Ausscheiden und wünschen für die Zukunft alles Gute."]
    return c.pick("Arbeitszeugnis", "Zwischenzeugnis"), lines


# ---------------------------------------------------------------- other, English

@template("other", "en", "vendor", "private")
def newsletter_update(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"As a valued partner, we wanted to share some news: {c.pick('we have moved to a new office', 'our team has grown', 'we celebrate our tenth anniversary')}.",
             f"We are grateful for our collaboration with partners such as {c.firm()}.",
             "We look forward to working with you in the coming year."]
    return c.pick("News from us", "Partner update", "Season's greetings"), lines


@template("other", "en", "private", "vendor")
def job_application(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"I am writing to apply for the position of {c.pick('office manager', 'junior developer', 'marketing assistant')}.",
             "I have five years of experience and would welcome the opportunity to discuss my application.",
             "Please find my CV and references enclosed."]
    return c.pick("Application", "Job application"), lines


@template("other", "en", "charity", "vendor")
def invitation_donation(c: Ctx) -> tuple[str, list[str]]:
    if c.sender.kind == "charity":
        lines = ["Every year we help hundreds of families in need.",
                 "A gift from your company would make a real difference this winter.",
                 "Donations are tax deductible; we will send you a receipt."]
        return c.pick("Will you help us?", "Winter appeal"), lines
    lines = [f"We are delighted to invite you to our reception on {c.day(c.after(14, 60))}.",
             "Please let us know whether you can attend."]
    return c.pick("Invitation", "You are invited"), lines
