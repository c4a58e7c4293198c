"""Supporting documents an e-invoice carries inside its XML (BG-24: UBL AdditionalDocumentReference,
CII AdditionalReferencedDocument, base64): a timesheet, a utility statement. Their PDFs and images
join the item's pages so a person sees and can search them."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import PurePath

from ..model import EDocument
from .nodes import Element, findall, text

READABLE = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


@dataclass
class Attached:
    info: EDocument
    data: bytes


def _safe_name(raw: str | None, fallback: str) -> str:
    name = PurePath((raw or "").replace("\\", "/")).name.strip()
    return name or fallback


def attached_documents(root: Element) -> list[Attached]:
    out: list[Attached] = []
    refs = [(r, "Attachment/EmbeddedDocumentBinaryObject", "DocumentDescription") for r in
            findall(root, "AdditionalDocumentReference")]
    refs += [(r, "AttachmentBinaryObject", "Name") for r in root.iter("{*}AdditionalReferencedDocument")]
    for n, (ref, path, described) in enumerate(refs, start=1):
        blob = next(iter(findall(ref, path)), None)
        if blob is None or not (blob.text or "").strip():
            continue
        media_type = (blob.get("mimeCode") or "application/octet-stream").lower()
        try:
            data = base64.b64decode("".join(blob.text.split()), validate=True)
        except (binascii.Error, ValueError):
            continue                                   # undecodable: listed nowhere, the XML keeps it
        name = _safe_name(blob.get("filename"), f"anlage-{n}{READABLE.get(media_type, '.bin')}")
        out.append(Attached(EDocument(name=name, media_type=media_type, size=len(data),
                                      description=text(ref, described) or text(ref, "ID", "IssuerAssignedID")),
                            data))
    return out
