"""A real IMAP server for the intake tests: Debian's dovecot, started per test on a free loopback
port with a throwaway configuration (plain auth, one passwd-file user, maildir in a temp folder)."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
instance_name = mailsort-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
"""


@dataclass
class Dovecot:
    host: str
    port: int                  # plain IMAP (STARTTLS offered)
    user: str
    password: str
    root: Path
    tls_port: int = 0          # implicit TLS, a self-signed certificate for 127.0.0.1
    ca_file: Path | None = None

    def client(self) -> IMAPClient:
        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        return c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dovecot():
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not os.path.exists(binary):
        pytest.fail("dovecot is not installed (scripts/test.sh installs dovecot-imapd)")
    # Not below pytest's tmp_path: dovecot's own users must be able to reach the mail folder.
    root = Path(tempfile.mkdtemp(prefix="mailsort-dovecot-"))
    root.chmod(0o755)
    (root / "mail").mkdir()
    dv = pwd.getpwnam("dovecot")
    os.chown(root / "mail", dv.pw_uid, dv.pw_gid)
    port, tls_port = _free_port(), _free_port()
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem")],
                   check=True, capture_output=True)
    (root / "passwd").write_text("mailroom:{PLAIN}mailroom-secret-1::::::\n")
    (root / "dovecot.conf").write_text(CONFIG.format(root=root, port=port, tls_port=tls_port))
    proc = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Dovecot("127.0.0.1", port, "mailroom", "mailroom-secret-1", root, tls_port,
                     root / "cert.pem")
    deadline = time.monotonic() + 15
    while True:
        try:
            server.client().logout()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                pytest.fail(f"dovecot did not start: {proc.stderr.read().decode()} {log}")
            time.sleep(0.1)
    yield server
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    shutil.rmtree(root, ignore_errors=True)
