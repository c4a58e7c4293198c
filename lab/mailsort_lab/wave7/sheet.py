"""Wave 7's stationery: where the window sits (left, as DIN 5008 A/B, or right, as some firms'
envelopes have it), where the date goes, letterhead and footer. Drawn with the shared renderer's
primitives (render/layout.py ops), so scans and PDFs come from the same pages."""

from __future__ import annotations

import random

from mailsort_lab.render.layout import (BODY_BOTTOM, LEFT, PAGE_W, RIGHT, Design, LaidOutLetter, Mark, Op, Rule,
                                        Scribble, Text, luminance, wrap)
from mailsort_lab.render.fonts import PT_TO_MM
from mailsort_lab.wave7.doc import Doc
from mailsort_lab.wave7.senders import contact, footer

FOOT_TOP = 272.0


def _head(doc: Doc, d: Design, rng: random.Random) -> list[Op]:
    s, tf = doc.sender, d.typeface
    name = s.head or s.name
    size = 18.0
    while tf.width(name, "bold", size) > 115 and size > 10:
        size -= 1
    x, align = {"left": (LEFT, "left"), "right": (RIGHT, "right"), "center": (PAGE_W / 2, "center")}[d.head_align]
    grey = luminance(d.accent) if d.accent else d.head_grey
    ops: list[Op] = [Text(x, 16.0, name, "bold", size, align, grey=grey, color=d.accent)]
    if s.head:                                        # a brand above, the legal name below it
        ops.append(Text(x, 21.0, s.name, "regular", 8.0, align, grey=60))
    ops.append(Text(x, 25.0, " · ".join([s.street, s.city]), "regular", 7.5, align, grey=70))
    if d.logo != "none":
        lx = RIGHT - 15.0 if d.head_align == "left" else LEFT
        ops.append(Mark(d.logo, lx, 8.0, 15.0, 15.0, grey=grey or 50, color=d.accent))
    if d.head_rule:
        ops.append(Rule(LEFT, 29.0, RIGHT, 29.0, 0.3, grey=100, color=d.accent))
    return ops


def _window(doc: Doc, d: Design, side: str) -> tuple[list[Op], float]:
    """The return line and address block; returns ops and the y where the window field ends."""
    x = LEFT if side == "left" else 118.0
    top = (27.0 if d.form == "A" else 45.0) if side == "left" else 50.0
    width = 80.0 if side == "left" else 72.0
    ret = f"{doc.sender.name} · {doc.sender.street} · {doc.sender.city}"
    size = 7.0
    while d.typeface.width(ret, "regular", size) > width and size > 5.0:
        size -= 0.5
    ops: list[Op] = [Text(x, top + 8.0, ret, "regular", size, underline=True, grey=40)]
    size = 10.0
    lines = [p for ln in doc.block for p in wrap(ln, width, d.typeface, size=size)][:9]
    pitch = min(4.4, 26.0 / max(1, len(lines) - 1))
    for i, ln in enumerate(lines):
        ops.append(Text(x, top + 15.0 + i * pitch, ln, "regular", min(size, pitch / PT_TO_MM / 1.1)))
    return ops, top + 45.0


def _info(doc: Doc, side: str, top: float, date_mode: str) -> list[Op]:
    rows = [(k, v) for k, v in doc.info if not (date_mode != "info" and v == doc.date_text)]
    if date_mode == "info" and not any(v == doc.date_text for _, v in rows):
        rows.append(("Datum" if doc.lang == "de" else "Date", doc.date_text))
    x = 125.0 if side == "left" else LEFT
    ops: list[Op] = []
    for i, (k, v) in enumerate(rows):
        ops.append(Text(x, top + i * 4.4, f"{k}:", "regular", 8.0, grey=80))
        ops.append(Text(x + 30.0, top + i * 4.4, v, "regular", 8.5))
    return ops


def lay_out(doc: Doc, rng: random.Random) -> tuple[list[list[Op]], Design, list[str]]:
    d = Design.pick(rng)
    side = "right" if rng.random() < 0.22 else "left"
    date_mode = rng.choices(["info", "line", "city"], [50, 25, 25])[0]
    if date_mode == "city" and doc.sender.lang == "en":
        date_mode = "line"
    tags = [f"window-{side}", f"date-{date_mode}", f"form-{d.form}" if side == "left" else "form-right"]
    first = _head(doc, d, rng)
    win, bottom = _window(doc, d, side)
    first += win
    first += _info(doc, side, (27.0 if d.form == "A" else 45.0) + 8.0 if side == "left" else 52.0, date_mode)
    y = bottom + 4.0
    if date_mode == "line":
        first.append(Text(RIGHT, y, doc.date_text, "regular", d.typeface.body_pt, "right"))
    elif date_mode == "city":
        place = doc.sender.city.split(" ", 1)[-1]
        first.append(Text(RIGHT, y, f"{place}, {'den ' if doc.lang == 'de' and rng.random() < 0.3 else ''}{doc.date_text}",
                          "regular", d.typeface.body_pt, "right"))
    y += 9.0
    tf = d.typeface
    lead = tf.body_pt * 1.25 * PT_TO_MM
    width = RIGHT - LEFT - 1.0
    pages: list[list[Op]] = [first]
    flow: list[tuple[str, str, float]] = [(ln, "bold", lead) for ln in wrap(doc.subject, width, tf, "bold")]
    flow.append((doc.salutation, "regular", 2.5 * lead))
    for par in doc.paragraphs:
        flow += [(ln, "regular", (2 if i == 0 else 1) * lead) for i, ln in enumerate(wrap(par, width, tf))]
    flow.append((doc.closing, "regular", 2 * lead))
    flow.append(("\x00sig", "regular", 0.0))
    flow += [(ln, "regular", (12.0 if i == 0 else lead)) for i, ln in enumerate(doc.signature)]
    if doc.enclosures:
        flow.append(("Anlagen" if doc.lang == "de" else "Enclosures", "bold", 2 * lead))
        flow += [(f"– {t}", "regular", lead) for t, _ in doc.enclosures]
        for title, paras in doc.enclosures:
            flow.append(("\x00page", "", 0.0))
            flow.append((title, "bold", 0.0))
            for par in paras:
                flow += [(ln, "regular", (1.6 if i == 0 else 1) * lead) for i, ln in enumerate(wrap(par, width, tf))]
    for text, style, step in flow:
        if text == "\x00page":
            pages.append([])
            y = 30.0 - lead
            continue
        if text == "\x00sig":
            pts, cx = [], LEFT + 2
            for _ in range(rng.randint(12, 24)):
                cx += rng.uniform(0.8, 2.8)
                pts.append((cx, y + 7.0 + rng.uniform(-3, 3)))
            pages[-1].append(Scribble(pts))
            continue
        if y + step > BODY_BOTTOM:
            pages.append([])
            y = 30.0 - step
        y += step
        pages[-1].append(Text(LEFT, y, text, style, tf.body_pt))
    foot = footer(doc.sender, rng)
    cont = contact(doc.sender, rng)
    n = len(pages)
    for i, ops in enumerate(pages, start=1):
        if foot:
            ops.append(Rule(LEFT, FOOT_TOP - 3.5, RIGHT, FOOT_TOP - 3.5, 0.2, grey=130))
            cols = [foot[:3], foot[3:6], foot[6:] + cont[:3]]
            for c, col in enumerate(cols):
                for j, ln in enumerate(col):
                    ops.append(Text(LEFT + c * 56.0, FOOT_TOP + j * 3.0, ln, "regular", 6.0, grey=60))
        if i > 1:
            ops.append(Text(LEFT, 18.0, doc.sender.name, "regular", 8.0, grey=80))
        if n > 1:
            label = "Seite {} von {}" if doc.lang == "de" else "Page {} of {}"
            ops.append(Text(RIGHT, BODY_BOTTOM + 6.0, label.format(i, n), "regular", 8.0, "right"))
    return pages, d, tags
