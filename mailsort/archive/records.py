"""Plain snapshots of index rows handed to callers (no open session behind them)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


def _aware(v: datetime | None) -> datetime | None:
    # SQLite keeps no zone: store everything as UTC and read naive values back as UTC.
    if isinstance(v, datetime):
        return v.replace(tzinfo=UTC) if v.tzinfo is None else v.astimezone(UTC)
    return v


class EventRow(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int | None = None
    item_id: str
    at: datetime
    stage: str        # received|extracted|routed|filed|review|duplicate|quarantined|moved|...
    detail: dict[str, Any] = Field(default_factory=dict)
    actor: str | None = None

    aware_utc = field_validator("at")(_aware)


# The mark in an index row's fields JSON for "filed, category to confirm".
CATEGORY_TO_CONFIRM = "category_to_confirm"


class ItemRow(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    item_id: str
    sha256: str
    source_path: str
    inbox: str | None = None
    station: str | None = None
    kind: str | None = None
    media_type: str | None = None
    size: int | None = None
    pages: int = 0
    received_at: datetime | None = None
    client_id: str | None = None
    recipient_confidence: float | None = None
    recipient_evidence: str | None = None
    category: str | None = None
    category_confidence: float | None = None
    fields: dict[str, Any] = Field(default_factory=dict)
    subject: str | None = None
    sender: str | None = None
    letter_date: date | None = None
    decision: str
    reason: str | None = None
    archived_as: str | None = None
    original_key: str | None = None
    metadata_key: str | None = None
    text: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    aware_utc = field_validator("received_at", "created_at", "updated_at")(_aware)

    @property
    def category_confirmed(self) -> bool:
        """False for a filed item whose category a VA still has to confirm (metadata.index_fields)."""
        return not (self.fields or {}).get(CATEGORY_TO_CONFIRM)


class SearchHit(BaseModel):
    item_id: str
    client_id: str | None
    category: str | None
    decision: str
    subject: str | None
    sender: str | None
    letter_date: date | None
    received_at: datetime | None
    archived_as: str | None
    snippet: str
    rank: float

    aware_utc = field_validator("received_at")(_aware)
