"""Claim before work: one row per content hash in `work_claims`, taken before any OCR.

Several processes (or machines) share one index and one archive; whoever inserts the row first
works on the item, the others record a `duplicate` and move on. The row is a lease: renewed by a
thread while this process works, so a worker killed mid-item holds it only until `lease_until`,
after which another process takes the item over. The row is removed once the item is done (filed,
review, quarantined); the item row in the index then says the rest.

The insert is `INSERT ... ON CONFLICT DO NOTHING` on both PostgreSQL and SQLite: no exception,
no aborted transaction, one round trip.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..db import describe_url
from ..errors import StorageError
from ..model import Source
from ..text.clean import path_text
from .schema import WorkClaim

log = logging.getLogger(__name__)
# Asked once per item: built once (building and hashing a statement cost more than running it).
_HOLDER = select(WorkClaim.__table__.c.claimer).where(WorkClaim.__table__.c.sha256 == bindparam("value"))


def claimer_id(node: str | None = None) -> str:
    """node:pid:random — the random part tells a restarted process from its predecessor."""
    return f"{node or socket.gethostname()}:{os.getpid()}:{secrets.token_hex(2)}"


def _dead_here(claimer: str, mine: str) -> bool:
    """True when `claimer` was a process on this node that is gone (a restart after a kill need
    not wait for the lease). Only this node's processes can be checked; others' leases decide."""
    my_node = mine.rsplit(":", 2)[0]
    try:
        node, pid_text, _token = claimer.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return False
    if node != my_node:
        return False
    if pid == os.getpid():                  # a predecessor with our pid (containers start at 1)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:                 # alive, someone else's
        return False
    return False


@dataclass(frozen=True)
class ClaimResult:
    won: bool
    holder: str                 # who holds it now (this process when won)
    holder_path: str            # the input the holder is working on
    took_over: str | None = None  # the claimer whose lease had expired, when we took it over


class Claims:
    def __init__(self, engine: Engine, lease_seconds: float, claimer: str | None = None):
        self.engine = engine
        self.lease = timedelta(seconds=lease_seconds)
        self.claimer = claimer or claimer_id()
        self._held: set[str] = set()
        # Claimers whose claims this process takes as its own: the queue intake that claimed an
        # item and handed it to this worker (`mailsort worker`).
        self.adoptable: set[str] = set()
        self._mutex = threading.Lock()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    # -- taking and giving back -----------------------------------------------------------

    def claim(self, source: Source) -> ClaimResult:
        now = _now()
        path = path_text(source.path)
        values = {"sha256": source.sha256, "claimer": self.claimer, "source_path": path,
                  "claimed_at": now, "lease_until": now + self.lease}
        insert = (postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert)
        try:
            with self.engine.begin() as conn:
                if conn.execute(insert(WorkClaim).values(**values)
                                .on_conflict_do_nothing(index_elements=["sha256"])).rowcount == 1:
                    return self._won(source.sha256, path)
                row = conn.execute(select(WorkClaim.claimer, WorkClaim.source_path,
                                          WorkClaim.lease_until)
                                   .where(WorkClaim.sha256 == source.sha256)).first()
                if row is None:             # released between our insert and select: try again
                    return self.claim(source)
                if row.claimer == self.claimer:
                    return self._won(source.sha256, path)
                adopted = row.claimer in self.adoptable
                if (not adopted and _aware(row.lease_until) >= now
                        and not _dead_here(row.claimer, self.claimer)):
                    return ClaimResult(False, row.claimer, row.source_path)
                # Handed to us, or the holder stopped renewing (killed, frozen) or died on this
                # node: take it over, if nobody beat us to it.
                took = conn.execute(update(WorkClaim).where(
                    WorkClaim.sha256 == source.sha256, WorkClaim.claimer == row.claimer,
                    WorkClaim.lease_until == row.lease_until).values(**values)).rowcount
        except SQLAlchemyError as e:
            raise self._fail("claim", e) from e
        if took != 1:
            return self.claim(source)
        if adopted:
            return self._won(source.sha256, path)
        log.warning("%s: taking over from %s, which died or whose lease expired", path, row.claimer)
        return self._won(source.sha256, path, took_over=row.claimer)

    def holder(self, sha256: str) -> str | None:
        """Who holds it now. Checked right before filing: a process paused past its lease lost it."""
        try:
            with self.engine.connect() as conn:
                holder = conn.execute(_HOLDER, {"value": sha256}).scalar()
        except SQLAlchemyError as e:
            raise self._fail("claim check", e) from e
        return holder

    def release(self, sha256: str) -> None:
        self.release_many([sha256])

    def release_many(self, shas: list[str]) -> None:
        """Give back several claims in one transaction (a group of items filed together)."""
        with self._mutex:
            mine = [s for s in shas if s in self._held]
            self._held.difference_update(mine)
        if not mine:
            return
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(WorkClaim).where(WorkClaim.sha256.in_(mine),
                                                     WorkClaim.claimer == self.claimer))
        except SQLAlchemyError as e:
            raise self._fail("claim release", e) from e

    def close(self) -> None:
        """Give back whatever is still held (a fatal error stopped the run) and stop renewing."""
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join(timeout=10)
        with self._mutex:
            held, self._held = self._held, set()
        if not held:
            return
        try:
            with self.engine.begin() as conn:
                conn.execute(delete(WorkClaim).where(WorkClaim.claimer == self.claimer))
        except SQLAlchemyError:
            log.warning("claims of %s could not be released; they expire after their lease",
                        self.claimer, exc_info=True)

    # -- the lease ------------------------------------------------------------------------

    def renew(self) -> int:
        """Push every claim of this process a full lease ahead; returns how many it holds."""
        with self._mutex:
            if not self._held:
                return 0
        try:
            with self.engine.begin() as conn:
                renewed = conn.execute(update(WorkClaim).where(WorkClaim.claimer == self.claimer)
                                       .values(lease_until=_now() + self.lease)).rowcount
                if renewed < len(self._held):   # handed on (queue intake) or taken over: forget
                    still = set(conn.execute(select(WorkClaim.sha256)
                                             .where(WorkClaim.claimer == self.claimer)).scalars())
                    with self._mutex:
                        self._held &= still
                return renewed
        except SQLAlchemyError as e:
            raise self._fail("claim renewal", e) from e

    def _won(self, sha256: str, path: str, took_over: str | None = None) -> ClaimResult:
        with self._mutex:
            self._held.add(sha256)
            if self._renewer is None:
                self._renewer = threading.Thread(target=self._renew_loop, daemon=True,
                                                 name="mailsort-claims")
                self._renewer.start()
        return ClaimResult(True, self.claimer, path, took_over)

    def _renew_loop(self) -> None:
        # Three renewals per lease: one missed renewal (a slow database) does not lose a claim.
        while not self._stop.wait(self.lease.total_seconds() / 3):
            try:
                self.renew()
            except StorageError as e:
                log.error("%s", e)

    def _fail(self, what: str, e: Exception) -> StorageError:
        detail = " ".join(str(getattr(e, "orig", None) or e).split())[:200]
        return StorageError(f"index {what} failed ({describe_url(self.engine)}): {detail}")


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime) -> datetime:
    # SQLite hands the plain DateTime column back without its zone; it was stored as UTC.
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
