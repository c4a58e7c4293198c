"""Accounts, sessions and the failed-login lockout over real HTTP requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from mailsort.web import auth
from mailsort.web.errors import UserError
from mailsort.web.tables import LoginFailure, sessions

from .conftest import PASSWORD, csrf_of, log_in


def test_every_page_needs_a_login(client, site):
    item_id = site.review_ids()[0]
    for path in ("/", "/archive", "/dashboard", "/admin", f"/items/{item_id}", f"/items/{item_id}/pdf",
                 f"/items/{item_id}/pages/1.png"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login", path
    assert client.get("/api/clients?q=bau").status_code == 401
    assert client.post(f"/items/{item_id}/decide", data={"action": "return"}).status_code == 401


def test_login_sets_a_strict_httponly_cookie_and_logout_ends_it(client):
    r = log_in(client)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie                     # plain http in this test
    assert client.get("/").status_code == 200
    token = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_cookie_is_secure_over_https(app):
    with TestClient(app, base_url="https://review.example") as c:
        token = csrf_of(c.get("/login").text)
        r = c.post("/login", data={"username": "anna", "password": PASSWORD, "csrf": token},
                   follow_redirects=False)
    assert r.status_code == 303
    assert "Secure" in r.headers["set-cookie"]


def test_wrong_password_and_unknown_user_look_alike(client):
    assert log_in(client, "anna", "wrong password!").status_code == 401
    r = log_in(client, "nobody", "wrong password!")
    assert r.status_code == 401 and "Wrong user name or password" in r.text
    assert client.get("/", follow_redirects=False).status_code == 303


def test_failed_logins_lock_the_user_from_that_address_with_backoff(client, site):
    for _ in range(auth.FREE_FAILURES):
        assert log_in(client, "ben", "not the password").status_code == 401
    r = log_in(client, "ben", PASSWORD)                # even the right password waits now
    assert r.status_code == 429 and "Too many failed logins" in r.text
    assert log_in(client, "anna").status_code == 303   # other users are not locked out
    # once the lock has passed, the next failure locks for twice as long
    with sessions(site.db_url).begin() as s:
        row = s.get(LoginFailure, "ben|testclient")
        assert row.failures == auth.FREE_FAILURES
        row.locked_until = datetime.now(UTC) - timedelta(seconds=1)
    assert auth.login(site.db_url, "ben", "still wrong", "testclient").account is None
    res = auth.login(site.db_url, "ben", PASSWORD, "testclient")
    assert res.account is None and 55 <= res.locked_for <= 61
    # a different address is not locked; a success clears the count
    assert auth.login(site.db_url, "ben", PASSWORD, "10.0.0.9").account is not None


def test_many_user_names_from_one_address_lock_that_address(site):
    for i in range(auth.FREE_ADDRESS_FAILURES):
        assert auth.login(site.db_url, f"guess{i}", "wrong password", "10.9.8.7").locked_for == 0
    assert auth.login(site.db_url, "anna", PASSWORD, "10.9.8.7").locked_for > 0
    assert auth.login(site.db_url, "anna", PASSWORD, "10.9.8.8").account is not None


def test_failures_are_forgotten_after_a_quiet_hour(site):
    for _ in range(auth.FREE_FAILURES - 1):
        auth.login(site.db_url, "ben", "wrong password", "10.1.1.1")
    with sessions(site.db_url).begin() as s:
        s.get(LoginFailure, "ben|10.1.1.1").last_at = datetime.now(UTC) - timedelta(hours=2)
    auth.login(site.db_url, "ben", "wrong password", "10.1.1.1")      # would be the 5th: counts as the 1st
    assert auth.login(site.db_url, "ben", PASSWORD, "10.1.1.1").account is not None


def test_password_change_and_removal_end_open_sessions(client, site):
    assert log_in(client, "ben").status_code == 303
    assert client.get("/").status_code == 200
    auth.set_password(site.db_url, "ben", "another long password")
    assert client.get("/", follow_redirects=False).status_code == 303
    assert log_in(client, "ben", "another long password").status_code == 303
    auth.remove_user(site.db_url, "ben")
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_tampered_cookie_is_no_session(client):
    assert log_in(client).status_code == 303
    value = client.cookies.get(auth.SESSION_COOKIE)
    client.cookies.set(auth.SESSION_COOKIE, value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB"))
    assert client.get("/", follow_redirects=False).status_code == 303


def test_user_commands_validate(site):
    from mailsort.web.commands import users_add, users_list, users_passwd, users_remove

    with pytest.raises(UserError, match="too short"):
        users_add(site.settings, "dora", "short")
    with pytest.raises(UserError, match="role"):
        users_add(site.settings, "dora", PASSWORD, role="root")
    with pytest.raises(UserError, match="exists already"):
        users_add(site.settings, "anna", PASSWORD)
    with pytest.raises(UserError, match="unknown client id 'no-such-client'"):
        users_add(site.settings, "dora", PASSWORD, clients=["schmidt-it", "no-such-client"])
    users_add(site.settings, "dora", PASSWORD, clients=["schmidt-it"])
    assert "dora\tva\tschmidt-it" in users_list(site.settings)
    stored = [u for u in auth.list_users(site.db_url) if u.name == "dora"]
    assert stored and auth.login(site.db_url, "dora", PASSWORD, "1.2.3.4").account.clients == ("schmidt-it",)
    users_passwd(site.settings, "dora", "a new long password")
    users_remove(site.settings, "dora")
    with pytest.raises(UserError, match="no user"):
        users_remove(site.settings, "dora")


def test_passwords_are_stored_as_argon2_hashes(site):
    from sqlalchemy import select

    from mailsort.web.tables import User

    with sessions(site.db_url)() as s:
        h = s.scalar(select(User.password_hash).where(User.name == "anna"))
    assert h.startswith("$argon2id$") and PASSWORD not in h


def test_the_session_key_is_shared_through_the_database_not_a_file(site, monkeypatch, tmp_path):
    for var in ("MAILSORT_SECRET_KEY", "MAILSORT_WEB_SECRET"):
        monkeypatch.delenv(var, raising=False)
    node_a, node_b = tmp_path / "node-a", tmp_path / "node-b"
    key = auth.secret_key(site.db_url, node_a)
    assert len(key) > 40
    assert auth.secret_key(site.db_url, node_b) == key         # a second machine, same database
    assert not node_a.exists() and not node_b.exists()         # nothing on either machine's disk
    monkeypatch.setenv("MAILSORT_WEB_SECRET", "from-the-environment")
    assert auth.secret_key(site.db_url, node_a) == "from-the-environment"


def test_an_older_key_file_becomes_the_database_key(monkeypatch, tmp_path):
    for var in ("MAILSORT_SECRET_KEY", "MAILSORT_WEB_SECRET"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "web-secret.key").write_text("key-of-an-older-version-" + "x" * 30)
    db_url = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert auth.secret_key(db_url, tmp_path) == "key-of-an-older-version-" + "x" * 30
    (tmp_path / "web-secret.key").unlink()
    assert auth.secret_key(db_url, tmp_path) == "key-of-an-older-version-" + "x" * 30
