"""E-invoices through the real `mailsort process --json`: an email with an XRechnung attachment,
the XML dropped as a file, a Factur-X PDF, a self-billed invoice, a client's own invoice, and
hostile XML; then the archive: readable PDF, the original byte for byte, the metadata JSON."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parents[1] / "resources" / "einvoice"
MAILSORT = str(Path(sys.executable).with_name("mailsort"))
CLIENT = "mueller-bau"                            # config/clients.yaml: Müller Bau GmbH, mailbox 1234
INTAKE = "mueller-bau@post.buero-mitte.de"


def _process(inbox: Path, config_dir: Path, data: Path) -> tuple[int, dict[str, dict]]:
    run = subprocess.run([MAILSORT, "process", str(inbox), "--json", "--config", str(config_dir),
                          "--data", str(data)], capture_output=True, text=True, timeout=600)
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    return run.returncode, {Path(o["source"]).name: o for o in lines}


def _forwarding_email(xml: bytes) -> bytes:
    m = EmailMessage()
    m["From"] = "Uwe Müller <uwe@mueller-bau.example>"
    m["To"] = INTAKE
    m["Subject"] = "Fwd: Ihre Rechnung"
    m["Date"] = "Mon, 18 Nov 2024 09:12:00 +0100"
    m["Message-ID"] = "<fwd-4711@mueller-bau.example>"
    m.set_content("---------- Forwarded message ---------\n"
                  "From: Buchhaltung <buchhaltung@lieferant.example>\n"
                  "Date: Fri, 15 Nov 2024 10:00:00 +0100\n"
                  "Subject: Ihre Rechnung\n"
                  "To: einkauf@mueller-bau.example\n\n"
                  "Sehr geehrte Damen und Herren,\nanbei erhalten Sie unsere Rechnung.\nBuchhaltung\n")
    m.add_attachment(xml, maintype="application", subtype="xml", filename="rechnung-4711.xml")
    return bytes(m)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _archived(outcome: dict) -> tuple[Path, dict]:
    pdf = Path(outcome["archived_as"])
    meta = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    return pdf, meta


def test_email_with_xrechnung_attachment_is_filed_from_the_xml(tmp_path, config_dir, inbox):
    xml = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes()
    (inbox / "rechnung.eml").write_bytes(_forwarding_email(xml))
    code, out = _process(inbox, config_dir, tmp_path / "data")
    o = out["rechnung.eml"]
    assert code == 0
    assert o["decision"] == "filed" and o["recipient"]["client_id"] == CLIENT
    assert o["category"] == {"label": "invoice", "confidence": 0.97}
    f = o["fields"]
    assert f["sender"] == "Lieferant GmbH"                           # not "Buchhaltung"
    assert f["date"] == "2024-11-15" and f["deadlines"] == ["2024-12-15"]
    assert f["amounts"][0] == {"value": "529.87", "currency": "EUR", "text": "529,87 EUR"}
    assert f["references"]["invoice_number"] == "471102"
    assert f["references"]["buyer_reference"] == "04011000-12345-34"
    assert f["einvoice"]["amount_due"] == "529.87" and f["einvoice"]["origin"] == "rechnung-4711.xml"
    assert f["field_sources"]["date"] == "einvoice" and f["field_sources"]["deadlines"] == "einvoice-terms"
    pdf, meta = _archived(o)
    assert f"/clients/{CLIENT}/" in str(pdf)
    text = _pdf_text(pdf)
    for words in ("Rechnungsnummer / Invoice no.", "471102", "Kunden AG Mitte", "529,87 EUR",
                  "DE02120300000000202051", "Trennblätter A4"):
        assert words in text
    assert meta["fields"]["einvoice"]["seller"]["vat_id"] == "DE123456789"
    original = message_from_bytes(pdf.with_name(pdf.stem + ".orig.eml").read_bytes(), policy=default)
    attached = next(original.iter_attachments())
    assert attached.get_filename() == "rechnung-4711.xml" and attached.get_content() == xml   # byte for byte


def test_email_with_a_zugferd_pdf_attachment_takes_the_embedded_xml(tmp_path, config_dir, inbox):
    m = EmailMessage()
    m["From"] = "Buchhaltung <buchhaltung@lieferant.example>"
    m["To"] = INTAKE
    m["Subject"] = "Rechnung"
    m["Date"] = "Tue, 06 Mar 2018 08:00:00 +0100"
    m.set_content("Anbei die Rechnung als ZUGFeRD-PDF.\n")
    m.add_attachment((HERE / "zugferd_2p0_EXTENDED_Warenrechnung.pdf").read_bytes(), maintype="application",
                     subtype="pdf", filename="R87654321012345.pdf")
    (inbox / "zugferd.eml").write_bytes(bytes(m))
    _, out = _process(inbox, config_dir, tmp_path / "data")
    o = out["zugferd.eml"]
    assert o["decision"] == "filed" and o["recipient"]["client_id"] == CLIENT
    inv = o["fields"]["einvoice"]
    assert inv["origin"] == "R87654321012345.pdf/zugferd-invoice.xml" and inv["embedded"] is True
    assert o["fields"]["sender"] == "MUSTERLIEFERANT GMBH" and o["fields"]["date"] == "2018-08-06"
    assert o["fields"]["amounts"][0]["text"] == "518,99 EUR"
    assert o["fields"]["references"]["invoice_number"] == "R87654321012345"
    assert o["pages"] >= 2                                        # the mail and the supplier's own PDF pages


def test_xml_file_in_the_scanner_folder_is_filed_for_its_buyer(tmp_path, config_dir, inbox):
    # The corpus invoice addressed to a client of ours (the buyer's name replaced).
    xml = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes().replace(
        b"<cbc:RegistrationName>Kunden AG Mitte", "<cbc:RegistrationName>Müller Bau GmbH".encode())
    (inbox / "station-1").mkdir()
    (inbox / "station-1" / "rechnung-4711.xml").write_bytes(xml)
    code, out = _process(inbox, config_dir, tmp_path / "data")
    o = out["rechnung-4711.xml"]
    assert code == 0, o
    assert o["kind"] == "xml" and o["decision"] == "filed" and o["recipient"]["client_id"] == CLIENT
    assert "e-invoice buyer" in o["recipient"]["evidence"]
    assert o["category"]["label"] == "invoice"
    assert o["fields"]["amounts"][0]["text"] == "529,87 EUR" and o["fields"]["deadlines"] == ["2024-12-15"]
    pdf, meta = _archived(o)
    assert pdf.with_name(pdf.stem + ".orig.xml").read_bytes() == xml          # byte for byte
    assert "Müller Bau GmbH" in _pdf_text(pdf) and meta["outcome"]["kind"] == "xml"


def test_factur_x_pdf_keeps_its_own_visual_and_gets_the_xml_fields(tmp_path, config_dir, inbox):
    src = HERE / "fx-EN16931_Einfach.pdf"
    (inbox / src.name).write_bytes(src.read_bytes())
    code, out = _process(inbox, config_dir, tmp_path / "data")
    o = out[src.name]
    assert o["kind"] == "pdf" and o["category"]["label"] == "invoice"
    assert o["fields"]["einvoice"]["embedded"] is True
    assert o["fields"]["einvoice"]["origin"] == "fx-EN16931_Einfach.pdf/factur-x.xml"
    assert o["fields"]["sender"] == "Lieferant GmbH" and o["fields"]["date"] == "2018-03-05"
    assert o["fields"]["deadlines"] == ["2018-04-04"]            # "Zahlbar innerhalb 30 Tagen netto bis 04.04.2018"
    pdf, _ = _archived(o)
    assert pdf.read_bytes() == src.read_bytes()                  # the supplier's own picture, unchanged


def test_self_billed_invoice_goes_to_the_seller_and_a_clients_own_invoice_is_not_for_it(
        tmp_path, config_dir, inbox):
    gutschrift = (HERE / "EN16931_Gutschrift.ubl.xml").read_bytes().replace(
        b"<cbc:RegistrationName>Lieferant GmbH", "<cbc:RegistrationName>Müller Bau GmbH".encode())
    (inbox / "gutschrift.xml").write_bytes(gutschrift)
    own = (HERE / "EN16931_Einfach.ubl.xml").read_bytes().replace(
        b"<cbc:RegistrationName>Lieferant GmbH", "<cbc:RegistrationName>Müller Bau GmbH".encode())
    (inbox / "own.xml").write_bytes(own)
    _, out = _process(inbox, config_dir, tmp_path / "data")
    credit = out["gutschrift.xml"]
    assert credit["fields"]["sender"] == "Kunden AG Mitte"       # 389: the buyer issued it
    assert credit["decision"] == "filed" and credit["recipient"]["client_id"] == CLIENT
    assert "e-invoice seller" in credit["recipient"]["evidence"]
    issued = out["own.xml"]                                      # Müller Bau is the seller here
    assert issued["fields"]["sender"] == "Müller Bau GmbH"
    assert issued["decision"] == "review"
    assert issued["recipient"] is None or issued["recipient"]["client_id"] != CLIENT


def test_hostile_and_broken_xml_is_quarantined_with_a_reason(tmp_path, config_dir, inbox):
    from .test_xmlsafe import BILLION_LAUGHS

    (inbox / "laughs.xml").write_bytes(BILLION_LAUGHS)
    (inbox / "cut.xml").write_bytes((HERE / "XRECHNUNG_Einfach.cii.xml").read_bytes()[:-300])
    code, out = _process(inbox, config_dir, tmp_path / "data")
    assert code == 4
    for name, words in (("laughs.xml", "declares a DTD or entities"), ("cut.xml", "e-invoice XML is malformed")):
        o = out[name]
        assert o["decision"] == "quarantined" and words in o["reason"] and "\n" not in o["reason"]
        assert Path(o["archived_as"]).exists()


def test_arithmetic_errors_are_flagged_not_fatal(tmp_path, config_dir, inbox):
    (inbox / "wrong.xml").write_bytes((HERE / "EN16931_Einfach_wrong-total.cii.xml").read_bytes())
    code, out = _process(inbox, config_dir, tmp_path / "data")
    o = out["wrong.xml"]
    assert o["decision"] == "review"                             # no client named: review, not a crash
    problems = o["fields"]["einvoice"]["problems"]
    assert "e-invoice totals do not add up: 529.78 ≠ 473.00 + tax 56.87 = 529.87" in problems
    pdf, _ = _archived(o)
    assert "Prüfhinweise / Check results" in _pdf_text(pdf)


def test_supporting_documents_inside_the_xml_join_the_searchable_pdf(tmp_path, config_dir, inbox):
    from mailsort.text.emaildoc import render_text_pdf

    sheet = render_text_pdf("Stundenzettel November 2024\nMontag 8 Stunden Montage", tmp_path / "sheet.pdf")
    blob = base64.b64encode(sheet.read_bytes()).decode()
    reference = (f'<cac:AdditionalDocumentReference><cbc:ID>STZ-11</cbc:ID>'
                 f'<cbc:DocumentDescription>Stundenzettel</cbc:DocumentDescription><cac:Attachment>'
                 f'<cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="../stunden.pdf">'
                 f'{blob}</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>')
    xml = (HERE / "XRECHNUNG_Einfach.ubl.xml").read_bytes().replace(
        b"<cac:AccountingSupplierParty>", reference.encode() + b"<cac:AccountingSupplierParty>", 1)
    (inbox / "mit-anlage.xml").write_bytes(xml)
    _, out = _process(inbox, config_dir, tmp_path / "data")
    o = out["mit-anlage.xml"]
    assert o["pages"] == 2
    assert o["fields"]["einvoice"]["documents"] == [{"name": "stunden.pdf", "media_type": "application/pdf",
                                                     "size": sheet.stat().st_size, "description": "Stundenzettel"}]
    pdf, _ = _archived(o)
    text = _pdf_text(pdf)
    assert "Anlagen / Supporting documents" in text and "Stundenzettel November 2024" in text
    assert pdf.with_name(pdf.stem + ".orig.xml").read_bytes() == xml
