"""English letters of wave 10: British, Irish and American senders writing to the clients."""

from __future__ import annotations

from datetime import date, timedelta

from mailsort_lab.wave10.doc import Doc
from mailsort_lab.wave10.kalender import MONTHS, add_months, fmt, next_working_day


def _cur(doc: Doc) -> str:
    return "GBP" if doc.firm.country == "GB" and doc.rng.random() < 0.4 else ("USD" if "USA" in doc.firm.city else "EUR")


def _lines(doc: Doc, items: list[tuple[str, float]], cur: str) -> float:
    rows, total = [], 0.0
    for what, price in items:
        q = doc.rng.randint(1, 10)
        total += q * price
        rows.append([what, str(q), doc.money(price, cur), doc.money(q * price, cur)])
    doc.blocks.append(("table", ["Description", "Qty", "Unit price", "Amount"], rows, (0.5, 0.1, 0.2, 0.2), "lrrr"))
    doc.blocks.append(("kv", [("Subtotal", doc.money(total, cur)), ("VAT (reverse charge)", doc.money(0, cur)),
                              ("Total due", doc.money(total, cur))]))
    return total


def inv_saas(doc: Doc) -> None:
    cur = _cur(doc)
    start = date(doc.day.year, doc.day.month, 1)
    end = add_months(start, 1) - timedelta(days=1)
    doc.distractor("period")
    doc.subject = f"Invoice INV-{doc.num(6)}"
    doc.info += [("Account", f"ACC-{doc.num(5)}"), ("Invoice date", doc.date_text)]
    doc.p(f"Thank you for your business. This invoice covers your subscription for the billing period {doc.d(start)} to "
          f"{doc.d(end)}.")
    _lines(doc, [("Business plan, per user / month", 14.0), ("Additional storage 500 GB", 19.0)], cur)
    doc.p("VAT reverse charge: the customer is liable to account for the VAT (Article 196, Directive 2006/112/EC).")
    if doc.rng.random() < 0.5:
        doc.period(30, "days")
        doc.p("Payment terms: net 30 days from the invoice date.")
        doc.template = "en-inv-saas-net30"
    else:
        doc.p(f"Due date: {doc.printed(14, 30)}. Please quote the invoice number with your payment.")
        doc.template = "en-inv-saas-due"


def inv_card(doc: Doc) -> None:
    doc.template = "en-inv-card-paid"
    cur = _cur(doc)
    doc.subject = f"Receipt and invoice #{doc.num(7)}"
    doc.info += [("Invoice date", doc.date_text), ("Customer ID", f"cus_{doc.num(8)}")]
    paid = doc.day
    doc.p("This is your invoice for Managed VPS Pro (2 instances) and daily snapshots.")
    _lines(doc, [("Managed VPS Pro", 49.0), ("Snapshot storage", 6.5)], cur)
    doc.p(f"PAID – charged to Visa ending {doc.num(4)} on {doc.d(paid)}. No further action is required.")
    renew = doc.ahead(28, 31)
    doc.distractor("renewal")
    doc.p(f"Your plan renews automatically on {doc.d(renew)}.")


def inv_translation(doc: Doc) -> None:
    doc.template = "en-inv-translation"
    cur = "EUR"
    doc.subject = f"Invoice {doc.day.year}/{doc.num(3)} – translation services"
    delivered = doc.past(2, 10)
    doc.distractor("delivery")
    doc.info += [("Our ref", f"KT-{doc.num(4)}"), ("Date", doc.date_text)]
    doc.p(f"Please find below our invoice for the translation of your general terms and conditions (German > English), "
          f"delivered on {doc.d(delivered)}.")
    _lines(doc, [("Translation, per standard line", 1.45), ("Proofreading, per hour", 55.0)], cur)
    n = doc.rng.choice((14, 21))
    doc.period(n, "days")
    doc.p(f"Kindly remit the total within {n} days of the date of this invoice to the account shown below.")


def inv_venue(doc: Doc) -> None:
    doc.template = "en-inv-venue"
    cur = "GBP"
    event = doc.ahead(30, 90)
    doc.distractor("event")
    doc.subject = "Balance invoice – conference room hire"
    doc.info += [("Booking ref", f"NCC-{doc.num(5)}"), ("Invoice date", doc.date_text)]
    doc.p(f"Thank you for booking the Quay Suite for your event on {fmt(event, 'en-weekday')}. A deposit of "
          f"{doc.money(500, cur)} has already been received.")
    _lines(doc, [("Quay Suite, full day", 1450.0), ("Catering package, per delegate", 38.0)], cur)
    doc.p(f"The balance is due by {doc.printed(14, 25)}. Bookings not paid in full by this date may be released.")


def rem_overdue(doc: Doc) -> None:
    doc.template = "en-rem-overdue"
    cur = _cur(doc)
    inv = doc.past(35, 60)
    doc.distractor("invoice-date")
    doc.subject = doc.rng.choice(("Overdue account – payment reminder", "Reminder: invoice overdue", "Second reminder"))
    doc.info += [("Account", f"ACC-{doc.num(5)}"), ("Date", doc.date_text)]
    doc.p(f"Our records show that invoice {doc.num(6)} dated {doc.d(inv)} for {doc.money(doc.amount(200, 4000), cur)} "
          "remains unpaid.")
    n = doc.rng.choice((7, 10, 14))
    doc.period(n, "days")
    doc.p(f"Please arrange payment within {n} days of the date of this letter. If you have already paid, please accept "
          "our thanks and disregard this reminder.")


def rem_collector(doc: Doc) -> None:
    doc.template = "en-rem-collector"
    client = doc.rng.choice(("Westmoor Office Supplies Ltd", "Calder Print Solutions Ltd"))
    doc.subject = f"Notice of outstanding debt – {client}"
    doc.info += [("Our ref", f"PCM/{doc.num(6)}"), ("Date", doc.date_text)]
    doc.p(f"We have been instructed by our client, {client}, to recover the sum of "
          f"{doc.money(doc.amount(300, 5000), 'GBP')} which remains outstanding despite previous requests.")
    doc.p(f"Please contact us by {doc.printed(5, 9)} to confirm how you intend to settle this account, and make payment in "
          f"full no later than {doc.printed(14, 21)}.")
    doc.p("If we do not hear from you, our client may commence legal proceedings without further notice.")


def tax_hmrc(doc: Doc) -> None:
    doc.template = "en-tax-hmrc"
    q_end = date(doc.day.year, ((doc.day.month - 1) // 3) * 3 + 1, 1) - timedelta(days=1)
    doc.distractor("period")
    doc.subject = "VAT: notice of assessment"
    doc.info += [("VAT registration number", f"GB {doc.num(3)} {doc.num(4)} {doc.num(2)}"), ("Date", doc.date_text)]
    doc.p(f"We have not received your VAT return for the period ending {doc.d(q_end)}. We have therefore assessed the "
          f"VAT you owe as {doc.money(doc.amount(800, 9000), 'GBP')}.")
    doc.p(f"You must pay this amount by {doc.printed(14, 30)}. If you send us your return, it will replace this assessment.")


def tax_revenue(doc: Doc) -> None:
    doc.template = "en-tax-revenue-ie"
    doc.subject = "Notice of Amended Assessment – Corporation Tax"
    doc.info += [("Tax reference", f"{doc.num(7)}{doc.rng.choice('FHKT')}"), ("Date", doc.date_text)]
    doc.p(f"Following a review of your return for the accounting period ended 31 December {doc.day.year - 2}, an amended "
          f"assessment has been raised. The additional tax payable is {doc.money(doc.amount(500, 7000))}.")
    doc.period(30, "days")
    doc.p("Payment should be made within 30 days of the date of this notice. You may appeal against this assessment to "
          "the Tax Appeals Commission; the appeal must also be made within 30 days of the date of this notice.")


def leg_lba(doc: Doc) -> None:
    doc.template = "en-leg-letter-before-claim"
    client = doc.rng.choice(("Brackley Interiors Ltd", "Ormsby Digital Ltd", "Carrow Logistics Ltd"))
    doc.subject = f"{client} – letter before claim"
    doc.info += [("Our ref", f"JM/{doc.num(5)}"), ("Your ref", "–"), ("Date", doc.date_text)]
    doc.p(f"We act for {client} in relation to unpaid fees under the services agreement dated "
          f"{doc.d(doc.past(200, 500))}.")
    doc.distractor("contract-start")
    doc.p(f"Our client's claim is for {doc.money(doc.amount(2000, 20000), 'GBP')} plus statutory interest. Unless payment is "
          "received, or we receive a substantive response, within 14 days of the date of this letter, our client intends to "
          "issue proceedings without further notice.")
    doc.period(14, "days")


def leg_cease(doc: Doc) -> None:
    doc.template = "en-leg-cease-and-desist"
    client = doc.rng.choice(("Halden Outdoor Ltd", "Verity Labs Inc."))
    doc.subject = "Infringement of trade mark – cease and desist"
    doc.info += [("Our ref", f"AR/{doc.num(5)}"), ("Date", doc.date_text)]
    doc.p(f"We write on behalf of {client}, proprietor of the registered trade mark shown in the enclosed schedule. It has "
          "come to our client's attention that your website uses a confusingly similar sign.")
    doc.p(f"We require you to confirm in writing by 4 pm on {doc.printed(7, 12)} that you will cease all use of the sign, "
          "and to sign and return the enclosed undertakings.")


def auth_companies_house(doc: Doc) -> None:
    doc.template = "en-auth-confirmation-statement"
    made_up = doc.past(1, 10)
    doc.distractor("made-up-date")
    doc.subject = "Your confirmation statement is due"
    doc.info += [("Company number", doc.num(8)), ("Date", doc.date_text)]
    doc.p(f"Our records show that your company's confirmation statement has a made up date of {doc.d(made_up)}.")
    doc.p(f"You must file it by {doc.printed(10, 14)}. Filing late is a criminal offence and can lead to the company being "
          "struck off the register.")


def bank_kyc(doc: Doc) -> None:
    doc.template = "en-bank-verify"
    doc.subject = "Action required: verify your business details"
    doc.info += [("Account", f"QL-{doc.num(8)}"), ("Date", doc.date_text)]
    doc.p("As a regulated payment institution we must keep information about our business customers up to date. Please "
          "upload proof of address for your company and identification for each director.")
    doc.period(30, "days")
    doc.p("Please complete the verification within 30 days of the date of this letter; otherwise we may have to restrict "
          "outgoing payments from your account.")


def bank_tariff(doc: Doc) -> None:
    doc.template = "en-bank-tariff"
    eff = add_months(date(doc.day.year, doc.day.month, 1), 2)
    doc.distractor("effective")
    doc.subject = "Changes to your business account tariff"
    doc.info += [("Sort code / account", f"{doc.num(2)}-{doc.num(2)}-{doc.num(2)} {doc.num(8)}"), ("Date", doc.date_text)]
    doc.p(f"From {doc.d(eff)} the monthly fee for your Business Current Account will change from £8.50 to £10.00. "
          "Foreign payments will cost £15 instead of £12.")
    doc.p("You do not need to do anything. If you are unhappy with the changes, you can switch or close your account at "
          "any time without charge.")


def ins_renewal(doc: Doc) -> None:
    doc.template = "en-ins-renewal"
    expiry = add_months(date(doc.day.year, doc.day.month, 1), 2) - timedelta(days=1)
    doc.distractor("contract-end")
    doc.subject = "Renewal invitation – Commercial Combined policy"
    doc.info += [("Policy number", f"MCI/{doc.num(7)}"), ("Date", doc.date_text)]
    doc.p(f"Your policy expires on {doc.d(expiry)}. We are pleased to invite renewal at an annual premium of "
          f"{doc.money(doc.amount(900, 5000), 'GBP')} including Insurance Premium Tax.")
    due = next_working_day(min(expiry - timedelta(days=10), doc.day + timedelta(days=40)))
    if due <= doc.day:
        due = next_working_day(doc.day + timedelta(days=14))
    doc.p(f"To ensure continuous cover, please confirm your renewal and the information in the enclosed statement of fact "
          f"by {doc.printed_on(due)}.")


def ins_claim(doc: Doc) -> None:
    doc.template = "en-ins-claim"
    when = doc.past(7, 30)
    doc.distractor("event")
    doc.subject = f"Claim acknowledgement – incident of {doc.d(when)}"
    doc.info += [("Claim number", f"CL{doc.num(8)}"), ("Date", doc.date_text)]
    doc.p("Thank you for notifying us of the loss of goods in transit. To assess your claim we need the commercial invoice, "
          "the carrier's delivery receipt and photographs of the damaged packaging.")
    n = doc.rng.choice((21, 28))
    doc.period(n, "days")
    doc.p(f"Please send these documents within {n} days of the date of this letter.")


def con_amend(doc: Doc) -> None:
    doc.template = "en-con-amendment"
    eff = add_months(date(doc.day.year, doc.day.month, 1), 1)
    doc.distractor("effective")
    doc.subject = "Amendment No. 2 to the Master Services Agreement"
    doc.info += [("Agreement", f"MSA-{doc.num(4)}"), ("Date", doc.date_text)]
    doc.p(f"Further to our discussions, please find enclosed Amendment No. 2, which extends the scope of services to the "
          f"workflow automation module with effect from {doc.d(eff)}.")
    doc.p(f"Please countersign and return one copy by {doc.printed(10, 20)}.")


def con_order(doc: Doc) -> None:
    doc.template = "en-con-order-confirmation"
    cur = _cur(doc)
    doc.subject = f"Order confirmation SO-{doc.num(6)}"
    ship = next_working_day(doc.ahead(5, 20))
    doc.distractor("delivery")
    doc.info += [("Your PO", f"PO-{doc.num(5)}"), ("Estimated dispatch", doc.d(ship)), ("Date", doc.date_text)]
    doc.p("Thank you for your order, which we confirm as follows:")
    _lines(doc, [("Copper busbar 10 x 3 mm, 1 m", 12.4), ("Terminal block 4-pole", 3.9)], cur)
    doc.p(f"Goods will be dispatched on or around {doc.d(ship)}. Our standard terms of sale apply.")


def con_renewal(doc: Doc) -> None:
    doc.template = "en-con-renewal-notice"
    renew = doc.ahead(30, 60)
    doc.distractor("renewal")
    doc.subject = "Your annual subscription will renew"
    doc.info += [("Account", f"ACC-{doc.num(5)}"), ("Date", doc.date_text)]
    doc.p(f"Your Business plan (25 users) will renew automatically on {doc.d(renew)} for a further twelve months at the "
          "current price. No action is needed if you wish to continue.")
    doc.p("You can review your plan and the number of users in the admin console at any time.")


def adv_conference(doc: Doc) -> None:
    doc.template = "en-adv-conference"
    ev = doc.ahead(60, 120)
    early = doc.ahead(10, 25)
    doc.distractor("event")
    doc.distractor("valid-until")
    doc.subject = f"Exhibit at Eastbank Tech Summit {ev.year}"
    doc.info += [("Date", doc.date_text)]
    doc.p(f"Join 3,000 founders, engineers and buyers in London on {fmt(ev, 'en-uk')} and "
          f"{fmt(ev + timedelta(days=1), 'en-uk')}. Our exhibitor packages start at £2,400.")
    doc.p(f"Book before {doc.d(early)} to save 20 % with our early-bird rate.")


def adv_software(doc: Doc) -> None:
    doc.template = "en-adv-software"
    until = doc.ahead(14, 30)
    doc.distractor("valid-until")
    doc.subject = "Automate your approvals – 30-day free trial"
    doc.info += [("Date", doc.date_text)]
    doc.p("Teams like yours spend hours chasing approvals by email. Tallis routes invoices, contracts and purchase requests "
          "to the right people automatically.")
    doc.p(f"Start your free trial today – and get 25 % off your first year if you sign up by {doc.d(until)}.")


def oth_application(doc: Doc) -> None:
    doc.template = "en-oth-application"
    born = date(doc.rng.randint(1988, 2001), doc.rng.randint(1, 12), doc.rng.randint(1, 28))
    doc.distractor("birthday")
    doc.subject = "Application – Junior Data Analyst"
    doc.p("I am writing to apply for the position of Junior Data Analyst advertised on your website.")
    doc.p(f"I hold an MSc in Statistics from the University of Glasgow and have two years of experience in reporting and "
          f"dashboard design. Date of birth: {fmt(born, 'en-uk')}. I could start on {doc.d(add_months(doc.day, 2))}.")
    doc.distractor("contract-start")
    doc.p("I would welcome the opportunity to discuss my application with you.")


def oth_newsletter(doc: Doc) -> None:
    doc.template = "en-oth-partner-update"
    doc.subject = "News from Fernhill: new office and team"
    move = add_months(date(doc.day.year, doc.day.month, 1), 1)
    doc.distractor("effective")
    doc.info += [("Date", doc.date_text)]
    doc.p(f"We are delighted to let you know that from {doc.d(move)} our Edinburgh team will work from new premises at "
          "9 St Andrew Square. We have also welcomed two new advisers specialising in cross-border VAT.")
    doc.p("Thank you for your continued trust; we look forward to working with you.")


def oth_thanks(doc: Doc) -> None:
    doc.template = "en-oth-thank-you"
    ev = doc.past(5, 20)
    doc.distractor("event")
    doc.subject = "Thank you for joining us"
    doc.info += [("Date", doc.date_text)]
    doc.p(f"Thank you for visiting our stand at the summit on {doc.d(ev)}. It was a pleasure to meet your team.")
    doc.p("The slides from our talk are attached for your reference. Do get in touch if we can help.")


EN = {
    "invoice": [("saas", inv_saas, 3), ("hosting", inv_card, 2), ("translation", inv_translation, 2), ("venue", inv_venue, 1)],
    "reminder": [("saas translation supplier-en", rem_overdue, 3), ("collector-en", rem_collector, 2)],
    "tax": [("hmrc", tax_hmrc, 2), ("revenue-ie", tax_revenue, 1)],
    "legal": [("solicitor", leg_lba, 2), ("solicitor", leg_cease, 1)],
    "authority": [("companies-house", auth_companies_house, 1)],
    "bank": [("payments", bank_kyc, 2), ("bank-en", bank_tariff, 1)],
    "insurance": [("insurer-en", ins_renewal, 2), ("insurer-en", ins_claim, 1)],
    "contract": [("software-en saas", con_amend, 1), ("supplier-en", con_order, 2), ("saas software-en", con_renewal, 1)],
    "advertising": [("conference", adv_conference, 2), ("software-en", adv_software, 2)],
    "other": [("applicant-en", oth_application, 1), ("partner-en", oth_newsletter, 1), ("partner-en conference", oth_thanks, 1)],
}
_ = (MONTHS,)
