"""The original sender of real forwarded bodies written by real mail programs.

The bodies under resources/intake/forwards/ are the test fixtures of email-forward-parser
(github.com/crisp-oss/email-forward-parser, test/fixtures/ at 0ae6801, MIT licence in that folder):
Gmail, Outlook 2013/2019/Live/365/new Outlook, Apple Mail, Thunderbird, Yahoo, HubSpot, MailMate,
Missive, IONOS and an unknown client, in about 23 languages. Each body is wrapped as a client's
forward to its intake alias and read by parse_email, as the mailroom reads it.

Expected senders follow that project's test/index.js: "John Doe <john.doe@acme.com>", except
variant 5 (address only), 11 ("John, Doe") and 12 (name only). Its `*_variant_4` bodies are replies,
not forwards, and are left out (mailsort reads a reply's quoted attribution as the original on purpose).

MISSES (see MISSES below): none.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

from mailsort.intake.email import parse_email

FORWARDS = Path(__file__).resolve().parents[1] / "resources" / "intake" / "forwards"
INTAKE = "mueller-bau@post.buero-mitte.de"     # an intake alias in config/clients.yaml
FORWARDER = "Hans Müller <h.mueller@mueller-bau.example>"

# Body -> its subject file where the body does not carry the subject (Outlook), as in test/index.js.
SUBJECTS = {"outlook_2019": "outlook_2019_subject", "outlook_2013_en": "outlook_2013_en_subject"}
EXPECTED_DEFAULT = ("John Doe", "john.doe@acme.com")
EXPECTED = {
    "apple_mail_en_body_variant_5": (None, "john.doe@acme.com"),
    "outlook_live_en_body_variant_11": ("John, Doe", "john.doe@acme.com"),
    "unknown_en_body_variant_12": ("John Doe", None),
}
MISSES: set[str] = set()
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _bodies() -> list[str]:
    return sorted(p.stem for p in FORWARDS.glob("*_body*.txt"))


def _wrap(name: str) -> bytes:
    """The body as the plain-text part of a forward from the client to its intake alias."""
    body = (FORWARDS / f"{name}.txt").read_bytes().decode("utf-8")
    subject_file = next((FORWARDS / f"{s}.txt" for k, s in SUBJECTS.items() if name.startswith(k)), None)
    subject = subject_file.read_text(encoding="utf-8").strip() if subject_file else "Fwd: Integer consequat"
    msg = EmailMessage()
    msg["From"] = FORWARDER
    msg["To"] = INTAKE
    msg["Subject"] = subject
    msg["Date"] = "Mon, 07 Dec 2026 09:00:00 +0100"
    # base64 keeps the body byte for byte: Outlook's byte-order mark and CRLF included.
    msg.set_content(body, charset="utf-8", cte="base64")
    return msg.as_bytes()


def _parts(sender: str | None) -> tuple[str | None, str | None]:
    if not sender:
        return None, None
    found = _ADDRESS.findall(sender)
    name = _ADDRESS.sub(" ", sender).replace("<", " ").replace(">", " ").strip(" \"'")
    return (" ".join(name.split()) or None), (found[0].lower() if found else None)


def _sender_found(name: str) -> tuple[str | None, str | None]:
    fwd = parse_email(_wrap(name)).info.forwarded
    return _parts(fwd.sender if fwd else None)


def test_the_fixture_set_is_complete():
    assert len(_bodies()) == 180


def test_original_sender_of_real_forwards():
    hits, misses = 0, []
    for name in _bodies():
        got = _sender_found(name)
        if got == EXPECTED.get(name, EXPECTED_DEFAULT):
            hits += 1
        else:
            misses.append(f"{name}: {got}")
    print(f"original sender found in {hits}/180 = {hits / 180:.1%}")
    assert hits >= 171                                   # >= 95 %
    assert {m.split(":")[0] for m in misses} == MISSES, misses
