"""Four wave-4 page designs, plus the marks people add after the letter arrives.

Designs: a dark band across the top with the sender inside it, a right-hand sidebar with the
sender's details, a centred letterhead, and a private letter with the sender's address in plain
lines. Faces not used by the other generators (narrow, mono, condensed serif). Stamps and notes
('EINGANG 12. NOV. 2026', 'erl. 3.12.') carry dates that are not the letter date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from mailsort_lab.blind import paint
from mailsort_lab.blind.paint import Mark, wrap
from mailsort_lab.wave4.letter import Letter

# Drawing is shared infrastructure (blind/paint.py); the faces are wave 4's own.
paint.FACES.update({
    "w4-narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf"),
    "w4-mono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "w4-cserif": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf"),
    "w4-hand": ("dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "w4-stamp": ("dejavu/DejaVuSansMono-Bold.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf"),
})
DESIGNS = ["band", "sidebar", "centred", "private"]
MONTHS_SHORT = ["JAN", "FEB", "MÄRZ", "APR", "MAI", "JUNI", "JULI", "AUG", "SEP", "OKT", "NOV", "DEZ"]


@dataclass
class Design:
    name: str
    face: str
    size: float
    shade: int

    @classmethod
    def pick(cls, rng: random.Random, private: bool) -> "Design":
        name = "private" if private else rng.choice(DESIGNS[:3])
        return cls(name, rng.choice(["w4-narrow", "w4-cserif", "w4-mono", "lsans", "w4-narrow"]),
                   rng.choice([9.5, 10.0, 10.5]), rng.choice([30, 60, 90]))


def dateline(letter: Letter, day: date, lang: str, rng: random.Random) -> str:
    from mailsort_lab.wave4.due import write_de, write_en
    if lang == "en":
        return rng.choice([write_en(day, rng), f"{letter.sender.town}, {write_en(day, rng)}"])
    return rng.choice([f"{letter.sender.town}, {write_de(day, rng)}", f"{letter.sender.town}, den {write_de(day, rng)}",
                       f"Datum: {write_de(day, rng)}", write_de(day, rng)])


def _head(letter: Letter, dz: Design) -> tuple[list[Mark], float, float]:
    """Letterhead marks, the body's right edge and where the window starts."""
    s = letter.sender
    contact = [s.street, s.city, f"post@{s.domain}"]
    if dz.name == "band":
        return [Mark("fill", 0, 0, x2=210, y2=24, gray=dz.shade),
                Mark("text", 22, 13, s.name, dz.face, True, 14, gray=255),
                Mark("text", 22, 20, " · ".join(contact), dz.face, size=7.5, gray=235)], 188, 48
    if dz.name == "sidebar":
        m = [Mark("line", 150, 12, x2=150, y2=280, gray=dz.shade)]
        y = 20.0
        for part in wrap(s.name, 42, dz.face, True, 10):
            m.append(Mark("text", 155, y, part, dz.face, True, 10))
            y += 5
        for line in contact + s.extra:
            for part in wrap(line, 42, dz.face, False, 7):
                m.append(Mark("text", 155, y + 3, part, dz.face, size=7))
                y += 3.6
        return m, 142, 45
    if dz.name == "centred":
        m = [Mark("text", 105, 18, s.name.upper(), dz.face, True, 13, "c"),
             Mark("line", 40, 22, x2=170, y2=22, gray=dz.shade),
             Mark("text", 105, 27, " | ".join(contact), dz.face, size=7.5, align="c")]
        for i, line in enumerate(s.extra[:2]):
            m.append(Mark("text", 105, 284 + 3.5 * i, line, dz.face, size=6.5, align="c"))
        return m, 188, 50
    m = [Mark("text", 188, 18 + 4.5 * i, line, dz.face, size=9.5, align="r")
         for i, line in enumerate([s.name, s.street, s.city])]
    return m, 188, 52


def stamp(day: date, rng: random.Random) -> tuple[list[Mark], str]:
    """A received stamp a few days after the letter date, in the free lower right of page 1."""
    got = day + timedelta(days=rng.randint(2, 9))
    x, y = rng.uniform(115, 145), rng.uniform(205, 240)
    word = rng.choice(["EINGANG", "EINGEGANGEN", "Eingang", "RECEIVED"])
    when = rng.choice([f"{got.day:02d}. {MONTHS_SHORT[got.month - 1]}. {got.year}", f"{got:%d.%m.%Y}",
                       f"{got:%d. %m. %y}"])
    g = rng.choice([60, 90, 120])
    return [Mark("frame", x, y, x2=x + 45, y2=y + 17, gray=g),
            Mark("text", x + 22.5, y + 7, word, "w4-stamp", True, 10, "c", gray=g),
            Mark("text", x + 22.5, y + 13.5, when, "w4-stamp", True, 10, "c", gray=g)], "stamp-received"


def note(day: date, rng: random.Random) -> tuple[list[Mark], str]:
    """A handwritten-looking note with a later date in a margin."""
    later = day + timedelta(days=rng.randint(3, 30))
    text = rng.choice([f"erl. {later.day}.{later.month}.", f"Wv. {later:%d.%m.}", f"bez. {later:%d.%m.%y} MK",
                       f"an StB {later.day}.{later.month}.{later.year % 100}", f"Kopie Buchh. {later:%d.%m.}"])
    x, y = rng.choice([(150, 258), (24, 262), (120, 250), (160, 200)])
    return [Mark("text", x, y, text, "w4-hand", rng.random() < 0.5, rng.choice([12, 14, 16]), gray=40)], "note-handwritten"


def lay_out(letter: Letter, block: list[str], dateline_text: str, dz: Design, extras: list[Mark],
            lang: str, rng: random.Random) -> list[list[Mark]]:
    head, right, top = _head(letter, dz)
    left = rng.uniform(20, 26)
    m = list(head)
    s = letter.sender
    m.append(Mark("text", left, top - 3, f"{s.name} · {s.street} · {s.city}"[:90], dz.face, size=6, gray=70))
    y = top + 3
    for line in block:
        m.append(Mark("text", left, y, line, dz.face, size=dz.size + 0.5))
        y += 4.6
    ry = top + 3
    for k, v in letter.refs:
        m.append(Mark("text", right - 45 if dz.name != "sidebar" else 105, ry, f"{k}: {v}", dz.face, size=7.5))
        ry += 4
    if dateline_text:
        m.append(Mark("text", right, max(y, ry) + 6, dateline_text, dz.face, size=dz.size, align="r"))
    y = max(y, ry) + 18
    width = right - left
    for part in wrap(letter.subject, width, dz.face, True, dz.size + 1):
        m.append(Mark("text", left, y, part, dz.face, True, dz.size + 1))
        y += 5.5
    y += 4
    pages = []
    lines = [letter.greeting, *letter.paras, letter.closing]
    for para in lines:
        for chunk in para.split("\n"):
            for part in wrap(chunk, width, dz.face, False, dz.size):
                if y > 268:
                    pages.append(m)
                    m, y = [Mark("text", left, 20, f"{s.name} – Seite {len(pages) + 1}", dz.face, size=7)], 32
                m.append(Mark("text", left, y, part, dz.face, size=dz.size))
                y += dz.size * 0.47
        y += 3
    pages.append(m)
    pages[0].extend(extras)
    return pages
