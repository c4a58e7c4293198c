"""Accounts (argon2 hashes), signed session cookies and the failed-login lockout."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from .errors import UserError
from .tables import LoginFailure, User, WebSecret, aware, sessions

ROLES = ("va", "admin")
SESSION_COOKIE = "mailsort_session"
SESSION_MAX_AGE = 12 * 3600              # one working day
FREE_FAILURES = 5                        # then lock: 30 s, 60 s, 120 s ... up to an hour
FREE_ADDRESS_FAILURES = 20               # from one address over all user names
FORGET_AFTER = timedelta(hours=1)        # a quiet hour resets the count
LOCK_BASE_SECONDS = 30
LOCK_MAX_SECONDS = 3600
_hasher = PasswordHasher()
# Verifying against a dummy hash for unknown users keeps the timing of both answers alike.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    clients: tuple[str, ...]
    session_version: int

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may_see_client(self, client_id: str | None) -> bool:
        return self.is_admin or not self.clients or (client_id in self.clients)


def _account(u: User) -> Account:
    return Account(u.name, u.role, tuple(u.clients or ()), u.session_version)


def _now() -> datetime:
    return datetime.now(UTC)


# -- accounts ------------------------------------------------------------------------------

def _check_password(password: str) -> None:
    if len(password) < 10:
        raise UserError("password too short: use at least 10 characters")


def add_user(db_url: str, name: str, password: str, role: str = "va", clients: list[str] | None = None) -> None:
    name = name.strip()
    if not name or len(name) > 100 or any(ch.isspace() for ch in name):
        raise UserError(f"user name {name!r} is not valid: one word, up to 100 characters")
    if role not in ROLES:
        raise UserError(f"role {role!r} is not known: use one of {', '.join(ROLES)}")
    _check_password(password)
    with sessions(db_url).begin() as s:
        if s.get(User, name) is not None:
            raise UserError(f"user {name!r} exists already (use `mailsort users passwd`)")
        s.add(User(name=name, password_hash=_hasher.hash(password), role=role, clients=clients or [],
                   session_version=1, created_at=_now()))


def remove_user(db_url: str, name: str) -> None:
    with sessions(db_url).begin() as s:
        user = s.get(User, name)
        if user is None:
            raise UserError(f"no user {name!r}")
        s.delete(user)


def set_password(db_url: str, name: str, password: str) -> None:
    """New password; every open session of that user ends."""
    _check_password(password)
    with sessions(db_url).begin() as s:
        user = s.get(User, name)
        if user is None:
            raise UserError(f"no user {name!r}")
        user.password_hash = _hasher.hash(password)
        user.session_version += 1


def list_users(db_url: str) -> list[Account]:
    with sessions(db_url)() as s:
        return [_account(u) for u in s.scalars(select(User).order_by(User.name))]


def get_account(db_url: str, name: str) -> Account | None:
    with sessions(db_url)() as s:
        u = s.get(User, name)
        return _account(u) if u else None


# -- login and lockout ---------------------------------------------------------------------

@dataclass(frozen=True)
class LoginResult:
    account: Account | None
    locked_for: int = 0                  # refused unchecked: seconds until another try is allowed


def _lock_seconds(failures: int, free: int = FREE_FAILURES) -> int:
    over = failures - free
    return 0 if over < 0 else min(LOCK_MAX_SECONDS, LOCK_BASE_SECONDS * 2 ** over)


def _locked_for(fail: LoginFailure | None, now: datetime) -> int:
    if fail is None or not fail.locked_until or aware(fail.locked_until) <= now:
        return 0
    return int((aware(fail.locked_until) - now).total_seconds()) + 1


def _count_failure(s, key: str, free: int, now: datetime) -> None:
    fail = s.get(LoginFailure, key)
    if fail is None:
        fail = LoginFailure(key=key, failures=0)
        s.add(fail)
    if fail.last_at and aware(fail.last_at) < now - FORGET_AFTER and _locked_for(fail, now) == 0:
        fail.failures = 0                # old typos do not add up to a lockout weeks later
    fail.failures += 1
    fail.last_at = now
    wait = _lock_seconds(fail.failures, free)
    fail.locked_until = now + timedelta(seconds=wait) if wait else None


def login(db_url: str, name: str, password: str, ip: str) -> LoginResult:
    """Check a password, counting failures per user+address (and per address over all names, against
    password spraying); a locked pair or address is refused without checking the password."""
    pair, anyone = f"{name[:100]}|{ip}", f"*|{ip}"
    now = _now()
    with sessions(db_url).begin() as s:
        wait = max(_locked_for(s.get(LoginFailure, pair), now), _locked_for(s.get(LoginFailure, anyone), now))
        if wait:
            return LoginResult(None, wait)
        user = s.get(User, name)
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
            ok = user is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if ok:
            if (fail := s.get(LoginFailure, pair)) is not None:
                s.delete(fail)
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            return LoginResult(_account(user))
        _count_failure(s, pair, FREE_FAILURES, now)
        _count_failure(s, anyone, FREE_ADDRESS_FAILURES, now)
        return LoginResult(None)         # this answer is "wrong"; the lock shows on the next try


# -- session cookies -----------------------------------------------------------------------

def secret_key(db_url: str, data_dir: Path | None = None) -> str:
    """MAILSORT_WEB_SECRET (or the older MAILSORT_SECRET_KEY), else the key kept in the database,
    made once; so every node behind a load balancer signs and checks the same cookies. A key file
    left by an older version (<data_dir>/web-secret.key) becomes the database's key, keeping sessions."""
    for var in ("MAILSORT_WEB_SECRET", "MAILSORT_SECRET_KEY"):
        if os.environ.get(var):
            return os.environ[var]
    make = sessions(db_url)
    with make() as s:
        row = s.get(WebSecret, "session")
        if row is not None:
            return row.value
    legacy = data_dir / "web-secret.key" if data_dir is not None else None
    key = legacy.read_text(encoding="ascii").strip() if legacy and legacy.exists() else \
        secrets.token_urlsafe(48)
    try:
        with make.begin() as s:
            s.add(WebSecret(name="session", value=key, created_at=_now()))
    except IntegrityError:                # another node made it first: theirs counts
        with make() as s:
            return s.get(WebSecret, "session").value
    return key


class SessionCodec:
    """Session = {"u": user or None, "v": session version, "c": csrf token}, signed and timed."""

    def __init__(self, key: str):
        self._ser = URLSafeTimedSerializer(key, salt="mailsort-session")

    def dumps(self, data: dict) -> str:
        return self._ser.dumps(data)

    def loads(self, cookie: str | None) -> dict | None:
        if not cookie:
            return None
        try:
            data = self._ser.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        return data if isinstance(data, dict) else None


def new_session(user: str | None = None, version: int = 0) -> dict:
    return {"u": user, "v": version, "c": secrets.token_urlsafe(32)}
