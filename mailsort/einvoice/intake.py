"""The e-invoice hooks of intake and extraction.

Intake: an XML file is read in full once with the hardened parser, so a malformed, hostile or
foreign XML is quarantined with its reason before anything else touches it.
Extraction: the item's invoice is read (the XML file, an email's XML attachment, or the XML a
ZUGFeRD/Factur-X PDF embeds) and an XML-only invoice gets its rendered PDF as a part of the item,
read from its text layer like any born-digital letter.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from ..errors import BadEInvoice
from .documents import READABLE
from .read import read_file_full, read_pdf, read_xml, read_xml_full
from .render import render_pdf
from .xmlsafe import MAX_BYTES, looks_like_einvoice

log = logging.getLogger(__name__)


def check_einvoice(path: Path, fh: BinaryIO, size: int) -> None:
    if size > MAX_BYTES:
        raise BadEInvoice(f"{path}: XML file of {size // (1024 * 1024)} MB is larger than the e-invoice "
                          f"limit of {MAX_BYTES // (1024 * 1024)} MB")
    read_xml(fh.read(), str(path))


def plan(item, part_type) -> None:
    """Set `item.einvoice` and add the rendered picture of an XML invoice to `item.parts`.

    `item` is the extractor's Item, `part_type` its Part class (passed in: text/ owns them).
    A bad XML file raises BadEInvoice (the item is quarantined); a bad attachment is noted as
    unread and the email goes on; a PDF whose embedded XML is broken keeps its own text.
    """
    source, email = item.source, item.email
    if source.kind == "xml":
        inv, attached = read_file_full(source.path)
        out = render_pdf(inv, item.workdir / "einvoice.pdf")
        item.parts.append(part_type(out, source.path.name, "pdf", None, False))
        _add_documents(item, part_type, attached, "doc")
        item.einvoice = inv
        return
    if email is not None:
        _plan_xml_attachments(item, part_type)
    for part in list(item.parts):                   # the PDF itself, or an email's PDF attachments
        if item.einvoice is None and part.kind == "pdf" and part.failed is None:
            try:
                item.einvoice = read_pdf(part.path, part.name)
            except BadEInvoice as e:
                log.warning("embedded e-invoice ignored, the PDF's text is read instead: %s", e)


def _plan_xml_attachments(item, part_type) -> None:
    for n, att in enumerate(item.email.attachments):
        name = Path(att.info.filename or f"attachment-{n + 1}").name
        if not looks_like_einvoice(att.data[:64 * 1024]):
            continue
        try:
            inv, attached = read_xml_full(att.data, name)
        except BadEInvoice as e:
            # Listed as unread on the email's first page; the mail itself is still filed.
            part = part_type(item.workdir / f"einv-{n + 1}.pdf", name, "pdf", name, True)
            part.failed = e
            item.parts.append(part)
            continue
        if item.einvoice is not None:
            continue                                # one invoice per item: the first one wins
        item.einvoice = inv
        out = render_pdf(inv, item.workdir / f"einv-{n + 1}.pdf")
        item.parts.append(part_type(out, name, "pdf", name, True))
        _add_documents(item, part_type, attached, f"einv-{n + 1}-doc")


def _add_documents(item, part_type, attached, prefix: str) -> None:
    """The invoice's embedded PDFs and images as optional parts after its rendered page."""
    for i, doc in enumerate(attached, start=1):
        ext = READABLE.get(doc.info.media_type)
        if ext is None:
            continue
        path = item.workdir / f"{prefix}-{i}{ext}"
        path.write_bytes(doc.data)
        item.parts.append(part_type(path, doc.info.name, "pdf" if ext == ".pdf" else "image", doc.info.name, True))
