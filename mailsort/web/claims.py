"""Claims: opening an item holds it for one person for a while, so two VAs never work on it unknowingly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError

from .tables import Claim, aware, sessions

CLAIM_MINUTES = 10


@dataclass(frozen=True)
class ClaimState:
    holder: str
    until: datetime
    mine: bool


def _now() -> datetime:
    return datetime.now(UTC)


def current(db_url: str, item_id: str) -> ClaimState | None:
    """The live claim on an item (expired claims count as none)."""
    with sessions(db_url)() as s:
        c = s.get(Claim, item_id)
        if c is None or aware(c.until) <= _now():
            return None
        return ClaimState(c.user, aware(c.until), mine=False)


def claim(db_url: str, item_id: str, user: str, *, take_over: bool = False,
          minutes: int = CLAIM_MINUTES) -> ClaimState:
    """Claim or renew; if someone else holds it (and no explicit take-over), return their claim."""
    for _ in range(2):                   # a rival's insert between our read and write: read again
        try:
            with sessions(db_url).begin() as s:
                now = _now()
                c = s.get(Claim, item_id, with_for_update=True)
                if c is not None and c.user != user and aware(c.until) > now and not take_over:
                    return ClaimState(c.user, aware(c.until), mine=False)
                until = now + timedelta(minutes=minutes)
                if c is None:
                    s.add(Claim(item_id=item_id, user=user, until=until))
                else:
                    c.user, c.until = user, until
                return ClaimState(user, until, mine=True)
        except IntegrityError:
            continue
    held = current(db_url, item_id)
    return held or ClaimState(user, _now(), mine=False)


def may_act(db_url: str, item_id: str, user: str) -> ClaimState | None:
    """None when `user` may act on the item; otherwise the other person's live claim."""
    held = current(db_url, item_id)
    return held if held is not None and held.holder != user else None


def release(db_url: str, item_id: str, user: str | None = None) -> None:
    with sessions(db_url).begin() as s:
        c = s.get(Claim, item_id)
        if c is not None and (user is None or c.user == user):
            s.delete(c)
