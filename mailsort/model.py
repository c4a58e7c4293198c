"""The typed data that flows between the pipeline stages.

intake -> Source (+ EmailInfo) ; extract -> Document ; route -> Routing ; file -> Decision.
`Outcome` is the public JSON line of `mailsort process --json` (a contract other tools read).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

CATEGORIES: tuple[str, ...] = (
    "invoice", "reminder", "tax", "legal", "authority",
    "bank", "insurance", "contract", "advertising", "other",
)
CategoryLabel = Literal[
    "invoice", "reminder", "tax", "legal", "authority",
    "bank", "insurance", "contract", "advertising", "other",
]
Kind = Literal["scan", "pdf", "email"]
# "returned": a VA marked it as for no client (return to sender); only the review station sets it.
DecisionLabel = Literal["filed", "review", "duplicate", "quarantined", "returned"]


class Source(BaseModel):
    """One input file as found in an inbox (or named on the command line)."""

    path: Path
    kind: Kind
    media_type: str                       # sniffed from content, e.g. "application/pdf"
    sha256: str
    size: int
    station: str | None = None            # scanner station = subfolder of the inbox
    inbox: Path | None = None
    received_at: dt.datetime

    @property
    def item_id(self) -> str:
        # Derived from content so a restarted run writes the same archive names again.
        return self.sha256[:16]


class ForwardedHeader(BaseModel):
    """The original message inside a forwarded email."""

    sender: str | None = None
    recipient: str | None = None
    date: dt.datetime | None = None
    subject: str | None = None


class Attachment(BaseModel):
    filename: str
    media_type: str
    size: int


class EmailInfo(BaseModel):
    intake_address: str | None = None     # the per-client intake alias the mail arrived on
    sender: str | None = None
    recipients: list[str] = Field(default_factory=list)
    subject: str | None = None
    date: dt.datetime | None = None
    message_id: str | None = None
    forwarded: ForwardedHeader | None = None
    body_text: str = ""
    attachments: list[Attachment] = Field(default_factory=list)


class Word(BaseModel):
    """A word with its box in page-relative coordinates (0..1), so layout code ignores dpi."""

    text: str
    x: float
    y: float
    w: float
    h: float
    conf: float = -1.0                    # tesseract confidence 0..100; -1 for a text layer
    block: int = 0
    line: int = 0


class Page(BaseModel):
    number: int                           # 1-based, in item order (email body first)
    text: str
    words: list[Word] = Field(default_factory=list)
    method: Literal["text-layer", "ocr", "email-body"]
    rotation: int = 0                     # degrees applied to make the page upright
    skew: float = 0.0                     # degrees of deskew applied
    confidence: float | None = None       # mean OCR word confidence 0..100
    origin: str | None = None             # attachment file name for email items


class Zones(BaseModel):
    """Layout zones of the first page: who wrote it is not who it is for."""

    letterhead: str = ""
    return_line: str = ""
    address: str = ""
    info_block: str = ""
    body: str = ""
    footer: str = ""


class Document(BaseModel):
    pages: list[Page]
    zones: Zones | None = None
    searchable_pdf: Path | None = None    # a temporary file until the archive takes it
    email: EmailInfo | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


class Candidate(BaseModel):
    client_id: str
    score: float
    evidence: str


class Recipient(BaseModel):
    client_id: str
    confidence: float
    evidence: str
    candidates: list[Candidate] = Field(default_factory=list, exclude=True)


class Category(BaseModel):
    label: CategoryLabel
    confidence: float
    alternatives: dict[str, float] = Field(default_factory=dict, exclude=True)


class Amount(BaseModel):
    value: float
    currency: str = "EUR"
    text: str = ""


class Fields(BaseModel):
    sender: str | None = None
    date: dt.date | None = None
    deadlines: list[dt.date] = Field(default_factory=list)
    subject: str | None = None
    amounts: list[Amount] = Field(default_factory=list)
    ibans: list[str] = Field(default_factory=list)
    references: dict[str, str] = Field(default_factory=dict)


class Routing(BaseModel):
    recipient: Recipient | None           # None: no client found (review, never a guess)
    candidates: list[Candidate] = Field(default_factory=list)
    category: Category
    fields: Fields
    decision: Literal["filed", "review"]
    reason: str | None = None             # why review, in words


class Outcome(BaseModel):
    """One line of `mailsort process --json`."""

    source: str
    item_id: str | None
    kind: Kind | None
    pages: int = 0
    recipient: Recipient | None = None
    category: Category | None = None
    fields: Fields = Field(default_factory=Fields)
    decision: DecisionLabel
    reason: str | None = None
    archived_as: str | None = None

    def json_line(self) -> str:
        return self.model_dump_json()


class AttachmentData(BaseModel):
    """An attachment to read, handed from email parsing to text extraction: its decoded bytes
    wait in a spool file, so a batch of big emails is not held in memory."""

    info: Attachment
    path: Path
    refused: str | None = None           # why it must not be read (a decompression bomb)

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()


class ParsedEmail(BaseModel):
    info: EmailInfo
    attachments: list[AttachmentData] = Field(default_factory=list)
    spool: Path | None = None            # the folder of the attachments' files

    def discard(self) -> None:
        """Remove the spooled attachments (once extracted, or when the item goes no further)."""
        if self.spool is not None:
            shutil.rmtree(self.spool, ignore_errors=True)
