"""The date arithmetic waves 7-10 share (labdates): each wave's calendar, and its spellings."""

from __future__ import annotations

from datetime import date

import pytest

from mailsort_lab import labdates
from mailsort_lab.labdates import BERLIN, NATIONAL, add_months, period_end, raw_period_end
from mailsort_lab.wave7 import days
from mailsort_lab.wave8 import dates as dates8
from mailsort_lab.wave9 import dates as dates9
from mailsort_lab.wave10 import kalender


def test_periods_under_each_calendar():
    assert period_end(date(2026, 3, 1), 7, "days", BERLIN) == date(2026, 3, 9)       # Sunday 8 March, Frauentag in Berlin
    assert period_end(date(2027, 2, 22), 2, "weeks", BERLIN) == date(2027, 3, 9)     # Monday 8 March 2027: Berlin only
    assert period_end(date(2027, 2, 22), 2, "weeks", NATIONAL) == date(2027, 3, 8)
    assert period_end(date(2025, 9, 19), 14, "days", NATIONAL) == date(2025, 10, 6)  # 3 October, a Friday
    assert raw_period_end(date(2026, 1, 31), 1, "months") == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    with pytest.raises(ValueError):
        raw_period_end(date(2026, 1, 1), 1, "fortnights")


def test_each_wave_keeps_its_calendar_and_names():
    x = date(2026, 3, 8)                               # a Sunday; Monday 9 March is a working day everywhere
    assert days.working_day(x) == dates8.working_day(x) == dates9.working_day(x) == kalender.next_working_day(x)
    assert not dates9.is_working(date(2027, 3, 8)) and kalender.is_working_day(date(2027, 3, 8))
    assert days.period_end(date(2026, 4, 17), 2, "weeks") == date(2026, 5, 4)
    assert dates8.plus_months is dates9.plus_months is days.plus_months is kalender.add_months is labdates.add_months


def test_the_waves_spellings():
    d = date(2026, 11, 2)
    assert days.fmt(d, "dot-short") == dates8.fmt(d, "nopad") == dates9.fmt(d, "short") == kalender.fmt(d, "de-dot-bare") == "2.11.2026"
    assert dates8.fmt(d, "en-ord") == dates9.fmt(d, "en-ord") == kalender.fmt(d, "en-ord") == "2nd November 2026"
    assert [dates9.fmt(date(2026, 1, n), "en-ord")[:4] for n in (1, 11, 12, 13, 21, 22, 23, 31)] == \
        ["1st ", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"]
    assert kalender.fmt(d, "en-abbr") == "02-Nov-2026" and kalender.fmt(d, "de-abbr") == "2. Nov. 2026"
    for fmt in (days.fmt, dates8.fmt, dates9.fmt, kalender.fmt):
        with pytest.raises(ValueError):
            fmt(d, "no-such-style")
