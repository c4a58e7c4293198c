"""The one place PDFs are read and assembled (pdfium), rasterised (poppler via pdf2image); pypdf
reads them back in checks."""

from __future__ import annotations

import logging
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdf2image import convert_from_path
from pdf2image.exceptions import PDFInfoNotInstalledError, PDFPageCountError, PDFSyntaxError
from PIL import Image

from ..errors import CorruptInput, EncryptedInput, ToolFailed, ToolMissing, TooLarge, detail
from .boxes import Box
from .clean import REPLACEMENT, clean_text

log = logging.getLogger(__name__)
logging.getLogger("pypdf").setLevel(logging.ERROR)

_LETTERS = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ]")
_REAL_WORD = re.compile(r"^[\W\d_]*[A-Za-zÄÖÜäöüßÀ-ÿ]{2,}[\W\d_]*$")
_CID = re.compile(r"\(cid:\d+\)")
_FEW_WORDS = 40          # a text layer this thin over a full-page image is not the page's text


@dataclass
class LayerPage:
    """A page's text layer; `usable` False means OCR it instead."""

    number: int                       # 0-based page index in the PDF
    width_pt: float
    height_pt: float
    words: list[Box]
    text: str
    usable: bool


def _reader(path: Path, name: str):
    # pypdf only in the main process (assembly): the pool's workers stay small without it.
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path, strict=False)
    except FileNotDecryptedError as exc:
        raise EncryptedInput(f"{name}: PDF is password-protected") from exc
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AssertionError) as exc:
        raise CorruptInput(f"{name}: not a readable PDF ({_short(exc)})") from exc
    if reader.is_encrypted:
        # Owner-password-only PDFs (printing/copy restrictions) open with an empty password.
        try:
            ok = reader.decrypt("")
        except Exception:  # unsupported crypto is as unreadable as a wrong password
            ok = 0
        if not ok:
            raise EncryptedInput(f"{name}: PDF is password-protected")
    return reader


def _short(exc: Exception) -> str:
    return detail(exc)


def count_pages(path: Path) -> int:
    """Pages pdfium finds (it rebuilds a broken xref table, survives page-tree loops and deep
    nesting). Reads the page tree only, no content stream. Raises CorruptInput/EncryptedInput."""
    try:
        doc = pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedInput("PDF is password-protected") from exc
        raise CorruptInput(f"not a readable PDF ({_short(exc)})") from exc
    try:
        count = len(doc)
    finally:
        doc.close()
    if count == 0:
        raise CorruptInput("PDF has no pages")
    return count


def text_layer(path: Path, name: str | None = None, max_pages: int | None = None
               ) -> list[LayerPage]:
    """Words with positions (0..1 page coordinates) from each page's text layer.

    pdfium (pypdfium2, which pdfplumber already depends on) rather than pdfplumber's pdfminer:
    ~10x faster per page, which is what makes born-digital items cheap. Raises EncryptedInput,
    CorruptInput, TooLarge (more than `max_pages`).
    """
    name = name or path.name
    try:
        doc = pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedInput(f"{name}: PDF is password-protected") from exc
        raise CorruptInput(f"{name}: not a readable PDF ({_short(exc)})") from exc
    pages: list[LayerPage] = []
    try:
        n = len(doc)
        if n == 0:
            raise CorruptInput(f"{name}: PDF has no pages")
        if max_pages is not None and n > max_pages:
            raise TooLarge(f"{name}: {n} pages, more than the limit of {max_pages} "
                           f"(ocr.max_pages)")
        for i in range(n):
            page = doc[i]
            try:
                pages.append(_layer_page(i, page))
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise CorruptInput(f"{name}: PDF text cannot be read ({_short(exc)})") from exc
    finally:
        doc.close()
    return pages


def _chars(page) -> Iterator[tuple[str, float, float, float, float]]:
    """(char, left, top, right, bottom) in points from the top-left; whitespace has no box."""
    textpage = page.get_textpage()
    try:
        _, height = _page_size(page)
        count = textpage.count_chars()
        i = 0
        while i < count:
            ch, width = _char_at(textpage, i, count)
            if ch.isspace():
                yield " ", 0, 0, 0, 0
            else:
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                yield ch, left, height - top, right, height - bottom
            i += width
    finally:
        textpage.close()


def _char_at(textpage, i: int, count: int) -> tuple[str, int]:
    """The character at index i and how many indexes it takes.

    pdfium counts UTF-16 code units: a character outside the BMP (an emoji in an e-invoice) is
    two entries, a high and a low surrogate, which must be joined; one alone is no character.
    """
    code = pdfium_c.FPDFText_GetUnicode(textpage, i)
    if 0xD800 <= code < 0xDC00 and i + 1 < count:
        low = pdfium_c.FPDFText_GetUnicode(textpage, i + 1)
        if 0xDC00 <= low < 0xE000:
            return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), 2
    if code <= 0 or code >= 0x110000 or 0xD800 <= code < 0xE000:
        return REPLACEMENT, 1
    return chr(code), 1


def _page_size(page) -> tuple[float, float]:
    """Width and height of the page's own coordinate space: character boxes ignore /Rotate."""
    width, height = page.get_size()
    return (height, width) if page.get_rotation() in (90, 270) else (width, height)


def _layer_page(index: int, page) -> LayerPage:
    width, height = _page_size(page)
    raw: list[list] = []              # [text, x0, top, x1, bottom]
    cur: list | None = None
    for ch, x0, top, x1, bottom in _chars(page):
        if ch == " ":
            cur = None
            continue
        size = bottom - top
        if cur is not None and (x0 - cur[3] > 0.25 * max(size, 1) or abs(top - cur[2]) > 0.6 * max(size, 1)):
            cur = None                # a jump in x or y: a new word even without a space
        if cur is None:
            cur = [ch, x0, top, x1, bottom]
            raw.append(cur)
        else:
            cur[0] += ch
            cur[1], cur[2] = min(cur[1], x0), min(cur[2], top)
            cur[3], cur[4] = max(cur[3], x1), max(cur[4], bottom)
    # Lines: words sharing their bottom edge (pdfium's loose boxes end at the font's descent,
    # the same for every glyph of a line, while tops vary with accents and fonts), then left
    # to right. Columns whose lines are offset by a millimetre stay apart.
    raw.sort(key=lambda w: (w[4], w[1]))
    grouped: list[list[list]] = []
    for w in raw:
        if grouped and w[4] - grouped[-1][0][4] <= max(1.0, 0.2 * (w[4] - w[2])):
            grouped[-1].append(w)
        else:
            grouped.append([w])
    grouped.sort(key=lambda g: min(w[2] for w in g))
    words: list[Box] = []
    lines: list[list[str]] = []
    for n, group in enumerate(grouped):
        group.sort(key=lambda w: w[1])
        lines.append([w[0] for w in group])
        words += [Box(clean_text(t), x0 / width, top / height, (x1 - x0) / width, (bottom - top) / height,
                      -1.0, 0, n)
                  for t, x0, top, x1, bottom in group]
    text = clean_text("\n".join(" ".join(line) for line in lines))
    usable = layer_is_usable(words, text)
    if usable and len(words) < _FEW_WORDS and _image_share(page, width * height) > 0.5:
        usable = False    # a scanned page with a stamped fax line or a partial OCR layer
    return LayerPage(index, width, height, words, text, usable=usable)


def _image_share(page, area: float) -> float:
    """The largest image's share of the page area (a scan covers nearly all of it)."""
    best = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        best = max(best, (right - left) * (top - bottom) / area if area else 0.0)
    return best


def layer_is_usable(words: list[Box], text: str) -> bool:
    """False for an empty layer or garbage: (cid:..) junk, symbol soup, broken encodings."""
    if len(words) < 3:
        return False
    if len(_CID.findall(text)) > 0.1 * len(words):
        return False
    chars = [c for c in text if not c.isspace()]
    if not chars or sum(1 for c in chars if _LETTERS.match(c)) / len(chars) < 0.5:
        return False
    real = sum(1 for w in words if _REAL_WORD.match(w.text))
    return real >= 3 and real / len(words) >= 0.4


def page_pixels(layer: LayerPage, dpi: int) -> int:
    return int(layer.width_pt / 72 * dpi) * int(layer.height_pt / 72 * dpi)


def page_image(path: Path, page_index: int, out_base: Path, max_pixels: int
               ) -> tuple[Path | Image.Image, int] | None:
    """A scanned page's own image at its own resolution: (a JPEG file as the scanner wrote it, or
    the decoded image; its dpi on the page). None when the page is more than one upright image
    covering it (text, drawings, a turned or cropped image): such a page is rendered instead.

    Rendering a 150 dpi scan at the OCR dpi takes seconds and gives tesseract nothing new.
    """
    doc = pdfium.PdfDocument(str(path), password="")
    try:
        page = doc[page_index]
        try:
            return _own_image(page, out_base, max_pixels)
        finally:
            page.close()
    except pdfium.PdfiumError:
        return None                         # rendering will say what is wrong with the page
    finally:
        doc.close()


def _own_image(page, out_base: Path, max_pixels: int) -> tuple[Path | Image.Image, int] | None:
    if page.get_rotation() % 360:
        return None
    objs = list(page.get_objects(max_depth=1))
    if len(objs) != 1 or objs[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    img = objs[0]
    a, b, c, d, _, _ = img.get_matrix().get()
    if b or c or a <= 0 or d <= 0:          # turned or mirrored on the page
        return None
    width, height = page.get_size()
    left, bottom, right, top = img.get_bounds()
    if (right - left) * (top - bottom) < 0.9 * width * height:
        return None
    px_w, px_h = img.get_px_size()
    if not px_w or not px_h or px_w * px_h > max_pixels:
        return None
    dpi = max(1, round(px_w / ((right - left) / 72)))
    meta = img.get_metadata()
    if (img.get_filters() == ["DCTDecode"] and meta.colorspace in (
            pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_DEVICERGB)):
        out = out_base.with_suffix(".jpg")          # the JPEG as it is: no decode, no re-encode
        out.write_bytes(bytes(img.get_data(decode_simple=False)))
        return out, dpi
    # Rendered alone at its native size: the decode array, masks and colour space applied.
    pil = img.get_bitmap(render=True).to_pil()
    gray = meta.colorspace in (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, 0) or meta.bits_per_pixel == 1
    pil = pil.convert("L" if gray else "RGB")
    if meta.bits_per_pixel == 1:
        pil = pil.point(lambda v: 255 if v >= 128 else 0).convert("1", dither=Image.Dither.NONE)
    return pil, dpi


def rasterise(path: Path, page_index: int, dpi: int, timeout: float, name: str | None = None
              ) -> Image.Image:
    """One page (0-based) as a grayscale image; one page at a time keeps memory flat."""
    name = name or path.name
    try:
        images = convert_from_path(path, dpi=dpi, first_page=page_index + 1,
                                   last_page=page_index + 1, grayscale=True,
                                   timeout=int(max(1, timeout)), userpw="")
    except PDFInfoNotInstalledError as exc:
        raise ToolMissing("pdftoppm (poppler) is not installed: apt-get install poppler-utils"
                          ) from exc
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise CorruptInput(f"{name}: page {page_index + 1} cannot be rendered ({_short(exc)})"
                           ) from exc
    except Exception as exc:   # pdf2image raises subprocess.TimeoutExpired on timeouts
        raise ToolFailed(f"pdftoppm failed on {name} page {page_index + 1}: {_short(exc)}"
                         ) from exc
    if not images:
        raise CorruptInput(f"{name}: page {page_index + 1} rendered to nothing")
    return images[0]


def assemble(parts: list[tuple[Path, int | None]], out: Path) -> Path:
    """Write one PDF from (file, page index) parts; index None = every page of that file.

    A single whole-file part is copied byte for byte (a born-digital PDF keeps its pages). pdfium
    copies the pages (ten times faster than pypdf, which made this a third of an email's cost).
    """
    if len(parts) == 1 and parts[0][1] is None:
        shutil.copyfile(parts[0][0], out)
        return out
    writer = pdfium.PdfDocument.new()
    readers: dict[Path, pdfium.PdfDocument] = {}
    try:
        for src, index in parts:
            reader = readers.get(src)
            if reader is None:
                reader = readers[src] = _pdfium_reader(src)
            writer.import_pages(reader, None if index is None else [index])
        writer.save(str(out))
    except pdfium.PdfiumError as exc:
        raise CorruptInput(f"pages cannot be copied into the searchable PDF ({_short(exc)})"
                           ) from exc
    finally:
        writer.close()
        for reader in readers.values():
            reader.close()
    return out


def _pdfium_reader(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EncryptedInput(f"{path.name}: PDF is password-protected") from exc
        raise CorruptInput(f"{path.name}: not a readable PDF ({_short(exc)})") from exc


def page_texts(path: Path) -> list[str]:
    """Text of each page as pypdf extracts it (used to check searchable output)."""
    return [p.extract_text() or "" for p in _reader(path, path.name).pages]
