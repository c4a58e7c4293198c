"""Wave-6 stationery: six letterhead styles of its own (centred logo, right-hand sender column, a
band across the top, a brand with the legal name only in the footer, a window on the right, an
office's typewriter form), drawn as the shared renderer's operations so scans and born-digital
PDFs come from one layout."""

from __future__ import annotations

import math
import random

from mailsort_lab.render.fonts import FAMILIES, Typeface
from mailsort_lab.render.layout import ACCENTS, Design, Mark, Op, Rule, Scribble, Text, wrap
from mailsort_lab.wave6.compose import Doc, texts

STYLES = ["centre", "column", "band", "footer", "window-right", "office"]
BOTTOM = 262.0


class Pen:
    """Lays lines top to bottom and starts a new page when one is full."""

    def __init__(self, tf: Typeface, left: float, right: float, y: float):
        self.tf, self.left, self.right, self.y = tf, left, right, y
        self.pages: list[list[Op]] = [[]]

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def para(self, text: str, style: str = "regular", size: float | None = None, gap: float = 3.0) -> None:
        size = size or self.tf.body_pt
        step = size * 0.45
        for line in wrap(text, self.right - self.left, self.tf, style, size):
            if self.y > BOTTOM:
                self.pages.append([])
                self.y = 25.0
            self.ops.append(Text(self.left, self.y, line, style, size))
            self.y += step
        self.y += gap


def _signature(x: float, y: float, rng: random.Random) -> Scribble:
    pts, w = [], rng.uniform(25, 40)
    for i in range(40):
        t = i / 39
        pts.append((x + t * w, y - 3 * math.sin(t * rng.uniform(9, 16)) * (1 - t * 0.5) - rng.uniform(0, 1)))
    return Scribble(pts, width=rng.uniform(0.3, 0.55), grey=40)


def _window(doc: Doc, x: float, y: float, ret: str, tf: Typeface) -> list[Op]:
    """The return line and the recipient lines, where the envelope's window shows them."""
    ops: list[Op] = [Text(x, y, ret, "regular", 6.5, underline=True, grey=50)]
    # An envelope window is 85 mm wide: a longer line breaks, as the sender's software would break it.
    width = 80.0 if x < 100 else 72.0
    lines = [part for line in doc.block for part in wrap(line, width, tf, "regular", 10.0)]
    for i, line in enumerate(lines):
        ops.append(Text(x, y + 6 + i * 4.6, line, "regular", 10.0))
    return ops


def _info(doc: Doc, x: float, y: float, align: str = "left") -> tuple[list[Op], float]:
    ops: list[Op] = []
    for a, b in doc.refs:
        ops.append(Text(x, y, f"{a}: {b}", "regular", 8.5, align))
        y += 4.2
    ops.append(Text(x, y + 2, doc.dateline, "regular", 9.5, align))
    return ops, y + 6


def _footer(doc: Doc, rng: random.Random, lines: int = 2) -> list[Op]:
    s = doc.sender
    de = doc.lang == "de"
    cols = [f"{s.name} · {s.street} · {s.city}",
            f"Tel. +49 {rng.randint(30, 399)} {rng.randint(100000, 999999)} · info@{s.domain} · www.{s.domain}"]
    if not s.authority:
        boss = rng.choice(["Geschäftsführung", "Vorstand", "Inhaber"]) if de else "Managing directors"
        cols.append(f"{boss}: {rng.choice(['M. Albrecht', 'S. Okafor', 'T. Lindholm', 'R. Beck'])} · "
                    f"HRB {rng.randint(10000, 99999)} · USt-IdNr. DE{rng.randint(100000000, 999999999)} · "
                    f"IBAN DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} "
                    f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}")
    ops: list[Op] = [Rule(20, 276, 190, 276, 0.2, grey=120)]
    for i, line in enumerate(cols[: max(lines, 1) + (0 if s.authority else 1)]):
        ops.append(Text(105, 280 + i * 3.4, line, "regular", 6.5, "center", grey=70))
    return ops


def lay_out(doc: Doc, rng: random.Random, style: str | None = None) -> tuple[list[list[Op]], Design, str]:
    """The pages' operations, the design (its typeface) and the style's name."""
    style = style or ("office" if doc.sender.authority and rng.random() < 0.6 else
                      rng.choice([s for s in STYLES if s != "office"]))
    family = "liberation-mono" if style == "office" and rng.random() < 0.5 else rng.choice(
        [f for f in sorted(FAMILIES) if f != "liberation-mono"])
    tf = Typeface(family, rng.choice([10.0, 10.5, 11.0, 11.5]))
    accent = rng.choice(ACCENTS) if rng.random() < 0.5 else None
    grey = 60 if accent else 0
    s = doc.sender
    head = s.brand or s.name
    ret = f"{s.name} · {s.street} · {s.city}"
    ops: list[Op] = []
    left, right = 25.0, 190.0
    if style == "centre":
        ops.append(Mark(rng.choice(["circle", "diamond", "square"]), 97, 8, 16, 16, grey=70,
                        initials="".join(w[0] for w in head.split()[:2]).upper(), color=accent))
        ops.append(Text(105, 31, head, "bold", 15, "center", grey=grey, color=accent))
        if s.brand:
            ops.append(Text(105, 36, s.name, "regular", 8.5, "center", grey=60))
        ops += _window(doc, 25, 50, ret, tf)
        info, y = _info(doc, 190, 52, "right")
    elif style == "column":
        right = 145.0
        ops.append(Text(25, 20, head, "bold", 18, grey=grey, color=accent))
        col = [s.name, s.street, s.city, "", f"Telefon {rng.randint(30, 89)} {rng.randint(1000, 9999)}-0",
               f"post@{s.domain}", f"www.{s.domain}"]
        colops: list[Op] = [Rule(152, 40, 152, 250, 0.2, grey=150)]
        cy = 45.0
        for line in col:
            for part in wrap(line, 36, tf, "regular", 7.5) if line else [""]:
                colops.append(Text(155, cy, part, "bold" if line == s.name else "regular", 7.5, grey=50))
                cy += 3.6
        ops += colops + _window(doc, 22, 45, ret, tf)
        info, y = _info(doc, 155, cy + 8)
        y = 100.0
    elif style == "band":
        ops.append(Rule(0, 14, 210, 14, 20, grey=70, color=accent))
        ops.append(Text(25, 17, head, "bold", 16, grey=255))
        ops += _window(doc, 25, 52, ret, tf)
        info, y = _info(doc, 125, 54)
    elif style == "footer":        # only a brand on top; the legal name stands in the return line and footer
        ops.append(Text(190, 22, head.upper() if s.brand else head, "bold", 20, "right", grey=grey, color=accent))
        ops.append(Rule(25, 27, 190, 27, 0.6, grey=90, color=accent))
        ops += _window(doc, 25, 48, f"{head} · {s.street} · {s.city}", tf)
        info, y = _info(doc, 125, 50)
    elif style == "window-right":
        ops.append(Text(25, 18, head, "bold", 17, grey=grey, color=accent))
        ops.append(Text(25, 23, f"{s.street} · {s.city}", "regular", 8, grey=60))
        ops += _window(doc, 118, 50, ret, tf)
        info, y = _info(doc, 25, 52)
    else:                           # office: the authority's name block and a Geschäftszeichen column
        ops.append(Text(25, 16, s.name, "bold", 12))
        ops.append(Text(25, 21, s.street + ", " + s.city, "regular", 8.5))
        ops.append(Rule(25, 24, 190, 24, 0.3))
        ops += _window(doc, 25, 45, ret, tf)
        info, y = _info(doc, 125, 47)
    ops += info
    top = max(y, 50 + 6 + (len(doc.block) + 1) * 4.6) + 8
    pen = Pen(tf, left, right, top)
    pen.ops.extend(ops)
    pen.para(doc.subject, "bold", gap=5)
    pen.para(doc.greeting)
    for p in doc.paras:
        pen.para(p)
    pen.para(doc.closing, gap=2)
    if not s.authority or rng.random() < 0.5:
        pen.ops.append(_signature(left + 2, pen.y + 3, rng))
    pen.y += 11                     # room for the signature above the typed name
    prefix = "i. A. " if doc.lang == "de" and rng.random() < 0.5 else ""
    pen.para(prefix + doc.signer, gap=0)
    if style != "footer" or rng.random() < 0.5:     # the footer style may keep its legal name below
        pen.para(s.name, gap=0)
    if doc.table:
        pen.para(texts(doc.lang).ENCLOSURE, "italic", 9)
        _table(doc, pen)
    if doc.note:
        pen.pages[0].append(Text(rng.uniform(120, 150), rng.uniform(top - 6, top - 1), doc.note, "italic", 13,
                                 grey=70))
    footer = _footer(doc, rng, 2 if style == "footer" else rng.randint(1, 2))
    n = len(pen.pages)
    for i, page in enumerate(pen.pages, 1):
        page.extend(footer if i == 1 or style == "footer" else [])
        if n > 1:
            page.append(Text(190, 292, texts(doc.lang).PAGE.format(i=i, n=n), "regular", 7.5, "right", grey=60))
    return pen.pages, Design(typeface=tf, accent=accent), style


def _table(doc: Doc, pen: Pen) -> None:
    """The enclosure on a page of its own: dates and amounts that are history, not deadlines."""
    pen.pages.append([])
    pen.y = 30.0
    t = texts(doc.lang)
    pen.ops.append(Text(25, 22, f"{t.ENCLOSURE} – {doc.subject}", "bold", 11))
    xs = (25, 60, 190)
    for j, h in enumerate(t.TABLE_HEAD):
        pen.ops.append(Text(xs[j], pen.y, h, "bold", 9.5, "right" if j == 2 else "left"))
    pen.ops.append(Rule(25, pen.y + 1.5, 190, pen.y + 1.5, 0.3))
    pen.y += 6
    for row in doc.table:
        if pen.y > BOTTOM:
            pen.pages.append([])
            pen.y = 25.0
        for j, cell in enumerate(row):
            pen.ops.append(Text(xs[j], pen.y, cell, "regular", 9.5, "right" if j == 2 else "left"))
        pen.y += 5.2
