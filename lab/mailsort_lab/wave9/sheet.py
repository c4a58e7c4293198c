"""Wave 9's stationery: letterhead as a sidebar, a top line or a boxed name; window left or right; info as a
box, a column or a DIN reference line; the date alone, with place, or in the info; folding marks; footers."""

from __future__ import annotations

import random

from mailsort_lab.render.layout import Design, Mark, Rule, Scribble, Text, wrap
from mailsort_lab.wave9.letters import Doc
from mailsort_lab.wave9.senders import contact, country, iban

BOTTOM = 258.0
EXTRA = {
    "de": [("Anlage: Hinweise zur Zahlung", ["Bitte geben Sie bei jeder Zahlung die Rechnungs- oder Vorgangsnummer an, damit wir Ihre Zahlung "
                                              "zuordnen können. Teilzahlungen verrechnen wir zunächst auf Kosten und Zinsen.",
                                              "Unsere Geschäftszeiten: Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 13 Uhr."]),
           ("Anlage: Information nach Art. 13 DSGVO", ["Wir verarbeiten Ihre Kontaktdaten ausschließlich zur Abwicklung dieses Vorgangs. "
                                                       "Eine Weitergabe an Dritte erfolgt nur, soweit dies gesetzlich erlaubt ist.",
                                                       "Ihre Rechte auf Auskunft, Berichtigung, Löschung und Beschwerde bleiben unberührt."])],
    "en": [("Enclosure: How to pay", ["Please quote your reference with every payment. Payments by card can be made through our customer portal.",
                                      "Our accounts team is available Monday to Friday, 9 am to 5 pm."]),
           ("Enclosure: Data protection", ["We use your details only to administer your account and as required by law.",
                                           "You may ask us for a copy of the personal data we hold about you."])],
}


class _Pages:
    def __init__(self, doc: Doc, d: Design):
        self.doc, self.d, self.pages, self.y = doc, d, [[]], 0.0

    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.ops.append(Text(190, 14, f"{self.doc.sender.name} – {self.doc.subject}"[:90], size=7.5, grey=100, align="right"))
        self.y = 26.0

    def line(self, text: str, style: str = "regular", gap: float = 5.0, x: float = 25.0) -> None:
        if self.y > BOTTOM:
            self.new_page()
        self.ops.append(Text(x, self.y, text, style=style, size=self.d.typeface.body_pt))
        self.y += gap

    def para(self, text: str, width: float = 160.0) -> None:
        for ln in wrap(text, width, self.d.typeface):
            self.line(ln)
        self.y += 2.5


def lay_out(doc: Doc, rng: random.Random, length: int) -> tuple[list, Design, list[str]]:
    d = Design.pick(rng)
    s, acc = doc.sender, d.accent
    win = "right" if rng.random() < 0.3 else "left"
    head = rng.choice(("topline", "boxed", "sidebar", "stacked"))
    info = rng.choice(("box", "column", "refline"))
    top = 27.0 if d.form == "A" else 45.0
    p = _Pages(doc, d)
    ops = p.ops
    if head == "topline":
        ops.append(Text(25, 16, s.name.upper() if len(s.name) < 36 else s.name, style="bold", size=12, color=acc))
        ops.append(Text(190, 16, f"{s.street} | {s.city}", size=7.5, align="right", grey=70))
        ops.append(Rule(25, 19, 190, 19, width=0.5, color=acc))
    elif head == "boxed":
        ops.append(Rule(120, 10, 190, 10, width=0.3))
        ops.append(Rule(120, 24, 190, 24, width=0.3))
        ops.append(Text(155, 16, s.name if len(s.name) < 34 else s.name[:34].rsplit(" ", 1)[0], style="bold", size=10, align="center", color=acc))
        ops.append(Text(155, 21, f"{s.street}, {s.city}", size=7, align="center"))
    elif head == "sidebar":
        ops.append(Rule(14, 10, 14, 285, width=1.2, grey=150, color=acc))
        ops.append(Text(25, 18, s.name, style="bold", size=13 if len(s.name) < 40 else 10))
        ops.append(Text(25, 23, s.street + " · " + s.city, size=8, grey=80))
    else:
        if d.logo != "none":
            ops.append(Mark(d.logo, 172, 8, 16, 16, initials="".join(w[0] for w in s.name.split()[:2] if w[:1].isalpha()), color=acc))
        for i, part in enumerate(wrap(s.name, 120, d.typeface, "bold", 12)[:2]):
            ops.append(Text(25, 15 + 6 * i, part, style="bold", size=12, color=acc))
    # window
    wx = 25.0 if win == "left" else 118.0
    ops.append(Text(wx, top + 4, f"{s.name} · {s.street} · {s.city.split(',')[0]}"[:75], size=6, underline=rng.random() < 0.6, grey=30))
    if rng.random() < 0.2:
        ops.append(Text(wx, top + 11, "Vertraulich" if doc.lang == "de" else "Private & Confidential", style="bold", size=8))
    for i, ln in enumerate(doc.block):
        ops.append(Text(wx, top + 17 + 4.5 * i, ln, size=10))
    cont = contact(s, rng)
    rows = list(doc.info)
    date_alone = not any(k in ("Datum", "Date") for k, _ in rows) or rng.random() < 0.3
    if date_alone:
        rows = [r for r in rows if r[0] not in ("Datum", "Date")]
    rows.append(("Telefon" if doc.lang == "de" else "Tel.", cont[0]))
    if rng.random() < 0.5:
        rows.append(("E-Mail" if doc.lang == "de" else "Email", cont[1]))
    y = top + 55
    if info in ("box", "column"):
        ix = 128.0 if win == "left" else 25.0
        if info == "box":
            ops.append(Rule(ix - 2, top + 2, ix + 64, top + 2, width=0.2, grey=120))
            ops.append(Rule(ix - 2, top + 6 + 5 * len(rows), ix + 64, top + 6 + 5 * len(rows), width=0.2, grey=120))
        for i, (k, v) in enumerate(rows):
            ops.append(Text(ix, top + 7 + 5 * i, f"{k}:", size=8, grey=60))
            ops.append(Text(ix + 30, top + 7 + 5 * i, v, size=8.5))
        y = max(y, top + 14 + 5 * len(rows))
    else:
        for i, (k, v) in enumerate(rows[:4]):
            ops.append(Text(25 + 41 * i, top + 51, k, size=6.5, grey=90))
            ops.append(Text(25 + 41 * i, top + 55, v, size=8.5))
        y = top + 64
    p.y = y
    tags = [f"window-{win}", f"head-{head}", f"info-{info}", f"din-form-{d.form}"]
    if date_alone:
        place = s.city.split(" ", 1)[1].split(",")[0] if s.city[:1].isdigit() else ""
        txt = f"{place}, den {doc.date_text}" if place and doc.lang == "de" and rng.random() < 0.5 else \
            f"{place}, {doc.date_text}" if place and rng.random() < 0.5 else doc.date_text
        p.ops.append(Text(190, p.y, txt, align="right", size=d.typeface.body_pt))
        p.y += 9
        tags.append("date-line")
    p.line(doc.subject, style="bold", gap=9)
    p.line(doc.salutation, gap=7)
    p.para(doc.paragraphs[0])
    if doc.table:
        xs = (25, 35, 125, 140, 185)
        for r, row in enumerate(doc.table):
            if p.y > BOTTOM:
                p.new_page()
            for j, cell in enumerate(row):
                p.ops.append(Text(xs[j], p.y, cell, size=9, style="bold" if r == 0 else "regular", align="right" if j == 4 else "left"))
            if r == 0:
                p.ops.append(Rule(25, p.y + 1.5, 185, p.y + 1.5, width=0.2))
            p.y += 5
        p.y += 3
    for para in doc.paragraphs[1:]:
        p.para(para)
    p.line(doc.closing, gap=6)
    if doc.sender.kind not in ("finanzamt", "court", "court-mahn", "register"):
        p.ops.append(Scribble([(27 + i * 3.2, p.y + 3 + rng.uniform(-2.5, 2.5)) for i in range(8)]))
        p.y += 11
    for ln in doc.signature:
        p.line(ln, gap=4.5)
    pool = list(EXTRA[doc.lang])
    while len(p.pages) < length and pool:
        title, paras = pool.pop(rng.randrange(len(pool)))
        p.new_page()
        p.line(title, style="bold", gap=8)
        for para in paras:
            p.para(para)
    ib = f"IBAN {iban(rng, country(s))}" if s.kind not in ("court", "court-mahn", "register") else ""
    foot = [f"{s.name} · {s.street} · {s.city}", " · ".join(cont[1:]), " · ".join(x for x in (s.register, ib) if x)]
    marks = rng.random() < 0.65
    for n, page in enumerate(p.pages, 1):
        for i, ln in enumerate(x for x in foot if x):
            page.append(Text(105, 276 + 3.5 * i, ln[:120], size=6.5, align="center", grey=70))
        if len(p.pages) > 1:
            page.append(Text(105, 291, f"– {n} –" if rng.random() < 0.3 else (f"Seite {n}/{len(p.pages)}" if doc.lang == "de" else f"Page {n} of {len(p.pages)}"), size=7, align="center"))
        if marks and n == 1:
            for fy in ((87, 192) if d.form == "A" else (105, 210)):
                page.append(Rule(3, fy, 7, fy, width=0.2, grey=120))
    tags += ["fold-marks"] if marks else []
    return p.pages, d, tags
