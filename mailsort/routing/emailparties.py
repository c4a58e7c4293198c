"""Recipient evidence from an email's envelope: intake alias, a forward's original recipient, the
forwarder's domain. Used by RecipientMatcher, like einparties for e-invoices."""

from __future__ import annotations

import re

from ..model import Document
from .address import segments
from .namematch import QUALITY_STRENGTH, STRONG_QUALITIES
from .names import decode_words

FORWARDED_FACTOR = 0.95     # the original recipient inside a forwarded email
INTAKE_STRENGTH = 0.90      # the per-client intake alias the mail arrived on
# A forward to the shared intake from an address on the client's own domain, of a message whose
# recipient line is blank: the client passing its own mail on ("Bitte zur Ablage"). Clients also
# forward mail that is not theirs; then the quoted recipient names the other firm, and this is no
# evidence at all. Weighed against any client the content names and capped by any firm the address
# names that is nobody (see RecipientMatcher._contradictions), unlike an intake alias.
FORWARDER_STRENGTH = 0.80
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def email_evidence(matcher, document: Document, tally, state: dict) -> None:
    """Adds the evidence of an email's envelope: the intake alias it came in on, the original
    recipient of a forward, and the forwarder's own domain."""
    email = document.email
    if email is None:
        return
    intake = (email.intake_address or "").strip().lower()
    if intake and intake in matcher.directory.by_email:
        c = matcher.directory.by_email[intake]
        tally(c.id).add("intake", INTAKE_STRENGTH, f"arrived on intake alias {intake}")
        state["intake"] = c.id
    elif not intake:
        for r in email.recipients:
            c = matcher.directory.by_email.get(r.strip().lower())
            if c is not None:
                tally(c.id).add("intake", INTAKE_STRENGTH - 0.05, f"sent to intake alias {r}")
                state["intake"] = c.id
    fwd = email.forwarded
    if fwd is not None and state["intake"] is None and not (fwd.recipient or "").strip():
        _forwarder_evidence(matcher, email.sender or "", tally, state)
    if fwd and fwd.recipient:
        recipient = decode_words(fwd.recipient)
        for addr in _EMAIL.findall(recipient):
            c = matcher.directory.by_email.get(addr.lower())
            if c is not None:
                tally(c.id).add("forwarded", 0.85, f"original recipient {addr} is an intake alias of {c.id}")
                state["content"].add(c.id)
        display = _EMAIL.sub(" ", recipient).strip(" <>\"'")
        domains = [a.split("@", 1)[1].rsplit(".", 1)[0] for a in _EMAIL.findall(recipient)]
        for text, factor in [(display, FORWARDED_FACTOR)] + [(d, 0.75) for d in domains]:
            for seg in segments(text) if text else []:
                hits, _ = matcher.index.match(seg)
                for h in hits:
                    # Same family as the address block: one reading of a name, not two witnesses.
                    tally(h.client_id).add(h.family, h.strength * factor,
                                           f"original recipient {h.describe()}")
                    if h.strength * factor >= 0.7:
                        state["content"].add(h.client_id)

def _forwarder_evidence(matcher, sender: str, tally, state: dict) -> None:
    """'Buchhaltung <buchhaltung@taubenstein-handel-ohg.de>' forwarding: the domain's words must
    read as one client's name outright (no OCR or fuzzy reading, no name two clients share)."""
    addrs = _EMAIL.findall(decode_words(sender))
    if len(addrs) != 1:
        return
    labels = addrs[0].split("@", 1)[1].lower().split(".")[:-1]
    if len(labels) >= 2 and labels[-1] in ("co", "com", "org", "gv"):     # example.co.uk
        labels = labels[:-1]
    if not labels:
        return
    hits, _ = matcher.index.match(labels[-1], fuzzy=False)
    sure = {h.client_id for h in hits if h.family == "name" and h.quality in STRONG_QUALITIES
            and h.strength >= QUALITY_STRENGTH["no-legal"]}
    if len(sure) == 1:
        cid = sure.pop()
        tally(cid).add("forwarder", FORWARDER_STRENGTH, f"forwarded by {addrs[0]}, on a domain of {cid}")
        state["forwarder"] = cid
