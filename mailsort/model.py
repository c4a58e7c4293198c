"""The typed data that flows between the pipeline stages.

intake -> Source (+ EmailInfo) ; extract -> Document ; route -> Routing ; file -> Decision.
`Outcome` is the public JSON line of `mailsort process --json` (a contract other tools read).
"""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
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
Kind = Literal["scan", "pdf", "email", "xml"]   # xml: an e-invoice (XRechnung UBL/CII) file
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
    ocr_seconds: float | None = Field(default=None, exclude=True)   # for /metrics; not archived


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
    einvoice: EInvoice | None = None      # the structured invoice found in the item, if any

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
    value: Decimal          # exact: money is never a float; JSON carries it as a string ("1234.56")
    currency: str = "EUR"
    text: str = ""


class EParty(BaseModel):
    """A party of an e-invoice (EN 16931 BG-4 seller, BG-7 buyer), as the XML states it."""

    name: str | None = None
    vat_id: str | None = None
    tax_number: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    contact: str | None = None            # a person's name (BT-41 / BT-56)
    email: str | None = None


class ELine(BaseModel):
    id: str | None = None
    name: str | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    net_price: Decimal | None = None
    base_quantity: Decimal | None = None  # BT-149: the price is per this many units
    adjustments: Decimal = Decimal("0")   # line charges minus line allowances (BG-27/28)
    net_amount: Decimal | None = None     # BT-131, as stated
    tax_rate: Decimal | None = None


class ETax(BaseModel):
    category: str | None = None
    rate: Decimal | None = None
    basis: Decimal | None = None
    amount: Decimal | None = None


class EDocument(BaseModel):
    """A supporting document embedded in the e-invoice XML (BG-24); its bytes stay in the XML."""

    name: str
    media_type: str
    size: int
    description: str | None = None


class EInvoice(BaseModel):
    """What a structured e-invoice (UBL, CII, ZUGFeRD 1) says, exactly: amounts stay Decimal
    (JSON: strings, so "529.87" is never 529.8699999)."""

    syntax: Literal["ubl", "cii", "zugferd1"]
    origin: str                           # the file the XML came from (embedded: "x.pdf/factur-x.xml")
    embedded: bool = False                # inside a PDF (ZUGFeRD/Factur-X) rather than a file of its own
    profile: str | None = None            # BT-24 specification identifier
    number: str | None = None
    type_code: str | None = None          # UNTDID 1001: 380 invoice, 381 credit note, 384 corrected...
    type_name: str | None = None
    issue_date: dt.date | None = None
    due_date: dt.date | None = None
    payment_terms: str | None = None
    currency: str | None = None
    seller: EParty = Field(default_factory=EParty)
    buyer: EParty = Field(default_factory=EParty)
    buyer_reference: str | None = None    # BT-10, the Leitweg-ID for German public buyers
    net_total: Decimal | None = None      # BT-106 sum of line net amounts
    allowances: Decimal | None = None
    charges: Decimal | None = None
    tax_basis: Decimal | None = None      # BT-109
    tax_total: Decimal | None = None      # BT-110
    gross_total: Decimal | None = None    # BT-112
    prepaid: Decimal | None = None
    third_party_payments: Decimal | None = None   # XRechnung extension BG-DEX-09, added to the amount due
    rounding: Decimal | None = None
    amount_due: Decimal | None = None     # BT-115, sign kept
    iban: str | None = None
    bic: str | None = None
    payment_reference: str | None = None
    order_reference: str | None = None
    contract_reference: str | None = None
    preceding_invoice: str | None = None
    lines: list[ELine] = Field(default_factory=list)
    taxes: list[ETax] = Field(default_factory=list)
    documents: list[EDocument] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)   # failed checks, in words; never fatal


class Fields(BaseModel):
    sender: str | None = None
    date: dt.date | None = None
    deadlines: list[dt.date] = Field(default_factory=list)
    subject: str | None = None
    amounts: list[Amount] = Field(default_factory=list)
    ibans: list[str] = Field(default_factory=list)
    references: dict[str, str] = Field(default_factory=dict)
    einvoice: EInvoice | None = None
    # Where a field came from when not the text ("einvoice"); absent keys: the text heuristics.
    field_sources: dict[str, str] = Field(default_factory=dict)


class Routing(BaseModel):
    recipient: Recipient | None           # None: no client found (review, never a guess)
    candidates: list[Candidate] = Field(default_factory=list)
    category: Category
    fields: Fields
    decision: Literal["filed", "review"]
    reason: str | None = None             # why review (or why the category waits), in words
    # False: the category model was unsure. A filed item then waits for a VA to confirm the
    # category, and rules with a category condition do not fire until then (decide.py).
    category_confirmed: bool = True


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
    category_confirmed: bool = True       # see Routing.category_confirmed

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


Document.model_rebuild()        # Document names EInvoice, defined after it
