"""`Archive`: the pipeline's one door into storage, index and quarantine.

Crash safety: every file is written durably first, then the index row and its events are committed
in one transaction; only after `file()` returns may the pipeline remove the input. Keys are derived
from the item, so a re-run after a crash overwrites the same files instead of leaving orphans.
Filing is all-or-nothing: if anything fails before the index row is committed, the files this
attempt stored are removed again (a process killed in between leaves them for `doctor --archive`).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from ..db import locks_engine
from ..errors import MailsortError, StorageError
from ..model import CATEGORIES, Category, Document, Fields, Outcome, Recipient, Routing, Source
from ..settings import Settings
from ..text.clean import path_bytes_hex, path_text
from .batch import FilingBatch, Staged
from .claims import Claims, claimer_id
from .index import Index
from .metadata import item_row, metadata_json, outcome_for, received_detail, stage_events
from .naming import Keys, client_folder, filing_date, item_keys, keys_for, review_folder, stem
from .quarantine import QuarantineArea
from .records import ItemRow
from .backends import make_store, previews_store, quarantine_inside, quarantine_store
from .store import Store

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


class Archive:
    def __init__(self, settings: Settings, store: Store | None = None, index: Index | None = None):
        self.settings = settings
        self.store = store if store is not None else make_store(settings)
        self.index = index if index is not None else Index(settings.db_url)
        self.index.create()
        self.claims = Claims(locks_engine(self.index.engine), settings.claim_lease_seconds,
                             claimer_id(settings.node_name))
        self.quarantine_area = QuarantineArea(quarantine_store(settings))

    def close(self) -> None:
        self.claims.close()
        self.index.close()

    # -- dedup and crash recovery ----------------------------------------------------------

    def lookup(self, source: Source) -> ItemRow | None:
        """The item already recorded with this content, if any."""
        return self.index.get_by_sha(source.sha256)

    @staticmethod
    def is_leftover(source: Source, row: ItemRow) -> bool:
        """True when `row` is this very input, committed by a run that died before removing it."""
        return row.source_path == path_text(source.path) and row.size == source.size

    # -- filing ----------------------------------------------------------------------------

    def file(self, source: Source, document: Document, routing: Routing,
             batch: FilingBatch | None = None) -> Outcome:
        """File one item durably; with a `batch`, only stage it there: durable at `commit`."""
        if routing.decision == "filed" and routing.recipient is None:
            # Never guess a client folder: without a recipient the item waits for a person.
            routing = routing.model_copy(update={"decision": "review",
                                                 "reason": routing.reason or "no recipient found"})
        keys = keys_for(source, document, routing)
        previous = self.index.get(source.item_id)
        at = _now()
        stored: list[str] = []
        try:
            # Everything that can fail on this item's data (encoding, serialising) comes first.
            outcome = outcome_for(source, document, routing, self.store.describe(keys.searchable))
            events = stage_events(source, document, routing, keys, self.store.describe)
            earlier = self.index.events(source.item_id) if previous is not None else []
            meta = metadata_json(outcome, routing, document, source, keys, events, at, earlier)
            row = item_row(source, document, routing, keys)
            # All three durable before the index commit (with a batch: at the batch's commit).
            with self.store.together(batch.files if batch is not None else None):
                stored.append(keys.original)
                self.store.put_file(keys.original, source.path)
                if document.searchable_pdf is not None:
                    stored.append(keys.searchable)
                    self.store.put_file(keys.searchable, document.searchable_pdf, move=True)
                stored.append(keys.metadata)
                self.store.put_bytes(keys.metadata, meta)
            if batch is not None:
                batch.items.append(Staged(source, outcome, row, events, keys, previous, stored))
                return outcome
            self.index.record(row, events)
        except Exception:      # an interrupt is like a kill: the re-run overwrites the same keys
            self._unstore(stored, previous)
            raise
        self._drop_stale(source.item_id, previous, keys)
        return outcome

    def commit(self, batch: FilingBatch) -> dict[int, Exception]:
        """Make a batch's items durable: files, then their rows in one transaction. Returns the
        items that could not be recorded (by position), their files taken back, the others filed;
        if the rows cannot be written together, each is written alone, so one bad row fails alone.
        A StorageError of the files or the index (the machine, not an item) is raised after taking
        back every item not yet recorded."""
        items, failed = list(batch.items), {}
        batch.items.clear()
        recorded = 0
        try:
            batch.files.settle()
            try:
                if len(items) == 1:
                    self.index.record(items[0].row, items[0].events)
                else:
                    self.index.record_many([(st.row, st.events) for st in items])
                recorded = len(items)
            except StorageError:
                raise
            except Exception:  # noqa: BLE001  one at a time below: the bad one fails by itself
                for n, st in enumerate(items):
                    try:
                        self.index.record(st.row, st.events)
                    except StorageError:
                        raise
                    except Exception as e:  # noqa: BLE001  this item only: quarantined by the caller
                        self._unstore(st.stored, st.previous)
                        failed[n] = e
                    recorded = n + 1
        except BaseException:
            batch.files.discard()
            for st in items[recorded:]:
                self._unstore(st.stored, st.previous)
            raise
        for n, st in enumerate(items):
            if n not in failed:
                self._drop_stale(st.source.item_id, st.previous, st.keys)
        return failed

    def _unstore(self, keys: list[str], previous: ItemRow | None) -> None:
        """Take back what a failed `file()` stored, except files an earlier filing still owns."""
        owned = {previous.archived_as, previous.original_key, previous.metadata_key} \
            if previous is not None else set()
        for key in keys:
            if key in owned:
                continue
            try:
                self.store.delete(key)
            except Exception:  # noqa: BLE001  the first error matters; doctor finds the rest
                log.warning("%s: could not be removed after a failed filing", key, exc_info=True)

    def _drop_stale(self, item_id: str, previous: ItemRow | None, keys: Keys) -> None:
        """Remove files of an earlier attempt that chose other names (e.g. review, now filed)."""
        old = set(self.store.list(review_folder(item_id) + "/"))
        if previous is not None and previous.decision in ("filed", "review"):
            old |= {k for k in (previous.archived_as, previous.original_key, previous.metadata_key) if k}
        for key in sorted(old - set(keys.all())):
            self.store.delete(key)

    def record_duplicate(self, source: Source, existing: ItemRow) -> Outcome:
        self.index.add_event(existing.item_id, "duplicate", received_detail(source))
        out = self.outcome_of(existing, reason=f"same content as item {existing.item_id} ({existing.decision})")
        return out.model_copy(update={"source": path_text(source.path), "kind": source.kind,
                                      "decision": "duplicate"})

    def record_claimed_elsewhere(self, source: Source, holder: str, holder_path: str) -> Outcome:
        """Another worker holds this content right now: it extracts and files it, not us."""
        detail = received_detail(source) | {"claimed_by": holder, "claimed_path": holder_path}
        self.index.add_event(source.item_id, "duplicate", detail)
        return Outcome(source=path_text(source.path), item_id=source.item_id, kind=source.kind,
                       decision="duplicate",
                       reason=f"being processed by {holder} (as {holder_path})")

    def outcome_of(self, row: ItemRow, reason: str | None = None) -> Outcome:
        """The Outcome line for an item already in the index (crash recovery, `show`, duplicates)."""
        if row.decision == "quarantined":
            where = row.archived_as                 # the quarantine's path or URL, not a store key
        else:
            where = self.store.describe(row.archived_as) if row.archived_as else None
        recipient = None
        if row.client_id:
            recipient = Recipient(client_id=row.client_id, confidence=row.recipient_confidence or 0.0,
                                  evidence=row.recipient_evidence or "")
        category = None
        if row.category in CATEGORIES:
            category = Category(label=row.category, confidence=row.category_confidence or 0.0)
        return Outcome(source=row.source_path, item_id=row.item_id, kind=row.kind, pages=row.pages,
                       recipient=recipient, category=category,
                       fields=Fields.model_validate(row.fields or {}), decision=row.decision,
                       reason=reason if reason is not None else row.reason, archived_as=where,
                       category_confirmed=row.category_confirmed)

    # -- quarantine ------------------------------------------------------------------------

    def quarantine(self, path: Path, error: MailsortError, source: Source | None = None) -> Outcome:
        at = _now()
        q = self.quarantine_area.put(path, error, source, at)
        item_id = q.sha256[:16] if q.sha256 else None
        if q.sha256:
            detail = {"path": path_text(path), "quarantined_as": q.where,
                      "error": str(error)}
            if (raw := path_bytes_hex(path)) is not None:
                detail["path_bytes"] = raw
            existing = self.index.get_by_sha(q.sha256)
            if existing is None or (existing.decision == "quarantined"
                                    and existing.archived_as != q.where):
                row = ItemRow(item_id=item_id, sha256=q.sha256, source_path=path_text(path),
                              inbox=path_text(source.inbox) if source and source.inbox else None,
                              station=source.station if source else None,
                              kind=source.kind if source else None,
                              media_type=source.media_type if source else None,
                              size=source.size if source else q.size,
                              received_at=source.received_at if source else at,
                              decision="quarantined", reason=str(error),
                              archived_as=q.where)
                self.index.record(row, [("quarantined", detail)])
            elif existing.decision != "quarantined":
                # Never demote a filed item; just note the bad second arrival on its trail.
                self.index.add_event(existing.item_id, "quarantined", detail)
        return Outcome(source=path_text(path), item_id=item_id, kind=source.kind if source else None,
                       decision="quarantined", reason=str(error), archived_as=q.where)

    # -- review ----------------------------------------------------------------------------

    def move_to_client(self, item_id: str, client_id: str, category: str, fields: Fields | None = None,
                       actor: str | None = None) -> ItemRow:
        """File a review item (or re-file a filed one) under a client, as a person decided."""
        row = self.index.get(item_id)
        if row is None:
            raise StorageError(f"index has no item {item_id}")
        if row.decision not in ("review", "filed"):
            raise StorageError(f"item {item_id} is {row.decision}; only review or filed items can move")
        if category not in CATEGORIES:
            raise StorageError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}")
        fields = fields or Fields.model_validate(row.fields or {})
        day = filing_date(fields.date or row.letter_date, (row.received_at or _now()).date())
        base = stem(day, category, fields.sender or row.sender, item_id)
        ext = (row.original_key or "x.bin").rsplit(".", 1)[-1]
        old = Keys(searchable=row.archived_as or "", original=row.original_key or "",
                   metadata=row.metadata_key or "")
        new = item_keys(client_folder(client_id, day), base, ext, old.searchable != old.original)
        for src, dst in ((old.original, new.original), (old.searchable, new.searchable)):
            if src and src != dst:
                self.store.copy(src, dst)
        recipient = Recipient(client_id=client_id, confidence=1.0, evidence=f"assigned by {actor or 'review'}")
        events = [("moved", {"from": old.searchable, "to": new.searchable}, actor),
                  ("filed", {"archived_as": self.store.describe(new.searchable)}, actor)]
        self.store.put_bytes(new.metadata, self._moved_metadata(row, old, new, recipient, category,
                                                                fields, events))
        updated = self.index.update(item_id, {
            "client_id": client_id, "recipient_confidence": 1.0, "recipient_evidence": recipient.evidence,
            "category": category, "category_confidence": 1.0, "fields": fields.model_dump(mode="json"),
            "sender": fields.sender or row.sender, "subject": fields.subject or row.subject,
            "letter_date": fields.date or row.letter_date, "decision": "filed", "reason": None,
            "archived_as": new.searchable, "original_key": new.original, "metadata_key": new.metadata,
        }, events)
        for key in sorted(set(old.all()) - set(new.all()) - {""}):
            self.store.delete(key)
        return updated

    def _moved_metadata(self, row: ItemRow, old: Keys, new: Keys, recipient: Recipient, category: str,
                        fields: Fields, events: list) -> bytes:
        try:
            doc = json.loads(self.store.get_bytes(old.metadata)) if old.metadata else {}
        except (MailsortError, ValueError):
            doc = {}
        doc["outcome"] = Outcome(
            source=row.source_path, item_id=row.item_id, kind=row.kind, pages=row.pages,
            recipient=recipient, category=Category(label=category, confidence=1.0), fields=fields,
            decision="filed", archived_as=self.store.describe(new.searchable)).model_dump(mode="json")
        doc["fields"] = fields.model_dump(mode="json")
        doc["files"] = {"searchable_pdf": new.searchable, "original": new.original,
                        "metadata": new.metadata}
        at = _now().isoformat()
        doc["events"] = doc.get("events", []) + [{"at": at, "stage": s, "detail": d, "actor": a}
                                                 for s, d, a in events]
        return json.dumps(doc, ensure_ascii=False, indent=2, default=str).encode("utf-8")

    def archive_keys(self) -> list[str]:
        """Every key of the archive store, without the quarantine and the page previews when they
        share the bucket root with it."""
        others = [quarantine_inside(self.store, s) for s in
                  (self.quarantine_area.store, previews_store(self.settings))]
        inner = tuple(p for p in others if p)
        return [k for k in self.store.list() if not (inner and k.startswith(inner))]
