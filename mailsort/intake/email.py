"""Parse one RFC 822/MIME message into the readable body, headers and attachments of an item.

Mail in the wild lies about its charsets and nests forwarded originals in several ways; every
decode step falls back instead of failing, and only a message with no headers or nothing to read
is refused (UndecodableEmail).
"""

from __future__ import annotations

import base64
import binascii
import logging
import re
import shutil
import tempfile
from datetime import datetime
from email import policy
from email.message import Message
from email.parser import BytesFeedParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from ..einvoice.xmlsafe import looks_like_einvoice
from ..errors import UndecodableEmail
from ..model import Attachment, AttachmentData, EmailInfo, ForwardedHeader, ParsedEmail
from ..text.clean import bounded, clean_text
from .filetypes import sniff_media_type
from .forwarded import dequote, find_original
from .htmltext import html_to_text, tidy_text
from .pdfbomb import attachment_bomb

log = logging.getLogger(__name__)

# Attachments whose bytes go on to text extraction; others are only listed.
_READ_TYPES = ("application/pdf", "image/png", "image/jpeg", "image/tiff")
_IDENTIFYING = ("from", "to", "subject", "date", "message-id", "received", "delivered-to",
                "x-original-to", "mime-version", "cc", "sender", "reply-to", "return-path")
# Labels that mean "we do not know": try UTF-8, then Windows-1252.
_UNKNOWN_CHARSETS = {"", "unknown", "unknown-8bit", "x-unknown", "default", "charset", "none"}
# RFC 5322 allows 998 characters per header line; a longer (unfolded) value is junk or an attack,
# and every later step (the body page, reportlab, the index) would carry it.
MAX_HEADER_CHARS = 2000


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from bytes in a declared charset that may be wrong, misspelled or missing.

    Always well-formed (the text boundary): a codec may yield lone surrogates or NULs.
    """
    return clean_text(_decode_bytes(data, charset))


def _decode_bytes(data: bytes, charset: str | None) -> str:
    cs = (charset or "").strip().strip('"').lower()
    if cs in ("us-ascii", "ascii"):
        cs = ""                                         # 8-bit bytes under "ascii": guess below
    elif cs in ("iso-8859-1", "latin-1", "latin1", "iso8859-1", "l1"):
        cs = "windows-1252"                             # what mailers that say latin-1 really send
    if cs and cs not in _UNKNOWN_CHARSETS:
        try:
            return data.decode(cs)
        except (ValueError, LookupError):               # unknown label, bytes-only codec, bad bytes
            pass
    if _is_utf8(data):
        return data.decode("utf-8")
    return data.decode("windows-1252", errors="replace")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _unsurrogate(text: str) -> str:
    # The stdlib parser keeps raw 8-bit header bytes as surrogate escapes; decode them for real.
    if not re.search("[\udc80-\udcff]", text):
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"), None)


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")


def _decode_word(m: re.Match) -> str:
    charset, enc, text = m.group(1).split("*")[0], m.group(2).upper(), m.group(3)
    try:
        if enc == "B":
            data = base64.b64decode(text + "=" * (-len(text) % 4))
        else:
            data = binascii.a2b_qp(text.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return m.group(0)
    return decode_bytes(data, charset)


def decode_header_value(raw: str) -> str:
    """A header's text with RFC 2047 encoded words and raw 8-bit bytes decoded, unfolded."""
    text = _unsurrogate(re.sub(r"\r?\n[ \t]", " ", raw))
    # Whitespace between two adjacent encoded words is not part of the text (RFC 2047 6.2).
    text = re.sub(r"(\?=)\s+(?==\?[^?\s]+\?[QqBb]\?)", r"\1", text)
    text = re.sub(r"\s+", " ", _ENCODED_WORD.sub(_decode_word, text)).strip()
    return clean_text(bounded(text, MAX_HEADER_CHARS))


def _header(msg: Message, name: str) -> str | None:
    for key, value in msg.raw_items():
        if key.lower() == name:
            return decode_header_value(str(value))
    return None


def _raw_headers(msg: Message, name: str) -> list[str]:
    return [_unsurrogate(re.sub(r"\r?\n[ \t]", " ", str(v))) for k, v in msg.raw_items()
            if k.lower() == name]


def _addresses(msg: Message, *names: str) -> list[tuple[str, str]]:
    """(display name, address) pairs; split before decoding so an encoded comma cannot split a name."""
    raw = [v for name in names for v in _raw_headers(msg, name)]
    return [(decode_header_value(n), a.strip()) for n, a in getaddresses(raw) if a and "@" in a]


def _display(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name and name != addr else addr


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def intake_address(msg: Message) -> str | None:
    """The address the mail arrived on: X-Original-To / Delivered-To beat To (lists, Bcc)."""
    # X-Original-To keeps the alias before expansion to a shared mailbox; the topmost
    # Delivered-To is our own server's (lower ones come from earlier hops of auto-forwarding).
    for name in ("x-original-to", "delivered-to", "envelope-to", "to"):
        found = _addresses(msg, name)
        if found:
            return found[0][1].lower()
    return None


def _part_text(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001  broken transfer encoding: take what is there
        payload = None
    if payload is None:
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    text = decode_bytes(payload, part.get_content_charset())
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    if str(part.get_param("format") or "").lower() == "flowed":
        text = unflow(text, delsp=str(part.get_param("delsp") or "").lower() == "yes")
    return tidy_text(text)


def unflow(text: str, delsp: bool = False) -> str:
    """Join the soft line breaks of format=flowed text (RFC 3676) into whole paragraphs."""
    out: list[str] = []
    buf: str | None = None
    depth = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        quote = re.match(r">*", line).group()
        body = line[len(quote):]
        body = body[1:] if body.startswith(" ") else body          # undo space-stuffing
        if buf is not None and quote == depth:
            buf += body
        else:
            if buf is not None:
                out.append(f"{depth} {buf}" if depth else buf)
            buf, depth = body, quote
        if buf.endswith(" ") and buf != "-- ":
            if delsp:
                buf = buf[:-1]
            continue                                                # soft break: line goes on
        out.append(f"{depth} {buf}" if depth else buf)
        buf = None
    if buf is not None:
        out.append(f"{depth} {buf}" if depth else buf)
    return "\n".join(out)


def _filename(part: Message, index: int, media_type: str) -> str:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    if name:
        name = _unsurrogate(decode_header_value(name))
        return name.replace("/", "_").replace("\\", "_").strip() or f"attachment-{index}"
    ext = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg",
           "image/tiff": ".tif"}.get(media_type, ".bin")
    return f"attachment-{index}{ext}"


def _disposition(part: Message) -> str:
    # str(): compat32 hands out Header objects for headers with raw 8-bit bytes.
    return str(part.get("Content-Disposition") or "").split(";")[0].strip().lower()


def _is_attachment(part: Message) -> bool:
    disposition = _disposition(part)
    return disposition == "attachment" or (disposition != "inline" and bool(part.get_param("name")))


def _is_embedded_image(part: Message) -> bool:
    """An image the HTML body refers to by cid: (logo, signature), unless sent as an attachment."""
    disposition = _disposition(part)
    return (part.get_content_maintype() == "image" and bool(part.get("Content-ID"))
            and disposition != "attachment")


class _Walker:
    """Collects body texts, forwarded originals and attachments in document order."""

    def __init__(self, spool_dir: Path | None = None) -> None:
        self.texts: list[str] = []
        self.originals: list[ForwardedHeader] = []
        self.listed: list[Attachment] = []
        self.data: list[AttachmentData] = []
        self.spool_dir = spool_dir
        self.spool: Path | None = None            # made on the first attachment to keep

    def walk(self, part: Message, depth: int = 0) -> None:
        if depth > 20:                                  # nesting bomb guard
            return
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global"):
            for inner in part.get_payload() or []:
                if isinstance(inner, Message):
                    self._original(inner, depth)
        elif ctype.startswith("message/"):
            return                                      # delivery reports and the like: no letter
        elif ctype == "multipart/alternative":
            best = self._best_alternative(part)
            if best is not None:
                self.walk(best, depth + 1)
        elif part.is_multipart():
            related = part.get_content_subtype() == "related"
            for i, child in enumerate(part.get_payload()):
                if related and i > 0 and _is_embedded_image(child):
                    continue                            # logos shown by the HTML, not letters
                self.walk(child, depth + 1)
        elif part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html") \
                and not _is_attachment(part):
            text = _part_text(part)
            if text:
                self.texts.append(text)
        else:
            self._attachment(part)

    def discard(self) -> None:
        if self.spool is not None:
            shutil.rmtree(self.spool, ignore_errors=True)

    def _best_alternative(self, part: Message) -> Message | None:
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        for want in ("text/plain", "text/html"):
            for child in children:
                if child.get_content_type() == want and _part_text(child):
                    return child
        multis = [c for c in children if c.is_multipart()]
        return multis[-1] if multis else (children[-1] if children else None)

    def _original(self, inner: Message, depth: int) -> None:
        """An attached original (message/rfc822): its headers as a forwarded block, then its body."""
        sender = _header(inner, "from")
        to = _header(inner, "to")
        date_raw = _header(inner, "date")
        subject = _header(inner, "subject")
        self.originals.append(ForwardedHeader(sender=sender, recipient=to, date=_date(date_raw),
                                              subject=subject))
        block = ["---------- Forwarded message ---------"]
        for label, value in (("From", sender), ("Date", date_raw), ("Subject", subject), ("To", to)):
            if value:
                block.append(f"{label}: {value}")
        self.texts.append("\n".join(block))
        self.walk(inner, depth + 1)

    def _attachment(self, part: Message) -> None:
        if self.spool is None:
            self.spool = Path(tempfile.mkdtemp(prefix="mail-", dir=self.spool_dir))
        path = self.spool / f"att-{len(self.listed) + 1}"
        with open(path, "wb") as fh:
            size = _write_payload(part, fh)
        part.set_payload("")                            # the encoded text is no longer needed
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
        sniffed = sniff_media_type(head) if head else None
        media_type = sniffed if sniffed in _READ_TYPES else part.get_content_type()
        info = Attachment(filename=_filename(part, len(self.listed) + 1, media_type),
                          media_type=media_type, size=size)
        self.listed.append(info)
        if size and (media_type in _READ_TYPES or looks_like_einvoice(head)):
            refused = attachment_bomb(path) if media_type == "application/pdf" else None
            self.data.append(AttachmentData(info=info, path=path, refused=refused))
        else:
            path.unlink()


def _write_payload(part: Message, fh: BinaryIO) -> int:
    """Decode an attachment into `fh`; base64 (nearly all of them) a slice at a time, so a
    50 MB attachment is not held decoded and encoded at once."""
    payload = part.get_payload()
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if isinstance(payload, str) and cte == "base64":
        try:
            return _write_base64(payload, fh)
        except (binascii.Error, ValueError):
            fh.seek(0)
            fh.truncate()                               # broken: as the stdlib decodes it
    try:
        data = part.get_payload(decode=True) or b""
    except Exception:  # noqa: BLE001  broken transfer encoding: nothing to read
        data = b""
    fh.write(data)
    return len(data)


_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")


def _write_base64(text: str, fh: BinaryIO, step: int = 1 << 20) -> int:
    size, carry = 0, ""
    for start in range(0, len(text), step):
        chunk = carry + _NOT_BASE64.sub("", text[start:start + step])
        cut = len(chunk) - len(chunk) % 4
        chunk, carry = chunk[:cut], chunk[cut:]
        size += fh.write(binascii.a2b_base64(chunk))
    if carry.strip("="):
        size += fh.write(binascii.a2b_base64(carry + "=" * (-len(carry) % 4)))
    return size


def parse_email(data: bytes | BinaryIO, spool_dir: Path | None = None) -> ParsedEmail:
    """Headers, readable body (including any forwarded original) and attachments of one message.

    `data` may be an open file, read 1 MB at a time. The attachments to read are written to a
    new folder in `spool_dir` (the system's temp folder if None); `ParsedEmail.discard()`
    removes it.
    """
    # compat32 keeps headers as raw strings: we decode them ourselves, and it is much faster.
    parser = BytesFeedParser(policy=policy.compat32)
    chunks = iter([data]) if isinstance(data, bytes) else iter(lambda: data.read(1 << 20), b"")
    seen = b""
    try:
        for chunk in chunks:
            if not seen:
                chunk = chunk.lstrip(b"\xef\xbb\xbf")
                seen = chunk.strip()[:1]
            parser.feed(chunk)
        msg = parser.close()
    except Exception as e:  # noqa: BLE001  the stdlib parser rarely fails, but can
        raise UndecodableEmail(f"email cannot be parsed ({type(e).__name__}: {e})") from e
    if not seen:
        raise UndecodableEmail("email is empty")
    present = {k.lower() for k in msg.keys()}
    if not present & set(_IDENTIFYING):
        raise UndecodableEmail("not an email: no mail headers (From, To, Subject, Date) found")

    walker = _Walker(spool_dir)
    try:
        return _read(msg, walker)
    except UndecodableEmail:
        walker.discard()
        raise
    except Exception as e:  # noqa: BLE001  a broken MIME tree must not crash the run
        walker.discard()
        log.warning("email could not be read", exc_info=True)
        raise UndecodableEmail(f"email structure cannot be read ({type(e).__name__}: {e})") from e


def _read(msg: Message, walker: _Walker) -> ParsedEmail:
    walker.walk(msg)
    body = dequote(tidy_text("\n\n".join(walker.texts)))
    if not body.strip() and not walker.listed:
        raise UndecodableEmail("email has no body text and no attachments")

    senders = _addresses(msg, "from")
    recipients = _addresses(msg, "to", "cc")
    # The innermost original wins: a text block found in the body, else an attached message/rfc822.
    forwarded = find_original(body) or (walker.originals[-1] if walker.originals else None)
    info = EmailInfo(
        intake_address=intake_address(msg),
        sender=_display(*senders[0]) if senders else _header(msg, "from"),
        recipients=[_display(n, a) for n, a in recipients],
        subject=_header(msg, "subject"),
        date=_date(_header(msg, "date")),
        message_id=(_header(msg, "message-id") or "").strip("<> ") or None,
        forwarded=forwarded,
        body_text=body,
        attachments=walker.listed,
    )
    return ParsedEmail(info=info, attachments=walker.data, spool=walker.spool)
