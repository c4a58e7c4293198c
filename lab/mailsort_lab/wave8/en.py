"""English wording of wave 8 (foreign suppliers, banks, insurers, law firms); tax offices and
authorities write German only."""

from __future__ import annotations

from mailsort_lab.wave8.doc import Doc

ITEMS = [("Team plan, 12 seats", 240, 900), ("Onboarding workshop", 350, 1200), ("Additional storage 500 GB", 30, 90),
         ("Certified translation, per page", 35, 60), ("Lunch buffet for 20 guests", 300, 700), ("Service fee", 20, 80)]


def _items(doc: Doc) -> float:
    rng = doc.rng
    doc.table = [["#", "Description", "Qty", "Unit price", "Amount"]]
    net = 0.0
    for i, (what, lo, hi) in enumerate(rng.sample(ITEMS, rng.randint(1, 3)), 1):
        qty = rng.choice((1, 1, 2, 4))
        price = round(rng.uniform(lo, hi), 2)
        net += qty * price
        doc.table.append([str(i), what, str(qty), doc.money(price), doc.money(qty * price)])
    doc.table += [["", "Total (reverse charge, VAT to be accounted for by the recipient)", "", "", doc.money(net)]]
    return net


def invoice(doc: Doc) -> None:
    rng = doc.rng
    no = doc.ref("INV-")
    doc.info += [("Invoice no.", no), ("Invoice date", doc.date_text), ("Customer ID", doc.ref("C-"))]
    doc.template = "en-invoice"
    _items(doc)
    doc.subject = rng.choice((f"Invoice {no}", f"Your invoice {no} – {doc.sender.trade}"))
    pay = rng.choice((lambda: f"Payment is due {doc.within(('invoice', 'letter'))}.",
                      lambda: f"Please pay the amount shown by {doc.until(14, 30)}, quoting the invoice number.",
                      lambda: f"The amount will be charged to your card on file on {doc.event(3, 10, 'debit-date')}; no action is needed."))()
    doc.paragraphs = ["thank you for your business. Please find our charges for the period below.", pay,
                      "If you have any questions about this invoice, just reply to this letter or write to our billing team."]
    if "no action" in pay:
        doc.tags.append("no-deadline")


def reminder(doc: Doc) -> None:
    rng = doc.rng
    no = doc.ref("INV-")
    doc.info += [("Account", doc.ref("AC-")), ("Date", doc.date_text)]
    doc.template = f"en-reminder-{doc.sender.kind}"
    amount = doc.money(rng.uniform(90, 5000))
    if doc.sender.kind == "inkasso":
        doc.subject = f"Notice of assigned debt – our ref. {doc.ref('PR-')}"
        doc.paragraphs = [f"we have been instructed by Cloudlane Software Ltd. to recover {amount} due under invoice {no} of {doc.earlier(40, 90)}.",
                          f"Please settle the balance {doc.within()} to avoid further action."]
    else:
        doc.subject = rng.choice((f"Payment reminder – invoice {no}", f"Overdue: invoice {no}", f"Final notice – invoice {no}"))
        doc.paragraphs = [f"our records show that invoice {no} dated {doc.earlier(20, 50)} for {amount} remains unpaid.",
                          f"Please arrange payment by {doc.until(7, 14)}." if rng.random() < 0.6 else f"Please arrange payment {doc.within()}.",
                          "If you have already paid, please disregard this reminder."]


def legal(doc: Doc) -> None:
    doc.info += [("Our ref", doc.ref("FW/")), ("Date", doc.date_text)]
    doc.template = "en-legal-lawyer"
    doc.subject = "Letter before action – unpaid licence fees"
    doc.paragraphs = ["we act for Tidemark Media Licensing Ltd. in connection with the use of photographs on your website without a licence.",
                      f"Our client requires payment of {doc.money(doc.rng.uniform(800, 9000))} and written confirmation that the use has stopped by {doc.until(10, 14)}.",
                      "If we do not hear from you by then, our client intends to issue proceedings without further notice."]


def bank(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Account", doc.ref("")), ("Date", doc.date_text)]
    k = rng.choice(("kyc", "terms", "chargeback"))
    doc.template = f"en-bank-{k}"
    if k == "kyc":
        doc.subject = "Action required: verify your business details"
        doc.paragraphs = ["as part of our periodic review we need to verify the beneficial owners of your company.",
                          f"Please upload the requested documents by {doc.until(14, 30)}; otherwise we may restrict payouts."]
    elif k == "terms":
        doc.subject = "Changes to your merchant terms"
        doc.paragraphs = [f"from {doc.event(40, 70, 'effective-date')} our processing fees for card payments will change.",
                          "No action is required if you agree with the new terms."]
        doc.tags.append("no-deadline")
    else:
        doc.subject = f"Chargeback notification {doc.ref('CB-')}"
        doc.paragraphs = [f"a cardholder has disputed a payment of {doc.money(rng.uniform(30, 900))}.",
                          f"To contest the chargeback, submit evidence {doc.within()}."]


def insurance(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Policy no.", doc.ref("PI-")), ("Date", doc.date_text)]
    doc.template = "en-insurance"
    doc.subject = "Renewal of your professional indemnity policy"
    doc.paragraphs = [f"your policy expires on {doc.event(40, 90, 'contract-end')}. The renewal premium is {doc.money(rng.uniform(600, 4000))}.",
                      f"Please return the signed renewal declaration by {doc.until(14, 30)} so that cover continues without interruption."]


def contract(doc: Doc) -> None:
    rng = doc.rng
    doc.info += [("Contract", doc.ref("CT-")), ("Date", doc.date_text)]
    k = rng.choice(("renewal", "price"))
    doc.template = f"en-contract-{k}"
    if k == "renewal":
        doc.subject = "Your subscription will renew automatically"
        doc.paragraphs = [f"your {doc.sender.trade} runs until {doc.event(60, 120, 'contract-end')} and renews for another year.",
                          f"If you do not wish to renew, please give notice of cancellation by {doc.until(20, 45)}."]
    else:
        doc.subject = "Updated pricing for your plan"
        doc.paragraphs = [f"from {doc.event(30, 60, 'effective-date')} the price of your plan will increase by 8 %.",
                          f"You may terminate the agreement {doc.within(('letter', 'printed'))} if you do not accept the change."]


def advertising(doc: Doc) -> None:
    doc.info += [("Date", doc.date_text)]
    doc.template = f"en-ad-{doc.sender.kind}"
    doc.subject = f"Join us at the {doc.sender.trade}" if doc.sender.kind == "events" else f"Meet {doc.sender.name.split()[0]}: {doc.sender.trade} made simple"
    doc.paragraphs = ["growing companies across Europe trust us to save time every month.",
                      f"Book before {doc.event(7, 25, 'offer-end')} and save 30 %." if doc.sender.kind != "events"
                      else f"The event takes place on {doc.event(20, 60, 'event')}; early-bird tickets end on {doc.event(5, 15, 'offer-end')}.",
                      "We would love to show you around."]
    doc.tags.append("no-deadline")


def other(doc: Doc) -> None:
    doc.info += [("Date", doc.date_text)]
    doc.template = "en-other"
    doc.subject = "Introducing our new Berlin office"
    doc.paragraphs = [f"we are delighted to let you know that we open our Berlin office on {doc.event(10, 40, 'event')}.",
                      "We look forward to working with you and your team."]
    doc.tags.append("no-deadline")


WRITERS = {"invoice": invoice, "reminder": reminder, "legal": legal, "bank": bank, "insurance": insurance,
           "contract": contract, "advertising": advertising, "other": other}
