"""Every action attempt lands in the one event trail, the index's, where `mailsort show` reads it."""

from __future__ import annotations

from mailsort.archive.index import Index
from mailsort.archive.records import ItemRow

from .conftest import LETTER_PDF, make_item, smtp_block, write_rules


def test_attempts_land_in_the_index_trail(config_dir, settings, make_actions, smtp_server):
    write_rules(config_dir, smtp_block(smtp_server.port) + """
defaults:
  rules:
    - id: fwd
      do: [{forward: {to: [a@example.org]}}]
""")
    outcome, source = make_item()
    index = Index(settings.db_url)
    index.create()
    index.record(ItemRow(item_id=outcome.item_id, sha256=source.sha256, source_path=str(source.path),
                         decision="filed", client_id="mueller-bau"))
    smtp_server.drop_next = 1
    actions = make_actions()
    actions.on_filed(outcome, "text", source, pdf_path=LETTER_PDF)
    actions.deliver_due()
    actions.clock.advance(seconds=5)
    actions.deliver_due()

    trail = [(e.stage, e.detail["message"]) for e in index.events(outcome.item_id) if e.stage.startswith("action")]
    index.close()
    assert [s for s, _ in trail] == ["actions", "action.forward", "action.forward"]
    assert trail[0][1] == "fwd: forward to a@example.org (PDF: auto) (queued)"
    assert "pending: SMTP" in trail[1][1] and "retry 2 at" in trail[1][1]
    assert trail[2][1].startswith("defaults:fwd:0:forward: sent: accepted by SMTP")
