"""The particulars of one wave-5 letter, drawn lazily: a text asks for '{due}' and only then is a
deadline drawn and noted, so the labels hold exactly the deadlines the text states."""

from __future__ import annotations

import random
from datetime import date

from mailsort_lab.wave5.due import MONATE, MONTHS, Deadlines

PRODUCTS_DE = ["Ergonomische Bürostühle", "Kaffeevollautomaten zur Miete", "Webinar „Steuern sparen 2027“",
               "Firmenwagen-Leasing", "Dokumentenscanner", "Telefonanlage aus der Cloud"]
PRODUCTS_EN = ["standing desks", "a cloud phone system", "the Future of Work summit", "branded notebooks"]


class Facts(dict):
    """A mapping for str.format_map that draws each value on first use."""

    def __init__(self, rng: random.Random, lang: str, day: date, addressee: str, tenant: str):
        super().__init__()
        self.rng, self.lang, self.day = rng, lang, day
        self.due = Deadlines(day, lang, rng)
        self["addressee"], self["tenant"] = addressee or tenant, tenant

    def money(self, lo: float = 40, hi: float = 4800) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        if self.lang == "en":
            return self.rng.choice([f"EUR {v:,.2f}", f"€{v:,.2f}", f"{v:,.2f} EUR"])
        t = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.rng.choice([f"{t} EUR", f"{t} €", f"EUR {t}"])

    def __missing__(self, key: str) -> str:
        r, d = self.rng, self.due
        makers = {
            "amount": self.money, "amount2": lambda: self.money(10, 900), "big": lambda: self.money(5000, 60000),
            "inv": lambda: r.choice(["RE", "R-", "INV-", "2026/"]) + str(r.randint(10000, 999999)),
            "cust": lambda: f"{r.randint(100, 999)}{r.randint(1000, 9999)}",
            "ref": lambda: f"{r.choice('ABCDEFGHKLMNPRSTVW')}{r.choice('ABCDEFGHKLMNPRSTVW')}-{r.randint(1000, 99999)}",
            "contract": lambda: f"V-{r.randint(100000, 999999)}",
            "policy": lambda: f"{r.randint(10, 99)}.{r.randint(100000, 999999)}",
            "taxno": lambda: f"{r.randint(10, 37)}/{r.randint(100, 999)}/{r.randint(10000, 99999)}",
            "az": lambda: f"{r.randint(1, 40)} {r.choice(['C', 'O', 'M', 'IN'])} {r.randint(100, 9999)}/{self.day.year % 100}",
            "iban": lambda: "DE" + "".join(str(r.randint(0, 9)) for _ in range(20)),
            "past": d.before, "later": lambda: d.elsewhere(20, 60),
            "due": d.stated, "due2": lambda: d.stated(36, 70), "soon": lambda: d.stated(5, 12),
            "within": d.period, "appeal": d.appeal, "from_start": d.period_from, "due_any": d.any,
            "pct": lambda: f"{r.choice([2.9, 3.5, 4.2, 5, 6.8, 8])}".replace(".", "," if self.lang == "de" else "."),
            "year": lambda: str(self.day.year - r.choice([1, 1, 2])),
            "month": lambda: (f"{MONATE[(self.day.month - 2) % 12]}" if self.lang == "de"
                              else MONTHS[(self.day.month - 2) % 12]) + f" {self.day.year}",
            "quarter": lambda: f"{r.randint(1, 4)}. Quartal {self.day.year}" if self.lang == "de"
            else f"Q{r.randint(1, 4)} {self.day.year}",
            "product": lambda: r.choice(PRODUCTS_EN if self.lang == "en" else PRODUCTS_DE),
            "n": lambda: str(r.choice([3, 5, 12, 24, 36])),
        }
        if key not in makers:
            raise KeyError(key)
        self[key] = makers[key]()
        return self[key]
