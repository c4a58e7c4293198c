"""The one place e-invoice XML is parsed (lxml), with a parser that cannot be turned against us.

E-invoices never need a DTD: one with a DOCTYPE or an entity declaration is refused before lxml
sees it (XXE, billion laughs), and the parser itself resolves no entities, loads nothing from the
network and keeps libxml2's size limits (huge_tree=False).
"""

from __future__ import annotations

import re

from lxml import etree

from ..errors import BadEInvoice

MAX_BYTES = 20 * 1024 * 1024        # the KoSIT big test invoices are ~1.3 MB; 20 MB is absurd already
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)

# Roots of the syntaxes we read: (namespace, local name) -> syntax.
UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
ZF1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
ROOTS = {(UBL_INVOICE, "Invoice"): "ubl", (UBL_CREDIT, "CreditNote"): "ubl",
         (CII, "CrossIndustryInvoice"): "cii", (ZF1, "CrossIndustryDocument"): "zugferd1"}
_ROOT_HINT = re.compile(rb"<(?:[\w.-]+:)?(?:Invoice|CreditNote|CrossIndustryInvoice|CrossIndustryDocument)[\s>]")
_NAMESPACE_HINT = (UBL_INVOICE.encode(), UBL_CREDIT.encode(), CII.encode(), ZF1.encode())


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


def _as_utf8(head: bytes) -> bytes:
    """UTF-16 files (with their BOM) are rare but legal XML: look at them as UTF-8 for the tests."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="ignore").encode("utf-8")
    return head


def looks_like_einvoice(head: bytes) -> bool:
    """Cheap test on a file's first bytes: an XML document whose root is an e-invoice syntax."""
    head = _as_utf8(head)
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return False
    return bool(_ROOT_HINT.search(head)) and any(ns in head for ns in _NAMESPACE_HINT)


def looks_like_xml(head: bytes) -> bool:
    return _as_utf8(head).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml")


def parse(data: bytes, name: str) -> tuple[str, etree._Element]:
    """(syntax, root element) of an e-invoice; BadEInvoice with a one-line reason otherwise."""
    if len(data) > MAX_BYTES:
        raise BadEInvoice(f"{name}: e-invoice XML of {len(data) // (1024 * 1024)} MB is larger than "
                          f"the limit of {MAX_BYTES // (1024 * 1024)} MB")
    if _DTD.search(_as_utf8(data)):
        raise BadEInvoice(f"{name}: XML declares a DTD or entities (not allowed in e-invoices; "
                          "possible XXE or entity-expansion attack)")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as e:
        raise BadEInvoice(f"{name}: e-invoice XML is malformed ({e.msg or e})") from e
    except ValueError as e:                      # e.g. an encoding declaration lxml cannot use
        raise BadEInvoice(f"{name}: e-invoice XML cannot be read ({e})") from e
    if root is None:
        raise BadEInvoice(f"{name}: XML document is empty")
    qname = etree.QName(root)
    syntax = ROOTS.get((qname.namespace, qname.localname))
    if syntax is None:
        raise BadEInvoice(f"{name}: XML is no e-invoice (root element {qname.localname!r} in "
                          f"namespace {qname.namespace or 'none'})")
    return syntax, root
