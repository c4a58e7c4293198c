"""Who wrote the letter: candidates from every place a sender names itself, scored, distractors out.

A sender names itself in the return-address line, the letterhead, the footer's legal name and the
signature; a forward carries the original From. Those places also hold lines that are no sender:
office hours ("Servicezeiten: Mo-Do 8-16 Uhr"), the mailroom's received stamp ("EINGANG"), taglines
("Alles fürs Büro"), departments ("Geschäftsstelle der 3. Zivilkammer"), a web address (often with
an OCR slip: "www,stadtwerke-nord.de"), the street, and the provider's own name above a client's box.
Those are rejected; among the rest an organisation beats a person, and a name that appears in two
places (letterhead and footer, return line and signature) beats one that appears once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..model import Document
from .address import (CLOSING, CONTACT, FOOTER_KEY, POSTCODE, footer_lines, is_return_line, page_layout, segments,
                      signature_lines)
from .names import decode_words, is_org_like, split_legal, tokens

_OFFICE_HOURS = re.compile(
    r"\b(?:Sprechzeit(?:en)?|Servicezeit(?:en)?|Öffnungszeit(?:en)?|Geschäftszeit(?:en)?|Sprechstunden?|"
    r"Telefonzeit(?:en)?|Kassenstunden|Erreichbarkeit|opening hours|office hours|business hours)\b"
    r"|\b(?:Mo|Di|Mi|Do|Fr|Sa|Mon|Tue|Wed|Thu|Fri)\b\.?\s*(?:[-–,/&]|bis|und|to)\s*"
    r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:-|–|bis)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|h)\b", re.IGNORECASE)
_STAMP = re.compile(r"\b(?:EINGANG|EINGEGANGEN|Eingang am|Posteingang|ERHALTEN|RECEIVED|Eing\.)(?=\W|$)",
                    re.IGNORECASE)
_TAGLINE = re.compile(
    r"^(?:Ihr|Ihre|Alles|Wir|Mehr|Einfach|Gemeinsam|Immer|Seit|Your|We|Since|Simply|Always|Just)\b"
    r"|\b(?:fürs|für Sie|für Ihr\w*|für Firmenkunden|für Privatkunden|Partner für|Partner in|seit \d{4}|"
    r"since \d{4}|your partner)\b|[!…]\s*$|^(?:[\w-]+\.\s+){2,}[\w-]*\.?\s*$", re.IGNORECASE)   # "Sicher. Schnell. Gut."
_DEPARTMENT = re.compile(
    r"^(?:Geschäftsführung|Geschäftsstelle|Dienstgebäude|Dienstsitz|Hausanschrift|Postanschrift|Besucheranschrift|"
    r"Abteilung|Abt(?=\.)|Bereich|Leitung|Stabsstelle|Buchhaltung|Finanzbuchhaltung|Kundenservice|"
    r"Kundencenter|Kundenbetreuung|Kundendienst|Vertrieb|Personalabteilung|Personalwesen|Rechtsabteilung|"
    r"Sachbearbeitung|Forderungsmanagement|Mahnwesen|Inkasso|Poststelle|Zentrale|Sekretariat|Vorstand|"
    r"Verwaltung|Service|Team|Referat|Dezernat|Sachgebiet|Fachbereich|Accounts?|Accounting|Billing|"
    r"Customer Service|Finance|Legal|Human Resources|Department)\b"
    r"|\b(?:Zivilkammer|Strafkammer|\d+\.\s*Kammer für|Kammer für Handelssachen|Senat|Abteilung|Geschäftsstelle|"
    r"department)\b", re.IGNORECASE)       # not "Kammer für Gesundheitsberufe Berlin", a chamber that writes
_WEB = re.compile(r"(?:^|\s)(?:w|v|vv){2,4}\s?[.,]|https?\s?:|\b[\w-]{2,}\s?[.,]\s?(?:de|com|net|org|eu|info|"
                  r"biz|at|ch|nl|fr|uk|io)\b(?!\.?\w)", re.IGNORECASE)
_STREET = re.compile(r"(?:stra(?:ß|ss)e|str\.|weg|allee|platz|ring|damm|gasse|ufer|chaussee|hof|markt|road|street|lane)"
                     r"\s*\d|^\s*(?:Am|An der|Im|In der|Auf der|Zum|Zur)\s+[\w.-]+(?:\s[\w.-]+)?\s+\d{1,4}\s?[a-z]?\s*$"
                     r"|^\s*\d{1,4}\s+[A-Z][\w ]+(?:Road|Street|Lane|Avenue|Walk|Way|Square|Row|Court|Place|Drive|"
                     r"Close|Quay|Parade|Yard|Wharf|Gardens|Terrace|Crescent)\b|\bPostfach\s*\d", re.IGNORECASE)
# The words around a signature that name no one: "Im Auftrag" over the name, "Anlagen" under it.
_NO_NAME = re.compile(r"^\W*(?:Im Auftrag|In Vertretung|i\.\s?A\.|i\.\s?V\.|Anlagen?|Enclosures?|Attachments?)\W*$",
                      re.IGNORECASE)
# Organisations without a legal form that write letters all the same.
_AUTHORITY = re.compile(
    r"\b(?:\w*gericht|Finanzamt|Hauptzollamt|Stadt|Gemeinde|Landkreis|Kreis|Bezirksamt|\w*amt|Agentur für Arbeit|"
    r"Jobcenter|Krankenkasse|AOK|Rentenversicherung|Berufsgenossenschaft|IHK|\w*kammer|Bundes\w+|Landes\w+|"
    r"Ministerium|Polizei|Behörde|Sparkasse|\w*bank|\w*versicherung|Stadtwerke|Universität|Hochschule|Kanzlei|"
    r"Rechtsanw\w+|Notar\w*|Steuerberat\w*|Verband|Verein)\b", re.IGNORECASE)

_BANK = re.compile(r"\b(?:\w*bank|Sparkasse|Raiffeisen\w*|Bankverbindung|Kreditinstitut|Sitz|Registergericht|"
                   r"Geschäftsführer\w*|Vorstand|Aufsichtsrat\w*|Inhaber\w*)\b", re.IGNORECASE)

# Where a candidate was found, and how much that place says about the writer.
_WEIGHT = {"return line": 0.9, "letterhead": 0.8, "footer": 0.7, "page top": 0.65, "signature": 0.6}


@dataclass
class _Candidate:
    text: str
    where: str
    order: int

    @property
    def core(self) -> str:
        return " ".join(split_legal(tokens(self.text))[0])


# A sentence where a signature would be: "Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."
# Not a name that ends in a dotted legal form: "Verein der Kaufleute am Gendarmenmarkt e.V.", "... a.G.".
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S*(?<!\b\w\.\w)(?<!\b\w\. \w)[.!?]$")


def _distractor(line: str, providers: Sequence[str]) -> bool:
    """Office hours, stamps, taglines, departments, web addresses, streets, the provider's name."""
    org = is_org_like(tokens(line))
    if _OFFICE_HOURS.search(line) or _STAMP.search(line) or _WEB.search(line) or _STREET.search(line) \
            or _SENTENCE.match(line) or _NO_NAME.match(line):
        return True
    if not org and (_TAGLINE.search(line) or _DEPARTMENT.search(line)):
        return True
    core = " ".join(split_legal(tokens(line))[0])
    return bool(core) and any(fuzz.ratio(core, p) >= 90 for p in providers)


def looks_like_name(line: str) -> bool:
    line = line.strip()
    # "Amtsgericht" is a court that writes letters, and a footer's register court beside "HRB".
    contact = [m.group(0) for m in CONTACT.finditer(line)]
    court = contact and all(c.lower() == "amtsgericht" for c in contact) and not re.search(r"\bHR[AB]\b", line)
    return (2 < len(line) < 80 and (not contact or court) and not POSTCODE.search(line)
            and not CLOSING.match(line) and not re.search(r"\d{3,}", line)
            # a street, unless a firm is named after it ("Hausverwaltung Quartier Friedrichstraße GmbH")
            and not (re.search(r"str\.|straße|strasse", line, re.I) and not is_org_like(tokens(line)))
            and sum(ch.isalpha() for ch in line) >= 3)


def return_sender(line: str) -> str | None:
    """The name on a return line is everything before the street: 'Amtsgericht Bremen – Mahngericht · Ring 5 · ...'."""
    line = line.replace(" : ", " · ")
    parts = segments(line)
    street = next((p for p in parts if re.search(r"\d", p)), None)
    if street is None:
        return parts[0] if parts else None
    head = line[: line.find(street)]
    # No separator between name and street: "Papeterie Paulsen Lindenweg 4 - 12345 Berlin".
    return re.sub(r"[\s·•|,;:–-]+$", "", head).strip() or _before_street(street)


def _before_street(text: str) -> str | None:
    """'Stadtwerke Nord Hafenstraße 3' -> 'Stadtwerke Nord'; None when the street comes first."""
    m = _STREET.search(text)
    if m is None:
        return None
    cut = text[:m.start()]
    return cut[:max(cut.rfind(" "), 0)].strip(" -–·,|:") or None


def _footer_names(lines: list[str]) -> list[str]:
    """The footer's legal name; its bank ("Commerzbank AG") and register court are not the writer."""
    return [s for ln in lines for s in segments(ln) if is_org_like(tokens(s)) and not _BANK.search(s)]


def _from_zones(document: Document) -> list[tuple[str, list[str]]]:
    zones = document.zones if document.email is None else None
    if zones is None or not (zones.letterhead or zones.return_line):
        return []
    return [("return line", [return_sender(ln) or "" for ln in zones.return_line.splitlines()[:1]]),
            ("letterhead", zones.letterhead.splitlines()),
            ("footer", _footer_names(zones.footer.splitlines())),
            ("signature", signature_lines(zones.body.splitlines()))]


def _from_page(document: Document) -> list[tuple[str, list[str]]]:
    """Without zones: the lines above the address block, return lines, footer and signature."""
    page = next((p for p in document.pages if p.method != "email-body"), None)
    if page is None:
        return []
    lines = page.text.splitlines()
    lay = page_layout(page)
    top: list[str] = []
    if lay.address:
        first = lay.address[0].strip()
        at = next((i for i, ln in enumerate(lines[:40]) if ln.strip() == first), None)
        if at is None and lay.method == "window-right":
            # A window on the right shares its rows with the info block on the left: the page's
            # text line holds both ("Kundennummer: 28071 Krüger & Lehmann KG"), in either order.
            at = next((i for i, ln in enumerate(lines[:40]) if f" {first} " in f" {ln.strip()} "), None)
        top = lines[:at][:15] if at is not None else []
    returns = [ln for ln in (*lay.sender, *top) if is_return_line(ln) and not FOOTER_KEY.search(ln)]
    return [("return line", [return_sender(ln) or "" for ln in returns]),
            ("page top", [ln for ln in top if not is_return_line(ln)]),
            ("footer", _footer_names(footer_lines(lines))),
            ("signature", signature_lines(lines))]


# "Abs.: Papeterie Paulsen, ...": the label of a return line is no part of the name.
_SENDER_LABEL = re.compile(r"^\s*(?:Abs(?:ender)?\.?\s*:?|From\s*:|Sender\s*:)\s*", re.IGNORECASE)
# A letterhead laid out as a band puts name, street and phone on one line: its parts are candidates too.
# The zones join blocks that share a line with two spaces ("Amtsgericht Wedding  13357 Berlin").
_BAND_SEP = re.compile(r"\s*[|·•]\s*|\s{2,}|\s+[–—]\s+")


def _parts(line: str) -> list[str]:
    line = _SENDER_LABEL.sub("", line).strip(" -–—·,|:\t")
    parts = [p.strip() for p in _BAND_SEP.split(line) if p and p.strip()]
    out = [line] if len(parts) <= 1 else [line, *parts]
    # OCR joins a stamp beside the letterhead, or the street after the name, into one line: the
    # name is what comes before ("Berufsgenossenschaft Handel RECEIVED", "Stadtwerke Nord Hafenstraße 3").
    stamp = _STAMP.search(line)
    for head in (line[:stamp.start()].strip(" -–·,|:") if stamp else None, _before_street(line)):
        if head and head not in out:
            out.append(head)
    return out


def _pool(found: list[tuple[str, list[str]]], providers: list[str]) -> list[_Candidate]:
    return [_Candidate(part, where, i) for where, lines in found for i, line in enumerate(lines) if line
            for part in _parts(line) if looks_like_name(part) and not _distractor(part, providers)]


def _score(c: _Candidate, everyone: list[_Candidate]) -> float:
    score = _WEIGHT[c.where] - 0.02 * min(c.order, 10)
    toks = tokens(c.text)
    if is_org_like(toks):
        score += 0.2
    elif _AUTHORITY.search(c.text):
        score += 0.15
    elif c.where in ("footer", "page top"):
        score -= 0.3          # a footer's or page top's bare words are bank names, register courts, slogans
    # Named in two places: the letterhead and the footer, the return line and the signature.
    others = {o.where for o in everyone if o.where != c.where and c.core and o.core
              and (o.core == c.core or f" {c.core} " in f" {o.core} ")}
    return score + 0.1 * min(len(others), 2)


def _fuller_name(best: _Candidate, pool: list[_Candidate]) -> _Candidate:
    """A letterhead brand ("Elbtal Druck", "CyberNord", "IHK Spree-Havel") stands for the firm whose
    full name the letter also gives, with its legal form or as the authority it is, in the return
    line, the footer or the signature ("Elbtal Druckwerkstatt GmbH"): that name is the writer's."""
    if is_org_like(tokens(best.text)):
        return best
    fuller = [c for c in pool if c.where in ("return line", "footer", "signature")
              and len(c.core) > len(best.core) and c.core != best.core
              and (is_org_like(tokens(c.text)) or _AUTHORITY.search(c.text))
              and (_stems(best.core) & _stems(c.core) or _abbreviates(best.text, c.core))]
    # The one named most often wins (signature and footer), then the first in reading order.
    return max(fuller, key=lambda c: (sum(o.core == c.core for o in pool), -c.order), default=best)


# Words naming a kind of writer, which strangers share ("Rechtsanwalt", "Stadtwerke", "Bank").
_KIND = re.compile(r"rechtsanw\w*|notar\w*|steuerberat\w*|kanzlei|stadt(?:werke)?|gemeinde|\w*gericht|"
                   r"bank|sparkasse|versicherung|verband|verein|kammer|amt|partner|kollegen|gruppe|group", re.I)


def _stems(core: str) -> set[str]:
    return {t[:4] for t in re.split(r"[\W_]+", core) if len(t) >= 4 and not _KIND.fullmatch(t)}


_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
_GLUE = {"und", "der", "die", "des", "für", "fuer", "and", "of", "the", "for", "&"}


def _abbreviates(short: str, name: str) -> bool:
    """'BGHB' for 'Berufsgenossenschaft Handel und Büro', 'IHK' for 'Industrie- und Handelskammer':
    every word's initial in order, further letters from inside a word (its compound parts)."""
    if not _ACRONYM.match(short.strip()):
        return False
    words = [w for w in re.findall(r"\w+", name.lower()) if w not in _GLUE]
    return bool(words) and _spells(short.strip().lower(), words)


def _spells(letters: str, words: list[str]) -> bool:
    if not words:
        return not letters
    if not letters or letters[0] != words[0][0]:
        return False
    inside = words[0][1:]

    def rest(li: int, wi: int) -> bool:
        if _spells(letters[li:], words[1:]):
            return True
        j = inside.find(letters[li], wi) if li < len(letters) else -1
        while j != -1:
            if rest(li + 1, j + 1):
                return True
            j = inside.find(letters[li], j + 1)
        return False

    return rest(1, 0)


def find_sender(document: Document, provider_names: Sequence[str] = ()) -> str | None:
    """The writer's name: forwarded original's From, else the best-scored candidate on the page."""
    email = document.email
    providers = [" ".join(split_legal(tokens(n))[0]) for n in provider_names]
    if email and email.forwarded and email.forwarded.sender:
        raw = decode_words(email.forwarded.sender)
        name = re.sub(r"<[^>]*>|\"", "", raw).strip()
        return _as_signed(name, document, providers) if name else raw.strip("<> ")
    # Zones first; the page's own layout when zones are missing or hold nothing usable.
    pool = _pool(_from_zones(document), providers) or _pool(_from_page(document), providers)
    if pool:
        best = max(pool, key=lambda c: (_score(c, pool), -c.order))
        return _fuller_name(best, pool).text
    if email and email.sender:
        name = re.sub(r"<[^>]*>|\"", "", email.sender).strip()
        return _as_signed(name, document, providers) if name else None
    return None


def _as_signed(name: str, document: Document, providers: list[str]) -> str:
    """An email's From name (the original's, in a forward) beside the signature that ends its body:
    a brand or acronym gives way to the full name signed ("From: Elbtal Druck", signed "Elbtal
    Druckwerkstatt GmbH"), and a person to the organisation they sign for ("From: Henrike Albers",
    signed "Henrike Albers / Landesamt für Statistik"): the writer is the firm or the authority."""
    body = next((p for p in document.pages if p.method == "email-body"), None)
    if body is None:
        return name
    lines = signature_lines(body.text.splitlines())
    signed = _pool([("signature", lines)], providers)
    fuller = _fuller_name(_Candidate(name, "letterhead", 0), signed).text
    if fuller != name or is_org_like(tokens(name)) or _AUTHORITY.search(name):
        return fuller
    # The From name is the signer's own ("i. A. Henrike Albers"): the firm signed below them wrote.
    signer = re.compile(r"^(?:i\.\s?A\.|i\.\s?V\.|ppa\.)?\s*", re.I)
    if not any(fuzz.ratio(signer.sub("", ln).strip(), name) >= 90 for ln in lines):
        return name
    firms = [c for c in signed if is_org_like(tokens(c.text)) or _AUTHORITY.search(c.text)]
    return firms[0].text if firms else name
