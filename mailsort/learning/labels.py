"""Every review decision becomes a label; `export_labels` hands (text, category) pairs to training."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..archive.schema import Item
from ..model import CATEGORIES
from .tables import Label, sessions, utcnow


def record_label(db_url: str, item_id: str, *, decision: str, client_id: str | None, category: str | None,
                 fields: dict[str, Any], actor: str, previous: dict[str, Any]) -> None:
    with sessions(db_url).begin() as s:
        s.add(Label(item_id=item_id, decision=decision, client_id=client_id, category=category,
                    fields=fields, previous=previous, actor=actor, at=utcnow()))


def labels_for(db_url: str, item_id: str) -> list[Label]:
    with sessions(db_url)() as s:
        return list(s.scalars(select(Label).where(Label.item_id == item_id).order_by(Label.id)))


def all_labels(db_url: str, limit: int = 500) -> list[Label]:
    with sessions(db_url)() as s:
        return list(s.scalars(select(Label).order_by(Label.id.desc()).limit(limit)))


def export_labels(db_url: str) -> list[tuple[str, str]]:
    """(item text, category) for every item a person labelled; the newest decision per item wins.

    Items without text (nothing extracted) are left out: they cannot teach a text classifier.
    """
    with sessions(db_url)() as s:
        newest: dict[str, str] = {}
        for lab in s.scalars(select(Label).order_by(Label.id)):
            if lab.category in CATEGORIES:
                newest[lab.item_id] = lab.category
        if not newest:
            return []
        texts = dict(s.execute(select(Item.item_id, Item.text).where(Item.item_id.in_(list(newest)))).all())
    return [(texts[i], cat) for i, cat in sorted(newest.items()) if (texts.get(i) or "").strip()]


def misfiles_corrected(db_url: str, since=None) -> int:
    """Decisions where the person chose another client than the machine's best guess."""
    with sessions(db_url)() as s:
        stmt = select(Label)
        if since is not None:
            stmt = stmt.where(Label.at >= since)
        return sum(1 for lab in s.scalars(stmt)
                   if lab.decision == "filed" and lab.previous.get("client_id")
                   and lab.previous.get("client_id") != lab.client_id)
