"""English wording for the evaluation set (foreign suppliers, banks and partners of the clients).

Public bodies write German, so tax and authority have no English texts here.
"""

from __future__ import annotations

from mailsort_lab.holdout.context import Ctx, Text


def legal_letter_before_action(c: Ctx) -> Text:
    return Text(
        c.pick("Letter before action", "Formal demand on behalf of our client", "Notice of claim"),
        [f"We act for {c.mention or 'Brightcrest Software Ltd.'} in connection with unpaid licence fees "
         f"of {c.money(800, 20000, 'GBP')}.",
         f"Unless payment is received {c.dl.any(c.rng.choice([14, 21]))}, our client will issue court "
         "proceedings against you without further notice, and will seek interest and costs.",
         "Please direct all correspondence on this matter to the writer."],
        info=[("Our ref", c.ref("Aktenzeichen", "AA/####/##"))])


def bank_statement_en(c: Ctx) -> Text:
    rows = [["Date", "Description", "Amount"]] + [
        [c.dl.mention(-c.rng.randint(2, 28)), c.pick("Card payment", "SEPA credit", "Direct debit",
                                                     "Monthly fee", "FX conversion"),
         c.fmt_money(c.rng.uniform(-1500, 3000))] for _ in range(c.rng.randint(3, 7))]
    return Text(
        c.pick("Your business account statement", "Monthly statement"),
        [f"Please find your statement for the period ending {c.dl.mention(-3)} below. Closing balance "
         f"{c.money(200, 40000)}.",
         "If you notice any transaction you do not recognise, contact us immediately."],
        info=[("Account", c.ref("IBAN", "IE## AAAA #### #### #### ##"))], table=rows)


def bank_kyc_en(c: Ctx) -> Text:
    return Text(
        "Action required: confirm your business details",
        ["As a regulated institution we must periodically review the information we hold about your "
         "business and its beneficial owners.",
         f"Please upload a current register extract and proof of address {c.dl.any(c.rng.choice([14, 30]))}. "
         "If we do not hear from you, we may have to restrict your account."])


def ins_premium_en(c: Ctx) -> Text:
    return Text(
        c.pick("Premium notice", "Renewal of your commercial policy"),
        [f"Your professional indemnity policy renews on {c.dl.mention(c.rng.randint(20, 40))}. The annual "
         f"premium including insurance premium tax is {c.money(400, 7000)}.",
         f"Please pay the premium {c.dl.absolute(c.rng.choice([14, 21, 30]))} to keep your cover in force."],
        info=[("Policy no.", c.ref("Versicherungsschein", "AAA-######"))])


def rem_overdue_en(c: Ctx) -> Text:
    inv = c.ref("Rechnungsnummer", "INV-#####")
    return Text(
        c.pick(f"Payment reminder - invoice {inv}", "Overdue account", f"Final notice: {inv}"),
        [f"Our records show that invoice {inv} for {c.money(60, 4000)} issued on "
         f"{c.dl.mention(-c.rng.randint(30, 60))} remains unpaid.",
         f"Please settle the outstanding balance {c.dl.any(c.rng.choice([7, 10, 14]))}. If you have "
         "already paid, please ignore this letter."])


def inv_saas_en(c: Ctx) -> Text:
    nr = c.ref("Rechnungsnummer", "CH-######")
    return Text(
        c.pick(f"Invoice {nr}", f"Tax invoice {nr}", "Your monthly invoice"),
        [f"Thank you for your business. This invoice covers managed hosting and backup for the period "
         f"{c.dl.mention(-30)} to {c.dl.mention(-1)}. Total due: {c.money(49, 2500)} (reverse charge, "
         "VAT to be accounted for by the recipient).",
         f"Payment is due {c.dl.any(c.rng.choice([14, 30]))}. Please quote the invoice number."],
        info=[("Invoice no.", nr)])


def con_renewal_en(c: Ctx) -> Text:
    return Text(
        c.pick("Your contract renewal", "Order confirmation", "Changes to your service agreement"),
        [f"Your service agreement is due to renew for a further twelve months at {c.money(900, 12000)} per year.",
         f"If you wish to cancel, please tell us in writing {c.dl.absolute(c.rng.choice([21, 30]))}; "
         "otherwise the renewal will take effect automatically."])


def adv_event_en(c: Ctx) -> Text:
    return Text(
        c.pick("Join Europe's leading growth summit", "Last chance: early-bird tickets"),
        [f"On {c.dl.mention(c.rng.randint(30, 80))}, 1,200 founders and investors meet in Berlin. Get "
         f"your delegate pass for just {c.money(299, 899)}.",
         "Book today and bring a colleague for free. To unsubscribe from our mailings, reply STOP."])


def oth_newsletter_en(c: Ctx) -> Text:
    return Text(
        c.pick("News from Greywood Partners", "Season's greetings", "Our new office"),
        [f"It has been a busy year. We were delighted to work with {c.mention or 'many of you'} on new "
         "projects and to welcome three new partners.",
         "We look forward to continuing our collaboration in the new year."])


EN = {
    "legal": [legal_letter_before_action],
    "bank": [bank_statement_en, bank_kyc_en],
    "insurance": [ins_premium_en],
    "reminder": [rem_overdue_en],
    "invoice": [inv_saas_en],
    "contract": [con_renewal_en],
    "advertising": [adv_event_en],
    "other": [oth_newsletter_en],
}
