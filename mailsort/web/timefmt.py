"""Times shown to people: the mailroom's local time (stored times stay UTC)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Berlin")


def local(value) -> str:
    if not isinstance(value, datetime):
        return "" if value is None else str(value)
    return value.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def hhmm(value: datetime) -> str:
    return value.astimezone(LOCAL_ZONE).strftime("%H:%M")
