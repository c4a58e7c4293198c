"""Delivery settings (SMTP, webhooks, retry, digests) from the `delivery` part of rules.yaml.

Secrets never live in the file: the file names environment variables, read at the moment of use.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..errors import ConfigError
from ..model import CATEGORIES

HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def check_addresses(v: list[str] | str | None) -> list[str]:
    if v is None:
        return []
    items = [v] if isinstance(v, str) else list(v)
    for a in items:
        if not isinstance(a, str) or not re.match(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$", a.strip()):
            raise ValueError(f"{a!r} is not an email address")
    return [a.strip() for a in items]


def env_secret(var: str | None, what: str) -> str | None:
    """The secret in environment variable `var`; the error names the variable, never a value."""
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise ConfigError(f"{what}: environment variable {var} is not set")
    return value


class SmtpSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    host: str = "localhost"
    port: int = Field(25, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "none"
    username: str | None = None
    password_env: str | None = None                  # name of the variable holding the password
    sender: str = Field("mailroom@localhost", alias="from")
    timeout: float = Field(30, gt=0)
    ca_file: Path | None = None                      # trust this CA (a private relay); else the system's

    def password(self) -> str | None:
        return env_secret(self.password_env, "delivery.smtp.password_env")


class WebhookSettings(BaseModel, extra="forbid"):
    secret_env: str | None = None                    # default HMAC secret variable
    header: str = "X-Mailsort-Signature"
    timeout: float = Field(10, gt=0)


class RetrySettings(BaseModel, extra="forbid"):
    max_attempts: int = Field(8, ge=1)
    backoff_seconds: float = Field(60, gt=0)
    backoff_factor: float = Field(2.0, ge=1)
    max_backoff_seconds: float = Field(6 * 3600, gt=0)
    lease_seconds: float = Field(300, gt=0)          # a 'sending' row older than this is retried

    def delay(self, attempts: int) -> float:
        return min(self.max_backoff_seconds, self.backoff_seconds * self.backoff_factor ** max(0, attempts - 1))


class DigestSettings(BaseModel, extra="forbid"):
    schedule: Literal["off", "daily", "weekly"] = "off"
    time: str = "07:30"
    weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    timezone: str = "Europe/Berlin"
    recipients: list[str] = Field(default_factory=list)
    attach: Literal["pdf", "link", "none"] = "link"
    empty: Literal["skip", "note"] = "skip"
    thumbnails: bool = True
    language: Literal["de", "en"] = "de"

    _check_recipients = field_validator("recipients", mode="before")(lambda cls, v: check_addresses(v))

    @field_validator("schedule", mode="before")
    @classmethod
    def _yaml_off(cls, v: object) -> object:
        return "off" if v is False else v          # YAML 1.1 reads a bare `off` as false

    @field_validator("time", mode="before")
    @classmethod
    def _hhmm(cls, v: object) -> str:
        if isinstance(v, int) and 0 <= v < 24 * 60:   # YAML 1.1 reads a bare 07:30 as 450 (base 60)
            v = f"{v // 60:02d}:{v % 60:02d}"
        if not HHMM.match(str(v)):
            raise ValueError(f"{v!r} is not a time of day like \"07:30\"")
        return str(v)

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {v!r} (e.g. \"Europe/Berlin\")") from e
        return v

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def hour_minute(self) -> tuple[int, int]:
        h, m = self.time.split(":")
        return int(h), int(m)


class DeliverySettings(BaseModel, extra="forbid"):
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    webhook: WebhookSettings = Field(default_factory=WebhookSettings)
    retry: RetrySettings = Field(default_factory=RetrySettings)
    max_attachment_mb: float = Field(10, gt=0)       # above this a forward carries a link instead
    link_base_url: str | None = None                 # e.g. https://post.example/items/ ; item id appended
    notify_to: list[str] = Field(default_factory=list)
    discard_grace_days: int = Field(30, ge=1)
    protected_categories: list[str] = Field(default_factory=lambda: ["legal", "tax", "bank"])
    reminder_hour: int = Field(8, ge=0, le=23)       # local hour reminders go out
    timezone: str = "Europe/Berlin"

    _check_notify = field_validator("notify_to", mode="before")(lambda cls, v: check_addresses(v))

    @field_validator("protected_categories")
    @classmethod
    def _cats(cls, v: list[str]) -> list[str]:
        for c in v:
            if c not in CATEGORIES:
                raise ValueError(f"unknown category {c!r}")
        return v

    @field_validator("timezone")
    @classmethod
    def _zone(cls, v: str) -> str:
        return DigestSettings._zone(v)

    def link_for(self, item_id: str) -> str | None:
        return f"{self.link_base_url.rstrip('/')}/{item_id}" if self.link_base_url else None
