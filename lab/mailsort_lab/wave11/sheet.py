"""Wave 11's stationery: letterheads (bar, centred, right stack, sidebar, three columns, type logo,
authority form), the window left or right, the date in one of six places, tables and boxed text,
any line spacing. Pages are lists of the shared drawing operations (render.layout)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mailsort_lab.render.fonts import FAMILIES, PT_TO_MM, Typeface
from mailsort_lab.render.layout import ACCENTS, Design, Mark, Rule, Scribble, Text, luminance, wrap
from mailsort_lab.wave11.doc import Doc

HEADS = ("bar", "center", "right-stack", "sidebar", "columns", "type-logo")
BOTTOM = 262.0

FILLER = {
    "de": [("Allgemeine Geschäftsbedingungen (Auszug)", [
        "1. Geltungsbereich. Diese Bedingungen gelten für alle Verträge mit Unternehmern im Sinne des § 14 BGB. "
        "Abweichende Bedingungen des Kunden werden nicht Vertragsbestandteil, auch wenn wir ihnen nicht ausdrücklich widersprechen.",
        "2. Preise. Alle Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer. Versandkosten werden gesondert ausgewiesen.",
        "3. Eigentumsvorbehalt. Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
        "4. Gewährleistung. Offensichtliche Mängel sind unverzüglich schriftlich anzuzeigen. Die Verjährungsfrist für "
        "Mängelansprüche beträgt ein Jahr ab Ablieferung.",
        "5. Haftung. Wir haften unbeschränkt bei Vorsatz und grober Fahrlässigkeit, im Übrigen nur bei Verletzung "
        "wesentlicher Vertragspflichten und begrenzt auf den vorhersehbaren, vertragstypischen Schaden.",
        "6. Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz unseres Unternehmens. Es gilt deutsches Recht."]),
        ("Hinweise zum Datenschutz", [
        "Wir verarbeiten Ihre personenbezogenen Daten zur Durchführung des Vertragsverhältnisses (Art. 6 Abs. 1 lit. b DSGVO) "
        "sowie zur Erfüllung gesetzlicher Aufbewahrungspflichten (Art. 6 Abs. 1 lit. c DSGVO).",
        "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein "
        "Beschwerderecht bei der zuständigen Aufsichtsbehörde.",
        "Unseren Datenschutzbeauftragten erreichen Sie unter der im Briefkopf genannten Anschrift mit dem Zusatz "
        "„Datenschutz“."]),
        ("Erläuterungen", [
        "Die Berechnung beruht auf den Ihnen vorliegenden Unterlagen und den bei uns gespeicherten Daten. Bitte prüfen "
        "Sie die Angaben sorgfältig und teilen Sie uns Abweichungen mit.",
        "Zahlungen ordnen wir anhand des Verwendungszwecks zu. Geben Sie deshalb bei jeder Überweisung das Zeichen "
        "oder die Nummer dieses Schreibens an.",
        "Weitere Informationen und Formulare finden Sie auf unserer Internetseite."])],
    "en": [("Terms and conditions (extract)", [
        "1. These terms apply to all supplies of goods and services. Any terms proposed by the customer are excluded.",
        "2. Prices are exclusive of VAT, which is charged at the applicable rate where required.",
        "3. Title in goods passes on payment in full; risk passes on delivery.",
        "4. Our liability for indirect or consequential loss is excluded to the extent permitted by law.",
        "5. These terms are governed by the laws of England and Wales and the courts of England have exclusive jurisdiction."]),
        ("How we use your information", [
        "We process business contact data to perform our contract with you and to comply with legal obligations.",
        "You may ask us for a copy of the data we hold, or ask us to correct it. Contact our data protection officer "
        "at the address shown overleaf."])],
}


@dataclass
class Sheet:
    head: str
    window: str               # left | right
    tf: Typeface
    lead: float               # line pitch as a multiple of the type size
    accent: tuple | None
    frame: bool               # a ruled frame around the address window
    return_line: bool
    footer_cols: int
    logo: str

    @property
    def design(self) -> Design:
        return Design(typeface=self.tf)

    @classmethod
    def pick(cls, rng: random.Random, form: bool) -> "Sheet":
        head = "form" if form else rng.choice(HEADS)
        window = "left" if head == "sidebar" else rng.choices(("left", "right"), (76, 24))[0]
        return cls(head=head, window=window,
                   tf=Typeface(rng.choice(sorted(FAMILIES)), rng.choice((9.5, 10.0, 10.5, 11.0, 11.0, 11.5, 12.0))),
                   lead=rng.choice((1.12, 1.2, 1.25, 1.3, 1.4, 1.55)),
                   accent=rng.choice(ACCENTS) if rng.random() < 0.55 and not form else None,
                   frame=form or rng.random() < 0.15, return_line=rng.random() < 0.75,
                   footer_cols=rng.choice((0, 1, 2, 3, 4)) if not form else rng.choice((0, 1)),
                   logo=rng.choice(("circle", "square", "diamond", "bars", "none")))


def _fit(tf: Typeface, text: str, width: float, size: float, style: str = "regular", floor: float = 6.0) -> float:
    while size > floor and tf.width(text, style, size) > width:
        size -= 0.25
    return size


def _letterhead(doc: Doc, s: Sheet) -> tuple[list, float, float]:
    """Ops, the right edge of the body text and the y where the letterhead ends."""
    o, tf, org = [], s.tf, doc.org
    grey = luminance(s.accent) if s.accent else 0
    right = 190.0
    addr = f"{org.street} · {org.city}"
    contact = org.contact()
    if s.head == "bar":
        size = _fit(tf, org.name, 150, 18, "bold")
        o.append(Text(20, 18, org.name, "bold", size, grey=grey, color=s.accent))
        y = 23.5
        if org.tagline:
            o.append(Text(20, y, org.tagline, "italic", 9, grey=60))
            y += 4
        o.append(Text(20, y, " · ".join([addr, *contact[:2]]), "regular", _fit(tf, " · ".join([addr, *contact[:2]]), 170, 7.5), grey=70))
        o.append(Rule(20, y + 2.5, 190, y + 2.5, 0.6, grey=grey, color=s.accent))
        return o, right, y + 3
    if s.head == "center":
        size = _fit(tf, org.name.upper(), 165, 16, "bold")
        o.append(Text(105, 16, org.name.upper(), "bold", size, "center", grey=grey, color=s.accent))
        if org.tagline:
            o.append(Text(105, 21, org.tagline, "italic", 9, "center"))
        line = "  |  ".join([addr, *contact[:2]])
        o.append(Text(105, 25.5, line, "regular", _fit(tf, line, 170, 7.5), "center", grey=50))
        o += [Rule(35, 28, 175, 28, 0.3), Rule(35, 29, 175, 29, 0.3)]
        return o, right, 30
    if s.head == "right-stack":
        size = _fit(tf, org.name, 110, 14, "bold")
        o.append(Text(190, 14, org.name, "bold", size, "right", grey=grey, color=s.accent))
        y = 19.0
        for ln in [org.tagline, org.street, org.city, *contact]:
            if ln:
                o.append(Text(190, y, ln, "regular", 8, "right", grey=40))
                y += 3.4
        if s.logo != "none":
            o.append(Mark(s.logo, 20, 8, 16, 16, grey=grey or 60, color=s.accent,
                          initials="".join(w[0] for w in org.name.split()[:2] if w[0].isalpha()).upper()
                          if s.logo in ("circle", "square") else ""))
        return o, right, max(y, 26)
    if s.head == "sidebar":
        x = 158.0
        o.append(Rule(153, 10, 153, 255, 0.2, grey=150))
        y = 16.0
        for part in wrap(org.name, 40, tf, "bold", 10):
            o.append(Text(x, y, part, "bold", 10, grey=grey, color=s.accent))
            y += 4.5
        y += 3
        for ln in [org.street, org.city, "", *contact, "", *org.extra, "", "IBAN", org.account]:
            for part in wrap(ln, 40, tf, size=7) if ln else [""]:
                if part:
                    o.append(Text(x, y, part, "regular", 7, grey=40))
                y += 3.2
        return o, 148.0, 12
    if s.head == "columns":
        size = _fit(tf, org.name, 170, 15, "bold")
        o.append(Text(20, 15, org.name, "bold", size, grey=grey, color=s.accent))
        cols = [[org.street, org.city], contact[:3], [f"IBAN {org.account}", *org.extra[:1]]]
        for i, col in enumerate(cols):
            for j, ln in enumerate(col):
                o.append(Text(20 + i * 58, 21 + j * 3.3, ln, "regular", _fit(tf, ln, 55, 7), grey=60))
        o.append(Rule(20, 32, 190, 32, 0.2, grey=grey, color=s.accent))
        return o, right, 33
    if s.head == "type-logo":
        word = org.name.split()[0].upper().strip(",")
        word = " ".join(word) if len(word) < 12 else word
        size = _fit(tf, word, 120, 22, "bold")
        o.append(Text(20, 20, word, "bold", size, grey=grey, color=s.accent))
        o.append(Text(20, 25.5, org.name, "regular", 8.5, grey=80))
        if org.tagline:
            o.append(Text(20, 29, org.tagline, "italic", 8, grey=80))
        o.append(Rule(150, 12, 150, 30, 0.8, grey=grey, color=s.accent))
        for j, ln in enumerate([org.street, org.city, *contact[:2]]):
            o.append(Text(153, 14 + j * 3.6, ln, "regular", _fit(tf, ln, 37, 7), grey=50))
        return o, right, 31
    # form: a public body's printed form
    o.append(Text(20, 14, org.name, "bold", _fit(tf, org.name, 110, 12, "bold")))
    y = 18.5
    for ln in [org.tagline, org.street, org.city, *contact[:1]]:
        if ln:
            o.append(Text(20, y, ln, "regular", 8))
            y += 3.5
    o.append(Text(190, 14, "Dienstgebäude / Öffnungszeiten" if doc.lang == "de" else "Office hours", "bold", 7, "right"))
    o.append(Text(190, 17.5, "Mo, Di, Do 8–12 Uhr · Do 13–18 Uhr" if doc.lang == "de" else "Mon–Fri 9:00–16:00",
                  "regular", 7, "right"))
    return o, right, y


def _window(doc: Doc, s: Sheet, top: float) -> list:
    o = []
    x = 22.0 if s.window == "left" else 112.0
    if s.frame:
        o += [Rule(x - 2, top, x + 83, top, 0.15, grey=120), Rule(x - 2, top + 45, x + 83, top + 45, 0.15, grey=120),
              Rule(x - 2, top, x - 2, top + 45, 0.15, grey=120), Rule(x + 83, top, x + 83, top + 45, 0.15, grey=120)]
    if s.return_line:
        ret = f"{doc.org.name} · {doc.org.street} · {doc.org.city}"
        o.append(Text(x, top + 6, ret, "regular", _fit(s.tf, ret, 80, 7, floor=5), underline=True, grey=30))
    else:
        o.append(Text(x, top + 6, "Deutsche Post  ENTGELT BEZAHLT" if doc.lang == "de" else "POSTAGE PAID", "bold", 6.5, grey=60))
    size = 10.5
    while size > 8 and max(s.tf.width(ln, "regular", size) for ln in doc.addr.lines) > 80:
        size -= 0.5
    lines = [p for ln in doc.addr.lines for p in wrap(ln, 80, s.tf, size=size)][:8]
    pitch = min(4.5, 30.0 / max(1, len(lines)))
    for i, ln in enumerate(lines):
        o.append(Text(x, top + 13 + i * pitch, ln, "regular", min(size, pitch / PT_TO_MM / 1.08)))
    return o


def _refs(doc: Doc, s: Sheet, top: float, right: float) -> tuple[list, list[tuple[str, str]]]:
    rows = list(doc.refs)
    if doc.date_place == "info":
        label = doc.date_label or ("Datum" if doc.lang == "de" else "Date")
        rows.insert(doc.rng.randrange(len(rows) + 1), (label, doc.date_text))
    if doc.date_place == "table" or not rows:
        return [], rows
    o = []
    x = 125.0 if s.window == "left" else 22.0
    if s.head == "sidebar":
        x = 105.0
    width = (right - x) if s.window == "left" else 85.0
    y = top + 8
    stacked = doc.rng.random() < 0.35
    for k, v in rows[:7]:
        if stacked:
            o.append(Text(x, y, k, "regular", 6.5, grey=90))
            o.append(Text(x, y + 3.4, v, "regular", _fit(s.tf, v, width, 9)))
            y += 7.8
        else:
            o.append(Text(x, y, f"{k}:", "regular", 8, grey=60))
            o.append(Text(x + 31, y, v, "regular", _fit(s.tf, v, width - 31, 8.5)))
            y += 4.3
    return o, []


def _grid(rows: list[tuple[str, str]], s: Sheet, y: float, right: float) -> tuple[list, float]:
    """A ruled reference table across the page: labels above, values below."""
    o, x0 = [], 20.0
    n = len(rows)
    w = (right - x0) / n
    o += [Rule(x0, y, right, y, 0.3), Rule(x0, y + 10, right, y + 10, 0.3)]
    for i, (k, v) in enumerate(rows):
        x = x0 + i * w
        o.append(Rule(x, y, x, y + 10, 0.2))
        o.append(Text(x + 1.2, y + 3.2, k, "regular", _fit(s.tf, k, w - 2.4, 6.5, floor=4.5), grey=70))
        o.append(Text(x + 1.2, y + 8.2, v, "regular", _fit(s.tf, v, w - 2.4, 9, floor=5.5)))
    o.append(Rule(right, y, right, y + 10, 0.2))
    return o, y + 16


def _footer(doc: Doc, s: Sheet) -> list:
    if s.footer_cols == 0 or s.head == "sidebar":
        return []
    lines = doc.org.footer()
    o = [Rule(20, 269, 190, 269, 0.15, grey=130)]
    if s.footer_cols == 1:
        text = " · ".join(lines)
        for i, part in enumerate(wrap(text, 168, s.tf, size=6.5)[:4]):
            o.append(Text(105, 273 + i * 3, part, "regular", 6.5, "center", grey=60))
        return o
    per = -(-len(lines) // s.footer_cols)
    w = 170 / s.footer_cols
    for c in range(s.footer_cols):
        for i, ln in enumerate(lines[c * per:(c + 1) * per]):
            o.append(Text(20 + c * w, 273 + i * 3, ln, "regular", _fit(s.tf, ln, w - 2, 6.5, floor=4.5), grey=60))
    return o


class _Flow:
    def __init__(self, doc: Doc, s: Sheet, right: float, y: float):
        self.doc, self.s, self.right, self.y = doc, s, right, y
        self.pages: list[list] = [[]]
        self.pt = s.tf.body_pt
        self.pitch = self.pt * s.lead * PT_TO_MM

    def room(self, need: float) -> None:
        if self.y + need > BOTTOM:
            self.pages.append([])
            self.y = 30.0

    def line(self, text: str, style: str = "regular", x: float = 20.0, size: float | None = None, align="left") -> None:
        self.room(self.pitch)
        self.y += self.pitch
        self.pages[-1].append(Text(x, self.y, text, style, size or self.pt, align))

    def para(self, text: str, style: str = "regular") -> None:
        for ln in wrap(text, self.right - 20.0 - 1, self.s.tf, style):
            self.line(ln, style)
        self.y += self.pitch * 0.5

    def table(self, head: list[str], rows: list[list[str]], widths: list[float] | None) -> None:
        total = self.right - 20.0
        size = self.pt - 1
        if not widths:                   # as wide as each column's longest cell, the rest shared out
            widths = [max(self.s.tf.width(c, "bold" if i == 0 else "regular", size) + 3
                          for i, c in enumerate([h, *[r[k] for r in rows]])) for k, h in enumerate(head)]
            if sum(widths) < total:
                widths = [w + (total - sum(widths)) / len(widths) for w in widths]
        scale = total / sum(widths)
        widths = [w * scale for w in widths]
        self.room(self.pitch * (len(rows) + 2))
        self.y += self.pitch * 0.6
        top = self.y
        xs = [20.0 + sum(widths[:i]) for i in range(len(widths))]
        self.y += self.pitch
        for x, w, h in zip(xs, widths, head):
            self.pages[-1].append(Text(x + 1, self.y, h, "bold", _fit(self.s.tf, h, w - 2, size, "bold", 5)))
        self.pages[-1].append(Rule(20, self.y + 1.5, self.right, self.y + 1.5, 0.3))
        for row in rows:
            self.y += self.pitch
            for x, w, c in zip(xs, widths, row):
                self.pages[-1].append(Text(x + 1, self.y, c, "regular", _fit(self.s.tf, c, w - 2, size, floor=5)))
        self.pages[-1].append(Rule(20, self.y + 1.8, self.right, self.y + 1.8, 0.2))
        if self.doc.rng.random() < 0.5:
            self.pages[-1].append(Rule(20, top, self.right, top, 0.3))
        self.y += self.pitch

    def box(self, title: str, lines: list[str]) -> None:
        need = self.pitch * (len(lines) + 2)
        self.room(need)
        top = self.y + 1
        self.y += 1
        self.line(title, "bold", 23)
        for ln in lines:
            for part in wrap(ln, self.right - 27, self.s.tf):
                self.line(part, "regular", 23)
        bottom = self.y + 2.5
        self.pages[-1] += [Rule(20, top, self.right, top, 0.3), Rule(20, bottom, self.right, bottom, 0.3),
                           Rule(20, top, 20, bottom, 0.3), Rule(self.right, top, self.right, bottom, 0.3)]
        self.y = bottom + self.pitch * 0.5


def lay_out(doc: Doc, rng: random.Random, length: int) -> tuple[list[list], Design, list[str]]:
    s = Sheet.pick(rng, doc.form)
    tags = [f"head-{s.head}", f"window-{s.window}", f"date-{doc.date_place}", f"font-{s.tf.family}"]
    tags += (["tight-leading"] if s.lead < 1.2 else ["wide-leading"] if s.lead > 1.35 else [])
    first, right, head_end = _letterhead(doc, s)
    top = max(45.0, head_end + 8) if s.head != "sidebar" else 45.0
    first += _window(doc, s, top)
    refs, grid_rows = _refs(doc, s, top, right)
    first += refs
    y = top + 47
    if doc.date_place == "table":
        rows = grid_rows[:5]
        label = doc.date_label or ("Datum" if doc.lang == "de" else "Date")
        if not any(v == doc.date_text for _, v in rows):
            rows.insert(rng.randrange(len(rows) + 1), (label, doc.date_text))
        if not rows or len(rows) == 1:
            rows.append(("Seite" if doc.lang == "de" else "Page", "1"))
        ops, y = _grid(rows, s, y, right)
        first += ops
        tags.append("ref-grid")
    flow = _Flow(doc, s, right, y)
    flow.pages[0] = first
    place_line = f"{doc.place}, {'den ' if doc.lang == 'de' and rng.random() < 0.4 else ''}{doc.date_text}"
    if doc.date_place == "right":
        flow.line(doc.date_text, "regular", right, align="right")
        flow.y += flow.pitch
    elif doc.date_place == "ortdatum":
        flow.line(place_line, "regular", right if rng.random() < 0.7 else 20.0,
                  align="right" if flow.pages[-1] and rng.random() < 0.7 else "left")
        flow.y += flow.pitch
    elif doc.date_place == "top-left":
        flow.line(doc.date_text)
        flow.y += flow.pitch
    flow.y += flow.pitch * 0.4
    for part in wrap(doc.subject, right - 21, s.tf, "bold"):
        flow.line(part, "bold")
    flow.y += flow.pitch
    flow.line(doc.salutation)
    flow.y += flow.pitch * 0.5
    for b in doc.blocks:
        if b[0] == "p":
            flow.para(b[1])
        elif b[0] == "table":
            flow.table(b[1], b[2], b[3])
        else:
            flow.box(b[1], b[2])
    if doc.date_place == "footer":
        flow.y += flow.pitch * 0.5
        flow.line(place_line)
    flow.room(flow.pitch * 5)
    flow.y += flow.pitch * 0.5
    flow.line(doc.closing)
    if not doc.form:
        flow.pages[-1].append(_scribble(rng, 24, flow.y + 7))
        flow.y += 11
    else:
        flow.y += 2
    for ln in doc.signature:
        flow.line(ln)
    if doc.form:
        flow.line("Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig." if doc.lang == "de"
                  else "This letter was produced electronically and is valid without a signature.", "italic", size=8)
    extra = FILLER[doc.lang]
    i = 0
    while len(flow.pages) < length and i < len(extra):
        flow.pages.append([])
        flow.y = 30.0
        flow.line(extra[i][0], "bold")
        flow.y += flow.pitch * 0.5
        for para in extra[i][1]:
            flow.para(para)
        doc.appendix.append(extra[i])
        i += 1
    if i:
        tags.append("appendix")
    pages = flow.pages[:3]
    footer = _footer(doc, s)
    n = len(pages)
    for k, ops in enumerate(pages, 1):
        if k == 1 or s.footer_cols:
            ops += footer if k == 1 or rng.random() < 0.9 else []
        if k == 1 and rng.random() < 0.7:
            ops += [Rule(4, 105, 8, 105, 0.2, grey=100), Rule(4, 148.5, 9, 148.5, 0.2, grey=100)]
        if k > 1:
            ops.append(Text(20, 18, doc.org.name, "regular", 7.5, grey=90))
        if n > 1:
            label = ("Seite {} von {}", "- {} -", "Blatt {}/{}") if doc.lang == "de" else ("Page {} of {}", "{}/{}")
            lab = rng.choice(label)
            right_side = "von" in lab or "of" in lab
            ops.append(Text(190 if right_side else 105, 266, lab.format(k, n), "regular", 7.5,
                            "right" if right_side else "center"))
    return pages, s.design, tags


def _scribble(rng: random.Random, x: float, y: float) -> Scribble:
    pts, cx = [], x
    for _ in range(rng.randint(10, 22)):
        cx += rng.uniform(1.0, 3.4)
        pts.append((cx, y + rng.uniform(-3.5, 2.5)))
    return Scribble(pts, width=rng.uniform(0.3, 0.55), grey=rng.choice((20, 40, 60)))
