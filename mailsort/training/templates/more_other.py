"""More of the widest class, "other" (everything no rule claims), and of English wording, where
the generator had the fewest ways of saying things."""

from __future__ import annotations

from .base import Ctx, template

# ---------------------------------------------------------------- other, German

@template("other", "de", "vendor", "private")
def terminbestaetigung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"gern bestätigen wir Ihnen unseren Gesprächstermin am {c.day(c.after(3, 30))} um {c.rng.randint(9, 16)}:00 Uhr.",
             f"Treffpunkt ist unser Besprechungsraum im {c.pick('2. OG', 'Erdgeschoss', 'Dachgeschoss')}. "
             "Parkplätze finden Sie im Innenhof.",
             "Sollte Ihnen der Termin nicht passen, geben Sie uns bitte kurz Bescheid."]
    return c.pick("Terminbestätigung", "Unser Termin", "Bestätigung Ihres Besuchs"), lines


@template("other", "de", "vendor", "charity")
def kondolenz_gruesse(c: Ctx) -> tuple[str, list[str]]:
    lines = [c.pick("mit großer Betroffenheit haben wir vom Tod Ihres langjährigen Geschäftsführers erfahren.",
                    "zum Jahresende möchten wir uns für die angenehme Nachbarschaft im Haus bedanken.",
                    "wir gratulieren Ihnen herzlich zur Eröffnung Ihres neuen Standorts."),
             f"Im Namen aller Mitarbeiterinnen und Mitarbeiter der {c.sender.name} übermitteln wir Ihnen unsere "
             f"{c.pick('aufrichtige Anteilnahme', 'besten Wünsche', 'herzlichen Grüße')}.",
             "Wir freuen uns auf ein Wiedersehen."]
    return c.pick("Persönliche Zeilen", "Herzliche Grüße zum Jahreswechsel", "Glückwünsche"), lines


@template("other", "de", "vendor", "private")
def praktikum_anfrage(c: Ctx) -> tuple[str, list[str]]:
    c.salutation = c.pick("Sehr geehrte Damen und Herren,", "Guten Tag,")
    lines = [f"ich studiere {c.pick('Betriebswirtschaft', 'Informatik', 'Architektur')} im fünften Semester und suche "
             f"ab {c.day(c.after(30, 120))} einen Praktikumsplatz für drei Monate.",
             "Ihr Unternehmen hat mich durch seine Projekte beeindruckt. Meine Unterlagen füge ich bei.",
             "Ich würde mich sehr über eine Rückmeldung freuen."]
    return c.pick("Anfrage Praktikumsplatz", "Bewerbung um ein Praktikum"), lines


@template("other", "de", "vendor")
def verein_mitteilung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"der Unternehmerstammtisch Friedrichstraße trifft sich wieder am {c.day(c.after(7, 40))} im Café am Eck.",
             f"Thema: {c.pick('Nachfolge im Familienbetrieb', 'Fachkräfte gewinnen', 'Digitalisierung im Kleinbetrieb')}. "
             "Gäste sind willkommen, die Teilnahme ist kostenlos.",
             "Wir freuen uns auf einen lebhaften Austausch unter Nachbarn."]
    return c.pick("Einladung zum Stammtisch", "Mitteilung an die Mitglieder", "Rundbrief"), lines


# ---------------------------------------------------------------- other, English

@template("other", "en", "vendor", "private")
def meeting_followup(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"It was a pleasure meeting you at {c.pick('the trade fair', 'our office', 'the networking breakfast')} last week.",
             f"As promised, I enclose a copy of the presentation and the article about {c.firm()}.",
             "Do let me know if you would like to continue the conversation over lunch."]
    return c.pick("Following up on our meeting", "Nice to meet you", "Thank you"), lines


@template("other", "en", "vendor")
def change_of_address(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Please note that from {c.day(c.after(5, 40))} our new address will be {c.rng.randint(1, 99)} Canal Street, Manchester M1 3HE.",
             "Our phone numbers and bank details remain unchanged. Please update your records accordingly."]
    return c.pick("We are moving", "Change of address"), lines


# ---------------------------------------------------------------- more English for the big classes

@template("invoice", "en", "utility", "telecom")
def utility_bill(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Account number", c.num(10))
    lines = [f"Here is your {c.pick('electricity', 'gas', 'water', 'broadband')} bill for the period ending {c.day(c.before(2, 20))}.",
             f"Usage charges {c.money(20, 800)}, standing charge {c.money(5, 60)}, VAT {c.money(2, 150)}.",
             f"Total to pay: {c.money(30, 1000)}. We will collect this by direct debit {c.deadline(7, 14, relative=0.0)}."]
    return c.pick("Your energy bill", "Your bill is ready", "Bill summary"), lines


@template("reminder", "en", "landlord")
def rent_arrears(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Tenancy", f"T{c.num(5)}")
    lines = [f"Our records show that rent of {c.money(400, 5000)} for {c.period()} has not been paid.",
             f"Please clear the arrears {c.deadline(7, 14, kind='plain')}. Continued non-payment is a breach of your lease.",
             "If you are having difficulties, please contact us to discuss a payment plan."]
    return c.pick("Rent arrears", "Unpaid rent"), lines


@template("legal", "en", "court", "lawyer")
def hearing_notice(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Case no.", f"{c.date.year}-{c.num(5)}")
    d = c.after(30, 80)
    c.deadlines.append(d)
    lines = [f"The hearing in the case {c.firm()} v {c.recipient_name} is listed for {c.day(d)} at 10:00 am.",
             "You must attend or be represented. Bring all documents you intend to rely on.",
             "If you fail to attend, the court may decide the case in your absence."]
    return c.pick("Notice of hearing", "Hearing date"), lines


@template("authority", "en", "register", "chamber")
def register_entry(c: Ctx) -> tuple[str, list[str]]:
    c.ref("Register no.", f"HRB {c.rng.randint(1000, 250000)}")
    lines = [f"The following entry has been made in the commercial register for {c.recipient_name}: "
             f"{c.pick('appointment of a new managing director', 'change of registered address', 'amendment of the articles')}.",
             f"The court fee of {c.money(40, 300)} is payable {c.deadline(14, 30, relative=0.5)}.",
             "The entry will be published on the joint register portal of the federal states."]
    return c.pick("Notice of registration", "Commercial register entry"), lines


@template("tax", "en", "bzst", "finanzamt")
def tax_number_allocation(c: Ctx) -> tuple[str, list[str]]:
    nr = c.ref("Tax number", f"{c.rng.randint(10, 99)}/{c.num(3)}/{c.num(5)}")
    lines = [f"Your business has been registered for tax. Your tax number is {nr}.",
             f"Please file VAT returns {c.pick('monthly', 'quarterly')} using the ELSTER portal.",
             "Your VAT identification number will be issued separately by the Federal Central Tax Office."]
    return c.pick("Tax registration", "Allocation of tax number"), lines


@template("advertising", "en", "advertiser")
def catalogue_mailing(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"Our {c.date.year + 1} catalogue is here – over 5,000 products for your office and warehouse.",
             f"Order now and receive a voucher worth {c.money(10, 50, record=False)} on your next purchase.",
             "Free delivery on orders over EUR 99."]
    return c.pick("The new catalogue", "New products for your business"), lines


@template("other", "de", "charity", "vendor")
def mitgliederversammlung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"hiermit laden wir Sie satzungsgemäß zur ordentlichen Mitgliederversammlung am {c.day(c.after(20, 50))} ein.",
             "Tagesordnung: 1. Bericht des Vorstands, 2. Kassenbericht, 3. Entlastung, 4. Wahlen, 5. Verschiedenes.",
             "Anträge zur Tagesordnung reichen Sie bitte schriftlich beim Vorstand ein."]
    return c.pick("Einladung zur Mitgliederversammlung", "Mitgliederversammlung " + str(c.date.year)), lines


@template("other", "de", "charity")
def spendenbescheinigung(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"herzlichen Dank für Ihre Spende vom {c.day(c.before(10, 60))}!",
             f"Anbei erhalten Sie die Zuwendungsbestätigung über {c.money(50, 5000, record=False)} für Ihre Steuerunterlagen.",
             "Mit Ihrer Hilfe konnten wir im vergangenen Jahr über 400 Kinder unterstützen."]
    return c.pick("Vielen Dank für Ihre Spende", "Zuwendungsbestätigung"), lines


@template("other", "de", "vendor", "private")
def presse_info(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"zur Information übersenden wir Ihnen unsere aktuelle Pressemitteilung: Die {c.sender.name} "
             f"{c.pick('eröffnet einen zweiten Standort in Leipzig', 'feiert ihr 25-jähriges Bestehen', 'hat einen neuen Geschäftsführer')}.",
             f"Ansprechpartner für Rückfragen ist {c.pick(*c.sender.people) if c.sender.people else 'unser Sekretariat'}.",
             "Wir freuen uns über eine Veröffentlichung."]
    return c.pick("Pressemitteilung", "Neuigkeiten aus unserem Haus"), lines


@template("other", "en", "charity", "vendor")
def thank_you_donation(c: Ctx) -> tuple[str, list[str]]:
    lines = ["Thank you so much for your generous gift.",
             "Your support helps us run our after-school programme for another year.",
             "A receipt for your records is enclosed."]
    return c.pick("Thank you", "With gratitude"), lines


@template("other", "de", "taxadvisor")
def steuerberater_unterlagen(c: Ctx) -> tuple[str, list[str]]:
    # From the client's own tax adviser: neither a tax authority (tax) nor an invoice.
    if c.chance(0.5):
        lines = [f"für die Erstellung Ihres Jahresabschlusses {c.date.year - 1} benötigen wir noch folgende Unterlagen:",
                 "Kontoauszüge Dezember, Inventurliste, Darlehensbestätigungen, offene-Posten-Listen.",
                 f"Bitte senden Sie uns die Unterlagen {c.deadline(14, 30, relative=0.3, kind='plain')}, "
                 "damit wir die Fristen gegenüber dem Finanzamt wahren können."]
        return c.pick("Anforderung von Unterlagen", "Ihr Jahresabschluss – fehlende Unterlagen"), lines
    lines = ["in unserer Mandanteninformation zum Jahreswechsel haben wir die wichtigsten steuerlichen Änderungen "
             "für Sie zusammengefasst.",
             "Themen: E-Rechnung im B2B-Verkehr, neue Grenzen für geringwertige Wirtschaftsgüter, Mindestlohn.",
             "Sprechen Sie uns gern an, wenn Sie Fragen zu Ihrem Unternehmen haben."]
    return c.pick("Mandanteninformation", "Steuerliche Neuerungen zum Jahreswechsel"), lines


@template("other", "en", "taxadvisor")
def accountant_records_request(c: Ctx) -> tuple[str, list[str]]:
    lines = [f"To prepare your year-end accounts for {c.date.year - 1} we still need your bank statements, "
             "sales ledger and a list of fixed assets.",
             f"Please send them to us {c.deadline(14, 30, relative=0.3, kind='plain')} so that we can meet the filing deadlines.",
             "Thank you for your help."]
    return c.pick("Records needed for your accounts", "Year-end: information request"), lines
