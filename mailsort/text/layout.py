"""Layout zones of a letter page (DIN 5008) from word boxes: who wrote it is not who it is for.

Word boxes (0..1 page coordinates) are taken as millimetres on A4. Lines are cut where words are
far apart, so the address and the info block beside it become separate segments. The address
block is the cluster of left-column lines in or near the window (form A 27–72 mm, form B
45–90 mm from the top, 20–105 mm from the left) that looks most like an address (postcode line,
c/o, z. Hd., Herrn/Frau, Postfach/Fach/Box/PMB); everything else is placed relative to it, so a
scan shifted by a few millimetres still gets the right zones.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ..model import Page, Word, Zones

PAGE_W, PAGE_H = 210.0, 297.0          # A4, mm
WINDOW_LEFT, WINDOW_RIGHT = 20.0, 105.0
ADDRESS_ZONES = ((44.7, 72.0), (62.7, 90.0))   # form A, form B (below the 17.7 mm note zone)
NOTE_ZONE = 17.7                        # return line / notes above the address lines
FOOTER_TOP = 265.0

_POSTCODE = re.compile(r"\b(?:D-)?\d{5}\s+\S*[A-Za-zÄÖÜäöüß]{2,}|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_ADDRESS_HINTS = re.compile(
    r"\b(?:c/o|z\.\s?Hd\.?|zu Händen|Herrn|Frau|Firma|Fa\.|Attn\.?|Attention|Postfach|Fach|"
    r"Box|PMB|Nr\.\s?\d|Mr\.?|Ms\.?|Mrs\.?|Dr\.|GmbH|UG|AG|KG|e\.\s?K\.|GbR|Ltd|Inc|LLC|"
    r"straße|str\.|weg|platz|allee|gasse|ring|damm|ufer|Street|Road)\b", re.IGNORECASE)
# OCR reads the middle dot of a return line as anything from "+" to "»".
_RETURN_SEP = re.compile(r"[·•|+»«∙◦*]| [-–—] ")


@dataclass(eq=False)
class Segment:
    """Words of one line that sit close together (a line cut at wide gaps)."""

    words: list[Word]
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _mm_box(w: Word) -> tuple[float, float, float, float]:
    return w.x * PAGE_W, w.y * PAGE_H, (w.x + w.w) * PAGE_W, (w.y + w.h) * PAGE_H


def segments(words: list[Word]) -> list[Segment]:
    """Lines (by line id) cut where the gap between words is wide; sorted top to bottom."""
    by_line: dict[int, list[Word]] = {}
    for w in words:
        if w.text.strip():
            by_line.setdefault(w.line, []).append(w)
    out: list[Segment] = []
    for line_words in by_line.values():
        line_words.sort(key=lambda w: w.x)
        heights = [_mm_box(w)[3] - _mm_box(w)[1] for w in line_words]
        gap_limit = max(7.0, 2.5 * statistics.median(heights))
        current: list[Word] = []
        for w in line_words:
            if current and w.x * PAGE_W - _mm_box(current[-1])[2] > gap_limit:
                out.append(_segment(current))
                current = []
            current.append(w)
        out.append(_segment(current))
    out.sort(key=lambda s: (round(s.y0), s.x0))
    return out


def _segment(words: list[Word]) -> Segment:
    boxes = [_mm_box(w) for w in words]
    return Segment(words, min(b[0] for b in boxes), min(b[1] for b in boxes),
                   max(b[2] for b in boxes), max(b[3] for b in boxes))


def _address_score(block: list[Segment]) -> float:
    text = "\n".join(s.text for s in block)
    score = 0.0
    if any(_POSTCODE.search(s.text) for s in block):
        score += 3
    score += min(3, len(_ADDRESS_HINTS.findall(text)))
    top, bottom = block[0].y0, block[-1].y1
    if any(top >= z0 - 8 and bottom <= z1 + 8 for z0, z1 in ADDRESS_ZONES):
        score += 2
    if len(block) < 2 or len(block) > 9:
        score -= 3
    return score


def _column_clusters(segs: list[Segment]) -> list[list[Segment]]:
    """Runs of tightly spaced, left-aligned lines in the window column."""
    cand = [s for s in segs if WINDOW_LEFT - 10 <= s.x0 <= WINDOW_RIGHT - 25 and 18 <= s.y0 <= 115
            and s.x1 <= WINDOW_RIGHT + 30 and sum(c.isalnum() for c in s.text) >= 2]
    clusters: list[list[Segment]] = []
    for s in cand:
        if clusters:
            last = clusters[-1][-1]
            if s.y0 - last.y1 < max(4.5, 1.2 * last.height) and abs(s.x0 - clusters[-1][0].x0) < 12:
                clusters[-1].append(s)
                continue
        clusters.append([s])
    return clusters


def _is_return_line(seg: Segment, address: list[Segment]) -> bool:
    rest = [s.height for s in address if s is not seg]
    small = bool(rest) and seg.height < 0.8 * statistics.median(rest)
    sep = bool(_RETURN_SEP.search(seg.text)) or seg.text.count(",") >= 2
    postcode = bool(_POSTCODE.search(seg.text))
    return (sep and (small or postcode)) or (small and postcode)


def find_address(segs: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """(address lines, return-line segments); both empty if no address block is found."""
    clusters = _column_clusters(segs)
    scored = [(c, _address_score(c)) for c in clusters]
    best = max(scored, key=lambda cs: cs[1], default=None)
    if best is None or best[1] < 3:
        return [], []
    block = list(best[0])
    returns: list[Segment] = []
    # A return line caught in the block: it and anything above it are not the address.
    for i, seg in enumerate(block[:3]):
        if len(block) - i > 2 and _is_return_line(seg, block):
            returns.append(seg)
            block = block[i + 1:]
            break
    posts = [i for i, seg in enumerate(block) if _POSTCODE.search(seg.text)]
    if not returns and len(posts) >= 2 and posts[0] < 2 and len(block) - posts[0] > 3:
        # Two postcode lines: the upper one is a return line whose small separators were lost
        # (a degraded scan), or the block would hold the sender as well as the addressee.
        returns.append(block[posts[0]])
        block = block[posts[0] + 1:]
    # The return line usually sits alone just above the block (a larger gap than the lines).
    used = {id(s) for s in block + returns}
    for s in segs:
        if (id(s) not in used and s.x0 < WINDOW_RIGHT - 20
                and block[0].y0 - 14 <= s.y0 < block[0].y0 and _is_return_line(s, block)):
            returns.append(s)
    return block, returns


def _join(segs: list[Segment]) -> str:
    """Segments in reading order; segments on the same line joined with two spaces."""
    lines: list[list[Segment]] = []
    for s in sorted(segs, key=lambda s: (s.y0, s.x0)):
        if lines and abs(s.y0 - lines[-1][0].y0) < 0.5 * max(s.height, 2.0):
            lines[-1].append(s)
        else:
            lines.append([s])
    return "\n".join("  ".join(x.text for x in sorted(line, key=lambda s: s.x0))
                     for line in lines)


def zones(page: Page) -> Zones:
    """Letterhead, return line, address, info block, body and footer of one upright page."""
    if not page.words:
        return Zones(body=page.text)
    segs = segments(page.words)
    address, returns = find_address(segs)
    taken = {id(s) for s in address + returns}
    footer = [s for s in segs if s.y0 >= FOOTER_TOP and id(s) not in taken]
    taken |= {id(s) for s in footer}
    if address:
        field_top = min(s.y0 for s in address + returns)
        field_top = min(field_top, address[0].y0 - NOTE_ZONE)
        bottom = address[-1].y1
    else:
        field_top, bottom = 27.0, 90.0           # form A top, form B bottom: the widest guess
    info = [s for s in segs if id(s) not in taken and s.x0 >= WINDOW_RIGHT - 5
            and field_top - 5 <= s.y0 <= bottom + 15]
    taken |= {id(s) for s in info}
    head = [s for s in segs if id(s) not in taken and s.y1 <= field_top + 1]
    taken |= {id(s) for s in head}
    body = [s for s in segs if id(s) not in taken]
    return Zones(letterhead=_join(head), return_line=_join(returns), address=_join(address),
                 info_block=_join(info), body=_join(body), footer=_join(footer))
