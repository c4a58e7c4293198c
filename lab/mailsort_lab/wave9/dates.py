"""Calendar of wave 9: Berlin working days, §§ 187 (1), 188, 193 BGB periods, date spellings. The
arithmetic and the written forms are the labs' shared ones (labdates); the styles and ranges here are
wave 9's own."""

from __future__ import annotations

import random
from datetime import date, timedelta

from mailsort_lab import labdates
from mailsort_lab.labdates import BERLIN, MONTHS_DE, MONTHS_EN  # noqa: F401 (wave 9's names)
from mailsort_lab.labdates import add_months as plus_months  # noqa: F401

STYLES = {"de": ("dot", "dot", "long", "short", "iso", "dot2"), "en": ("en-long", "en-long", "en-us", "iso", "en-ord")}
STYLE_FORMS = {"dot": "dd.mm.yyyy", "dot2": "dd.mm.yy", "short": "d.m.yyyy", "long": "d. Monat yyyy",
               "iso": "yyyy-mm-dd", "en-long": "d Month yyyy", "en-us": "Month d, yyyy", "en-ord": "dth Month yyyy"}
fmt = labdates.formatter(STYLE_FORMS)


def is_working(d: date) -> bool:
    return labdates.is_working_day(d, BERLIN)


def working_day(d: date) -> date:
    """§ 193 BGB: a last day on a Saturday, Sunday or (Berlin) public holiday moves to the next working day."""
    return labdates.next_working_day(d, BERLIN)


def period_end(start: date, n: int, unit: str) -> date:
    """A period running from the event day `start` (§ 187 (1): not counted)."""
    return labdates.period_end(start, n, unit, BERLIN)


def letter_day(rng: random.Random) -> date:
    d = date(2026, 1, 5) + timedelta(days=rng.randint(0, 350))
    return working_day(d)


def ahead(rng: random.Random, day: date, lo: int, hi: int) -> date:
    """A working day lo..hi days after day (a printed deadline)."""
    return working_day(day + timedelta(days=rng.randint(lo, hi)))


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in {*STYLES["de"], *STYLES["en"]}}
