"""Where on a letter the recipient is named, when the layout zones are missing or imperfect.

The text stage computes `Zones` for page 1 of a scan or PDF. Email attachments, text-only inputs and
pages whose zones came out empty still need an address block: this module finds one from word boxes
(the DIN 5008 window of form A and B) or, failing that, from patterns in the first lines of text
(Herrn/Frau/Firma/c/o/z. Hd., mailbox lines, a postcode line, no phone or e-mail on it). It also
separates what the sender wrote about itself: letterhead, return-address line, footer and signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Page
from .mailbox import find_mailboxes

POSTCODE = re.compile(r"(?:^\W{0,2}|\s)(?:D-?\s?)?\d{5}\.?\s+[A-ZÄÖÜ][\w\-. ]+"
                      r"|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")          # German or UK postcode line
ADDRESS_KEY = re.compile(r"^\s*(?:Herrn?|Frau|Firma|Fa\.|c/o|z\.\s?Hd|zu Händen|Attn|FAO|Mr\.?|Mrs\.?|Ms\.?"
                         r"|Dr\.|Postfach|Fach|Box|PMB|An\s+(?:die|den|das)?)\b", re.IGNORECASE)
CONTACT = re.compile(r"\b(?:Tel(?:efon)?|Fax|Phone|Mobil|E-?Mail|Web|www\.|https?:|IBAN|BIC|USt|HRB|HRA"
                     r"|Amtsgericht|Steuer-?Nr|Geschäftsführ|Registered|VAT)\b|@", re.IGNORECASE)
INFO_KEY = re.compile(r"\b(?:Datum|Date|Ihr Zeichen|Unser Zeichen|Ihre Nachricht|Our ref|Your ref"
                      r"|Rechnungs-?(?:nummer|nr)|Kunden-?(?:nummer|nr)|Aktenzeichen|Betreff|Subject)\b",
                      re.IGNORECASE)
# OCR reads the middle dot as a dash of any length ("Amtsgericht — Registergericht - Platz 1").
RETURN_SEP = re.compile(r"\s[·•|∙/–—-]\s|\s{2,}[·•|]|,\s")
_RECIPIENT_WORDS = re.compile(r"\b(?:z\.\s?H(?:d)?\.|c/o|Postfach|Fach|Box|PMB|Briefkasten|Herrn|Frau|Attn|FAO)\b",
                              re.IGNORECASE)
_ADDRESSEE = re.compile(r"\b(?:[z2]\.\s?H(?:d)?\.|c/o|Herrn|Frau|Attn|FAO)\b|^\s*(?:Mr|Mrs|Ms)\.?\s", re.IGNORECASE)
RETURN_PREFIX = re.compile(r"^\s*(?:Abs\.|Absender|Return to|From:)", re.IGNORECASE)
SALUTATION = re.compile(r"^\s*(?:Sehr geehrte\w*|Guten Tag|Hallo|Liebe\w*|Dear|Hello)\b", re.IGNORECASE | re.MULTILINE)
CLOSING = re.compile(r"^\s*(?:Mit (?:freundlichen|besten|herzlichen|kollegialen|den besten) Grüßen"
                     r"|Mit freundlichem Gruß|Freundliche Grüße|Beste Grüße|Herzliche Grüße|Liebe Grüße"
                     r"|Viele Grüße|Schöne Grüße|Hochachtungsvoll|Kind regards|Best regards|Warm regards"
                     r"|Best wishes|Yours sincerely|Yours faithfully|Sincerely|Regards)\b", re.IGNORECASE)
FOOTER_KEY = re.compile(r"\b(?:IBAN|BIC|HRB|HRA|Amtsgericht|Registergericht|Geschäftsführ\w*|USt-?Id\w*"
                        r"|Sitz der Gesellschaft|Sitz:|Bankverbindung|Registered office|Company no|VAT)\b",
                        re.IGNORECASE)


@dataclass
class Layout:
    """Text of one page split by who it speaks for."""

    address: list[str] = field(default_factory=list)   # the recipient block, one printed line each
    sender: list[str] = field(default_factory=list)    # letterhead, return line, footer, signature
    body: list[str] = field(default_factory=list)
    method: str = "none"              # "zones", "window", "window-right", "patterns" or "none"


def is_return_line(line: str) -> bool:
    """The small sender line above the window: 'Schmidt IT GmbH · Hauptstr. 1 · 10115 Berlin'."""
    if RETURN_PREFIX.match(line):
        return True
    if len(line) <= 25 or _RECIPIENT_WORDS.search(line):
        return False
    seps = len(RETURN_SEP.findall(line))
    # name, street, town on one line; foreign postcodes (Eircode, NL, CH) need not match POSTCODE
    # A long line of three parts is one too, its postcode cut off by the window's edge
    # ("Amtsgericht Wedding - Zentrales Mahngericht Berlin-Brandenburg - Schönstedt").
    return (bool(POSTCODE.search(line)) and seps >= 1) or (seps >= 2 and (bool(re.search(r"\d", line))
                                                                         or len(line) > 50))


def segments(line: str) -> list[str]:
    """An address line may hold several parts: 'Müller Bau GmbH, z. Hd. Herrn Hans Müller'."""
    parts = re.split(r"\s*[;,|·•]\s*|\s+[–-]\s+|\s{3,}|(?=\bc/o\b)|(?=\bz\.\s?Hd\.?)|(?=\bAttn\b)", line)
    parts = [p.strip() for p in parts if p and p.strip()]
    # "Weber, Anna": a surname and given name around a comma stay one name
    if len(parts) >= 2 and re.fullmatch(r"[A-ZÄÖÜ][\w-]+", parts[0]) and re.match(r"[A-ZÄÖÜ][a-zäöüß]+\b", parts[1]) \
            and "," in line.split(parts[1])[0] and not re.search(r"\d", parts[1]) and len(parts[1].split()) <= 3:
        parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
    return parts


def signature_lines(lines: list[str]) -> list[str]:
    """The lines after the closing formula: who signed is the sender."""
    for i in range(len(lines) - 1, -1, -1):
        if CLOSING.match(lines[i]):
            return [ln for ln in lines[i + 1:i + 8] if ln.strip()]
    return []


def footer_lines(lines: list[str]) -> list[str]:
    tail = lines[-10:]
    for i, ln in enumerate(tail):
        if FOOTER_KEY.search(ln):
            return tail[i:]
    return []


# A received stamp's lines (its word often misread: "Eireegangen") and its date stand in the window.
_STAMP = re.compile(r"^\W*(?:E\w{0,6}gang(?:en)?|Received|Erhalten(?:\s+am)?|\d{1,2}\.\d{1,2}\.\d{2,4})\W*$", re.I)


# Senders abroad put the town first: "Berlin 10117". Only in an address block: "Kundennummer 12345"
# has the same shape.
_TOWN_FIRST = re.compile(r"^\s*(?![A-Za-zäöüß]*(?i:nummer|konto|code)\b)[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?"
                         r"\s+\d{5}\s*$")


def _town_line(line: str) -> bool:
    return bool(POSTCODE.search(line) or _TOWN_FIRST.match(line))


def _score_block(block: list[str]) -> float:
    score = 0.0
    if any(ADDRESS_KEY.match(ln) or _ADDRESSEE.search(ln) for ln in block):
        score += 3
    if any(_STAMP.match(ln) for ln in block):
        score -= 2
    if any(_town_line(ln) for ln in block):
        score += 2
    if any(CONTACT.search(ln) for ln in block):
        score -= 4
    if any(INFO_KEY.search(ln) for ln in block):
        score -= 2
    if not 2 <= len(block) <= 8:
        score -= 2
    # Address lines are short labels; running text (salutation, sentences) is the body.
    if any(len(ln) > 60 or CLOSING.match(ln) or SALUTATION.match(ln) for ln in block):
        score -= 4
    return score


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-empty lines; a return line always stands alone."""
    out: list[list[str]] = []
    cur: list[str] = []
    for i, ln in enumerate(lines):
        if not ln.strip() or is_return_line(ln):
            if cur:
                out.append(cur)
            cur = []
            if ln.strip():
                out.append([ln])
            continue
        cur.append(ln)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        # An address ends at its town line -- unless phone/e-mail follow: then it is a letterhead,
        # or an addressee's block with the info column's labels under it ("Frau Dr. Ute Keller" ...
        # "10117 Berlin" / "E-Mail" / "Telefon" in a window on the right).
        if _town_line(ln) and not ADDRESS_KEY.match(ln) and (
                not CONTACT.search(nxt) or any(_ADDRESSEE.search(x) for x in cur)):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _pick_block(lines: list[str]) -> tuple[list[str], list[str]]:
    """(address lines, sender lines) from the top of a page by patterns."""
    address, sender, _ = _scored_block(lines)
    return address, sender


def _scored_block(lines: list[str]) -> tuple[list[str], list[str], float]:
    """`_pick_block` with the score of the block it picked."""
    blocks = _blocks(lines)
    best, best_score = None, 1.5
    for i, b in enumerate(blocks):
        if len(b) == 1 and is_return_line(b[0]):
            continue
        s = _score_block(b)
        if i > 0 and len(blocks[i - 1]) == 1 and is_return_line(blocks[i - 1][0]):
            s += 1
        if any(m.strong for m in find_mailboxes("\n".join(b))):
            s += 1
        # On a tie the later block wins: the letterhead comes before the window address.
        if s > best_score or (best is not None and s == best_score and s >= 2):
            best, best_score = i, s
    if best is None:
        return [], [], 0.0
    sender = [ln for b in blocks[:best] for ln in b]
    return blocks[best], sender, best_score


def _rows(page: Page) -> list[list] | None:
    """The page's OCR text lines as word lists, each left to right; None without word boxes."""
    if not page.words:
        return None
    rows: dict[tuple[int, int], list] = {}
    for w in page.words:
        if w.text.strip():
            rows.setdefault((w.block, w.line), []).append(w)
    return [sorted(ws, key=lambda w: w.x) for ws in rows.values()]


def _window_lines(page: Page) -> list[str] | None:
    """Lines whose words sit in the DIN 5008 address window (form A or B), top to bottom."""
    rows = _rows(page)
    if rows is None:
        return None
    lines = []
    for ws in rows:
        x0, y = ws[0].x, sum(w.y + w.h / 2 for w in ws) / len(ws)
        if x0 < 0.5 and 0.07 <= y <= 0.36:
            # Words far to the right on the same row belong to the info block, not the address.
            kept = [ws[0]]
            for a, b in zip(ws, ws[1:]):
                if b.x - (a.x + a.w) >= 0.08:
                    break
                kept.append(b)
            lines.append((y, " ".join(w.text for w in kept)))
    lines.sort()
    return [t for _, t in lines]


def _right_window_lines(page: Page) -> list[str] | None:
    """Lines in a window on the right-hand side (Swiss letters, C5/6 envelopes with the window right,
    a sender column on the left), top to bottom. A row that also holds the left column's text (the
    info block beside the window, as a text layer or tesseract joins them) is cut at its wide gap:
    only the part that starts in the right half counts."""
    rows = _rows(page)
    if rows is None:
        return None
    lines = []
    for ws in rows:
        parts: list[list] = [[ws[0]]]
        for a, b in zip(ws, ws[1:]):
            if b.x - (a.x + a.w) >= 0.035:
                parts.append([])
            parts[-1].append(b)
        for part in parts:
            text = " ".join(w.text for w in part)
            y = sum(w.y + w.h / 2 for w in part) / len(part)
            if 0.45 <= part[0].x <= 0.75 and 0.07 <= y <= 0.36 and sum(c.isalnum() for c in text) >= 2:
                lines.append((y, text))
    lines.sort()
    return [t for _, t in lines]


def page_layout(page: Page) -> Layout:
    """Address, sender and body lines of a page that came without zones."""
    lines = page.text.splitlines()
    top = lines[:30]
    address, sender, method = [], [], "none"
    # Both windows are read and the block that looks more like an address wins, the left one
    # (DIN 5008) on a tie: beside a window on the right, the left column holds the info block,
    # and rows of the address the info block does not reach start left of the middle too
    # ("Friedrichstr. 123" / "10117 Berlin" under "Telefon ...  Meyer & Kollegen").
    best = -1.0
    for side, read in (("window", _window_lines), ("window-right", _right_window_lines)):
        window = read(page)
        if not window:
            continue
        block, _, score = _scored_block(window)
        block = [ln for ln in block if not is_return_line(ln)]
        if block and score > best:
            address, sender, method, best = block, [ln for ln in window if is_return_line(ln)], side, score
    if not address:
        address, sender = _pick_block(top)
        method = "patterns" if address else "none"
    taken = set(address) | set(sender)
    tail = footer_lines(lines) + signature_lines(lines)
    sender = sender + tail
    body = [ln for ln in lines if ln.strip() and ln not in taken and ln not in tail]
    return Layout(address, sender, body, method)
