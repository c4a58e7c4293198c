"""The client directory (config/clients.yaml): a contract other tools read too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from ..errors import ConfigError
from ..settings import describe_validation_error, read_yaml

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Client(BaseModel, extra="allow"):
    id: str
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    mailbox: str
    emails: list[str] = Field(default_factory=list)
    # Bundesland (ISO code such as "BY"): its public holidays move the client's deadlines (workdays.py).
    state: str | None = None

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"{v!r} is not a slug (lower-case letters, digits and dashes)")
        return v

    @field_validator("mailbox", mode="before")
    @classmethod
    def _mailbox_text(cls, v: object) -> str:
        if isinstance(v, int):
            v = str(v)
        if not isinstance(v, str) or not v.strip().isdigit():
            raise ValueError("must be a mailbox number such as \"1042\"")
        return v.strip()

    @field_validator("state", mode="before")
    @classmethod
    def _state(cls, v: object) -> str | None:
        from .workdays import STATES

        if v is None or v == "":
            return None
        code = str(v).strip().upper().removeprefix("DE-")
        if code not in STATES:
            raise ValueError(f"{v!r} is not a Bundesland code ({', '.join(STATES)})")
        return code

    @field_validator("emails")
    @classmethod
    def _emails(cls, v: list[str]) -> list[str]:
        for e in v:
            if "@" not in e:
                raise ValueError(f"{e!r} is not an email address")
        return [e.strip().lower() for e in v]

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Directory:
    clients: list[Client]
    path: Path | None = None
    by_id: dict[str, Client] = field(init=False)
    by_mailbox: dict[str, Client] = field(init=False)
    by_email: dict[str, Client] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.clients}
        self.by_mailbox = {c.mailbox: c for c in self.clients}
        self.by_email = {e: c for c in self.clients for e in c.emails}

    def __len__(self) -> int:
        return len(self.clients)

    def get(self, client_id: str) -> Client | None:
        return self.by_id.get(client_id)


def _entry_label(raw: object, index: int) -> str:
    cid = raw.get("id") if isinstance(raw, dict) else None
    return f"clients[{index}]" + (f" (id {cid!r})" if cid else "")


def load_directory(path: Path) -> Directory:
    """Load and validate clients.yaml; one ConfigError line naming file, entry and key."""
    raw = read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("clients"), list):
        raise ConfigError(f"{path}: expected a top-level key 'clients' holding a list")
    clients: list[Client] = []
    seen: dict[str, dict[str, str]] = {"id": {}, "mailbox": {}, "emails": {}}
    for i, entry in enumerate(raw["clients"]):
        label = _entry_label(entry, i)
        if not isinstance(entry, dict):
            raise ConfigError(f"{path}: {label}: expected a mapping with id, name, mailbox, ...")
        try:
            client = Client.model_validate(entry)
        except ValidationError as e:
            raise ConfigError(describe_validation_error(path, e).replace(f"{path}: ", f"{path}: {label}: ", 1)) from e
        for key, values in (("id", [client.id]), ("mailbox", [client.mailbox]), ("emails", client.emails)):
            for value in values:
                if value in seen[key]:
                    raise ConfigError(f"{path}: {label}: {key}: {value!r} is already used by "
                                      f"client {seen[key][value]!r}")
                seen[key][value] = client.id
        clients.append(client)
    if not clients:
        raise ConfigError(f"{path}: clients: the list is empty")
    return Directory(clients, path)
