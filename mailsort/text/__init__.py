"""Text extraction: OCR (tesseract), PDF text layers and rasterising, layout zones."""

from .extract import Extractor
from .layout import zones
from .ocr import check_tools

__all__ = ["Extractor", "check_tools", "zones"]
