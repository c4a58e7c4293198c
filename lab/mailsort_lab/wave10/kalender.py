"""Dates of wave 10: the national German holidays, §§ 187, 188, 193 BGB, and how letters print dates.

A period set by a letter ("innerhalb von 14 Tagen", "within 30 days of the date of this letter",
"binnen eines Monats nach Zugang") counts from the letter date: the day itself is not counted
(§ 187 (1)), days run on, weeks and months end on the day with the same name or number (§ 188 (2));
a month without that day ends on its last day (§ 188 (3)); an end on a Saturday, Sunday or public
holiday moves to the next working day (§ 193). clients.yaml gives no Bundesland, so the holidays are
the national ones (waves 7-9 take Berlin's). The arithmetic and the written forms are the labs' shared
ones (labdates); the styles here are wave 10's own.
"""

from __future__ import annotations

from datetime import date

from mailsort_lab import labdates
from mailsort_lab.labdates import NATIONAL, add_months  # noqa: F401 (wave 10's names)
from mailsort_lab.labdates import DAYS_DE as WOCHENTAGE, DAYS_EN as WEEKDAYS  # noqa: F401
from mailsort_lab.labdates import MONTHS_DE as MONATE, MONTHS_DE_ABBR as MONATE_KURZ, MONTHS_EN as MONTHS  # noqa: F401
from mailsort_lab.labdates import raw_period_end as raw_end  # noqa: F401


def is_holiday(d: date) -> bool:
    return d in NATIONAL


def is_working_day(d: date) -> bool:
    return labdates.is_working_day(d, NATIONAL)


def next_working_day(d: date) -> date:
    """d itself when it is a working day, else the next one (§ 193 BGB)."""
    return labdates.next_working_day(d, NATIONAL)


def period_end(start: date, n: int, unit: str) -> date:
    return labdates.period_end(start, n, unit, NATIONAL)


# How a date is printed; the letter date picks one style per letter, the body others.
STYLE_FORMS = {
    "de-dot": "dd.mm.yyyy", "de-dot-short": "dd.mm.yy", "de-dot-bare": "d.m.yyyy", "de-long": "d. Monat yyyy",
    "de-long0": "dd. Monat yyyy", "de-abbr": "d. Mon. yyyy", "de-weekday": "Wochentag, d. Monat yyyy",
    "iso": "yyyy-mm-dd", "en-uk": "d Month yyyy", "en-us": "Month d, yyyy", "en-ord": "dth Month yyyy",
    "en-abbr": "dd-Mon-yyyy", "en-slash": "dd/mm/yyyy", "en-weekday": "Weekday, d Month yyyy",
}
LETTER_STYLES = {
    "de": ("de-dot", "de-dot", "de-dot", "de-long", "de-long", "de-long0", "de-abbr", "de-dot-bare",
           "de-weekday", "iso", "de-dot-short"),
    "en": ("en-uk", "en-uk", "en-us", "en-us", "en-ord", "en-abbr", "en-slash", "iso", "en-weekday"),
}
BODY_STYLES = {"de": ("de-dot", "de-dot", "de-dot", "de-long", "de-dot-bare"),
               "en": ("en-uk", "en-uk", "en-us", "en-ord")}
fmt = labdates.formatter(STYLE_FORMS)


def all_forms(d: date) -> set[str]:
    return {fmt(d, s) for s in STYLE_FORMS}
