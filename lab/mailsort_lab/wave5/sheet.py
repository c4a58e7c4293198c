"""Wave-5 page designs, drawn as blind/paint marks (millimetres, A4).

Designs: 'rule' (light brand name over a thin rule, sometimes on a pale band across the top,
contact in a right column), 'leftbar' (a
shaded column on the left below the window), 'legalfoot' (brand top right, a three-column footer
with the legal name, register and bank), 'office' (a public office's block with file number,
clerk, room and office hours beside the window, the date inside it), 'memo' (English: references
and date above the address), 'private' (a person's letter, address line at the top right).
Faces the other generators do not use: DejaVu Sans ExtraLight, Liberation Serif, condensed italics.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from mailsort_lab.blind import paint
from mailsort_lab.blind.paint import Mark, wrap
from mailsort_lab.wave5 import senders
from mailsort_lab.wave5.senders import Sender

paint.FACES.update({
    "w5-light": ("dejavu/DejaVuSans-ExtraLight.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "w5-serif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "w5-cond-it": ("dejavu/DejaVuSansCondensed-Oblique.ttf", "dejavu/DejaVuSansCondensed-BoldOblique.ttf"),
    "w5-cserif-it": ("dejavu/DejaVuSerifCondensed-Italic.ttf", "dejavu/DejaVuSerifCondensed-BoldItalic.ttf"),
    "w5-narrow-it": ("liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf"),
    "w5-dserif-it": ("dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "w5-stamp": ("liberation/LiberationMono-Bold.ttf", "liberation/LiberationMono-BoldItalic.ttf"),
})
DESIGNS = ["rule", "leftbar", "legalfoot", "office", "memo", "private"]
BODY_FACES = ["w5-serif", "w5-serif", "lsans", "w5-cond-it", "w5-cserif-it", "w5-narrow-it"]


@dataclass
class Letter:
    sender: Sender
    category: str
    subject: str
    paras: list[str]
    greeting: str
    closing: list[str]
    signer: str | None = None
    fine: list[str] = field(default_factory=list)       # small print for a last page
    table: list[tuple[str, str, str]] = field(default_factory=list)   # an enclosure's rows


@dataclass
class Design:
    name: str
    face: str
    size: float
    gray: int
    extras: dict = field(default_factory=dict)

    @classmethod
    def pick(cls, rng: random.Random, sender: Sender, category: str, lang: str) -> "Design":
        if sender.person:
            name = "private"
        elif lang == "en":
            name = rng.choice(["memo", "memo", "rule", "legalfoot"])
        elif category in ("tax", "authority") or (category == "legal" and "gericht" in sender.name.lower()):
            name = rng.choice(["office", "office", "rule"])
        else:
            name = rng.choice(["rule", "leftbar", "legalfoot", "legalfoot"])
        extras = {"hours": rng.random() < 0.5, "tagline": rng.random() < 0.4, "web": rng.random() < 0.7,
                  "dept": rng.random() < 0.6, "return": rng.random() < 0.75, "band": rng.random() < 0.4}
        return cls(name, rng.choice(BODY_FACES), rng.choice([10.0, 10.5, 11.0]), rng.choice([40, 80, 120]), extras)


def _t(x, y, text, face="lsans", size=9.0, bold=False, align="l", gray=0) -> Mark:
    return Mark("text", x, y, text, face, bold, size, align, gray=gray)


def _contact(s: Sender, dz: Design, lang: str, rng: random.Random) -> list[str]:
    lines = [s.street, s.city, ("Tel. " if lang == "de" else "Phone ") + senders.phone(rng)]
    if dz.extras["web"]:
        lines.append("www." + s.domain)
    lines.append(rng.choice(["info", "kontakt", "service", "post"]) + "@" + s.domain)
    if dz.extras["hours"]:
        lines.append(rng.choice(senders.HOURS_EN if lang == "en" else senders.HOURS_DE))
    return lines


def _footer(s: Sender, lang: str, rng: random.Random, y: float = 280) -> list[Mark]:
    reg = f"Amtsgericht {s.town} HRB {rng.randint(1000, 99999)}" if lang == "de" else f"Company no. {rng.randint(10**6, 10**7)}"
    boss = ("Geschäftsführung: " if lang == "de" else "Directors: ") + rng.choice(
        ["Tilo Hansen", "Dr. Wiebke Arndt", "Rasmus Feld, Olga Brenner", "Nele Sauer"])
    cols = [[s.name, f"{s.street}, {s.city}"], [reg, boss],
            [f"IBAN DE{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
             f"USt-IdNr. DE{rng.randint(100000000, 999999999)}" if lang == "de" else f"VAT DE{rng.randint(10**8, 10**9)}"]]
    out = [Mark("line", 20, y - 5, x2=190, y2=y - 5, gray=120)]
    for i, col in enumerate(cols):
        for j, line in enumerate(col):
            out.append(_t(20 + i * 58, y + j * 3.4, line, "lsans", 6.5, gray=60))
    return out


def _window(block: list[str], return_line: str | None, x: float = 22, y: float = 52) -> list[Mark]:
    out = []
    if return_line:
        out += [_t(x, y - 6, return_line, "lsans", 6.5), Mark("line", x, y - 5.2, x2=x + 82, y2=y - 5.2, gray=90)]
    return out + [_t(x, y + i * 4.6, line, "lsans", 10) for i, line in enumerate(block)]


def head(s: Sender, dz: Design, lang: str, rng: random.Random, dateline: str, refs: list[str],
         block: list[str]) -> tuple[list[Mark], float, float, float]:
    """Letterhead, window and date: (marks, body left, body right, body top)."""
    contact = _contact(s, dz, lang, rng)
    ret = " · ".join([s.head, s.street, s.city]) if dz.extras["return"] else None
    dept = rng.choice(s.dept) if s.dept and dz.extras["dept"] else None
    tag = rng.choice(senders.TAGLINES_EN if lang == "en" else senders.TAGLINES_DE) if dz.extras["tagline"] else None
    m: list[Mark] = []
    left, right, top = 22.0, 190.0, 100.0
    if dz.name == "rule":
        if dz.extras["band"]:      # a pale band across the top, dark letters on it
            m.append(Mark("fill", 0, 6, x2=210, y2=27, gray=222))
        m += [Mark("circle", 20, 12, x2=30, y2=22, gray=dz.gray), _t(34, 20.5, s.head, "w5-light", 19)]
        m += [Mark("line", 20, 27, x2=190, y2=27, gray=dz.gray)]
        if tag:
            m.append(_t(34, 25, tag, "w5-cond-it", 7.5, gray=70))
        m += [_t(190, 36 + i * 3.8, c, "lsans", 7.5, align="r") for i, c in enumerate(contact)]
        if dept:
            m.append(_t(190, 36 + len(contact) * 3.8 + 2, dept, "lsans", 7.5, True, "r"))
        m += _window(block, ret)
        m.append(_t(190, 92, dateline, "lsans", 9.5, align="r"))
    elif dz.name == "leftbar":
        m += [_t(20, 22, s.head.upper(), "w5-light", 17), Mark("fill", 0, 100, x2=50, y2=270, gray=235)]
        if tag:
            m.append(_t(20, 28, tag, "w5-narrow-it", 8, gray=60))
        info = ([dept] if dept else []) + contact
        for i, c in enumerate(info):
            for k, part in enumerate(wrap(c, 28, "w5-narrow-it", False, 7.5)[:2]):
                m.append(_t(6, 108 + i * 8 + k * 3.3, part, "w5-narrow-it", 7.5, i == 0 and bool(dept)))
        m += _window(block, ret)
        m.append(_t(190, 96, dateline, "lsans", 9.5, align="r"))
        left = 58.0
    elif dz.name == "legalfoot":
        m += [_t(190, 20, s.head, "w5-serif", 20, True, "r")]
        if tag:
            m.append(_t(190, 26, tag, "w5-cserif-it", 8, align="r", gray=80))
        m += [_t(190, 48 + i * 3.6, c, "w5-serif", 7.5, align="r") for i, c in enumerate(contact[:4])]
        m += _window(block, ret)
        m += [_t(left, 96, " · ".join(refs), "lsans", 7.5), _t(190, 96, dateline, "lsans", 9.5, align="r")]
        m += _footer(s, lang, rng)
    elif dz.name == "office":
        m += [_t(20, 16, s.name, "w5-serif", 13, True), Mark("line", 20, 19, x2=110, y2=19)]
        m.append(_t(20, 24, f"{s.street} · {s.city}", "w5-serif", 8))
        info = ([dept] if dept else []) + refs + ["Zimmer " + str(rng.randint(101, 480)),
                                                   "Tel. " + senders.phone(rng)]
        if dz.extras["hours"]:
            info.append(rng.choice(senders.HOURS_DE))
        info.append(dateline)
        m += [_t(128, 50 + i * 4.2, c, "lsans", 7.8) for i, c in enumerate(info)]
        m += _window(block, f"{s.name}, {s.city}" if ret else None)
    elif dz.name == "memo":
        m += [_t(190, 20, s.head, "w5-light", 18, align="r"), _t(190, 26, " | ".join(contact[:3]), "lsans", 7, align="r")]
        if tag:
            m.append(_t(190, 30, tag, "w5-cond-it", 7.5, align="r", gray=80))
        m += [_t(22, 42, dateline, "lsans", 9.5)] + [_t(22, 47 + i * 4, r, "lsans", 8) for i, r in enumerate(refs)]
        m += _window(block, None, y=64)
        top = 104.0
        m += _footer(s, lang, rng, 282)
    else:  # private
        m += [_t(190, 18 + i * 4.5, c, "w5-dserif-it", 9.5, align="r") for i, c in enumerate([s.name, s.street, s.city])]
        m += _window(block, f"{s.name}, {s.street}, {s.city}" if ret else None)
        m.append(_t(190, 92, dateline, "w5-dserif-it", 10, align="r"))
    return m, left, right, top


def lay_out(letter: Letter, dz: Design, lang: str, rng: random.Random, dateline: str, refs: list[str],
            block: list[str], extras: list[Mark]) -> list[list[Mark]]:
    """The letter on as many pages as it needs, plus an enclosure page when it has rows."""
    marks, left, right, y = head(letter.sender, dz, lang, rng, dateline, refs, block)
    pages = [marks + extras]
    face, size = dz.face, dz.size
    step = size * 0.45

    def line(text: str, bold: bool = False) -> None:
        nonlocal y
        if y > 258:
            pages.append([])
            y = 30.0
        pages[-1].append(_t(left, y, text, face, size, bold))
        y += step

    for part in wrap(letter.subject, right - left, face, True, size):
        line(part, True)
    y += step
    def paras(texts: list[str]) -> None:
        nonlocal y
        for para in texts:
            for raw in para.split("\n"):
                for part in wrap(raw, right - left, face, False, size):
                    line(part)
            y += step * 0.8

    paras([letter.greeting, *letter.paras, letter.closing[0]])
    if letter.signer:          # a signature in ink between the closing and the typed name
        line("")
        pages[-1].append(_t(left + 2, y - 1, letter.signer, "w5-dserif-it", 13, gray=50))
        y += step
    paras(["\n".join(letter.closing[1:])] if letter.closing[1:] else [])
    paras(letter.fine)
    if letter.table:
        rows = [_t(22, 28, "Anlage" if lang == "de" else "Enclosure", "lsans", 12, True)]
        for i, (a, b, c) in enumerate(letter.table):
            yy = 40 + i * 6
            rows += [_t(22, yy, a, "lsans", 9), _t(60, yy, b, "lsans", 9), _t(188, yy, c, "lsans", 9, align="r")]
        pages.append(rows)
    n = len(pages)
    if n > 1:
        for i, p in enumerate(pages):
            p.append(_t(105, 290, (f"Seite {i + 1} von {n}" if lang == "de" else f"Page {i + 1} of {n}"), "lsans", 7,
                        align="c"))
    return pages
