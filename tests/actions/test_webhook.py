"""Webhooks to a real HTTP server: HMAC signature, retries with backoff, permanent refusals."""

from __future__ import annotations

import json

from mailsort.actions.webhook import DELIVERY_HEADER, verify

from .conftest import make_item, smtp_block, write_rules


def rules(url: str) -> str:
    return f"""
  webhook: {{secret_env: TEST_HOOK_SECRET}}
defaults:
  rules:
    - id: erp
      when: {{category: [invoice]}}
      do:
        - webhook: {{url: "{url}"}}
"""


def test_signed_payload_fails_twice_then_arrives(config_dir, make_actions, smtp_server, webhook_server, clock,
                                                 monkeypatch):
    monkeypatch.setenv("TEST_HOOK_SECRET", "hook-secret-42")
    write_rules(config_dir, smtp_block(smtp_server.port) + rules(webhook_server.url))
    webhook_server.fail_next = 2
    actions = make_actions()
    outcome, source = make_item()
    actions.on_filed(outcome, "text", source)

    (d1,) = actions.deliver_due()
    assert d1.status == "pending" and "503" in d1.detail
    clock.advance(seconds=0.9)
    assert actions.deliver_due() == []                 # first backoff is 1 s
    clock.advance(seconds=0.2)
    (d2,) = actions.deliver_due()
    assert d2.status == "pending"
    clock.advance(seconds=1.5)
    assert actions.deliver_due() == []                 # second backoff doubled to 2 s
    clock.advance(seconds=0.6)
    (d3,) = actions.deliver_due()
    assert d3.status == "sent"

    (headers, body), = webhook_server.requests
    assert verify("hook-secret-42", body, headers["X-Mailsort-Signature"])
    assert not verify("wrong-secret", body, headers["X-Mailsort-Signature"])
    assert headers[DELIVERY_HEADER] == f"{outcome.item_id}:defaults:erp:0:webhook"
    data = json.loads(body)
    assert data["event"] == "item.filed" and data["item"]["client_id"] == "mueller-bau"
    assert data["item"]["deadlines"] == [] and data["item"]["amounts"][0]["value"] == "1234.56"
    attempts = [e.detail["message"] for e in actions.events.for_item(outcome.item_id) if e.stage == "action.webhook"]
    assert len(attempts) == 3 and attempts[-1].startswith("defaults:erp:0:webhook: sent")


def test_client_error_is_not_retried(config_dir, make_actions, smtp_server, webhook_server, clock, monkeypatch):
    monkeypatch.setenv("TEST_HOOK_SECRET", "x")
    write_rules(config_dir, smtp_block(smtp_server.port) + rules(webhook_server.url))
    webhook_server.fail_next, webhook_server.status_when_failing = 5, 410
    actions = make_actions()
    outcome, source = make_item()
    actions.on_filed(outcome, "text", source)
    (d,) = actions.deliver_due()
    assert d.status == "failed" and "410" in d.detail
    clock.advance(hours=1)
    assert actions.deliver_due() == [] and webhook_server.requests == []


def test_missing_secret_is_reported_and_retried(config_dir, make_actions, smtp_server, webhook_server, clock,
                                                monkeypatch):
    monkeypatch.delenv("TEST_HOOK_SECRET", raising=False)
    write_rules(config_dir, smtp_block(smtp_server.port) + rules(webhook_server.url))
    actions = make_actions()
    outcome, source = make_item()
    actions.on_filed(outcome, "text", source)
    (d,) = actions.deliver_due()
    assert d.status == "pending" and "TEST_HOOK_SECRET is not set" in d.detail
    monkeypatch.setenv("TEST_HOOK_SECRET", "now-set")
    clock.advance(seconds=2)
    assert [x.status for x in actions.deliver_due()] == ["sent"]
