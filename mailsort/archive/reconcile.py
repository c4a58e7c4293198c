"""`mailsort doctor --archive`: archive files and index rows that do not match, and the safe repairs.

Filing writes files first and the index row last, and takes the files back when it fails; only a
process killed in between (or a person editing the archive by hand) leaves a mismatch. Repair
never deletes an original: an item with readable metadata is indexed again from it, any other
stray file moves to the quarantine, and index rows whose files are gone are only reported.
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputRejected, MailsortError
from .filing import Archive
from .records import ItemRow

log = logging.getLogger(__name__)


@dataclass
class Finding:
    kind: str                 # "no-index-row" (a file) | "file-missing" (an index row)
    key: str
    item_id: str | None = None
    fixed: str | None = None  # what --repair did about it

    def line(self) -> str:
        what = ("archive file without an index row" if self.kind == "no-index-row"
                else f"index row of item {self.item_id} names a missing file")
        return f"{what}: {self.key}" + (f" -> {self.fixed}" if self.fixed else "")


def check(archive: Archive) -> list[Finding]:
    """Files without an index row and index rows (filed or review) without their files."""
    rows = archive.index.stored_rows()
    owned = {k: r.item_id for r in rows for k in _keys(r)}
    present = set(archive.archive_keys())
    found = [Finding("no-index-row", k) for k in sorted(present - set(owned))]
    found += [Finding("file-missing", k, owned[k]) for k in sorted(set(owned) - present)]
    return found


def repair(archive: Archive, findings: list[Finding]) -> list[Finding]:
    """Fix what can be fixed safely; returns the findings with `fixed` set where something was done."""
    orphans = {f.key: f for f in findings if f.kind == "no-index-row"}
    # Metadata first: re-indexing an item adopts its PDF and original too.
    for key in sorted(k for k in orphans if k.endswith(".json")):
        if orphans[key].fixed is None:
            item_id = _reindex(archive, key)
            if item_id is not None:
                row = archive.index.get(item_id)
                for k in _keys(row):
                    if k in orphans:
                        orphans[k].item_id = item_id
                        orphans[k].fixed = f"indexed again as item {item_id} from {key}"
    for finding in orphans.values():
        if finding.fixed is None:
            finding.fixed = _to_quarantine(archive, finding.key)
    return findings


def _keys(row: ItemRow) -> list[str]:
    return [k for k in (row.archived_as, row.original_key, row.metadata_key) if k]


def _reindex(archive: Archive, key: str) -> str | None:
    try:
        doc = json.loads(archive.store.get_bytes(key))
        row, trail = _row_from_metadata(doc, key)
    except (MailsortError, ValueError, KeyError, TypeError) as e:
        log.warning("%s: cannot be read as item metadata (%s)", key, e)
        return None
    if not all(archive.store.exists(k) for k in _keys(row)):
        return None                              # half an item: its parts go to quarantine
    if archive.index.get_by_sha(row.sha256) is not None:
        return None                              # the content is indexed under other names
    row.text = _pdf_text(archive, row.archived_as)
    archive.index.record(row, [*trail, ("reindexed", {"from": key, "by": "doctor --archive"})])
    return row.item_id


def _row_from_metadata(doc: dict[str, Any], key: str) -> tuple[ItemRow, list]:
    out, src, files, fields = doc["outcome"], doc["source"], doc["files"], doc.get("fields") or {}
    if files.get("metadata") != key:
        raise ValueError(f"names {files.get('metadata')} as its own key")
    rec, cat = out.get("recipient") or {}, out.get("category") or {}
    email = doc.get("email") or {}
    row = ItemRow(
        item_id=out["item_id"], sha256=src["sha256"], source_path=src["path"],
        inbox=src.get("inbox"), station=src.get("station"), kind=src.get("kind"),
        media_type=src.get("media_type"), size=src.get("size"), pages=len(doc.get("pages") or []),
        received_at=src.get("received_at"),
        client_id=rec.get("client_id") if out["decision"] == "filed" else None,
        recipient_confidence=rec.get("confidence"), recipient_evidence=rec.get("evidence"),
        category=cat.get("label"), category_confidence=cat.get("confidence"), fields=fields,
        subject=fields.get("subject") or email.get("subject"), sender=fields.get("sender"),
        letter_date=fields.get("date"), decision=out["decision"], reason=out.get("reason"),
        archived_as=files["searchable_pdf"], original_key=files["original"], metadata_key=key)
    trail = [(e["stage"], e.get("detail") or {}) for e in doc.get("events") or []]
    return row, trail


def _pdf_text(archive: Archive, key: str | None) -> str:
    """The full-text search text, read back from the searchable PDF."""
    if not key or not key.endswith(".pdf"):
        return ""
    from ..text.pdf import page_texts

    with tempfile.TemporaryDirectory(prefix="mailsort-doctor-") as tmp:
        path = Path(tmp) / "item.pdf"
        path.write_bytes(archive.store.get_bytes(key))
        try:
            return "\n\n".join(page_texts(path))
        except MailsortError:
            return ""


def _to_quarantine(archive: Archive, key: str) -> str:
    """Copy a stray file to the quarantine (reason file, index row), then take it off the archive."""
    with tempfile.TemporaryDirectory(prefix="mailsort-doctor-") as tmp:
        path = Path(tmp) / PurePosixPath(key).name
        path.write_bytes(archive.store.get_bytes(key))
        outcome = archive.quarantine(path, InputRejected(
            f"{key}: found in the archive without an index row (doctor --archive --repair)",
            reason="archive-orphan"))
    archive.store.delete(key)
    return f"moved to quarantine: {outcome.archived_as}"
