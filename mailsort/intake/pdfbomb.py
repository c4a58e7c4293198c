"""Decompression bombs in PDF content streams, found by inflating without keeping the output.

A 0.5 MB page whose drawing instructions inflate to 500 MB drives the text-layer reader and
the rasteriser out of memory; here it costs a bounded buffer and a second of CPU.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

MAX_CONTENT = 64 << 20       # a page's drawing instructions; real ones are KBs, maps a few MB
_CHUNK = 1 << 20


def bomb_page(reader) -> int | None:
    """The first page (1-based) of a pypdf reader whose content inflates past MAX_CONTENT."""
    from pypdf.generic import ArrayObject

    for number, page in enumerate(reader.pages, start=1):
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        streams = [ref.get_object() for ref in contents] \
            if isinstance(contents, ArrayObject) else [contents]
        if sum(inflated_size(s, MAX_CONTENT + 1) for s in streams) > MAX_CONTENT:
            return number
    return None


def describe(page: int) -> str:
    return (f"page {page} of the PDF inflates to more than {MAX_CONTENT >> 20} MB of drawing "
            "instructions (a decompression bomb)")


def attachment_bomb(path: Path) -> str | None:
    """Why an email's PDF attachment must not be read, or None (damage is left to the readers)."""
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        page = bomb_page(PdfReader(path, strict=False))
    except Exception:  # noqa: BLE001  encrypted, damaged: pdfium in the worker judges that
        return None
    finally:
        pypdf_log.setLevel(level)
    return describe(page) if page else None


def inflated_size(stream: object, limit: int) -> int:
    """Bytes a Flate-encoded stream inflates to, counted 1 MB at a time and given up past
    `limit`; the raw length for other streams; what was inflated before damage."""
    if not isinstance(stream, dict) or not hasattr(stream, "_data"):
        return 0
    filters = stream.get("/Filter")
    first = filters[0] if isinstance(filters, list) and filters else filters
    if first != "/FlateDecode":
        return len(stream._data or b"")
    inflate = zlib.decompressobj()
    data, total = stream._data or b"", 0
    try:
        while data and total <= limit:
            total += len(inflate.decompress(data, _CHUNK))
            data = inflate.unconsumed_tail
    except zlib.error:
        pass
    return total
