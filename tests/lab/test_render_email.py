"""Forwarded emails in every client's style parse with the stdlib and keep the original mail."""

from __future__ import annotations

import email
import html
import email.policy
from email.headerregistry import Address

import pytest
from pypdf import PdfReader
import io

from mailsort_lab.render import EMAIL_STYLES, render_email
from mailsort_lab.render.example import example_letter

INTAKE = "mueller-bau@post.buero-mitte.de"
FORWARDER = Address("Jörg Müller", "j.mueller", "mueller-bau.example")
ORIGINAL_TO = Address("Hans Müller", "h.mueller", "mueller-bau.example")
MARKERS = {
    "gmail-en": "---------- Forwarded message ---------",
    "gmail-de": "---------- Weitergeleitete Nachricht ---------",
    "outlook-de-original": "-----Ursprüngliche Nachricht-----",
    "outlook-de": "Gesendet:",
    "outlook-en": "Sent:",
    "apple-en": "Begin forwarded message:",
    "apple-de": "Anfang der weitergeleiteten Nachricht:",
    "thunderbird-en": "-------- Forwarded Message --------",
    "thunderbird-de": "-------- Weitergeleitete Nachricht --------",
    "quote-de": "schrieb Stadtwerke Lindenau GmbH <service@sw-lindenau.example>:",
    "quote-en": "Stadtwerke Lindenau GmbH <service@sw-lindenau.example> wrote:",
}
VARIANTS = [("plain", "utf-8", "quoted-printable"), ("html", "iso-8859-1", "base64"),
            ("alternative", "windows-1252", "8bit")]


def _parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


@pytest.mark.parametrize("style", EMAIL_STYLES)
def test_each_style_parses_and_quotes_the_original(tmp_path, style):
    body, charset, cte = VARIANTS[EMAIL_STYLES.index(style) % 3]
    path = render_email(example_letter("de"), tmp_path / "m.eml", style, INTAKE, FORWARDER,
                        ORIGINAL_TO, body=body, charset=charset, encoding=cte)
    msg = _parse(path)
    assert msg["To"] == INTAKE
    assert msg["From"].addresses[0].display_name == "Jörg Müller"
    assert msg["Subject"].endswith("Zahlungserinnerung zur Rechnung R-2026-18832")
    part = msg.get_body(("plain",) if body != "html" else ("html",))
    assert part.get_content_charset() == charset
    assert part["Content-Transfer-Encoding"] == cte
    text = part.get_content()
    if body == "html":
        text = html.unescape(text)
    assert MARKERS[style] in text
    assert "service@sw-lindenau.example" in text                     # original From
    if style.startswith("quote-"):                                  # quoting names no recipient
        assert "h.mueller@" not in text
        if body != "html":
            assert "\n> Sehr geehrter Herr Müller," in text
    else:
        assert "h.mueller@mueller-bau.example" in text               # original To
        assert "Hans Müller" in text
    assert "Herr Müller" in text and "412,80 EUR" in text
    head = path.read_bytes().split(b"\r\n\r\n")[0]                   # RFC 2047 umlaut header
    assert f"From: =?{charset}?".encode() in head


def test_html_only_mail_has_no_plain_part(tmp_path):
    msg = _parse(render_email(example_letter("en"), tmp_path / "m.eml", "outlook-en", INTAKE,
                              FORWARDER, body="html"))
    assert msg.get_content_type() == "text/html"
    assert msg.get_body(("plain",)) is None


@pytest.mark.parametrize("kind", ["pdf", "scan"])
def test_letter_travels_as_pdf_attachment(tmp_path, kind):
    msg = _parse(render_email(example_letter("de"), tmp_path / "m.eml", "outlook-de", INTAKE,
                              FORWARDER, ORIGINAL_TO, attachment=kind))
    atts = list(msg.iter_attachments())
    assert len(atts) == 1 and atts[0].get_content_type() == "application/pdf"
    reader = PdfReader(io.BytesIO(atts[0].get_content()))
    text = reader.pages[0].extract_text()
    if kind == "pdf":
        assert "Zahlungserinnerung zur Rechnung R-2026-18832" in text
    else:
        assert text.strip() == ""                     # an image: the pipeline must OCR it


def test_same_call_writes_same_bytes(tmp_path):
    a = render_email(example_letter("de"), tmp_path / "a.eml", "apple-de", INTAKE, FORWARDER,
                     body="alternative", attachment="pdf")
    b = render_email(example_letter("de"), tmp_path / "b.eml", "apple-de", INTAKE, FORWARDER,
                     body="alternative", attachment="pdf")
    assert a.read_bytes() == b.read_bytes()


def test_legacy_charset_headers_are_rfc2047_words_in_that_charset(tmp_path):
    letter = example_letter("de")
    letter.subject = "Zahlungserinnerung für März"
    path = render_email(letter, tmp_path / "m.eml", "outlook-de-original", INTAKE, FORWARDER,
                        charset="windows-1252", encoding="quoted-printable")
    head = path.read_bytes().split(b"\r\n\r\n")[0]
    assert b"Subject: =?windows-1252?q?" in head and b"From: =?windows-1252?q?J=F6rg" in head
    msg = _parse(path)
    assert msg["Subject"] == "WG: Zahlungserinnerung für März"
    assert msg["From"].addresses[0].display_name == "Jörg Müller"
    assert msg.get_body(("plain",)).get_content_charset() == "windows-1252"


def test_nested_forward_keeps_the_original_innermost(tmp_path):
    msg = _parse(render_email(example_letter("de"), tmp_path / "m.eml", "outlook-de", INTAKE,
                              FORWARDER, ORIGINAL_TO, nested=True))
    assert msg["Subject"] == "WG: WG: Zahlungserinnerung zur Rechnung R-2026-18832"
    text = msg.get_body(("plain",)).get_content()
    outer, inner = text.split("Von: Stadtwerke Lindenau GmbH")
    assert "Von: Hans Müller <h.mueller@mueller-bau.example>" in outer
    assert "An: Jörg Müller <j.mueller@mueller-bau.example>" in outer
    assert inner.startswith(" <service@sw-lindenau.example>")
    assert "An: Hans Müller <h.mueller@mueller-bau.example>" in inner
