"""The small HTTP endpoint of a long-running `watch`/`imap` process: /metrics and /healthz."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..errors import ConfigError
from ..settings import Settings
from . import health
from .metrics import CONTENT_TYPE, Backlog, registry_for, render

log = logging.getLogger(__name__)


def serve_metrics(settings: Settings, port: int, backlog: Backlog, host: str = "0.0.0.0"
                  ) -> ThreadingHTTPServer:
    """Start serving in a daemon thread; `.shutdown()` stops it."""
    registry = registry_for(settings.db_url, backlog)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's name)
            if self.path == "/metrics":
                self._send(200, CONTENT_TYPE, render(registry))
            elif self.path == "/healthz":
                ok, body = health.check(settings)
                self._send(200 if ok else 503, "application/json", json.dumps(body).encode())
            else:
                self._send(404, "text/plain", b"not found\n")

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:    # scrapes every 15 s would flood the log
            pass

    try:
        server = ThreadingHTTPServer((host, port), Handler)
    except OSError as e:
        raise ConfigError(f"--metrics-port {port}: cannot listen ({e.strerror})") from e
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="mailsort-metrics", daemon=True).start()
    log.info("metrics and health on http://%s:%d/metrics and /healthz", host, server.server_port)
    return server
