"""Small readers over lxml elements shared by the UBL and CII mappings.

Paths use lxml's `{*}` namespace wildcard: CII D16B and ZUGFeRD 1.0 spell the same elements in
different namespaces, and senders are inconsistent about prefixes; the element names decide.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from lxml import etree

Element = etree._Element


def _wild(path: str) -> str:
    return "/".join(p if p in (".", "..") or p.startswith("{") else "{*}" + p for p in path.split("/"))


def find(el: Element | None, *paths: str) -> Element | None:
    """The first element found along any of `paths` (tried in order)."""
    if el is None:
        return None
    for path in paths:
        hit = el.find(_wild(path))
        if hit is not None:
            return hit
    return None


def findall(el: Element | None, path: str) -> list[Element]:
    return [] if el is None else list(el.iterfind(_wild(path)))


def text(el: Element | None, *paths: str) -> str | None:
    """Text of the first non-empty element along `paths`, whitespace runs made one space
    (names wrap over lines in some files: "MVM Musterhafter\n   Versicherungsverein")."""
    if el is None:
        return None
    for path in paths or (".",):
        for hit in el.iterfind(_wild(path)) if path != "." else [el]:
            value = " ".join((hit.text or "").split())
            if value:
                return value
    return None


def decimal(el: Element | None, *paths: str) -> Decimal | None:
    """A number as the XML writes it ("529.87", "-12.5"), exactly; None when absent or not a number."""
    raw = text(el, *paths)
    if raw is None:
        return None
    try:
        value = Decimal(raw.replace(" ", ""))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def amount_in(el: Element | None, path: str, currency: str | None) -> Decimal | None:
    """An amount that may be given twice, in the invoice and the tax currency: the invoice's one."""
    hits = findall(el, path)
    if not hits:
        return None
    chosen = next((h for h in hits if currency and h.get("currencyID") == currency), None)
    if chosen is None:
        chosen = next((h for h in hits if not h.get("currencyID")), hits[0])
    return decimal(chosen)


_DIGITS8 = re.compile(r"^\d{8}$")


def date(el: Element | None, *paths: str) -> dt.date | None:
    """ISO dates (UBL) and CII's format 102 (YYYYMMDD); anything else is no date."""
    raw = text(el, *paths)
    if raw is None:
        return None
    raw = raw.strip()
    try:
        if _DIGITS8.match(raw):
            return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None


def joined(el: Element | None, *paths: str, sep: str = "\n") -> str | None:
    """All non-empty texts along the paths, joined (payment terms come in several notes)."""
    if el is None:
        return None
    out = []
    for path in paths:
        for hit in el.iterfind(_wild(path)):
            value = " ".join((hit.text or "").split())
            if value and value not in out:
                out.append(value)
    return sep.join(out) or None
