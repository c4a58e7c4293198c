"""Two nodes on one database: the night's retrain runs on one of them, and both end up with its model."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from functools import partial

from mailsort.intake.inputs import iter_inputs
from mailsort.learning.cluster import VERSION_FILE, claim_night, pull
from mailsort.learning.labels import record_label
from mailsort.pipeline import Pipeline
from mailsort.routing.category import MODEL_FILE
from mailsort.service import retrain_tick
from mailsort.settings import REPO_ROOT, load_settings
from mailsort.training.train import train_category

from ..conftest import SAMPLES, pick_samples


def node(tmp_path, config_dir, name: str, db_url: str):
    models = tmp_path / name / "models"
    shutil.copytree(REPO_ROOT / "models", models)
    return load_settings(config_dir, data_dir=tmp_path / name / "data", models_dir=models,
                         database_url=db_url)


def test_one_node_retrains_a_night_and_every_node_picks_up_the_model(tmp_path, config_dir, inbox):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    a, b = node(tmp_path, config_dir, "a", db_url), node(tmp_path, config_dir, "b", db_url)
    item = pick_samples("email", 1)[0]
    shutil.copy2(SAMPLES / item["file"], inbox / item["file"])
    with Pipeline(a) as pipeline:
        (outcome,) = pipeline.process(iter_inputs([inbox], a))
    record_label(db_url, outcome.item_id, decision="filed", client_id=item["recipient"],
                 category=item["category"], fields={}, actor="anna", previous={})
    trainer = partial(train_category, n=600, seed=2, rounds=0)
    evening = datetime(2026, 11, 27, 20, 0, tzinfo=timezone.utc)
    night = datetime(2026, 11, 28, 2, 0, tzinfo=timezone.utc)          # 03:00 in Berlin
    before_b = (b.models_dir / MODEL_FILE).read_bytes()

    def no_training(*args, **kwargs):
        raise AssertionError("node b must not train tonight: node a has the night")

    assert retrain_tick(a, evening, night, trainer) == night
    assert retrain_tick(b, evening, night, no_training) == night         # same night: skipped
    assert (b.models_dir / MODEL_FILE).read_bytes() == before_b
    assert (a.data_dir / VERSION_FILE).read_text() == "1"

    with Pipeline(b) as pipeline_b:
        assert pipeline_b.refresh() is False
        assert pull(b) == 1
        assert (b.models_dir / MODEL_FILE).read_bytes() == (a.models_dir / MODEL_FILE).read_bytes()
        assert '"review_labels": 1' in (b.models_dir / "category.json").read_text()
        assert pipeline_b.refresh() is True                              # the next batch uses it
    assert pull(b) is None                                               # nothing newer
    assert pull(a) is None                                               # a made it: has it

    # The next night node b may win; with no new labels nobody retrains, wherever it runs.
    next_night = datetime(2026, 11, 29, 2, 0, tzinfo=timezone.utc)
    assert retrain_tick(b, night, next_night, no_training) == next_night


def test_a_night_is_claimed_once(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'shared.db'}"
    slot = datetime(2026, 11, 28, 2, 30, tzinfo=timezone.utc)
    assert claim_night(db_url, slot) is True
    assert claim_night(db_url, slot) is False
    assert claim_night(db_url, slot.replace(day=29)) is True
