"""What the archive records about one item: the index row, the event trail and the metadata JSON."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from ..model import Document, Outcome, Routing, Source
from ..text.clean import path_bytes_hex, path_text
from .index import NewEvent
from .naming import Keys, sender_of
from .records import CATEGORY_TO_CONFIRM, EventRow, ItemRow


def received_detail(source: Source) -> dict[str, Any]:
    detail = {"path": path_text(source.path),
              "inbox": path_text(source.inbox) if source.inbox else None,
              "station": path_text(source.station) if source.station else None,
              "size": source.size, "media_type": source.media_type,
              "received_at": source.received_at.isoformat()}
    if (raw := path_bytes_hex(source.path)) is not None:
        detail["path_bytes"] = raw          # the exact name, which is not UTF-8
    return detail


def stage_events(source: Source, document: Document, routing: Routing, keys: Keys,
                 describe) -> list[NewEvent]:
    """received, extracted, routed, filed|review: the trail one `Archive.file` call writes."""
    confs = [p.confidence for p in document.pages if p.confidence is not None]
    extracted = {"pages": len(document.pages), "methods": sorted({p.method for p in document.pages}),
                 "ocr_confidence": round(sum(confs) / len(confs), 1) if confs else None,
                 "chars": len(document.text)}
    rec = routing.recipient
    routed = {"client_id": rec.client_id if rec else None,
              "recipient_confidence": rec.confidence if rec else None,
              "evidence": rec.evidence if rec else None,
              "candidates": [c.model_dump() for c in routing.candidates[:5]],
              "category": routing.category.label, "category_confidence": routing.category.confidence,
              "decision": routing.decision, "reason": routing.reason,
              "category_confirmed": routing.category_confirmed}
    done = {"archived_as": describe(keys.searchable), "original": describe(keys.original),
            "metadata": describe(keys.metadata)}
    return [("received", received_detail(source)), ("extracted", extracted), ("routed", routed),
            (routing.decision, done)]


def item_row(source: Source, document: Document, routing: Routing, keys: Keys) -> ItemRow:
    rec = routing.recipient
    filed = routing.decision == "filed" and rec is not None
    email = document.email
    return ItemRow(
        item_id=source.item_id, sha256=source.sha256, source_path=path_text(source.path),
        inbox=path_text(source.inbox) if source.inbox else None,
        station=path_text(source.station) if source.station else None, kind=source.kind,
        media_type=source.media_type, size=source.size, pages=len(document.pages),
        received_at=source.received_at,
        # A review item keeps its best guess out of client_id: client filters must never show it.
        client_id=rec.client_id if filed else None,
        recipient_confidence=rec.confidence if rec else None,
        recipient_evidence=rec.evidence if rec else None,
        category=routing.category.label, category_confidence=routing.category.confidence,
        fields=index_fields(routing),
        subject=routing.fields.subject or (email.subject if email else None),
        sender=sender_of(document, routing), letter_date=routing.fields.date,
        decision=routing.decision, reason=routing.reason, archived_as=keys.searchable,
        original_key=keys.original, metadata_key=keys.metadata, text=document.text,
    )


def index_fields(routing: Routing) -> dict[str, Any]:
    """The index row's fields JSON. An unconfirmed category is marked there (key CATEGORY_TO_CONFIRM)
    rather than in a column of its own, so the index needs no schema change; a VA's decision
    rewrites the fields without the mark (`Archive.move_to_client`)."""
    out = routing.fields.model_dump(mode="json")
    if not routing.category_confirmed:
        out[CATEGORY_TO_CONFIRM] = True
    return out


def outcome_for(source: Source, document: Document, routing: Routing, archived_as: str) -> Outcome:
    return Outcome(source=path_text(source.path), item_id=source.item_id, kind=source.kind,
                   pages=len(document.pages), recipient=routing.recipient, category=routing.category,
                   fields=routing.fields, decision=routing.decision, reason=routing.reason,
                   archived_as=archived_as, category_confirmed=routing.category_confirmed)


def metadata_json(outcome: Outcome, routing: Routing, document: Document, source: Source,
                  keys: Keys, events: list[NewEvent], at: datetime,
                  earlier: list[EventRow] = ()) -> bytes:
    trail = [{"at": e.at.isoformat(), "stage": e.stage, "detail": e.detail, "actor": e.actor}
             for e in earlier]
    trail += [{"at": at.isoformat(), "stage": ev[0], "detail": ev[1]} for ev in events]
    doc: dict[str, Any] = {
        "outcome": outcome.model_dump(mode="json"),
        "candidates": [c.model_dump(mode="json") for c in routing.candidates],
        "category_alternatives": routing.category.alternatives,
        "fields": routing.fields.model_dump(mode="json"),
        "email": document.email.model_dump(mode="json") if document.email else None,
        "source": {"sha256": source.sha256, **received_detail(source), "kind": source.kind},
        "files": {"searchable_pdf": keys.searchable, "original": keys.original,
                  "metadata": keys.metadata},
        "pages": [{"number": p.number, "method": p.method, "rotation": p.rotation, "skew": p.skew,
                   "confidence": p.confidence, "origin": p.origin} for p in document.pages],
        "events": trail,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, default=str).encode("utf-8")
