"""Email items: the body as page 1, then the attachments' pages, one searchable PDF."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from mailsort.model import Attachment, AttachmentData, EmailInfo, ForwardedHeader, ParsedEmail, Source
from mailsort.text.extract import Extractor
from mailsort.text.pdf import page_texts
from textsamples import ADDRESS, BODY, DPI, letter_image, text_pdf


def attachment(spool: Path, name: str, media_type: str, data: bytes) -> AttachmentData:
    """As email parsing hands it on: the decoded bytes in a spool file."""
    path = spool / f"att-{len(list(spool.glob('att-*'))) + 1}"
    path.write_bytes(data)
    return AttachmentData(info=Attachment(filename=name, media_type=media_type, size=len(data)),
                          path=path)


def email_item(tmp_path, attachments: list[AttachmentData], body: str) -> tuple[Source, ParsedEmail]:
    raw = tmp_path / "weitergeleitet.eml"
    raw.write_bytes(b"From: x\n\n" + body.encode())
    info = EmailInfo(
        intake_address="mueller-bau@post.buero-mitte.de", sender="Petra Lang <p.lang@example.org>",
        recipients=["mueller-bau@post.buero-mitte.de"], subject="WG: Rechnung Oktober",
        date=datetime(2026, 11, 21, 9, 30, tzinfo=timezone.utc),
        forwarded=ForwardedHeader(sender="Nordlicht Energie <rechnung@nordlicht.example>",
                                  recipient="Müller Bau GmbH <info@mueller-bau.example>",
                                  subject="Ihre Rechnung 2026-4711"),
        body_text=body, attachments=[a.info for a in attachments])
    source = Source(path=raw, kind="email", media_type="message/rfc822", size=raw.stat().st_size,
                    sha256=hashlib.sha256(raw.read_bytes()).hexdigest(),
                    received_at=datetime(2026, 11, 28, tzinfo=timezone.utc))
    return source, ParsedEmail(info=info, attachments=attachments)


def test_email_body_and_attachments(settings, tmp_path):
    pdf = text_pdf(tmp_path / "r.pdf", [BODY]).read_bytes()
    png_path = tmp_path / "scan.png"
    letter_image().save(png_path, dpi=(DPI, DPI))
    atts = [attachment(tmp_path, "Rechnung 2026-4711.pdf", "application/pdf", pdf),
            attachment(tmp_path, "kaputt.pdf", "application/pdf", b"%PDF-1.4 nothing else"),
            attachment(tmp_path, "notiz.txt", "text/plain", b"ignored"),
            attachment(tmp_path, "Scan Brief.png", "image/png", png_path.read_bytes())]
    source, parsed = email_item(tmp_path, atts, "Hallo,\nanbei die Rechnung zur Prüfung.\nGrüße")
    with Extractor(settings) as ex:
        doc = ex.extract(source, parsed)
    assert [(p.number, p.method, p.origin) for p in doc.pages] == [
        (1, "email-body", None), (2, "text-layer", "Rechnung 2026-4711.pdf"),
        (3, "ocr", "Scan Brief.png")]           # the broken attachment is skipped, not fatal
    head = doc.pages[0].text
    assert "Betreff: WG: Rechnung Oktober" in head and "anbei die Rechnung zur Prüfung" in head
    assert "Müller Bau GmbH <info@mueller-bau.example>" in head      # the forwarded header
    assert "Anhang nicht gelesen: kaputt.pdf (kaputt.pdf: not a readable PDF" in head
    assert doc.email == parsed.info
    texts = page_texts(doc.searchable_pdf)
    assert len(texts) == 3
    assert "Prüfung" in texts[0] and "Stromlieferung" in texts[1] and "10117 Berlin" in texts[2]
    # A short body says little: the zones come from the first attachment page.
    assert "Gesamtbetrag" in doc.zones.body and "Betreff" not in doc.zones.model_dump_json()


def test_long_email_body_without_attachments(settings, tmp_path):
    body = "\n".join(f"Zeile {n}: Grüße aus Köln, die Unterlagen folgen." for n in range(90))
    source, parsed = email_item(tmp_path, [], body)
    with Extractor(settings) as ex:
        doc = ex.extract(source, parsed)
    assert len(doc.pages) == 1 and doc.pages[0].method == "email-body"
    assert doc.zones.body == doc.pages[0].text and doc.zones.address == ""
    texts = page_texts(doc.searchable_pdf)
    assert len(texts) >= 2 and "Zeile 89: Grüße aus Köln" in texts[-1]   # wrapped onto pages


def test_email_address_text_in_attachment_zones_keeps_window(settings, tmp_path):
    png_path = tmp_path / "brief.png"
    letter_image().save(png_path, dpi=(DPI, DPI))
    source, parsed = email_item(tmp_path, [attachment(tmp_path, "brief.png", "image/png",
                                                      png_path.read_bytes())], "s. Anhang")
    with Extractor(settings) as ex:
        doc = ex.extract(source, parsed)
    assert doc.zones.address.splitlines() == ADDRESS


def test_body_rendered_and_pdf_assembled_in_a_worker_not_the_main_process(settings, tmp_path,
                                                                          monkeypatch):
    # The main process routes, files and commits one item after another; the rest of an email's
    # CPU belongs in the pool, whose forkserver workers do not see this process's patches.
    from mailsort.text import emaildoc, finish, pdf

    def not_here(*args, **kwargs):
        raise AssertionError("done in the main process")

    for module, name in ((emaildoc, "render_text_pdf"), (finish, "render_text_pdf"),
                         (pdf, "assemble"), (finish, "assemble")):
        monkeypatch.setattr(module, name, not_here)
    source, parsed = email_item(tmp_path, [], "Hallo,\nbitte den Termin am Montag bestätigen.")
    with Extractor(settings) as ex:
        doc = ex.extract(source, parsed)
    assert [p.method for p in doc.pages] == ["email-body"]
    assert "Termin am Montag bestätigen" in page_texts(doc.searchable_pdf)[0]
