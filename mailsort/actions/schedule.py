"""Clocks and digest periods, and the scheduler loop (digests, deliveries, bin purge).

A period is named by its scheduled local run ("daily:2026-11-28", "weekly:2026-11-23"); the digest
table's unique (client, period) key is what keeps a period from going out twice across restarts.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Protocol

from ..errors import MailsortError
from .delivery import WEEKDAYS, DigestSettings

if TYPE_CHECKING:
    from .service import Actions

log = logging.getLogger(__name__)


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime):
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, **kw: float) -> datetime:
        self._now += delta or timedelta(**kw)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(timezone.utc)


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


class Scheduler:
    """Runs digests, deliveries and the bin purge until `stop` is set (Ctrl-C in the CLI)."""

    def __init__(self, actions: Actions, poll_seconds: float = 30.0):
        self.actions = actions
        self.poll_seconds = poll_seconds

    def tick(self, now: datetime | None = None) -> dict[str, int]:
        now = now or self.actions.clock.now()
        queued = self.actions.digests.queue_due(now)
        sent = self.actions.deliver_due(now)
        purged = self.actions.purge_due(now)
        return {"digests_queued": len(queued), "delivered": sum(d.status == "sent" for d in sent),
                "retrying": sum(d.status == "pending" for d in sent), "failed": sum(d.status == "failed" for d in sent),
                "purged": len(purged)}

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                summary = self.tick()
                if any(summary.values()):
                    log.info("scheduler: %s", ", ".join(f"{k} {v}" for k, v in summary.items() if v))
            except MailsortError as e:       # keep running: a broken SMTP server must not stop the loop
                log.error("scheduler: %s", e)
            except Exception:                # nor a database hiccup; say so loudly and try again
                log.exception("scheduler: unexpected failure; trying again in %.0f s", self.poll_seconds)
            stop.wait(self.poll_seconds)
