"""Letter content generator: who writes to whom, about what, with which true dates and amounts.

`LetterFactory(clients, outsiders, seed).make(...)` returns a `Letter` (training/letter.py);
rendering to scans, PDFs and emails is another module's job. The wording lives in
training/templates/ (one registered function per way of wording a letter).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Iterable

from ..model import CATEGORIES
from ..routing.directory import Client, Directory
from .clients import PROVIDER, strip_legal_form, transliterate
from .letter import Letter
from .templates import REGISTRY, Spec
from .templates.base import Ctx, format_date
from .templates.orgs import NAMES, _fill, make_org

# A mailroom's mix; `many` uses it, `make(category=...)` overrides it.
MIX = {"invoice": 17, "reminder": 11, "tax": 9, "legal": 7, "authority": 10, "bank": 10,
       "insurance": 8, "contract": 10, "advertising": 10, "other": 8}
GERMAN_SHARE = 0.8
YEAR = 2026


def _misspell(name: str, rng: random.Random) -> str:
    """A typo a clerk or a mail-merge makes: a dropped, doubled or swapped letter."""
    idx = [i for i, ch in enumerate(name) if ch.isalpha()]
    if len(idx) < 4:
        return name
    i = rng.choice(idx[1:-1])
    op = rng.choice(["drop", "double", "swap"])
    if op == "drop":
        return name[:i] + name[i + 1:]
    if op == "double":
        return name[:i] + name[i] + name[i:]
    return name[:i - 1] + name[i] + name[i - 1] + name[i + 1:]


def _gendered(person: str, lang: str) -> tuple[str, str]:
    """('Herrn Dr. Jonas Weber', 'Sehr geehrter Herr Dr. Weber,') from 'Dr. Jonas Weber'."""
    from .clients import FIRST_F
    parts = person.split()
    titles = [p for p in parts if p.endswith(".")]
    first = next((p for p in parts if not p.endswith(".")), parts[0])
    last = parts[-1]
    female = first in FIRST_F
    t = " ".join(t for t in titles if t in ("Dr.", "Prof."))
    if lang == "de":
        head = f"{'Frau' if female else 'Herrn'} {person}"
        sal = f"Sehr geehrte{'' if female else 'r'} {'Frau' if female else 'Herr'} {t + ' ' if t else ''}{last},"
        return head, sal
    honor = "Dr" if "Dr." in titles else ("Ms" if female else "Mr")
    return person, f"Dear {honor} {last},"


class LetterFactory:
    """Deterministic letters for a seed: the n-th letter is the same every run."""

    def __init__(self, clients: Directory | Iterable[Client], outsiders: Iterable[Client],
                 seed: int = 0):
        self.clients = list(clients.clients if isinstance(clients, Directory) else clients)
        self.outsiders = list(outsiders)
        if not self.clients:
            raise ValueError("LetterFactory needs at least one client")
        self.seed = seed
        self.count = 0
        self.specs: dict[tuple[str, str], list[Spec]] = {}
        for spec in REGISTRY:
            self.specs.setdefault((spec.category, spec.language), []).append(spec)

    # ------------------------------------------------------------ public
    def make(self, category: str | None = None, language: str | None = None,
             nobody: bool = False, template_ids: set[str] | None = None) -> Letter:
        """One letter; `template_ids` restricts the wording (held-out evaluation)."""
        self.count += 1
        rng = random.Random(f"{self.seed}/{self.count}")
        lang = language or ("de" if rng.random() < GERMAN_SHARE else "en")
        if category is not None and category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}; known: {', '.join(CATEGORIES)}")
        cat = category or rng.choices(list(MIX), list(MIX.values()))[0]
        specs = [s for s in self.specs[(cat, lang)] if not template_ids or s.id in template_ids]
        if not specs:
            raise ValueError(f"no template for {cat}/{lang} in the given selection")
        spec = rng.choice(specs)
        return self._letter(rng, spec, lang, nobody)

    def many(self, n: int, nobody_share: float = 0.05) -> list[Letter]:
        out = []
        for _ in range(n):
            nobody = bool(self.outsiders) and random.Random(f"{self.seed}/nobody/{self.count}").random() < nobody_share
            out.append(self.make(nobody=nobody))
        return out

    # ------------------------------------------------------------ internals
    def _letter(self, rng: random.Random, spec: Spec, lang: str, nobody: bool) -> Letter:
        tags: list[str] = []
        target = rng.choice(self.outsiders) if nobody and self.outsiders else rng.choice(self.clients)
        if nobody and self.outsiders:
            tags.append("nobody")
        kind = rng.choice(spec.senders)
        sender_client = None
        if kind == "vendor" and rng.random() < 0.15:
            sender_client = rng.choice([c for c in self.clients if c.id != target.id])
            tags.append("sender-is-client")
        sender = make_org(kind, lang, rng, sender_client)
        d = date(YEAR, 1, 1) + timedelta(days=rng.randint(0, 364))
        person = rng.choice(target.people) if target.people and rng.random() < 0.55 else None
        shown_name, name_tags = self._name_as_written(target, rng)
        tags += name_tags
        firms = self._mentions(rng, target, sender)
        ctx = Ctx(rng=rng, lang=lang, date=d, sender=sender, recipient_name=shown_name,
                  person=person, firms=firms)
        subject, paragraphs = spec.fn(ctx)
        if any(f in " ".join(paragraphs) for f in firms if f in {c.name for c in self.clients}):
            tags.append("mentions-client")
        date_text = format_date(d, lang, rng)
        if lang == "de" and rng.random() < 0.2:
            date_text = f"{PROVIDER.city if rng.random() < 0.3 else sender.city_line.split(' ', 1)[-1]}, " \
                        f"{'den ' if rng.random() < 0.5 else ''}{date_text}"
        info = list(ctx.info)
        if rng.random() < 0.5:
            info.append(("Datum" if lang == "de" else "Date", date_text))
        if rng.random() < 0.3 and sender.people:
            info.insert(0, ("Ansprechpartner" if lang == "de" else "Contact", sender.people[0]))
        lines, block_tags = self._address_block(rng, target, shown_name, person, lang)
        tags += block_tags
        if ctx.salutation is not None:
            salutation = ctx.salutation
        elif person and rng.random() < 0.8:
            salutation = _gendered(person, lang)[1]
        else:
            salutation = "Sehr geehrte Damen und Herren," if lang == "de" else \
                rng.choice(["Dear Sir or Madam,", "Dear Sirs,", "To whom it may concern,"])
        closing, signature = self._closing(rng, sender, lang)
        tags.append(f"template:{spec.id}")
        return Letter(
            id=f"{self.seed}-{self.count:06d}", language=lang, category=spec.category,
            sender_name=sender.name, sender_address=[sender.street, sender.city_line],
            sender_contact=sender.contact, sender_footer=sender.footer,
            recipient_client_id=None if nobody and self.outsiders else target.id,
            recipient_lines=lines, date=d, date_text=date_text, info_block=info,
            subject=subject, salutation=salutation, paragraphs=paragraphs, closing=closing,
            signature=signature, deadlines=sorted(set(ctx.deadlines)), amounts=ctx.amounts,
            references=ctx.references, tags=tags)

    def _name_as_written(self, target: Client, rng: random.Random) -> tuple[str, list[str]]:
        r = rng.random()
        if r < 0.55 or not target.name:
            return target.name, []
        if r < 0.68 and target.aliases:
            return rng.choice(target.aliases), ["alias"]
        if r < 0.78:
            bare = strip_legal_form(target.name)
            return (bare, ["no-legal-form"]) if bare != target.name else (target.name, [])
        if r < 0.86 and transliterate(target.name) != target.name:
            return transliterate(target.name), ["transliterated"]
        if r < 0.94:
            return _misspell(target.name, rng), ["misspelled"]
        dotted = target.name.replace("GmbH", "G.m.b.H.").replace("Müller", "Mueller")
        return f"Fa. {dotted}", ["variant"]

    def _mentions(self, rng: random.Random, target: Client, sender) -> list[str]:
        """Other companies a body may mention: sometimes other clients of the same building."""
        firms = [_fill(rng.choice(NAMES["vendor"]), rng) for _ in range(2)]
        if rng.random() < 0.3:
            firms.append(rng.choice([c for c in self.clients if c.id != target.id]).name)
        return firms

    def _address_block(self, rng: random.Random, target: Client, name: str, person: str | None,
                       lang: str) -> tuple[list[str], list[str]]:
        tags: list[str] = []
        lines: list[str] = []
        if rng.random() < 0.08:
            lines.append(rng.choice(["Einschreiben", "Persönlich / Vertraulich", "Per Einschreiben mit Rückschein"])
                         if lang == "de" else rng.choice(["Private & Confidential", "Registered mail"]))
        head = _gendered(person, lang)[0] if person else None
        style = rng.random()
        if person and style < 0.25:
            # Person first, firm as c/o: "Herrn Dr. Jonas Weber / c/o Müller Bau GmbH".
            lines += [head, f"c/o {name}"]
            tags.append("person-first")
        else:
            lines.append(name)
            if person:
                prefix = rng.choice(["z. Hd. ", "z. H. ", "zu Händen ", ""]) if lang == "de" \
                    else rng.choice(["Attn. ", "Attn: ", "FAO ", ""])
                lines.append(prefix + (head if lang == "de" else person))
                tags.append("person")
        if rng.random() < 0.2:
            lines.append(f"c/o {PROVIDER.name if rng.random() < 0.6 else PROVIDER.building}")
            tags.append("c/o-provider")
        box = self._mailbox_line(rng, target.mailbox, lang)
        street = PROVIDER.street if lang == "de" or rng.random() < 0.5 else transliterate(PROVIDER.street)
        if box and rng.random() < 0.3:
            lines.append(f"{street}, {box}")
        elif box:
            lines += [box, street] if rng.random() < 0.5 else [street, box]
        else:
            lines.append(street)
        if box:
            tags.append("mailbox")
        lines.append(PROVIDER.city_line if rng.random() < 0.9 else f"D-{PROVIDER.city_line}")
        if lang == "en" or rng.random() < 0.05:
            lines.append("Germany" if lang == "en" else "Deutschland")
        return lines, tags

    @staticmethod
    def _mailbox_line(rng: random.Random, mailbox: str, lang: str) -> str | None:
        if rng.random() < 0.35:
            return None
        forms = ["Postfach {}", "Fach {}", "Box {}", "PMB {}", "Nr. {}", "Postfach-Nr. {}"] if lang == "de" \
            else ["Box {}", "PMB {}", "Suite {}", "Mailbox {}", "Postfach {}"]
        return rng.choice(forms).format(mailbox)

    @staticmethod
    def _closing(rng: random.Random, sender, lang: str) -> tuple[str, list[str]]:
        public = sender.kind in {"court", "finanzamt", "bzst", "register", "chamber", "municipal",
                                 "health", "social"}
        person = rng.choice(sender.people) if sender.people else sender.name
        if lang == "de":
            closing = rng.choice(["Mit freundlichen Grüßen", "Freundliche Grüße", "Mit freundlichem Gruß"]) \
                if not public else rng.choice(["Mit freundlichen Grüßen", "Hochachtungsvoll", ""])
            if public:
                sig = [rng.choice(["Im Auftrag", "Hochachtungsvoll"]) if not closing else "Im Auftrag", person]
                if rng.random() < 0.5:
                    sig = ["Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig."]
            else:
                sig = [person, rng.choice(["Geschäftsführer", "Buchhaltung", "Kundenservice", "Vertrieb", ""]),
                       sender.name]
        else:
            closing = rng.choice(["Kind regards", "Yours faithfully", "Yours sincerely", "Best regards"])
            sig = [person, rng.choice(["Accounts Department", "Customer Service", "Director", "Partner", ""]),
                   sender.name]
        return closing, [s for s in sig if s]
