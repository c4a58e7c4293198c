"""Errors of the review station, one line each."""

from ..errors import ExitCode, MailsortError


class WebError(MailsortError):
    """A review-station request could not be carried out."""


class UserError(WebError):
    """An account command failed (unknown user, bad role, weak password)."""

    exit_code = ExitCode.USAGE


class ClaimHeld(WebError):
    """Another person holds the item."""
