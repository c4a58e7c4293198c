"""Look at one input file before anything reads it for real: is it safe, what is it, is it whole?

Cheap by design: headers, cross-reference tables and chunk checksums are read, pixels are not.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from ..einvoice.intake import check_einvoice
from ..einvoice.xmlsafe import looks_like_einvoice, looks_like_xml
from ..errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputRejected,
    MailsortError,
    TooLarge,
    UndecodableEmail,
    UnknownType,
    UnsafePath,
    detail,
)
from ..model import ParsedEmail, Source
from ..settings import Settings
from .filetypes import READABLE, describe_unreadable, sniff_media_type
from .pdfbomb import bomb_page, describe

log = logging.getLogger(__name__)
_CHUNK = 1 << 20
_MIN_SIDE = 16              # pixels: below this no word is legible (and tesseract errs)
_HEAD = 64 * 1024


class InputVanished(InputRejected):
    """The file disappeared between being listed and being opened (moved or deleted meanwhile).

    An InputRejected so the run goes on and the quarantine keeps a reason file as a trace.
    """

    reason = "vanished"


def station_of(path: Path, inbox: Path | None) -> str | None:
    """The scanner station: the first folder below the inbox, None for files at its top level."""
    if inbox is None:
        return None
    try:
        rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(inbox))
    except ValueError:
        return None
    return rel.parts[0] if len(rel.parts) > 1 else None


def _check_location(path: Path, inbox: Path | None) -> Path:
    """Resolve symlinks; refuse targets outside the inbox. Returns the real path to open."""
    try:
        real = path.resolve(strict=True)
    except FileNotFoundError:
        if path.is_symlink():
            raise UnsafePath(f"{path}: symlink to a missing target ({os.readlink(path)})") from None
        raise InputVanished(f"{path}: file disappeared before it could be read") from None
    except (OSError, RuntimeError) as e:                # RuntimeError: symlink loop
        raise UnsafePath(f"{path}: cannot resolve the path ({e})") from e
    if inbox is not None:
        root = Path(inbox).resolve()
        if real != root and root not in real.parents:
            raise UnsafePath(f"{path}: symlink points outside the inbox, to {real}")
    return real


def _open_regular(path: Path, real: Path) -> BinaryIO:
    # O_NONBLOCK so a FIFO cannot hang the run; fstat on the open descriptor so the file we
    # check is the file we read, even if the name is swapped meanwhile.
    try:
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise InputVanished(f"{path}: file disappeared before it could be read") from None
    except OSError as e:
        raise UnsafePath(f"{path}: cannot be opened for reading ({e.strerror})") from e
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        what = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device file"
                if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket"
                if stat.S_ISSOCK(mode) else "a directory" if stat.S_ISDIR(mode) else "not a regular file")
        raise UnsafePath(f"{path}: is {what}, not a regular file")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _hash(fh: BinaryIO) -> tuple[str, int, bytes]:
    digest = hashlib.sha256()
    size = 0
    head = b""
    while chunk := fh.read(_CHUNK):
        if not head:
            head = chunk[:_HEAD]
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size, head


def sniff(path: Path, inbox: Path | None, settings: Settings) -> Source:
    """Identify one input by content and check it is safe and whole; raise InputRejected if not."""
    return take(path, inbox, settings)[0]


def take(path: Path, inbox: Path | None, settings: Settings) -> tuple[Source, ParsedEmail | None]:
    """`sniff`, plus the parsed email for an email (checking it already parsed it once)."""
    path = Path(path)
    email = None
    if path.is_symlink() or inbox is not None:
        real = _check_location(path, inbox)
    else:
        real = path
    with _open_regular(path, real) as fh:
        sha, size, head = _hash(fh)
        if size == 0:
            raise EmptyInput(f"{path}: file is empty (0 bytes)")
        media_type = sniff_media_type(head)
        if media_type is None and (looks_like_einvoice(head) or looks_like_xml(head)):
            media_type = "application/xml"         # XRechnung UBL/CII; any other XML is refused below
        if media_type is None:
            if path.suffix.lower() in (".eml", ".msg", ".mbox"):
                raise UndecodableEmail(f"{path}: not a readable email: {describe_unreadable(head)} "
                                       "instead of RFC 822 mail headers (save mails as .eml)")
            raise UnknownType(f"{path}: unsupported file type: {describe_unreadable(head)}")
        fh.seek(0)
        if media_type == "application/pdf":
            _check_pdf(path, fh, settings)
        elif media_type == "message/rfc822":
            email = _check_email(path, fh, settings)
        elif media_type == "application/xml":
            check_einvoice(path, fh, size)          # malformed, DTD/entities, too large: quarantine
        else:
            _check_image(path, fh, size, media_type, settings)
    return Source(
        path=path,
        kind=READABLE[media_type],
        media_type=media_type,
        sha256=sha,
        size=size,
        station=station_of(path, inbox),
        inbox=inbox,
        received_at=datetime.now(timezone.utc),
    ), email


def _check_pdf(path: Path, fh: BinaryIO, settings: Settings) -> None:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, WrongPasswordError

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)                   # broken files are reported by us, once
    counted = False
    try:
        reader = PdfReader(fh, strict=True)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (WrongPasswordError, FileNotDecryptedError, NotImplementedError) as e:
                raise EncryptedInput(f"{path}: PDF is encrypted and cannot be opened ({e})") from e
            if not ok:
                raise EncryptedInput(f"{path}: PDF is password-protected (needs a password to open)")
        count = len(reader.pages)
        counted = True
        if count == 0:
            raise CorruptInput(f"{path}: PDF has no pages")
        if count > settings.ocr.max_pages:
            raise TooLarge(f"{path}: PDF has {count} pages, more than the limit of {settings.ocr.max_pages}")
        for page in reader.pages:
            page.mediabox                               # noqa: B018  resolves the page dictionary
        if bomb := bomb_page(reader):                  # resolves the content streams too
            raise TooLarge(f"{path}: {describe(bomb)}")
    except MailsortError:
        raise
    except (FileNotDecryptedError, WrongPasswordError) as e:
        raise EncryptedInput(f"{path}: PDF is encrypted and cannot be opened ({detail(e)})") from e
    except Exception as e:  # noqa: BLE001  pypdf raises many types on malformed input
        if counted:                                     # a page refers to what is not there
            raise CorruptInput(f"{path}: PDF is damaged ({detail(e)})") from e
        # pypdf's strict mode refuses a broken xref table, a page-tree loop or deep nesting
        # that pdfium repairs; only when pdfium cannot get pages out either is it quarantined.
        _check_pdf_leniently(path, settings, e)
    finally:
        pypdf_log.setLevel(level)


def _check_pdf_leniently(path: Path, settings: Settings, strict_error: Exception) -> None:
    from ..text.pdf import count_pages

    try:
        count = count_pages(path)
    except (CorruptInput, EncryptedInput) as e:
        if isinstance(e, EncryptedInput):
            raise EncryptedInput(f"{path}: {e}") from strict_error
        raise CorruptInput(f"{path}: PDF is damaged or truncated ({detail(strict_error)})"
                           ) from strict_error
    if count > settings.ocr.max_pages:
        raise TooLarge(f"{path}: PDF has {count} pages, more than the limit of {settings.ocr.max_pages}")
    log.info("%s: PDF is damaged (%s) but readable: read as repaired", path, detail(strict_error))


def _check_image(path: Path, fh: BinaryIO, size: int, media_type: str, settings: Settings) -> None:
    limit = settings.ocr.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns about bombs and odd tags; we apply our own limit and judge damage below.
            warnings.simplefilter("ignore")
            with Image.open(fh) as im:                  # reads the header only
                frames = getattr(im, "n_frames", 1)
                if frames > settings.ocr.max_pages:
                    raise TooLarge(f"{path}: image has {frames} pages, more than the limit of "
                                   f"{settings.ocr.max_pages}")
                for i in range(frames):
                    if frames > 1:
                        im.seek(i)
                    w, h = im.size
                    if min(w, h) < _MIN_SIDE:
                        raise CorruptInput(f"{path}: image of {w}x{h} pixels is too small to "
                                           "hold a letter", reason="too-small")
                    if w * h > limit:
                        raise TooLarge(f"{path}: image of {w}x{h} pixels exceeds the limit of "
                                       f"{limit} pixels (possible decompression bomb)")
                    if media_type == "image/tiff":
                        _check_tiff_strips(path, im, size, i + 1)
            fh.seek(0)
            with Image.open(fh) as im:
                im.verify()                             # PNG: chunk checksums; others: structure
    except MailsortError:
        raise
    except Image.DecompressionBombError as e:
        raise TooLarge(f"{path}: image is too large to open safely (possible decompression bomb)") from e
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as e:
        raise CorruptInput(f"{path}: image is damaged or truncated ({detail(e)})") from e
    except Exception as e:  # noqa: BLE001  Pillow's plugins raise TypeError, KeyError... on junk
        raise CorruptInput(f"{path}: image is damaged ({type(e).__name__}: {detail(e)})") from e
    if media_type == "image/jpeg":
        fh.seek(max(0, size - _HEAD))
        if b"\xff\xd9" not in fh.read():
            raise CorruptInput(f"{path}: JPEG is truncated (no end-of-image marker)")


def _check_tiff_strips(path: Path, im: Image.Image, size: int, page: int) -> None:
    """Every strip/tile of the page must lie inside the file: catches truncated TIFFs unread."""
    tags = getattr(im, "tag_v2", {})
    offsets = tags.get(273) or tags.get(324) or ()
    counts = tags.get(279) or tags.get(325) or ()
    if isinstance(offsets, int):
        offsets = (offsets,)
    if isinstance(counts, int):
        counts = (counts,)
    for off, cnt in zip(offsets, counts):
        if off + cnt > size:
            raise CorruptInput(f"{path}: TIFF is truncated (page {page} data runs past the end of the file)")


def _check_email(path: Path, fh: BinaryIO, settings: Settings) -> ParsedEmail:
    from .email import parse_email

    # Read from the file and spool attachments next to the extractor's scratch files: a big
    # email is never held whole in memory, nor are the emails of a batch waiting for OCR.
    spool = Path(settings.data_dir) / "tmp"
    try:
        spool.mkdir(parents=True, exist_ok=True)
    except OSError:
        spool = None
    try:
        return parse_email(fh, spool)
    except UndecodableEmail as e:
        raise UndecodableEmail(f"{path}: {e}") from e
