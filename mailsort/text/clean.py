"""The one text boundary: every text that leaves extraction passes through here.

Text reaches mailsort from pdfium (UTF-16 code units), tesseract, MIME headers and bodies in any
charset, and file names in whatever bytes the scanner's file system holds. Downstream code (spaCy,
JSON, SQLite, reportlab) wants well-formed Unicode: no lone surrogates, no NULs, one normal form.

Two kinds of text, two rules:
- content (`clean_text`): made well-formed, lossy where it must be (U+FFFD for what is broken);
- names of files on disk (`path_text`): shown readably and losslessly, bytes that are not UTF-8
  written as `\\xNN` (`path_bytes_hex` gives the exact bytes for metadata and reason files).
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import PurePath

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD = re.compile("[\x00\ufeff]")     # NUL ends C strings; a BOM mid-text is noise


def clean_text(text: str) -> str:
    """Well-formed NFC text: surrogate pairs combined, lone surrogates and NULs replaced, BOMs gone."""
    if text.isascii():
        return text.replace("\x00", REPLACEMENT) if "\x00" in text else text
    if _SURROGATE.search(text):
        # A high+low pair is one character split in UTF-16 (pdfium, some decoders): join it;
        # what stays alone cannot be a character and becomes U+FFFD.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _BAD.sub(lambda m: "" if m.group() == "\ufeff" else REPLACEMENT, text)
    return unicodedata.normalize("NFC", text)


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def path_text(path: str | PurePath) -> str:
    """A file name or path as text that always encodes: bytes that are not UTF-8 become `\\xNN`.

    File names are not normalised (NFC) here: the text must name the same file it came from.
    """
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def path_bytes_hex(path: str | PurePath) -> str | None:
    """The exact bytes of a name that is not valid UTF-8, as hex; None for a UTF-8 name."""
    raw = os.fsencode(path)
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        return raw.hex()


def safe_str(text: str) -> str:
    """Any str (e.g. an error message naming a file) as text that encodes as UTF-8 strictly."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    # Surrogate escapes (U+DC80..U+DCFF) stand for the undecodable bytes of a file name.
    return text.encode("utf-8", "surrogateescape" if _only_escapes(text) else "surrogatepass") \
        .decode("utf-8", "backslashreplace")


def _only_escapes(text: str) -> bool:
    return all("\udc80" <= c <= "\udcff" for c in _SURROGATE.findall(text))


def bounded(text: str, limit: int) -> str:
    """The first `limit` characters, cut at a line end where one is near."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", limit - 2000, limit)
    return text[: cut if cut > 0 else limit]
