"""labels.json of an evaluation folder, and the outcome lines to score against it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from ..errors import MailsortError
from ..model import CATEGORIES


class LabelsError(MailsortError):
    """labels.json is missing or not in a format we can read."""

    exit_code = 2


@dataclass
class Label:
    file: str
    recipient: str | None
    category: str
    date: date | None = None
    deadlines: list[date] = field(default_factory=list)
    kind: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    sender: str | None = None


def _as_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _label(file: str, raw: dict[str, Any], where: Path) -> Label:
    category = raw.get("category")
    if category not in CATEGORIES:
        raise LabelsError(f"{where}: item {file!r}: category {category!r} is not one of the ten")
    recipient = raw["recipient"] if "recipient" in raw else raw.get("client_id")
    return Label(
        file=file, recipient=recipient or None, category=category,
        date=_as_date(raw.get("date")),
        deadlines=sorted({d for d in map(_as_date, raw.get("deadlines") or []) if d}),
        kind=raw.get("kind"), language=raw.get("language"), tags=list(raw.get("tags") or []),
        sender=str(raw.get("sender") or "").strip() or None,
    )


def load_labels(folder: Path | str) -> dict[str, Label]:
    """Read <folder>/labels.json (or a labels file itself), keyed by the item's base name.

    Accepts {"items": [...]}, a bare list of items, or a dict keyed by file name; the client
    may be given as "recipient" or "client_id".
    """
    path = Path(folder)
    if path.is_dir():
        path = path / "labels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise LabelsError(f"{path}: no labels file (expected labels.json next to the items)") from e
    except json.JSONDecodeError as e:
        raise LabelsError(f"{path}: not valid JSON (line {e.lineno})") from e
    if isinstance(raw, dict) and isinstance(raw.get("items"), list):
        raw = raw["items"]
    entries: list[tuple[str, dict[str, Any]]] = []
    if isinstance(raw, list):
        for i, item in enumerate(raw):
            if not isinstance(item, dict) or not item.get("file"):
                raise LabelsError(f"{path}: items[{i}] has no 'file'")
            entries.append((item["file"], item))
    elif isinstance(raw, dict):
        entries = [(k, v) for k, v in raw.items() if isinstance(v, dict)]
    else:
        raise LabelsError(f"{path}: expected a list of items or a mapping of file name to label")
    labels: dict[str, Label] = {}
    for file, item in entries:
        key = PurePath(file).name
        if key in labels:
            raise LabelsError(f"{path}: item {key!r} is labelled twice")
        labels[key] = _label(file, item, path)
    return labels


def _dump(outcome: Any) -> dict[str, Any]:
    if isinstance(outcome, dict):
        return outcome
    return outcome.model_dump(mode="json")  # an Outcome model


def read_outcomes(path: Path | str) -> list[dict[str, Any]]:
    """Parse the JSON lines of `mailsort process --json`, skipping anything that is not JSON."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out
