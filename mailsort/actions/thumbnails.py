"""A small PNG of an item's first page for digests (pdf2image at low dpi, with a timeout).

A thumbnail is a nicety: any failure gives None and the digest goes out without it.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pdf2image import convert_from_path
from pdf2image.exceptions import (
    PDFInfoNotInstalledError, PDFPageCountError, PDFPopplerTimeoutError, PDFSyntaxError,
)

log = logging.getLogger(__name__)


def first_page_png(pdf: Path | str | None, *, thumbnail: Path | str | None = None, width: int = 160,
                   timeout: float = 20) -> bytes | None:
    """A given thumbnail file wins; else render page 1 of the PDF `width` pixels wide."""
    if thumbnail and Path(thumbnail).is_file():
        return Path(thumbnail).read_bytes()
    if not pdf or not Path(pdf).is_file():
        return None
    try:
        pages = convert_from_path(str(pdf), dpi=40, first_page=1, last_page=1, size=(width, None),
                                  timeout=timeout, fmt="png")
    except (PDFInfoNotInstalledError, PDFPageCountError, PDFPopplerTimeoutError, PDFSyntaxError, OSError) as e:
        log.warning("no thumbnail for %s: %s", pdf, e)
        return None
    if not pages:
        return None
    buf = io.BytesIO()
    pages[0].convert("L").save(buf, format="PNG", optimize=True)
    return buf.getvalue()
