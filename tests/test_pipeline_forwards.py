"""A forwarded email through the whole pipeline: the original sender reaches routing's fields."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mailsort.intake.inputs import iter_inputs
from mailsort.pipeline import Pipeline

from .conftest import RESOURCES


@pytest.mark.parametrize(("name", "sender"), [
    ("yahoo_fwd_de.eml", "Stadtwerke Lindenau GmbH"),        # Yahoo: separator and headers on one line
    ("outlook2019_fwd_fr.eml", "Cabinet Durand Avocats"),    # Outlook 2019: French attribution behind a BOM
])
def test_original_sender_of_a_forward_is_the_fields_sender(settings, inbox, name, sender):
    path = Path(shutil.copy2(RESOURCES / "intake" / name, inbox / name))
    with Pipeline(settings) as pipeline:
        [outcome] = pipeline.process(iter_inputs([path], settings))
    assert outcome.kind == "email"
    assert outcome.fields.sender == sender
    # the forwarder is the client, never the sender; the item goes to the client it arrived for
    assert outcome.recipient is not None and outcome.recipient.client_id == "mueller-bau"
