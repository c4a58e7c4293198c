"""Page images of an item's searchable PDF, rendered on demand at ~100 dpi and cached in data_dir.

Rendering goes through mailsort.text.pdf.rasterise, the project's one door to poppler (timeouts,
errors); the page count is read with pypdf.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from ..archive.records import ItemRow
from ..archive.store import KeyMissing
from ..errors import MailsortError
from ..text import pdf as pdftools
from .errors import WebError

DPI = 100
TIMEOUT = 60
MAX_PAGES = 500                          # a viewer limit only; filing already capped real inputs


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")   # two viewers, one page: no clash
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


class PageImages:
    """With `shared` (storage s3: a prefix in the bucket), a page rendered on one node is kept there
    for every node; the local folder is then only a cache that `prune` empties."""

    def __init__(self, store, cache_dir: Path, shared=None):
        self.store = store
        self.cache_dir = cache_dir
        self.shared = shared

    def _from_shared(self, row: ItemRow, local: Path) -> bool:
        if self.shared is None:
            return False
        key = f"{row.sha256[:32]}/{local.name}"
        try:
            data = self.shared.get_bytes(key)
        except KeyMissing:
            return False
        local.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(local, data)
        return True

    def _to_shared(self, row: ItemRow, local: Path) -> None:
        if self.shared is not None:
            self.shared.put_file(f"{row.sha256[:32]}/{local.name}", local)

    def _folder(self, row: ItemRow) -> Path:
        # Keyed by content hash: the PDF's bytes never change when a person moves the item.
        return self.cache_dir / row.sha256[:32]

    def _pdf(self, row: ItemRow) -> Path | None:
        if not row.archived_as or not row.archived_as.lower().endswith(".pdf"):
            return None
        folder = self._folder(row)
        pdf = folder / "item.pdf"
        if not pdf.exists():
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(pdf, self.store.get_bytes(row.archived_as))   # the store checks the key
        return pdf

    def prune(self, days: int = 14) -> int:
        """Drop cached renderings untouched for `days` (they come back on demand); returns folders removed."""
        if not self.cache_dir.is_dir():
            return 0
        cutoff, removed = time.time() - days * 86400, 0
        for folder in self.cache_dir.iterdir():
            files = list(folder.iterdir()) if folder.is_dir() else []
            if files and max(f.stat().st_mtime for f in files) < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed

    def count(self, row: ItemRow) -> int:
        """Pages of the searchable PDF; 0 when the item has none."""
        pdf = self._pdf(row)
        if pdf is None:
            return 0
        marker = pdf.with_suffix(".pages")
        if marker.exists() or self._from_shared(row, marker):
            return int(marker.read_text())
        try:
            n = len(PdfReader(pdf, strict=False).pages)
        except Exception as e:            # pypdf raises many kinds on damaged files
            raise WebError(f"item {row.item_id}: its PDF cannot be shown ({type(e).__name__})") from e
        n = min(n, MAX_PAGES)
        _write_atomic(marker, str(n).encode())
        self._to_shared(row, marker)
        return n

    def png(self, row: ItemRow, number: int) -> Path | None:
        """The PNG of page `number` (1-based), or None if there is no such page."""
        if number < 1 or number > self.count(row):
            return None
        out = self._folder(row) / f"page-{number:04d}.png"
        if not out.exists() and not self._from_shared(row, out):
            try:
                image = pdftools.rasterise(self._pdf(row), number - 1, DPI, TIMEOUT, name=f"item {row.item_id}")
            except MailsortError as e:
                raise WebError(f"item {row.item_id}: page {number} cannot be shown ({e})") from e
            fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                image.save(fh, format="PNG", optimize=True)
            os.replace(tmp, out)
            self._to_shared(row, out)
        return out
