"""Rules and digests on e-invoice fields: `when: {einvoice: true, amount_above: 1000}`, the amount due
and due date in the digest, and the failed checks shown as flags."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from mailsort.actions import Scheduler
from mailsort.actions.rules import load_rules
from mailsort.einvoice.fields import apply
from mailsort.einvoice.read import read_file
from mailsort.errors import ConfigError
from mailsort.model import Fields

from .conftest import LETTER_PDF, make_item, smtp_block, write_rules

EINVOICES = Path(__file__).resolve().parents[1] / "resources" / "einvoice"
RULES = """
clients:
  mueller-bau:
    rules:
      - id: big-einvoice
        when: {einvoice: true, amount_above: 1000}
        do: [{tag: freigabe}]
      - id: paper-invoice
        when: {einvoice: false, category: invoice}
        do: [{tag: papier}]
"""


def einvoice_item(n: int, name: str, amount_due: str | None = None):
    inv = read_file(EINVOICES / name)
    if amount_due is not None:
        inv = inv.model_copy(update={"amount_due": Decimal(amount_due)})
    outcome, source = make_item(n)
    outcome = outcome.model_copy(update={"kind": "xml", "fields": apply(Fields(), inv)})
    return outcome, source.model_copy(update={"kind": "xml"})


def test_einvoice_and_amount_conditions(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    small = einvoice_item(1, "XRECHNUNG_Einfach.ubl.xml")                       # 529.87 due
    big = einvoice_item(2, "XRECHNUNG_Einfach.ubl.xml", amount_due="1190.00")
    paper = make_item(3)                                                       # 1.234,56 EUR from the text
    assert actions.on_filed(big[0], "x", big[1]) == ["big-einvoice: tagged freigabe"]
    assert actions.on_filed(paper[0], "x", paper[1]) == ["paper-invoice: tagged papier"]
    (rule, _) = actions.explain(small[0], "x", small[1])
    assert not rule.matched
    assert rule.reasons == ["✓ item is an e-invoice", "✗ amount 529.87 is not above 1000"]
    (rule, _) = actions.explain(paper[0], "x", paper[1])
    assert rule.reasons == ["✗ item is no e-invoice", "✓ amount 1234.56 is above 1000"]


def test_a_misspelt_condition_is_a_config_error(config_dir):
    write_rules(config_dir, "clients:\n  mueller-bau:\n    rules:\n      - id: x\n        when: {amount_abov: 5}\n"
                            "        do: [{tag: t}]\n")
    with pytest.raises(ConfigError, match="amount_abov"):
        load_rules(config_dir)


def test_digest_shows_amount_due_due_date_and_flags(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + """
clients:
  mueller-bau:
    digest: {schedule: daily, time: "07:30", timezone: Europe/Berlin, recipients: [chef@mueller-bau.example],
             attach: none, empty: skip}
""")
    actions = make_actions()
    for n, name in ((1, "XRECHNUNG_Einfach.ubl.xml"), (2, "EN16931_Einfach_wrong-total.cii.xml")):
        outcome, source = einvoice_item(n, name)
        actions.on_filed(outcome, "x", source, pdf_path=LETTER_PDF)
    clock.set(datetime(2026, 11, 24, 6, 31, tzinfo=timezone.utc))
    assert Scheduler(actions).tick()["delivered"] == 1
    (msg,) = smtp_server.messages
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "E-Rechnung: Zahlbetrag 529,87 EUR, fällig 15.12.2024" in text
    assert "E-Rechnung: Zahlbetrag 529,87 EUR, fällig 04.04.2018" in text
    flag = "Prüfhinweis: e-invoice totals do not add up: 529.78 ≠ 473.00 + tax 56.87 = 529.87"
    assert text.count("Prüfhinweis:") == 2 and flag in text
    assert flag in html
