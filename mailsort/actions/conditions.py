"""The facts about one filed item and the evaluation of a rule's conditions against them.

Every condition answers with a reason in words, so `mailsort rules test` can show why a rule fired.
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from ..model import Amount, Document, Outcome, Source
from .rules import When

URGENT_DAYS = 7                 # taxonomy.md "Urgency"
URGENT_CATEGORIES = ("legal", "tax")


class ItemFacts(BaseModel):
    """What the actions need about an item, stored as JSON in act_items."""

    item_id: str
    client_id: str | None = None
    client_name: str | None = None
    category: str | None = None
    category_confidence: float = 0.0
    category_confirmed: bool = True     # False: filed, category waits for a VA (routing/decide.py)
    recipient_confidence: float = 0.0
    recipient_evidence: str = ""
    sender: str | None = None
    subject: str | None = None
    letter_date: date | None = None
    deadlines: list[date] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    references: dict[str, str] = Field(default_factory=dict)
    kind: str | None = None
    station: str | None = None
    pages: int = 0
    source_name: str = ""
    archived_as: str | None = None
    pdf_path: str | None = None
    thumbnail_path: str | None = None
    address: str = ""               # the recipient address zone when known, else the text's head
    filed_at: datetime | None = None
    einvoice: bool = False          # a structured e-invoice (XRechnung, ZUGFeRD) was read
    amount_due: Decimal | None = None   # the e-invoice's amount due, exact
    einvoice_problems: list[str] = Field(default_factory=list)

    @classmethod
    def build(cls, outcome: Outcome, text: str, source: Source, *, client_name: str | None = None,
              document: Document | None = None, pdf_path: str | None = None,
              thumbnail_path: str | None = None, filed_at: datetime | None = None) -> ItemFacts:
        f = outcome.fields
        address = document.zones.address if document and document.zones and document.zones.address else text[:1500]
        sender = f.sender or (document.email.sender if document and document.email else None)
        subject = f.subject or (document.email.subject if document and document.email else None)
        return cls(
            item_id=outcome.item_id or source.item_id, client_id=outcome.recipient.client_id if outcome.recipient else None,
            client_name=client_name, category=outcome.category.label if outcome.category else None,
            category_confidence=outcome.category.confidence if outcome.category else 0.0,
            category_confirmed=outcome.category_confirmed,
            recipient_confidence=outcome.recipient.confidence if outcome.recipient else 0.0,
            recipient_evidence=outcome.recipient.evidence if outcome.recipient else "",
            sender=sender, subject=subject, letter_date=f.date, deadlines=sorted(set(f.deadlines)),
            amounts=f.amounts, references=f.references, kind=outcome.kind or source.kind, station=source.station,
            pages=outcome.pages, source_name=source.path.name, archived_as=outcome.archived_as,
            pdf_path=pdf_path, thumbnail_path=thumbnail_path, address=address, filed_at=filed_at,
            einvoice=f.einvoice is not None, amount_due=f.einvoice.amount_due if f.einvoice else None,
            einvoice_problems=f.einvoice.problems if f.einvoice else [],
        )

    @property
    def amount(self) -> Decimal | None:
        """What a rule's amount_above compares: the amount due of an e-invoice, else the largest amount."""
        if self.amount_due is not None:
            return self.amount_due
        return max((a.value for a in self.amounts), default=None)

    @property
    def confidence(self) -> float:
        return min(self.category_confidence, self.recipient_confidence)

    def next_deadline(self, today: date) -> date | None:
        upcoming = [d for d in self.deadlines if d >= today]
        return upcoming[0] if upcoming else None

    def is_urgent(self, today: date) -> bool:
        nxt = self.next_deadline(today)
        if nxt is None:
            return False
        return (nxt - today).days <= URGENT_DAYS or self.category in URGENT_CATEGORIES

    def template_vars(self, today: date, zone: tzinfo | None = None) -> dict[str, Any]:
        data = self.model_dump()
        if zone and self.filed_at:                  # people read local time
            data["filed_at"] = self.filed_at.astimezone(zone)
        data.update(urgent=self.is_urgent(today), next_deadline=self.next_deadline(today),
                    amount_text=", ".join(a.text or f"{a.value:.2f} {a.currency}" for a in self.amounts))
        return data


def _contains_person(person: str, haystack: str) -> tuple[bool, float]:
    score = fuzz.partial_ratio(person.lower(), haystack.lower())
    return score >= 90, score


def evaluate(when: When, facts: ItemFacts, text: str, today: date) -> tuple[bool, list[str]]:
    """All conditions must hold; returns (matched, one reason per condition checked, in order)."""
    reasons: list[str] = []
    ok = True

    def check(passed: bool, yes: str, no: str) -> None:
        nonlocal ok
        reasons.append(("✓ " if passed else "✗ ") + (yes if passed else no))
        ok = ok and passed

    if when.category is not None:
        if not facts.category_confirmed:
            # The model was unsure: a rule on the category waits until a VA confirms it; the
            # station runs the rules again then.
            check(False, "", f"category {facts.category} is not confirmed yet (a VA confirms it)")
        else:
            check(facts.category in when.category, f"category {facts.category} is one of {when.category}",
                  f"category {facts.category} is not one of {when.category}")
    if when.sender is not None:
        hit = when.sender.lower() in (facts.sender or "").lower()
        check(hit, f"sender {facts.sender!r} contains {when.sender!r}",
              f"sender {facts.sender!r} does not contain {when.sender!r}")
    if when.sender_regex is not None:
        hit = re.search(when.sender_regex, facts.sender or "", re.IGNORECASE) is not None
        check(hit, f"sender {facts.sender!r} matches /{when.sender_regex}/",
              f"sender {facts.sender!r} does not match /{when.sender_regex}/")
    if when.keywords:
        low = text.lower()
        found = [k for k in when.keywords if k.lower() in low]
        check(bool(found), f"text contains {found}", f"text contains none of {when.keywords}")
    if when.person is not None:
        hit, score = _contains_person(when.person, facts.address + "\n" + facts.recipient_evidence)
        check(hit, f"addressed to {when.person!r} (match {score:.0f})",
              f"not addressed to {when.person!r} (best match {score:.0f} < 90)")
    if when.source is not None:
        check(facts.kind in when.source, f"source {facts.kind} is one of {when.source}",
              f"source {facts.kind} is not one of {when.source}")
    if when.station is not None:
        check(facts.station in when.station, f"station {facts.station} is one of {when.station}",
              f"station {facts.station} is not one of {when.station}")
    if when.deadline_within_days is not None:
        nxt = facts.next_deadline(today)
        days = (nxt - today).days if nxt else None
        check(days is not None and days <= when.deadline_within_days,
              f"deadline {nxt} is {days} days away (<= {when.deadline_within_days})",
              f"no deadline within {when.deadline_within_days} days" + (f" (next {nxt})" if nxt else ""))
    if when.confidence_below is not None:
        check(facts.confidence < when.confidence_below, f"confidence {facts.confidence:.2f} < {when.confidence_below}",
              f"confidence {facts.confidence:.2f} is not below {when.confidence_below}")
    if when.confidence_above is not None:
        check(facts.confidence > when.confidence_above, f"confidence {facts.confidence:.2f} > {when.confidence_above}",
              f"confidence {facts.confidence:.2f} is not above {when.confidence_above}")
    if when.pages_min is not None:
        check(facts.pages >= when.pages_min, f"{facts.pages} pages >= {when.pages_min}",
              f"{facts.pages} pages < {when.pages_min}")
    if when.pages_max is not None:
        check(facts.pages <= when.pages_max, f"{facts.pages} pages <= {when.pages_max}",
              f"{facts.pages} pages > {when.pages_max}")
    if when.einvoice is not None:
        what = "an e-invoice" if facts.einvoice else "no e-invoice"
        check(facts.einvoice == when.einvoice, f"item is {what}", f"item is {what}")
    for limit, above in ((when.amount_above, True), (when.amount_below, False)):
        if limit is None:
            continue
        amount = facts.amount
        word = "above" if above else "below"
        hit = amount is not None and (amount > limit if above else amount < limit)
        check(hit, f"amount {amount:.2f} is {word} {limit:g}" if amount is not None else "",
              f"amount {amount:.2f} is not {word} {limit:g}" if amount is not None else "no amount found")
    if not reasons:
        reasons.append("✓ no conditions: matches every item")
    return ok, reasons
