"""Learned aliases: the name as printed on a letter a person re-assigned, kept for the matcher."""

from __future__ import annotations

import re

from sqlalchemy import select

from .tables import LearnedAlias, sessions, utcnow

_SPACES = re.compile(r"\s+")


def clean_alias(text: str) -> str:
    return _SPACES.sub(" ", text or "").strip(" ,;:·-")[:200]


def add_alias(db_url: str, client_id: str, alias: str, *, item_id: str | None = None,
              actor: str | None = None) -> bool:
    """Store a spelling for a client; True if it was new. Too short names teach nothing."""
    alias = clean_alias(alias)
    if len(alias) < 3 or not any(ch.isalpha() for ch in alias):
        return False
    with sessions(db_url).begin() as s:
        known = s.scalars(select(LearnedAlias).where(LearnedAlias.client_id == client_id)).all()
        if any(k.alias.casefold() == alias.casefold() for k in known):
            return False
        s.add(LearnedAlias(client_id=client_id, alias=alias, item_id=item_id, actor=actor, at=utcnow()))
    return True


def set_active(db_url: str, alias_id: int, active: bool) -> None:
    with sessions(db_url).begin() as s:
        row = s.get(LearnedAlias, alias_id)
        if row is not None:
            row.active = active


def list_aliases(db_url: str) -> list[LearnedAlias]:
    with sessions(db_url)() as s:
        return list(s.scalars(select(LearnedAlias).order_by(LearnedAlias.client_id, LearnedAlias.id)))


def learned_aliases(db_url: str) -> dict[str, list[str]]:
    """Active learned aliases per client id, for the Router to add to the directory's names."""
    out: dict[str, list[str]] = {}
    for row in list_aliases(db_url):
        if row.active:
            out.setdefault(row.client_id, []).append(row.alias)
    return out


def with_learned(directory, db_url: str):
    """A copy of the client directory whose clients also carry their active learned aliases.

    This is how the Router can use what people taught: `Router(settings, with_learned(directory, url))`.
    """
    from ..routing.directory import Directory

    extra = learned_aliases(db_url)
    clients = []
    for c in directory.clients:
        known = {a.casefold() for a in c.names}
        new = [a for a in extra.get(c.id, []) if a.casefold() not in known]
        clients.append(c.model_copy(update={"aliases": [*c.aliases, *new]}) if new else c)
    return Directory(clients, directory.path)
