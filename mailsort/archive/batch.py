"""A group of items filed together: their files written, their index rows not yet committed.

`Archive.file(..., batch)` stages an item here; `Archive.commit(batch)` makes the whole group durable
with one parallel round of fsyncs and one index transaction, where one item alone costs ~3 fsyncs
and a commit. Until then nothing of the group is visible: no file at its destination, no row, and
the inputs are still in the inbox, so a crash leaves every item to be filed again after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Outcome, Source
from .index import NewEvent
from .naming import Keys
from .pending import Pending
from .records import ItemRow


@dataclass
class Staged:
    source: Source
    outcome: Outcome
    row: ItemRow
    events: list[NewEvent]
    keys: Keys
    previous: ItemRow | None
    stored: list[str]
    extra: Any = None            # the caller's (the pipeline keeps the document for its rules)


@dataclass
class FilingBatch:
    files: Pending = field(default_factory=Pending)
    items: list[Staged] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.items)

    def discard(self) -> None:
        """Drop what is staged (the run stops before the commit): temporary files go."""
        self.files.discard()
        self.items.clear()
