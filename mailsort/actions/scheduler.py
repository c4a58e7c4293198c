"""The loop above the actions: digests on their schedules, due deliveries, the bin purge."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import TYPE_CHECKING

from ..errors import MailsortError

if TYPE_CHECKING:
    from .service import Actions

log = logging.getLogger(__name__)


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
