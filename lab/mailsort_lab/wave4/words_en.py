"""English wave-4 letters (foreign suppliers, banks and agencies writing to German firms)."""

from __future__ import annotations

from mailsort_lab.wave4.letter import Facts, Letter, Sender

PLACES = [("14 Quayside Row", "Dublin D02 X285"), ("Keizersgracht 211", "1016 DV Amsterdam"),
          ("88 Canal Street", "Manchester M1 3HE"), ("Rue de la Loi 42", "1040 Brussels")]


def _s(f: Facts, name: str) -> Sender:
    street, city = f.pick(*PLACES)
    return Sender(name, street, city, "firm", [f"Company no. {f.rng.randint(100000, 999999)}"])


def invoice(f: Facts) -> Letter:
    no = f.ref("INV-#####")
    return Letter("invoice", _s(f, f.pick("Harbourlight Cloud Ltd", "Tessellate Design B.V.")), f"Invoice {no}", [
        f"Thank you for your order. Please find below our charges for the period {f.due.period()}.",
        f"Amount due: {f.money(90, 4000)} (reverse charge, VAT to be accounted for by the recipient).",
        f"Kindly settle this invoice {f.deadline()}, quoting {no}."], [("Invoice no.", no)])


def reminder(f: Facts) -> Letter:
    no = f.ref("INV-#####")
    return Letter("reminder", _s(f, f.pick("Harbourlight Cloud Ltd", "Keystone Freight Ltd")),
                  f"Overdue account – {no}", [
        f"Our records show that invoice {no} dated {f.due.past()} remains unpaid.",
        f"Please remit the outstanding balance of {f.money(60, 2000)} {f.deadline()} to avoid suspension of services."])


def tax(f: Facts) -> Letter:
    return Letter("tax", Sender("Bundeszentralamt für Steuern", "An der Küppe 1", "53225 Bonn", "public"),
                  "VAT refund procedure – request for information", [
        "In connection with your application for a refund of VAT we require further information.",
        f"Please submit copies of the invoices listed overleaf {f.deadline()}."], [("Ref.", f.ref("VR ####/##"))])


def legal(f: Facts) -> Letter:
    return Letter("legal", _s(f, f.pick("Whitcombe & Hale LLP", "Oyelaran Solicitors")), "Letter before action", [
        f"We act for {f.pick('Brightwater Media Ltd', 'Quillon Holdings plc')} in respect of unpaid licence fees.",
        f"Unless payment of {f.money(800, 9000)} is received {f.deadline()}, we are instructed to issue proceedings "
        "without further notice."], [("Our ref.", f.ref("WH/####"))])


def authority(f: Facts) -> Letter:
    return Letter("authority", Sender("Companies Registration Office", "Bloom House", "Dublin D01 X5A0", "public"),
                  "Annual return overdue", [
        "Our records indicate that the annual return of your branch has not been filed.",
        f"Please file the return {f.deadline()}; late filing attracts a penalty."])


def bank(f: Facts) -> Letter:
    return Letter("bank", _s(f, f.pick("Northmoor Bank plc", "Tidepay Europe S.A.")), "Please confirm your details", [
        "As part of our regular review we ask business customers to confirm their ownership details.",
        f"Please complete the enclosed form and return it {f.deadline()}; otherwise we may restrict your account."])


def insurance(f: Facts) -> Letter:
    return Letter("insurance", _s(f, f.pick("Fairhaven Marine Insurance Ltd", "Lighthouse Underwriting Ltd")),
                  "Renewal of your cargo policy", [
        f"Your policy {f.ref('CP-######')} is due for renewal. The renewal premium is {f.money(300, 5000)}.",
        f"Please pay {f.deadline()} to keep your cover in force."])


def contract(f: Facts) -> Letter:
    return Letter("contract", _s(f, f.pick("Tessellate Design B.V.", "Orbitline Software Ltd")),
                  "Amendment to our service agreement", [
        "We enclose the amended schedule of services and fees that will apply from next quarter.",
        f"Please sign and return one copy {f.deadline()}. If you do not agree you may terminate the agreement."])


def advertising(f: Facts) -> Letter:
    return Letter("advertising", _s(f, f.pick("Brightlane Events Ltd", "PromoNest Ltd")),
                  "Exhibit at the Berlin Founders Expo", [
        "Showcase your business to over 4,000 decision makers at Europe's friendliest founders' fair.",
        f"Early-bird stand prices from {f.money(900, 2500)} – offer ends {f.due.day(10, 30)}.",
        "To unsubscribe from future mailings, reply STOP."])


def other(f: Facts) -> Letter:
    return Letter("other", _s(f, f.pick("Friends of the Spree Trust", "Northmoor Alumni Network")),
                  f.pick("Our winter newsletter", "Invitation to our annual reception"), [
        "We are delighted to share the latest news from our community.",
        "Thank you for your continued support. We hope to see you soon."])


WRITERS = {"invoice": invoice, "reminder": reminder, "tax": tax, "legal": legal, "authority": authority,
           "bank": bank, "insurance": insurance, "contract": contract, "advertising": advertising, "other": other}
