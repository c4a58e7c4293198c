"""Recognise a file's type from its first bytes; the name and extension are never trusted."""

from __future__ import annotations

import re

# Media types the pipeline reads, and the kind of item each one becomes.
READABLE: dict[str, str] = {
    "application/pdf": "pdf",
    "image/tiff": "scan",
    "image/png": "scan",
    "image/jpeg": "scan",
    "message/rfc822": "email",
    "application/xml": "xml",               # only e-invoices get this far (see sniff.take)
}

# Types we recognise only to name them in the rejection message.
_KNOWN_UNREADABLE: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office/Outlook .msg document"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
)

# RFC 5322 field name: printable ASCII except colon, then a colon.
_HEADER = re.compile(rb"^([!-9;-~]+):")
_MAIL_HEADERS = {
    b"from", b"to", b"cc", b"subject", b"date", b"received", b"message-id", b"mime-version",
    b"return-path", b"delivered-to", b"x-original-to", b"content-type", b"reply-to", b"sender",
    b"envelope-to", b"x-mailer", b"user-agent", b"dkim-signature", b"authentication-results",
}


def looks_like_email(head: bytes) -> bool:
    """True if `head` opens with an RFC 822 header block (at least two well-known mail headers)."""
    text = head.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")
    lines = text.splitlines()
    if lines and lines[0].startswith(b"From "):        # mbox "From " envelope line
        lines = lines[1:]
    known = 0
    seen_header = False
    for line in lines[:200]:
        if not line.strip():
            break                                       # end of the header block
        if line[:1] in (b" ", b"\t") and seen_header:
            continue                                    # folded continuation line
        m = _HEADER.match(line)
        if not m:
            return False
        seen_header = True
        if m.group(1).lower() in _MAIL_HEADERS:
            known += 1
    return known >= 2


def sniff_media_type(head: bytes) -> str | None:
    """The media type of a readable file from its first bytes (>= 1 KiB), or None."""
    if b"%PDF-" in head[:1024]:                         # PDF allows junk before the header
        return "application/pdf"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "image/tiff"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if looks_like_email(head):
        return "message/rfc822"
    return None


def describe_unreadable(head: bytes) -> str:
    """Words for a type we do not read, for the operator's rejection message."""
    for magic, words in _KNOWN_UNREADABLE:
        if head.startswith(magic):
            return words
    if head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "an HTML page"
    sample = head[:4096]
    if sample and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in sample) and b"\x00" not in sample:
        return "plain text that is neither a mail nor a document"
    return "binary data of an unknown type"
