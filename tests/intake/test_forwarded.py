"""Forwarded-block recognition and mail-client date formats, on body texts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mailsort.intake.forwarded import find_forwarded_blocks, find_original
from mailsort.intake.maildates import parse_mail_date

D = datetime(2026, 11, 18, 9, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mi., 18. Nov. 2026 um 09:12 Uhr", D),                         # Gmail DE
    ("Wed, Nov 18, 2026 at 9:12 AM", D),                            # Gmail EN
    ("Mittwoch, 18. November 2026 09:12", D),                       # Outlook DE
    ("Wednesday, November 18, 2026 9:12 AM", D),                    # Outlook EN
    ("18. November 2026 um 09:12:00 MEZ", D),                       # Apple Mail DE
    ("November 18, 2026 at 9:12:00 AM GMT+1", D),                   # Apple Mail EN
    ("18.11.2026 09:12", D),
    ("18.11.26 09:12 (GMT+01:00)", D),                              # Android mail
    ("Wednesday, 18 November 2026 09:12", D),                       # Outlook UK
    ("Wed, 18 Nov 2026 09:12:00 +0100", D.replace(tzinfo=timezone(timedelta(hours=1)))),
    ("Wednesday, November 18, 2026 9:12 PM", D.replace(hour=21)),
    ("Thursday, December 3, 2026 12:05 AM", datetime(2026, 12, 3, 0, 5)),
    ("Mo., 7. März 2026 um 17:40", datetime(2026, 3, 7, 17, 40)),
    ("18. Dez. 2026", datetime(2026, 12, 18)),
    ("31.02.2026 10:00", None),                                     # no such day
    ("gestern", None),                                              # relative: meaningless here
    ("keine Angabe", None),
])
def test_mail_dates(text, expected):
    assert parse_mail_date(text) == expected


def test_nested_forwards_innermost_wins():
    body = "\n".join([
        "FYI",
        "",
        "---------- Forwarded message ---------",
        "From: Hans Müller <hans@mueller-bau.example>",
        "Date: Do., 19. Nov. 2026 um 10:00 Uhr",
        "Subject: WG: Rechnung",
        "To: Petra Lang <petra@mueller-bau.example>",
        "",
        "bitte bezahlen",
        "",
        "-----Ursprüngliche Nachricht-----",
        "Von: Stadtwerke <rechnung@stadtwerke.example>",
        "Gesendet: Mittwoch, 18. November 2026 09:12",
        "An: Müller Bau GmbH <info@mueller-bau.example>",
        "Cc: Buchhaltung <bh@mueller-bau.example>",
        "Betreff: Rechnung",
        "",
        "Sehr geehrte Damen und Herren,",
    ])
    blocks = find_forwarded_blocks(body)
    assert [b.subject for b in blocks] == ["WG: Rechnung", "Rechnung"]
    orig = find_original(body)
    assert orig.sender == "Stadtwerke <rechnung@stadtwerke.example>"
    assert orig.recipient == "Müller Bau GmbH <info@mueller-bau.example>"
    assert orig.date == D


def test_folded_recipient_list_and_outlook_stars():
    body = "\n".join([
        "*From:* Kanzlei Roth <post@kanzlei-roth.example>",
        "*Sent:* Wednesday, November 18, 2026 9:12 AM",
        "*To:* Schmidt IT GmbH <info@schmidt-it.example>;",
        "   Schmidt IT Services GmbH <info@schmidt-services.example>",
        "*Subject:* Vergleichsvorschlag",
        "",
        "Text",
    ])
    orig = find_original(body)
    assert orig.sender == "Kanzlei Roth <post@kanzlei-roth.example>"
    assert orig.recipient == ("Schmidt IT GmbH <info@schmidt-it.example>; "
                              "Schmidt IT Services GmbH <info@schmidt-services.example>")
    assert orig.subject == "Vergleichsvorschlag"


def test_lines_that_only_look_like_headers_are_not_a_block():
    body = ("Öffnungszeiten\nVon: 8 bis 12 Uhr\n\nBetreff: Ihre Anfrage\nwie besprochen.\n"
            "An: alle Mitarbeiter\n")
    assert find_original(body) is None


def test_reply_attribution_is_the_fallback():
    body = "Danke!\n\nAm 18.11.2026 um 09:12 schrieb Finanzamt Musterstadt <fa@example.org>:\n> Text"
    orig = find_original(body)
    assert orig.sender == "Finanzamt Musterstadt <fa@example.org>" and orig.date == D
    en = find_original("On Wed, Nov 18, 2026 at 9:12 AM Jane Roe <jane@example.org> wrote:\n> hi")
    assert en.sender == "Jane Roe <jane@example.org>" and en.date == D


def test_quoted_display_names_and_outlook_comma_names():
    body = ('-----Original Message-----\nFrom: "Finanzamt Mitte (Tax Office)" <fa@example.org>\n'
            "Sent: Wednesday, November 18, 2026 9:12 AM\n"
            'To: Müller, Hans <hans@mueller-bau.example>; "Lang, Petra" <petra@mueller-bau.example>\n'
            "Subject: Notice\n\nText")
    orig = find_original(body)
    assert orig.sender == "Finanzamt Mitte (Tax Office) <fa@example.org>"
    assert orig.recipient == "Müller, Hans <hans@mueller-bau.example>; Lang, Petra <petra@mueller-bau.example>"
