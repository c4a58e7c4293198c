"""parse_email on hand-written messages of the common mail clients, German and English."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mailsort.errors import UndecodableEmail
from mailsort.intake.email import decode_bytes, decode_header_value, parse_email

RES = Path(__file__).resolve().parents[1] / "resources" / "intake"


def parse(name: str):
    return parse_email((RES / name).read_bytes())


# file, intake address, original sender address, original recipient address, original subject
FORWARDS = [
    ("gmail_fwd_de.eml", "mueller-bau@post.buero-mitte.de", "rechnung@stadtwerke-musterstadt.example",
     "info@mueller-bau.example", "Ihre Rechnung für November"),
    ("gmail_fwd_en.eml", "blue-river@post.buero-mitte.example", "billing@cloudhost.example",
     "finance@blue-river.example", "Final reminder: unpaid invoice"),
    ("outlook_de.eml", "schmidt-it@post.buero-mitte.de", "poststelle@ag-musterstadt.example",
     "info@schmidt-it.example", "Mahnung - Gebühren für März"),
    ("outlook_en.eml", "harbour-trading@post.buero-mitte.example", "renewals@northwind-insurance.example",
     "accounts@harbour-trading.example", "Your policy renewal"),
    ("outlook_bare_de_html.eml", "weber-steuer@post.buero-mitte.de", "poststelle@fa-musterstadt.example",
     "kanzlei@weber-steuer.example", "Bescheid über Einkommensteuer 2025"),
    ("outlook_bare_en.eml", "lang-consulting@post.buero-mitte.example", "legal@acme-office.example",
     "office@lang-consulting.example", "Contract amendment – service agreement SA-2026-17"),
    ("apple_de.eml", "mueller-bau@post.buero-mitte.de", "verwaltung@sonnenhof.example",
     "info@mueller-bau.example", "Kündigung Mietvertrag"),
    ("apple_en_pdf.eml", "harbour-trading@post.buero-mitte.example", "billing@utilities.example",
     "accounts@harbour-trading.example", "Invoice 2026-4711"),
    ("thunderbird_de.eml", "schmitt-it@post.buero-mitte.de", "beitrag@ihk-musterstadt.example",
     "info@schmitt-it.example", "Beitragsrechnung 2027"),
    ("thunderbird_en.eml", "blue-river@post.buero-mitte.example", "statements@examplebank.example",
     "finance@blue-river.example", "Account statement November"),
    ("quoted_fwd_de.eml", "schneider-kg@post.buero-mitte.de", "angebote@druckerei-blitz.example",
     "info@schneider-kg.example", "Nur diese Woche: 20 % auf Visitenkarten"),
    ("rfc822_attached.eml", "mueller-bau@post.buero-mitte.de", "bauamt@lra-musterkreis.example",
     "info@mueller-bau.example", "Baugenehmigung – Aktenzeichen BA-2026-033"),
]


@pytest.mark.parametrize(("name", "intake", "sender", "recipient", "subject"), FORWARDS,
                         ids=[f[0] for f in FORWARDS])
def test_forwarded_original_is_found(name, intake, sender, recipient, subject):
    info = parse(name).info
    assert info.intake_address == intake
    fwd = info.forwarded
    assert fwd is not None
    assert sender in fwd.sender
    assert recipient in fwd.recipient and "<<" not in fwd.recipient
    assert fwd.subject == subject
    # Every original in these files was sent on 18 Nov 2026 at 09:12 (Finanzamt one on the 16th).
    expected_day = (2026, 11, 16, 8, 30) if "bare_de" in name else (2026, 11, 18, 9, 12)
    d = fwd.date
    assert (d.year, d.month, d.day, d.hour, d.minute) == expected_day
    # The letter text of the original is part of the body, not only the forwarder's note.
    assert len(info.body_text.split("\n")) > 5


def test_gmail_prefers_text_plain_and_decodes_rfc2047_subject():
    info = parse("gmail_fwd_de.eml").info
    assert info.subject == "WG: Ihre Rechnung für November"
    assert info.sender == "Hans Müller <hans.mueller.mb@gmail.com>"
    assert "HTML-VERSION" not in info.body_text
    assert "Bitte überweisen Sie den Betrag bis zum 04.12.2026." in info.body_text
    assert info.date == datetime(2026, 11, 18, 10, 3, 5, tzinfo=timezone(timedelta(hours=1)))
    assert info.message_id == "CAF0wd1+gm01@mail.gmail.com"


def test_iso_8859_1_quoted_printable_and_windows_1252_euro():
    info = parse("outlook_de.eml").info
    assert info.sender == "Jörg Schmidt <buchhaltung@schmidt-it.example>"
    assert "Gebühren in Höhe von 75,00 € sind" in info.body_text
    assert "spätestens 02.12.2026" in info.body_text
    # Outlook's "[mailto:...]" becomes a normal address.
    assert info.forwarded.sender == "Amtsgericht Musterstadt <poststelle@ag-musterstadt.example>"
    en = parse("outlook_en.eml").info
    assert "FYI – please file." in en.body_text
    assert "“Please” let us know" in en.body_text


def test_base64_utf8_body():
    info = parse("gmail_fwd_en.eml").info
    assert "over £420.00 is overdue. Please pay within 7 days — by 27 November 2026." in info.body_text


def test_html_only_body_becomes_readable_text():
    info = parse("outlook_bare_de_html.eml").info
    body = info.body_text
    assert "alert" not in body and "MsoNormal" not in body and "Calibri" not in body
    lines = body.split("\n")
    assert "Bitte zu den Steuerunterlagen." in lines
    assert "Gesendet: Montag, 16. November 2026 08:30" in lines
    assert "der Bescheid für 2025 ist beigefügt." in lines      # <br> kept as a line break
    assert "Einspruchsfrist: ein Monat." in lines
    assert "Steuernummer 12/345/67890" in lines
    assert info.subject == "WG: Bescheid über Einkommensteuer 2025"


def test_pdf_attachment_is_handed_on_and_others_only_listed():
    parsed = parse("apple_en_pdf.eml")
    names = [a.filename for a in parsed.info.attachments]
    assert names == ["Rechnung 2026-4711.pdf", "notes.docx"]
    assert [a.info.filename for a in parsed.attachments] == ["Rechnung 2026-4711.pdf"]
    pdf = parsed.attachments[0]
    # Declared application/octet-stream; the content says PDF.
    assert pdf.info.media_type == "application/pdf"
    assert pdf.data == (RES / "rechnung.pdf").read_bytes()
    # Apple Mail splits the body around the attachment: both text parts are kept, in order.
    body = parsed.info.body_text
    assert body.index("your invoice is attached") < body.index("Utilities billing team")


def test_attached_original_message_body_is_included():
    info = parse("rfc822_attached.eml").info
    assert "die Baugenehmigung für das Vorhaben BA-2026-033 wird erteilt." in info.body_text
    assert info.forwarded.recipient == "Müller Bau GmbH <info@mueller-bau.example>"


def test_quoted_forward_is_unquoted_in_body():
    body = parse("quoted_fwd_de.eml").info.body_text
    assert "nur bis Freitag 20 % Rabatt auf alle Visitenkarten!" in body.split("\n")
    assert "> " not in body


def test_bad_charsets_and_raw_8bit_headers_do_not_crash():
    info = parse("bad_charset.eml").info
    assert info.subject == "Straße und Grüße"
    assert info.sender == "Büro Mitte <post@buero-mitte.de>"
    assert info.body_text == "Mit freundlichen Grüßen aus der Straße."
    assert info.date is None                                    # "not a date at all"


def test_decoders():
    assert decode_header_value("=?utf-8?B?TcO8bGxlcg==?= =?utf-8?Q?_Bau?=") == "Müller Bau"
    assert decode_header_value("=?utf-8*de?Q?Gr=C3=BC=C3=9Fe?=") == "Grüße"
    assert decode_bytes("Grüße".encode("utf-8"), "us-ascii") == "Grüße"
    assert decode_bytes(b"Gr\xfc\xdfe \x80", "latin-1") == "Grüße €"
    assert decode_bytes(b"Gr\xfc\xdfe", "base64") == "Grüße"     # a bytes codec is no charset


@pytest.mark.parametrize("data", [
    b"",
    b"   \n\n",
    bytes(range(256)) * 4,
    b"Dies ist nur ein Text ohne Kopfzeilen.\nZweite Zeile.\n",
    b"From: a@example.com\nTo: b@example.com\nSubject: leer\n\n\n",
], ids=["empty", "blank", "binary", "no-headers", "no-body"])
def test_undecodable_emails_are_refused(data):
    with pytest.raises(UndecodableEmail) as e:
        parse_email(data)
    assert "\n" not in str(e.value)


def test_html_related_logo_skipped_inline_photo_kept():
    parsed = parse("html_related_de.eml")
    info = parsed.info
    # The cid: logo belongs to the HTML; the photo of a letter sent inline is content.
    assert [a.filename for a in info.attachments] == ["Foto vom Brief Straße.jpg"]   # RFC 2231 name
    assert [a.info.media_type for a in parsed.attachments] == ["image/jpeg"]
    assert "Logo" not in info.body_text
    assert "unser Angebot: 480,00 € monatlich." in info.body_text                      # cp1252 QP
    assert info.forwarded.sender == "Glanz Gebäudeservice <angebote@glanz.example>"
    assert info.forwarded.recipient == "info@koch-partner.example"
    assert info.intake_address == "koch-partner@post.buero-mitte.de"


def test_mangled_mails_never_crash_the_parser():
    """Deterministic mutations of the resources: parsed, or refused with a reason, never a bug."""
    import random

    rng = random.Random(20261128)
    originals = [p.read_bytes() for p in sorted(RES.glob("*.eml"))]
    tokens = [b"=?utf-8?B?", b"?=", b"\n\n", b"--", b'"', b"charset=utf-16", b"\xff\xfe", b"\xc3",
              b"Content-Type: message/rfc822\n", b"filename*=utf-8''%FF", b"&#99999999;",
              b"\n-----Original Message-----\nFrom: a\nSent: 99.99.9999 99:99\n"]
    parsed = 0
    for _ in range(300):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 12)):
            pos = rng.randrange(max(1, len(data)))
            op = rng.random()
            if op < 0.4:
                data[pos:pos + 1] = bytes([rng.randrange(256)])
            elif op < 0.6:
                del data[pos:pos + rng.randint(1, 200)]
            else:
                data[pos:pos] = rng.choice(tokens)
        try:
            parse_email(bytes(data))
            parsed += 1
        except UndecodableEmail as e:
            assert "structure cannot be read" not in str(e), str(e)   # the catch-all: a bug
    assert parsed > 200


def test_thunderbird_html_header_table():
    info = parse("thunderbird_html_de.eml").info
    fwd = info.forwarded
    assert fwd.sender == "Elektro Funke GmbH <rechnung@elektro-funke.example>"
    assert fwd.recipient == "Roth Architekten PartGmbB <buero@roth-architekten.example>"
    assert fwd.subject == "Schlussrechnung Bauvorhaben Lindenallee"
    assert fwd.date == datetime(2026, 11, 23, 16, 5, tzinfo=timezone(timedelta(hours=1)))
    assert "Betreff: Schlussrechnung Bauvorhaben Lindenallee\nDatum:" in info.body_text


def test_html_lines_and_paragraphs():
    from mailsort.intake.htmltext import html_to_text

    html = ("<div>Zeile 1</div><div>Zeile 2</div><div><br></div><div>Absatz</div>"
            "<p>P1</p><p>P2</p><ul><li>a</li><li>b</li></ul>"
            '<p class="MsoNormal">O1</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">O2</p>'
            "<pre>  a   b\n  c</pre>x<b>fett</b> y &amp; z")
    assert html_to_text(html) == ("Zeile 1\nZeile 2\n\nAbsatz\n\nP1\n\nP2\n\na\nb\n\nO1\n\nO2\n\n"
                                  "a b\nc\n\nxfett y & z")


def test_format_flowed_soft_breaks_are_joined():
    from mailsort.intake.email import unflow

    text = "Sehr geehrte Damen und \nHerren, wir bitten um \nZahlung.\n-- \nSig\n> zitiert und \n> weiter\n"
    assert unflow(text) == ("Sehr geehrte Damen und Herren, wir bitten um Zahlung.\n-- \nSig\n"
                            "> zitiert und weiter\n")
    assert unflow("ab \ncd", delsp=True) == "abcd"
    mail = (b"From: a@example.com\nTo: b@example.com\nSubject: x\n"
            b"Content-Type: text/plain; charset=utf-8; format=flowed\n\n"
            b"Ihr Beitrag f\xc3\xbcr 2027 betr\xc3\xa4gt 310,00 EUR, \nf\xc3\xa4llig am 15.01.2027.\n")
    assert parse_email(mail).info.body_text == "Ihr Beitrag für 2027 beträgt 310,00 EUR, fällig am 15.01.2027."
