"""Page images of an item's searchable PDF, rendered with pdf2image on demand and cached in data_dir."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pdf2image import convert_from_path, pdfinfo_from_path
from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError

from ..archive.records import ItemRow
from .errors import WebError

DPI = 100
TIMEOUT = 60


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


class PageImages:
    def __init__(self, store, cache_dir: Path):
        self.store = store
        self.cache_dir = cache_dir

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
            data = self.store.get_bytes(row.archived_as)
            _write_atomic(pdf, data)
        return pdf

    def count(self, row: ItemRow) -> int:
        """Pages of the searchable PDF; 0 when the item has none."""
        pdf = self._pdf(row)
        if pdf is None:
            return 0
        marker = pdf.with_suffix(".pages")
        if marker.exists():
            return int(marker.read_text())
        try:
            n = int(pdfinfo_from_path(str(pdf), timeout=TIMEOUT)["Pages"])
        except (PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError, KeyError, ValueError) as e:
            raise WebError(f"item {row.item_id}: its PDF cannot be read for page images ({e})") from e
        _write_atomic(marker, str(n).encode())
        return n

    def png(self, row: ItemRow, number: int) -> Path | None:
        """The PNG of page `number` (1-based), or None if there is no such page."""
        if number < 1 or number > self.count(row):
            return None
        out = self._folder(row) / f"page-{number:04d}.png"
        if not out.exists():
            pdf = self._pdf(row)
            try:
                images = convert_from_path(str(pdf), dpi=DPI, first_page=number, last_page=number,
                                           timeout=TIMEOUT)
            except (PDFPageCountError, PDFSyntaxError) as e:
                raise WebError(f"item {row.item_id}: page {number} cannot be rendered ({e})") from e
            fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".part")   # two viewers, one page: no clash
            with os.fdopen(fd, "wb") as fh:
                images[0].save(fh, format="PNG", optimize=True)
            os.replace(tmp, out)
        return out
