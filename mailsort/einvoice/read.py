"""Find and read the structured invoice of an item: an XML file, an email's XML attachment, or the
XML a ZUGFeRD/Factur-X PDF carries as an embedded file (PDF/A-3)."""

from __future__ import annotations

import logging
from pathlib import Path

from ..errors import BadEInvoice
from ..model import EInvoice
from . import checks, cii, ubl
from .codes import type_name
from .documents import Attached, attached_documents
from .xmlsafe import MAX_BYTES, looks_like_einvoice, parse

log = logging.getLogger(__name__)

# Names the standards give the embedded XML, in the order we prefer them.
# (compared case-blind: ZUGFeRD 1.0 says "ZUGFeRD-invoice.xml", 2.0 "zugferd-invoice.xml")
EMBEDDED_NAMES = ("factur-x.xml", "xrechnung.xml", "zugferd-invoice.xml")


def read_xml(data: bytes, origin: str, embedded: bool = False) -> EInvoice:
    """The invoice in `data`, with its failed checks as problems; BadEInvoice if unreadable."""
    return read_xml_full(data, origin, embedded)[0]


def read_xml_full(data: bytes, origin: str, embedded: bool = False) -> tuple[EInvoice, list[Attached]]:
    """The invoice and the supporting documents embedded in it, decoded."""
    syntax, root = parse(data, origin)
    try:
        inv = ubl.read(root, origin, embedded) if syntax == "ubl" else cii.read(root, origin, embedded, syntax)
    except (ValueError, TypeError) as e:         # pydantic refuses a value: the XML is not sane
        raise BadEInvoice(f"{origin}: e-invoice XML has an unreadable value ({str(e).splitlines()[0]})") from e
    inv.type_name = type_name(inv.type_code)
    inv.problems = checks.problems(inv)
    attached = attached_documents(root)
    inv.documents = [a.info for a in attached]
    return inv, attached


def read_file(path: Path, name: str | None = None) -> EInvoice:
    return read_file_full(path, name)[0]


def read_file_full(path: Path, name: str | None = None) -> tuple[EInvoice, list[Attached]]:
    name = name or path.name
    if path.stat().st_size > MAX_BYTES:
        raise BadEInvoice(f"{name}: e-invoice XML is larger than the limit of {MAX_BYTES // (1024 * 1024)} MB")
    return read_xml_full(path.read_bytes(), name)


def _pick(files) -> tuple[str, bytes] | None:
    """From pypdf's lazy name -> [bytes] mapping: a standard name first, else any e-invoice XML."""
    lowered = {k.lower(): k for k in files.keys()}
    for want in EMBEDDED_NAMES:
        key = lowered.get(want)
        if key is not None and files[key]:
            return key, files[key][0]
    for key in files.keys():
        if key.lower().endswith(".xml") and files[key] and looks_like_einvoice(files[key][0][:4096]):
            return key, files[key][0]
    return None


def embedded_xml(path: Path) -> tuple[str, bytes] | None:
    """(name, bytes) of the e-invoice XML embedded in a PDF, or None. Reads only the
    EmbeddedFiles name tree (pypdf); a damaged PDF simply has none."""
    from pypdf import PdfReader

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None
        files = reader.attachments                       # lazy: names first, bytes on access
        if not any(n.lower().endswith(".xml") for n in files.keys()):
            return None
        return _pick(files)
    except Exception as e:  # noqa: BLE001  pypdf raises many types on odd files; the text layer still counts
        log.info("%s: embedded files not readable (%s)", path.name, e)
        return None
    finally:
        pypdf_log.setLevel(level)


def read_pdf(path: Path, name: str) -> EInvoice | None:
    """The invoice a ZUGFeRD/Factur-X PDF carries, None for a plain PDF. A broken embedded XML is
    a problem noted by the caller, not a reason to lose the PDF: BadEInvoice is raised."""
    found = embedded_xml(path)
    if found is None:
        return None
    inner, data = found
    return read_xml(data, f"{name}/{inner}", embedded=True)
