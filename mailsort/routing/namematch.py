"""Matching one printed text segment against every name, alias and person of the directory.

Two spaCy PhraseMatchers (attr LOWER) find names inside a segment: one over the raw text, one over
the folded form (umlauts, punctuation, legal forms). rapidfuzz then catches OCR damage on the
segment as a whole. The quality of each hit says how sure the reading is; `recipient.py` turns
qualities into scores per zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import spacy
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein
from spacy.matcher import PhraseMatcher

from .directory import Directory
from .names import (LEGAL_TOKENS, TITLES, canonical_legal, fold, is_org_like, ocr_fold, ocr_fold_strong,
                    repair_legal, split_legal, strip_prefixes, strip_titles, tokens)

# How much a hit on the address block says, by how it matched.
QUALITY_STRENGTH = {
    "exact": 0.92, "normalised": 0.90, "no-legal": 0.85, "ocr": 0.80,
    "legal-differs": 0.40, "partial": 0.25,
    "person": 0.74, "person-fuzzy": 0.60, "surname": 0.30, "shortened": 0.60,
}
STRONG_QUALITIES = frozenset({"exact", "normalised", "no-legal"})
NAME_QUALITIES = frozenset({"exact", "normalised", "no-legal", "ocr", "fuzzy", "abbreviated", "shortened"})
QUALITY_WORDS = {
    "exact": "exact name", "normalised": "name, spelling normalised", "no-legal": "name without legal form",
    "ocr": "name with OCR damage", "fuzzy": "similar name", "legal-differs": "name with another legal form",
    "partial": "name inside a longer name", "person": "person", "person-fuzzy": "person, similar spelling",
    "surname": "surname only", "abbreviated": "abbreviated name",
    "shortened": "the start of the name, the rest missing",
}
FUZZY_MIN = 88.0
FUZZY_ALONE = 0.66          # a similar name by itself: under the default filing threshold (0.70)
# Segments met before, with their hits: letterheads, signatures, intake aliases and address lines
# repeat from item to item, and each costs a spaCy tokenisation and fuzzy passes over every client.
# Bounded, so a long run's memory stays flat.
MEMO_SIZE = 8192
SHARED_CORE = 0.6     # a name two clients share (or one begins the other's): never enough to file alone


@dataclass(frozen=True)
class Form:
    """One way a client is written: its name, an alias, or one of its people."""

    client_id: str
    kind: str                 # "name", "alias" or "person"
    text: str
    toks: tuple[str, ...]     # folded; for people without titles
    core: tuple[str, ...]     # without the legal form
    legal: str                # canonical legal form, "" when none
    ocr: str                  # OCR-folded core, what fuzzy matching compares


@dataclass
class Hit:
    client_id: str
    quality: str
    strength: float           # for the address block; zones scale it
    segment: str              # as printed
    form: Form

    @property
    def family(self) -> str:
        return "person" if self.form.kind == "person" else "name"

    def describe(self) -> str:
        what = QUALITY_WORDS.get(self.quality, self.quality)
        if self.form.kind == "alias":
            what += f", alias '{self.form.text}'"
        elif self.quality not in ("exact",) and self.form.kind == "name":
            what += f" of '{self.form.text}'"
        elif self.form.kind == "person":
            what += f" '{self.form.text}'"
        return f"'{self.segment}' ({what})"


def _forms(directory: Directory) -> list[Form]:
    out: list[Form] = []
    for c in directory.clients:
        for kind, texts in (("name", [c.name]), ("alias", c.aliases), ("person", c.people)):
            for text in texts:
                toks = tokens(text)
                if kind == "person":
                    toks, _ = strip_titles(toks)
                    core, legal = toks, ""
                else:
                    toks, _ = strip_prefixes(toks)
                    core, legal = split_legal(toks)
                    legal = canonical_legal(legal)
                if toks:
                    out.append(Form(c.id, kind, text, tuple(toks), tuple(core), legal, ocr_fold(" ".join(core))))
    return out


class NameIndex:
    """All directory forms, ready to match segments of printed text."""

    def __init__(self, directory: Directory):
        self.nlp = spacy.blank("de")
        self.forms = _forms(directory)
        self.raw = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.norm = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        for i, f in enumerate(self.forms):
            self.raw.add(f"{i}|R", [self.nlp.make_doc(f.text)])
            self.norm.add(f"{i}|F", [self.nlp.make_doc(" ".join(f.toks))])
            if f.kind != "person" and f.core != f.toks:
                self.norm.add(f"{i}|C", [self.nlp.make_doc(" ".join(f.core))])
            if f.kind == "person" and len(f.toks) >= 2:     # "Weber, Jonas" as lists and forms print it
                self.norm.add(f"{i}|F", [self.nlp.make_doc(" ".join([f.toks[-1], *f.toks[:-1]]))])
        self._org = [f for f in self.forms if f.kind != "person"]
        # Aliases printed without a legal form borrow the client's own when a line carries one.
        self._client_legal = {f.client_id: f.legal for f in self.forms if f.kind == "name"}
        self._org_ocr = [f.ocr for f in self._org]
        self._org_ocr_nospace = [f.ocr.replace(" ", "") for f in self._org]
        self._org_strong = [ocr_fold_strong(f.ocr) for f in self._org]
        self._people = [f for f in self.forms if f.kind == "person"]
        self._people_ocr = [f.ocr for f in self._people]
        # A core shared by several clients ("Fischer Logistik" GmbH and AG) says little without its legal form.
        owners: dict[tuple[str, ...], set[str]] = {}
        for f in self._org:
            owners.setdefault(f.core, set()).add(f.client_id)
        self._shared_cores = {core for core, ids in owners.items() if len(ids) > 1}
        # Near twins: a core that another client's longer name begins with ("Meyer Vermögensverwaltung"
        # KG and "Meyer Vermögensverwaltung International" GmbH). Read without its legal form, such a
        # core may be the longer name with its last word lost or wrapped onto the next line.
        self._longer: dict[tuple[str, ...], list[Form]] = {}
        for f in self._org:
            for g in self._org:
                if g.client_id != f.client_id and len(g.core) > len(f.core) and g.core[:len(f.core)] == f.core:
                    self._longer.setdefault(f.core, []).append(g)
        self._shared_cores |= set(self._longer)
        # A person two clients list ("Mehmet Hofmann", "Dr. Mehmet Hofmann") tells neither apart: when
        # the other's evidence is discounted (its name taken for the letterhead), this one must not win.
        people: dict[tuple[str, ...], set[str]] = {}
        for f in self._people:
            people.setdefault(f.toks, set()).add(f.client_id)
        self._shared_people = {toks for toks, ids in people.items() if len(ids) > 1}
        self._surnames: dict[str, list[Form]] = {}
        for f in self._people:
            self._surnames.setdefault(f.toks[-1], []).append(f)
        self._memo: dict[tuple[str, bool], tuple[list[Hit], bool]] = {}

    def _label(self, match_id: int) -> tuple[Form, str]:
        i, how = self.nlp.vocab.strings[match_id].split("|")
        return self.forms[int(i)], how

    def raw_mentions(self, text: str) -> set[str]:
        """Client ids whose name/alias/person occurs verbatim (case-insensitive) in the text."""
        doc = self.nlp.make_doc(text)
        return {self._label(m)[0].client_id for m, _, _ in self.raw(doc)}

    def match(self, segment: str, fuzzy: bool = True) -> tuple[list[Hit], bool]:
        """Hits on one segment (best per client) and whether it names a firm nobody matched."""
        found = self._memo.get((segment, fuzzy))
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[(segment, fuzzy)] = self._match(segment, fuzzy)
        return list(found[0]), found[1]          # a list of its own: callers may filter theirs

    def _match(self, segment: str, fuzzy: bool) -> tuple[list[Hit], bool]:
        toks, removed = strip_prefixes(tokens(segment))
        toks = repair_legal(toks)
        if not toks:
            return [], False
        best: dict[str, Hit] = {}

        line_legal = split_legal(toks)[1]

        def keep(form: Form, quality: str, strength: float | None = None) -> None:
            s = QUALITY_STRENGTH[quality] if strength is None else strength
            if form.kind == "alias" and quality != "partial":
                s -= 0.03                     # former names are a little less sure than the name
            if quality in ("ocr", "fuzzy") and not line_legal and form.core in self._shared_cores:
                s = min(s, SHARED_CORE)       # a damaged reading of a twin's core tells neither apart
            if form.kind == "person" and form.toks in self._shared_people:
                s = min(s, SHARED_CORE)
            old = best.get(form.client_id)
            if old is None or s > old.strength:
                best[form.client_id] = Hit(form.client_id, quality, s, segment.strip(), form)

        raw_lower = " ".join(segment.lower().split())
        doc = self.nlp.make_doc(" ".join(toks))
        for match_id, start, end in self.norm(doc):
            form, how = self._label(match_id)
            before, after = toks[:start], toks[end:]
            if form.kind == "person":
                # "Buchhandlung Jonas Hartmann e.K." is a firm named after someone, not that person.
                inside_firm = any(t not in TITLES for t in before) or (after and all(t in LEGAL_TOKENS for t in after))
                keep(form, "partial" if inside_firm else "person")
                continue
            if before:
                keep(form, "partial")
            elif not after:
                if how == "F":
                    keep(form, "exact" if form.text.lower() in raw_lower else "normalised")
                elif form.core in self._shared_cores:
                    keep(form, "no-legal", SHARED_CORE)
                    for twin in self._longer.get(form.core, []):    # its tail may be what is missing
                        keep(twin, "shortened", SHARED_CORE)
                else:
                    keep(form, "no-legal")
            elif how == "F" and all(len(t) <= 2 and t not in LEGAL_TOKENS for t in after):
                keep(form, "normalised")      # OCR specks after the full name: "Blauwal Haustechnik Gmbh le"
            elif all(t in LEGAL_TOKENS for t in after):
                line_legal = canonical_legal(" ".join(after))
                own = form.legal if how == "C" else ("" if form.legal else self._client_legal.get(form.client_id))
                keep(form, "normalised" if own and line_legal == own else "legal-differs")
            else:
                keep(form, "partial")
        strong = {cid for cid, h in best.items() if h.quality in STRONG_QUALITIES or h.quality == "person"}
        if fuzzy and not strong:
            self._abbreviated(segment, toks, keep)
        if fuzzy:
            self._fuzzy(toks, keep, strong)
        if strong:   # an exact reading on this segment outranks every near-miss of other clients
            best = {cid: h for cid, h in best.items() if cid in strong or h.quality == "shortened"}
        named = any(h.quality in NAME_QUALITIES for h in best.values())
        # "c/o Büro Mitte GmbH" / "bei ..." names the provider hosting the client, not a rival firm.
        unexplained = (is_org_like(toks) and not named and not {"co", "bei", "adresse", "adr"} & set(removed)
                       and len(split_legal(toks)[0]) > 0 and toks not in (["firma"], ["fa"]))
        return list(best.values()), unexplained

    def _abbreviated(self, segment: str, toks: list[str], keep) -> None:
        """'Ostkreuz Pers. GmbH & Co. KG': words cut short with a dot, matched word by word."""
        cut = {fold(w) for w in re.findall(r"([A-Za-zÄÖÜäöüß]{2,})\.", segment)} - LEGAL_TOKENS - TITLES
        if not cut:
            return
        core, legal = split_legal(toks)
        legal = canonical_legal(legal)
        fits = []
        for form in self._org:
            own = form.legal or self._client_legal.get(form.client_id, "")
            if len(form.core) != len(core) or (legal and own and legal != own):
                continue
            if all(a == b or (a in cut and b.startswith(a) and len(b) > len(a)) for a, b in zip(core, form.core)) \
                    and any(a not in cut for a in core):
                fits.append(form)
        owners = {f.client_id for f in fits}
        for form in fits:    # unique reading: fair evidence; several clients fit: only a hint
            keep(form, "abbreviated", 0.78 if len(owners) == 1 else 0.45)

    def _fuzzy(self, toks: list[str], keep, strong: set[str]) -> None:
        core, legal = split_legal(toks)
        legal = canonical_legal(legal)
        text = ocr_fold(" ".join(core))
        if len(text) >= 4:
            hits = process.extract(text, self._org_ocr, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN - 3,
                                   limit=None)
            glued = process.extract(text.replace(" ", ""), self._org_ocr_nospace, scorer=fuzz.ratio,
                                    score_cutoff=FUZZY_MIN - 3, limit=None)
            strong_text = ocr_fold_strong(text)
            blurred = process.extract(strong_text, self._org_strong, scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_MIN - 3, limit=None)
            sims: dict[int, float] = {}
            for _, sim, i in [*hits, *glued]:
                sims[i] = max(sims.get(i, 0.0), sim)
            for _, sim, i in blurred:       # blurred letters: a little less sure than a clean reading
                sims[i] = max(sims.get(i, 0.0), 99.0 if sim >= 99.9 else sim - 1)
            for i in list(sims):            # a swapped pair of letters is one slip, not two
                dl = DamerauLevenshtein.normalized_similarity(text, self._org_ocr[i]) * 100
                sims[i] = max(sims[i], dl - 1)
            # A near-miss that no other client comes close to is likely OCR damage or a typo of it.
            by_client: dict[str, float] = {}
            for i, sim in sims.items():
                cid = self._org[i].client_id
                by_client[cid] = max(by_client.get(cid, 0.0), sim)
            # Edit distance (a swapped pair counts once) to tell one slip of the pen from another name.
            dist = {i: min(DamerauLevenshtein.distance(text, self._org_ocr[i]),
                           DamerauLevenshtein.distance(strong_text, self._org_strong[i]))
                    for i in sims}
            for i, sim in sims.items():
                form = self._org[i]
                rival = max((v for c, v in by_client.items() if c != form.client_id), default=0.0)
                rival_dist = min((v for j, v in dist.items() if self._org[j].client_id != form.client_id),
                                 default=99)
                if form.client_id in strong or tuple(core) == form.core:   # same words: judged above
                    continue
                need = FUZZY_MIN if len(form.ocr) >= 8 else 95.0    # short names: little room for error
                if sim < need:
                    continue
                own = form.legal or self._client_legal.get(form.client_id, "")
                seen_legal = own if legal.endswith("und co") and own.startswith(legal) else legal  # "KG" lost
                if _word_added_or_lost(core, form):
                    keep(form, "partial")
                elif seen_legal and own and seen_legal != own:
                    keep(form, "legal-differs")
                elif sim >= 99.9 or (sim >= 99 and rival < 92):
                    keep(form, "ocr", None if sim >= 99.9 else 0.78)
                # One or two edits that OCR folding does not explain: a slip, or another firm
                # ("Jung ITK Services" beside "Jung IT Services", "Fuchs Logistics" beside "Fuchs
                # Logistik": wave 5 misfiled all three such outsiders at 0.71-0.74). Below the
                # filing threshold alone; a second witness (box number, person) still files.
                elif dist[i] == 1 and len(form.ocr) >= 8 and rival_dist >= 3:
                    keep(form, "fuzzy", FUZZY_ALONE)
                elif dist[i] == 2 and len(form.ocr) >= 14 and rival_dist >= 4:
                    keep(form, "fuzzy", FUZZY_ALONE - 0.03)
                else:
                    unique = sim - rival >= 8
                    scale = 0.35 if unique and len(form.ocr) >= 12 else 0.25
                    keep(form, "fuzzy", 0.50 + (sim - FUZZY_MIN) / (100 - FUZZY_MIN) * scale
                         + (0.03 if seen_legal and seen_legal == own else 0.0))
        ptoks, had_salutation = strip_titles(toks)
        if 2 <= len(ptoks) <= 4:
            ptext = ocr_fold(" ".join(ptoks))
            for _, sim, i in process.extract(ptext, self._people_ocr, scorer=fuzz.ratio, score_cutoff=90,
                                             limit=None):
                if self._people[i].client_id not in strong:
                    keep(self._people[i], "person-fuzzy")
            if len(ptoks[0]) == 1:       # "J. Weber": initial and surname
                for f in self._surnames.get(ptoks[-1], []):
                    if f.toks[0].startswith(ptoks[0]) and f.client_id not in strong:
                        keep(f, "person-fuzzy")
        elif len(ptoks) == 1 and had_salutation:
            for f in self._surnames.get(ptoks[0], []):
                if f.client_id not in strong:
                    keep(f, "surname")


def _word_added_or_lost(core: list[str], form: Form) -> bool:
    """'Ostkreuz Personalberatung Ost' is another firm than 'Ostkreuz Personalberatung', however similar.

    A word on one side with no counterpart on the other means a different name, unless the two only
    differ by spaces (OCR splits and glues words)."""
    line = [ocr_fold(t) for t in core]
    name = [ocr_fold(t) for t in form.core]
    if fuzz.ratio("".join(line), "".join(name)) >= 96:
        return False
    def unmatched(a: list[str], b: list[str]) -> bool:
        return any(max((fuzz.ratio(x, y) for y in b), default=0) < 75 for x in a if len(x) >= 2)
    return unmatched(line, name) or unmatched(name, line)
