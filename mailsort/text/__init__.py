"""Text extraction: OCR (tesseract), PDF text layers and rasterising, layout zones.

Names are imported on first use, so the OCR pool's workers (which import
`mailsort.text.pages`) do not load the Extractor, reportlab or the models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import Extractor
    from .layout import zones
    from .ocr import check_tools

__all__ = ["Extractor", "check_tools", "zones"]


def __getattr__(name: str) -> Any:
    if name == "Extractor":
        from .extract import Extractor
        return Extractor
    if name == "zones":
        from .layout import zones
        return zones
    if name == "check_tools":
        from .ocr import check_tools
        return check_tools
    raise AttributeError(name)
