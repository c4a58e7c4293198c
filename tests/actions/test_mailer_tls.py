"""STARTTLS and implicit TLS against a real aiosmtpd server with a throwaway certificate."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import ssl
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from mailsort.actions.delivery import SmtpSettings
from mailsort.actions.errors import DeliveryFailed
from mailsort.actions.mailer import Mailer
from mailsort.errors import ConfigError

from .conftest import free_port


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mailsort test relay")])
    # Valid for decades either way: OpenSSL checks it against the real clock, the test may run with
    # a shifted one (scripts/test.sh --clock-ahead), and no day may make it fail.
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))
                   .not_valid_after(dt.datetime(2099, 12, 31, tzinfo=dt.timezone.utc))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    return folder / "cert.pem", folder / "key.pem"


class Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((session.ssl is not None,
                              email.message_from_bytes(envelope.original_content, policy=email.policy.default)))
        return "250 OK"


def auth(server, session, envelope, mechanism, data):
    return AuthResult(success=isinstance(data, LoginPassword) and data.password == b"pw-from-env")


def message() -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "TLS", "post@buero.example", "a@example.org"
    msg.set_content("über TLS")
    return msg


def test_starttls_then_login(cert, monkeypatch):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(*cert)
    sink, port = Sink(), free_port()
    ctl = Controller(sink, hostname="127.0.0.1", port=port, tls_context=server_ctx, require_starttls=True,
                     authenticator=auth, auth_require_tls=True)
    ctl.start()
    try:
        monkeypatch.setenv("RELAY_PW", "pw-from-env")
        smtp = SmtpSettings(host="127.0.0.1", port=port, security="starttls", username="post",
                            password_env="RELAY_PW", ca_file=cert[0], timeout=5)
        assert "accepted" in Mailer(smtp).send(message(), ["a@example.org"])
        ((encrypted, msg),) = sink.messages
        assert encrypted and msg.get_content().strip() == "über TLS"

        plain = smtp.model_copy(update={"security": "none"})        # the relay insists on STARTTLS
        with pytest.raises(DeliveryFailed, match="AUTH extension not supported"):
            Mailer(plain).send(message(), ["a@example.org"])
        untrusted = smtp.model_copy(update={"ca_file": None})       # a certificate nobody vouches for
        with pytest.raises(DeliveryFailed, match="SSLCertVerificationError"):
            Mailer(untrusted).send(message(), ["a@example.org"])
        monkeypatch.delenv("RELAY_PW")
        with pytest.raises(ConfigError, match="environment variable RELAY_PW is not set"):
            Mailer(smtp).send(message(), ["a@example.org"])
    finally:
        ctl.stop()
