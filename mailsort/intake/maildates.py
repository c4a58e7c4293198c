"""Dates as mail clients print them in forwarded headers, German and English.

The common shapes are read by hand (fast and exact); dateparser is the fallback for the rest.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from ..months import MONTHS


_TIME = r"(?:,?\s+(?:um\s+|at\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
_WEEKDAY = r"(?:[A-Za-zäÄ]{2,10}\.?,?\s+)?"
_NUMERIC = re.compile(r"^" + _WEEKDAY + r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME)
_DAY_MONTH = re.compile(r"^" + _WEEKDAY + r"(?P<d>\d{1,2})\.?\s+(?P<mon>[A-Za-zäÄ]{3,9})\.?,?\s+(?P<y>\d{4})" + _TIME)
_MONTH_DAY = re.compile(r"^" + _WEEKDAY + r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _TIME)


def _build(m: re.Match, month: int) -> datetime | None:
    hour = int(m.group("h") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return datetime(int(m.group("y")), month, int(m.group("d")), hour,
                        int(m.group("mi") or 0), int(m.group("s") or 0))
    except ValueError:
        return None


def parse_mail_date(value: str) -> datetime | None:
    """"Mi., 18. Nov. 2026 um 09:12", "Wednesday, November 18, 2026 9:12 AM", "18.11.2026 09:12",
    RFC 5322 and the like; None if it is no date. Without a zone in the text the result is naive
    (local time of the sender)."""
    value = re.sub(r"\s+", " ", value.strip().strip("*")).strip()
    if not value:
        return None
    if re.search(r"[+-]\d{4}\b", value):                 # RFC 5322 carries its zone: keep it
        try:
            return parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            pass
    m = _NUMERIC.match(value)
    if m:
        return _build(m, int(m.group("m"))) if 1 <= int(m.group("m")) <= 12 else None
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.match(value)
        if m and m.group("mon").lower() in MONTHS:
            return _build(m, MONTHS[m.group("mon").lower()])
    import dateparser                                   # slow; only for shapes not covered above

    cleaned = re.sub(r"\b(um|at|Uhr)\b", " ", value)
    return dateparser.parse(re.sub(r"\s+", " ", cleaned).strip(), languages=["de", "en"],
                            settings={"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False,
                                      "PREFER_DATES_FROM": "past",
                                      # "gestern" in a header says nothing about today: no relative dates
                                      "PARSERS": ["custom-formats", "absolute-time"]})
