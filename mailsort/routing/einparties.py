"""Recipient evidence from an e-invoice's parties: the addressee's name, contact person, buyer
reference (Leitweg-ID, or a client's mailbox number or intake address) and email are what the
sender's accounting system addressed; the issuer is a sender, never a recipient."""

from __future__ import annotations

from ..einvoice.codes import roles
from ..model import Document
from .mailbox import same_mailbox
from .namematch import NAME_QUALITIES, STRONG_QUALITIES

STRUCTURED = 0.97            # a name in a structured field is no OCR reading of an address block


def einvoice_evidence(matcher, document: Document, tally, state: dict) -> set[str]:
    """Adds evidence to `tally`; returns the clients the invoice names as its issuer."""
    inv = document.einvoice
    if inv is None:
        return set()
    issuer, addressee = roles(inv)
    where = f"e-invoice {'seller' if addressee is inv.seller else 'buyer'}"
    if addressee.name:
        hits, unexplained = matcher.index.match(addressee.name)
        for h in hits:
            tally(h.client_id).add(h.family, h.strength * STRUCTURED, f"{where}: {h.describe()}")
            if h.quality in NAME_QUALITIES and h.family == "name":
                state["named"].add(h.client_id)
            if h.strength >= 0.7:
                state["content"].add(h.client_id)
    if addressee.contact:
        hits, _ = matcher.index.match(addressee.contact)
        for h in hits:
            if h.family == "person":
                tally(h.client_id).add("person", h.strength * STRUCTURED, f"{where} contact: {h.describe()}")
    directory = matcher.directory
    for label, value in (("buyer reference", inv.buyer_reference), (f"{where} email", addressee.email)):
        value = (value or "").strip()
        if not value:
            continue
        client = directory.by_email.get(value.lower())
        if client is not None:
            tally(client.id).add("intake", 0.9, f"{label} {value} is the intake alias of {client.id}")
            state["content"].add(client.id)
            continue
        owner = next((c for c in directory.clients if c.mailbox and same_mailbox(c.mailbox, value)), None)
        if owner is not None:
            tally(owner.id).add("mailbox", 0.8, f"{label} {value} = mailbox of {owner.id}")
            state["mailboxes"].add(owner.id)
    senders: set[str] = set()
    if issuer.name:
        hits, _ = matcher.index.match(issuer.name)
        senders = {h.client_id for h in hits if h.quality in STRONG_QUALITIES}
    return senders
