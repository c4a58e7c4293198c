"""English letter texts of wave 5 (foreign firms, offices and people writing to Berlin tenants)."""

from __future__ import annotations

TEXTS: dict[str, list[tuple[str, str]]] = {
    "invoice": [
        ("Invoice {inv}", "Please find below our invoice for hosting services in {month}: {amount} (reverse charge, "
         "VAT to be accounted for by the recipient).\n\nPayment is due by {due}."),
        ("Invoice no. {inv} – translation services", "Thank you for your order {ref}. We charge {amount} for the "
         "translation of your contract documents.\n\nKindly settle this invoice {within}."),
        ("Credit note {inv}", "Following your complaint of {past} we have issued a credit of {amount2}. "
         "It will be offset against your next invoice."),
        ("Design fees – {month}", "As agreed, we invoice {amount} for the brand workshop and the logo drafts.\n\n"
         "Payment terms: net, by {due}."),
        ("Your subscription invoice", "Your annual licence for customer account {cust} has renewed. Amount charged to "
         "your card on file: {amount2}. No action is needed."),
        ("Invoice {inv} for consulting", "For the advisory days delivered in {month} we invoice {amount}.\n\n"
         "Please transfer the amount to the account shown below no later than {due}."),
    ],
    "reminder": [
        ("Payment reminder – invoice {inv}", "Our records show that invoice {inv} of {past} for {amount} remains "
         "unpaid.\n\nPlease arrange payment by {due}. If you have already paid, please disregard this letter."),
        ("Final notice before legal action", "Despite previous reminders the balance of {amount} on account {cust} is "
         "still outstanding.\n\nUnless we receive payment {within}, we will instruct our solicitors without further notice."),
        ("Overdue account statement", "Please find enclosed a statement of overdue items on your account {cust}, "
         "totalling {amount}.\n\nWe would be grateful for payment by {due}."),
        ("Second reminder", "We have not yet received payment of {amount} for invoice {inv}. A late fee of EUR 15.00 "
         "has been added.\n\nPlease pay the full amount {within}."),
        ("Debt collection notice {ref}", "Our client has instructed us to recover {amount}. Please contact us or pay "
         "the amount by {due} to avoid further costs."),
        ("Friendly reminder", "Just a quick note that invoice {inv} ({amount2}) fell due on {past}. Could you please "
         "check and arrange payment by {due}?"),
    ],
    "tax": [
        ("VAT refund application {ref}", "Your application for the refund of VAT for {year} is incomplete.\n\n"
         "Please submit copies of the invoices listed in the annex by {due}."),
        ("Notice of assessment", "Tax reference {taxno}. We have assessed the tax due for {year} at {amount}.\n\n"
         "Payment must reach us by {due}."),
        ("Request for information", "In connection with your VAT registration we need the articles of association "
         "and proof of your business address.\n\nPlease reply {within}."),
        ("Confirmation of VAT identification number", "We confirm the validity of the VAT number you submitted. "
         "No further action is required."),
        ("Withholding tax certificate", "Enclosed is the certificate of tax withheld on payments to your company "
         "in {year}, total {amount2}. Keep it for your records."),
        ("Late filing notice", "Your return for {quarter} has not been received. Please file it {within} to avoid "
         "a surcharge."),
    ],
    "legal": [
        ("Letter before claim", "We act for Meadowbank Trading Ltd in respect of unpaid fees of {amount}.\n\n"
         "Unless payment is made by {due}, our client will issue proceedings without further notice."),
        ("Cease and desist – use of trade mark", "Our client owns the registered mark NORTHSTAR. Your use of a "
         "similar sign infringes these rights.\n\nPlease confirm in writing by {soon} that you will stop the use."),
        ("Notice of claim {az}", "Please find enclosed the claim form served on your company. You must file a "
         "defence {within}."),
        ("Termination on behalf of our client", "On behalf of our client we terminate the service agreement {contract} "
         "with immediate effect.\n\nPlease return all client materials by {due}."),
        ("Insolvency of Greyfield Ltd – notice to creditors", "I was appointed administrator on {past}. Creditors are "
         "asked to submit proof of debt by {due}."),
        ("Hearing date {az}", "The hearing has been listed for {later}. Any further evidence must be filed by {due}."),
    ],
    "authority": [
        ("Annual return reminder", "The annual return for your branch registration is due. Please file it "
         "online by {due} to avoid a late filing penalty."),
        ("Membership fee {year}", "Thank you for your membership. The annual fee of {amount2} is due by {due}."),
        ("Change of registered details confirmed", "We have recorded the change of your company secretary. "
         "No further action is needed."),
        ("Statistical survey – request for data", "Your business was selected for a survey of service industries. "
         "Please complete the online questionnaire {within}."),
        ("Invitation to the members' assembly", "The chamber's annual members' assembly takes place on {later}. "
         "Registration is open on our website."),
        ("Request for documents", "To complete your registration we need a certified copy of the commercial "
         "register extract. Please send it by {due}."),
    ],
    "bank": [
        ("Know your customer – documents required", "As part of our periodic review we ask you to confirm the "
         "beneficial owners of your company.\n\nPlease upload the documents by {due}; otherwise we may restrict your account."),
        ("Changes to our business account terms", "From {later} the monthly fee of your account will be {amount2}. "
         "Details are in the enclosed price list."),
        ("Your account statement", "Please find enclosed the statement of account {iban} for {month}. Closing "
         "balance: {amount}."),
        ("Returned direct debit", "A direct debit of {amount} was returned unpaid. Please ensure sufficient "
         "funds are available."),
        ("Loan offer", "We are pleased to offer a working capital loan of {big} at {pct} % p.a. The offer is open "
         "until {due}."),
        ("Your new card", "Your replacement card for account {iban} has been dispatched. The PIN remains unchanged."),
    ],
    "insurance": [
        ("Renewal notice – policy {policy}", "Your commercial policy renews on {later}. The renewal premium is "
         "{amount}.\n\nPlease pay by {due} to keep your cover in force."),
        ("Claim {ref} – information needed", "To assess your claim we need photos and a repair estimate. "
         "Please send them {within}."),
        ("Endorsement to policy {policy}", "As requested, the sum insured has been increased to {big}. The "
         "endorsement is enclosed."),
        ("Premium adjustment", "The premium for policy {policy} will rise by {pct} % from the next due date."),
        ("Claim settled", "We are pleased to confirm settlement of claim {ref}. {amount} will be paid to your account."),
        ("Risk questionnaire", "To prepare your renewal please return the enclosed questionnaire by {due}."),
    ],
    "contract": [
        ("Order confirmation {ref}", "Thank you for your order. We confirm delivery of {n} licences at {amount2} "
         "per month, starting {later}."),
        ("Confirmation of cancellation", "We confirm receipt of your cancellation. Your subscription {contract} ends "
         "on {later}."),
        ("Price change notice", "From {later} the price of your plan will increase by {pct} %. Details are in your customer "
         "portal."),
        ("Our quotation {ref}", "As discussed, please find our quotation for {amount}. This offer is valid "
         "until {due}."),
        ("Contract amendment", "Enclosed are two copies of the amendment to contract {contract}. Please return one "
         "signed copy {within}."),
        ("Automatic renewal of your agreement", "Your agreement {contract} will renew for twelve months unless "
         "cancelled by {due}."),
    ],
    "advertising": [
        ("Exhibit at ExpoGlobal", "Showcase your business to 20,000 visitors. Stands from {amount2}. Book now!"),
        ("Upgrade your office", "Discover our range of {product}. Order this month and get free delivery."),
        ("Special offer for new customers", "Try {product} for three months at half price. Simply reply to this letter."),
        ("You are invited", "Join our free webinar on {later} and learn how to save on office costs."),
        ("Catalogue enclosed", "Our new catalogue with more than 500 products is enclosed. We look forward to your order."),
        ("Your brand on everything", "Put your logo on {product}. Minimum order only 25 pieces."),
    ],
    "other": [
        ("Thank you", "I just wanted to say thank you for your kind help during my visit to Berlin. It was a real "
         "pleasure meeting your team."),
        ("Founders breakfast", "You are warmly invited to our monthly founders breakfast on {later}."),
        ("Change of address", "Please note our new address from {later}. Phone numbers remain unchanged."),
        ("Application for an internship", "I am writing to apply for an internship in your company. My CV is enclosed."),
        ("Reference for Ms Hartmann", "I am happy to confirm that Ms Hartmann worked with us as a project assistant "
         "and I recommend her without reservation."),
        ("Newsletter from the network", "Here is our quarterly update with news from member companies and upcoming events."),
    ],
}
SECOND = ["Separately, please confirm your bank details by {due2}.", "Any objections must be raised {from_start}."]
FINE_PRINT = ["Registered office as stated below. This letter was produced automatically and is valid without signature.",
              "Please quote the references above in all correspondence."]
