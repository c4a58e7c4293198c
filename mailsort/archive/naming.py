"""Archive keys a person browsing the folder understands: date, category, sender, short item id.

Keys depend only on the item and its routing, so a re-run after a crash writes the same names again.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import parseaddr

from ..model import Document, Routing, Source

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
# Legal forms say nothing about who wrote the letter; dropping them keeps names short.
_LEGAL_FORMS = {"gmbh", "mbh", "ug", "ag", "kg", "ohg", "gbr", "ek", "e", "k", "co", "kgaa", "se", "ltd",
                "inc", "llc", "plc", "haftungsbeschraenkt", "und", "and", "the", "der", "die", "das"}
_EXT = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "image/tiff": "tif",
        "message/rfc822": "eml"}


def slug(text: str, max_len: int = 24) -> str:
    """ASCII, lowercase, words joined by '-': "Müller Bau GmbH & Co. KG" -> "mueller-bau"."""
    folded = unicodedata.normalize("NFKD", text.translate(_GERMAN)).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[^a-z0-9]+", folded.lower()) if w]
    kept = [w for w in words if w not in _LEGAL_FORMS] or words
    out = ""
    for w in kept:
        nxt = f"{out}-{w}" if out else w
        if len(nxt) > max_len:
            break
        out = nxt
    return out or (kept[0][:max_len] if kept else "")


def original_ext(source: Source) -> str:
    ext = source.path.suffix.lower().lstrip(".")
    if re.fullmatch(r"[a-z0-9]{1,5}", ext):
        return ext
    return _EXT.get(source.media_type, "bin")


@dataclass(frozen=True)
class Keys:
    searchable: str     # the searchable PDF (or the original, if no PDF was made)
    original: str
    metadata: str

    def all(self) -> list[str]:
        return sorted({self.searchable, self.original, self.metadata})


def stem(day: date, category: str, sender: str | None, item_id: str) -> str:
    return f"{day.isoformat()}_{category}_{slug(sender or '') or 'unknown'}_{item_id[:8]}"


def item_keys(folder: str, base: str, source_ext: str, has_pdf: bool) -> Keys:
    orig = f"{folder}/{base}.orig.{source_ext}"
    return Keys(searchable=f"{folder}/{base}.pdf" if has_pdf else orig, original=orig,
                metadata=f"{folder}/{base}.json")


def client_folder(client_id: str, day: date) -> str:
    return f"clients/{slug(client_id, 64) or 'unknown'}/{day.year:04d}"


def review_folder(item_id: str) -> str:
    return f"review/{item_id}"


def sender_of(document: Document, routing: Routing) -> str | None:
    if routing.fields.sender:
        return routing.fields.sender
    email = document.email
    if email is not None:
        addr = (email.forwarded.sender if email.forwarded else None) or email.sender
        if addr:
            # "Stadtwerke <rechnung@stadtwerke.de>" -> the display name, else the mail domain.
            name, mail = parseaddr(addr)
            return name or mail.rpartition("@")[2] or addr
    return None


def filing_date(letter_date: date | None, received: date) -> date:
    """The letter's date, unless OCR made it absurd (it would open a stray year folder)."""
    if letter_date and received - timedelta(days=3660) <= letter_date <= received + timedelta(days=60):
        return letter_date
    return received


def keys_for(source: Source, document: Document, routing: Routing) -> Keys:
    day = filing_date(routing.fields.date, source.received_at.date())
    base = stem(day, routing.category.label, sender_of(document, routing), source.item_id)
    if routing.decision == "filed" and routing.recipient is not None:
        folder = client_folder(routing.recipient.client_id, day)
    else:
        folder = review_folder(source.item_id)
    return item_keys(folder, base, original_ext(source), document.searchable_pdf is not None)
