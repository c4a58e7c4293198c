"""The nightly retrain hook: rebuild the category model with people's labels when there are new ones.

The trainer (`mailsort.training.train.train_category`) belongs to the training package; this hook hands
it the labels as `extra=[(text, category), ...]` and records how many labels the model has seen, so a
night without new decisions costs nothing.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..errors import ModelError, ToolMissing
from ..settings import Settings
from .cluster import latest_labels, publish
from .labels import export_labels

STATE_FILE = "learning-retrain.json"
NIGHT = time(2, 30)


def _state(settings: Settings) -> dict:
    path = settings.data_dir / STATE_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def night_slot(now: datetime, at: time = NIGHT, zone: str = "Europe/Berlin") -> datetime:
    """The most recent `at` (local time) at or before now."""
    local = now.astimezone(ZoneInfo(zone))
    slot = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if slot > local:
        slot -= timedelta(days=1)
    return slot


def due(last_run: datetime | None, now: datetime, at: time = NIGHT, zone: str = "Europe/Berlin") -> bool:
    """True once per night: the most recent `at` (local time) has passed since the last run."""
    return last_run is None or last_run < night_slot(now, at, zone)


def load_trainer() -> Callable:
    """The category trainer; ToolMissing when scikit-learn (the `train` extra) is not installed."""
    try:
        from ..training.train import train_category
    except ModuleNotFoundError as e:
        if (e.name or "").split(".")[0] not in ("sklearn", "scipy"):
            raise
        raise ToolMissing("training the category model needs scikit-learn: "
                          "pip install 'mailsort[train]'") from e
    return train_category


def retrain(settings: Settings, *, trainer: Callable | None = None, force: bool = False, log=print,
            **train_args) -> dict | None:
    """Retrain when labels changed since the last retrain (or with force); the trainer's figures, or None."""
    pairs = export_labels(settings.db_url)
    state = _state(settings)
    fingerprint = [len(pairs), sum(len(t) for t, _ in pairs)]
    published = latest_labels(settings.db_url)      # another node's retrain counts too
    if not force and fingerprint in (state.get("labels"), published):
        log(f"retrain skipped: no new labels since {state.get('at', 'the last run')}")
        return None
    if trainer is None:
        trainer = load_trainer()
    if "extra" not in inspect.signature(trainer).parameters:
        raise ModelError("the installed trainer cannot take review labels yet (train_category needs an "
                         "`extra` parameter); labels are kept for later")
    log(f"retraining the category model with {len(pairs)} labels from review")
    figures = trainer(settings.models_dir, extra=pairs, log=log, **train_args)
    version = publish(settings, fingerprint)
    log(f"model version {version} published for every node")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    (settings.data_dir / STATE_FILE).write_text(json.dumps(
        {"labels": fingerprint, "at": datetime.now().astimezone().isoformat(timespec="seconds")}),
        encoding="utf-8")
    return figures
