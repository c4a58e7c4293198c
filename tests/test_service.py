"""Long-running mode: the router follows new learned aliases and tonight's retrain."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from functools import partial

from mailsort.intake.inputs import iter_inputs
from mailsort.learning.aliases import add_alias
from mailsort.learning.labels import record_label
from mailsort.pipeline import Pipeline
from mailsort.routing.category import MODEL_FILE
from mailsort.service import retrain_tick
from mailsort.settings import REPO_ROOT, load_settings
from mailsort.training.train import train_category

from .conftest import SAMPLES, pick_samples


def test_router_is_rebuilt_when_a_va_teaches_a_spelling(settings):
    client = "mueller-bau"
    with Pipeline(settings) as pipeline:
        assert pipeline.refresh() is False                  # nothing changed since start
        assert add_alias(settings.db_url, client, "Bauunternehmung Müller am Kanal")
        assert pipeline.refresh() is True
        assert "Bauunternehmung Müller am Kanal" in pipeline.router.directory.get(client).aliases
        assert pipeline.refresh() is False


def test_nightly_retrain_uses_the_labels_once_per_night_and_watch_picks_up_the_model(
        tmp_path, config_dir, inbox):
    models = tmp_path / "models"
    shutil.copytree(REPO_ROOT / "models", models)
    settings = load_settings(config_dir, data_dir=tmp_path / "data", models_dir=models)
    item = pick_samples("email", 1)[0]
    shutil.copy2(SAMPLES / item["file"], inbox / item["file"])
    with Pipeline(settings) as pipeline:
        (outcome,) = pipeline.process(iter_inputs([inbox], settings))
        record_label(settings.db_url, outcome.item_id, decision="filed", client_id=item["recipient"],
                     category=item["category"], fields={}, actor="anna", previous={})
        trainer = partial(train_category, n=600, seed=2, rounds=0)
        before = (models / MODEL_FILE).stat().st_mtime_ns
        evening = datetime(2026, 11, 27, 20, 0, tzinfo=timezone.utc)
        night = datetime(2026, 11, 28, 2, 0, tzinfo=timezone.utc)       # 03:00 in Berlin
        assert retrain_tick(settings, evening, evening, trainer) == evening   # not yet due
        assert (models / MODEL_FILE).stat().st_mtime_ns == before
        assert retrain_tick(settings, evening, night, trainer) == night
        assert (models / MODEL_FILE).stat().st_mtime_ns != before
        assert '"review_labels": 1' in (models / "category.json").read_text()
        assert pipeline.refresh() is True                   # the next batch uses the new model
        later = (models / MODEL_FILE).stat().st_mtime_ns
        assert retrain_tick(settings, night, night.replace(hour=4), trainer) == night  # not due
        assert (models / MODEL_FILE).stat().st_mtime_ns == later   # once a night
