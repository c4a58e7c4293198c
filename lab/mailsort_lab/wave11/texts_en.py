"""Wave 11's English letters (UK, Irish, Dutch, US and Swedish senders writing to Berlin clients)."""

from __future__ import annotations

import random
from datetime import timedelta

from mailsort_lab.wave11 import cal
from mailsort_lab.wave11.doc import Doc, money

R = random.Random


def _n(r: R, prefix: str = "", n: int = 6) -> str:
    return prefix + "".join(str(r.randint(0, 9)) for _ in range(n))


def saas_invoice(d: Doc, r: R) -> None:
    d.category = "invoice"
    a = d.day
    b = cal.add_months(a, 1) - timedelta(days=1)
    d.subject = f"Invoice {_n(r, 'INV-', 7)}"
    d.date_label = r.choice(("Invoice date", "Date of issue"))
    d.refs = [("Account ID", _n(r, "acct_", 8)), ("Billing period", f"{d.f(a)} – {d.f(b)}")]
    d.tags.append("distractor-period")
    seats = r.randint(3, 40)
    price = r.choice((12, 19, 29, 45))
    d.table(["Description", "Qty", "Unit price", "Amount"],
            [["Team plan (annual commitment, billed monthly)", str(seats), money(price, "en"), money(seats * price, "en")],
             ["Additional storage 100 GB", "1", money(9, "en"), money(9, "en")]], [85, 15, 30, 35])
    d.p("Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).")
    k = r.random()
    if k < 0.4:
        due = cal.printed(d.day, r, 14, 30)
        d.p(f"Payment due: {d.f(d.due(due))}. Please quote the invoice number with your transfer.")
    elif k < 0.7:
        d.p(r.choice(("Terms: net 30.", "Payment terms: 30 days from the invoice date.")))
        d.within(30, "days")
    else:
        d.p("This invoice has been charged to the card on file ending in " + _n(r, "", 4) + ". No action is required.")


def freight_invoice(d: Doc, r: R) -> None:
    d.category = "invoice"
    ship = cal.before(d.day, r, 2, 12)
    d.subject = f"Invoice {_n(r, 'TF', 6)} – sea freight Felixstowe to Hamburg"
    d.date_label = "Invoice date"
    d.refs = [("Shipment date", d.f(ship)), ("B/L", _n(r, "TWFX", 7))]
    d.tags.append("distractor-delivery")
    d.table(["Charge", "Amount"], [["Ocean freight 1 x 20' container", money(r.uniform(900, 2600), "en")],
                                   ["Terminal handling", money(r.uniform(100, 300), "en")]])
    d.p("Payment is due within 14 days of the invoice date.")
    d.within(14, "days")


def telecom_en(d: Doc, r: R) -> None:
    d.category = "invoice"
    d.subject = "Your Vantel Business bill"
    d.date_label = "Bill date"
    debit = cal.printed(d.day, r, 7, 12)
    d.refs = [("Account number", _n(r, "", 9))]
    d.p(f"Your bill this month is {money(r.uniform(60, 400), 'en')}. We will collect this amount by Direct Debit on "
        f"or just after {d.f(debit)}.")
    d.tags.append("distractor-debit")


def statement_overdue(d: Doc, r: R) -> None:
    d.category = "reminder"
    d.subject = r.choice(("Statement of overdue account", "Payment reminder", "FINAL NOTICE – overdue invoices"))
    d.refs = [("Customer no.", _n(r, "C", 5))]
    rows = []
    for _ in range(r.randint(2, 3)):
        x = cal.before(d.day, r, 20, 90)
        rows.append([_n(r, "SI-", 5), d.f(x), money(r.uniform(40, 1500), "en")])
    d.table(["Invoice", "Dated", "Outstanding"], rows)
    d.tags.append("distractor-prior-invoice")
    if r.random() < 0.5:
        pay = cal.printed(d.day, r, 7, 14)
        d.p(f"Please arrange payment by {d.f(d.due(pay))}. If you have already paid, please disregard this letter.")
    else:
        d.p("Please settle the balance within 7 days of the date of this letter to avoid a late payment charge.")
        d.within(7, "days")


def collections(d: Doc, r: R) -> None:
    d.category = "reminder"
    d.subject = "Notice of debt assignment and demand for payment"
    d.refs = [("Our reference", _n(r, "MC/", 7)), ("Original creditor", "Vantel Communications Ireland Ltd.")]
    d.p(f"We act for the above creditor, who has instructed us to recover {money(r.uniform(150, 2400), 'en')}.")
    pay = cal.printed(d.day, r, 10, 14)
    d.p(f"To avoid further action, full payment must reach us no later than {d.f(d.due(pay))}.")


def letter_before_action(d: Doc, r: R) -> None:
    d.category = "legal"
    d.subject = "Letter before action – unpaid licence fees"
    d.refs = [("Our ref", f"EW/{_n(r, '', 4)}/{d.day:%y}"), ("Your ref", "—")]
    d.p(f"We are instructed by Kingsbury Hotels Group plc in respect of unpaid fees of {money(r.uniform(4000, 30000), 'en')} "
        "under the framework agreement between our client and your company.")
    d.p("Unless payment is received within 14 days of the date of this letter, we are instructed to issue proceedings "
        "without further notice. Please also confirm within 7 days whether you dispute any part of the claim.")
    d.within(14, "days")
    d.within(7, "days")


def hmrc_vat(d: Doc, r: R) -> None:
    d.category = "tax"
    d.subject = "VAT registration – information needed"
    d.refs = [("Our reference", _n(r, "NRU", 8)), ("VAT registration number", "GB " + _n(r, "", 9))]
    back = cal.printed(d.day, r, 21, 30)
    d.p("We are reviewing your application to register for VAT as a non-established taxable person. We need the "
        "following before we can continue: evidence of taxable supplies made in the UK, and a copy of your "
        "certificate of incorporation.")
    d.p(f"Please send these by {d.f(d.due(back))}. If we do not hear from you, we may treat your application as withdrawn.")


def companies_house(d: Doc, r: R) -> None:
    d.category = "authority"
    due = cal.printed(d.day, r, 14, 28)
    d.subject = "Your confirmation statement is due"
    d.refs = [("Company number", _n(r, "", 8)), ("Made up date", d.f(cal.before(d.day, r, 1, 10)))]
    d.tags.append("distractor-period")
    d.p(f"Your company's confirmation statement must be filed by {d.f(d.due(due))}. You can file online; the fee is £50.")
    d.p("Failure to file is an offence and may lead to the company being struck off the register.")


def bank_kyc(d: Doc, r: R) -> None:
    d.category = "bank"
    d.subject = "Periodic review of your business account – documents required"
    d.refs = [("Client number", _n(r, "KB", 7))]
    d.box("Please provide", ["• a current extract from the commercial register (not older than 3 months)",
                             "• a copy of the passport or ID card of each ultimate beneficial owner",
                             "• the completed self-certification form (CRS/FATCA)"])
    d.p("Please upload the documents within 30 days of the date of this letter. If we do not receive them, we may have "
        "to restrict your account.")
    d.within(30, "days")


def payments_reserve(d: Doc, r: R) -> None:
    d.category = "bank"
    d.subject = "Chargeback received – action needed"
    cb = cal.before(d.day, r, 1, 5)
    d.refs = [("Merchant ID", _n(r, "TP", 8)), ("Case opened", d.f(cb))]
    d.tags.append("distractor-event")
    resp = cal.printed(d.day, r, 7, 10)
    d.p(f"A cardholder has disputed a payment of {money(r.uniform(40, 900), 'en')}. The amount has been debited "
        "from your settlement balance.")
    d.p(f"To challenge the dispute, submit evidence in the merchant dashboard by {d.f(d.due(resp))}.")


def insurance_renewal(d: Doc, r: R) -> None:
    d.category = "insurance"
    renew = cal.add_months(d.day, 1).replace(day=1)
    d.subject = "Renewal of your Commercial Combined policy"
    d.refs = [("Policy number", _n(r, "ACC/", 7)), ("Renewal date", d.f(renew))]
    d.tags.append("distractor-contract-start")
    d.p(f"Your policy renews on {d.f(renew)}. The renewal premium is {money(r.uniform(900, 6000), 'en')} including IPT.")
    if r.random() < 0.5:
        back = cal.printed(d.day, r, 10, 18)
        if back < renew:
            d.p(f"Please return the signed statement of fact by {d.f(d.due(back))} so that cover continues without interruption.")
    else:
        d.p("If your details are unchanged, you need do nothing; the premium will be collected by direct debit.")


def customer_complaint(d: Doc, r: R) -> None:
    d.category = "other"
    ev = cal.before(d.day, r, 7, 25)
    d.subject = "Complaint regarding order delivered on " + d.f(ev)
    d.tags.append("distractor-delivery")
    d.p("The goods arrived incomplete and two units were damaged. Photos are enclosed. We would appreciate a "
        "replacement or a credit note.")
    resp = cal.printed(d.day, r, 10, 15)
    d.p(f"Please let us have your proposal by {d.f(d.due(resp))}.")


def recruiter(d: Doc, r: R) -> None:
    d.category = "other"
    d.subject = "Confidential – senior engineering talent for your Berlin team"
    d.p("I lead our technology practice and currently represent several senior backend engineers who are open to "
        "relocating to Berlin. Would a short call next week be of interest?")


def charity_en(d: Doc, r: R) -> None:
    d.category = "other"
    gala = cal.printed(d.day, r, 30, 90)
    d.subject = "Will you help us keep the light on this winter?"
    d.p("Every night our volunteers open the doors of our shelter to people with nowhere else to go. A gift of €40 "
        f"pays for a warm bed for a week. Our annual gala takes place on {d.f(gala)}.")
    d.tags.append("distractor-event")


def partner_newsletter(d: Doc, r: R) -> None:
    d.category = "other"
    d.subject = "What's new at Ledgerly this quarter"
    d.p("Thank you for being a customer. This quarter we launched multi-currency bank feeds and a new VAT report. "
        "Nothing changes in your subscription.")


def expo_offer(d: Doc, r: R) -> None:
    d.category = "advertising"
    fair = cal.printed(d.day, r, 100, 220)
    d.subject = f"Exhibit at Nordic Retail Tech Expo {fair.year} – early-bird rates"
    d.p(f"Join 400 exhibitors in Stockholm from {d.f(fair)} to {d.f(fair + timedelta(days=2))}. Book before "
        f"{d.f(cal.printed(d.day, r, 20, 45))} to save 20 % on your stand.")
    d.tags += ["distractor-event", "distractor-offer"]


def finance_offer(d: Doc, r: R) -> None:
    d.category = "advertising"
    d.subject = "Pre-approved equipment finance up to €150,000"
    d.p("Upgrade your IT, vehicles or machinery and spread the cost over 24 to 60 months. Rates from 4.9 % APR. "
        f"This offer is valid until {d.f(cal.printed(d.day, r, 20, 50))}.")
    d.tags.append("distractor-offer")


def conference(d: Doc, r: R) -> None:
    d.category = "advertising"
    ev = cal.printed(d.day, r, 40, 120)
    d.subject = f"Fintech Horizons {ev.year}: 2-for-1 delegate passes"
    d.p(f"Two days, 80 speakers, one city: join us in London on {d.f(ev)}. Use code HORIZON2 for a second pass free of charge.")
    d.tags.append("distractor-event")


def contract_renewal(d: Doc, r: R) -> None:
    d.category = "contract"
    end = cal.add_months(d.day, 2).replace(day=1) - timedelta(days=1)
    cancel = cal.printed(d.day, r, 14, 25)
    if cancel >= end:
        cancel = cal.before(end, r, 3, 5)
    d.subject = "Your hosting agreement renews automatically"
    d.refs = [("Contract", _n(r, "PH-", 6)), ("Current term ends", d.f(end))]
    d.tags.append("distractor-contract-end")
    d.p(f"Your agreement renews for a further 12 months after {d.f(end)}. New prices apply from the renewal date.")
    if cancel > d.day and cal.is_working_day(cancel):
        d.p(f"If you do not wish to renew, please give written notice no later than {d.f(d.due(cancel))}.")


def order_confirmation(d: Doc, r: R) -> None:
    d.category = "contract"
    ship = cal.printed(d.day, r, 3, 12)
    d.subject = f"Order confirmation {_n(r, 'SO-', 6)}"
    d.refs = [("Your PO", _n(r, "PO", 5)), ("Estimated dispatch", d.f(ship))]
    d.tags.append("distractor-delivery")
    d.p("Thank you for your order. Please check the items below; prices are in EUR, ex works Leeds, excluding VAT.")
    d.table(["Item", "Qty", "Price"], [["Ergonomic chair ErgoLine 300", str(r.randint(2, 12)), money(189, "en")],
                                       ["Monitor arm, dual", str(r.randint(2, 12)), money(64.5, "en")]])


EN = {
    "saas_invoice": (saas_invoice, ("cloudharbor", "ledgerly", "pinecrest")), "freight_invoice": (freight_invoice, ("tidewater",)),
    "telecom_en": (telecom_en, ("vantel",)), "statement_overdue": (statement_overdue, ("rowan", "tidewater", "pinecrest")),
    "collections": (collections, ("meridian",)), "letter_before_action": (letter_before_action, ("harrowgate",)),
    "hmrc_vat": (hmrc_vat, ("hmrc",)), "companies_house": (companies_house, ("companies-house",)),
    "bank_kyc": (bank_kyc, ("kestrel",)), "payments_reserve": (payments_reserve, ("tallis",)),
    "insurance_renewal": (insurance_renewal, ("albion",)), "customer_complaint": (customer_complaint, ("kingsbury",)),
    "recruiter": (recruiter, ("hawthorne",)), "charity_en": (charity_en, ("lighthouse",)),
    "partner_newsletter": (partner_newsletter, ("ledgerly",)), "expo_offer": (expo_offer, ("expo",)),
    "finance_offer": (finance_offer, ("orbital",)), "conference": (conference, ("fintech",)),
    "contract_renewal": (contract_renewal, ("pinecrest", "cloudharbor")), "order_confirmation": (order_confirmation, ("rowan",)),
}
