"""Name normalisation shared by the recipient matcher: umlaut folding, legal forms, titles, OCR folding.

Everything here works on plain strings so the matcher can compare a printed address line
("Fa. Müller-Bau G.m.b.H.") with a directory entry ("Müller Bau GmbH") on equal terms.
"""

from __future__ import annotations

import re
import unicodedata
from email.errors import HeaderParseError
from email.header import decode_header, make_header

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe"})

# Trailing tokens that make up a legal form once punctuation is gone ("G.m.b.H." -> "gmbh",
# "& Co. KG" -> "und co kg"). Stripped from the end of a name to get its distinctive core.
LEGAL_TOKENS = frozenset({
    "gmbh", "ggmbh", "mbh", "gesmbh", "ug", "haftungsbeschraenkt", "ag", "kg", "ohg", "gbr", "ek",
    "ekfm", "ekfr", "kgaa", "se", "ev", "eg", "partg", "partgmbb", "mbb", "ltd", "limited", "llc", "inc",
    "corp", "corporation", "llp", "plc", "gesellschaft", "mit", "beschraenkter", "haftung", "co", "und",
    "kommanditgesellschaft", "aktiengesellschaft", "sarl", "bv", "nv",
})
# Tokens that alone say "this is an organisation" (used to spot firms that are nobody's).
ORG_MARKERS = frozenset({
    "gmbh", "ggmbh", "mbh", "ug", "ag", "kg", "ohg", "gbr", "ek", "kgaa", "ev", "eg", "partg",
    "ltd", "limited", "llc", "inc", "corp", "llp", "plc", "firma", "fa",
})
# Glue words inside a legal form: only legal when a real legal token follows or precedes them.
_LEGAL_GLUE = frozenset({"co", "und", "mit", "gesellschaft", "beschraenkter", "haftung"})

TITLES = frozenset({
    "herrn", "herr", "hr", "frau", "fr", "herm",   # "Herm": OCR's "Herrn"
    "dr", "prof", "professor", "dipl", "ing", "kfm", "kffr",
    "med", "rer", "nat", "phil", "jur", "oec", "hc", "mult", "mr", "mrs", "ms", "miss", "mx",
    "sir", "dame", "mag", "msc", "mba", "ba", "ma", "bsc", "llm",
})
SALUTATIONS = frozenset({"herrn", "herr", "hr", "frau", "fr", "mr", "mrs", "ms", "miss", "mx"})

# Words in front of a name on an address line that are not part of it.
LINE_PREFIXES = (
    ("firma",), ("fa",), ("z", "hd"), ("z", "h"), ("zhd",), ("zu", "haenden"), ("attn",),
    ("attention",), ("fao",), ("an", "die"), ("an", "den"), ("an",), ("to",), ("co",),
    ("care", "of"), ("p", "adr"), ("per", "adresse"), ("bei",),
)


# Cyrillic and Greek letters that look Latin: OCR and copy-paste bring them into names.
_HOMOGLYPHS = str.maketrans("аеорсхукмтнвіјѕοαρτνκ", "aeopcxykmthbijsoaptvk")


_GLUED_LEGAL = re.compile(r"(?<=[a-zäöüß])(GmbH|AG|KG|OHG|UG|GbR)\b")


def fold(text: str) -> str:
    """Lower-case, umlauts to ae/oe/ue/ss, accents off, punctuation to spaces; '&' and '+' -> 'und'."""
    # A legal form OCR glued to the name ("Beck BauAG"), before case is lost.
    t = _GLUED_LEGAL.sub(r" \1", text)
    t = t.lower().translate(_HOMOGLYPHS).translate(_UMLAUTS)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.replace("c/o", " co ")
    t = re.sub(r"[&+]", " und ", t)
    t = re.sub(r"(?<=\w)\.(?=\w\.)|(?<=\b\w)\.(?=\w\b)", "", t)   # g.m.b.h. / e.k. -> gmbh / ek
    t = re.sub(r"['’`´]", "", t)
    t = re.sub(r"[^a-z0-9]+", " ", t)
    t = re.sub(r"\bg m b h\b", "gmbh", t)
    # Legal forms as letters abbreviate them: "GmbH u. Co. KG", "UG (haftungsbeschr.)".
    t = re.sub(r"\bu (?=co\b)", "und ", t)
    t = re.sub(r"\bhaftungsbeschr\b", "haftungsbeschraenkt", t)
    t = re.sub(r"\be (k|kfm|kfr|v|g)\b", r"e\1", t)
    return " ".join(t.split())


def tokens(text: str) -> list[str]:
    return fold(text).split()


def split_legal(toks: list[str]) -> tuple[list[str], str]:
    """('mueller bau gmbh und co kg') -> (['mueller', 'bau'], 'gmbh und co kg')."""
    end = len(toks)
    while end > 0 and toks[end - 1] in LEGAL_TOKENS:
        end -= 1
    legal = toks[end:]
    # "Meier und Co" without a real legal token keeps its glue as part of the name.
    if legal and all(t in _LEGAL_GLUE for t in legal):
        return toks, ""
    if end == 0:        # a name that is only legal words ("AG"): keep it whole
        return toks, ""
    return toks[:end], " ".join(legal)


def canonical_legal(legal: str) -> str:
    """Spellings of the same legal form compare equal ('gesellschaft mit beschraenkter haftung' = 'gmbh')."""
    legal = legal.replace("gesellschaft mit beschraenkter haftung", "gmbh").replace("gesmbh", "gmbh")
    legal = legal.replace("mbh", "gmbh")
    legal = legal.replace("ggmbh", "gmbh").replace("ggmbh", "gmbh").replace("gmbh gmbh", "gmbh")
    legal = legal.replace("haftungsbeschraenkt", "").replace("limited", "ltd")
    legal = legal.replace("aktiengesellschaft", "ag").replace("kommanditgesellschaft", "kg")
    # "GmbH Co. KG": the "&" lost (OCR, or a web domain "x-gmbh-co-kg") is still the same form
    legal = re.sub(r"(?<!und )\bco\b", "und co", legal)
    return " ".join(legal.split())


def strip_prefixes(toks: list[str]) -> tuple[list[str], list[str]]:
    """Remove 'Firma', 'z. Hd.', 'c/o', 'An' ... from the front; returns (rest, removed)."""
    removed: list[str] = []
    changed = True
    while changed and toks:
        changed = False
        for pre in LINE_PREFIXES:
            if tuple(toks[: len(pre)]) == pre and len(toks) > len(pre):
                removed += list(pre)
                toks = toks[len(pre):]
                changed = True
                break
    return toks, removed


def strip_titles(toks: list[str]) -> tuple[list[str], bool]:
    """Drop salutations and academic titles from the front; True when a salutation was there."""
    had_salutation = False
    i = 0
    while i < len(toks) and toks[i] in TITLES:
        had_salutation |= toks[i] in SALUTATIONS
        i += 1
    return toks[i:], had_salutation


_OCR_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_OCR_CHARS = str.maketrans({"0": "o", "1": "i", "l": "i", "|": "i", "!": "i", "5": "s", "j": "i"})
_UMLAUT_LOST = re.compile(r"(?<=[aou])e")


def ocr_fold(text: str) -> str:
    """Map characters tesseract confuses onto one form, on both sides of a comparison.

    Includes the lost umlaut: OCR reads "Öko" as "Oko", which folding made "oeko"."""
    t = _UMLAUT_LOST.sub("", text).translate(_OCR_CHARS)
    for a, b in _OCR_PAIRS:
        t = t.replace(a, b)
    return t


# Second, bolder level for fuzzy matching only: pairs a scan blurs into each other.
_OCR_STRONG_PAIRS = (("ri", "n"), ("ni", "m"), ("ii", "n"))
_OCR_STRONG_CHARS = str.maketrans({"h": "b", "8": "b", "6": "b", "f": "t", "c": "e", "q": "g", "9": "g",
                                   "2": "z", "7": "t", "u": "n", "v": "y"})


def ocr_fold_strong(text: str) -> str:
    t = ocr_fold(text)
    for a, b in _OCR_STRONG_PAIRS:
        t = t.replace(a, b)
    return t.translate(_OCR_STRONG_CHARS)


_LEGAL_LONG = sorted(t for t in LEGAL_TOKENS if len(t) >= 4)
_LEGAL_SHORT = {"ag", "kg", "ug", "gbr", "ohg", "mbh", "ltd", "llc", "inc", "plc", "llp"}


def repair_legal(toks: list[str]) -> list[str]:
    """Undo OCR damage and typos in trailing legal-form words ('GrnbH', 'GmbbH', 'KKG', 'haftungsbescbränkt')."""
    out = list(toks)
    for i in range(len(out) - 1, 0, -1):
        t = out[i]
        if t in LEGAL_TOKENS:
            continue
        fixed = _repair_token(t)
        if fixed is None:
            break
        out[i] = fixed
    return out


_SHORT_FOLDS: dict[str, str] = {}


def _short_folds() -> dict[str, str]:
    """Folded spellings of the short legal forms, built once."""
    if not _SHORT_FOLDS:
        for legal in sorted(_LEGAL_SHORT):
            for f in (ocr_fold(legal), ocr_fold_strong(legal)):
                _SHORT_FOLDS.setdefault(f, legal)
    return _SHORT_FOLDS


_LEGAL_MISREAD = {"go": "co", "c0": "co", "eo": "co", "k6": "kg", "kc": "kg"}   # "GmbH & Go. KG"


def _repair_token(t: str) -> str | None:
    from rapidfuzz.distance import DamerauLevenshtein

    if t in _LEGAL_MISREAD:
        return _LEGAL_MISREAD[t]
    folds = _short_folds()
    squeezed = re.sub(r"(.)\1+", r"\1", t)
    for cand in (ocr_fold(t), squeezed, ocr_fold(squeezed)):
        if cand in LEGAL_TOKENS:
            return cand
        hit = folds.get(cand) or folds.get(ocr_fold_strong(cand))
        if hit:
            return hit
    if len(t) >= 4:
        limit = 1 if len(t) < 10 else 2
        for legal in _LEGAL_LONG:
            if len(t) == 4 and legal not in ("gmbh", "kgaa"):    # short words: only the common forms
                continue
            if abs(len(legal) - len(t)) <= limit and DamerauLevenshtein.distance(t, legal) <= limit:
                return legal
    return None


def is_org_like(toks: list[str]) -> bool:
    return any(t in ORG_MARKERS for t in toks)


def decode_words(value: str) -> str:
    """Quoted forwarded headers can still hold RFC 2047 words ('=?utf-8?q?M=C3=BCller_Bau_GmbH?=')."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (HeaderParseError, LookupError, UnicodeDecodeError, ValueError):
        return value
