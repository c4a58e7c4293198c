"""DIN 5008 geometry of a business letter, as drawing operations in millimetres.

The layout is computed once and drawn twice: by Pillow for scans (page.py) and by reportlab for
born-digital PDFs (pdf.py). Positions follow DIN 5008 form A (address field 27-72 mm from the top)
and form B (45-90 mm); the info block sits at 125 mm, text runs from 25 mm to 190 mm.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal, Sequence, Union

from mailsort.training.letter import Letter
from mailsort_lab.render.appendix import Appendix
from mailsort_lab.render.fonts import FAMILIES, PT_TO_MM, Typeface

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 190.0
INFO_X = 125.0
FIELD_TOP = {"A": 27.0, "B": 45.0}          # top of the 45 mm high address field
FOOTER_TOP = 271.0
BODY_BOTTOM = 261.0


RGB = tuple[int, int, int]


def luminance(color: RGB) -> int:
    r, g, b = color
    return round(0.299 * r + 0.587 * g + 0.114 * b)


@dataclass
class Text:
    x: float                      # mm from the left edge (the anchor given by align)
    y: float                      # mm from the top edge, baseline
    text: str
    style: str = "regular"
    size: float = 11.0            # points
    align: Literal["left", "right", "center"] = "left"
    underline: bool = False
    grey: int = 0                 # 0 black .. 255 white
    color: RGB | None = None      # for colour renders; grey renders use its luminance


@dataclass
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.25           # mm
    grey: int = 0
    color: RGB | None = None


@dataclass
class Mark:
    """A simple logo shape; initials, if any, are drawn white inside it."""

    kind: Literal["circle", "square", "diamond", "bars"]
    x: float
    y: float
    w: float
    h: float
    grey: int = 60
    initials: str = ""
    color: RGB | None = None


@dataclass
class Scribble:
    points: list[tuple[float, float]]
    width: float = 0.45
    grey: int = 40


Op = Union[Text, Rule, Mark, Scribble]

# Corporate colours of letterheads (dark enough to print text in).
ACCENTS: tuple[RGB, ...] = ((0, 61, 122), (150, 20, 30), (0, 102, 68), (200, 90, 0), (90, 40, 120),
                            (0, 120, 160), (60, 60, 60))


@dataclass
class Design:
    """The look of one sender's stationery; drawn from an rng so a set varies."""

    form: Literal["A", "B"] = "B"
    typeface: Typeface = field(default_factory=Typeface)
    head_align: Literal["left", "right", "center"] = "left"
    logo: Literal["circle", "square", "diamond", "bars", "none"] = "square"
    head_rule: bool = True
    info_style: Literal["columns", "stacked"] = "columns"
    footer_cols: int = 3
    fold_marks: bool = True
    head_grey: int = 0
    accent: RGB | None = None      # letterhead colour; None: black-and-white stationery

    @classmethod
    def pick(cls, rng: random.Random, form: str | None = None, font: str | None = None) -> "Design":
        return cls(
            form=form or rng.choice("AB"),
            typeface=Typeface(font or rng.choice(sorted(FAMILIES)),
                              rng.choice((10.0, 10.5, 11.0, 11.0, 12.0))),
            head_align=rng.choice(("left", "left", "right", "center")),
            logo=rng.choice(("circle", "square", "diamond", "bars", "none")),
            head_rule=rng.random() < 0.6,
            info_style=rng.choice(("columns", "columns", "stacked")),
            footer_cols=rng.choice((2, 3, 3)),
            fold_marks=rng.random() < 0.7,
            head_grey=rng.choice((0, 0, 40, 70)),
            accent=rng.choice(ACCENTS) if rng.random() < 0.6 else None,
        )


@dataclass
class LaidOutLetter:
    pages: list[list[Op]]
    design: Design


def _initials(name: str) -> str:
    words = [w for w in name.replace("&", " ").split() if w[:1].isalpha() and w[:1].isupper()]
    return "".join(w[0] for w in words[:3]) or name[:1].upper()


def wrap(text: str, width_mm: float, tf: Typeface, style: str = "regular",
         size: float | None = None) -> list[str]:
    """Greedy word wrap using the real font metrics."""
    lines: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split():
            trial = f"{line} {word}" if line else word
            if line and tf.width(trial, style, size) > width_mm:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _letterhead(letter: Letter, d: Design) -> list[Op]:
    tf, ops = d.typeface, []
    zone = FIELD_TOP[d.form]
    name_size = 17.0 if d.form == "A" else 20.0
    name_y = 13.0 if d.form == "A" else 19.0
    # Shrink long names so they stay on one line beside the logo.
    while tf.width(letter.sender_name, "bold", name_size) > 120 and name_size > 11:
        name_size -= 1
    logo_w = 14.0 if d.form == "A" else 18.0
    if d.head_align == "left":
        x, logo_x = LEFT, RIGHT - logo_w
    elif d.head_align == "right":
        x, logo_x = RIGHT, LEFT
    else:
        x, logo_x = PAGE_W / 2, LEFT
    grey = luminance(d.accent) if d.accent else d.head_grey
    ops.append(Text(x, name_y, letter.sender_name, "bold", name_size, d.head_align, grey=grey,
                    color=d.accent))
    small = [" · ".join(letter.sender_address)]
    if d.form == "B":
        small.append(" · ".join(letter.sender_contact[:3]))
    for i, line in enumerate(small):
        ops.append(Text(x, name_y + 6.0 + i * 4.0, line, "regular", 8.0, d.head_align, grey=60))
    if d.logo != "none":
        top = 6.0 if d.form == "A" else 9.0
        ops.append(Mark(d.logo, logo_x, top, logo_w, logo_w, grey=grey or 50, color=d.accent,
                        initials=_initials(letter.sender_name) if d.logo in ("circle", "square") else ""))
    if d.head_rule:
        ops.append(Rule(LEFT, zone - 3.0, RIGHT, zone - 3.0, 0.3, grey=90, color=d.accent))
    return ops


def _address_field(letter: Letter, d: Design) -> list[Op]:
    """Return line and window address; type shrinks so nothing leaves the window."""
    top = FIELD_TOP[d.form]
    ret = " · ".join([letter.sender_name, *letter.sender_address])
    size = 7.0
    while d.typeface.width(ret, "regular", size) > 83 and size > 5.5:
        size -= 0.5
    ops: list[Op] = [Text(LEFT, top + 12.0, ret, "regular", size, underline=True)]
    size = 10.5
    while size > 8.0 and max(d.typeface.width(ln, "regular", size) for ln in letter.recipient_lines) > 80:
        size -= 0.5                                     # 85 mm window: long names get smaller type
    # What still does not fit is broken as an address program would: onto the next line.
    lines = [part for ln in letter.recipient_lines for part in wrap(ln, 80, d.typeface, size=size)][:9]
    pitch = min(4.4, 24.0 / max(1, len(lines) - 1))   # the block must end inside the 45 mm field
    for i, line in enumerate(lines):
        ops.append(Text(LEFT, top + 20.0 + i * pitch, line, "regular", min(size, pitch / PT_TO_MM / 1.1)))
    return ops


def _info_block(letter: Letter, d: Design) -> tuple[list[Op], bool]:
    """Returns the ops and whether the letter date was printed among them."""
    top = FIELD_TOP[d.form] + 7.0
    ops: list[Op] = []
    y = top
    dated = False
    style = d.info_style if len(letter.info_block) <= 5 else "columns"   # stacked rows are tall
    for label, value in letter.info_block:
        dated = dated or value == letter.date_text
        size = 9.0
        room = RIGHT + 8.0 - INFO_X - (30.0 if style == "columns" else 0.0)
        while size > 6.5 and d.typeface.width(value, "regular", size) > room:
            size -= 0.5
        if style == "columns":
            ops.append(Text(INFO_X, y, f"{label}:", "regular", 8.5, grey=70))
            ops.append(Text(INFO_X + 30.0, y, value, "regular", size))
            y += 4.4
        else:
            ops.append(Text(INFO_X, y, label, "regular", 7.0, grey=90))
            ops.append(Text(INFO_X, y + 3.6, value, "regular", size))
            y += 8.4
    return ops, dated


def _footer(letter: Letter, d: Design) -> list[Op]:
    lines = list(letter.sender_footer)
    if not lines:
        return []
    ops: list[Op] = [Rule(LEFT, FOOTER_TOP - 3.5, RIGHT, FOOTER_TOP - 3.5, 0.2, grey=120)]
    # Fewer columns or a smaller size until no column runs into the next.
    for cols in range(max(1, min(d.footer_cols, len(lines))), 0, -1):
        per = -(-len(lines) // cols)
        col_w = (RIGHT - LEFT) / cols
        size = 6.5
        while size > 5.5 and max(d.typeface.width(t, "regular", size) for t in lines) > col_w - 3.0:
            size -= 0.25
        if max(d.typeface.width(t, "regular", size) for t in lines) <= col_w - 3.0:
            break
    for c in range(cols):
        for i, line in enumerate(lines[c * per:(c + 1) * per]):
            ops.append(Text(LEFT + c * col_w, FOOTER_TOP + i * 3.2, line, "regular", size, grey=50))
    return ops


def _signature(rng: random.Random, x: float, y: float) -> Scribble:
    pts, cx = [], x
    for _ in range(rng.randint(14, 26)):
        cx += rng.uniform(0.8, 3.0)
        pts.append((cx, y + rng.uniform(-3.2, 3.2)))
    return Scribble(pts, width=rng.uniform(0.35, 0.6))


def _body_lines(letter: Letter, tf: Typeface) -> list[tuple[str, str, float]]:
    """(text, style, space before in mm) for everything from the subject to the signature."""
    lead = tf.body_pt * 1.25 * PT_TO_MM
    width = RIGHT - LEFT - 1.0                # a hair of slack for raster rounding
    out: list[tuple[str, str, float]] = []
    for i, line in enumerate(wrap(letter.subject, width, tf, "bold")):
        out.append((line, "bold", 0.0 if i == 0 else lead))
    out.append((letter.salutation, "regular", 3 * lead))
    for para in letter.paragraphs:
        for i, line in enumerate(wrap(para, width, tf)):
            out.append((line, "regular", 2 * lead if i == 0 else lead))
    out.append((letter.closing, "regular", 2 * lead))
    out.append(("\x00signature", "regular", lead))       # placeholder: room for the scribble
    sig = [part for line in letter.signature for part in wrap(line, width, tf)]
    for i, line in enumerate(sig):
        out.append((line, "regular", 14.0 if i == 0 else lead))
    return out


def _appendix_lines(appendix: Sequence[Appendix], tf: Typeface) -> list[tuple[str, str, float]]:
    lead = tf.body_pt * 1.25 * PT_TO_MM
    out: list[tuple[str, str, float]] = []
    for app in appendix:
        out.append(("\x00newpage", "regular", 0.0))
        out.append((app.title, "bold", 0.0))
        for para in app.paragraphs:
            for i, line in enumerate(wrap(para, RIGHT - LEFT - 1.0, tf)):
                out.append((line, "regular", 1.6 * lead if i == 0 else lead))
    return out


def lay_out(letter: Letter, design: Design, appendix: Sequence[Appendix] = ()) -> LaidOutLetter:
    """Place everything; `appendix` pages (enclosures) follow the letter, each on a new page."""
    rng = random.Random(f"{letter.id}/signature")
    tf = design.typeface
    first: list[Op] = _letterhead(letter, design) + _address_field(letter, design)
    info, dated = _info_block(letter, design)
    first += info
    top = FIELD_TOP[design.form]
    if not dated:
        first.append(Text(RIGHT, top + 45.0 + 3.0, letter.date_text, "regular", tf.body_pt, "right"))
    footer = _footer(letter, design)
    pages: list[list[Op]] = [first]
    y = top + 45.0 + 12.0                               # subject: two lines below the field
    first_line = True
    lines = _body_lines(letter, tf)
    if appendix:
        label = "Anlagen" if letter.language == "de" else "Enclosures"
        lines.append((label, "bold", 2 * tf.body_pt * 1.25 * PT_TO_MM))
        lines += [(f"– {a.title}", "regular", tf.body_pt * 1.25 * PT_TO_MM) for a in appendix]
        lines += _appendix_lines(appendix, tf)
    for text, style, before in lines:
        step = 0.0 if first_line else before
        if text == "\x00newpage":
            pages.append([])
            y, first_line = 32.0, True
            continue
        if text == "\x00signature":
            if y + 18.0 > BODY_BOTTOM:                   # no room to sign: the scribble opens the next page
                pages.append([])
                y = 32.0
            pages[-1].append(_signature(rng, LEFT + 2.0, y + 6.5))
            continue
        if y + step > BODY_BOTTOM:
            pages.append([])
            y, step = 32.0, 0.0
        y += step
        first_line = False
        pages[-1].append(Text(LEFT, y, text, style, tf.body_pt))
    n = len(pages)
    for i, ops in enumerate(pages, start=1):
        ops.extend(footer)
        if i == 1 and design.fold_marks:
            fold = 87.0 if design.form == "A" else 105.0
            ops += [Rule(4.0, fold, 8.0, fold, 0.2, 100), Rule(4.0, 148.5, 9.0, 148.5, 0.2, 100)]
        if i > 1:
            ops.append(Text(LEFT, 18.0, letter.sender_name, "regular", 8.0, grey=80))
            ops.append(Rule(LEFT, 20.5, RIGHT, 20.5, 0.2, grey=140))
        if n > 1:
            label = "Seite {} von {}" if letter.language == "de" else "Page {} of {}"
            ops.append(Text(RIGHT, BODY_BOTTOM + 5.0, label.format(i, n), "regular", 8.0, "right"))
    return LaidOutLetter(pages, design)
