"""Wave 10's stationery: letterheads as a band, a sidebar, centred, a logo word mark, classic or an
authority's; the address window left or right (DIN form A or B); reference rows as columns, as a
DIN reference line, as a dated line or English references; footers with legal name, register and
bank. Produces the drawing operations of render/layout.py, drawn by render/page.py and render/pdf.py."""

from __future__ import annotations

import random
from dataclasses import dataclass

from mailsort_lab.render.fonts import FAMILIES, PT_TO_MM, Typeface
from mailsort_lab.render.layout import ACCENTS, Design, Mark, Op, Rule, Scribble, Text, luminance, wrap
from mailsort_lab.wave10.doc import Doc
from mailsort_lab.wave10.firms import contact_lines

FIELD_TOP = {"A": 27.0, "B": 45.0}
LEFT = 25.0
BOTTOM = 262.0
WHITE = (255, 255, 255)

ENCLOSURES = {
    "de": [
        ("Auszug aus unseren Allgemeinen Geschäftsbedingungen", [
            "1. Geltungsbereich. Diese Bedingungen gelten für alle Verträge mit Unternehmern im Sinne des § 14 BGB. "
            "Abweichende Bedingungen des Kunden werden nicht Vertragsbestandteil, auch wenn wir ihnen nicht ausdrücklich "
            "widersprechen.",
            "2. Preise. Alle Preise verstehen sich zuzüglich der gesetzlichen Umsatzsteuer. Versandkosten werden gesondert "
            "ausgewiesen, soweit nichts anderes vereinbart ist.",
            "3. Gewährleistung. Offensichtliche Mängel sind unverzüglich nach Eingang der Ware schriftlich anzuzeigen "
            "(§ 377 HGB). Im Übrigen gelten die gesetzlichen Vorschriften.",
            "4. Haftung. Wir haften unbeschränkt für Vorsatz und grobe Fahrlässigkeit. Bei leichter Fahrlässigkeit haften wir "
            "nur bei Verletzung wesentlicher Vertragspflichten und begrenzt auf den vorhersehbaren Schaden.",
            "5. Gerichtsstand ist, soweit gesetzlich zulässig, der Sitz unseres Unternehmens. Es gilt deutsches Recht unter "
            "Ausschluss des UN-Kaufrechts.",
        ]),
        ("Hinweise zum Datenschutz", [
            "Wir verarbeiten Ihre Daten zur Durchführung unserer Geschäftsbeziehung nach Art. 6 Abs. 1 lit. b DSGVO und zur "
            "Erfüllung gesetzlicher Pflichten nach Art. 6 Abs. 1 lit. c DSGVO. Eine Weitergabe an Dritte erfolgt nur, soweit "
            "dies hierfür erforderlich ist.",
            "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein "
            "Widerspruchsrecht. Beschwerden können Sie an die zuständige Aufsichtsbehörde richten.",
            "Unseren Datenschutzbeauftragten erreichen Sie unter der Anschrift im Briefkopf mit dem Zusatz "
            "„Datenschutz“.",
        ]),
        ("Erläuterungen", [
            "Die Beträge sind auf volle Cent gerundet. Bei Überweisungen geben Sie bitte stets das Kassenzeichen bzw. die "
            "Kundennummer an, da Ihre Zahlung sonst nicht zugeordnet werden kann.",
            "Eine Aufstellung der einzelnen Buchungen kann jederzeit angefordert werden. Guthaben werden mit fälligen "
            "Forderungen verrechnet.",
            "Bitte bewahren Sie dieses Schreiben zu Ihren Unterlagen auf.",
        ]),
    ],
    "en": [
        ("Terms and conditions (extract)", [
            "1. These terms apply to all supplies of goods and services to business customers. Any terms proposed by the "
            "customer are excluded.",
            "2. Prices are stated exclusive of VAT, which is charged at the applicable rate where relevant.",
            "3. Title to goods passes on payment in full. Risk passes on delivery.",
            "4. Our liability is limited to the price paid for the relevant goods or services, except where the law does "
            "not permit such a limitation.",
            "5. These terms are governed by the law of England and Wales.",
        ]),
        ("How we use your information", [
            "We use your details to provide our services, to manage your account and to meet our legal and regulatory "
            "obligations. We may share them with service providers acting on our behalf.",
            "You can ask for a copy of the information we hold about you and ask us to correct it. Our privacy notice is "
            "available on our website.",
        ]),
    ],
}


@dataclass
class Look:
    head: str
    window: str          # left | right
    form: str            # A | B
    info: str            # columns | refline | dateline | en-refs | sidebar
    footer: str          # columns | lines | none
    tf: Typeface
    accent: tuple[int, int, int] | None
    fold_marks: bool


def pick_look(doc: Doc, rng: random.Random) -> Look:
    f = doc.firm
    head = rng.choice(f.head)
    window = "right" if head not in ("sidebar", "private") and rng.random() < 0.22 else "left"
    form = rng.choice("AB") if head not in ("band",) else "B"
    if head == "sidebar":
        info = "sidebar"
    elif doc.lang == "en":
        info = rng.choice(("en-refs", "en-refs", "columns", "dateline"))
    else:
        info = rng.choice(("columns", "columns", "refline", "dateline"))
    if window == "right" and info == "columns":
        info = "columns"            # the column moves to the left side
    if head == "private":
        info = "dateline"
    family = rng.choice(sorted(FAMILIES))
    size = rng.choice((10.0, 10.5, 11.0, 11.0, 12.0))
    if family == "liberation-mono":
        size = 10.0
    accent = rng.choice(ACCENTS) if rng.random() < 0.55 and not f.public else None
    footer = "none" if head == "private" else ("lines" if f.public or rng.random() < 0.3 else "columns")
    return Look(head, window, form, info, footer, Typeface(family, size), accent, rng.random() < 0.65)


class Sheet:
    def __init__(self, doc: Doc, look: Look, rng: random.Random):
        self.doc, self.look, self.rng = doc, look, rng
        self.tf = look.tf
        self.pages: list[list[Op]] = [[]]
        self.right = 150.0 if look.head == "sidebar" else 190.0
        self.tags: list[str] = [f"head-{look.head}", f"window-{look.window}", f"form-{look.form.lower()}",
                                f"info-{look.info}", f"footer-{look.footer}", f"font-{self.tf.family}"]
        if look.fold_marks:
            self.tags.append("fold-marks")
        if look.accent:
            self.tags.append("letterhead-colour")

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def text(self, x: float, y: float, s: str, style: str = "regular", size: float | None = None,
             align: str = "left", grey: int = 0, color=None) -> None:
        self.ops.append(Text(x, y, s, style, size or self.tf.body_pt, align, grey=grey, color=color))

    def fit(self, s: str, width: float, style: str = "regular", size: float = 9.0, floor: float = 5.5) -> float:
        while size > floor and self.tf.width(s, style, size) > width:
            size -= 0.25
        return size

    # letterheads ------------------------------------------------------------------------------
    def letterhead(self) -> None:
        getattr(self, "_head_" + self.look.head)()

    def _accent_grey(self) -> tuple[int, tuple | None]:
        a = self.look.accent
        return (luminance(a) if a else 0), a

    def _head_band(self) -> None:
        f = self.doc.firm
        a = self.look.accent or (40, 40, 40)
        self.ops.append(Rule(0, 10.5, 210, 10.5, 21.0, grey=luminance(a), color=a))
        name = f.brand or f.name
        size = self.fit(name, 120, "bold", 18, 11)
        self.text(LEFT, 14.5, name, "bold", size, grey=255, color=WHITE)
        if f.tagline:
            self.text(190, 14.0, f.tagline, "regular", 8.5, "right", grey=255, color=WHITE)
        line = " · ".join([f.name if f.brand else "", f.street, f.city, *contact_lines(f)[:1]]).strip(" ·")
        self.text(LEFT, 26.5, line, "regular", self.fit(line, 165, size=7.5), grey=70)
        self.tags.append("head-white-on-dark")

    def _head_classic(self) -> None:
        f = self.doc.firm
        g, a = self._accent_grey()
        self.text(LEFT, 16, f.name, "bold", self.fit(f.name, 95, "bold", 15, 10), grey=g, color=a)
        if f.tagline:
            self.text(LEFT, 21, f.tagline, "italic", 8.5, grey=80)
        for i, line in enumerate([f.street, f.city, *contact_lines(f)]):
            self.text(190, 10 + i * 3.6, line, "regular", 7.5, "right", grey=40)
        if self.look.form == "B":
            self.ops.append(Rule(LEFT, 38, 190, 38, 0.3, grey=g or 120, color=a))

    def _head_centred(self) -> None:
        f = self.doc.firm
        g, a = self._accent_grey()
        self.text(105, 15, f.name, "bold", self.fit(f.name, 150, "bold", 17, 11), "center", grey=g, color=a)
        sub = f.tagline or " · ".join(contact_lines(f)[:2])
        if sub:
            self.text(105, 20.5, sub, "regular", self.fit(sub, 150, size=8.5), "center", grey=70)
        self.ops.append(Rule(60, 23, 150, 23, 0.25, grey=g or 100, color=a))
        if self.look.form == "B":
            line = " · ".join([f.street, f.city, *contact_lines(f)[2:3]])
            self.text(105, 28, line, "regular", self.fit(line, 160, size=8), "center", grey=60)

    def _head_logo(self) -> None:
        f = self.doc.firm
        g, a = self._accent_grey()
        kind = self.rng.choice(("circle", "square", "diamond", "bars"))
        words = [w for w in (f.brand or f.name).replace("&", " ").split() if w[:1].isalpha()]
        initials = "".join(w[0].upper() for w in words[:2]) if kind in ("circle", "square") else ""
        x0 = LEFT if self.rng.random() < 0.6 else 172
        self.ops.append(Mark(kind, x0, 7, 15, 15, grey=g or 60, initials=initials, color=a))
        word = f.brand or f.name
        tx = LEFT + 19 if x0 == LEFT else LEFT
        self.text(tx, 17, word, "bold", self.fit(word, 120, "bold", 21, 11), grey=g, color=a)
        small = f.name if f.brand else (f.tagline or "")
        if small:
            self.text(tx, 22.5, small, "regular", 8, grey=70)
        self.tags.append("head-wordmark" if f.brand else "head-logo-name")

    def _head_sidebar(self) -> None:
        f = self.doc.firm
        g, a = self._accent_grey()
        word = f.brand or f.name
        self.text(LEFT, 18, word, "bold", self.fit(word, 120, "bold", 19, 11), grey=g, color=a)
        self.ops.append(Rule(155, 40, 155, 250, 0.2, grey=160))
        y = 48.0
        rows = [(f.name, "bold"), (f.street, "regular"), (f.city, "regular"), ("", "")]
        rows += [(c, "regular") for c in contact_lines(f)] + [("", "")]
        if f.bank:
            rows += [("Bankverbindung" if f.lang == "de" else "Bank", "bold"), (f.bank, "regular"), (f.account, "regular"), ("", "")]
        if f.register:
            rows += [(part.strip(), "regular") for part in f.register.split(",")]
        for text, style in rows:
            if text:
                for part in wrap(text, 34, self.tf, style, 7.0):
                    self.text(158, y, part, style, 7.0, grey=40)
                    y += 3.3
            else:
                y += 2.5
        self.sidebar_y = y + 6

    def _head_authority(self) -> None:
        f = self.doc.firm
        parts = [p.strip() for p in f.name.replace(" – ", "\n").split("\n") if p.strip(" –")]
        y = 14.0
        for i, p in enumerate(parts):
            self.text(LEFT, y, p.strip("– "), "bold" if i == 0 else "regular", 12 if i == 0 else 10)
            y += 5
        right = [("Dienstgebäude" if f.lang == "de" else "Office", f.street), ("", f.city)]
        if f.phone:
            right.append(("Telefon" if f.lang == "de" else "Telephone", f.phone))
        if f.lang == "de":
            right.append(("Sprechzeiten", "Mo, Di, Do 9–12 Uhr"))
        for i, (k, v) in enumerate(right):
            if k:
                self.text(130, 10 + i * 3.8, k, "regular", 7, grey=90)
            self.text(152, 10 + i * 3.8, v, "regular", 7.5, grey=20)

    def _head_private(self) -> None:
        f = self.doc.firm
        lines = [f.name, f.street, f.city, *contact_lines(f)]
        for i, line in enumerate(lines):
            self.text(190, 14 + i * 4.2, line, "bold" if i == 0 else "regular", 10 if i == 0 else 9, "right")

    # address window ------------------------------------------------------------------------------
    def window(self) -> float:
        top = FIELD_TOP[self.look.form]
        x = LEFT if self.look.window == "left" else 118.0
        f = self.doc.firm
        ret = " · ".join(p for p in (f.name, f.street, f.city) if p)
        if self.look.head == "authority":
            ret = f"{f.name.split(' – ')[0]}, {f.street}, {f.city}"
        size = self.fit(ret, 80, size=7.0)
        self.text(x, top + 5, ret, "regular", size, grey=30)
        self.ops.append(Rule(x, top + 6, x + min(80, self.tf.width(ret, "regular", size)), top + 6, 0.15, grey=60))
        y = top + 11
        if self.doc.addr.endorsement:
            self.text(x, y, self.doc.addr.endorsement, "bold", 8.5)
            y += 5
        lines = self.doc.addr.lines
        size = 10.5
        while size > 8 and max(self.tf.width(ln, "regular", size) for ln in lines) > 80:
            size -= 0.5
        pitch = min(4.4, (top + 44 - y) / max(1, len(lines)))
        for ln in lines:
            y += pitch
            self.text(x, y, ln, "regular", min(size, pitch / PT_TO_MM / 1.08))
        return top + 45

    # reference rows and the date ------------------------------------------------------------------
    def references(self, field_bottom: float) -> float:
        doc, look = self.doc, self.look
        rows = list(doc.info)
        dated = [r for r in rows if r[1] == doc.date_text]
        other = [r for r in rows if r[1] != doc.date_text]
        top = FIELD_TOP[look.form]
        place = (doc.firm.city.split(" ", 1)[-1].split(",")[0] if doc.firm.city else "Berlin")
        if look.info == "sidebar":
            y = getattr(self, "sidebar_y", 150)
            for k, v in rows or [("Datum", doc.date_text)]:
                self.text(158, y, k, "regular", 6.5, grey=100)
                self.text(158, y + 3.4, v, "regular", self.fit(v, 34, size=8.5))
                y += 8
            return field_bottom + 6
        if look.info == "columns":
            x = 125.0 if look.window == "left" else LEFT
            y = top + 8
            if not dated:
                rows.append(("Datum" if doc.lang == "de" else "Date", doc.date_text))
            for k, v in rows:
                self.text(x, y, f"{k}:", "regular", 8, grey=90)
                self.text(x + 33, y, v, "regular", self.fit(v, 40, size=9))
                y += 4.4
            return max(field_bottom, y) + 6
        if look.info == "refline":
            y = field_bottom + 4
            cols = other[:3] + [("Datum", doc.date_text)]
            step = (self.right - LEFT) / len(cols)
            for i, (k, v) in enumerate(cols):
                self.text(LEFT + i * step, y, k, "regular", 7, grey=100)
                self.text(LEFT + i * step, y + 4.2, v, "regular", self.fit(v, step - 3, size=9))
            return y + 12
        if look.info == "dateline":
            y = field_bottom + 4
            if look.head != "private" and other:
                x = 125.0 if look.window == "left" else LEFT
                yy = top + 8
                for k, v in other:
                    self.text(x, yy, f"{k}: {v}", "regular", self.fit(f"{k}: {v}", 62, size=8.5))
                    yy += 4.2
            stamp = (f"{place}, {'den ' if self.rng.random() < 0.3 else ''}{doc.date_text}" if doc.lang == "de"
                     else doc.date_text)
            self.text(self.right, y + 2, stamp, "regular", self.tf.body_pt, "right")
            self.tags.append("date-with-place" if doc.lang == "de" else "date-right")
            return y + 10
        # en-refs: references and the date left-aligned under the window
        y = field_bottom + 4
        for k, v in other:
            self.text(LEFT, y, f"{k}: {v}", "regular", 9)
            y += 4.4
        self.text(LEFT, y + 1, doc.date_text, "regular", self.tf.body_pt)
        return y + 10

    # body -----------------------------------------------------------------------------------------
    def _need(self, y: float, h: float) -> float:
        if y + h <= BOTTOM:
            return y
        self.pages.append([])
        self._continuation()
        return 32.0

    def _continuation(self) -> None:
        f = self.doc.firm
        label = (f"{f.name} · Schreiben vom {self.doc.date_text}" if self.doc.lang == "de"
                 else f"{f.name} · letter of {self.doc.date_text}") if self.rng.random() < 0.5 else f.name
        self.text(LEFT, 18, label, "regular", 8, grey=90)
        self.ops.append(Rule(LEFT, 20.5, self.right, 20.5, 0.2, grey=150))

    def body(self, y: float) -> None:
        doc, tf = self.doc, self.tf
        lead = tf.body_pt * 1.22 * PT_TO_MM
        width = self.right - LEFT
        y += 4
        prefix = "" if doc.lang == "en" or self.rng.random() < 0.75 else "Betreff: "
        for line in wrap(prefix + doc.subject, width, tf, "bold"):
            y = self._need(y, lead)
            self.text(LEFT, y, line, "bold")
            y += lead
        y += lead
        for kind, *rest in [("p", doc.salutation), *doc.blocks]:
            if kind == "p":
                lines = wrap(rest[0], width, tf)
                for line in lines:
                    y = self._need(y, lead)
                    self.text(LEFT, y, line)
                    y += lead
                y += lead * 0.7
            elif kind == "box":
                y = self._need(y, 3 * lead)
                self.ops.append(Rule(LEFT, y - lead * 0.8, self.right, y - lead * 0.8, 0.3, grey=60))
                self.text(LEFT + 2, y + 0.6, rest[0], "bold", self.fit(rest[0], width - 4, "bold", tf.body_pt))
                self.ops.append(Rule(LEFT, y + lead * 0.6, self.right, y + lead * 0.6, 0.3, grey=60))
                y += lead * 2
            elif kind == "kv":
                for k, v in rest[0]:
                    y = self._need(y, lead)
                    last = (k, v) == rest[0][-1]
                    self.text(self.right - 85, y, k, "bold" if last else "regular", tf.body_pt - 1)
                    self.text(self.right, y, v, "bold" if last else "regular", tf.body_pt - 1, "right")
                    y += lead
                y += lead * 0.6
            elif kind == "list":
                for item in rest[0]:
                    y = self._need(y, lead)
                    self.text(LEFT + 3, y, f"– {item}")
                    y += lead
            elif kind == "table":
                header, rows, widths, aligns = rest
                xs, x = [], LEFT
                for w in widths:
                    xs.append(x)
                    x += w * width
                size = tf.body_pt - 1.5
                for r, row in enumerate([header, *rows]):
                    y = self._need(y, lead)
                    for c, cell in enumerate(row):
                        cw = widths[c] * width - 2
                        s = self.fit(cell, cw, "bold" if r == 0 else "regular", size, 6.0)
                        if aligns[c] == "r":
                            self.text(xs[c] + widths[c] * width - 1, y, cell, "bold" if r == 0 else "regular", s, "right")
                        else:
                            self.text(xs[c], y, cell, "bold" if r == 0 else "regular", s)
                    if r == 0:
                        self.ops.append(Rule(LEFT, y + 1.4, self.right, y + 1.4, 0.25, grey=80))
                    y += lead * 0.95
                y += lead * 0.8
        y = self._need(y, lead * 2 + 22)
        self.text(LEFT, y + lead * 0.5, doc.closing)
        y += lead * 0.5
        if doc.firm.public and doc.lang == "de":
            pts = []
        else:
            pts, cx = [], LEFT + 2
            for _ in range(self.rng.randint(12, 22)):
                cx += self.rng.uniform(0.8, 2.8)
                pts.append((cx, y + 9 + self.rng.uniform(-3, 3)))
            self.ops.append(Scribble(pts, width=self.rng.uniform(0.35, 0.55)))
        y += 16 if pts else 6
        for line in doc.signature:
            for part in wrap(line, width, tf):
                y = self._need(y, lead)
                self.text(LEFT, y, part)
                y += lead
        if doc.enclosures:
            y = self._need(y + lead, lead * (1 + len(doc.enclosures)))
            self.text(LEFT, y, "Anlagen" if doc.lang == "de" else "Enclosures", "bold")
            for title, _ in doc.enclosures:
                y += lead
                self.text(LEFT, y, title, "regular", tf.body_pt - 1)
            for title, paras in doc.enclosures:
                self.pages.append([])
                self._continuation()
                y = 32.0
                self.text(LEFT, y, title, "bold", tf.body_pt + 1)
                y += lead * 2
                for para in paras:
                    for line in wrap(para, width, tf):
                        y = self._need(y, lead)
                        self.text(LEFT, y, line)
                        y += lead
                    y += lead * 0.6

    # footer and page furniture ------------------------------------------------------------------
    def furniture(self) -> None:
        f = self.doc.firm
        lines = f.footer()
        n = len(self.pages)
        for i, ops in enumerate(self.pages, start=1):
            if self.look.footer == "columns":
                cols = 4 if len(lines) > 9 else 3
                per = -(-len(lines) // cols)
                cw = (190 - LEFT) / cols
                ops.append(Rule(LEFT, 268.5, 190, 268.5, 0.2, grey=130))
                for c in range(cols):
                    for j, line in enumerate(lines[c * per:(c + 1) * per]):
                        s = 6.5
                        while s > 5.0 and self.tf.width(line, "regular", s) > cw - 2:
                            s -= 0.25
                        ops.append(Text(LEFT + c * cw, 272 + j * 3.0, line, "regular", s, grey=60))
            elif self.look.footer == "lines":
                chunks = [" · ".join(lines[:3]), " · ".join(lines[3:6]), " · ".join(lines[6:])]
                for j, chunk in enumerate(c for c in chunks if c):
                    s = 7.0
                    while s > 5.0 and self.tf.width(chunk, "regular", s) > 165:
                        s -= 0.25
                    ops.append(Text(105, 274 + j * 3.4, chunk, "regular", s, "center", grey=60))
            if n > 1:
                label = f"Seite {i} von {n}" if self.doc.lang == "de" else f"Page {i} of {n}"
                ops.append(Text(self.right, 266, label, "regular", 8, "right", grey=60))
            if i == 1 and self.look.fold_marks:
                fold = 87.0 if self.look.form == "A" else 105.0
                ops += [Rule(3.5, fold, 8.0, fold, 0.2, 110), Rule(3.5, 148.5, 9.5, 148.5, 0.2, 110),
                        Rule(3.5, fold + 105, 8.0, fold + 105, 0.2, 110)]


def lay_out(doc: Doc, rng: random.Random, pages_wanted: int) -> tuple[list[list[Op]], Design, list[str]]:
    look = pick_look(doc, rng)
    sheet = Sheet(doc, look, rng)
    pool = ENCLOSURES[doc.lang]
    start = rng.randrange(len(pool))
    doc.enclosures = [pool[(start + i) % len(pool)] for i in range(max(0, pages_wanted - 1))]
    sheet.letterhead()
    bottom = sheet.window()
    y = sheet.references(bottom)
    sheet.body(y)
    sheet.furniture()
    design = Design(form=look.form, typeface=look.tf, accent=look.accent)
    return sheet.pages, design, sheet.tags
