"""Five wave-3 letter layouts (DIN 5008 form A/B windows, own letterheads, info blocks and footers)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mailsort_lab.blind.facts import Draft
from mailsort_lab.blind.paint import Mark, width, wrap
from mailsort_lab.blind.window import Block

MAX_PAGES = 3
DESIGNS = {"band": 22, "corner": 20, "footer3": 20, "amt": 18, "grid": 20}


@dataclass
class Look:
    name: str
    face: str
    head: str
    size: float
    form: str                   # "A" (window from 27 mm) or "B" (from 45 mm)
    left: float = 25.0
    right: float = 185.0
    shade: int = 80

    @classmethod
    def pick(cls, rng: random.Random, public: bool) -> "Look":
        names = list(DESIGNS)
        w = [DESIGNS[n] * (3 if public and n == "amt" else 1) for n in names]
        name = rng.choices(names, w)[0]
        face = rng.choice(["sans", "lsans", "sans-cond", "dserif", "lsans"])
        head = rng.choice(["lsans", "serif-it", "sans", "sans-cond"])
        form = {"band": "B", "corner": "A", "footer3": "B", "amt": "A", "grid": rng.choice("AB")}[name]
        return cls(name, face, head, rng.choice([9.5, 10.0, 10.5, 11.0]), form,
                   left=rng.uniform(22, 26), shade=rng.choice([40, 70, 100, 120]))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())[:2] or "W"


def head_marks(d: Draft, lk: Look, dateline: str, rng: random.Random) -> list[Mark]:
    o = d.sender
    m: list[Mark] = []
    if lk.name == "band":
        m.append(Mark("fill", 0, 9, x2=210, y2=27, gray=lk.shade))
        m.append(Mark("text", 20, 21, o.name, lk.head, True, 15, gray=255))
        m.append(Mark("text", 20, 33, "  |  ".join(x for x in [o.street, o.city, o.phone, o.web] if x), lk.head, size=7.5))
    elif lk.name == "corner":
        m.append(Mark("circle", 166, 8, x2=186, y2=28, gray=lk.shade))
        m.append(Mark("text", 176, 21, _initials(o.name), "sans", True, 14, "c", gray=255))
        y = 34.0
        for part in wrap(o.name, 55, lk.head, True, 9.5):
            m.append(Mark("text", 186, y, part, lk.head, True, 9.5, "r"))
            y += 4
        for line in [o.street, o.city, o.phone, o.mail]:
            m.append(Mark("text", 186, y, line, lk.head, size=7.5, align="r"))
            y += 3.5
    elif lk.name == "footer3":
        m.append(Mark("text", 20, 20, o.name, lk.head, True, 12.5))
        m.append(Mark("line", 20, 23, x2=190, y2=23, gray=lk.shade))
        cols = [[o.name, o.street, o.city], [o.phone, o.mail, o.web], o.footer[1:3] or [""]]
        for i, col in enumerate(cols):
            for j, line in enumerate(col):
                m.append(Mark("text", 20 + 60 * i, 278 + 3.3 * j, line[:48], lk.head, size=6.5))
        m.append(Mark("line", 20, 274, x2=190, y2=274, gray=lk.shade))
    elif lk.name == "amt":
        y = 16.0
        for part in wrap(o.name, 90, lk.head, True, 11):
            m.append(Mark("text", 20, y, part, lk.head, True, 11))
            y += 5
        rows = [("Dienstgebäude" if o.kind != "firm" else "Anschrift", o.street), ("", o.city), ("Telefon", o.phone),
                ("E-Mail", o.mail)]
        y = 32.0
        for k, v in rows:
            m.append(Mark("text", 128, y, k, lk.face, size=6.5, gray=90))
            m.append(Mark("text", 150, y, v, lk.face, size=8))
            y += 3.8
    else:  # grid
        m.append(Mark("text", 20, 19, o.name, lk.head, True, 16))
        m.append(Mark("text", 20, 24.5, f"{o.street} · {o.city} · {o.phone}", lk.head, size=7.5))
    if lk.name != "footer3" and o.footer:
        m.append(Mark("line", 20, 279, x2=190, y2=279, gray=150))
        for j, line in enumerate(o.footer[:3]):
            m.append(Mark("text", 105, 283 + 3.2 * j, line, lk.face, size=6.5, align="c", gray=40))
    return m


def _window(d: Draft, blk: Block, lk: Look, rng: random.Random) -> tuple[list[Mark], float]:
    top = 27.0 if lk.form == "A" else 45.0
    x = 20 + rng.uniform(0, 5)
    m: list[Mark] = []
    if rng.random() < 0.8:
        rl = f"{d.sender.name} · {d.sender.street} · {d.sender.city}"
        m.append(Mark("text", x, top + 4, rl, lk.face, size=6.5))
        m.append(Mark("line", x, top + 5, x2=x + min(85, len(rl) * 1.1), y2=top + 5))
    y = top + 12 + rng.uniform(-1, 1)
    for line in blk.lines:
        m.append(Mark("text", x, y, line, lk.face, size=lk.size))
        y += lk.size * 0.45
    return m, y


def _info(d: Draft, lk: Look, dateline: str) -> tuple[list[Mark], float]:
    """Info rows beside the window (or as a reference row below it); returns the body's top."""
    rows = list(d.info)
    m: list[Mark] = []
    if lk.name == "corner":
        y, x = 84.0, lk.left
        for k, v in rows[:4]:                     # a DIN 5008 reference row: each column as wide as it needs
            m.append(Mark("text", x, y, k, lk.face, size=7, gray=90))
            m.append(Mark("text", x, y + 4.5, v, lk.face, size=8.5))
            x += max(32.0, width(v, lk.face, False, 8.5) + 8, width(k, lk.face, False, 7) + 6)
        return m, 98.0
    if lk.name == "grid":
        x0, x1, y = 120.0, 190.0, 48.0 if lk.form == "B" else 32.0
        for k, v in rows[:5]:
            m.append(Mark("frame", x0, y, x2=x1, y2=y + 7))
            m.append(Mark("text", x0 + 2, y + 4.8, k, lk.face, size=7))
            m.append(Mark("text", x1 - 2, y + 4.8, v, lk.face, True, 8, "r"))
            y += 7
        return m, max(105.0, y + 10)
    x, y = (128.0, 52.0) if lk.name == "amt" else (125.0, 50.0)
    for k, v in rows[:5]:
        if lk.name == "footer3":
            m.append(Mark("text", x, y, f"{k}: {v}", lk.face, size=8))
            y += 4.2
        else:
            m.append(Mark("text", x, y, k, lk.face, size=6.5, gray=90))
            m.append(Mark("text", x, y + 3.6, v, lk.face, size=8.5))
            y += 8.2
    return m, 100.0


class Flow:
    def __init__(self, lk: Look, first: list[Mark], y: float, sender: str, lang: str):
        self.lk, self.pages, self.y, self.sender, self.lang = lk, [first], y, sender, lang
        self.bottom = 268.0 if lk.name != "footer3" else 266.0

    def room(self, h: float) -> bool:
        if self.y + h <= self.bottom:
            return True
        if len(self.pages) >= MAX_PAGES:
            return False
        n = len(self.pages) + 1
        self.pages.append([Mark("text", 105, 14, f"- {n} -", self.lk.face, size=8, align="c"),
                           Mark("text", self.lk.right, 14, self.sender, self.lk.face, size=7, align="r", gray=90)])
        self.y = 26.0
        return True

    def text(self, text: str, bold: bool = False, size: float | None = None, gap: float = 0.0) -> None:
        size = size or self.lk.size
        lh = size * PT_LINE
        for line in wrap(text, self.lk.right - self.lk.left, self.lk.face, bold, size):
            if not self.room(lh):
                return
            self.pages[-1].append(Mark("text", self.lk.left, self.y + size * 0.35, line, self.lk.face, bold, size))
            self.y += lh
        self.y += gap

    def table(self, rows: list[list[str]]) -> None:
        size = self.lk.size - 1
        cols = len(rows[0])
        span = self.lk.right - self.lk.left
        xs = [self.lk.left + span * f for f in ([0, 0.18] if cols == 3 else [0, 0.5])]
        for r, row in enumerate(rows):
            if not self.room(size * 0.6):
                return
            for i, cell in enumerate(row):
                last = i == cols - 1
                self.pages[-1].append(Mark("text", self.lk.right if last else xs[min(i, len(xs) - 1)], self.y + size * 0.35,
                                           cell, self.lk.face, r == 0, size, "r" if last else "l"))
            if r == 0 or self.lk.name == "grid":
                self.pages[-1].append(Mark("line", self.lk.left, self.y + size * 0.45, x2=self.lk.right,
                                           y2=self.y + size * 0.45, gray=90))
            self.y += size * 0.6
        self.y += 3


PT_LINE = 0.47      # mm of line pitch per point of type (about 1.33 x the type size)


def lay_out(d: Draft, blk: Block, lk: Look, dateline: str, signer: list[str], rng: random.Random) -> list[list[Mark]]:
    first = head_marks(d, lk, dateline, rng)
    win, win_end = _window(d, blk, lk, rng)
    info, top = _info(d, lk, dateline)
    first += win + info
    flow = Flow(lk, first, max(top, win_end + 8), d.sender.name, "de")
    if dateline:
        first.append(Mark("text", lk.right, flow.y, dateline, lk.face, size=lk.size, align="r"))
        flow.y += 8
    if lk.name == "amt":
        flow.text(d.subject, bold=True, size=lk.size + 1, gap=4)
        first.append(Mark("frame", lk.left - 2, flow.y - 11, x2=lk.right, y2=flow.y - 2, gray=60))
    else:
        flow.text(d.subject, bold=True, gap=4)
    if d.salutation:
        flow.text(d.salutation, gap=3)
    for i, p in enumerate(d.paras):
        flow.text(p, gap=3)
        if i == 0 and d.table:
            flow.table(d.table)
    if d.closing:
        flow.text(d.closing, gap=10)
    for s in signer:
        flow.text(s, size=lk.size - 0.5)
    for title, lines in d.annex:
        if len(flow.pages) >= MAX_PAGES:
            break
        flow.y = flow.bottom + 1
        if not flow.room(1):
            break
        flow.text(title, bold=True, gap=4)
        for line in lines:
            flow.text(line, gap=2)
    return flow.pages
