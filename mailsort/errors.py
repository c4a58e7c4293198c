"""One exception hierarchy; every message is a single line a mailroom operator understands.

Exit codes: 0 all fine, 1 an unexpected failure, 2 configuration, 3 a missing tool or model,
4 something was quarantined (the run itself finished), 5 storage/index trouble.
"""

from __future__ import annotations

import re

# What a library's message may carry that means nothing to an operator: object reprs.
_REPR = re.compile(r"\s*<(?:_io\.|[\w.]+ object at 0x)[^>]*>")


class MailsortError(Exception):
    """Base for every error mailsort raises on purpose."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


def detail(exc: BaseException, limit: int = 120) -> str:
    """A library exception as a short phrase for an error message: one line, no object reprs."""
    text = " ".join(_REPR.sub("", str(exc)).split()).rstrip(" :")
    return text[:limit] or type(exc).__name__


class ConfigError(MailsortError):
    """A configuration file is missing or invalid; the message names the file and the key."""

    exit_code = 2


class ToolMissing(MailsortError):
    """An external program (tesseract, pdftoppm) or its language data is not installed."""

    exit_code = 3


class ToolFailed(MailsortError):
    """An external program ran but failed or timed out on one input."""

    exit_code = 1


class ModelError(MailsortError):
    """The classifier model in models/ is missing, unreadable or stale."""

    exit_code = 3


class StorageError(MailsortError):
    """The archive or the index could not be written or read."""

    exit_code = 5


class InputRejected(MailsortError):
    """This one input cannot be processed; it goes to quarantine, the run goes on.

    `reason` is a short machine-readable code (e.g. "empty", "encrypted-pdf") used in the
    quarantine reason file and the JSON output.
    """

    exit_code = 4
    reason = "rejected"

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        if reason:
            self.reason = reason


class EmptyInput(InputRejected):
    reason = "empty"


class CorruptInput(InputRejected):
    reason = "corrupt"


class EncryptedInput(InputRejected):
    reason = "encrypted"


class TooLarge(InputRejected):
    """Decompression bombs, absurd page counts, oversized files."""

    reason = "too-large"


class UnknownType(InputRejected):
    reason = "unknown-type"


class UndecodableEmail(InputRejected):
    reason = "undecodable-email"


class UnsafePath(InputRejected):
    """Symlinks that leave the inbox, device files and the like."""

    reason = "unsafe-path"
