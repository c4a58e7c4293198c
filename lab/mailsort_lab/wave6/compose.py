"""The words of one wave-6 letter, kept apart from how it is drawn: the labels and the tests read
the same Doc the pages are drawn from."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from mailsort_lab.wave6 import words_de, words_en
from mailsort_lab.wave6.dates import STAMP_MONTHS, Dates, dateline
from mailsort_lab.wave6.firms import CLERKS, SENDERS, Sender


@dataclass
class Doc:
    sender: Sender
    lang: str
    category: str
    day: date
    block: list[str]                     # the recipient's address lines
    dateline: str
    refs: list[tuple[str, str]]
    subject: str
    greeting: str
    paras: list[str]
    closing: str
    signer: str
    dates: Dates
    template: str
    table: list[tuple[str, str, str]] = field(default_factory=list)   # enclosure page rows
    stamp: str | None = None             # the mailroom's received stamp (scans only)
    note: str | None = None              # a handwritten note (scans only)

    def words(self) -> str:
        """Everything the letter says, in reading order (what a perfect OCR would give)."""
        s = self.sender
        lines = [s.brand, s.name, f"{s.name} · {s.street} · {s.city}", *self.block, self.dateline,
                 *[f"{a}: {b}" for a, b in self.refs], self.subject, self.greeting, *self.paras, self.closing,
                 self.signer, s.name]
        lines += [" ".join(r) for r in self.table]
        lines += [x for x in (self.stamp, self.note) if x]
        return "\n".join(x for x in lines if x)


def texts(lang: str):
    return words_en if lang == "en" else words_de


def pick_sender(category: str, fit: str | None, rng: random.Random) -> Sender:
    pool = SENDERS[category]
    if fit and fit.startswith("!"):
        pool = [s for s in pool if fit[1:].lower() not in s.name.lower()]
    elif fit:
        pool = [s for s in pool if any(k.lower() in s.name.lower() for k in fit.split("|"))]
    return rng.choice(pool)


def money(rng: random.Random, lang: str, lo: float = 40, hi: float = 4800) -> str:
    v = round(rng.uniform(lo, hi), 2)
    us = f"{v:,.2f}"
    de = us.replace(",", "_").replace(".", ",").replace("_", ".")
    return rng.choice([f"{de} EUR", f"{de} €", f"EUR {de}"]) if lang == "de" else rng.choice([f"EUR {us}", f"€{us}"])


class Fill(dict):
    """format_map source: every placeholder occurrence draws a fresh value (two {D} = two days)."""

    def __init__(self, dates: Dates, rng: random.Random, lang: str):
        super().__init__()
        self.dates, self.rng, self.lang = dates, rng, lang

    def __missing__(self, key: str) -> str:
        d, rng = self.dates, self.rng
        if key == "D":
            return d.absolute()
        if key == "R":
            return d.period()
        if key == "U":
            return d.due()
        if key == "P":
            return d.past()
        if key == "S":
            return d.span()
        if key == "L":
            return d.later()
        if key == "A":
            return money(rng, self.lang)
        if key == "N":
            return rng.choice(["RE", "KD", "V", "", "2026-"]) + str(rng.randint(10000, 999999))
        raise KeyError(key)


def greeting(lang: str, person: str | None, rng: random.Random) -> str:
    t = texts(lang)
    if person and rng.random() < 0.6:
        parts = person.split()
        short = " ".join([w for w in parts[1:-1] if w.endswith(".")] + [parts[-1]])   # "Dr. Krause"
        if parts[0] == "Frau":
            return f"Sehr geehrte Frau {short},"
        if parts[0] == "Herrn":
            return f"Sehr geehrter Herr {short},"
        if parts[0] in ("Ms", "Mr"):
            return f"Dear {parts[0]} {short},"
    return rng.choice(t.GREETINGS)


def compose(rng: random.Random, lang: str, category: str, day: date, block: list[str],
            person: str | None) -> Doc:
    t = texts(lang)
    k = rng.randrange(len(t.TEXTS[category]))
    subject, body = t.TEXTS[category][k]
    sender = pick_sender(category, t.FIT[category][k], rng)
    dates = Dates(day, lang, rng)
    fill = Fill(dates, rng, lang)
    subject = subject.format_map(fill)
    paras = [p.format_map(fill) for p in body.split("\n\n")]
    paras[0] = paras[0][0].upper() + paras[0][1:] if rng.random() < 0.15 else paras[0]
    if dates.deadlines and category in ("tax", "legal", "authority", "bank", "insurance", "contract") \
            and rng.random() < 0.2:
        paras.append(rng.choice(t.SECOND).format_map(fill))
    if rng.random() < 0.4:
        paras.append(rng.choice(t.EXTRA))
    ref = str(rng.randint(100000, 999999))
    if sender.authority:
        refs = [("Geschäftszeichen" if lang == "de" else "Reference", f"{rng.choice('ABCDEFGK')}{rng.randint(10, 99)}-{ref}"),
                ("Bearbeitet von" if lang == "de" else "Officer", rng.choice(CLERKS))]
    else:
        refs = [("Unser Zeichen" if lang == "de" else "Our ref.", ref),
                ("Kundennummer" if lang == "de" else "Customer no.", str(rng.randint(20000, 89999)))]
    if category not in ("advertising", "other") and rng.random() < 0.3:   # 'Ihr Schreiben vom': a date in the info block that is not the letter's
        refs.append(("Ihr Schreiben vom" if lang == "de" else "Your letter of", dates.past(3, 40)))
    signer = rng.choice(CLERKS)
    closing = rng.choice(t.CLOSINGS).replace("{town}", sender.town)
    doc = Doc(sender, lang, category, day, block, dateline(day, sender.town, lang, rng), refs, subject,
              greeting(lang, person, rng), paras, closing, signer, dates, f"w6:{lang}-{category}-{k}")
    return doc


def enclosure(doc: Doc, rng: random.Random, count: tuple[int, int] = (4, 10)) -> None:
    """An attachment page: a table of earlier dates and amounts (none of them a deadline)."""
    t = texts(doc.lang)
    rows = []
    for i in range(rng.randint(*count)):
        d = doc.day - timedelta(days=rng.randint(3, 330))
        doc.dates.distractors.append(d)
        rows.append((f"{d:%d.%m.%Y}" if doc.lang == "de" else f"{d:%d/%m/%Y}",
                     f"{rng.choice(t.TABLE_WORDS)} {rng.randint(100, 999)}", money(rng, doc.lang, 5, 900)))
    doc.table = sorted(rows, key=lambda r: r[0][-4:] + r[0][3:5] + r[0][:2])


def marks(doc: Doc, rng: random.Random) -> list[str]:
    """The mailroom's stamp and a reader's pencil note: dates after the letter's, never its date."""
    tags = []
    if rng.random() < 0.4:
        got = doc.day + timedelta(days=rng.randint(1, 6))
        doc.stamp = rng.choice([f"EINGANG\n{got.day:02d}. {STAMP_MONTHS[got.month - 1]}. {got.year}",
                                f"Eingegangen am\n{got:%d.%m.%Y}", f"POSTEINGANG\n{got:%d.%m.%y}",
                                f"Büro Mitte\nEING. {got:%d.%m.%Y}"])
        doc.dates.distractors.append(got)
        tags.append("stamp")
    if rng.random() < 0.25:
        seen = doc.day + timedelta(days=rng.randint(2, 12))
        doc.note = rng.choice([f"erl. {seen.day}.{seen.month}. {rng.choice(['KR', 'ms', 'JB'])}",
                               "an StB weiterleiten!", f"WV {seen.day}.{seen.month}.", "bitte Rückruf",
                               f"bez. {seen:%d.%m.}", "Kopie an GF"])
        tags.append("handnote")
    return tags
