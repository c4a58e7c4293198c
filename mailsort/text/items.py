"""What an item in flight consists of: its parts (files), their page slots, its pool tasks."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MailsortError
from ..model import Document, EInvoice, Page, ParsedEmail, Source

_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


@dataclass
class Slot:
    page: Page
    pdf: Path
    index: int | None        # page of `pdf` to take; None = the whole file


@dataclass
class Part:
    path: Path
    name: str
    kind: str                # "image" | "pdf"
    origin: str | None       # attachment file name for email items
    optional: bool           # an email attachment: if it fails, the email still goes on
    slots: dict[int, list[Slot]] = field(default_factory=dict)
    failed: MailsortError | None = None


@dataclass
class Task:
    """One unit of pool work and what it belongs to; kept to resubmit after a worker crash."""

    item: Item
    part: Part | None        # None for the item's last task (body rendered, PDF assembled)
    index: int | None        # page index for OCR tasks; None for a PDF's text-layer task
    fn: Callable
    args: tuple
    generation: int = 0      # the pool it was sent to (a dead pool fails all its tasks at once)

    @property
    def final(self) -> bool:
        return self.part is None

    @property
    def name(self) -> str:
        return self.part.name if self.part is not None else self.item.source.path.name


@dataclass
class Item:
    source: Source
    email: ParsedEmail | None
    tmp_dir: Path | None
    parts: list[Part] = field(default_factory=list)
    head: list[Slot] = field(default_factory=list)   # the email body page
    pending: int = 0
    error: MailsortError | None = None
    layers: int = 0                                  # text-layer tasks not back yet
    # Pages to OCR, held back until every part's page count is known: an item over
    # ocr.max_pages is refused before its first page is OCR'd. (part, kind, index, dpi)
    waiting: list[tuple[Part, str, int, int]] = field(default_factory=list)
    crashes: int = 0                                 # worker deaths with this item in flight
    crashed_in: set[int] = field(default_factory=set)
    einvoice: EInvoice | None = None                  # the structured invoice, when there is one
    # Once every page is back: the pages, and the searchable PDF a worker is assembling.
    finishing: tuple[list[Page], Path] | None = None
    document: Document | None = None
    _workdir: Path | None = None

    @property
    def workdir(self) -> Path:
        # Made on first use: a born-digital PDF needs none (and rmdir is slow on some mounts).
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix=f"mailsort-{self.source.item_id}-",
                                                  dir=self.tmp_dir))
        return self._workdir

    def cleanup(self) -> None:
        if self.finishing is not None and self.document is None:   # failed or abandoned
            self.finishing[1].unlink(missing_ok=True)
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
        if self.email is not None:
            self.email.discard()


def part_kind(path: Path, media_type: str) -> str | None:
    if media_type == "application/pdf" or path.suffix.lower() == ".pdf":
        return "pdf"
    if media_type.startswith("image/") or path.suffix.lower() in _IMAGE_SUFFIXES:
        return "image"
    return None
