"""A second look at the address window, only when the first read of it is poor.

Routing stands on the address block; on a low-resolution, blurred or pale scan tesseract drops
or garbles exactly the words it needs (a legal form, a postcode). Reading the whole page again
at 300 dpi would cost up to four times the first pass; the window column is about a sixth of
the page, so it alone is cut out, levelled, enlarged to 300 dpi and read again. The better
address block of the two reads stands in the page's words.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

from PIL import Image

from . import images, layout, ocr
from .boxes import Box

# The window column of forms A and B with a margin, left of the info block (125 mm), in mm.
CROP = (8.0, 12.0, 122.0, 118.0)
LOOK_DPI = 300
MARGIN = 15.0                            # mm above and below the first read's block
POOR_MEAN, POOR_WORD = 85.0, 55.0        # word confidences of a read worth a second look
# A block that starts with a street, a PO box or a postcode has lost its name line: tesseract
# drops whole lines of a grainy window now and then.
_NOT_A_NAME = re.compile(r"^(?:Postfach|Postbox|P\.?\s?O\.?\s?Box|Fach\b|\d)|\s\d+\s?[a-z]?$",
                         re.IGNORECASE)


_SEPARATORS = {"&", "·", "•", "»", "+"}


def address_of(words: list[Box]) -> list[layout.Segment]:
    """The address block's lines in a read, or []: no return line, not even one in small print
    that the layout took for part of the block (a garbled one would count against the read)."""
    block = layout.find_address(layout.segments([w for w in words if w.text.strip()]))[0]
    while len(block) > 3 and block[0].height < 0.8 * statistics.median(s.height for s in block[1:]):
        block = block[1:]
    return block


def score(block: list[layout.Segment]) -> float:
    """How sure and how whole a read of the address block is: 0 when none was found."""
    confs = [w.conf for s in block for w in s.words if w.conf >= 0]
    if not confs:
        return 0.0
    postcode = any(layout._POSTCODE.search(s.text) for s in block)
    named = not _NOT_A_NAME.search(block[0].text.strip())
    junk = sum(1 for s in block if sum(c.isalnum() for c in s.text) < 3)
    return statistics.mean(confs) + 0.5 * min(confs) + 40 * postcode + 30 * named - 20 * junk


def is_poor(block: list[layout.Segment]) -> bool:
    confs = [w.conf for s in block for w in s.words if w.conf >= 0]
    return (not confs or statistics.mean(confs) < POOR_MEAN or min(confs) < POOR_WORD
            or not any(layout._POSTCODE.search(s.text) for s in block)
            or bool(_NOT_A_NAME.search(block[0].text.strip())))


def _crop(first: list[layout.Segment]) -> tuple[float, float, float, float]:
    """The part of the page to read again, in mm: the window column, cut down to the rows around
    the block the first read found (a line it lost sits right above or below it). Half the
    column's height or less: the second look costs half as much tesseract time."""
    x0, y0, x1, y1 = CROP
    if first and y0 <= first[0].y0 < first[-1].y1 <= y1:
        y0, y1 = max(y0, first[0].y0 - MARGIN), min(y1, first[-1].y1 + MARGIN)
    return x0, y0, x1, y1


def second_look(page: Image.Image, dpi: int, words: list[Box], out_base: Path,
                languages: str, timeout: float, what: str) -> list[Box] | None:
    """The page's words with a better-read address block in place; None if the first read
    stands (it was good, or the second look read no better)."""
    first = address_of(words)
    if not is_poor(first):
        return None
    mm = page.width / layout.PAGE_W, page.height / layout.PAGE_H
    left, top, right, bottom = (round(v * mm[i % 2]) for i, v in enumerate(_crop(first)))
    crop = page.crop((left, top, min(right, page.width), min(bottom, page.height)))
    crop = images.even_out(crop) or crop
    factor = LOOK_DPI / dpi if dpi < LOOK_DPI * 0.9 else 1.0
    if factor > 1:
        crop = images.enlarge(crop, factor)
    src = images.save_for_ocr(crop, Path(f"{out_base}-window.in"), round(dpi * factor))
    read = ocr.recognise(src, Path(f"{out_base}-window"), languages, round(dpi * factor), timeout,
                         crop.width, crop.height, f"{what} (address window)", searchable=False)
    shift = [Box(w.text, (left + w.x * crop.width / factor) / page.width,
                 (top + w.y * crop.height / factor) / page.height,
                 w.w * crop.width / factor / page.width, w.h * crop.height / factor / page.height,
                 w.conf, w.block, w.line) for w in read.words
             if any(c.isalnum() for c in w.text) or w.text in _SEPARATORS]   # not grain
    second = address_of(shift)
    if not second or score(second) <= score(first) + 5:
        return None
    return splice(words, [w for s in second for w in s.words])


def splice(words: list[Box], block: list[Box]) -> list[Box]:
    """`words` with those inside the new block's area replaced by the block's words, which get
    line and block numbers of their own after the page's."""
    x0, y0 = min(w.x for w in block), min(w.y for w in block)
    x1, y1 = max(w.x + w.w for w in block), max(w.y + w.h for w in block)

    def inside(w: Box) -> bool:
        cx, cy = w.x + w.w / 2, w.y + w.h / 2
        return x0 - 0.005 <= cx <= x1 + 0.005 and y0 - 0.003 <= cy <= y1 + 0.003

    line0 = max((w.line for w in words), default=-1) + 1
    block0 = max((w.block for w in words), default=0) + 1
    lines = {n: line0 + i for i, n in enumerate(dict.fromkeys(w.line for w in block))}
    new = [w._replace(line=lines[w.line], block=block0) for w in block]
    kept = [w for w in words if not inside(w)]
    at = next((i for i, w in enumerate(words) if inside(w)), None)
    if at is None:
        at = next((i for i, w in enumerate(words) if w.y > y0), len(words))
    else:
        at = sum(1 for w in words[:at] if not inside(w))
    return kept[:at] + new + kept[at:]


def text_of(words: list[Box]) -> str:
    """Page text from words in reading order: a line a line, a blank line between blocks."""
    out: list[str] = []
    prev: Box | None = None
    for w in words:
        if prev is None or w.line != prev.line:
            if prev is not None and w.block != prev.block:
                out.append("")
            out.append(w.text)
        else:
            out[-1] += " " + w.text
        prev = w
    return "\n".join(out)
