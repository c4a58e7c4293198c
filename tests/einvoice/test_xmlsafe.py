"""Hostile and broken XML is refused with a one-line reason, fast, and never expanded or fetched."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from mailsort.einvoice import xmlsafe
from mailsort.einvoice.read import read_xml
from mailsort.errors import BadEInvoice, InputRejected

HERE = Path(__file__).resolve().parents[1] / "resources" / "einvoice"
UBL_HEAD = b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">'

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
""" + UBL_HEAD + b"<ID>&lol9;</ID></Invoice>"

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
""" + UBL_HEAD + b"<ID>&secret;</ID></Invoice>"


def test_billion_laughs_is_refused_before_parsing():
    start = time.monotonic()
    with pytest.raises(BadEInvoice) as e:
        read_xml(BILLION_LAUGHS, "laughs.xml")
    assert time.monotonic() - start < 5          # an expansion would take minutes and gigabytes
    assert "DTD or entities" in str(e.value) and "\n" not in str(e.value)
    assert isinstance(e.value, InputRejected) and e.value.reason == "bad-einvoice"


def test_external_entity_is_refused_and_never_read():
    with pytest.raises(BadEInvoice) as e:
        read_xml(XXE, "xxe.xml")
    assert "root:" not in str(e.value) and "possible XXE" in str(e.value)


def test_parser_itself_does_not_resolve_entities():
    # Even past the DTD screen (here: called directly), lxml is set never to expand or fetch.
    parser = xmlsafe._parser()
    root = xmlsafe.etree.fromstring(XXE, parser=parser)
    assert "root:" not in "".join(root.itertext())


def test_malformed_xml_names_the_file_and_the_fault():
    data = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes()[:-200]       # cut off mid-way
    with pytest.raises(BadEInvoice) as e:
        read_xml(data, "rechnung-4711.xml")
    assert str(e.value).startswith("rechnung-4711.xml: e-invoice XML is malformed")


def test_foreign_xml_is_no_einvoice():
    with pytest.raises(BadEInvoice) as e:
        read_xml(b'<?xml version="1.0"?><order xmlns="urn:example:order"><id>1</id></order>', "order.xml")
    assert "no e-invoice (root element 'order'" in str(e.value)


def test_huge_file_is_refused_by_size(monkeypatch):
    monkeypatch.setattr("mailsort.einvoice.xmlsafe.MAX_BYTES", 10_000)
    data = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes()
    assert len(data) < 10_000
    read_xml(data, "small.xml")                                    # under the limit: fine
    with pytest.raises(BadEInvoice, match="larger than the limit"):
        read_xml(data + b" " * 10_000, "big.xml")


def test_detection_from_the_first_bytes():
    for name in ("XRECHNUNG_Einfach.ubl.xml", "XRECHNUNG_Einfach.cii.xml", "ubl-tc434-creditnote1.xml"):
        assert xmlsafe.looks_like_einvoice((HERE / name).read_bytes()[:64 * 1024])
    assert not xmlsafe.looks_like_einvoice(b"%PDF-1.7 <Invoice>")
    assert not xmlsafe.looks_like_einvoice(b'<?xml version="1.0"?><html><body>Invoice</body></html>')


def test_utf16_invoice_is_detected_and_read():
    text = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_text(encoding="utf-8").replace(
        'encoding="UTF-8"', 'encoding="UTF-16"', 1)
    data = text.encode("utf-16")                                   # with its byte-order mark
    assert xmlsafe.looks_like_einvoice(data[:64 * 1024])
    assert str(read_xml(data, "utf16.xml").amount_due) == "529.87"
    hostile = BILLION_LAUGHS.decode().encode("utf-16")
    with pytest.raises(BadEInvoice, match="DTD or entities"):
        read_xml(hostile, "laughs16.xml")
