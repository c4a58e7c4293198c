"""One exception hierarchy; every message is a single line a mailroom operator understands.

Every error carries the exit code the command line ends with (`ExitCode`); the README's table of
exit codes is this enum.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1               # an unexpected failure (a bug), or an action that could not be done
    USAGE = 2                # a configuration file, a command-line argument or an account is wrong
    MISSING_DEPENDENCY = 3   # a tool (tesseract, poppler), its language data, a model or a package
    QUARANTINED = 4          # the run finished, and at least one input went to quarantine
    STORAGE = 5              # the archive or the index cannot be written or read
    INTERRUPTED = 130        # Ctrl-C



class MailsortError(Exception):
    """Base for every error mailsort raises on purpose."""

    exit_code = ExitCode.FAILED

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # one line, always
        return " ".join(self.message.split())


class ConfigError(MailsortError):
    """A configuration file is missing or invalid; the message names the file and the key."""

    exit_code = ExitCode.USAGE


class ToolMissing(MailsortError):
    """An external program (tesseract, pdftoppm) or its language data is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class ToolFailed(MailsortError):
    """An external program ran but failed or timed out on one input."""

    exit_code = ExitCode.FAILED


class ModelError(MailsortError):
    """The classifier model in models/ is missing, unreadable or stale."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class StorageError(MailsortError):
    """The archive or the index could not be written or read."""

    exit_code = ExitCode.STORAGE


class InputRejected(MailsortError):
    """This one input cannot be processed; it goes to quarantine, the run goes on.

    `reason` is a short machine-readable code (e.g. "empty", "encrypted-pdf") used in the
    quarantine reason file and the JSON output.
    """

    exit_code = ExitCode.QUARANTINED
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
