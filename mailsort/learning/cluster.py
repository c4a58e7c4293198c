"""Several nodes, one model: the nightly retrain runs on one node (the first to claim the night in
the database), which publishes the model there; every node copies a newer version into its models
folder, where `Pipeline.refresh` picks it up like any retrain."""

from __future__ import annotations

import os
import socket
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StorageError
from ..settings import Settings
from .tables import ModelVersion, RetrainNight, sessions

VERSION_FILE = "model-version"               # in the data folder: which published version models_dir has
FILES = ("category.json", "category.npz")      # the npz last: refresh looks at its mtime


def node_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def claim_night(db_url: str, slot: datetime) -> bool:
    """True for the one node that gets to run this night's retrain."""
    try:
        with sessions(db_url).begin() as s:
            s.add(RetrainNight(slot=slot.isoformat(), node=node_name()))
        return True
    except IntegrityError:
        return False
    except SQLAlchemyError as e:
        raise StorageError(f"claiming the nightly retrain failed: {_line(e)}") from e


def publish(settings: Settings, labels: list) -> int:
    """Store the model just trained in models_dir as the newest version; returns its number."""
    models_dir = Path(settings.models_dir)
    try:
        with sessions(settings.db_url).begin() as s:
            row = ModelVersion(npz=(models_dir / "category.npz").read_bytes(),
                               meta=(models_dir / "category.json").read_text(encoding="utf-8"),
                               labels=labels, node=node_name())
            s.add(row)
            s.flush()
            version = row.version
    except SQLAlchemyError as e:
        raise StorageError(f"publishing the retrained model failed: {_line(e)}") from e
    _mark(settings, version)
    return version


def latest_labels(db_url: str) -> list | None:
    """The label fingerprint of the newest published model (None if none was published)."""
    with sessions(db_url)() as s:
        return s.scalar(select(ModelVersion.labels).order_by(ModelVersion.version.desc()).limit(1))


def pull(settings: Settings) -> int | None:
    """Copy a newer published model into models_dir; its version, or None when there was none newer."""
    models_dir = Path(settings.models_dir)
    try:
        local = int((settings.data_dir / VERSION_FILE).read_text().strip())
    except (OSError, ValueError):
        local = 0
    try:
        with sessions(settings.db_url)() as s:
            newest = s.scalar(select(ModelVersion.version).order_by(ModelVersion.version.desc()).limit(1))
            if newest is None or newest <= local:
                return None
            row = s.get(ModelVersion, newest)
            meta, npz = row.meta.encode("utf-8"), row.npz
    except SQLAlchemyError as e:
        raise StorageError(f"looking for a newer model failed: {_line(e)}") from e
    _write(models_dir / "category.json", meta)
    _write(models_dir / "category.npz", npz)
    _mark(settings, newest)
    return newest


def _mark(settings: Settings, version: int) -> None:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    _write(settings.data_dir / VERSION_FILE, str(version).encode())


def _write(path: Path, data: bytes) -> None:
    # Complete or absent: a node reading the model never sees half a file.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _line(e: Exception) -> str:
    return " ".join(str(getattr(e, "orig", None) or e).split())[:200]
