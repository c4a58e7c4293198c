"""The review station's library side: what an item page shows and what a decision does.

Web routes stay thin; everything here is plain Python the CLI or a test can call too.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rapidfuzz import fuzz

from ..archive.backends import previews_store
from ..archive.filing import Archive
from ..archive.records import ItemRow
from ..errors import MailsortError
from ..learning import aliases as learned
from ..learning.labels import record_label
from ..model import CATEGORIES, Fields, Page, Source
from ..routing.address import page_layout
from ..routing.directory import Directory, load_directory
from ..settings import Settings
from ..actions import load_actions
from . import claims
from .auth import Account
from .errors import ClaimHeld, WebError
from .pages import PageImages
from .queue import review_queue
from .timefmt import hhmm

log = logging.getLogger("mailsort.web")
ITEM_ID = re.compile(r"^[0-9a-f]{16}$")
_ADDRESS_QUOTE = re.compile(r"(?:address block|original recipient)[^:']*: '([^']+)'")
RETURNED = "returned"                    # decision state: not for any client, back to sender


@dataclass
class Suggestion:
    client_id: str
    name: str
    score: float
    evidence: str


@dataclass
class ItemView:
    row: ItemRow
    suggestions: list[Suggestion]
    suggested: Suggestion | None
    categories: list[tuple[str, float]]      # label, probability (best first)
    email: dict | None
    address_name: str
    pages: int
    events: list = field(default_factory=list)


def _fold(text: str) -> str:
    text = text.translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    return " ".join(unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode().split())


def _rank(query: str, text: str) -> float:
    """Typing the start of a name (or of any word in it) beats a fuzzy likeness; digits are mailboxes."""
    q, t = _fold(query), _fold(text)
    if not q or not t:
        return 0.0
    if t.startswith(q):
        return 100.0
    if query.strip().isdigit():
        return 0.0
    if any(w.startswith(q) for w in t.split()) or f" {q}" in f" {t}":
        return 95.0
    return 0.9 * fuzz.WRatio(q, t)


def _source_of(row: ItemRow) -> Source:
    return Source(path=Path(row.source_path), kind=row.kind or "pdf",
                  media_type=row.media_type or "application/octet-stream", sha256=row.sha256,
                  size=row.size or 0, station=row.station, inbox=Path(row.inbox) if row.inbox else None,
                  received_at=row.received_at or datetime.now(UTC))


class Station:
    def __init__(self, settings: Settings, directory: Directory | None = None, archive: Archive | None = None):
        self.settings = settings
        self.db_url = settings.db_url
        self.directory = directory or load_directory(settings.clients_file)
        self.archive = archive or Archive(settings)
        self.index = self.archive.index
        self.store = self.archive.store
        self.images = PageImages(self.store, settings.data_dir / "web-cache" / "pages",
                                 previews_store(settings))
        self.actions = load_actions(settings, self.directory)

    def close(self) -> None:
        if self.actions is not None:
            self.actions.close()
        self.archive.close()

    # -- seeing ------------------------------------------------------------------------------

    def visible(self, row: ItemRow | None, account: Account) -> bool:
        """Filed items only for people who look after that client; review items for everyone
        unlimited, and for a VA limited to some clients only when one of them is a candidate
        (the letter may be for a client that VA must not see)."""
        if row is None:
            return False
        if row.decision != "review":
            return account.may_see_client(row.client_id)
        if account.is_admin or not account.clients:
            return True
        return any(account.may_see_client(c) for c in self.candidate_ids(row))

    def candidate_ids(self, row: ItemRow) -> set[str]:
        """The clients routing considered for an item (its metadata's candidates, its client)."""
        ids = {c.get("client_id") for c in self.metadata(row).get("candidates") or []}
        return {i for i in ids | {row.client_id} if i}

    def review_entries(self, account: Account) -> list:
        """The review queue as this person may see it."""
        return [e for e in review_queue(self.index) if self.visible(e.row, account)]

    def confirm_entries(self, account: Account, limit: int = 2000) -> list[ItemRow]:
        """Filed items whose category a VA still has to confirm (routing was sure of the client
        only), newest first, as this person may see them."""
        rows = self.index.list(decision="filed", limit=limit)
        return [r for r in rows if not r.category_confirmed and self.visible(r, account)]

    def confirm_category(self, row: ItemRow, account: Account, category: str) -> tuple[ItemRow, list[str]]:
        """Confirm (or change) the category of a filed item; its category rules run now."""
        if row.decision != "filed" or not row.client_id:
            raise WebError(f"item {row.item_id} is {row.decision}; only filed items have a category to confirm")
        return self.file(row, account, row.client_id, category, Fields.model_validate(row.fields or {}))

    def get(self, item_id: str, account: Account) -> ItemRow | None:
        """The item if the id is well-formed, exists and this person may see it; else None (-> 404)."""
        if not ITEM_ID.match(item_id or ""):
            return None
        row = self.index.get(item_id)
        return row if self.visible(row, account) else None

    def client_name(self, client_id: str | None) -> str:
        c = self.directory.get(client_id) if client_id else None
        return c.name if c else (client_id or "")

    def metadata(self, row: ItemRow) -> dict:
        if not row.metadata_key:
            return {}
        try:
            return json.loads(self.store.get_bytes(row.metadata_key))
        except (MailsortError, ValueError) as e:
            log.warning("item %s: metadata unreadable: %s", row.item_id, e)
            return {}

    def view(self, row: ItemRow) -> ItemView:
        meta = self.metadata(row)
        seen, sugg = set(), []
        for c in meta.get("candidates") or []:
            cid = c.get("client_id")
            if cid and cid not in seen and self.directory.get(cid):
                seen.add(cid)
                sugg.append(Suggestion(cid, self.client_name(cid), float(c.get("score") or 0),
                                       c.get("evidence") or ""))
        if row.client_id and row.client_id not in seen:
            sugg.insert(0, Suggestion(row.client_id, self.client_name(row.client_id),
                                      row.recipient_confidence or 0.0, row.recipient_evidence or ""))
        sugg.sort(key=lambda s: -s.score)
        chosen = next((s for s in sugg if s.client_id == row.client_id), None) or (sugg[0] if sugg else None)
        alts = dict(meta.get("category_alternatives") or {})
        if row.category:
            alts.setdefault(row.category, row.category_confidence or 0.0)
        cats = sorted(((k, float(v)) for k, v in alts.items() if k in CATEGORIES), key=lambda kv: -kv[1])
        return ItemView(row=row, suggestions=sugg[:5], suggested=chosen, categories=cats,
                        email=meta.get("email"), address_name=self.address_name(row, sugg, meta),
                        pages=self._page_count(row), events=self.index.events(row.item_id))

    def _page_count(self, row: ItemRow) -> int:
        try:
            return self.images.count(row)
        except MailsortError as e:               # a lost or broken PDF: show the text, not a 500
            log.warning("item %s: no page images: %s", row.item_id, e)
            return 0

    @staticmethod
    def address_name(row: ItemRow, sugg: list[Suggestion], meta: dict) -> str:
        """The recipient name as printed, which a re-assignment teaches as an alias."""
        for s in sugg[:1]:
            m = _ADDRESS_QUOTE.search(s.evidence)
            if m:
                return m.group(1)
        fwd = ((meta.get("email") or {}).get("forwarded") or {}).get("recipient")
        if fwd:
            return fwd.split("<")[0].strip(' "') or fwd
        try:
            lines = page_layout(Page(number=1, text=row.text[:4000], method="text-layer")).address
        except Exception as e:           # only a pre-filled suggestion: never let it break the page
            log.warning("item %s: no address block for the alias field: %s", row.item_id, e)
            lines = []
        for line in lines:
            low = line.lower()
            if any(ch.isalpha() for ch in line) and not any(ch.isdigit() for ch in line) \
                    and not low.startswith(("c/o", "persönlich", "vertraulich", "herr", "frau", "z. hd")):
                return line.strip()
        return ""

    # -- type-ahead --------------------------------------------------------------------------

    def search_clients(self, query: str, account: Account, limit: int = 8) -> list[dict]:
        """Clients by name, alias (learned ones too), person or mailbox number, best first."""
        q = (query or "").strip()
        if not q:
            return []
        extra = learned.learned_aliases(self.db_url)
        choices: dict[tuple[str, str], str] = {}
        for c in self.directory.clients:
            if not account.may_see_client(c.id):
                continue
            for kind, texts in (("name", [c.name]), ("alias", c.aliases + extra.get(c.id, [])),
                                ("person", c.people), ("mailbox", [c.mailbox]), ("id", [c.id])):
                for t in texts:
                    choices[(c.id, f"{kind}: {t}")] = t
        hits = [(key, _rank(q, t)) for key, t in choices.items()]
        hits = [(key, score) for key, score in hits if score >= 60]
        best: dict[str, tuple[float, str]] = {}
        for (cid, label), score in hits:
            if cid not in best or score > best[cid][0]:
                best[cid] = (score, label)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], self.client_name(kv[0])))[:limit]
        return [{"id": cid, "name": self.client_name(cid), "mailbox": self.directory.get(cid).mailbox,
                 "match": label, "score": round(score)} for cid, (score, label) in ranked]

    # -- deciding ----------------------------------------------------------------------------

    def _check_claim(self, item_id: str, account: Account) -> None:
        held = claims.may_act(self.db_url, item_id, account.name)
        if held is not None:
            raise ClaimHeld(f"item {item_id} is held by {held.holder} until {hhmm(held.until)}; "
                            f"take it over first")

    def file(self, row: ItemRow, account: Account, client_id: str, category: str, fields: Fields,
             address_name: str = "") -> tuple[ItemRow, list[str]]:
        """File under a client as a person decided, run the client's rules, keep the label and alias."""
        if row.decision not in ("review", "filed"):
            raise WebError(f"item {row.item_id} is {row.decision}; it cannot be filed from here")
        if self.directory.get(client_id) is None or not account.may_see_client(client_id):
            raise WebError(f"unknown client {client_id!r}: pick one from the list")
        if category not in CATEGORIES:
            raise WebError(f"unknown category {category!r}")
        self._check_claim(row.item_id, account)
        view = self.view(row)
        previous = {"client_id": view.suggested.client_id if view.suggested else None,
                    "score": view.suggested.score if view.suggested else None,
                    "category": row.category, "category_confidence": row.category_confidence,
                    "decision": row.decision}
        updated = self.archive.move_to_client(row.item_id, client_id, category, fields, actor=account.name)
        fired: list[str] = []
        if self.actions is not None:
            fired = self.actions.on_filed(self.archive.outcome_of(updated), updated.text, _source_of(updated))
        corrected = previous["client_id"] != client_id
        record_label(self.db_url, row.item_id, decision="filed", client_id=client_id, category=category,
                     fields=fields.model_dump(mode="json"), actor=account.name, previous=previous)
        detail = {"action": "reassigned" if corrected else "approved", "client_id": client_id,
                  "category": category, "previous": previous}
        if corrected and address_name.strip() and \
                learned.add_alias(self.db_url, client_id, address_name, item_id=row.item_id, actor=account.name):
            detail["learned_alias"] = learned.clean_alias(address_name)
        self.index.add_event(row.item_id, "reviewed", detail, actor=account.name)
        claims.release(self.db_url, row.item_id)
        return updated, fired

    def return_to_sender(self, row: ItemRow, account: Account, note: str = "") -> ItemRow:
        """Not for any client: the item leaves the queue in state `returned`."""
        if row.decision != "review":
            raise WebError(f"item {row.item_id} is {row.decision}; only review items can be returned")
        self._check_claim(row.item_id, account)
        view = self.view(row)
        previous = {"client_id": view.suggested.client_id if view.suggested else None,
                    "category": row.category, "decision": row.decision}
        reason = "not for any client: return to sender" + (f" ({note.strip()[:200]})" if note.strip() else "")
        updated = self.index.update(row.item_id, {"decision": RETURNED, "reason": reason},
                                    [("returned", {"reason": reason, "previous": previous}, account.name)])
        record_label(self.db_url, row.item_id, decision=RETURNED, client_id=None, category=row.category,
                     fields=row.fields or {}, actor=account.name, previous=previous)
        claims.release(self.db_url, row.item_id)
        return updated

    def search_rows(self, query: str, client_id: str | None, limit: int = 200) -> list[ItemRow]:
        hits = self.index.search(query, client_id=client_id, limit=limit)
        rows = [self.index.get(h.item_id) for h in hits]
        return [r for r in rows if r is not None]
