"""Money amounts in German and English notation, and IBANs validated with schwifty.

1.234,56 €, EUR 1.234,56, € 1,234.56, 1.234,- EUR, 1 234,56 EUR (OCR spaces), £ 99.00 ...
The total ("Gesamtbetrag", "offener Betrag", "Amount due") comes first in the list.
"""

from __future__ import annotations

import re
from decimal import Decimal

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from ..model import Amount

_CUR = r"(?P<cur>EUR|€|Euro|USD|US\$|\$|GBP|£|CHF|Fr\.)"
_CUR2 = _CUR.replace("?P<cur>", "?P<cur2>")
# OCR puts a space after the decimal comma of a grouped number: "4.629, 24 EUR".
_NUM = r"(?P<num>\d{1,3}(?:\.\d{3})+,\s\d{2}(?!\d)|\d{1,3}(?:[.,' ]\d{3})+(?:[.,](?:\d{2}|-{1,2}|–))?|\d+(?:[.,](?:\d{2}|-{1,2}|–))?)"
_NUM2 = _NUM.replace("?P<num>", "?P<num2>")
_RX = re.compile(rf"(?<![\w.,]){_CUR}\s?{_NUM}(?![\d])|(?<![\w.,]){_NUM2}\s?{_CUR2}(?!\w)")
_CODES = {"€": "EUR", "euro": "EUR", "eur": "EUR", "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP",
          "gbp": "GBP", "chf": "CHF", "fr.": "CHF"}
TOTAL_WORDS = re.compile(
    r"gesamtbetrag|gesamtsumme|rechnungsbetrag|endbetrag|offene[rn]? betrag|offene summe|zu zahlen|"
    r"zahlbetrag|forderungsbetrag|gesamtforderung|summe brutto|bruttobetrag|total|amount due|balance due|"
    r"amount payable|outstanding", re.I)


def parse_number(num: str) -> Decimal | None:
    """'1.234,56' -> 1234.56; '1,234.56' -> 1234.56; '1.234,-' -> 1234.00; '1.234' -> 1234.00."""
    s = num.replace("–", "-").replace("'", "").strip()
    s = re.sub(r",\s+(\d{2})$", r",\1", s)
    s = re.sub(r"[.,]-+$", "", s)
    m = re.search(r"[.,](\d{2})$", s)
    if m:
        whole, cents = s[: m.start()], m.group(1)
    else:
        whole, cents = s, "0"
    whole = re.sub(r"[.,\s]", "", whole)
    if not whole.isdigit():
        return None
    return Decimal(f"{int(whole)}.{cents if len(cents) == 2 else '00'}")


def find_amounts(text: str) -> list[Amount]:
    """Every amount with a currency: labelled totals first, then the rest largest first; each value once."""
    totals: list[Amount] = []
    others: list[Amount] = []
    for line in text.splitlines():
        is_total = bool(TOTAL_WORDS.search(line))
        for m in _RX.finditer(line):
            cur = (m.group("cur") or m.group("cur2") or "EUR").lower()
            value = parse_number(m.group("num") or m.group("num2") or "")
            if value is None:
                continue
            amount = Amount(value=value, currency=_CODES.get(cur, cur.upper()), text=m.group(0).strip())
            (totals if is_total else others).append(amount)
    out: list[Amount] = []
    seen: set[tuple[Decimal, str]] = set()
    # Without a total label the largest sum is the likeliest total ("28 Stunden à 80,24 = 6.712,04 €").
    for a in totals + sorted(others, key=lambda x: -x.value):
        if (a.value, a.currency) not in seen:
            seen.add((a.value, a.currency))
            out.append(a)
    return out


_IBAN_START = re.compile(r"\b([A-Z]{2})\s?([0-9OIl]{2})")
_DIGIT_FIX = str.maketrans({"O": "0", "I": "1", "l": "1", "o": "0"})


def find_ibans(text: str) -> list[str]:
    """Valid IBANs (checksum and national format) in compact form; OCR spaces and O/0 tolerated."""
    out: list[str] = []
    for m in _IBAN_START.finditer(text):
        tail = re.match(r"[A-Za-z0-9 ]{10,42}", text[m.end():])
        if not tail:
            continue
        chars = re.sub(r"\s", "", tail.group(0))
        head = m.group(1) + m.group(2).translate(_DIGIT_FIX)
        for body in (chars, chars.translate(_DIGIT_FIX)):
            found = _first_valid(head, body)
            if found and found not in out:
                out.append(found)
                break
    return out


def _first_valid(head: str, body: str) -> str | None:
    for n in range(min(len(body), 30), 10, -1):
        try:
            return IBAN(head + body[:n]).compact
        except (SchwiftyException, ValueError):
            continue
    return None
