"""Hand-written letters for the routing tests: real layouts as the text stage delivers them.

`letter()` places each zone where DIN 5008 puts it (letterhead top right, return line and address in
the window, info block right, body, footer) and produces the page text, word boxes and `Zones`, so
tests exercise the same data the pipeline hands to routing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.model import Category, Document, EmailInfo, ForwardedHeader, Page, Word, Zones
from mailsort.routing.directory import load_directory
from mailsort.routing.recipient import RecipientMatcher

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "routing"
SHARED = ["Friedrichstraße 123", "10117 Berlin"]     # the provider's address every client shares

# (x, y of first line) for each zone on an A4 page, in page fractions.
_PLACES = {"letterhead": (0.60, 0.03), "return_line": (0.10, 0.115), "address": (0.10, 0.14),
           "info_block": (0.62, 0.14), "body": (0.10, 0.36), "footer": (0.10, 0.93)}
_LINE = 0.016


@pytest.fixture(scope="session")
def directory():
    return load_directory(RESOURCES / "clients.yaml")


@pytest.fixture(scope="session")
def matcher(directory):
    return RecipientMatcher(directory)


def _words(lines: list[str], x0: float, y0: float, block: int) -> list[Word]:
    out = []
    for li, line in enumerate(lines):
        x = x0
        for token in line.split():
            w = 0.011 * len(token)
            out.append(Word(text=token, x=x, y=y0 + li * _LINE, w=w, h=0.012, conf=90, block=block, line=li))
            x += w + 0.008
    return out


def letter(address: list[str] | str, *, letterhead: str = "Stadtwerke Nord GmbH\nHafenstraße 3\n20095 Hamburg",
           return_line: str = "Stadtwerke Nord GmbH · Hafenstraße 3 · 20095 Hamburg",
           info_block: str = "Datum: 20.11.2026\nKundennummer: 4711-33",
           body: str = "Rechnung November 2026\n\nSehr geehrte Damen und Herren,\n"
                       "anbei erhalten Sie unsere Rechnung.\n\nMit freundlichen Grüßen\nStadtwerke Nord GmbH",
           footer: str = "Stadtwerke Nord GmbH · IBAN DE89 3704 0044 0532 0130 00 · Amtsgericht Hamburg HRB 12345",
           zones: bool = True, words: bool = True, shared: bool = True) -> Document:
    """A one-page letter; `address` lines get the shared street and town appended unless shared=False."""
    addr = address.splitlines() if isinstance(address, str) else list(address)
    if shared:
        addr += SHARED
    parts = {"letterhead": letterhead, "return_line": return_line, "address": "\n".join(addr),
             "info_block": info_block, "body": body, "footer": footer}
    text = "\n\n".join(parts[k] for k in ("letterhead", "return_line", "address", "info_block", "body", "footer")
                       if parts[k])
    page_words: list[Word] = []
    if words:
        for block, (zone, (x, y)) in enumerate(_PLACES.items()):
            page_words += _words(parts[zone].splitlines(), x, y, block)
    page = Page(number=1, text=text, words=page_words, method="ocr", confidence=88.0)
    return Document(pages=[page], zones=Zones(**parts) if zones else None)


def forwarded_email(*, intake: str | None, forwarder: str = "Marco Fischer <m.fischer@fischer-logistik.de>",
                    original_sender: str = "Stadtwerke Nord <rechnung@stadtwerke-nord.de>",
                    original_recipient: str | None = None, body: str = "", attachment: str | None = None,
                    subject: str = "Rechnung November") -> Document:
    info = EmailInfo(intake_address=intake, sender=forwarder, recipients=[intake] if intake else [],
                     subject=f"WG: {subject}", forwarded=ForwardedHeader(
                         sender=original_sender, recipient=original_recipient, subject=subject),
                     body_text=body)
    pages = [Page(number=1, text=body, method="email-body")]
    if attachment:
        pages.append(Page(number=2, text=attachment, method="text-layer", origin="rechnung.pdf"))
    return Document(pages=pages, email=info, zones=Zones(body=body))


class StubCategories:
    """Stands in for the trained CategoryModel: a fixed answer, so routing tests do not need models/."""

    def __init__(self, label: str = "invoice", confidence: float = 0.9):
        self.answer = Category(label=label, confidence=confidence)
        self.seen: list[str] = []

    def predict(self, text: str) -> Category:
        self.seen.append(text)
        return self.answer
