"""Calendar of wave 8: Berlin working days, periods as §§ 187, 188, 193 BGB count them, and the
ways letters print a date. The arithmetic and the written forms are the labs' shared ones
(labdates); the styles and ranges here are wave 8's own."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mailsort_lab import labdates
from mailsort_lab.labdates import BERLIN, DAYS_DE, DAYS_EN, MONTHS_DE, MONTHS_EN  # noqa: F401 (wave 8's names)
from mailsort_lab.labdates import add_months as plus_months  # noqa: F401

STYLES = {"de": ("dot", "dot", "dot", "long", "long", "short-year", "weekday", "iso", "nopad"),
          "en": ("en-long", "en-long", "en-us", "en-ord", "en-weekday", "iso", "dot", "uk-slash")}
STYLE_FORMS = {"dot": "dd.mm.yyyy", "short-year": "dd.mm.yy", "nopad": "d.m.yyyy", "long": "d. Monat yyyy",
               "weekday": "Wochentag, d. Monat yyyy", "iso": "yyyy-mm-dd", "en-long": "d Month yyyy",
               "en-us": "Month d, yyyy", "en-ord": "dth Month yyyy", "en-weekday": "Weekday, d Month yyyy",
               "uk-slash": "dd/mm/yyyy"}
fmt = labdates.formatter(STYLE_FORMS)


def is_working(d: date) -> bool:
    return labdates.is_working_day(d, BERLIN)


def working_day(d: date) -> date:
    """§ 193 BGB: a period ending on a Saturday, Sunday or public holiday ends on the next working day."""
    return labdates.next_working_day(d, BERLIN)


def period_end(start: date, n: int, unit: str) -> date:
    """The last day of a period that runs from the event day `start` (§ 187 (1): not counted)."""
    return labdates.period_end(start, n, unit, BERLIN)


def letter_day(rng: random.Random) -> date:
    """A working day from January to mid-November 2026."""
    return working_day(date(2026, 1, 5) + timedelta(days=rng.randint(0, 312)))


def later_working_day(d: date, rng: random.Random, lo: int, hi: int) -> date:
    return working_day(d + timedelta(days=rng.randint(lo, hi)))


def earlier(d: date, rng: random.Random, lo: int, hi: int) -> date:
    return d - timedelta(days=rng.randint(lo, hi))


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in {*STYLES["de"], *STYLES["en"]}}


def date_style(rng: random.Random, lang: str, d: date) -> str:
    style = rng.choice(STYLES[lang])
    return "en-long" if style == "uk-slash" and d.day <= 12 else style   # 03/04 reads both ways


def body_style(rng: random.Random, lang: str) -> str:
    """Dates inside the text: mostly numeric in German, spelled out in English."""
    return rng.choice(("dot", "dot", "long")) if lang == "de" else rng.choice(("en-long", "en-long", "en-us"))
