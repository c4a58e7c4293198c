"""IMAP mailboxes as an inbox: every imapclient call lives here.

A message is fetched (BODY.PEEK, so nobody's \\Seen changes) to a spool file and goes through the
pipeline as an .eml. Only once the pipeline says it is filed, in review, a duplicate or quarantined
(all durable in the index) is the message flagged `$MailsortFiled` and, with a done folder, moved
there; nothing is ever deleted before that. A process killed in between leaves the message unflagged
on the server, so the next poll fetches it again and the SHA-256 dedup keeps it from being filed twice.

UIDVALIDITY is kept per folder in the spool (`state.json`); when the server changes it, the UIDs we
knew mean nothing any more: the spool of that folder is dropped and the folder re-scanned.
"""

from __future__ import annotations

import json
import logging
import os
import re
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from ..errors import ConfigError
from ..settings import ImapMailbox
from .remote import SETTLED, InboxUnavailable

log = logging.getLogger(__name__)

DONE_KEYWORD = b"$MailsortFiled"


class MailboxUnavailable(InboxUnavailable):
    """An IMAP server cannot be reached, refuses the login or fails a command; retried next poll."""


@dataclass(frozen=True)
class _Fetched:
    folder: str
    uidvalidity: int
    uid: int


def _slug(folder: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", folder).strip(".") or "_"


class ImapInbox:
    """One configured mailbox (all its folders); `fetch` spools, `settle` flags or moves."""

    def __init__(self, box: ImapMailbox, spool_root: Path):
        self.box = box
        self.root = Path(spool_root)              # the "inbox" of the spool files: station = box.name
        self.dir = self.root / box.name
        self.label = f"imap mailbox {box.name} ({box.user}@{box.host}:{box.port})"
        self._client: IMAPClient | None = None
        self._pending: dict[str, _Fetched] = {}
        self._idling = False
        self.backlog = 0                          # messages waiting on the server at the last poll

    # -- connection ------------------------------------------------------------------------

    def _password(self) -> str:
        password = os.environ.get(self.box.password_env)
        if password is None:
            raise ConfigError(f"{self.label}: environment variable {self.box.password_env} "
                              "(imap password_env) is not set")
        return password

    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        password = self._password()
        try:
            context = ssl.create_default_context(cafile=self.box.ca_file) \
                if self.box.tls or self.box.starttls else None
            client = IMAPClient(self.box.host, port=self.box.port, ssl=self.box.tls,
                                ssl_context=context, timeout=self.box.timeout)
            if self.box.starttls and not self.box.tls:
                client.starttls(context)
            client.login(self.box.user, password)
            if self.box.done_folder and not client.folder_exists(self.box.done_folder):
                client.create_folder(self.box.done_folder)
        except (IMAPClientError, OSError, socket.timeout, ssl.SSLError) as e:
            raise self._fail("connection", e) from e
        self._client = client
        return client

    def _fail(self, what: str, e: Exception) -> MailboxUnavailable:
        self._drop()
        detail = " ".join(str(e).split())[:200] or type(e).__name__
        return MailboxUnavailable(f"{self.label}: {what} failed: {detail}; retried at the next poll")

    def _drop(self) -> None:
        self._idling = False
        client, self._client = self._client, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001  the connection is broken anyway
                pass

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            try:
                if self._idling:
                    client.idle_done()
                client.logout()
            except (IMAPClientError, OSError):
                pass

    # -- fetching --------------------------------------------------------------------------

    def probe(self) -> None:
        """Log in and open every folder (`mailsort doctor`); MailboxUnavailable says what failed."""
        client = self._connected()
        for folder in self.box.folders:
            try:
                client.select_folder(folder, readonly=True)
            except (IMAPClientError, OSError) as e:
                raise self._fail(f"opening folder {folder}", e) from e

    def wait_for_mail(self, seconds: float) -> bool:
        """With `idle`, wait up to `seconds` in IMAP IDLE on the first folder; True when mail came."""
        if not self.box.idle:
            return False
        client = self._connect()
        try:
            if not self._idling:
                client.select_folder(self.box.folders[0])
                client.idle()
                self._idling = True
            news = client.idle_check(timeout=seconds)
        except (IMAPClientError, OSError) as e:
            raise self._fail("IDLE", e) from e
        return any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in news)

    def _connected(self) -> IMAPClient:
        """The connection, out of IDLE (no other command may run during it)."""
        client = self._connect()
        if self._idling:
            self._idling = False
            try:
                client.idle_done()
            except (IMAPClientError, OSError) as e:
                raise self._fail("ending IDLE", e) from e
        return client

    def fetch(self) -> list[tuple[Path, Path]]:
        """Spool the messages not yet settled; (spool file, spool root) for the pipeline."""
        client = self._connected()
        state = self._state()
        out: list[tuple[Path, Path]] = []
        self.backlog = 0
        try:
            for folder in self.box.folders:
                out += self._fetch_folder(client, folder, state)
        except (IMAPClientError, OSError) as e:
            raise self._fail("fetching", e) from e
        finally:
            self._save_state(state)
        return out

    def _fetch_folder(self, client: IMAPClient, folder: str, state: dict) -> list[tuple[Path, Path]]:
        info = client.select_folder(folder)
        uidvalidity = int(info[b"UIDVALIDITY"])
        folder_dir = self.dir / _slug(folder)
        known = state.get(folder)
        if known is not None and known != uidvalidity:
            log.warning("%s: UIDVALIDITY of %s changed (%s -> %s); re-scanning the folder, messages "
                        "filed before count as duplicates", self.label, folder, known, uidvalidity)
        state[folder] = uidvalidity
        uids = sorted(client.search(["NOT", "KEYWORD", DONE_KEYWORD.decode(), "NOT", "DELETED"]))
        self.backlog += len(uids)
        wanted = {f"{uidvalidity}-{uid}.eml": uid for uid in uids[: self.box.batch]}
        folder_dir.mkdir(parents=True, exist_ok=True)
        for stale in folder_dir.glob("*.eml"):    # settled elsewhere, or an old UIDVALIDITY
            if stale.name not in wanted:
                stale.unlink(missing_ok=True)
        missing = [uid for name, uid in wanted.items() if not (folder_dir / name).exists()]
        for uid in missing:                       # one at a time: one message in memory, not a batch
            body = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]")
            if body is None:
                continue                          # expunged meanwhile
            _write_atomically(folder_dir / f"{uidvalidity}-{uid}.eml", body)
        out = []
        for name, uid in wanted.items():
            path = folder_dir / name
            if path.exists():
                self._pending[str(path)] = _Fetched(folder, uidvalidity, uid)
                out.append((path, self.root))
        return out

    # -- settling --------------------------------------------------------------------------

    def settle(self, path: Path, decision: str | None) -> bool:
        """Flag (and move) the message once its item is durable; True if it was settled."""
        fetched = self._pending.pop(str(path), None)
        if fetched is None or decision not in SETTLED:
            return False
        client = self._connected()
        try:
            info = client.select_folder(fetched.folder)
            if int(info[b"UIDVALIDITY"]) != fetched.uidvalidity:
                return False                      # the next poll re-scans; dedup keeps it single
            client.add_flags([fetched.uid], [DONE_KEYWORD])
            if self.box.done_folder and self.box.done_folder != fetched.folder:
                self._move(client, fetched.uid)
        except (IMAPClientError, OSError) as e:
            raise self._fail(f"marking message {fetched.uid} in {fetched.folder} as done", e) from e
        Path(path).unlink(missing_ok=True)
        return True

    def _move(self, client: IMAPClient, uid: int) -> None:
        if client.has_capability("MOVE"):
            client.move([uid], self.box.done_folder)
        else:
            client.copy([uid], self.box.done_folder)
            if client.has_capability("UIDPLUS"):   # expunge only this message, never others'
                client.delete_messages([uid])
                client.uid_expunge([uid])

    # -- state -----------------------------------------------------------------------------

    def _state(self) -> dict:
        try:
            return json.loads((self.dir / "state.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save_state(self, state: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.dir / "state.json", json.dumps(state).encode())


def _write_atomically(path: Path, data: bytes) -> None:
    # A spool file is complete or absent: a kill mid-write leaves only the .part (ignored as input).
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
