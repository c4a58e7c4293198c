"""Wave-5 emails (.eml, stdlib): forwarded by a tenant's staff in the styles of real mail programs
(old Outlook 'Ursprüngliche Nachricht', Outlook on the web, iOS Mail with quoted headers, a reply
quote), sent straight to a tenant's mailbox alias, and e-invoices (a CII XML with a PDF copy)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from xml.sax.saxutils import escape

from mailsort_lab.wave5.due import MONATE, MONTHS

TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
CET = timezone(timedelta(hours=1))


def _header(style: str, frm: str, to: str, when: datetime, subject: str) -> str:
    if style == "outlook-orig-de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {TAGE[when.weekday()]}, {when.day}. "
                f"{MONATE[when.month - 1]} {when.year} {when:%H:%M}\nAn: {to}\nBetreff: {subject}")
    if style == "owa-en":
        return (f"________________________________\nFrom: {frm}\nSent: {when:%d} {MONTHS[when.month - 1]} {when.year} "
                f"{when:%H:%M}\nTo: {to}\nSubject: {subject}")
    if style == "ios-de":
        return (f"Anfang der weitergeleiteten Nachricht:\n\n> Von: {frm}\n> Datum: {when.day}. {MONATE[when.month - 1]} "
                f"{when.year} um {when:%H:%M:%S} MEZ\n> An: {to}\n> Betreff: {subject}\n>")
    # A reply quote: 'Am ... schrieb ...:' then the quoted text.
    return f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {frm}:"


def forward(rng: random.Random, lang: str, day: date, subject: str, body: str, original_from: str, original_to: str,
            forwarder: str, outer_to: str, attachments: list[tuple[str, bytes, str]], msg_id: str) -> tuple[bytes, list[str]]:
    style = rng.choice(["outlook-orig-de", "ios-de", "quote-de"] if lang == "de" else ["owa-en", "owa-en", "ios-de"])
    sent = datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59), tzinfo=CET)
    note = rng.choice(["Bitte zur Ablage, danke.", "Hallo Poststelle,\nanbei zur Info und Ablage.", "",
                       "Please file for us – thanks!", "Zur Kenntnis.\n\nGruß"])
    head = _header(style, original_from, original_to, sent, subject)
    if style in ("ios-de", "quote-de"):
        quoted = "\n".join("> " + line if line else ">" for line in body.split("\n"))
        text = f"{note}\n\n{head}\n{quoted}\n"
    else:
        text = f"{note}\n\n{head}\n\n{body}\n"
    prefix = {"outlook-orig-de": "WG: ", "owa-en": "FW: ", "ios-de": "Fwd: ", "quote-de": "WG: "}[style]
    return _message(forwarder, outer_to, prefix + subject, sent + timedelta(hours=rng.randint(2, 70)), msg_id, text,
                    attachments, rng), [f"mail-{style}"]


def direct(rng: random.Random, day: date, subject: str, body: str, frm: str, to: str,
           attachments: list[tuple[str, bytes, str]], msg_id: str) -> bytes:
    sent = datetime(day.year, day.month, day.day, rng.randint(6, 20), rng.randint(0, 59), tzinfo=CET)
    return _message(frm, to, subject, sent, msg_id, body + "\n", attachments, rng)


def _message(frm: str, to: str, subject: str, when: datetime, msg_id: str, text: str,
             attachments: list[tuple[str, bytes, str]], rng: random.Random) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = frm, to, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msg_id
    msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "base64"]))
    for name, data, mime in attachments:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if msg.is_multipart():
        msg.set_boundary(f"----=_Part_w5_{rng.randrange(16**12):012x}")
    return msg.as_bytes()


def cii(number: str, issued: date, due: date, seller: tuple[str, str, str], buyer: str, net: float) -> bytes:
    """A small EN 16931 invoice in UN/CEFACT CII syntax (XRechnung profile), amounts consistent."""
    tax = round(net * 0.19, 2)
    gross = round(net + tax, 2)
    street, city, _ = seller
    post, town = city.split(" ", 1)

    def d(x: date) -> str:
        return f'<udt:DateTimeString format="102">{x:%Y%m%d}</udt:DateTimeString>'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument><ram:ID>{escape(number)}</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime>{d(issued)}</ram:IssueDateTime></rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument><ram:SpecifiedTradeProduct><ram:Name>Leistungen laut Vertrag</ram:Name></ram:SpecifiedTradeProduct><ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>{net:.2f}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{net:.2f}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
  <ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>n/a</ram:BuyerReference>
   <ram:SellerTradeParty><ram:Name>{escape(seller[2])}</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>{post}</ram:PostcodeCode><ram:LineOne>{escape(street)}</ram:LineOne><ram:CityName>{escape(town)}</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>{escape(buyer)}</ram:Name><ram:PostalTradeAddress><ram:PostcodeCode>10117</ram:PostcodeCode><ram:LineOne>Friedrichstraße 123</ram:LineOne><ram:CityName>Berlin</ram:CityName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeDelivery/>
  <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>{tax:.2f}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{net:.2f}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime>{d(due)}</ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>{net:.2f}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>{net:.2f}</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">{tax:.2f}</ram:TaxTotalAmount><ram:GrandTotalAmount>{gross:.2f}</ram:GrandTotalAmount><ram:DuePayableAmount>{gross:.2f}</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode()
