"""Page layout of a held-out letter as drawing operations in millimetres (A4, origin top left).

Both the raster renderer (scans) and the reportlab renderer (born-digital PDFs) draw these ops,
so the two agree. Five designs differ from the training layouts on purpose: Form B classic,
letterhead right-aligned with Form A window, a sidebar letterhead, the info block as a table
across the page, and a typewriter letter without return line and a shifted window.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import ImageFont

from mailsort_lab.holdout.compose import Piece

FONT_DIR = "/usr/share/fonts/truetype"
FONTS: dict[str, tuple[str, str]] = {
    "lib-serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "lib-mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "dv-serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dv-serif-cond": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "dv-mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "lib-narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
}
PT = 25.4 / 72          # mm per point
PAGE_W, PAGE_H = 210.0, 297.0
MAX_PAGES = 3


def font_file(family: str, bold: bool) -> str:
    return f"{FONT_DIR}/{FONTS[family][1 if bold else 0]}"


@lru_cache(maxsize=None)
def _measure_font(family: str, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_file(family, bold), 200)


def width_mm(text: str, family: str, bold: bool, size: float) -> float:
    return _measure_font(family, bold).getlength(text) / 200 * size * PT


def wrap(text: str, width: float, family: str, bold: bool, size: float) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        cur = ""
        for word in raw.split():
            trial = f"{cur} {word}".strip()
            if cur and width_mm(trial, family, bold, size) > width:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
    return lines


@dataclass
class Op:
    kind: str                      # text | line | rect | box | scribble
    x: float
    y: float                       # baseline for text
    text: str = ""
    family: str = "lib-serif"
    bold: bool = False
    size: float = 10.0
    align: str = "left"            # left | right | center
    x2: float = 0.0
    y2: float = 0.0
    gray: int = 0                  # 0 black .. 255 white
    pts: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Design:
    name: str
    family: str
    head_family: str
    size: float
    window_x: float = 20.0
    window_y: float = 50.0          # top of the return line (Form B 45 mm + margin)
    info_x: float = 125.0
    body_left: float = 25.0
    body_right: float = 190.0

    @classmethod
    def pick(cls, rng: random.Random) -> "Design":
        name = rng.choices(["classic-b", "right-a", "sidebar", "table-info", "typewriter"],
                           [25, 22, 18, 18, 17])[0]
        body = rng.choice(["lib-serif", "dv-serif", "dv-serif-cond", "lib-serif"])
        head = rng.choice(["lib-narrow", "dv-serif", "lib-serif"])
        d = cls(name, body, head, rng.choice([10.0, 10.5, 11.0, 11.5]))
        d.window_x += rng.uniform(-2, 4)
        d.window_y += rng.uniform(-3, 3)
        if name == "right-a":
            d.window_y = 32 + rng.uniform(-2, 2)        # Form A: window starts at 27 mm
        if name == "sidebar":
            d.body_right = 148.0
        if name == "typewriter":
            d.family = d.head_family = rng.choice(["lib-mono", "dv-mono"])
            d.size = rng.choice([9.5, 10.0])
            d.window_x += rng.uniform(2, 8)             # the window sits where the typist put it
            d.window_y += rng.uniform(-5, 6)
        return d


class Flow:
    """Lines of text down the pages, breaking to a new page with a continuation header."""

    def __init__(self, piece: Piece, d: Design, first: list[Op], y: float):
        self.pages: list[list[Op]] = [first]
        self.d, self.piece, self.y = d, piece, y
        self.bottom = 262.0 if d.name != "sidebar" else 280.0

    def need(self, h: float) -> None:
        if self.y + h > self.bottom and len(self.pages) < MAX_PAGES:
            n = len(self.pages) + 1
            label = f"Seite {n}" if self.piece.letter.language == "de" else f"Page {n}"
            self.pages.append([Op("text", self.d.body_left, 15, f"{self.piece.letter.sender_name} - {label}",
                                  self.d.family, size=8)])
            self.y = 28.0

    def text(self, text: str, bold: bool = False, size: float | None = None, gap: float = 0.0,
             left: float | None = None) -> None:
        size = size or self.d.size
        left = self.d.body_left if left is None else left
        lh = size * PT * 1.3
        for line in wrap(text, self.d.body_right - left, self.d.family, bold, size):
            self.need(lh)
            if self.y + lh <= self.bottom + 20:
                self.pages[-1].append(Op("text", left, self.y + size * PT, line, self.d.family, bold, size))
            self.y += lh
        self.y += gap

    def table(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        size = self.d.size - 1
        width = self.d.body_right - self.d.body_left
        cols = len(rows[0])
        weights = [1.0] * cols
        weights[1 if cols > 2 else 0] = 3.0
        xs, acc = [], self.d.body_left
        for w in weights:
            xs.append(acc)
            acc += width * w / sum(weights)
        for r, row in enumerate(rows):
            self.need(size * PT * 1.5)
            for i, cell in enumerate(row):
                last = i == cols - 1
                self.pages[-1].append(Op("text", self.d.body_right if last else xs[i], self.y + size * PT,
                                         cell, self.d.family, r == 0, size, "right" if last else "left"))
            self.y += size * PT * 1.5
            if r == 0:
                self.pages[-1].append(Op("line", self.d.body_left, self.y - 1, x2=self.d.body_right, y2=self.y - 1))
        self.y += 3


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()[:3] if w[0].isalpha()).upper()[:3] or "X"


def _letterhead(p: Piece, d: Design, rng: random.Random) -> tuple[list[Op], float]:
    """Ops of the letterhead and where the sender's block ends (mm)."""
    lt = p.letter
    ops: list[Op] = []
    contact = [c for c in lt.sender_contact if c]
    if d.name == "classic-b":
        if rng.random() < 0.5:
            ops += [Op("box", 20, 12, x2=34, y2=26, gray=rng.choice([40, 90, 130])),
                    Op("text", 27, 21.5, _initials(lt.sender_name), d.head_family, True, 13, "center", gray=255)]
        x = 37 if ops else 20
        ops.append(Op("text", x, 20, lt.sender_name, d.head_family, True, 15))
        ops.append(Op("text", x, 26, " · ".join(lt.sender_address), d.head_family, size=8.5))
        for i, c in enumerate(contact):
            ops.append(Op("text", 190, 14 + 4 * i, c, d.head_family, size=8, align="right"))
        return ops, 30
    if d.name == "right-a":
        ops.append(Op("text", 190, 14, lt.sender_name, d.head_family, True, 13, "right"))
        for i, c in enumerate([*lt.sender_address, *contact[:2]]):
            ops.append(Op("text", 190, 19 + 3.6 * i, c, d.head_family, size=8, align="right"))
        return ops, 30
    if d.name == "sidebar":
        ops.append(Op("line", 152, 15, x2=152, y2=282, gray=120))
        y = 22.0
        for i, part in enumerate(wrap(lt.sender_name, 44, d.head_family, True, 11)):
            ops.append(Op("text", 155, y, part, d.head_family, True, 11))
            y += 5
        for c in [*lt.sender_address, "", *contact, "", *lt.sender_footer]:
            for part in wrap(c, 44, d.head_family, False, 7.5) if c else [""]:
                ops.append(Op("text", 155, y, part, d.head_family, size=7.5))
                y += 3.4
        return ops, y
    if d.name == "table-info":
        ops.append(Op("text", 105, 18, lt.sender_name.upper(), d.head_family, True, 14, "center"))
        ops.append(Op("text", 105, 24, " | ".join([*lt.sender_address, *contact[:1]]), d.head_family,
                      size=8, align="center"))
        ops.append(Op("line", 20, 28, x2=190, y2=28, gray=60))
        return ops, 30
    # typewriter: the sender typed at the top left, nothing printed
    for i, c in enumerate([lt.sender_name, *lt.sender_address, *contact[:1]]):
        ops.append(Op("text", 20, 15 + 4.2 * i, c, d.family, i == 0, 9.5))
    return ops, 35


def _info(p: Piece, d: Design) -> list[Op]:
    rows = p.letter.info_block
    size = 8.5
    ops: list[Op] = []
    if d.name == "table-info" and rows:
        cols = rows[:5]
        w = 170 / len(cols)
        y = 100.0
        ops.append(Op("rect", 20, y - 4, x2=190, y2=y + 7))
        for i, (k, v) in enumerate(cols):
            ops.append(Op("text", 21.5 + i * w, y, k, d.family, size=7))
            ops.append(Op("text", 21.5 + i * w, y + 5, v, d.family, size=size))
            if i:
                ops.append(Op("line", 20 + i * w, y - 4, x2=20 + i * w, y2=y + 7))
        return ops
    if d.name == "sidebar":
        return []    # the sidebar carries sender data; rows go above the subject in the body
    x, y = (d.info_x, d.window_y + 2) if d.name != "typewriter" else (125, d.window_y + 2)
    for k, v in rows:
        if d.name == "typewriter":
            ops.append(Op("text", x, y, f"{k}: {v}", d.family, size=8.5))
        else:
            ops.append(Op("text", x, y, k, d.family, size=7.5))
            ops.append(Op("text", x + 33, y, v, d.family, size=size))
        y += 4.4
    return ops


def _footer(p: Piece, d: Design) -> list[Op]:
    if d.name in ("sidebar", "typewriter") or not p.letter.sender_footer:
        return []
    ops = [Op("line", 20, 272, x2=190, y2=272, gray=100)]
    for i, line in enumerate(p.letter.sender_footer[:3]):
        ops.append(Op("text", 105, 276 + 3.6 * i, line, d.head_family, size=7, align="center"))
    return ops


def _scribble(rng: random.Random, x: float, y: float) -> Op:
    pts, cx = [], x
    for _ in range(rng.randint(6, 12)):
        cx += rng.uniform(2, 5)
        pts.append((cx, y + rng.uniform(-4, 2)))
    return Op("scribble", x, y, pts=pts, gray=rng.choice([0, 30, 60]))


def lay_out(piece: Piece, d: Design, rng: random.Random) -> list[list[Op]]:
    """All pages of the letter as ops."""
    lt = piece.letter
    first, _ = _letterhead(piece, d, rng)
    if piece.return_line:
        first.append(Op("text", d.window_x, d.window_y + 3, piece.return_line, d.family, size=6.5))
        first.append(Op("line", d.window_x, d.window_y + 4, x2=d.window_x + min(
            width_mm(piece.return_line, d.family, False, 6.5), 85), y2=d.window_y + 4))
    y = d.window_y + 10
    for line in lt.recipient_lines:
        first.append(Op("text", d.window_x, y, line, d.family, size=d.size))
        y += d.size * PT * 1.3
    first += _info(piece, d) + _footer(piece, d)
    top = {"right-a": 82.0, "table-info": 112.0}.get(d.name, 103.0)
    top = max(top, y + 8)
    flow = Flow(piece, d, first, top)
    if d.name == "sidebar":
        for k, v in lt.info_block:
            flow.text(f"{k}: {v}", size=8.5)
        flow.y += 3
    if piece.dateline:
        first.append(Op("text", d.body_right, flow.y, piece.dateline, d.family, size=d.size, align="right"))
        flow.y += 8
    flow.text(lt.subject, bold=True, gap=5)
    if lt.salutation:
        flow.text(lt.salutation, gap=3)
    for i, para in enumerate(lt.paragraphs):
        flow.text(para, gap=3)
        if i == 0 and piece.table:
            flow.table(piece.table)
    flow.text(lt.closing, gap=2)
    flow.need(14)
    if rng.random() < 0.7:
        flow.pages[-1].append(_scribble(rng, d.body_left, flow.y + 8))
    flow.y += 11
    for s in lt.signature:
        flow.text(s, size=d.size - 0.5)
    for title, lines in piece.extra_pages:
        if len(flow.pages) >= MAX_PAGES:
            break
        flow.y = flow.bottom + 1      # annexes start on a page of their own
        flow.need(1)
        flow.text(title, bold=True, gap=4)
        for line in lines:
            flow.text(line, gap=2)
    return flow.pages
