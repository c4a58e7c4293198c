"""The labelled training corpus: letters as the classifier will see them after OCR or email parsing.

Every text carries the parts a real first page shows (letterhead, return line, address block,
info block, subject, body, footer) in varying reading orders, some with OCR damage, some as
forwarded emails. Bump CORPUS_VERSION whenever wording or rendering here changes: models
trained on an older corpus are then reported stale.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from .clients import DEFAULT_SEED, generate_clients, generate_outsiders
from .content import LetterFactory
from .contract_words import contract_mention
from .letter import Letter
from .templates.boilerplate import extra_page, item_list, mark, notes

CORPUS_VERSION = "8"
OCR_NOISE_SHARE = 0.35
EMAIL_SHARE = 0.15
EXTRA_PAGE_SHARE = 0.2     # letters with a privacy notice, terms or a continuation page behind
NOTES_SHARE = 0.4          # letters with short privacy/terms/"machine-made" lines under the footer
MARK_SHARE = 0.25          # letters with a received stamp or a handwritten follow-up date
ITEM_LIST_SHARE = 0.15     # letters with a priced list behind (an enclosure of any category)

# What tesseract confuses on poor scans (one direction is enough for training).
CONFUSIONS = {"rn": "m", "m": "rn", "l": "1", "1": "l", "O": "0", "0": "O", "ü": "u", "ä": "a",
              "ö": "o", "ß": "B", "e": "c", "i": "l", "c": "e", "h": "b", "S": "5", "B": "8",
              ",": ".", "€": "E", "u": "n", "n": "u", "t": "f", "I": "l"}


@dataclass
class Sample:
    text: str
    label: str
    template: str          # the wording template id: the group for held-out evaluation
    language: str
    kind: str              # "letter", "ocr" (noisy letter) or "email"


def letter_text(letter: Letter, rng: random.Random) -> str:
    """The first-page text in one of the reading orders OCR produces."""
    head = [letter.sender_name, " · ".join(letter.sender_address)]
    if rng.random() < 0.7:
        head.append(" · ".join(letter.sender_contact[: rng.randint(1, 3)]))
    ret = " · ".join([letter.sender_name, *letter.sender_address])
    sep = rng.choice([": ", " ", "  "])
    info = [f"{k}{sep}{v}" for k, v in letter.info_block]
    if not any(v == letter.date_text for _, v in letter.info_block):
        info.append(letter.date_text)
    address = list(letter.recipient_lines)
    if rng.random() < 0.2:
        # Tesseract sometimes reads the address and info columns line by line together.
        n = max(len(address), len(info))
        address = [f"{address[i] if i < len(address) else ''}   {info[i] if i < len(info) else ''}".strip()
                   for i in range(n)]
        info = []
    parts = [*head]
    if rng.random() < 0.75:
        parts.append(ret)
    parts += address + info
    parts += [letter.subject, letter.salutation, *letter.paragraphs, letter.closing, *letter.signature]
    if rng.random() < 0.85:
        parts += letter.sender_footer
    # An rng of its own for what rides along: the draws above stay as they were.
    more = random.Random(f"{letter.subject}/{letter.date_text}/{rng.random()}")
    if more.random() < NOTES_SHARE:
        parts += notes(letter.language, more)
    if more.random() < MARK_SHARE:
        parts.insert(more.randint(0, min(len(parts), 6)), mark(letter.language, more))
    if rng.random() < EXTRA_PAGE_SHARE:
        parts.append(extra_page(letter.language, rng))
    if more.random() < ITEM_LIST_SHARE:
        parts.append(item_list(letter.language, more))
    return "\n".join(p for p in parts if p)


def email_text(letter: Letter, rng: random.Random, intake: str | None) -> str:
    """A forwarded email: the original letter's words as a mail body, headers in front."""
    de = letter.language == "de" and rng.random() < 0.8
    sender = letter.sender_contact[1] if len(letter.sender_contact) > 1 and "@" in letter.sender_contact[1] \
        else "info@example.org"
    to = intake or "post@buero-mitte.de"
    if rng.random() < 0.5:
        header = ["---------- Forwarded message ---------" if not de else "---------- Weitergeleitete Nachricht ----------",
                  f"{'Von' if de else 'From'}: {letter.sender_name} <{sender}>",
                  f"{'Datum' if de else 'Date'}: {letter.date_text}",
                  f"{'Betreff' if de else 'Subject'}: {letter.subject}",
                  f"{'An' if de else 'To'}: <{to}>"]
    else:
        header = ["-----Ursprüngliche Nachricht-----" if de else "-----Original Message-----",
                  f"{'Von' if de else 'From'}: {letter.sender_name} [mailto:{sender}]",
                  f"{'Gesendet' if de else 'Sent'}: {letter.date_text}",
                  f"{'An' if de else 'To'}: {to}",
                  f"{'Betreff' if de else 'Subject'}: {letter.subject}"]
    note = rng.choice(["", "Bitte ablegen, danke.", "FYI", "Zur Info", "Please file.", "Kam heute rein."])
    body = [letter.salutation, *letter.paragraphs, letter.closing, *letter.signature]
    if rng.random() < 0.4:
        body.append("\n".join(letter.sender_footer))
    text = "\n".join([note, "", *header, "", *body]).strip()
    if rng.random() < 0.3:  # the letter also came as a PDF attachment: its text follows
        text += "\n\n" + letter_text(letter, rng)
    return text


def add_ocr_noise(text: str, rng: random.Random, rate: float | None = None) -> str:
    """Light OCR damage: character confusions, broken and joined words, lost characters."""
    rate = rate if rate is not None else rng.uniform(0.01, 0.05)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        r = rng.random()
        if r < rate:
            two = text[i:i + 2]
            if two in CONFUSIONS:
                out.append(CONFUSIONS[two])
                i += 2
                continue
            if ch in CONFUSIONS:
                out.append(CONFUSIONS[ch])
            elif ch == " " and rng.random() < 0.5:
                pass                                  # joined words
            elif ch.isalpha() and rng.random() < 0.3:
                out.append(ch + " ")                  # broken word
            elif rng.random() < 0.2:
                pass                                  # lost character
            else:
                out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def build_samples(n: int, seed: int = 0, template_ids: set[str] | None = None,
                  balanced: bool = True) -> list[Sample]:
    """n labelled texts; balanced=True gives every category the same share (training),
    otherwise the factory's mailroom mix."""
    clients = generate_clients(DEFAULT_SEED)
    factory = LetterFactory(clients, generate_outsiders(DEFAULT_SEED, clients=clients), seed=seed)
    rng = random.Random(f"corpus/{seed}")
    from ..model import CATEGORIES
    out: list[Sample] = []
    for i in range(n):
        category = CATEGORIES[i % len(CATEGORIES)] if balanced else None
        language = None
        if template_ids:
            # Held-out selections may lack a language for a category: write in the other one.
            category = category or rng.choice(sorted({t.split(".")[0] for t in template_ids}))
            langs = sorted({t.split(".")[1] for t in template_ids if t.startswith(f"{category}.")})
            if not langs:
                continue
            language = langs[0] if len(langs) == 1 else ("de" if rng.random() < 0.8 else "en")
        letter = factory.make(category=category, language=language, nobody=rng.random() < 0.05,
                              template_ids=template_ids)
        letter = _with_contract_words(letter, random.Random(f"corpus/{seed}/contract/{i}"))
        template = next(t[len("template:"):] for t in letter.tags if t.startswith("template:"))
        r = rng.random()
        if r < EMAIL_SHARE:
            client = next((c for c in clients if c.id == letter.recipient_client_id), None)
            text, kind = email_text(letter, rng, client.emails[0] if client else None), "email"
        else:
            text, kind = letter_text(letter, rng), "letter"
            if r < EMAIL_SHARE + OCR_NOISE_SHARE:
                text, kind = add_ocr_noise(text, rng), "ocr"
        out.append(Sample(text, letter.category, template, letter.language, kind))
    return out


def _with_contract_words(letter: Letter, rng: random.Random) -> Letter:
    """Some non-contract letters name a contract (contract_words.py); an rng of its own leaves
    every other draw of the corpus as it was."""
    info, sentence = contract_mention(letter.category, letter.language, letter.date_text, rng)
    if info is None and sentence is None:
        return letter
    paragraphs = list(letter.paragraphs)
    if sentence is not None:
        paragraphs.insert(rng.randint(0, len(paragraphs)), sentence)
    info_block = [*letter.info_block, info] if info is not None else letter.info_block
    return replace(letter, paragraphs=paragraphs, info_block=info_block)


def build_corpus(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """(text, label) pairs, deterministic for a seed."""
    return [(s.text, s.label) for s in build_samples(n, seed)]
