"""Digest periods: when a client's digest is due and what it covers.

A period is named by its scheduled local run ("daily:2026-11-28", "weekly:2026-11-23"); the digest
table's unique (client, period) key is what keeps a period from going out twice across restarts.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from .delivery import WEEKDAYS, DigestSettings


def last_run(d: DigestSettings, now: datetime) -> datetime | None:
    """The latest scheduled run at or before `now` (UTC), or None when digests are off."""
    if d.schedule == "off":
        return None
    zone, (h, m) = d.zone, d.hour_minute
    day = now.astimezone(zone).date()
    for back in range(0, 8):
        candidate = datetime.combine(day - timedelta(days=back), time(h, m), zone)
        if candidate > now:
            continue
        if d.schedule == "daily" or candidate.weekday() == WEEKDAYS.index(d.weekday):
            return candidate.astimezone(timezone.utc)
    return None  # pragma: no cover - a week always holds a run


def period_key(d: DigestSettings, run: datetime) -> str:
    return f"{d.schedule}:{run.astimezone(d.zone).date().isoformat()}"


def period_length(d: DigestSettings) -> timedelta:
    return timedelta(days=7 if d.schedule == "weekly" else 1)
