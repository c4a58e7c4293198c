"""Wave 8's own stationery: letterheads left, right, centred or as a band; the address window left or
right; the info block as a table, as plain lines or as a DIN reference line; footers; folding marks."""

from __future__ import annotations

import random

from mailsort_lab.render.layout import Design, Mark, Rule, Scribble, Text, wrap
from mailsort_lab.wave8.doc import Doc
from mailsort_lab.wave8.senders import contact, country, iban

BOTTOM = 262.0
ENCLOSURES = {
    "de": [("Allgemeine Geschäftsbedingungen (Auszug)", [
        "§ 1 Geltungsbereich. Diese Bedingungen gelten für alle Verträge zwischen uns und Unternehmern im Sinne des § 14 BGB.",
        "§ 2 Zahlung. Rechnungen sind ohne Abzug zahlbar. Bei Zahlungsverzug berechnen wir Verzugszinsen in gesetzlicher Höhe.",
        "§ 3 Haftung. Wir haften unbeschränkt nur für Vorsatz und grobe Fahrlässigkeit; im Übrigen ist die Haftung auf den "
        "vertragstypischen, vorhersehbaren Schaden begrenzt.",
        "§ 4 Gerichtsstand. Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz unseres Unternehmens."]),
        ("Hinweise zum Datenschutz", [
            "Verantwortlich für die Verarbeitung Ihrer Daten ist der im Briefkopf genannte Absender.",
            "Wir verarbeiten Ihre Angaben zur Durchführung des Vertrags und zur Erfüllung gesetzlicher Aufbewahrungspflichten. "
            "Die Daten werden gelöscht, sobald sie hierfür nicht mehr erforderlich sind.",
            "Sie können Auskunft, Berichtigung und Löschung verlangen und sich bei einer Aufsichtsbehörde beschweren."])],
    "en": [("Terms and conditions (extract)", [
        "1. Payment. Invoices are payable without deduction. Late payments accrue interest at the statutory rate.",
        "2. Liability. Our aggregate liability is limited to the fees paid in the twelve months preceding the claim.",
        "3. Governing law. These terms are governed by the laws stated in your order form."]),
        ("Privacy notice", ["We process your data to perform our contract with you and to comply with legal obligations.",
                            "You may request access, correction or deletion of your data at any time."])],
}


class _Pages:
    def __init__(self, doc: Doc, design: Design):
        self.doc, self.d, self.pages, self.y = doc, design, [[]], 0.0

    @property
    def ops(self):
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.ops.append(Text(25, 15, f"{self.doc.sender.name} · {self.doc.subject}", size=8, grey=90))
        self.y = 28.0

    def line(self, text: str, style: str = "regular", size: float | None = None, x: float = 25.0, gap: float = 5.0) -> None:
        if self.y > BOTTOM:
            self.new_page()
        self.ops.append(Text(x, self.y, text, style=style, size=size or self.d.typeface.body_pt))
        self.y += gap

    def para(self, text: str, width: float = 165.0) -> None:
        for ln in wrap(text, width, self.d.typeface):
            self.line(ln)
        self.y += 2.5


def lay_out(doc: Doc, rng: random.Random, length: int) -> tuple[list, Design, list[str]]:
    d = Design.pick(rng)
    s, tf, accent = doc.sender, d.typeface, d.accent
    win = "right" if rng.random() < 0.25 else "left"
    head = rng.choice(("left", "right", "center", "band"))
    info = rng.choice(("table", "table", "lines", "refline"))
    top = 27.0 if d.form == "A" else 45.0
    p = _Pages(doc, d)
    ops = p.ops
    # letterhead
    if head == "band":
        ops.append(Rule(0, 8, 210, 8, width=6, grey=70, color=accent))
        ops.append(Text(105, 24, s.name, style="bold", size=15, align="center", color=accent))
    else:
        x, al = {"left": (25, "left"), "right": (190, "right"), "center": (105, "center")}[head]
        if d.logo != "none":
            mx = 25 if head != "left" else 170
            ops.append(Mark(d.logo, mx if head != "center" else 25, 10, 14, 14, initials="".join(w[0] for w in s.name.split()[:2] if w[0].isalpha()), color=accent))
        ops.append(Text(x, 20, s.name, style="bold", size=14 if len(s.name) < 40 else 11, align=al, color=accent))
        ops.append(Text(x, 25, f"{s.street} · {s.city}", size=8, align=al, grey=60))
    if d.head_rule:
        ops.append(Rule(25, 29, 190, 29, width=0.3, color=accent))
    # address window
    wx = 25.0 if win == "left" else 120.0
    ops.append(Text(wx, top + 5, f"{s.name}, {s.street}, {s.city.split(',')[0]}", size=6 if len(s.name) > 40 else 6.5, underline=True))
    for i, ln in enumerate(doc.block):
        ops.append(Text(wx, top + 17 + 4.6 * i, ln, size=10.5))
    # info block
    cont = contact(s, rng)
    y = top + 5 + 50
    dateline = info != "refline" and rng.random() < 0.35     # the date on its own line above the subject
    if info in ("table", "lines"):
        ix = 125.0 if win == "left" else 25.0
        rows = [r for r in doc.info if not (dateline and r[0] in ("Datum", "Date"))]
        rows += [("Telefon" if doc.lang == "de" else "Phone", cont[0])]
        for i, (k, v) in enumerate(rows):
            if info == "table":
                ops.append(Text(ix, top + 8 + 5 * i, k, size=8.5, grey=70))
                ops.append(Text(ix + 34, top + 8 + 5 * i, v, size=8.5))
            else:
                ops.append(Text(ix, top + 8 + 5 * i, f"{k}: {v}", size=9))
        y = max(y, top + 8 + 5 * len(rows) + 8)
    else:
        cols = doc.info[:4]
        for i, (k, v) in enumerate(cols):
            ops.append(Text(25 + 42 * i, top + 52, k, size=7, grey=80))
            ops.append(Text(25 + 42 * i, top + 56.5, v, size=9))
        y = top + 66
    p.y = y
    if dateline and not any(k in ("Datum", "Date") for k, _ in rows):
        place = s.city.split(" ", 1)[1] if doc.lang == "de" and s.city[:1].isdigit() else ""
        p.ops.append(Text(190, p.y, f"{place}, {doc.date_text}" if place else doc.date_text, align="right", size=tf.body_pt))
        p.y += 9
    p.line(doc.subject, style="bold", gap=9)
    p.line(doc.salutation, gap=7)
    for para in doc.paragraphs[:1]:
        p.para(para)
    if doc.table:
        xs = (25, 36, 120, 140, 190)
        for r, row in enumerate(doc.table):
            if p.y > BOTTOM:
                p.new_page()
            for j, cell in enumerate(row):
                p.ops.append(Text(xs[j], p.y, cell, size=9, style="bold" if r == 0 else "regular",
                                  align="right" if j == 4 else "left"))
            if r == 0:
                p.ops.append(Rule(25, p.y + 1.5, 190, p.y + 1.5, width=0.2))
            p.y += 5
        p.y += 3
    for para in doc.paragraphs[1:]:
        p.para(para)
    p.line(doc.closing, gap=6)
    p.ops.append(Scribble([(28 + i * 3, p.y + 4 + rng.uniform(-2, 2)) for i in range(9)]))
    p.y += 12
    for ln in doc.signature:
        p.line(ln, gap=4.5)
    # enclosures fill the later pages
    pool = list(ENCLOSURES[doc.lang])
    while len(p.pages) < length and pool:
        title, paras = pool.pop(rng.randrange(len(pool)))
        p.new_page()
        p.line(title, style="bold", gap=8)
        for para in paras:
            p.para(para)
        doc.enclosures.append((title, paras))
    # footer, folding marks, page numbers
    foot = [f"{s.name} · {s.street} · {s.city}", " · ".join(cont),
            " · ".join(x for x in (s.register, f"{s.bank} · IBAN {iban(rng, country(s))}" if s.bank and country(s) else s.bank) if x)]
    marks = rng.random() < 0.7
    for n, page in enumerate(p.pages, 1):
        for i, ln in enumerate(x for x in foot if x):
            page.append(Text(105, 278 + 3.6 * i, ln, size=7, align="center", grey=60))
        if len(p.pages) > 1:
            page.append(Text(190, 290, f"Seite {n} von {len(p.pages)}" if doc.lang == "de" else f"Page {n} of {len(p.pages)}", size=7, align="right"))
        if marks and n == 1:
            for fy in ((87, 192) if d.form == "A" else (105, 210)):
                page.append(Rule(4, fy, 8, fy, width=0.2, grey=120))
            page.append(Rule(4, 148.5, 9, 148.5, width=0.2, grey=120))
    tags = [f"window-{win}", f"head-{head}", f"info-{info}", f"din-form-{d.form}"] + (["date-line"] if dateline else []) + (["fold-marks"] if marks else [])
    return p.pages, d, tags
