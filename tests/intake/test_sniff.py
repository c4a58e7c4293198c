"""sniff() on real files of every readable type and on each kind of bad input."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from mailsort.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputRejected,
    TooLarge,
    UndecodableEmail,
    UnknownType,
    UnsafePath,
)
from mailsort.intake.sniff import InputVanished, sniff
from mailsort.settings import Settings

RES = Path(__file__).resolve().parents[1] / "resources" / "intake"
PDF = RES / "rechnung.pdf"


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    box.mkdir()
    return box


def _image(path: Path, fmt: str, **kw) -> Path:
    Image.new("L", (120, 80), 255).save(path, fmt, **kw)
    return path


def _rejects(exc: type[InputRejected], path: Path, inbox: Path | None, settings: Settings) -> str:
    with pytest.raises(exc) as e:
        sniff(path, inbox, settings)
    msg = str(e.value)
    assert "\n" not in msg and path.name in msg
    return msg


@pytest.mark.parametrize(("name", "fmt", "kind", "media_type"), [
    ("scan.png", "PNG", "scan", "image/png"),
    ("scan.jpg", "JPEG", "scan", "image/jpeg"),
    ("scan.tif", "TIFF", "scan", "image/tiff"),
])
def test_images_are_scans(inbox, settings, name, fmt, kind, media_type):
    path = _image(inbox / name, fmt)
    src = sniff(path, inbox, settings)
    assert (src.kind, src.media_type) == (kind, media_type)
    assert src.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert src.size == path.stat().st_size
    assert src.station is None and src.inbox == inbox


def test_type_comes_from_content_not_extension(inbox, settings):
    path = inbox / "station-2" / "brief.txt"
    path.parent.mkdir()
    shutil.copy(PDF, path)
    src = sniff(path, inbox, settings)
    assert (src.kind, src.media_type, src.station) == ("pdf", "application/pdf", "station-2")
    png_named_pdf = _image(inbox / "fake.pdf", "PNG")
    assert sniff(png_named_pdf, inbox, settings).media_type == "image/png"


def test_multipage_tiff_and_email_and_no_inbox(tmp_path, settings):
    tif = tmp_path / "two.tif"
    pages = [Image.new("L", (100, 100), 255), Image.new("L", (100, 100), 0)]
    pages[0].save(tif, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    assert sniff(tif, None, settings).kind == "scan"
    src = sniff(RES / "gmail_fwd_de.eml", None, settings)
    assert (src.kind, src.media_type, src.station, src.inbox) == ("email", "message/rfc822", None, None)
    assert len(src.item_id) == 16


def test_empty_file(inbox, settings):
    (inbox / "leer.pdf").write_bytes(b"")
    assert "empty" in _rejects(EmptyInput, inbox / "leer.pdf", inbox, settings)


def test_truncated_pdf(inbox, settings):
    data = PDF.read_bytes()
    (inbox / "cut.pdf").write_bytes(data[: len(data) // 2])
    _rejects(CorruptInput, inbox / "cut.pdf", inbox, settings)


def test_a_damaged_image_is_explained_without_python_reprs(inbox, settings):
    (inbox / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    reason = _rejects(CorruptInput, inbox / "scan.png", inbox, settings)
    assert reason.endswith("scan.png: image is damaged or truncated (cannot identify image file)")
    assert "<" not in reason and "BufferedReader" not in reason


def test_pdf_with_broken_page_object(inbox, settings):
    # The xref is intact but the page's content stream points at an object that is not there.
    data = PDF.read_bytes().replace(b"/Contents 7 0 R", b"/Contents 99 0 R")
    assert data != PDF.read_bytes()
    (inbox / "badpage.pdf").write_bytes(data)
    _rejects(CorruptInput, inbox / "badpage.pdf", inbox, settings)


def _encrypted(path: Path, user: str) -> Path:
    writer = PdfWriter(clone_from=PdfReader(PDF))
    writer.encrypt(user_password=user, owner_password="owner-secret", algorithm="AES-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def test_encrypted_pdf_needing_password(inbox, settings):
    path = _encrypted(inbox / "geheim.pdf", "sesam")
    assert "password" in _rejects(EncryptedInput, path, inbox, settings)


def test_encrypted_pdf_with_empty_user_password_is_fine(inbox, settings):
    path = _encrypted(inbox / "offen.pdf", "")
    assert sniff(path, inbox, settings).kind == "pdf"


def test_pdf_with_too_many_pages(inbox, settings):
    writer = PdfWriter()
    for _ in range(4):
        writer.add_blank_page(width=595, height=842)
    path = inbox / "dick.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    small = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"max_pages": 3})})
    assert "4 pages" in _rejects(TooLarge, path, inbox, small)
    assert sniff(path, inbox, settings).kind == "pdf"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_decompression_bomb_png_rejected_from_header(inbox, settings):
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr)
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + _png_chunk(b"IEND", b""))
    (inbox / "bomb.png").write_bytes(data)
    _rejects(TooLarge, inbox / "bomb.png", inbox, settings)


def test_image_over_configured_pixel_limit(inbox, settings):
    path = inbox / "big.png"
    Image.new("1", (1500, 1000)).save(path)
    tight = settings.model_copy(update={"ocr": settings.ocr.model_copy(update={"max_image_pixels": 1_000_000})})
    assert "1500x1000" in _rejects(TooLarge, path, inbox, tight)


def test_truncated_images(inbox, settings):
    for name, fmt in (("cut.png", "PNG"), ("cut.jpg", "JPEG")):
        buf = io.BytesIO()
        Image.effect_noise((200, 200), 60).save(buf, fmt)
        (inbox / name).write_bytes(buf.getvalue()[: buf.tell() * 2 // 3])
        _rejects(CorruptInput, inbox / name, inbox, settings)


def test_truncated_tiff(inbox, settings):
    buf = io.BytesIO()
    Image.effect_noise((200, 200), 60).save(buf, "TIFF")
    # Pillow writes the directory first, so cutting the end removes pixel data only.
    (inbox / "cut.tif").write_bytes(buf.getvalue()[:20_000])
    _rejects(CorruptInput, inbox / "cut.tif", inbox, settings)


def test_docx_zip_is_unknown(inbox, settings):
    path = inbox / "brief.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert "ZIP" in _rejects(UnknownType, path, inbox, settings)
    (inbox / "notiz.txt").write_text("Bitte Herrn Weber anrufen.\n")
    _rejects(UnknownType, inbox / "notiz.txt", inbox, settings)


def test_symlink_out_of_inbox(inbox, settings):
    link = inbox / "passwd.pdf"
    link.symlink_to("/etc/passwd")
    assert "outside the inbox" in _rejects(UnsafePath, link, inbox, settings)
    dangling = inbox / "weg.pdf"
    dangling.symlink_to(inbox / "does-not-exist.pdf")
    _rejects(UnsafePath, dangling, inbox, settings)


def test_symlink_inside_inbox_is_fine(inbox, settings):
    shutil.copy(PDF, inbox / "real.pdf")
    (inbox / "link.pdf").symlink_to(inbox / "real.pdf")
    assert sniff(inbox / "link.pdf", inbox, settings).kind == "pdf"


def test_fifo_and_device_are_refused_without_blocking(inbox, settings):
    fifo = inbox / "pipe.pdf"
    os.mkfifo(fifo)
    assert "FIFO" in _rejects(UnsafePath, fifo, inbox, settings)
    _rejects(UnsafePath, Path("/dev/null"), None, settings)


def test_garbage_email(inbox, settings):
    path = inbox / "kaputt.eml"
    path.write_bytes(bytes(range(1, 256)) * 10)
    _rejects(UndecodableEmail, path, inbox, settings)
    headers_only = inbox / "nur-kopf.eml"
    headers_only.write_bytes(b"From: a@example.com\r\nTo: b@example.com\r\nSubject: x\r\n\r\n")
    assert "no body" in _rejects(UndecodableEmail, headers_only, inbox, settings)


def test_vanished_file(inbox, settings):
    msg = _rejects(InputVanished, inbox / "gone.pdf", inbox, settings)
    assert "disappeared" in msg
    assert issubclass(InputVanished, InputRejected)     # the pipeline's quarantine path handles it


def test_mangled_files_are_accepted_or_rejected_never_crash(tmp_path, settings):
    import random

    rng = random.Random(1128)
    buf_tif, buf_png = io.BytesIO(), io.BytesIO()
    Image.effect_noise((64, 64), 40).save(buf_tif, "TIFF")
    Image.effect_noise((64, 64), 40).save(buf_png, "PNG")
    originals = [PDF.read_bytes(), buf_tif.getvalue(), buf_png.getvalue()]
    path = tmp_path / "mangled"
    rejected = 0
    for _ in range(150):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(8, len(data))               # keep the magic: test the deep checks
            if rng.random() < 0.6:
                data[pos] = rng.randrange(256)
            else:
                del data[pos:pos + rng.randint(1, 300)]
        path.write_bytes(bytes(data))
        try:
            sniff(path, None, settings)
        except InputRejected as e:
            rejected += 1
            assert "\n" not in str(e)
    assert rejected > 30
