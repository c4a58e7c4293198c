"""Splitting a searchable PDF into parts under a mail size limit (pypdf), for forwards of big items."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

from .errors import DeliveryFailed


def _bytes(reader: PdfReader, pages: list[int]) -> bytes:
    writer = PdfWriter()
    for n in pages:
        writer.add_page(reader.pages[n])
    writer.compress_identical_objects()
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def split_pdf(path: Path, limit_bytes: int) -> list[tuple[list[int], bytes]]:
    """Consecutive page ranges (0-based page numbers, bytes) each under `limit_bytes` where possible;
    a single page above the limit travels alone. Deterministic for the same file."""
    try:
        reader = PdfReader(str(path))
        total = len(reader.pages)
    except (PdfReadError, OSError) as e:
        raise DeliveryFailed(f"cannot split {path}: {e}", permanent=True) from e
    parts: list[tuple[list[int], bytes]] = []
    current: list[int] = []
    current_bytes = b""
    for n in range(total):
        trial = _bytes(reader, current + [n])
        if current and len(trial) > limit_bytes:
            parts.append((current, current_bytes))
            current, current_bytes = [n], _bytes(reader, [n])
        else:
            current, current_bytes = current + [n], trial
    if current:
        parts.append((current, current_bytes))
    return parts
