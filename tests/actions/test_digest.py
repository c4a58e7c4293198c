"""Client digests through a real SMTP server, scheduled by a clock the test moves."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from mailsort.actions import Scheduler

from .conftest import LETTER_PDF, START, make_item, smtp_block, write_rules

DIGEST = """
clients:
  mueller-bau:
    digest: {schedule: daily, time: "07:30", timezone: Europe/Berlin, recipients: [chef@mueller-bau.example],
             attach: pdf, empty: %s}
"""


def file_items(actions, *specs):
    for n, kw in specs:
        outcome, source = make_item(n, **kw)
        actions.on_filed(outcome, f"Brief {n}", source, pdf_path=LETTER_PDF)


def test_digest_html_text_inline_thumbnail_attachment_urgent_first(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST % "skip")
    actions = make_actions()
    file_items(actions, (1, dict(category="invoice", sender="Stadtwerke Nordheim GmbH")),
               (2, dict(category="legal", sender="Amtsgericht Mitte", subject="Mahnbescheid",
                        deadlines=(date(2026, 12, 20),))))
    clock.set(datetime(2026, 11, 24, 6, 31, tzinfo=timezone.utc))      # 07:31 Berlin next morning
    tick = Scheduler(actions).tick()
    assert tick["digests_queued"] == 1 and tick["delivered"] == 1

    (msg,) = smtp_server.messages
    assert msg["Subject"] == "Ihre Post: 2 Sendungen, 1 dringend (24.11.2026)"
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert text.index("Amtsgericht Mitte") < text.index("Stadtwerke Nordheim")     # urgent (legal + deadline) first
    assert "[DRINGEND] Recht/Gericht von Amtsgericht Mitte" in text and "Fristen: 20.12.2026" in text
    assert "1.234,56 EUR" in text and "Briefdatum 20.11.2026" in text
    images = [p for p in msg.walk() if p.get_content_type() == "image/png"]
    assert len(images) == 2
    for img in images:
        cid = img["Content-ID"].strip("<>")
        assert f'src="cid:{cid}"' in html
        assert img.get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    pdfs = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == 2 and pdfs[0].get_content() == LETTER_PDF.read_bytes()


def test_one_digest_per_period_across_restarts(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST % "skip")
    actions = make_actions()
    file_items(actions, (1, {}))
    clock.set(datetime(2026, 11, 24, 6, 0, tzinfo=timezone.utc))       # 07:00 Berlin: not yet
    assert Scheduler(actions).tick()["delivered"] == 0                  # (yesterday's period: empty)
    assert smtp_server.messages == []
    clock.advance(minutes=31)
    assert Scheduler(actions).tick()["delivered"] == 1
    actions.close()

    for _ in range(3):                           # restarts within the same period send nothing
        again = make_actions()
        clock.advance(hours=2)
        assert Scheduler(again).tick() == {"digests_queued": 0, "delivered": 0, "retrying": 0, "failed": 0,
                                           "purged": 0}
        again.close()
    assert len(smtp_server.messages) == 1

    later = make_actions()
    file_items(later, (2, dict(sender="Telekom Deutschland GmbH")))
    clock.set(datetime(2026, 11, 25, 6, 45, tzinfo=timezone.utc))      # the next morning
    assert Scheduler(later).tick()["delivered"] == 1
    second = smtp_server.messages[1].get_body(("plain",)).get_content()
    assert "Telekom" in second and "Stadtwerke" not in second          # only what is new since the last one
    # an empty day with empty: skip sends nothing, and is not retried either
    clock.set(datetime(2026, 11, 26, 7, 0, tzinfo=timezone.utc))
    assert Scheduler(later).tick()["digests_queued"] == 1
    assert len(smtp_server.messages) == 2


def test_empty_period_sends_a_short_note_when_configured(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST % "note")
    actions = make_actions()
    Scheduler(actions).tick()                   # the first period on record never sends a note
    assert smtp_server.messages == []
    clock.set(datetime(2026, 11, 24, 7, 0, tzinfo=timezone.utc))
    Scheduler(actions).tick()
    (msg,) = smtp_server.messages
    assert msg["Subject"] == "Ihre Post: keine neuen Sendungen (24.11.2026)"
    assert "keine Post eingegangen" in msg.get_body(("plain",)).get_content()


def test_weekly_schedule_in_its_own_time_zone(config_dir, make_actions, smtp_server, clock):
    write_rules(config_dir, smtp_block(smtp_server.port) + """
clients:
  mueller-bau:
    digest: {schedule: weekly, weekday: fri, time: "17:00", timezone: America/New_York,
             recipients: [us@mueller-bau.example], attach: link, empty: note}
""")
    actions = make_actions()
    sched = Scheduler(actions)
    sent_at = []
    for hour in range(0, 24 * 14, 1):            # two weeks, hour by hour
        clock.set(START + timedelta(hours=hour))
        if sched.tick()["delivered"]:
            sent_at.append(clock.now())
    assert [t.strftime("%a %H:%M") for t in sent_at] == ["Fri 22:00", "Fri 22:00"]   # 17:00 New York = 22:00 UTC


def test_preview_writes_html_with_embedded_thumbnails(config_dir, make_actions, smtp_server, clock, tmp_path):
    write_rules(config_dir, smtp_block(smtp_server.port) + DIGEST % "skip")
    actions = make_actions()
    file_items(actions, (1, {}), (2, dict(sender="Meier & Söhne <script>alert(1)</script>")))
    clock.advance(hours=1)
    out = actions.digests.preview("mueller-bau", None, tmp_path / "digest.html")
    html = out.read_text(encoding="utf-8")
    assert "Meier &amp; Söhne &lt;script&gt;" in html and "<script>" not in html     # sender text is escaped
    assert "Stadtwerke Nordheim GmbH" in html and re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]{100,}"', html)
    assert smtp_server.messages == []
