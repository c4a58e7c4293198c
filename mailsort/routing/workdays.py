"""Business days for German deadlines: § 193 BGB and Werktage, public holidays included.

A deadline a letter sets as a period ("innerhalb von 14 Tagen", "binnen zwei Wochen") that ends on a
Saturday, Sunday or public holiday ends on the next business day instead (§ 193 BGB; § 108 Abs. 3 AO
and § 222 Abs. 2 ZPO say the same for tax and court deadlines). Public holidays are those of the
client's Bundesland when the directory names it (`state: BY`), else the nine national ones; a
holiday of only some states (Reformationstag, Fronleichnam) does not move a deadline without one.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

# ISO 3166-2:DE subdivisions as the holidays package names them.
STATES = ("BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH")


@lru_cache(maxsize=64)
def _holidays(year: int, state: str | None) -> frozenset[date]:
    return frozenset(holidays.Germany(years=year, subdiv=state))


def is_business_day(d: date, state: str | None = None) -> bool:
    return d.weekday() < 5 and d not in _holidays(d.year, state)


def next_business_day(d: date, state: str | None = None) -> date:
    """`d` itself when it is a business day, else the next one (§ 193 BGB)."""
    while not is_business_day(d, state):
        d += timedelta(days=1)
    return d


def add_workdays(d: date, n: int, state: str | None = None) -> date:
    """n Werktage / business days after d: Monday to Friday, public holidays skipped."""
    while n > 0:
        d += timedelta(days=1)
        if is_business_day(d, state):
            n -= 1
    return d
