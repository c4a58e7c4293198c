"""Real servers for the actions tests: an SMTP server (aiosmtpd) and a webhook receiver (http.server)."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from mailsort.actions import Actions, FakeClock
from mailsort.model import Amount, Category, Fields, Outcome, Recipient, Source
from mailsort.routing.directory import load_directory

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "actions"
LETTER_PDF = RESOURCES / "letter.pdf"
START = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)     # a Monday, 10:00 in Berlin


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler keeping parsed messages; can drop the connection after DATA."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[list[str]] = []
        self.drop_next = 0
        self.logins: list[tuple[str, str]] = []

    async def handle_DATA(self, server, session, envelope):
        if self.drop_next:
            self.drop_next -= 1
            server.transport.close()        # as if the server died before answering 250
            return "421 closing"
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        self.envelopes.append(list(envelope.rcpt_tos))
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox = Inbox()

    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            inbox.logins.append((auth_data.login.decode(), auth_data.password.decode()))
            return AuthResult(success=auth_data.password == b"s3cret-pw")
        return AuthResult(success=False)

    port = free_port()
    ctl = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=authenticator,
                     auth_require_tls=False)
    ctl.start()
    inbox.port = port
    yield inbox
    ctl.stop()


class Hooks:
    def __init__(self) -> None:
        self.requests: list[tuple[dict, bytes]] = []
        self.fail_next = 0
        self.status_when_failing = 503


@pytest.fixture
def webhook_server():
    hooks = Hooks()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if hooks.fail_next:
                hooks.fail_next -= 1
                self.send_response(hooks.status_when_failing)
                self.end_headers()
                return
            hooks.requests.append((dict(self.headers), body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hooks.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    yield hooks
    server.shutdown()
    server.server_close()


def write_rules(config_dir: Path, text: str) -> None:
    (config_dir / "rules.yaml").write_text(text, encoding="utf-8")


def smtp_block(port: int, **extra: str) -> str:
    lines = [f"  smtp: {{host: 127.0.0.1, port: {port}, security: none, from: 'Post <post@buero.example>'"
             + "".join(f", {k}: {v}" for k, v in extra.items()) + "}"]
    return "delivery:\n" + "\n".join(lines) + "\n  retry: {backoff_seconds: 1, backoff_factor: 2, max_attempts: 4, lease_seconds: 60}\n  notify_to: [desk@buero.example]\n"


def make_item(n: int = 1, *, client: str = "mueller-bau", category: str = "invoice", sender: str = "Stadtwerke Nordheim GmbH",
              deadlines: tuple[date, ...] = (), conf: float = 0.95, kind: str = "pdf", station: str | None = None,
              subject: str | None = "Rechnung Nr. 2026-4711", pages: int = 1) -> tuple[Outcome, Source]:
    sha = f"{n:02d}" * 32
    source = Source(path=Path(f"/inbox/letter-{n}.pdf"), kind=kind, media_type="application/pdf", sha256=sha,
                    size=1720, station=station, received_at=START)
    outcome = Outcome(
        source=str(source.path), item_id=source.item_id, kind=kind, pages=pages,
        recipient=Recipient(client_id=client, confidence=conf, evidence="address block: Müller Bau GmbH"),
        category=Category(label=category, confidence=conf),
        fields=Fields(sender=sender, date=date(2026, 11, 20), deadlines=list(deadlines), subject=subject,
                      amounts=[Amount(value=1234.56, text="1.234,56 EUR")]),
        decision="filed", archived_as=f"{client}/2026-11-20-{category}-{n}")
    return outcome, source


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def make_actions(settings, clock):
    made: list[Actions] = []

    def make(**kw) -> Actions:
        a = Actions(settings, load_directory(settings.clients_file), clock=kw.pop("clock", clock), **kw)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()
