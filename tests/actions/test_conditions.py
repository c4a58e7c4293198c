"""Rule conditions, order and stop, and `rules test` explaining a stored item without acting."""

from __future__ import annotations

from datetime import date

from mailsort.actions import commands

from .conftest import make_item, smtp_block, write_rules

RULES = """
clients:
  mueller-bau:
    rules:
      - id: court-for-hans
        when:
          category: [legal]
          sender_regex: "^Amtsgericht"
          keywords: [Mahnbescheid, Vollstreckung]
          person: Uwe Müller
          source: [scan]
          station: [empfang]
          deadline_within_days: 14
          confidence_above: 0.9
          pages_max: 3
        do: [{tag: gericht}, {notify: {}}]
        stop: true
      - id: unsure
        when: {confidence_below: 0.8}
        do: [{tag: pruefen}]
defaults:
  rules:
    - id: everything
      do: [{tag: eingang}]
"""

COURT_TEXT = "Amtsgericht Mitte\nHerrn Uwe Müller\nMüller Bau GmbH\n\nMahnbescheid ... Widerspruch binnen zwei Wochen"


def court_item(**kw):
    base = dict(category="legal", sender="Amtsgericht Mitte", kind="scan", station="empfang",
                deadlines=(date(2026, 12, 1),))
    return make_item(1, **{**base, **kw})


def test_all_conditions_hold_and_stop_ends_evaluation(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    outcome, source = court_item()
    assert actions.on_filed(outcome, COURT_TEXT, source) == [
        "court-for-hans: tagged gericht", "court-for-hans: notify delivery.notify_to (queued)"]
    assert actions.tags(outcome.item_id) == ["gericht"]
    [sent] = actions.deliver_due()
    assert sent.status == "sent"
    alert = smtp_server.messages[0]
    assert alert["Subject"] == "DRINGEND: Recht/Gericht für Müller Bau GmbH, Frist 01.12.2026"
    assert alert["To"] == "desk@buero.example"


def test_each_failing_condition_is_named(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    outcome, source = court_item(sender="Rechtsanwälte Koch", kind="email", station=None, conf=0.7,
                                 deadlines=(date(2027, 3, 1),), pages=5)
    (court, unsure, everything) = actions.explain(outcome, "Herrn Peter Schulz\nKlage", source)
    assert not court.matched and unsure.matched and everything.matched
    failed = [r for r in court.reasons if r.startswith("✗")]
    assert failed == [
        "✗ sender 'Rechtsanwälte Koch' does not match /^Amtsgericht/",
        "✗ text contains none of ['Mahnbescheid', 'Vollstreckung']",
        "✗ not addressed to 'Uwe Müller' (best match 70 < 90)",
        "✗ source email is not one of ['scan']",
        "✗ station None is not one of ['empfang']",
        "✗ no deadline within 14 days (next 2027-03-01)",
        "✗ confidence 0.70 is not above 0.9",
        "✗ 5 pages > 3",
    ]
    assert actions.tags(outcome.item_id) == []       # explain acts on nothing


def test_rules_test_command_reads_the_stored_item(config_dir, settings, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    actions = make_actions()
    outcome, source = court_item()
    actions.on_filed(outcome, COURT_TEXT, source)
    lines = commands.rules_test(settings, outcome.item_id, clock)
    assert lines[0].startswith(f"item {outcome.item_id}: client mueller-bau, category legal")
    assert lines[1].startswith("FIRES clients.mueller-bau.rules[0] (court-for-hans) [client mueller-bau]")
    assert "✓ addressed to 'Uwe Müller' (match 100)" in lines[1] and "-> stop" in lines[1]
    assert lines[2].startswith("skip  clients.mueller-bau.rules[1] (unsure)") and "✗ confidence 0.95" in lines[2]
    assert lines[3].startswith("skip  defaults.rules[0] (everything) [defaults]  (not reached: an earlier rule")
    assert "✓ no conditions" in lines[3] and "->" not in lines[3]
    assert actions.outbox.rows(outcome.item_id)[1].status == "pending"   # nothing was sent by the test
