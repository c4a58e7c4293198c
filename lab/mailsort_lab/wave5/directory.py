"""The fixed client directory as wave 5 sees it: read straight from clients.yaml, so the set is
written without the routing code, and the checks that keep a label unambiguous."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mailsort.errors import MailsortError

TITLES = re.compile(r"^((Prof\.|Dr\.|Dipl\.-Ing\.|Dipl\.-Kfm\.)\s+)+")
# Longest first, so "GmbH & Co. KG" goes before "KG".
LEGAL = ["GmbH & Co. KG", "UG (haftungsbeschränkt)", "PartG mbB", "PartG", "GmbH", "e.K.", "OHG", "KG", "AG",
         "Ltd.", "Inc.", "LLC", "GbR", "SE", "eG", "e.V."]


class DirectoryUnreadable(MailsortError):
    """clients.yaml is missing or not a list of clients."""

    exit_code = 2


@dataclass
class Tenant:
    id: str
    name: str
    aliases: list[str]
    people: list[str]
    mailbox: str
    emails: list[str] = field(default_factory=list)


def bare(person: str) -> str:
    return TITLES.sub("", person).strip()


def core(name: str) -> str:
    """The name without its legal form, lower-cased: what a reader compares."""
    n = name
    for form in LEGAL:
        if n.endswith(" " + form):
            n = n[: -len(form) - 1]
            break
    return re.sub(r"[^a-zäöüß0-9&]+", " ", n.lower()).strip()


def legal_form(name: str) -> str | None:
    return next((f for f in LEGAL if name.endswith(" " + f)), None)


class Roster:
    """Tenants plus what makes a cue unique: people of exactly one tenant, core names of all."""

    def __init__(self, path: Path):
        try:
            raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
            self.tenants = [Tenant(str(c["id"]), c["name"], list(c.get("aliases") or []),
                                   list(c.get("people") or []), str(c["mailbox"]), list(c.get("emails") or []))
                            for c in raw["clients"]]
        except (OSError, KeyError, TypeError, yaml.YAMLError) as e:
            raise DirectoryUnreadable(f"{path}: cannot read the client directory ({e})") from e
        seen: dict[str, int] = {}
        for t in self.tenants:
            for p in {bare(p) for p in t.people}:
                seen[p] = seen.get(p, 0) + 1
        self.cores = {core(n) for t in self.tenants for n in [t.name, *t.aliases]}
        words = " ".join(self.cores)
        # A person is a clear cue only when named for one tenant and not part of any firm's name.
        self.unique_people = {p for p, n in seen.items() if n == 1 and p.split()[-1].lower() not in words}
        self.mailboxes = {t.mailbox for t in self.tenants}

    def clear_people(self, t: Tenant) -> list[str]:
        return [p for p in t.people if bare(p) in self.unique_people]

    def is_free(self, name: str) -> bool:
        """No tenant carries this name (or alias) once legal forms and case are set aside."""
        return core(name) not in self.cores

    def shortened_is_clear(self, t: Tenant, short: str) -> bool:
        """A shortened name still names t alone: its core is t's own and no other tenant's."""
        c = core(short)
        return all(c not in {core(n) for n in [o.name, *o.aliases]} for o in self.tenants if o.id != t.id)
