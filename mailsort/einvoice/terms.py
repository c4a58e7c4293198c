"""A due date from payment terms in words, when the XML gives none (BT-9 absent, BT-20 present).

"Zahlbar innerhalb von 30 Tagen ohne Abzug" counts from the issue date, like a relative deadline in
a letter; an explicit "netto bis 04.04.2018" wins; cash-discount windows (Skonto) are no due date.
"""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_DAYS = re.compile(r"\b(?:innerhalb|binnen|within|in)\s+(?:von\s+)?(\d{1,3})\s*(?:Kalender)?(?:Tagen|Tage|Tg\.?|days?)\b"
                   r"|\b(\d{1,3})\s*(?:Tage|Tagen|days?)\s+(?:netto|net|ohne\s+Abzug|rein)\b", re.I)
_NOW = re.compile(r"\b(?:sofort|umgehend|immediately|upon receipt|bei Erhalt|ohne Abzug sofort)\b", re.I)
_DISCOUNT = re.compile(r"Skonto|discount|#SKONTO#|Rabatt", re.I)
_DEADLINE_HINT = re.compile(r"bis|zahlbar|f(?:ä|ae)llig|due|payable|netto|net", re.I)


def _explicit(clause: str) -> dt.date | None:
    for m in _DATE.finditer(clause):
        try:
            if m.group(1):
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            return dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            continue
    return None


def due_from_terms(terms: str | None, issued: dt.date | None) -> dt.date | None:
    """The due date the terms text states or implies; None when it says nothing usable."""
    if not terms:
        return None
    for clause in re.split(r",\s|;|\n|\.\s", terms):         # "2,0% Skonto" stays one clause
        if not clause.strip() or _DISCOUNT.search(clause):
            continue
        if _DEADLINE_HINT.search(clause) and (day := _explicit(clause)) is not None:
            return day
        if issued is None:
            continue
        m = _DAYS.search(clause)
        if m:
            return issued + dt.timedelta(days=int(m.group(1) or m.group(2)))
        if _NOW.search(clause):
            return issued
    return None
