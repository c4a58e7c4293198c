"""English letters for all ten categories (wave 3 wording): foreign suppliers, banks, lawyers, bodies."""

from __future__ import annotations

from datetime import timedelta

from mailsort_lab.blind.facts import Ask, Draft, make_org
from mailsort_lab.blind.when import en


def _o(a: Ask, name: str, street: str, city: str, **kw):
    o = make_org(a.rng, name, street, city, register=kw.pop("register", "Registered in England and Wales No. "
                                                                       + a.code("########")), **kw)
    if not city[:1].isdigit():                       # a UK address: UK phone, domain and bank details
        dom = o.web.removeprefix("www.").removesuffix(".de") + ".co.uk"
        o.phone, o.mail, o.web = f"+44 {a.code('20 #### ####')}", f"accounts@{dom}", f"www.{dom}"
        o.footer[1] = (f"Sort code {a.code('##-##-##')} · Account {a.code('########')} · VAT Reg. GB "
                       f"{a.code('### #### ##')}")
    return o


def write(a: Ask, category: str) -> Draft:
    r, one = a.rng, a.one
    sal = one("Dear Sir or Madam,", "Dear Customer,", "Hello,")
    close = one("Kind regards,", "Yours faithfully,", "Best regards,")
    info = [("Date", en(a.date, r))]
    if category == "tax":
        o = make_org(r, "Bundeszentralamt für Steuern – Central Liaison Office", "An der Küppe 1", "53225 Bonn",
                     kind="public", signer=["On behalf of", "Division St II"])
        if r.random() < 0.5:
            paras = ["with regard to your application for a VAT refund for the period "
                     f"{a.date.year - 1}, we require further information.",
                     f"Please submit copies of the invoices listed in the annex {a.due.fixed(14, 30)}.",
                     "If the documents are not received in time, the application may be refused."]
            subj = "VAT refund procedure – request for documents"
        else:
            paras = [f"our records show that the withholding tax return for {a.firm} has not been filed.",
                     f"Please file the return {a.due.fixed(10, 30)} using the online portal.",
                     "Late filing may result in a surcharge."]
            subj = "Reminder: outstanding tax return"
        info.append(("Tax number", a.code("##/###/#####")))
    elif category == "legal":
        o = _o(a, one("Hargreaves Whitcombe LLP Solicitors", "Pemberton & Shah Solicitors"), "12 Gray's Inn Road",
               "London WC1X 8HN", signer=["Solicitors for the claimant"])
        paras = [f"we act for {a.mention or 'Castlegate Components Ltd'} in connection with unpaid invoices "
                 f"totalling {a.eur(2000, 25000)}.",
                 f"Unless payment is received {a.due.fixed(10, 14)}, our client will issue court proceedings without "
                 "further notice.",
                 "This is a letter before action under the Practice Direction on Pre-Action Conduct."]
        subj = "Letter before action"
    elif category == "authority":
        o = make_org(r, "IHK Berlin – International Services", "Fasanenstraße 85", "10623 Berlin", kind="public",
                     signer=["Membership Services"])
        paras = [f"as a company registered in Berlin, {a.firm} is a statutory member of the Chamber of Industry and "
                 "Commerce.",
                 f"Your membership fee for {a.date.year} has been set at {a.eur(150, 700)}. Please pay "
                 f"{a.due.fixed(14, 30)}.",
                 "The assessment is based on your trade income as reported by the tax office."]
        subj = "Membership fee assessment"
    elif category == "bank":
        o = _o(a, one("Northwind Business Bank N.V. – German Branch", "Fjordline Bank AB"), "Taunusanlage 9",
               "60329 Frankfurt am Main", signer=["Customer Due Diligence Team"])
        if r.random() < 0.6:
            paras = ["as part of our regular know-your-customer review we need to update the information on your "
                     "company.",
                     "Please upload a current commercial register extract and confirm your beneficial owners "
                     f"{a.due.fixed(14, 30)}.",
                     "If we do not receive the information, we may have to restrict your account."]
            subj = "Action required: update your business details"
        else:
            paras = [f"please find enclosed your account statement for {a.date:%B %Y}.",
                     f"Closing balance: {a.eur(500, 60000)}. Interest credited: EUR 0.00.",
                     "Please check the entries and contact us if anything is unclear."]
            subj = "Your monthly account statement"
    elif category == "insurance" and r.random() < 0.4:
        o = _o(a, "Meridian Specialty Underwriters "
                  "Ltd", "70 Leadenhall Street", "London EC3A 2BJ", signer=["Claims Team"])
        paras = ["we have completed our review of your claim for the water damage reported on "
                 f"{a.due.distractor(20, 50)}.",
                 f"We are pleased to confirm a settlement of {a.eur(500, 12000)}, less your policy excess.",
                 "The payment will be made to your nominated bank account within the next few days."]
        subj = "Claim settlement " + a.code("CL-######")
    elif category == "insurance":
        o = _o(a, one("Albion Commercial Insurance plc", "Meridian Specialty Underwriters Ltd"), "70 Leadenhall Street",
               "London EC3A 2BJ", signer=["Policy Services"])
        paras = [f"your professional indemnity policy renews on {en(a.date + timedelta(days=r.randint(30, 60)), r)}.",
                 f"The renewal premium is {a.eur(400, 5000)}; please pay {a.due.fixed(14, 28)} to keep your cover in "
                 "force.",
                 "Your updated policy schedule is attached."]
        subj = "Renewal notice and premium invoice"
    elif category == "reminder" and r.random() < 0.3:
        o = _o(a, "Crossley Debt Recovery "
                  "Ltd", "Quay House, 8 The Quays", "Salford M50 3SQ", signer=["Collections Department"])
        paras = [f"we have been instructed by {a.mention or 'Cloudspire Hosting Ltd'} to collect the outstanding "
                 "balance of "
                 f"{a.eur(300, 6000)}.",
                 f"To avoid further action, please settle the full amount {a.due.fixed(7, 14)} or contact us to agree "
                 "a payment plan."]
        subj = "Notice of debt assignment – payment required"
    elif category == "reminder":
        o = _o(a, a.client_sender or one("Cloudspire Hosting Ltd", "Brightline Translations Ltd"), "3 Old Street",
               "London EC1V 9HL", signer=["Accounts Receivable"])
        paras = [f"our records show that invoice {a.code('INV-#####')} dated {a.due.distractor(30, 60)} for "
                 f"{a.eur(90, 4000)} remains unpaid.",
                 f"Please arrange payment {a.due.fixed(5, 10)}.",
                 "If you have already paid, please disregard this reminder."]
        subj = one("Payment reminder", "Overdue invoice – second reminder", "Final notice")
    elif category == "invoice":
        o = _o(a, a.client_sender or one("Cloudspire Hosting Ltd", "Pixelgrain Studio Ltd", "Harbourline Freight Ltd"),
               "3 Old Street", "London EC1V 9HL", signer=["Billing"])
        pay = f"Please pay {a.due.fixed(14, 30)}." if r.random() < 0.5 else a.due.relative()
        paras = ["thank you for your business. Please find our invoice for the services below.",
                 f"Total amount: {a.eur(150, 9000)} (reverse charge – VAT to be accounted for by the recipient).",
                 pay]
        subj = "Invoice " + a.code("INV-#####")
        info.append(("Invoice no.", subj.split()[-1]))
        return Draft(category, o, subj, paras, sal, close, info,
                     [["Item", "Description", "Amount"],
                      ["1", one("Managed hosting", "Design work", "Sea freight"), a.eur(100, 6000)],
                      ["2", "Support", a.eur(50, 600)]])
    elif category == "contract":
        o = _o(a, a.client_sender or one("Cloudspire Hosting Ltd", "Quillmark Software Ltd"), "3 Old Street",
               "London EC1V 9HL", signer=["Customer Success"])
        if r.random() < 0.3:
            paras = [f"we confirm receipt of your notice of termination dated {a.due.distractor(3, 10)}.",
                     f"Your subscription will end on {en(a.date + timedelta(days=r.randint(20, 60)), r)}; "
                     "you will keep full access until then.",
                     "We are sorry to see you go."]
            subj = "Confirmation of cancellation"
        elif r.random() < 0.5:
            paras = [f"from {en(a.date + timedelta(days=r.randint(30, 60)), r)} the price of your subscription will "
                     "change.",
                     "Your plan, features and support level remain unchanged.",
                     f"Your new monthly fee will be {a.eur(20, 400)}."]
            subj = "Changes to your subscription pricing"
        else:
            paras = [f"please find attached the master services agreement between {a.firm} and us.",
                     f"Kindly sign and return it {a.due.fixed(10, 21)} so that we can start the project.",
                     f"{a.mention or 'Our partner'} will be involved as a subcontractor."]
            subj = "Master services agreement for signature"
    elif category == "advertising" and r.random() < 0.4:
        o = _o(a, "Fintech Leaders Summit Ltd", "1 Canal Street", "Manchester M1 3HE", signer=["Delegate Sales"])
        paras = ["secure your place at Europe's leading conference for finance teams – early-bird tickets are now 40% "
                 "off.",
                 "Two days, 60 speakers and unlimited networking.",
                 f"Use code {a.code('EARLY##')} at checkout."]
        subj = "Early-bird tickets: 40% off"
    elif category == "advertising":
        o = _o(a, one("GrowthLoop Marketing Ltd", "Officeo Supplies Europe BV"), "1 Canal Street", "Manchester M1 3HE",
               signer=["The Sales Team"])
        paras = ["grow your business with our all-in-one marketing platform – now 30% off for the first year.",
                 "Book a free demo today and see how much time you can save.",
                 "Join more than 10,000 happy customers across Europe."]
        subj = one("Special offer for your business", "Don't miss out: 30% off")
    else:
        o = _o(a, "Berlin Startup Circle e.V.", "Torstraße 1", "10119 Berlin", signer=["The organising team"])
        k = r.randrange(3)
        first = ["we are delighted to invite you to our annual networking evening.",
                 "I am writing to apply for the position of office manager advertised on your website.",
                 "this quarter's newsletter covers new members, events and a look back at our summer meetup."][k]
        paras = [first,
                 f"{a.mention or 'Many partners'} will join us as well." if k != 1 and r.random() < 0.5 else
                 "I look forward to hearing from you." if k == 1 else "We look forward to seeing you.",
                 "Thank you for your support." if k != 1 else "My CV and references are enclosed."]
        subj = ["Invitation: networking evening", "Application: office manager", "Newsletter"][k]
    return Draft(category, o, subj, a.shuffle_mid(paras), sal, close, info)
