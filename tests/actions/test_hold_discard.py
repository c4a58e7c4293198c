"""Hold, discard with a restorable grace period, protection of legal/tax/bank mail, tags."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailsort.actions.errors import ActionError

from .conftest import make_item, smtp_block, write_rules

RULES = """
clients:
  mueller-bau:
    rules:
      - id: bin-ads
        when: {category: [advertising, tax]}
        do: [{discard: {after_days: 14}}, {tag: werbung}]
      - id: bin-bank-explicitly
        when: {category: bank}
        do: [{discard: {after_days: 3, allow_protected: true}}]
      - id: keep-contracts
        when: {category: contract}
        do: [{hold: {note: am Empfang}}]
"""


def test_discard_is_restorable_for_the_grace_period(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    ad, src = make_item(1, category="advertising")
    assert actions.on_filed(ad, "Sonderangebot", src) == [
        "bin-ads: moved to the bin (restorable for 14 days)", "bin-ads: tagged werbung"]
    assert actions.tags(ad.item_id) == ["werbung"]
    assert actions.hold_state(ad.item_id).state == "binned"

    clock.advance(days=13)
    assert actions.purge_due() == []
    actions.restore(ad.item_id, actor="anna")
    assert actions.hold_state(ad.item_id).state == "restored"
    assert actions.on_filed(ad, "Sonderangebot", src) == [   # a re-run does not bin it again
        "bin-ads: discard after 14 days (done before)", "bin-ads: tag werbung (done before)"]
    assert actions.hold_state(ad.item_id).state == "restored"

    ad2, src2 = make_item(2, category="advertising")
    actions.on_filed(ad2, "Katalog", src2)
    clock.advance(days=14, seconds=1)
    assert actions.purge_due() == [ad2.item_id]
    with pytest.raises(ActionError, match="cannot be restored"):
        actions.restore(ad2.item_id)


def test_tax_and_bank_mail_are_never_binned_unless_a_rule_says_so(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    tax, src = make_item(1, category="tax", sender="Finanzamt Mitte")
    assert actions.on_filed(tax, "Steuerbescheid", src) == [
        "bin-ads: discard refused: tax mail is kept unless a rule sets allow_protected", "bin-ads: tagged werbung"]
    assert actions.hold_state(tax.item_id) is None
    bank, src = make_item(2, category="bank", sender="Berliner Sparkasse")
    assert actions.on_filed(bank, "Kontoauszug", src) == ["bin-bank-explicitly: moved to the bin (restorable for 3 days)"]
    clock.advance(timedelta(days=3, minutes=1))
    assert actions.purge_due() == [bank.item_id]


def test_hold_for_collection(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    contract, src = make_item(1, category="contract")
    assert actions.on_filed(contract, "Vertrag", src) == ["keep-contracts: held for collection"]
    held = actions.hold_state(contract.item_id)
    assert (held.state, held.note, held.purge_after) == ("held", "am Empfang", None)
