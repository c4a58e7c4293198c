"""The routing stage: recipient, category and fields of one item, and the decision to file or review."""

from __future__ import annotations

from typing import Protocol

from ..model import Category, Document, Routing, Source
from ..settings import Settings
from .decide import decide, recipient_doubt
from .directory import Directory
from .fields import extract_fields
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
        self._names = {c.id: c.name for c in directory.clients}

    def route(self, source: Source, document: Document) -> Routing:
        recipient, candidates = self.matcher.match(document)
        category = self.category_model.predict(_category_text(document))
        fields = extract_fields(document, provider_names=self.settings.provider_names)
        decision, reason = decide(recipient, candidates, category, self.settings.thresholds, self._names)
        if recipient_doubt(recipient, candidates, self.settings.thresholds) is not None:
            # An unsure guess is no recipient: the item waits with none; the VA sees the
            # candidates (and the reason names the best guess).
            recipient = None
        return Routing(recipient=recipient, candidates=candidates, category=category, fields=fields,
                       decision=decision, reason=reason)


def _category_text(document: Document) -> str:
    """What the letter says; for emails the subject line carries much of it too."""
    email = document.email
    if email is None:
        return document.text
    subject = (email.forwarded.subject if email.forwarded and email.forwarded.subject else email.subject) or ""
    return f"{subject}\n\n{document.text}".strip()
