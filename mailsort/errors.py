"""One exception hierarchy; every message is a single line a mailroom operator understands.

Every error carries the exit code the command line ends with (`ExitCode`); the README's table of
exit codes is this enum.

Only a broken machine stops a run (`is_fatal`): configuration, a missing tool or model, an archive
or index that cannot be used. Whatever goes wrong with one item ends that item in quarantine.
"""

from __future__ import annotations

import re
from enum import IntEnum

from .text.clean import safe_str

# Python object reprs that libraries put in their messages (PIL: "cannot identify image file
# <_io.BufferedReader name=23>") mean nothing to an operator.
_REPR = re.compile(r"\s*<(?:_io\.[^<>]*|[\w.]+ [^<>]*(?:name=|object at 0x| at 0x)[^<>]*)>")


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

    def __str__(self) -> str:  # one line, always; encodable even when it names an odd file
        return safe_str(_REPR.sub("", " ".join(self.message.split())))


def detail(exc: BaseException, limit: int = 120) -> str:
    """A library exception as a short phrase for an error message: one line, no object reprs."""
    text = " ".join(_REPR.sub("", str(exc)).split()).rstrip(" :")
    return text[:limit] or type(exc).__name__


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


class BadEInvoice(InputRejected):
    """An e-invoice XML that is malformed, unsafe (DTD, entities) or too large to read."""

    reason = "bad-einvoice"


class InternalError(InputRejected):
    """An unforeseen failure (a bug, an input nobody thought of) in one stage on one item.

    The traceback goes to the log; the item's reason names only the exception class and stage.
    """

    reason = "internal-error"

    @classmethod
    def of(cls, exc: BaseException, stage: str, name: str) -> InternalError:
        return cls(f"{name}: internal error: {type(exc).__name__} in {stage}; see log")


class WorkerCrashed(InputRejected):
    """A text-extraction worker process died on this item (crash, out-of-memory kill, hang)."""

    reason = "worker-crashed"

    @classmethod
    def after(cls, name: str, times: int) -> WorkerCrashed:
        return cls(f"{name}: a text-extraction worker died on it {times} times (crash, out of "
                   f"memory or hang); see log")


def is_fatal(exc: BaseException) -> bool:
    """True when the machine is broken rather than the item: stop the run, inputs stay put."""
    return isinstance(exc, (ConfigError, ToolMissing, ModelError, StorageError))
