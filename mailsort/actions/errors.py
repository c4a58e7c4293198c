"""Errors of the actions stage: one line each, naming the item or the action."""

from __future__ import annotations

from ..errors import MailsortError


class ActionError(MailsortError):
    """An action cannot be carried out as asked (unknown item, nothing to confirm, ...)."""



class DeliveryFailed(MailsortError):
    """An SMTP or webhook delivery failed; `permanent` means retrying will not help."""


    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent
