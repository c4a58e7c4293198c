"""Inboxes that are not folders (IMAP mailboxes, S3 prefixes): fetch to a spool, let the pipeline
file, then settle at the source (flag, move) only for items the index holds durably.

All of them are polled from the thread that runs the pipeline, so a connection is never shared
between threads, and an outcome is settled right after the batch that produced it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

from ..errors import MailsortError

log = logging.getLogger(__name__)

SETTLED = ("filed", "review", "duplicate", "quarantined")     # decisions the index holds durably
SPOOL = "spool"                                               # below the data folder


class InboxUnavailable(MailsortError):
    """A mailbox or bucket inbox cannot be reached or fails a command; it is tried at the next poll."""


class RemoteInbox(Protocol):
    label: str
    backlog: int

    def fetch(self) -> list[tuple[Path, Path]]: ...
    def wait_for_mail(self, seconds: float) -> bool: ...
    def probe(self) -> None: ...
    def settle(self, path: Path, decision: str | None) -> bool: ...
    def close(self) -> None: ...


class RemoteIntake:
    """Poll every remote inbox at most every `every` seconds; `process` is the pipeline's."""

    def __init__(self, inboxes: Iterable[RemoteInbox], every: float,
                 clock: Callable[[], float] = time.monotonic):
        self.inboxes = list(inboxes)
        self.every = every
        self.clock = clock
        self._last: float | None = None
        self._failing: dict[str, str] = {}

    def __bool__(self) -> bool:
        return bool(self.inboxes)

    @property
    def backlog(self) -> int:
        return sum(i.backlog for i in self.inboxes)

    def due(self) -> bool:
        return self._last is None or self.clock() - self._last >= self.every

    def poll(self, process: Callable[[list[tuple[Path, Path]]], list]) -> list:
        """One round over every inbox; returns the outcomes. A broken mailbox is logged and skipped."""
        self._last = self.clock()
        outcomes = []
        for inbox in self.inboxes:
            try:
                inputs = inbox.fetch()
                if not inputs:
                    self._recovered(inbox)
                    continue
                done = process(inputs)
                by_source = {o.source: o for o in done}
                for path, _root in inputs:
                    outcome = by_source.get(str(path))
                    inbox.settle(path, outcome.decision if outcome else None)
                outcomes += done
                self._recovered(inbox)
            except InboxUnavailable as e:
                if self._failing.get(inbox.label) != str(e):   # one line per new problem
                    log.error("%s", e)
                self._failing[inbox.label] = str(e)
        return outcomes

    def hand_on(self, path: Path) -> tuple[str, str] | None:
        """(object URL, inbox URL) where a queue worker fetches this spooled input itself (S3; the
        inbox skips it from now on, the worker settles it), or None: the worker reads the path
        (IMAP: the spool must then be a folder every worker shares)."""
        for inbox in self.inboxes:
            if (hand_on := getattr(inbox, "hand_on", None)) is not None and (url := hand_on(path)):
                return url, inbox.url
        return None

    def wait(self, seconds: float) -> None:
        """Between polls: inboxes that can be told of new mail (IMAP IDLE) are listened to, and new
        mail makes the next poll due at once; otherwise this just returns."""
        for inbox in self.inboxes:
            try:
                if inbox.wait_for_mail(seconds):
                    self._last = None
                    return
            except InboxUnavailable as e:
                if self._failing.get(inbox.label) != str(e):
                    log.error("%s", e)
                self._failing[inbox.label] = str(e)

    def _recovered(self, inbox: RemoteInbox) -> None:
        if self._failing.pop(inbox.label, None) is not None:
            log.warning("%s: reachable again", inbox.label)

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.close()


def spool_dir(data_dir: Path, kind: str) -> Path:
    return Path(data_dir) / SPOOL / kind
