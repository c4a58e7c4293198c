"""Rule files with mistakes stop the start with one line naming the file, the rule and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailsort.actions import commands, load_rules
from mailsort.errors import ConfigError
from mailsort.routing.directory import load_directory

REPO = Path(__file__).resolve().parents[2]

GOOD_RULE = """      - id: forward-all
        do: [{forward: {to: [a@example.org]}}]
"""


def clients(rules: str) -> str:
    return f"clients:\n  mueller-bau:\n    rules:\n{GOOD_RULE}{rules}"


@pytest.mark.parametrize(("text", "expected"), [
    (clients("""      - id: archive-only
        do: [{tag: x}]
      - id: forward-invoices
        when: {category: invoce}
        do: [{forward: {to: [a@example.org]}}]
"""), "clients.mueller-bau.rules[2] (forward-invoices): when.category: unknown category 'invoce'; known: "),
    (clients("""      - id: typo
        when: {catgory: invoice}
        do: [{tag: x}]
"""), "clients.mueller-bau.rules[1] (typo): when.catgory: unknown key"),
    (clients("""      - id: bad-mail
        do: [{forward: {to: [not-an-address]}}]
"""), "clients.mueller-bau.rules[1] (bad-mail): do[0].forward.to: 'not-an-address' is not an email address"),
    (clients("""      - id: two
        do: [{tag: x, hold: {}}]
"""), "clients.mueller-bau.rules[1] (two): do[0]: each action needs exactly one of"),
    (clients("""      - id: rx
        when: {sender_regex: "Finanz(amt"}
        do: [{tag: x}]
"""), "clients.mueller-bau.rules[1] (rx): when.sender_regex: not a valid regular expression"),
    (clients("""      - id: tpl
        do: [{forward: {to: [a@example.org], subject: "{{ sender "}}]
"""), "clients.mueller-bau.rules[1] (tpl): do[0].forward.subject: template error"),
    (clients("""      - id: forward-all
        do: [{tag: x}]
"""), "clients.mueller-bau.rules[1] (forward-all): id: 'forward-all' is used twice in client mueller-bau"),
    ("clients:\n  mueller-bau-gmbh:\n    rules:\n" + GOOD_RULE,
     "clients.mueller-bau-gmbh: unknown client 'mueller-bau-gmbh'"),
    ("clients:\n  mueller-bau:\n    digest: {schedule: daily, timezone: Europe/Berlinn}\n",
     "clients.mueller-bau.digest: timezone: unknown time zone 'Europe/Berlinn'"),
    ("clients:\n  mueller-bau:\n    digest: {schedule: hourly}\n",
     "clients.mueller-bau.digest: schedule: Input should be 'off', 'daily' or 'weekly'"),
    ("delivery:\n  smtp: {port: 99999}\n", "delivery: smtp.port: Input should be less than or equal to 65535"),
    ("defaults:\n  rules:\n    - id: x\n      do: []\n", "defaults.rules[0] (x): do: List should have at least 1 item"),
    ("rules: []\n", "rules: unknown key (expected delivery, defaults, clients)"),
    ("defaults:\n  rules:\n    - id: alert\n      do: [notify]\n",
     "defaults.rules[0] (alert): do[0].notify.to: no recipients (give them here or in delivery.notify_to)"),
    ("clients: [\n", "is not valid YAML"),
])
def test_mistakes_give_one_clear_line(config_dir, text, expected):
    path = config_dir / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rules(config_dir, load_directory(config_dir / "clients.yaml"))
    message = str(err.value)
    assert message.startswith(f"{path}: ") and expected in message
    assert "\n" not in message


def test_shipped_example_is_valid_and_checks(settings, monkeypatch):
    monkeypatch.setenv("MAILSORT_SMTP_PASSWORD", "x")
    monkeypatch.delenv("MAILSORT_WEBHOOK_SECRET", raising=False)
    rules = load_rules(REPO / "config", load_directory(REPO / "config" / "clients.yaml"))
    assert {"forward-invoices", "urgent-alert", "erp-webhook"} <= {r.rule.id for r in rules.all_rules()}
    lines = rules.summary()
    assert "4 client rules for 3 clients, 2 digest schedules" in lines[0]
    assert "environment variable MAILSORT_SMTP_PASSWORD: set" in lines
    assert "environment variable MAILSORT_WEBHOOK_SECRET: NOT SET" in lines


def test_check_without_a_rules_file_opens_no_database(settings):
    with pytest.raises(ConfigError, match="rules.yaml: file not found"):
        commands.rules_check(settings)
    assert not settings.data_dir.exists()          # a read-only command leaves nothing behind
