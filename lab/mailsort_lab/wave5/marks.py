"""What the mailroom adds to a wave-5 page after it arrives: a received stamp and handwritten notes,
with dates that are neither the letter date nor a deadline."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mailsort_lab.blind.paint import Mark
from mailsort_lab.wave5 import sheet  # noqa: F401  (registers the faces, the stamp face too)
from mailsort_lab.wave5.due import working_day

MON = ["JAN", "FEB", "MRZ", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"]
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def received(day: date, lang: str, rng: random.Random) -> tuple[list[Mark], str]:
    d = working_day(day + timedelta(days=rng.randint(1, 5)))
    text = rng.choice([f"EINGANG {d:%d.%m.}", f"EINGEGANGEN {d.day:02d}. {MON[d.month - 1]} {d.year}",
                       f"Eing. {d:%d.%m.%y}", f"POSTEINGANG {d:%d.%m.%Y}"]) if lang == "de" or rng.random() < 0.5 \
        else f"RECEIVED {d.day} {MON_EN[d.month - 1]} {d.year}"
    x, y = rng.choice([(120, 30), (135, 62), (24, 95), (130, 110)])
    w = 8 + len(text) * 2.6
    marks = [Mark("frame", x, y, x2=x + w, y2=y + 11, gray=70),
             Mark("text", x + w / 2, y + 7.5, text, "w5-stamp", True, 11, "c", gray=70)]
    if rng.random() < 0.4:
        marks.append(Mark("text", x + w / 2, y + 15, "Büro Mitte · Poststelle", "w5-stamp", False, 7, "c", gray=90))
    return marks, "stamp-received"


def handwritten(day: date, rng: random.Random) -> tuple[list[Mark], str]:
    d = day + timedelta(days=rng.randint(6, 30))
    text = rng.choice([f"WV {d:%d.%m.}", f"erl. {d.day}/{d.month}", f"bez. {d:%d.%m.%y}", f"z.d.A. {d.day}.{d.month}.",
                       f"Rückruf {d.day}.{d.month}. – M."])
    x, y = rng.choice([(150, 16), (150, 140), (20, 262), (160, 250)])
    return [Mark("text", x, y, text, "w5-narrow-it", True, 15, gray=40)], "handwritten-date"
