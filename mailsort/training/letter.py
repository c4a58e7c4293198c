"""The abstract letter the generators share: content first, rendering (scan, PDF, email) second.

training.content makes Letters (what is written); the lab (mailsort_lab.render) turns them into files
(how it looks). Keeping the two apart lets the evaluation set reuse neither the wording nor the
layout of the training data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Letter:
    id: str
    language: str                          # "de" or "en"
    category: str                          # one of mailsort.model.CATEGORIES
    sender_name: str                       # the organisation that wrote it
    sender_address: list[str]              # street, postcode + city (letterhead / return line)
    sender_contact: list[str]              # phone, email, web
    sender_footer: list[str]               # bank details, register, tax id, managing directors
    recipient_client_id: str | None        # None: addressed to nobody in the directory
    recipient_lines: list[str]             # the window address block, top to bottom
    date: date
    date_text: str                         # as printed, e.g. "20. November 2026"
    info_block: list[tuple[str, str]]      # (label, value): Ihr Zeichen, Rechnungsnr., Datum ...
    subject: str
    salutation: str
    paragraphs: list[str]
    closing: str
    signature: list[str]
    deadlines: list[date] = field(default_factory=list)
    amounts: list[tuple[float, str]] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)  # difficulty: "near-duplicate", "nobody", ...

    @property
    def body_text(self) -> str:
        return "\n\n".join([self.subject, self.salutation, *self.paragraphs, self.closing,
                            "\n".join(self.signature)])
