"""`serve` really serves: a subprocess on a free port answers with the login page and strict headers."""

from __future__ import annotations

import subprocess
import sys
import time

import httpx

from .conftest import _free_port


def test_serve_starts_the_review_station(site):
    port = _free_port()
    code = ("import sys; from mailsort.settings import load_settings; from mailsort.web.commands import serve; "
            f"serve(load_settings(sys.argv[1], data_dir=sys.argv[2]), '127.0.0.1', {port})")
    proc = subprocess.Popen([sys.executable, "-c", code, str(site.settings.config_dir), str(site.settings.data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline, r = time.monotonic() + 30, None
        while time.monotonic() < deadline:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", follow_redirects=True, timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert r is not None, proc.communicate(timeout=1)[0] if proc.poll() is not None else "no answer"
        assert r.status_code == 200 and 'action="/login"' in r.text
        assert r.headers["content-security-policy"].startswith("default-src 'self'")
        # behind a TLS proxy on the same host the cookie gets the Secure flag
        r = httpx.get(f"http://127.0.0.1:{port}/login", headers={"X-Forwarded-Proto": "https"}, timeout=5)
        assert "Secure" in r.headers["set-cookie"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
