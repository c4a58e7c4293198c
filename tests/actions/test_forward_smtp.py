"""Forwards through a real SMTP server: attachment, templates, login, and exactly-once delivery."""

from __future__ import annotations

import io
import logging
import threading
from datetime import timedelta

from pypdf import PdfReader

from mailsort.actions.tables import OutboxRow

from .conftest import LETTER_PDF, make_item, smtp_block, write_rules

RULES = """
clients:
  mueller-bau:
    rules:
      - id: forward-invoices
        when: {category: [invoice, reminder]}
        do:
          - forward:
              to: [buchhaltung@mueller-bau.example, chef@mueller-bau.example]
              subject: "{{ category_name }} von {{ sender }} – {{ item_id }}"
"""


def test_forward_arrives_with_pdf_and_templated_subject(config_dir, make_actions, smtp_server, caplog, monkeypatch):
    monkeypatch.setenv("TEST_SMTP_PW", "s3cret-pw")
    write_rules(config_dir, smtp_block(smtp_server.port, username="postservice", password_env="TEST_SMTP_PW") + RULES)
    actions = make_actions()
    outcome, source = make_item()
    caplog.set_level(logging.DEBUG)

    fired = actions.on_filed(outcome, "Rechnung ... bis zum 04.12.2026", source, pdf_path=LETTER_PDF)
    assert fired == ["forward-invoices: forward to buchhaltung@mueller-bau.example, chef@mueller-bau.example "
                     "(PDF: auto) (queued)"]
    assert smtp_server.messages == []          # on_filed only enqueues
    results = actions.deliver_due()

    assert [r.status for r in results] == ["sent"]
    assert smtp_server.logins == [("postservice", "s3cret-pw")]
    (msg,) = smtp_server.messages
    assert msg["Subject"] == f"Rechnung von Stadtwerke Nordheim GmbH – {outcome.item_id}"
    assert sorted(smtp_server.envelopes[0]) == ["buchhaltung@mueller-bau.example", "chef@mueller-bau.example"]
    (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content() == LETTER_PDF.read_bytes()
    body = msg.get_body(("plain",)).get_content()
    assert "Stadtwerke Nordheim GmbH" in body and "1.234,56 EUR" in body and "hängt an" in body
    assert "Eingang:    23.11.2026 10:00" in body                  # 09:00 UTC, shown in Berlin time
    # every attempt is in the item's trail, and the password is nowhere in logs or events
    trail = [e.detail["message"] for e in actions.events.for_item(outcome.item_id)]
    assert any("forward" in d and "sent" in d for d in trail)
    assert "s3cret-pw" not in caplog.text and not any("s3cret-pw" in d for d in trail)


def test_rerun_and_restart_never_resend(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    outcome, source = make_item()
    first = make_actions()
    first.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    first.deliver_due()
    first.close()

    again = make_actions()                      # a restart, then the same item processed again
    assert again.on_filed(outcome, "text", source, pdf_path=LETTER_PDF) == [
        "forward-invoices: forward to buchhaltung@mueller-bau.example, chef@mueller-bau.example (PDF: auto) "
        "(already queued before)"]
    assert again.deliver_due() == []
    assert len(smtp_server.messages) == 1


def test_connection_dropped_after_data_is_retried_once(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    outcome, source = make_item()
    smtp_server.drop_next = 1
    actions = make_actions()
    actions.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)

    (first,) = actions.deliver_due()
    assert first.status == "pending" and "SMTPServerDisconnected" in first.detail
    assert smtp_server.messages == []
    assert actions.deliver_due() == []         # backoff: not due yet
    actions.close()

    clock.advance(seconds=1.5)                  # past the first backoff, in a new process
    restarted = make_actions()
    assert [d.status for d in restarted.deliver_due()] == ["sent"]
    clock.advance(hours=1)
    assert restarted.deliver_due() == []
    assert len(smtp_server.messages) == 1
    (row,) = restarted.outbox.rows(outcome.item_id)
    assert (row.status, row.attempts) == ("sent", 2)


def test_process_dying_mid_send_is_resumed_after_the_lease(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    outcome, source = make_item()
    dying = make_actions()
    dying.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    (claimed,) = dying.outbox.claim_due(clock.now())   # claimed, then the process "dies" before sending
    assert isinstance(claimed, OutboxRow)
    dying.close()

    restarted = make_actions()
    assert restarted.deliver_due() == []        # the lease still protects the row
    clock.advance(timedelta(seconds=61))
    assert [d.status for d in restarted.deliver_due()] == ["sent"]
    assert restarted.deliver_due(clock.now() + timedelta(days=1)) == []
    assert len(smtp_server.messages) == 1


def test_large_pdf_goes_as_link(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port).replace(
        "  notify_to", "  max_attachment_mb: 0.001\n  link_base_url: https://post.example/items/\n  notify_to") + RULES)
    actions = make_actions()
    outcome, source = make_item()
    actions.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    actions.deliver_due()
    (msg,) = smtp_server.messages
    assert not [p for p in msg.iter_attachments()]
    assert f"https://post.example/items/{outcome.item_id}" in msg.get_body(("plain",)).get_content()


def test_big_pdf_split_into_parts_resumes_without_repeating_a_part(config_dir, make_actions, smtp_server, clock):
    big = LETTER_PDF.with_name("letter-3pages.pdf")          # 3 pages of ~25 KB each
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES.replace(
        "to: [buchhaltung@mueller-bau.example, chef@mueller-bau.example]",
        "to: [buchhaltung@mueller-bau.example]\n              max_attachment_mb: 0.03"))
    actions = make_actions()
    outcome, source = make_item(pages=3)
    actions.on_filed(outcome, "text", source, pdf_path=big)

    original = smtp_server.handle_DATA
    calls = {"n": 0}

    async def drop_second(server, session, envelope):
        calls["n"] += 1
        if calls["n"] == 2:
            smtp_server.drop_next = 1
        return await original(server, session, envelope)

    smtp_server.handle_DATA = drop_second
    (first,) = actions.deliver_due()
    assert first.status == "pending" and len(smtp_server.messages) == 1
    clock.advance(seconds=2)
    (second,) = actions.deliver_due()
    assert second.status == "sent" and second.detail.startswith("3 parts; ")
    subjects = [m["Subject"].rsplit("(", 1)[1] for m in smtp_server.messages]
    assert subjects == ["Teil 1/3, Seiten 1-1)", "Teil 2/3, Seiten 2-2)", "Teil 3/3, Seiten 3-3)"]
    for m in smtp_server.messages:
        (part,) = list(m.iter_attachments())
        data = part.get_content()
        assert len(data) <= 0.03 * 1024 * 1024 and len(PdfReader(io.BytesIO(data)).pages) == 1


def test_two_workers_at_once_send_each_forward_once(config_dir, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + RULES)
    filer = make_actions()
    for n in range(1, 7):
        outcome, source = make_item(n)
        filer.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    workers = [make_actions(), make_actions()]
    start = threading.Barrier(2)
    results: list[list] = [[], []]

    def work(i: int) -> None:
        start.wait()
        results[i] = workers[i].deliver_due()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    sent = [d.item_id for r in results for d in r if d.status == "sent"]
    assert sorted(sent) == sorted({d.item_id for r in results for d in r}) and len(sent) == 6
    assert len(smtp_server.messages) == 6
