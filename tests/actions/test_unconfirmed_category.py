"""Filed, category to confirm: rules on the category wait; the item's other rules run; a
confirmation runs the waiting ones (and nothing twice)."""

from __future__ import annotations

from .conftest import make_item, smtp_block, write_rules

RULES = """
clients:
  mueller-bau:
    rules:
      - id: invoices
        when: {category: [invoice]}
        do: [{tag: buchhaltung}]
      - id: ads-to-bin
        when: {sender: Stadtwerke}
        do: [{discard: {after_days: 14}}]
defaults:
  rules:
    - id: everything
      do: [{tag: eingang}]
"""


def test_category_rules_wait_until_the_category_is_confirmed(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    outcome, source = make_item(1, category="invoice")
    unsure = outcome.model_copy(update={"category_confirmed": False})

    fired = actions.on_filed(unsure, "Rechnung", source)
    assert fired == ["ads-to-bin: discard waits for the category to be confirmed", "everything: tagged eingang"]
    assert actions.tags(outcome.item_id) == ["eingang"]
    invoices = actions.explain(unsure, "Rechnung", source)[0]
    assert not invoices.matched
    assert invoices.reasons == ["✗ category invoice is not confirmed yet (a VA confirms it)"]

    # A VA confirms the category in the station: the station calls on_filed again.
    fired = actions.on_filed(outcome, "Rechnung", source)
    assert fired == ["invoices: tagged buchhaltung", "ads-to-bin: moved to the bin (restorable for 14 days)",
                     "everything: tag eingang (done before)"]
    assert actions.tags(outcome.item_id) == ["buchhaltung", "eingang"]


def test_a_changed_category_decides_the_rules(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    outcome, source = make_item(2, category="invoice")
    actions.on_filed(outcome.model_copy(update={"category_confirmed": False}), "Brief", source)
    legal, _ = make_item(2, category="legal")                # the VA says: legal, not invoice
    fired = actions.on_filed(legal, "Brief", source)
    assert "invoices: tagged buchhaltung" not in fired
    assert "ads-to-bin: discard refused: legal mail is kept unless a rule sets allow_protected" in fired
