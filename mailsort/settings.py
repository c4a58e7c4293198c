"""One validated settings object, loaded once at the edge.

Sources, later wins: built-in defaults < `<config>/mailsort.yaml` < environment (MAILSORT_*) <
command-line overrides. Every validation error names the file and the key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from .errors import ConfigError
from .model import CATEGORIES

PACKAGE_ROOT = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_ROOT.parent


class Thresholds(BaseModel, extra="forbid"):
    recipient: float = Field(0.70, ge=0, le=1)      # best client score needed to file
    margin: float = Field(0.15, ge=0, le=1)         # lead over the runner-up needed to file
    category: float = Field(0.55, ge=0, le=1)       # category probability needed to file
    per_category: dict[str, float] = Field(default_factory=dict)  # category -> min probability
    per_client: dict[str, float] = Field(default_factory=dict)    # client id -> min recipient score

    @field_validator("per_category")
    @classmethod
    def _known_categories(cls, v: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(v) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown category {unknown[0]!r}; known: {', '.join(CATEGORIES)}")
        return v

    def for_category(self, label: str) -> float:
        return self.per_category.get(label, self.category)

    def for_client(self, client_id: str) -> float:
        return self.per_client.get(client_id, self.recipient)


class OcrSettings(BaseModel, extra="forbid"):
    languages: str = "deu+eng"
    dpi: int = Field(300, ge=72, le=600)
    workers: int = Field(0, ge=0)                  # 0: one per CPU core
    max_pages: int = Field(50, ge=1)               # per item, against absurd files
    page_timeout: float = Field(180, gt=0)         # seconds per tesseract call
    max_image_pixels: int = Field(150_000_000, ge=1_000_000)  # decompression-bomb guard
    # Pixels handed to tesseract per page (its memory grows with them: ~230 MB at 36 MP);
    # a bigger page is scaled down first. 24 MP: A3 at 300 dpi with room to spare.
    max_ocr_pixels: int = Field(24_000_000, ge=1_000_000)
    # Address-space limit of each OCR worker and the tesseract/pdftoppm it starts, in MB
    # (0: none). A page past it (a decompression bomb) ends as "too-large", not as an OOM kill.
    max_memory_mb: int = Field(768, ge=0)


class WatchSettings(BaseModel, extra="forbid"):
    inboxes: list[Path] = Field(default_factory=list)
    stable_seconds: float = Field(2.0, ge=0)       # size+mtime unchanged this long = complete
    # A file closed after writing (inotify, local disks) or renamed into the inbox is complete at
    # once. Turn off for a writer that closes and reopens a file while it is still scanning.
    trust_close: bool = True
    poll_seconds: float = Field(1.0, gt=0)
    ignore: list[str] = Field(default_factory=lambda: [
        ".*", "*.tmp", "*.part", "*.partial", "~*", "*.crdownload", "labels.json", "README*",
    ])
    s3_inboxes: list[str] = Field(default_factory=list)     # s3://bucket/prefix/ (subprefix = station)
    s3_done_prefix: str = "done/"                  # processed objects move below this prefix
    remote_poll_seconds: float = Field(30, gt=0)   # IMAP mailboxes and S3 inboxes

    @field_validator("s3_inboxes")
    @classmethod
    def _s3_urls(cls, v: list[str]) -> list[str]:
        for url in v:
            if not url.startswith("s3://") or not url[5:].split("/", 1)[0]:
                raise ValueError(f"{url!r} is not an s3://bucket/prefix URL")
        return v


class ImapMailbox(BaseModel, extra="forbid"):
    """One mailbox `watch`/`imap` polls; its messages go through the pipeline as .eml files."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$")   # the station of its items
    host: str
    port: int = Field(993, ge=1, le=65535)
    tls: bool = True                               # implicit TLS (imaps); false: plain or starttls
    starttls: bool = False
    ca_file: Path | None = None                    # a private CA's certificate; default: the system's
    user: str
    password_env: str                              # the password comes from this variable, never the file
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    done_folder: str | None = None                 # move there once filed; None: flag it instead
    timeout: float = Field(60, gt=0)
    batch: int = Field(50, ge=1)                   # messages fetched per poll and folder
    idle: bool = False                             # IMAP IDLE on the first folder: mail in seconds


class StorageSettings(BaseModel, extra="forbid"):
    backend: Literal["local", "s3"] = "local"
    s3_bucket: str | None = None
    s3_prefix: str = ""
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    s3_quarantine_prefix: str = "mailsort-quarantine"   # same bucket, outside the archive's prefix
    s3_previews_prefix: str = "mailsort-previews"       # review-station page images, shared by nodes


class QueueSettings(BaseModel, extra="forbid"):
    # None: everything runs in one process. redis://host:6379/0 or amqp://user:pw@host:5672//
    broker_url: str | None = None
    name: str = "mailsort"                         # the queue the intake sends to, workers read
    max_retries: int = Field(5, ge=0)              # an item whose database or archive is down
    # Redis (and SQS): a task taken by a worker that died unannounced (SIGKILL, power loss) goes
    # back on the queue this long after it was taken. Longer than the slowest item: an earlier
    # redelivery is harmless (the claim) but makes a second worker wait. RabbitMQ: at once.
    redeliver_seconds: float = Field(3600, ge=1)


class Settings(BaseModel, extra="forbid"):
    config_dir: Path = Path("config")
    data_dir: Path = Path("mailsort-data")
    archive_dir: Path | None = None                # default: <data_dir>/archive
    database_url: str | None = None                # default: sqlite:///<data_dir>/mailsort.db
    models_dir: Path = Field(default_factory=lambda: _default_models_dir())
    remove_inputs: bool = False                    # `process` keeps inputs; `watch` always removes
    nightly_retrain: bool = True                   # `watch` retrains with new VA labels at night
    # How long a worker's claim on an item outlives its last renewal (a killed worker's items
    # wait this long before another process takes them over). Renewed every third of it.
    claim_lease_seconds: float = Field(120, ge=1)
    # This machine's name in claims (default: the host name). Give each node its own when several
    # containers share one host name: a claim of a dead process on the same node is taken over
    # at once, one on another node only when its lease runs out.
    node_name: str | None = None
    # The provider's own names as they head address blocks above a client's box number.
    provider_names: list[str] = Field(default_factory=lambda: [
        "Büro Mitte Services GmbH", "Büro Mitte", "Bürozentrum Mitte"])
    thresholds: Thresholds = Field(default_factory=Thresholds)
    ocr: OcrSettings = Field(default_factory=OcrSettings)
    watch: WatchSettings = Field(default_factory=WatchSettings)
    storage: StorageSettings = Field(default_factory=StorageSettings)
    imap: list[ImapMailbox] = Field(default_factory=list)
    queue: QueueSettings = Field(default_factory=QueueSettings)

    @field_validator("imap")
    @classmethod
    def _unique_mailboxes(cls, v: list[ImapMailbox]) -> list[ImapMailbox]:
        names = [b.name for b in v]
        if dupes := sorted({n for n in names if names.count(n) > 1}):
            raise ValueError(f"mailbox name {dupes[0]!r} is used twice (it names the spool folder)")
        return v

    @property
    def archive_path(self) -> Path:
        return self.archive_dir or self.data_dir / "archive"

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'mailsort.db').as_posix()}"

    @property
    def clients_file(self) -> Path:
        return self.config_dir / "clients.yaml"

    @property
    def workers(self) -> int:
        return self.ocr.workers or (os.cpu_count() or 1)


def _default_models_dir() -> Path:
    # The model ships inside the package (mailsort/models links to the repo's models/, and a wheel
    # carries the files), so a plain `pip install` has one wherever it runs.
    return PACKAGE_ROOT / "models"


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def describe_validation_error(path: Path, err: ValidationError) -> str:
    first = err.errors()[0]
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{path}: {_format_loc(first['loc'])}: {first['msg']}{more}"


def read_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: file not found") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{where} is not valid YAML: {getattr(e, 'problem', e)}") from e


def _env_overrides() -> dict[str, Any]:
    env = os.environ
    out: dict[str, Any] = {}
    for key, field in (("MAILSORT_DATA_DIR", "data_dir"), ("MAILSORT_ARCHIVE_DIR", "archive_dir"),
                       ("MAILSORT_DATABASE_URL", "database_url"),
                       ("MAILSORT_NODE_NAME", "node_name"), ("MAILSORT_MODELS_DIR", "models_dir")):
        if env.get(key):
            out[field] = env[key]
    return out


def _default_config_dir() -> Path:
    if os.environ.get("MAILSORT_CONFIG"):
        return Path(os.environ["MAILSORT_CONFIG"])
    here = Path("config")
    return here if (here / "clients.yaml").exists() else REPO_ROOT / "config"


def load_settings(config_dir: Path | None = None, **overrides: Any) -> Settings:
    """Build the Settings for one run; raise ConfigError naming file and key on bad input."""
    config_dir = Path(config_dir) if config_dir else _default_config_dir()
    if not config_dir.is_dir():
        raise ConfigError(f"{config_dir}: configuration folder not found (give --config DIR)")
    data: dict[str, Any] = {}
    cfg_file = config_dir / "mailsort.yaml"
    if cfg_file.exists():
        loaded = read_yaml(cfg_file) or {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{cfg_file}: expected a mapping of settings at the top level")
        data.update(loaded)
    data.update(_env_overrides())
    data.update({k: v for k, v in overrides.items() if v is not None})
    data["config_dir"] = config_dir
    try:
        return Settings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(describe_validation_error(cfg_file, e)) from e
