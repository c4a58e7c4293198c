"""English letters of wave 7 (foreign suppliers, banks, lawyers writing to the Berlin clients)."""

from __future__ import annotations

from mailsort_lab.wave7.doc import Doc, money, ref
from mailsort_lab.wave7.senders import person


def _sign(d: Doc, role: str, names: bool = True) -> None:
    r = d.rng
    d.closing = r.choice(("Kind regards,", "Yours faithfully,", "Best regards,", "Sincerely,"))
    d.signature = ([person(r, "en")] if names else []) + [role]


def _pay(d: Doc, lo: int, hi: int) -> str:
    r = d.rng
    if r.random() < 0.4:
        return f"Please pay the outstanding amount {d.within((0, 3, 6))}."
    return r.choice(("Payment is due by {}.", "Please remit payment no later than {}.", "Kindly settle this invoice by {}.")).format(d.due(lo, hi))


def invoice(d: Doc) -> None:
    r = d.rng
    no = ref(r, r.choice(("INV-26-#####", "#######", "TS-2026-####")))
    d.template = f"en-invoice-{d.sender.kind}"
    d.info = [("Invoice no.", no), ("Customer ID", ref(r, "C######")), ("Invoice date", d.date_text)]
    d.subject = r.choice((f"Invoice {no}", f"Your invoice {no}", "Tax invoice"))
    what = "subscription (Business plan, 10 seats)" if d.sender.kind == "saas" else "design and layout services"
    d.paragraphs = [f"Please find below our invoice for {what} for the period {d.period()}.",
                    f"Net {money(r, 'en', 90, 3800)}; reverse charge – VAT to be accounted for by the recipient (Art. 196 VAT Directive)."]
    if r.random() < 0.35:
        d.paragraphs.append(f"The amount will be charged to your card on file on {d.later(3, 10)}. No action is required.")
    else:
        d.paragraphs.append(_pay(d, 14, 30))
    _sign(d, "Accounts Receivable", names=r.random() < 0.4)


def reminder(d: Doc) -> None:
    r = d.rng
    inv = ref(r, "INV-26-#####")
    d.info = [("Our ref.", ref(r, "??/#####")), ("Date", d.date_text)]
    if d.sender.kind == "inkasso":
        d.template = "en-reminder-collection"
        d.subject = f"Overdue account – final demand before legal action"
        d.paragraphs = [f"We have been instructed by Brightmoor Design Studio Ltd. to recover the sum of {money(r, 'en', 200, 5000)} "
                        f"relating to invoice {inv} dated {d.past(45, 100)}.",
                        f"Unless payment is received by {d.due(7, 14)}, our client may commence proceedings without further notice."]
        _sign(d, "Collections Officer")
    else:
        d.template = "en-reminder-vendor"
        level = r.choice(("Payment reminder", "Second reminder", "Overdue notice"))
        d.subject = f"{level}: invoice {inv}"
        d.paragraphs = [f"Our records show that invoice {inv} issued on {d.past(25, 60)} for {money(r, 'en', 50, 2500)} remains unpaid.",
                        _pay(d, 7, 14) + " If you have already paid, please disregard this letter."]
        _sign(d, "Credit Control", names=r.random() < 0.5)


def legal(d: Doc) -> None:
    r = d.rng
    d.template = "en-legal-lawyer"
    d.info = [("Our ref.", ref(r, "FO/###/26")), ("Date", d.date_text)]
    d.salutation = "Dear Sirs,"
    t = r.random()
    if t < 0.5:
        d.subject = "Infringement of trade mark – cease and desist"
        d.paragraphs = [f"We act for Harrowgate Brands Ltd. It has come to our client's attention that since {d.past(20, 90)} you have been using a sign confusingly similar to its registered trade mark.",
                        f"We require your written undertaking to cease all use by {d.due(10, 14)}. Failing this, our client reserves all rights, including to issue proceedings."]
    else:
        d.subject = "Letter before action"
        d.paragraphs = [f"We are instructed by Oakridge Facilities Ltd. in relation to unpaid fees of {money(r, 'en', 1200, 20000)} under the services agreement dated {d.past(120, 360)}.",
                        f"Please confirm whether you accept the claim. If we do not hear from you by {d.due(14, 21)}, court proceedings may be issued without further notice."]
    _sign(d, "Partner")


def bank(d: Doc) -> None:
    r = d.rng
    d.info = [("Account no.", ref(r, "########")), ("Date", d.date_text)]
    t = r.choice(("kyc", "terms", "statement"))
    d.template = f"en-bank-{t}"
    if t == "kyc":
        d.subject = "Action required: please update your business information"
        d.paragraphs = ["As a regulated institution we are required to keep the information we hold about our business customers up to date.",
                        f"Please upload a current extract from the commercial register and details of the beneficial owners by {d.due(14, 30)}. "
                        "If we do not receive them, we may have to restrict your account."]
    elif t == "terms":
        d.subject = "Changes to your Business Account terms"
        d.paragraphs = [f"We are updating our Business Account terms with effect from {d.month_start(2)}.",
                        "You do not need to do anything. If you do not agree, you may close your account free of charge before that date."]
    else:
        d.subject = "Your quarterly account statement"
        d.paragraphs = [f"Enclosed is your statement for {d.period()}. Closing balance: {money(r, 'en', 500, 90000)}.",
                        "Please check the entries and let us know of any discrepancies."]
    _sign(d, "Business Banking Team", names=False)


def insurance(d: Doc) -> None:
    r = d.rng
    d.info = [("Policy no.", ref(r, "KS-######-??")), ("Date", d.date_text)]
    if r.random() < 0.5:
        d.template = "en-insurance-renewal"
        d.subject = "Renewal notice – professional indemnity insurance"
        d.paragraphs = [f"Your policy renews on {d.month_start(1)}. The annual premium is {money(r, 'en', 600, 5200)}.",
                        f"Please pay the premium by {d.due(14, 30)} to maintain continuous cover."]
    else:
        d.template = "en-insurance-claim"
        d.subject = f"Claim {ref(r, 'CL-26-#####')} – settlement"
        d.paragraphs = [f"Further to your notification of {d.past(14, 60)}, we are pleased to confirm settlement of your claim.",
                        f"The sum of {money(r, 'en', 300, 9000)} will be transferred to your nominated account."]
    _sign(d, "Policy Services", names=r.random() < 0.5)


def contract(d: Doc) -> None:
    r = d.rng
    d.info = [("Contract ref.", ref(r, "MSA-####")), ("Date", d.date_text)]
    if d.sender.kind == "pricechange":
        d.template = "en-contract-pricechange"
        d.subject = "Important: changes to your subscription pricing"
        d.paragraphs = [f"From {d.month_start(2)}, the price of the Business plan will increase to {money(r, 'en', 12, 60)} per seat per month.",
                        f"If you do not wish to continue, you may terminate your subscription by giving notice by {d.due(20, 40)}."]
    else:
        d.template = "en-contract-offer"
        d.subject = "Proposal for facility management services"
        d.paragraphs = [f"Thank you for meeting us on {d.past(3, 15)}. As discussed, we are pleased to submit our proposal for cleaning and maintenance of your premises.",
                        f"Monthly fee: {money(r, 'en', 800, 4000)} excl. VAT; initial term twelve months. The enclosed draft agreement sets out the full terms."]
    _sign(d, "Commercial Director")


def advertising(d: Doc) -> None:
    r = d.rng
    d.template = f"en-advertising-{d.sender.kind}"
    d.info = [("Date", d.date_text)] if r.random() < 0.5 else []
    if d.sender.kind == "event":
        d.subject = "Join Europe's leading FinOps Summit"
        d.paragraphs = [f"Join 1,500 finance leaders in Berlin on {d.later(30, 90)}. Early-bird tickets are available until {d.later(7, 20)}.",
                        "Use code SUMMIT20 for 20 % off. We look forward to seeing you there."]
    else:
        d.subject = "Streamline your back office – free 30-day trial"
        d.paragraphs = ["Orbisware automates invoicing, expenses and approvals for growing teams.",
                        f"Sign up before {d.later(10, 40)} and get three months at half price."]
    _sign(d, "The Marketing Team", names=False)


def other(d: Doc) -> None:
    r = d.rng
    d.template = f"en-other-{d.sender.kind}"
    d.info = []
    if d.sender.kind == "invitation":
        d.subject = "Invitation to our benefit concert"
        d.paragraphs = [f"We would be delighted to welcome you to our benefit concert on {d.later(20, 60)} at the Sophienkirche.",
                        "Proceeds support music lessons for children in the neighbourhood."]
        _sign(d, "Board of Trustees")
    else:
        d.subject = "Thank you"
        d.paragraphs = ["I just wanted to write and thank you and your team for the kind welcome during my visit to Berlin.",
                        "I hope we can meet again when you are next in Oxford."]
        d.closing, d.signature = "Warm wishes,", [d.sender.name]


WRITERS = {"invoice": invoice, "reminder": reminder, "legal": legal, "bank": bank, "insurance": insurance,
           "contract": contract, "advertising": advertising, "other": other}
