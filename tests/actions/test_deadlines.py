"""The deadline watch: calendar, overdue-unconfirmed, confirmation, reminders by email."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from mailsort.actions import parse_within
from mailsort.actions.errors import ActionError

from .conftest import make_item, smtp_block, write_rules

REMIND = """
defaults:
  rules:
    - id: remind-deadlines
      when: {deadline_within_days: 60}
      do:
        - remind: {days_before: [7, 2], to: [frist@buero.example]}
"""


def test_calendar_overdue_and_confirmation(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port))
    actions = make_actions()
    for n, client, due in [(1, "mueller-bau", date(2026, 11, 30)), (2, "mueller-bau", date(2026, 12, 31)),
                           (3, "schmidt-it", date(2026, 12, 1)), (4, "mueller-bau", date(2026, 11, 25))]:
        outcome, source = make_item(n, client=client, deadlines=(due,), category="tax")
        actions.on_filed(outcome, "text", source)

    clock.set(datetime(2026, 11, 27, 12, 0, tzinfo=timezone.utc))
    rows = actions.list_deadlines(within_days=parse_within("14d"))
    assert [(r.due.isoformat(), r.status, r.days_left) for r in rows] == [
        ("2026-11-25", "overdue", -2), ("2026-11-30", "open", 3), ("2026-12-01", "open", 4)]
    assert [r.client_id for r in actions.list_deadlines(client_id="schmidt-it")] == ["schmidt-it"]
    assert "OVERDUE 2d" in rows[0].line()

    overdue = rows[0].item_id
    assert actions.confirm_deadline(overdue, by="anna", note="bezahlt") == 1
    assert [r.due for r in actions.list_deadlines(within_days=14)] == [date(2026, 11, 30), date(2026, 12, 1)]
    confirmed = actions.list_deadlines(include_confirmed=True)
    assert [(r.status, r.confirmed_by) for r in confirmed if r.item_id == overdue] == [("confirmed", "anna")]
    with pytest.raises(ActionError, match="has no open deadline"):
        actions.confirm_deadline(overdue)
    assert parse_within("2w") == 14
    with pytest.raises(ActionError, match="--within 'soon'"):
        parse_within("soon")


def test_reminders_go_out_before_and_stop_when_confirmed(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + REMIND)
    actions = make_actions()
    due = date(2026, 12, 10)
    outcome, source = make_item(deadlines=(due,))
    fired = actions.on_filed(outcome, "text", source)
    assert fired == ["remind-deadlines: reminder for 2026-12-10 at 2026-12-03 07:00 UTC",
                     "remind-deadlines: reminder for 2026-12-10 at 2026-12-08 07:00 UTC"]
    assert actions.deliver_due() == []

    clock.set(datetime(2026, 12, 3, 7, 0, tzinfo=timezone.utc))        # 08:00 Berlin, 7 days before
    assert [d.status for d in actions.deliver_due()] == ["sent"]
    (msg,) = smtp_server.messages
    assert msg["Subject"].startswith("Erinnerung: Frist am 10.12.2026 (in 7 Tagen)")
    assert msg["To"] == "frist@buero.example"

    actions.confirm_deadline(outcome.item_id, due)
    clock.set(datetime(2026, 12, 8, 8, 0, tzinfo=timezone.utc))
    assert [d.status for d in actions.deliver_due()] == ["skipped"]
    assert len(smtp_server.messages) == 1


def test_late_filing_sends_one_reminder_not_one_per_missed_slot(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + REMIND)
    actions = make_actions()
    outcome, source = make_item(deadlines=(date(2026, 11, 24),))        # due tomorrow
    fired = actions.on_filed(outcome, "text", source)
    assert len(fired) == 1
    assert [d.status for d in actions.deliver_due()] == ["sent"]
    assert "(morgen)" in smtp_server.messages[0]["Subject"]
