"""Filed items fire their client's rules: a forward reaches a real SMTP server, once."""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import time

import pytest
from aiosmtpd.controller import Controller

from mailsort.intake.inputs import iter_inputs
from mailsort.pipeline import Pipeline
from mailsort.settings import load_settings

from .conftest import SAMPLES, pick_samples


class Received:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.original_content,
                                                      policy=email.policy.default))
        return "250 OK"


@pytest.fixture
def smtp():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    received = Received()
    ctl = Controller(received, hostname="127.0.0.1", port=port)
    ctl.start()
    received.port = port
    yield received
    ctl.stop()


def test_filed_items_are_forwarded_with_their_pdf_exactly_once(tmp_path, config_dir, inbox, smtp):
    (config_dir / "rules.yaml").write_text(f"""
delivery:
  smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none, from: "Post <post@buero-mitte.example>"}}
  notify_to: [desk@buero-mitte.example]
defaults:
  rules:
    - id: forward-everything
      do:
        - forward: {{to: [books@client.example], attach: pdf}}
""", encoding="utf-8")
    items = pick_samples("email", 2) + pick_samples("pdf", 2)
    for item in items:
        shutil.copy2(SAMPLES / item["file"], inbox / item["file"])
    settings = load_settings(config_dir, data_dir=tmp_path / "data")
    with Pipeline(settings) as pipeline:
        outcomes = pipeline.process(iter_inputs([inbox], settings))
        filed = [o for o in outcomes if o.decision == "filed"]
        assert filed, [o.reason for o in outcomes]
        deliveries = pipeline.deliver()
    assert sorted(d.status for d in deliveries) == ["sent"] * len(filed)
    deadline = time.monotonic() + 10
    while len(smtp.messages) < len(filed) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(smtp.messages) == len(filed)
    for msg in smtp.messages:
        assert msg["To"] == "books@client.example"
        pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
        assert len(pdfs) == 1 and pdfs[0].get_content().startswith(b"%PDF")

    # running the same inputs again (duplicates) and delivering again sends nothing new
    with Pipeline(settings) as pipeline:
        again = pipeline.process(iter_inputs([inbox], settings))
        assert {o.decision for o in again} == {"duplicate"}
        assert [d for d in pipeline.deliver() if d.status == "sent"] == []
    assert len(smtp.messages) == len(filed)
