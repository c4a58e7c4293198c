"""The one place tesseract is called (through pytesseract).

One tesseract run per page writes both the TSV (words with boxes) and the searchable PDF page, so a
page is never recognised twice. OSD (orientation) is a separate, cheap run used only on demand.
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytesseract

from ..errors import ToolFailed, ToolMissing
from .boxes import Box

log = logging.getLogger(__name__)

INSTALL_TESSERACT = "apt-get install tesseract-ocr tesseract-ocr-deu"
_LANG_PACKAGES = {"deu": "tesseract-ocr-deu", "eng": "tesseract-ocr-eng", "osd": "tesseract-ocr-osd"}
_REAL_WORD = re.compile(r"^[\W_]*[A-Za-zÄÖÜäöüß]{3,}[\W_]*$")


@dataclass
class OcrResult:
    """What one tesseract run over one page image gives."""

    words: list[Box]
    text: str
    pdf: Path | None                 # the searchable page tesseract wrote
    width: int
    height: int
    confidence: float | None = None  # mean word confidence 0..100
    real_words: int = 0              # words that look like language, not noise
    tall_words: float = 0.0          # share of longer words whose box is taller than wide

    @property
    def looks_good(self) -> bool:
        # An upside-down page reads as few, low-confidence fragments. A sideways page may read
        # well (tesseract finds vertical lines) but its boxes are tall: layout needs it turned.
        return (self.real_words >= 8 and (self.confidence or 0) >= 55
                and self.tall_words < 0.3)

    def quality(self) -> float:
        return self.real_words * (self.confidence or 0)


@dataclass
class Orientation:
    rotate: int                      # degrees clockwise that make the page upright
    confidence: float


def _tool_error(exc: Exception, what: str) -> Exception:
    if isinstance(exc, pytesseract.TesseractNotFoundError):
        return ToolMissing(f"tesseract is not installed: {INSTALL_TESSERACT}")
    if isinstance(exc, RuntimeError) and "timeout" in str(exc).lower():
        return ToolFailed(f"tesseract timed out on {what}")
    msg = " ".join(str(exc).split())[:200]
    if "Failed loading language" in msg or "Error opening data file" in msg:
        return ToolMissing(f"tesseract language data missing ({msg}): {INSTALL_TESSERACT}")
    return ToolFailed(f"tesseract failed on {what}: {msg}")


SAUVOLA = "-c thresholding_method=2"   # local thresholds: grainy, low-contrast scans


def recognise(image_path: Path, out_base: Path, languages: str, dpi: int, timeout: float,
              width: int, height: int, what: str = "page", extra: str = "",
              searchable: bool = True) -> OcrResult:
    """OCR one single-page image file into `<out_base>.pdf` + words, in one tesseract run.

    `searchable=False`: words only, no PDF (a second look at part of a page).
    """
    config = f"--dpi {int(dpi)} -c tessedit_create_tsv=1 {extra}".strip()
    try:
        pytesseract.pytesseract.run_tesseract(
            str(image_path), str(out_base), "pdf tsv" if searchable else "tsv", languages,
            config=config, timeout=timeout)
    except Exception as exc:  # pytesseract raises plain RuntimeError on timeout
        raise _tool_error(exc, what) from exc
    tsv = Path(f"{out_base}.tsv").read_text(encoding="utf-8", errors="replace")
    words, text = parse_tsv(tsv, width, height)
    confs = [w.conf for w in words if w.conf >= 0]
    longer = [w for w in words if len(w.text) >= 4]
    tall = sum(1 for w in longer if w.h * height > w.w * width) / len(longer) if longer else 0.0
    return OcrResult(
        words=words, text=text, pdf=Path(f"{out_base}.pdf") if searchable else None,
        width=width, height=height,
        confidence=round(sum(confs) / len(confs), 1) if confs else None,
        real_words=sum(1 for w in words if _REAL_WORD.match(w.text)), tall_words=tall,
    )


def parse_tsv(tsv: str, width: int, height: int) -> tuple[list[Box], str]:
    """TSV rows of level 5 become Boxes in 0..1 coordinates; `line` is a page-wide line counter."""
    words: list[Box] = []
    out_lines: list[str] = []
    cur_key: tuple[int, int, int] | None = None
    cur_block = cur_par = None
    line_no = -1
    buf: list[str] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        block, par, line = int(cols[2]), int(cols[3]), int(cols[4])
        key = (block, par, line)
        if key != cur_key:
            if buf:
                out_lines.append(" ".join(buf))
                buf = []
            if cur_key is not None and (block != cur_block or par != cur_par):
                out_lines.append("")         # paragraph break
            cur_key, cur_block, cur_par = key, block, par
            line_no += 1
        left, top, w, h = (int(c) for c in cols[6:10])
        words.append(Box(text, left / width, top / height, w / width, h / height,
                         float(cols[10]), block, line_no))
        buf.append(text)
    if buf:
        out_lines.append(" ".join(buf))
    return words, "\n".join(out_lines).strip()


def detect_orientation(image_path: Path, timeout: float) -> Orientation | None:
    """Tesseract OSD (psm 0); None when the page has too little text to tell."""
    try:
        osd = pytesseract.image_to_osd(str(image_path), lang="osd", timeout=timeout,
                                       config="--psm 0 -c min_characters_to_try=10")
    except pytesseract.TesseractError as exc:
        if "language" in str(exc).lower():   # osd.traineddata missing: say so, read on
            log.warning("orientation detection unavailable (apt-get install tesseract-ocr-osd)")
        return None                       # "Too few characters": nothing to turn
    except Exception as exc:
        raise _tool_error(exc, "orientation detection") from exc
    rotate = re.search(r"Rotate:\s*(\d+)", osd)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not rotate:
        return None
    return Orientation(rotate=int(rotate.group(1)) % 360,
                       confidence=float(conf.group(1)) if conf else 0.0)


def check_tools(languages: str = "deu+eng") -> list[str]:
    """What is missing for text extraction, each with the command that installs it."""
    problems: list[str] = []
    if not shutil.which("tesseract"):
        problems.append(f"tesseract is not installed: {INSTALL_TESSERACT}")
    else:
        try:
            have = set(pytesseract.get_languages(config=""))
        except Exception as exc:  # a broken install still answers with an error text
            have = set()
            problems.append(f"tesseract does not run ({' '.join(str(exc).split())[:120]}): "
                            f"{INSTALL_TESSERACT}")
        for lang in [*languages.split("+"), "osd"]:
            if have and lang not in have:
                pkg = _LANG_PACKAGES.get(lang, f"tesseract-ocr-{lang}")
                problems.append(f"tesseract language '{lang}' is missing: apt-get install {pkg}")
    if not shutil.which("pdftoppm"):
        problems.append("pdftoppm (poppler) is not installed: apt-get install poppler-utils")
    return problems
