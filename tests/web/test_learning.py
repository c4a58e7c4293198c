"""mailsort.learning: labels for training, learned aliases for the matcher, the retrain hook.

(Kept under tests/web/ because the web engineer owns both packages; they share the review fixtures.)
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mailsort.errors import ModelError
from mailsort.learning import export_labels, learned_aliases, record_label
from mailsort.learning.aliases import add_alias, list_aliases, set_active
from mailsort.learning.retrain import due, retrain

from .helpers import item


def test_export_labels_gives_the_newest_decision_per_item_with_its_text(site):
    first, second = site.review_ids()[:2]
    for item_id, cat in ((first, "tax"), (first, "legal"), (second, "other")):
        record_label(site.db_url, item_id, decision="filed", client_id="schmidt-it", category=cat, fields={},
                     actor="anna", previous={})
    pairs = dict((text, cat) for text, cat in export_labels(site.db_url))
    assert pairs[item(site.db_url, first)["text"]] == "legal"
    assert pairs[item(site.db_url, second)["text"]] == "other"
    assert len(pairs) == 2


def test_aliases_are_cleaned_deduplicated_and_can_be_switched_off(site):
    assert add_alias(site.db_url, "schmidt-it", "  Schmitt  I.T. GmbH ,", item_id="0" * 16, actor="anna")
    assert not add_alias(site.db_url, "schmidt-it", "schmitt i.t. gmbh")      # same spelling, other case
    assert not add_alias(site.db_url, "schmidt-it", "AB")                     # too short to teach anything
    assert not add_alias(site.db_url, "schmidt-it", "12345")
    assert add_alias(site.db_url, "keller-busch", "Keller und Busch")
    assert learned_aliases(site.db_url) == {"schmidt-it": ["Schmitt I.T. GmbH"], "keller-busch": ["Keller und Busch"]}
    set_active(site.db_url, next(a.id for a in list_aliases(site.db_url) if a.client_id == "keller-busch"), False)
    assert learned_aliases(site.db_url) == {"schmidt-it": ["Schmitt I.T. GmbH"]}


def test_retrain_hands_labels_to_the_trainer_once_per_change(site):
    calls = []

    def trainer(models_dir, *, extra, log, n=0):
        calls.append((models_dir, list(extra), n))
        return {"accuracy": 1.0}

    item_id = site.review_ids()[0]
    record_label(site.db_url, item_id, decision="filed", client_id="schmidt-it", category="invoice", fields={},
                 actor="anna", previous={})
    assert retrain(site.settings, trainer=trainer, log=lambda _m: None, n=10) == {"accuracy": 1.0}
    assert calls[0][1] == [(item(site.db_url, item_id)["text"], "invoice")] and calls[0][2] == 10
    assert retrain(site.settings, trainer=trainer, log=lambda _m: None) is None    # nothing new tonight
    record_label(site.db_url, site.review_ids()[1], decision="filed", client_id="schmidt-it", category="bank",
                 fields={}, actor="anna", previous={})
    assert retrain(site.settings, trainer=trainer, log=lambda _m: None) is not None
    assert len(calls) == 2 and len(calls[1][1]) == 2


def test_retrain_refuses_a_trainer_that_cannot_take_labels(site):
    with pytest.raises(ModelError, match="extra"):
        retrain(site.settings, trainer=lambda models_dir, n=1, log=print: {}, force=True, log=lambda _m: None)


def test_due_once_a_night_in_local_time():
    night = datetime(2026, 11, 28, 1, 31, tzinfo=UTC)          # 02:31 in Berlin
    assert due(None, night)
    assert not due(datetime(2026, 11, 28, 1, 30, 30, tzinfo=UTC), night)
    assert due(datetime(2026, 11, 27, 1, 31, tzinfo=UTC), night)
    assert not due(datetime(2026, 11, 27, 1, 31, tzinfo=UTC), datetime(2026, 11, 28, 1, 29, tzinfo=UTC))


def test_a_learned_alias_lets_the_real_matcher_route_the_next_letter(site):
    from mailsort.learning.aliases import with_learned
    from mailsort.model import Document, Page
    from mailsort.routing.directory import load_directory
    from mailsort.routing.recipient import RecipientMatcher

    letter = ("Stadtwerke Beispiel GmbH · Am Markt 1 · 28195 Bremen\nKellerbusch Grafikbüro\n"
              "Friedrichstraße 123\n10117 Berlin\n\nRechnung Nr. 4711\nSehr geehrte Damen und Herren,\n"
              "anbei unsere Rechnung.\nMit freundlichen Grüßen\nStadtwerke Beispiel GmbH")
    doc = Document(pages=[Page(number=1, text=letter, method="text-layer")])
    directory = load_directory(site.settings.clients_file)
    assert RecipientMatcher(directory).match(doc)[0] is None           # nobody knows this spelling yet
    add_alias(site.db_url, "keller-busch", "Kellerbusch Grafikbüro", actor="anna")
    taught = with_learned(directory, site.db_url)
    recipient, _ = RecipientMatcher(taught).match(doc)
    assert recipient is not None and recipient.client_id == "keller-busch"
    assert "Kellerbusch Grafikbüro" not in directory.get("keller-busch").aliases   # the original is untouched
