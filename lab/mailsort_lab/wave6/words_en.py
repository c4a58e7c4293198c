"""English wording of wave-6 letters (same placeholders as words_de: {D} {R} {U} are deadlines,
{P} {S} {L} are not)."""

TEXTS: dict[str, list[tuple[str, str]]] = {
    "invoice": [
        ("Invoice {N} – translation services",
         "please find below our invoice for the certified translation of your articles of association "
         "(German–English, 14 pages): {A} net.\n\nPayment is due by {D}. Please quote the invoice number with "
         "your transfer. Order received on {P}."),
        ("Invoice {N}",
         "for courier and storage services in the period {S} we charge {A}.\n\nKindly settle this invoice "
         "{R}. Thank you for your business."),
        ("Invoice {N} – office supplies",
         "thank you for your order of {P}. The goods were dispatched in full. Amount payable: {A}.\n\n"
         "Terms: payable by {D} without deduction."),
    ],
    "reminder": [
        ("Payment reminder – account {N}",
         "according to our records, invoice {N} of {P} for {A} remains unpaid.\n\nPlease arrange payment by "
         "{D}. If you have already paid, please disregard this reminder."),
        ("Final notice before collection",
         "we have written to you on {P} regarding the overdue balance of {A}.\n\nUnless the full amount is "
         "received {R}, we will pass the matter to a collection agency without further notice."),
    ],
    "tax": [
        ("Request for information – VAT return",
         "in order to process your VAT return I need the following documents: the list of intra-community "
         "supplies and copies of the input tax invoices.\n\nPlease submit them by {D}. Your letter of {P} has "
         "been placed on file."),
        ("Advance tax payments",
         "your advance payments of corporation tax have been reassessed. The next instalment of {A} is due on "
         "{D}.\n\nLate payment will incur surcharges."),
    ],
    "legal": [
        ("Cease and desist – use of trade mark",
         "we act for Halvard Outdoor AS. Your website has been using the sign HALVARD since {P} without our "
         "client's consent.\n\nWe ask you to sign and return the enclosed undertaking by {D} and to pay "
         "costs of {A}."),
        ("Outstanding rent – formal demand",
         "we represent the owners of the storage unit at Gleimstraße 14. Rent of {A} for the period {S} "
         "remains unpaid.\n\nOn behalf of our clients we request payment {U}."),
    ],
    "authority": [
        ("Registration of your business – missing documents",
         "your notification of {P} is incomplete: a current extract from the commercial register is missing."
         "\n\nPlease submit the missing documents by {D}. Otherwise the case will be decided on the file."),
        ("Professional register – annual confirmation",
         "members of the register must confirm their details once a year.\n\nPlease complete and return the "
         "enclosed form {R}."),
    ],
    "bank": [
        ("Changes to your business account charges",
         "from {L} the monthly fee for business account {N} will be {A}.\n\nIf you do not agree, you may "
         "object by {D}. Transactions booked on {P} are not affected."),
        ("Know your customer – update required",
         "under anti-money-laundering rules we must regularly confirm the beneficial owners of your company."
         "\n\nPlease return the completed self-disclosure form {R}."),
    ],
    "insurance": [
        ("Premium invoice – policy {N}",
         "the annual premium of {A} for your business liability cover starting on {L} is now due.\n\nPlease "
         "pay by {D} to keep your cover in force."),
        ("Your claim {N}",
         "thank you for reporting the water damage of {P}.\n\nTo assess the claim we need photos, a cost "
         "estimate and the contractor's report. Please send them {U}."),
    ],
    "contract": [
        ("Renewal of your software subscription",
         "your subscription {N} is about to end. We offer a renewal for 24 months at {A} net per month.\n\n"
         "To accept, please sign the enclosed order form and return it {U}."),
        ("Addendum to your lease",
         "please find enclosed two copies of addendum no. 2 adjusting the service charge advance to {A} per "
         "month from {L}.\n\nPlease return one signed copy by {D}."),
    ],
    "advertising": [
        ("Spring offer: 20 % off copier paper",
         "business customers only: order premium recycled paper now. Free delivery on orders over {A}.\n\n"
         "Our catalogue is enclosed. We look forward to your order!"),
        ("Marketing that works while you sleep",
         "our team has helped more than 400 small companies grow their reach online.\n\nBook a free "
         "consultation on our website."),
    ],
    "other": [
        ("Invitation: summer reception",
         "the merchants' association warmly invites all businesses in the quarter to its summer reception on "
         "{L}.\n\nWe look forward to seeing you."),
        ("Thank you for your donation",
         "on behalf of the foundation we thank you for your gift of {A}, which goes directly to our reading "
         "mentor programme.\n\nYour donation receipt will follow early next year."),
    ],
}
EXTRA = ["Should you have any questions, please do not hesitate to contact us.",
         "Please always quote our reference when replying."]
GREETINGS = ["Dear Sir or Madam,", "Dear Sirs,", "Hello,"]
CLOSINGS = ["Yours faithfully", "Kind regards", "Best regards"]
ENCLOSURE = "Enclosure: statement"
PAGE = "Page {i} of {n}"
TABLE_HEAD = ("Date", "Item", "Amount")
TABLE_WORDS = ["Delivery", "Maintenance", "Credit", "Postage", "Flat fee", "Booking"]
FIT: dict[str, list[str | None]] = {
    "invoice": ["Tessaro", "Havelkurier", "Nordlicht"],
    "reminder": ["!Pfeilring", "!Pfeilring"],
    "tax": [None, None],
    "legal": ["Vossberg|Sørensen", "Ahrendt|Sørensen"],
    "authority": ["Bezirksamt|Gewerbeaufsicht", "Kammer"],
    "bank": [None, None],
    "insurance": [None, None],
    "contract": ["Cloudhafen", "Sternfeld"],
    "advertising": ["Papierwerk", "Brightpath"],
    "other": ["Verein", "Stiftung"],
}
SECOND = ["Please also return the enclosed acknowledgement slip, signed, by {D}."]
