"""`watch --queue`: the intake only sniffs, claims and enqueues; workers do the rest.

Everything that needs no OCR happens here: files that cannot be taken go to quarantine, content
already in the index is recorded as a duplicate.
A folder's file is queued by its path (a folder every worker mounts alike); an S3 inbox's object
by its s3:// URL, which the worker fetches itself and settles once it has filed it. Content that
another process holds is left to it without a line of its own: its holder reports it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from ..archive.filing import Archive
from ..errors import InputRejected
from ..intake.remote import RemoteIntake
from ..intake.sniff import InputVanished, take
from ..model import Outcome
from ..settings import Settings
from ..text.clean import path_text
from .tasks import Sender

log = logging.getLogger("mailsort")


class QueueIntake:
    """Stands where the Pipeline stands in `run_watch` (process, refresh, close)."""

    def __init__(self, settings: Settings, remote: RemoteIntake | None = None):
        self.settings = settings
        self.remote = remote
        self.archive = Archive(settings)
        self.sender = Sender(settings)

    def refresh(self) -> bool:
        return False                    # routing happens in the workers

    def process(self, inputs: list[tuple[Path, Path | None]],
                on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
        outcomes = []
        for path, inbox in inputs:
            outcome = self.offer(path, inbox)
            if outcome is not None:
                outcomes.append(outcome)
                if on_outcome:
                    on_outcome(outcome)
        return outcomes

    def offer(self, path: Path, inbox: Path | None) -> Outcome | None:
        """None when the item went on the queue (its line comes from the worker that files it)."""
        try:
            source, _email = take(path, inbox, self.settings)
        except InputVanished as e:
            log.warning("%s (skipped)", e)
            return None
        except FileNotFoundError:
            return None
        except InputRejected as e:
            outcome = self.archive.quarantine(path, e, None)
            log.error("%s -> quarantined as %s", e, outcome.archived_as)
            self._consume(path)
            return outcome
        existing = self.archive.lookup(source)
        if existing is not None and existing.decision != "quarantined":
            outcome = self.archive.record_duplicate(source, existing)
            self._consume(path)
            return outcome
        claim = self.archive.claims.claim(source)
        remote = self.remote.hand_on(path) if self.remote is not None else None
        if not claim.won:
            # A worker (or another intake's task) holds it: its holder files and removes or
            # settles it. Offered again later (service.run_watch), it is gone by then, or queued
            # again if its holder died and its task was lost.
            log.info("%s: being processed by %s; left to it",
                     remote[0] if remote else path_text(path), claim.holder)
            return None
        if remote is not None:
            self.sender.send(remote[0], remote[1], self.archive.claims.claimer)
        else:
            self.sender.send(str(path), str(inbox) if inbox else None, self.archive.claims.claimer)
        log.info("%s: queued", remote[0] if remote else path_text(path))
        return None

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> QueueIntake:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def _consume(path: Path) -> None:
        with suppress(FileNotFoundError):
            path.unlink()
