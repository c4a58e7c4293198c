"""Rules config (`<config_dir>/rules.yaml`): global defaults plus per-client rules, validated at start.

A rule is `when` (conditions, all must hold) -> `do` (actions, in order); `stop: true` ends evaluation.
A client's own rules run first, then the defaults. Every error names the file, the rule and the key:
  config/rules.yaml: clients.mueller-bau.rules[2] (forward-invoices): when.category: unknown category 'invoce'
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from jinja2 import Environment, TemplateSyntaxError
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from ..errors import ConfigError
from ..model import CATEGORIES
from ..routing.directory import Directory
from ..settings import read_yaml
from .delivery import DeliverySettings, DigestSettings, check_addresses

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_jinja = Environment()


def _template(v: str | None) -> str | None:
    if v is not None:
        try:
            _jinja.parse(v)
        except TemplateSyntaxError as e:
            raise ValueError(f"template error: {e.message} (line {e.lineno})") from e
    return v


def _as_list(v: Any) -> Any:
    return [v] if isinstance(v, (str, int, float)) else v


class When(BaseModel, extra="forbid"):
    category: list[str] | None = None
    sender: str | None = None                  # text contained in the sender (case-insensitive)
    sender_regex: str | None = None
    keywords: list[str] | None = None          # any of these words in the text
    person: str | None = None                  # the item is addressed to this person
    source: list[Literal["scan", "pdf", "email", "xml"]] | None = None
    station: list[str] | None = None
    deadline_within_days: int | None = Field(None, ge=0)
    confidence_below: float | None = Field(None, ge=0, le=1)   # min(recipient, category)
    confidence_above: float | None = Field(None, ge=0, le=1)
    pages_min: int | None = Field(None, ge=0)
    pages_max: int | None = Field(None, ge=0)
    einvoice: bool | None = None               # the item is (true) / is not (false) a structured e-invoice
    amount_above: Decimal | None = None        # the amount due (e-invoice) or the largest amount found
    amount_below: Decimal | None = None

    @field_validator("category", mode="before")
    @classmethod
    def _categories(cls, v: Any) -> Any:
        v = _as_list(v)
        for c in v or []:
            if c not in CATEGORIES:
                raise ValueError(f"unknown category {c!r}; known: {', '.join(CATEGORIES)}")
        return v

    @field_validator("keywords", "source", "station", mode="before")
    @classmethod
    def _listify(cls, v: Any) -> Any:
        return _as_list(v)

    @field_validator("sender_regex")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as e:
                raise ValueError(f"not a valid regular expression: {e}") from e
        return v


class Forward(BaseModel, extra="forbid"):
    to: list[str]
    # auto: the PDF, above the size limit a link (with delivery.link_base_url) or else a split;
    # split: one message per part under the limit ("Teil 1/3"); link: never attach
    attach: Literal["auto", "pdf", "link", "split"] = "auto"
    max_attachment_mb: float | None = Field(None, gt=0)
    subject: str | None = None                          # Jinja2; default template otherwise
    body: str | None = None

    _to = field_validator("to", mode="before")(lambda cls, v: check_addresses(v))
    _tpl = field_validator("subject", "body")(lambda cls, v: _template(v))


class Notify(BaseModel, extra="forbid"):
    to: list[str] = Field(default_factory=list)         # empty: delivery.notify_to
    subject: str | None = None
    body: str | None = None

    _to = field_validator("to", mode="before")(lambda cls, v: check_addresses(v))
    _tpl = field_validator("subject", "body")(lambda cls, v: _template(v))


class Webhook(BaseModel, extra="forbid"):
    url: str
    secret_env: str | None = None                       # default: delivery.webhook.secret_env

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not re.match(r"^https?://[^\s/]+", v):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v


class Hold(BaseModel, extra="forbid"):
    note: str | None = None


class Discard(BaseModel, extra="forbid"):
    after_days: int | None = Field(None, ge=1)          # default: delivery.discard_grace_days
    allow_protected: bool = False                       # explicit consent to bin legal/tax/bank mail


class Remind(BaseModel, extra="forbid"):
    days_before: list[int] = Field(default_factory=lambda: [7])
    to: list[str] = Field(default_factory=list)         # empty: delivery.notify_to

    _to = field_validator("to", mode="before")(lambda cls, v: check_addresses(v))
    _days = field_validator("days_before", mode="before")(lambda cls, v: _as_list(v))


ACTION_KINDS = ("forward", "notify", "webhook", "hold", "discard", "tag", "remind")


class ActionSpec(BaseModel, extra="forbid"):
    """Exactly one key, e.g. `- forward: {to: [...]}`, `- tag: urgent`, `- hold: {}`."""

    forward: Forward | None = None
    notify: Notify | None = None
    webhook: Webhook | None = None
    hold: Hold | None = None
    discard: Discard | None = None
    tag: str | None = None
    remind: Remind | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, v: Any) -> Any:
        if isinstance(v, str) and v in ("hold", "discard", "notify"):
            return {v: {}}
        if isinstance(v, dict):
            return {k: ({} if val is True or val is None else val) if k != "tag" else val for k, val in v.items()}
        return v

    @model_validator(mode="after")
    def _exactly_one(self) -> ActionSpec:
        set_ = [k for k in ACTION_KINDS if getattr(self, k) is not None]
        if len(set_) != 1:
            raise ValueError(f"each action needs exactly one of {', '.join(ACTION_KINDS)} (got {set_ or 'none'})")
        return self

    @property
    def kind(self) -> str:
        return next(k for k in ACTION_KINDS if getattr(self, k) is not None)

    @property
    def spec(self) -> Any:
        return getattr(self, self.kind)


class Rule(BaseModel, extra="forbid"):
    id: str
    description: str | None = None
    enabled: bool = True
    when: When = Field(default_factory=When)
    do: list[ActionSpec] = Field(min_length=1)
    stop: bool = False

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(f"{v!r} is not a rule id (lower-case letters, digits and dashes)")
        return v


@dataclass
class ScopedRule:
    rule: Rule
    scope: str                          # "defaults" or the client id
    where: str                          # "clients.mueller-bau.rules[2] (forward-invoices)"


@dataclass
class RulesConfig:
    path: Path
    delivery: DeliverySettings = field(default_factory=DeliverySettings)
    defaults: list[ScopedRule] = field(default_factory=list)
    clients: dict[str, list[ScopedRule]] = field(default_factory=dict)
    digests: dict[str, DigestSettings] = field(default_factory=dict)
    found: bool = True

    def rules_for(self, client_id: str | None) -> list[ScopedRule]:
        own = self.clients.get(client_id, []) if client_id else []
        return [r for r in own + self.defaults if r.rule.enabled]

    def all_rules(self) -> list[ScopedRule]:
        return [r for rules in self.clients.values() for r in rules] + self.defaults

    def summary(self) -> list[str]:
        """What `mailsort rules check` prints: counts, delivery, secrets set or not, risky rules."""
        if not self.found:
            raise ConfigError(f"{self.path}: file not found (no rules: nothing is forwarded)")
        lines = [f"{self.path}: {len(self.defaults)} default rules, "
                 f"{sum(len(r) for r in self.clients.values())} client rules for {len(self.clients)} clients, "
                 f"{sum(1 for d in self.digests.values() if d.schedule != 'off')} digest schedules"]
        smtp = self.delivery.smtp
        lines.append(f"SMTP {smtp.host}:{smtp.port} ({smtp.security})"
                     + (f", login {smtp.username}, password from ${smtp.password_env}" if smtp.username else ""))
        secrets = {smtp.password_env, self.delivery.webhook.secret_env} | {
            a.spec.secret_env for r in self.all_rules() for a in r.rule.do if a.kind == "webhook"}
        for var in sorted(secrets - {None}):
            lines.append(f"environment variable {var}: {'set' if os.environ.get(var) else 'NOT SET'}")
        protected = ", ".join(self.delivery.protected_categories)
        for sr in self.all_rules():
            for a in sr.rule.do:
                if a.kind == "discard" and a.spec.allow_protected:
                    lines.append(f"note: {sr.where} may discard {protected} mail (allow_protected: true)")
        return lines


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _explain(path: Path, where: str, err: ValidationError) -> ConfigError:
    first = err.errors()[0]
    msg = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        msg = "unknown key"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    key = _loc(first["loc"])
    return ConfigError(f"{path}: {where}{': ' + key if key else ''}: {msg}{more}")


def _parse_rules(path: Path, raw: Any, where: str, scope: str, seen: set[str]) -> list[ScopedRule]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: {where}: expected a list of rules")
    out = []
    for i, entry in enumerate(raw):
        rid = entry.get("id") if isinstance(entry, dict) else None
        label = f"{where}[{i}]" + (f" ({rid})" if rid else "")
        if not isinstance(entry, dict):
            raise ConfigError(f"{path}: {label}: expected a mapping with id, when, do")
        try:
            rule = Rule.model_validate(entry)
        except ValidationError as e:
            raise _explain(path, label, e) from e
        if rule.id in seen:
            raise ConfigError(f"{path}: {label}: id: {rule.id!r} is used twice in {scope}")
        seen.add(rule.id)
        out.append(ScopedRule(rule, scope, label))
    return out


def _validated(path: Path, model: type[BaseModel], raw: Any, where: str) -> Any:
    try:
        return model.model_validate(raw or {})
    except ValidationError as e:
        raise _explain(path, where, e) from e


def rules_file(config_dir: Path) -> Path:
    return Path(config_dir) / "rules.yaml"


def has_rules(config_dir: Path) -> bool:
    """Rules act only where the provider wrote a rules file; the spine works without one."""
    return rules_file(config_dir).exists()


def load_rules(config_dir: Path, directory: Directory | None = None) -> RulesConfig:
    """Read rules.yaml (and delivery.yaml when present); a missing rules.yaml means no rules."""
    path = rules_file(config_dir)
    if not path.exists():
        return RulesConfig(path=path, found=False)
    raw = read_yaml(path) or {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping with delivery, defaults, clients")
    unknown = sorted(set(raw) - {"delivery", "defaults", "clients"})
    if unknown:
        raise ConfigError(f"{path}: {unknown[0]}: unknown key (expected delivery, defaults, clients)")
    delivery_raw, delivery_path = raw.get("delivery"), path
    extra = Path(config_dir) / "delivery.yaml"
    if extra.exists():
        delivery_raw, delivery_path = read_yaml(extra) or {}, extra
    cfg = RulesConfig(path=path, delivery=_validated(delivery_path, DeliverySettings, delivery_raw, "delivery"))
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict) or set(defaults) - {"rules", "digest"}:
        raise ConfigError(f"{path}: defaults: expected a mapping with rules and digest")
    cfg.defaults = _parse_rules(path, defaults.get("rules"), "defaults.rules", "defaults", set())
    base_digest = defaults.get("digest") or {}
    _validated(path, DigestSettings, base_digest, "defaults.digest")
    clients = raw.get("clients") or {}
    if not isinstance(clients, dict):
        raise ConfigError(f"{path}: clients: expected a mapping of client id to rules and digest")
    for cid, body in clients.items():
        where = f"clients.{cid}"
        if directory is not None and directory.get(cid) is None:
            raise ConfigError(f"{path}: {where}: unknown client {cid!r} (not in {directory.path or 'clients.yaml'})")
        body = body or {}
        if not isinstance(body, dict) or set(body) - {"rules", "digest"}:
            raise ConfigError(f"{path}: {where}: expected a mapping with rules and digest")
        cfg.clients[cid] = _parse_rules(path, body.get("rules"), f"{where}.rules", f"client {cid}", set())
        if body.get("digest") is not None or base_digest:
            cfg.digests[cid] = _validated(path, DigestSettings, {**base_digest, **(body.get("digest") or {})},
                                          f"{where}.digest")
    for sr in cfg.all_rules():
        for i, a in enumerate(sr.rule.do):
            if a.kind in ("notify", "remind") and not a.spec.to and not cfg.delivery.notify_to:
                raise ConfigError(f"{path}: {sr.where}: do[{i}].{a.kind}.to: no recipients "
                                  "(give them here or in delivery.notify_to)")
    return cfg
