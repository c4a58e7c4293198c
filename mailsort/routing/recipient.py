"""Which client is this item for: evidence from the address block, mailbox, people and intake alias.

Zones matter more than words: a client named in the address block is the recipient; a client named
in the letterhead, return line, footer or signature is the *sender*; the body only whispers. Every
score is a noisy-or over evidence families (name, person, mailbox, intake alias), then capped where
evidence contradicts itself, because a letter filed under the wrong client is a data breach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..model import Candidate, Document, Page, Recipient
from .address import CONTACT, POSTCODE, Layout, footer_lines, is_return_line, page_layout, segments, signature_lines
from .calibration import Reading
from .directory import Directory
from .einparties import einvoice_evidence
from .emailparties import email_evidence
from .mailbox import find_mailboxes, misread_of, same_mailbox, trailing_number
from .namematch import NAME_QUALITIES, STRONG_QUALITIES, NameIndex
from .names import LEGAL_TOKENS, ocr_fold, ocr_fold_strong, repair_legal, split_legal, tokens

BODY_FACTOR = 0.25          # a name in running text: a hint, never enough to file
MAILBOX_STRENGTH = 0.80
MIN_RECIPIENT = 0.45        # below this the best candidate is not worth naming
MISREAD_BOX = 0.5           # a box number one look-alike digit off, beside the client's name or person


_STREET = re.compile(r"(?:stra(?:ß|ss)e|str\.|weg|allee|platz|ring|damm|gasse|ufer|chaussee|road|street|lane)\s*\d",
                     re.IGNORECASE)


def _holds_no_name(segment: str) -> bool:
    """Street, town, phone and mailbox lines: nothing a client could be called."""
    return bool(_STREET.search(segment) or POSTCODE.search(segment) or CONTACT.search(segment)
                or sum(ch.isalpha() for ch in _without_mailbox(segment)) < 3)


# Labels of the info block that tesseract reads onto the end of an address line beside them
# ("Taubenstein Finanzberatung UG (haftungsbeschränkt)  Datum").
_INFO_TAIL = frozenset({"datum", "date", "betreff", "subject", "seite", "page", "tel", "telefon", "fax"})

_CARE_OF = re.compile(r"^\s*(?:c/o|c\.o\.|bei|care of|per Adresse|p\. ?Adr\.)\s", re.IGNORECASE)
# "c/o" in front of the provider's name, also as OCR reads it ("clo", "c/0", "c 0").
_CARE_OF_PROVIDER = re.compile(r"^\W*(?:c\s?[/\\|lI1]\s?[o0]|c\.\s?o\.|care of|per Adresse|p\. ?Adr\.)\s+",
                               re.IGNORECASE)


def _join_wrapped(lines: list[str]) -> list[str]:
    """A legal form wrapped onto its own line belongs to the name above ('Müller Bau GmbH & Co.' / 'KG'),
    also when OCR damaged it ('Nowak IT GmbH' / '&C0.K6')."""
    out: list[str] = []
    for line in lines:
        toks = repair_legal(tokens(line))
        if out and toks and all(t in LEGAL_TOKENS for t in toks):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    return out


def _without_mailbox(segment: str) -> str:
    """'Schmidt IT GmbH Postfach 1042' -> 'Schmidt IT GmbH': the number is weighed on its own."""
    for m in find_mailboxes(segment):
        segment = segment.replace(m.text, " ")
    return segment.strip()


def _sender_names(lines: list[str]) -> list[str]:
    """The sender's names (letterhead, footer, signature) without legal form, folded for OCR."""
    out = []
    for line in lines:
        for seg in segments(line):
            if not _holds_no_name(seg):
                core = ocr_fold(" ".join(split_legal(repair_legal(tokens(seg)))[0]))
                if len(core) >= 10 and " " in core and core not in out:
                    out.append(core)
    return out


_WEB_NAME = re.compile(r"(?:www\.\s?|@)([a-z0-9][a-z0-9-]{4,})\.[a-z]{2,}", re.I)


def _web_names(lines: list[str]) -> list[str]:
    """The sender's name as its web or mail address spells it ('www.papierhaus-lindemann.example'
    -> 'papierhaus lindemann'): a letterhead OCR read badly still has its address."""
    return [ocr_fold(m.group(1).lower().replace("-", " ")) for ln in lines for m in _WEB_NAME.finditer(ln)
            if "-" in m.group(1)]


def _reads_as(segment: str, names: list[str]) -> bool:
    """One of the first two lines of an address block (the letterhead's web address may come
    first) that begins with the sender's own name, read badly: a return line whose separators and
    postcode OCR lost ('Jessar Übersetzungen UG hält unqsbese rast) - Kastanicnotine'), not a firm
    the letter is addressed to."""
    head = ocr_fold(" ".join(tokens(segment)))
    return any(len(head) >= len(n) and fuzz.ratio(head[:len(n)], n) >= 80 for n in names)


@dataclass
class _Tally:
    """Evidence for one client."""

    families: dict[str, float] = field(default_factory=dict)
    notes: list[tuple[float, str]] = field(default_factory=list)
    sender: bool = False
    cap: float = 1.0
    cap_notes: list[str] = field(default_factory=list)

    def add(self, family: str, strength: float, note: str) -> None:
        self.families[family] = max(self.families.get(family, 0.0), strength)
        self.notes.append((strength, note))

    def limit(self, cap: float, why: str) -> None:
        self.cap = min(self.cap, cap)
        if why not in self.cap_notes:
            self.cap_notes.append(why)

    @property
    def score(self) -> float:
        miss = 1.0
        for s in self.families.values():
            miss *= 1.0 - s
        return min(1.0 - miss, self.cap, 0.99)

    def evidence(self) -> str:
        seen, parts = set(), []
        for _, note in sorted(self.notes, key=lambda n: -n[0]):
            if note not in seen:
                seen.add(note)
                parts.append(note)
        return "; ".join(parts[:4] + self.cap_notes)


@dataclass
class _Views:
    address: list[tuple[str, list[str]]] = field(default_factory=list)   # (where, lines)
    sender: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


class RecipientMatcher:
    def __init__(self, directory: Directory, provider_names: list[str] = ()):
        self.directory = directory
        # The provider's own name heads many address blocks ("Büro Mitte Services GmbH, Fach
        # 1042"): it hosts the client's mail and is no rival firm.
        self._providers = [" ".join(split_legal(tokens(n))[0]) for n in provider_names]
        self.index = NameIndex(directory)
        self._mailbox_lengths = {len(c.mailbox) for c in directory.clients}
        self._provider_folds = [ocr_fold_strong(ocr_fold(p)) for p in self._providers if len(p) >= 8]

    def _is_provider(self, seg: str) -> bool:
        seg = _CARE_OF_PROVIDER.sub("", _without_mailbox(seg))
        bare = trailing_number(seg)            # "Büro Mitte Services GmbH 1042": the box, label lost
        core = " ".join(split_legal(tokens(bare[1] if bare else seg))[0])
        return bool(core) and any(fuzz.ratio(core, p) >= 90 for p in self._providers)

    def _provider_box(self, line: str) -> str | None:
        """The number after the provider's name on a line of its own ('Büro Mitte Services GmbH
        6709', its label lost to OCR: 'Biro Mitte Services GiibH = NE..6709'): at the shared
        address that is the client's box; so is 'c/o Büro Mitte – 6709', the provider's short form
        for the box. Only a line that begins with the provider's name (after a "c/o", all read
        OCR-tolerantly) and ends in a number as long as the directory's boxes."""
        line = _CARE_OF_PROVIDER.sub("", line)
        found = trailing_number(line)
        if found is None or len(found[0]) not in self._mailbox_lengths or _STREET.search(line) \
                or POSTCODE.search(line):     # a house number or a postcode is no box
            return None
        head = ocr_fold_strong(ocr_fold(" ".join(tokens(found[1]))))
        for p in self._provider_folds:
            if len(head) >= len(p) and fuzz.ratio(head[:len(p)], p) >= 85:
                return found[0]
        return None

    def _best_name(self, text: str) -> float:
        hits, _ = self.index.match(text)
        return max((h.strength for h in hits if h.family == "name"), default=0.0)

    def _join_split_names(self, lines: list[str]) -> list[str]:
        """A name wrapped over two lines of the window is one name ('Meyer Vermögensverwaltung' /
        'International GmbH'): join a line to the next when together they read as a name better than
        the first line alone."""
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            # the mailbox after the name's second line is no part of it ("Ingenieure PartG, Nr. 3699")
            if i + 1 < len(lines) and not _holds_no_name(line) and not _holds_no_name(lines[i + 1]) \
                    and len(segments(line)) == 1 and len(segments(_without_mailbox(lines[i + 1]))) == 1:
                joined = f"{line.strip()} {lines[i + 1].strip()}"
                if self._best_name(_without_mailbox(joined)) >= max(self._best_name(line), 0.7) + 0.01:
                    out.append(joined)
                    i += 2
                    continue
            out.append(line)
            i += 1
        return out

    # -- where to look -------------------------------------------------------------------------
    def _letter_views(self, page: Page, zones, views: _Views, where: str) -> None:
        if zones is not None and zones.address.strip():
            lines = zones.address.splitlines()
            views.address.append((where, [ln for ln in lines if not is_return_line(ln)]))
            body_lines = zones.body.splitlines()
            views.sender += [*zones.letterhead.splitlines(), *zones.return_line.splitlines(),
                             *zones.footer.splitlines(), *[ln for ln in lines if is_return_line(ln)],
                             *signature_lines(body_lines)]
            views.body += [*zones.info_block.splitlines(), *body_lines]
            # Zones can be wrong; the pattern finder gets a say as a second opinion.
            fallback = page_layout(page)
            if fallback.address and fallback.address != lines:
                views.address.append((where + " (layout fallback)", fallback.address))
            views.sender += footer_lines(page.text.splitlines())
        else:
            lay: Layout = page_layout(page)
            if lay.address:
                views.address.append((where, lay.address))
            views.sender += lay.sender
            views.body += lay.body

    def _views(self, document: Document) -> _Views:
        views = _Views()
        seen_origins: set[str | None] = set()
        for i, page in enumerate(document.pages):
            if page.method == "email-body":
                views.body += page.text.splitlines()
            elif page.origin not in seen_origins or (i == 0 and document.email is None):
                seen_origins.add(page.origin)
                zones = document.zones if i == 0 and document.email is None else None
                where = "address block" if document.email is None else f"address block of {page.origin or 'attachment'}"
                self._letter_views(page, zones, views, where)
            else:
                views.body += page.text.splitlines()
        return views

    # -- evidence ------------------------------------------------------------------------------
    def _address_evidence(self, views: _Views, tally, state: dict) -> None:
        # A firm that also heads the letter is the sender leaking into a badly cut address zone.
        sender_text = " " + " ".join(" ".join(tokens(ln)) for ln in views.sender) + " "
        sender_names = _sender_names(views.sender) + _web_names(
            views.sender + [ln for _, lines in views.address for ln in lines[:2]])
        for where, lines in views.address:
            second = "fallback" in where          # a second opinion adds evidence, never doubts
            factor = 0.95 if second else 1.0
            for i, line in enumerate(self._join_split_names(_join_wrapped(lines))):
                for seg in segments(line):
                    if _holds_no_name(seg):
                        continue
                    hits, unexplained = self.index.match(_without_mailbox(seg))
                    if unexplained and not second and f" {' '.join(tokens(seg))} " not in sender_text \
                            and not self._is_provider(seg) and not (i <= 1 and _reads_as(seg, sender_names)):
                        state["unexplained"].append(seg)
                    # "c/o X" names who hosts the mail, the addressee stands above it
                    hosted = 0.6 if _CARE_OF.match(seg) else 1.0
                    for h in hits:
                        tally(h.client_id).add(h.family, h.strength * factor * hosted, f"{where}: {h.describe()}")
                        if h.quality in NAME_QUALITIES and h.family == "name":
                            state["named"].add(h.client_id)
            for mention in find_mailboxes("\n".join(lines)):
                owner = next((c for c in self.directory.clients if same_mailbox(c.mailbox, mention.number)), None)
                if owner is not None:
                    strength = MAILBOX_STRENGTH if mention.strong else MAILBOX_STRENGTH - 0.05
                    tally(owner.id).add("mailbox", strength * factor,
                                        f"'{mention.text}' = mailbox of {owner.id}")
                    state["mailboxes"].add(owner.id)
                elif mention.strong and len(mention.number) in self._mailbox_lengths and not second:
                    state["unknown_mailbox"].append(mention.text)    # a former tenant's box, not a sender's Postfach
                    for c in self.directory.clients:
                        if misread_of(mention.number, c.mailbox):
                            state["misread_box"].setdefault(c.id, (mention.text, c.mailbox))
            for line in lines:
                number = None if find_mailboxes(line) else self._provider_box(line)
                owner = next((c for c in self.directory.clients if same_mailbox(c.mailbox, number)), None) \
                    if number else None
                if owner is not None:      # as sure as a known box after a bare "Nr."
                    tally(owner.id).add("mailbox", (MAILBOX_STRENGTH - 0.05) * factor,
                                        f"'{line.strip()}' = the provider's name and mailbox of {owner.id}")
                    state["mailboxes"].add(owner.id)

    def match(self, document: Document) -> tuple[Recipient | None, list[Candidate]]:
        recipient, candidates, _ = self.read(document)
        return recipient, candidates

    def read(self, document: Document) -> tuple[Recipient | None, list[Candidate], Reading | None]:
        """The recipient (None below MIN_RECIPIENT), the candidates, and what the calibration
        weighs about the best one (None when there is no candidate)."""
        tallies: dict[str, _Tally] = {}

        def tally(cid: str) -> _Tally:
            return tallies.setdefault(cid, _Tally())

        state: dict = {"unexplained": [], "named": set(), "mailboxes": set(), "unknown_mailbox": [],
                       "misread_box": {}, "intake": None, "forwarder": None, "content": set()}
        views = self._views(document)
        self._address_evidence(views, tally, state)
        email_evidence(self, document, tally, state)       # intake alias, forwards
        issuers = einvoice_evidence(self, document, tally, state)   # structured parties
        for t_id, t in tallies.items():
            if max(t.families.values(), default=0) >= 0.7:
                state["content"].add(t_id)

        senders = self._senders(views.sender) | issuers
        for cid in senders:
            t = tally(cid)
            t.sender = True
        for cid in self.index.raw_mentions("\n".join(views.body)) - senders:
            t = tally(cid)
            t.add("body", 0.92 * BODY_FACTOR, "named in the text only")
        self._contradictions(tallies, state, senders)

        ranked = sorted(((-t.score, cid) for cid, t in tallies.items() if t.score > 0.0))
        candidates = [Candidate(client_id=cid, score=round(-s, 3), evidence=tallies[cid].evidence())
                      for s, cid in ranked[:5]]
        if not candidates:
            return None, candidates, None
        best = candidates[0]
        top = tallies[best.client_id]
        reading = Reading(score=best.score, runner_up=candidates[1].score if len(candidates) > 1 else 0.0,
                          families=dict(top.families), capped=top.cap < 1.0, email=document.email is not None)
        conf = best.score
        if len(candidates) > 1:
            gap = best.score - candidates[1].score
            conf -= max(0.0, 0.2 - gap)          # two clients that read alike: less sure of either
        if conf < MIN_RECIPIENT:                 # open set: a weak best guess is no recipient
            return None, candidates, reading
        return Recipient(client_id=best.client_id, confidence=round(max(conf, 0.0), 3),
                         evidence=best.evidence, candidates=candidates), candidates, reading

    def _resembles(self, segment: str, client_id: str) -> bool:
        client = self.directory.get(client_id)
        toks = tokens(segment)
        while toks and toks[-1] in _INFO_TAIL:     # the info column's label read onto the line
            toks = toks[:-1]
        seg = ocr_fold(" ".join(split_legal(repair_legal(toks))[0]))
        return client is not None and any(
            fuzz.ratio(seg, ocr_fold(" ".join(split_legal(tokens(n))[0]))) >= 75 for n in client.names)

    def _senders(self, lines: list[str]) -> set[str]:
        out: set[str] = set()
        for line in lines:
            for seg in segments(line):
                if _holds_no_name(seg):
                    continue
                hits, _ = self.index.match(seg)
                out |= {h.client_id for h in hits if h.quality in STRONG_QUALITIES or h.quality == "ocr"}
        return out

    def _contradictions(self, tallies: dict[str, _Tally], state: dict, senders: set[str]) -> None:
        addressed = {cid for cid, t in tallies.items()
                     if any(f in t.families for f in ("name", "person", "mailbox", "forwarded", "intake", "forwarder"))}
        for cid in senders & addressed:
            t = tallies[cid]
            if addressed - senders:
                t.limit(0.35, f"{cid} is also the sender (letterhead/footer)")
            else:
                t.limit(0.6, f"{cid} is also named as the sender (letterhead/footer)")
        # Mailbox against name: the number belongs to one client, the name line to another.
        for mb in state["mailboxes"]:
            rivals = [cid for cid in state["named"] if cid != mb and tallies[cid].families.get("name", 0) >= 0.74]
            if rivals and tallies[mb].families.get("name", 0) < 0.74 and tallies[mb].families.get("person", 0) < 0.6:
                for cid in (mb, *rivals):
                    tallies[cid].limit(0.5, f"mailbox of {mb} but name of {', '.join(rivals)}")
        if state["unknown_mailbox"]:
            for cid, t in tallies.items():
                # An unknown number a digit off the box of the client the address names otherwise
                # is that box misread ('Box 2676', box 2876): a witness, no contradiction.
                if cid in state["misread_box"] and len(state["unknown_mailbox"]) == 1 \
                        and max(t.families.get(f, 0) for f in ("name", "person")) >= 0.5:
                    text, box = state["misread_box"][cid]
                    t.add("mailbox", MISREAD_BOX, f"'{text}' = mailbox {box} of {cid}, a digit misread")
                    continue
                t.limit(0.6, f"'{state['unknown_mailbox'][0]}' is no client's mailbox")
        if state["unexplained"]:
            for cid, t in tallies.items():
                if t.families.get("name", 0) < 0.74 and "intake" not in t.families:
                    # A badly read name of this very client is no rival firm ("Schäfer & Hartinatin KG").
                    rivals = [seg for seg in state["unexplained"] if not self._resembles(seg, cid)]
                    if rivals:
                        t.limit(0.55, f"address names '{rivals[0]}', which is no client")
        for key, what in (("intake", "intake alias"), ("forwarder", "forwarded from the domain")):
            intake = state[key]
            if not intake:
                continue
            others = {c for c in state["content"] if c != intake and c in tallies
                      and max(tallies[c].families.get(f, 0) for f in ("name", "person", "mailbox", "forwarded")) >= 0.74}
            if others and not ({"name", "person", "mailbox", "forwarded"} & set(tallies[intake].families)):
                for cid in (intake, *others):
                    tallies[cid].limit(0.5, f"{what} of {intake} but addressed to {', '.join(sorted(others))}")
