"""E-invoice parties as recipient evidence: buyer name, contact and reference point at the client;
a seller that is a client is the sender, never the recipient; an intake alias adds up with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.einvoice.read import read_xml
from mailsort.model import Document, EmailInfo, Page
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher

REPO = Path(__file__).resolve().parents[2]
UBL = (REPO / "tests" / "resources" / "einvoice" / "XRECHNUNG_Einfach.ubl.xml").read_bytes()
BUYER = b"<cbc:RegistrationName>Kunden AG Mitte"
SELLER = b"<cbc:RegistrationName>Lieferant GmbH"


@pytest.fixture(scope="module")
def matcher():
    return RecipientMatcher(load_directory(REPO / "config" / "clients.yaml"))


def _doc(xml: bytes, email: EmailInfo | None = None) -> Document:
    # The page says nothing: only the structured invoice (and the email) can name the client.
    return Document(pages=[Page(number=1, text="", method="text-layer")], einvoice=read_xml(xml, "r.xml"),
                    email=email)


def test_buyer_name_names_the_client(matcher):
    recipient, _ = matcher.match(_doc(UBL.replace(BUYER, "<cbc:RegistrationName>Müller Bau GmbH".encode())))
    assert recipient.client_id == "mueller-bau" and recipient.confidence >= 0.85
    assert "e-invoice buyer: 'Müller Bau GmbH' (exact name)" in recipient.evidence


def test_buyer_reference_as_mailbox_and_contact_person(matcher):
    xml = UBL.replace(b"<cbc:BuyerReference>04011000-12345-34", b"<cbc:BuyerReference>1234")
    recipient, _ = matcher.match(_doc(xml))
    assert recipient.client_id == "mueller-bau" and "buyer reference 1234 = mailbox of mueller-bau" in recipient.evidence
    # a contact person of the client in the buyer party (BT-56)
    with_contact = xml.replace(b"<cac:AccountingCustomerParty>\n    <cac:Party>",
                               "<cac:AccountingCustomerParty>\n    <cac:Party><cac:Contact><cbc:Name>Uwe Müller"
                               "</cbc:Name></cac:Contact>".encode())
    assert read_xml(with_contact, "r.xml").buyer.contact == "Uwe Müller"
    both, _ = matcher.match(_doc(with_contact))
    assert both.client_id == "mueller-bau" and both.confidence > recipient.confidence


def test_unknown_buyer_with_the_intake_alias_still_files_by_the_alias(matcher):
    email = EmailInfo(intake_address="mueller-bau@post.buero-mitte.de", sender="buchhaltung@lieferant.example")
    recipient, _ = matcher.match(_doc(UBL, email))
    assert recipient.client_id == "mueller-bau" and "intake alias" in recipient.evidence


def test_a_client_as_seller_is_the_sender_not_the_recipient(matcher):
    own = UBL.replace(SELLER, "<cbc:RegistrationName>Müller Bau GmbH".encode()).replace(
        BUYER, "<cbc:RegistrationName>Schmidt IT GmbH".encode())
    recipient, candidates = matcher.match(_doc(own))
    assert recipient is not None and recipient.client_id == "schmidt-it"
    assert all(c.client_id != "mueller-bau" for c in candidates)
