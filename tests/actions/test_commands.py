"""The CLI-ready functions and the scheduler loop with a stop event (real time, real SMTP)."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from mailsort.actions import Actions, commands
from mailsort.actions.errors import ActionError
from mailsort.routing.directory import load_directory

from .conftest import LETTER_PDF, make_item, smtp_block, write_rules

DIGEST = """
clients:
  mueller-bau:
    digest: {schedule: daily, time: "07:30", recipients: [chef@mueller-bau.example], attach: link}
"""


def test_deadlines_and_digest_commands(config_dir, settings, make_actions, smtp_server, tmp_path):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST)
    now = datetime.now(timezone.utc)
    actions = make_actions(clock=None)
    # "in 3d" counts from the mailroom's day (delivery.timezone), which is not UTC's between
    # 23:00 and 24:00 UTC: the day the command sees, not the UTC date.
    outcome, source = make_item(deadlines=(actions.ctx.today(now) + timedelta(days=3),))
    actions.on_filed(outcome, "Rechnung", source, pdf_path=LETTER_PDF)

    (line,) = commands.deadlines(settings, client="mueller-bau", within="1w")
    assert "in 3d" in line and outcome.item_id in line
    assert commands.deadlines(settings, client="schmidt-it") == ["no open deadlines for schmidt-it"]
    with pytest.raises(ActionError, match="unknown client 'nobody'"):
        commands.deadlines(settings, client="nobody")
    assert commands.deadlines(settings, confirm=outcome.item_id, by="anna") == [
        f"confirmed 1 deadline(s) of item {outcome.item_id}"]

    out = tmp_path / "preview" / "digest.html"
    assert commands.digest(settings, "mueller-bau", preview=out) == [f"preview written to {out}"]
    assert "Stadtwerke Nordheim GmbH" in out.read_text(encoding="utf-8") and smtp_server.messages == []
    (sent,) = commands.digest(settings, "mueller-bau", since=(now - timedelta(days=1)).date().isoformat())
    assert sent.startswith("digest:manual:") and ": sent: " in sent
    assert "Stadtwerke Nordheim GmbH" in smtp_server.messages[0].get_body(("plain",)).get_content()
    with pytest.raises(ActionError, match="--since 'gestern'"):
        commands.digest(settings, "mueller-bau", since="gestern")


def test_rules_check_command(config_dir, settings, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST)
    lines = commands.rules_check(settings)
    assert lines[0].endswith("0 default rules, 0 client rules for 1 clients, 1 digest schedules")
    assert lines[1] == f"SMTP 127.0.0.1:{smtp_server.port} (none)"


def test_scheduler_loop_delivers_and_stops(config_dir, settings, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + """
defaults:
  rules:
    - id: fwd
      do: [{forward: {to: [a@example.org]}}]
""")
    actions = Actions(settings, load_directory(settings.clients_file))
    outcome, source = make_item()
    actions.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    actions.close()

    stop = threading.Event()
    worker = threading.Thread(target=commands.scheduler, args=(settings, stop, 0.05))
    worker.start()
    deadline = time.monotonic() + 10
    while not smtp_server.messages and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    worker.join(5)
    assert not worker.is_alive()
    assert len(smtp_server.messages) == 1
