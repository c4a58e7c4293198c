"""The routing stage: recipient, category and fields of one item, and the decision to file or review."""

from __future__ import annotations

from typing import Protocol

from ..einvoice.category import category_of
from ..einvoice.fields import apply as apply_einvoice
from ..model import Category, Document, Routing, Source
from ..settings import Settings
from ..text.clean import bounded
from .calibration import RecipientCalibration
from .decide import category_doubt, decide, recipient_doubt
from .directory import Directory
from .fields import extract_fields, proper_text
from .recipient import RecipientMatcher


class CategoryPredictor(Protocol):
    def predict(self, text: str) -> Category: ...


class Router:
    def __init__(self, settings: Settings, directory: Directory, category_model: CategoryPredictor | None = None):
        if category_model is None:      # the trained model in models/; a missing or stale one is a ModelError
            from .category import CategoryModel
            category_model = CategoryModel.load(settings.models_dir)
        self.settings = settings
        self.directory = directory
        self.category_model = category_model
        self.matcher = RecipientMatcher(directory, settings.provider_names)
        self.calibration = RecipientCalibration.load(settings.models_dir)    # None: hand-set thresholds
        self._names = {c.id: c.name for c in directory.clients}

    def route(self, source: Source, document: Document) -> Routing:
        document = bounded_document(document)
        recipient, candidates, reading = self.matcher.read(document)
        trust = self.calibration.trust(reading) if self.calibration is not None else None
        category = self.category_model.predict(_category_text(document))
        doubt = recipient_doubt(recipient, candidates, self.settings.thresholds, trust=trust)
        sure = recipient is not None and doubt is None
        client = self.directory.get(recipient.client_id) if sure else None      # its Bundesland's holidays
        fields = extract_fields(document, provider_names=self.settings.provider_names,
                                state=client.state if client is not None else None)
        if document.einvoice is not None:        # the XML's structure and values beat the text
            category = category_of(document.einvoice)
            fields = apply_einvoice(fields, document.einvoice)
        decision, reason = decide(recipient, candidates, category, self.settings.thresholds, self._names, trust)
        if not sure:
            # An unsure guess is no recipient: the item waits with none; the VA sees the
            # candidates (and the reason names the best guess).
            recipient = None
        elif trust is not None:     # the JSON and the reliability table show the calibrated probability
            recipient = recipient.model_copy(update={"confidence": trust.probability})
        confirmed = category_doubt(category, self.settings.thresholds) is None
        if confirmed and category.label == "advertising" and fields.deadlines:
            # An advert's dates (offer ends, early-bird prices, events) oblige the client to nothing;
            # in the deadline calendar they would bury the real ones.
            fields = fields.model_copy(update={"deadlines": []})
        return Routing(recipient=recipient, candidates=candidates, category=category, fields=fields,
                       decision=decision, reason=reason, category_confirmed=confirmed)


# Who a letter is for and what it is stand on its first pages (the address block, the subject);
# a bounded prefix keeps any length of text (a 1 MB subject, a 500-page export) well under
# spaCy's max_length (1,000,000) and routing time flat. The archive still keeps the full text.
MAX_PAGE_CHARS = 20_000
MAX_ROUTING_CHARS = 100_000


def bounded_document(document: Document) -> Document:
    """The document as routing sees it: each page's text and the total cut to a prefix."""
    if sum(len(p.text) for p in document.pages) <= MAX_ROUTING_CHARS and \
            all(len(p.text) <= MAX_PAGE_CHARS for p in document.pages):
        return document
    pages, left = [], MAX_ROUTING_CHARS
    for page in document.pages:
        if left <= 0:
            break
        text = bounded(page.text, min(MAX_PAGE_CHARS, left))
        pages.append(page.model_copy(update={"text": text}))
        left -= len(text)
    return document.model_copy(update={"pages": pages})


def _category_text(document: Document) -> str:
    """What the letter says, its annexes left out; for emails the subject line carries much of it too."""
    email = document.email
    if email is None:
        return proper_text(document)
    subject = (email.forwarded.subject if email.forwarded and email.forwarded.subject else email.subject) or ""
    return f"{subject}\n\n{proper_text(document)}".strip()
