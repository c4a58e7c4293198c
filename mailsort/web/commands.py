"""Entry points for `mailsort serve` and `mailsort users ...` (wired in cli.py)."""

from __future__ import annotations

from ..settings import Settings
from . import auth
from .errors import UserError


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8080) -> None:
    """Start the review station web app on HOST:PORT (behind an https proxy in production)."""
    import uvicorn

    from .app import create_app

    app = create_app(settings)
    # proxy_headers: behind a TLS proxy on this host the request scheme is https, so cookies get Secure.
    uvicorn.run(app, host=host, port=port, proxy_headers=True, forwarded_allow_ips="127.0.0.1",
                log_level="info")


def users_add(settings: Settings, name: str, password: str, role: str = "va",
              clients: list[str] | None = None) -> None:
    """Create an account (role va or admin); CLIENTS limits a VA to those clients' filed mail."""
    if clients:
        from ..routing.directory import load_directory

        unknown = sorted(set(clients) - set(load_directory(settings.clients_file).by_id))
        if unknown:
            raise UserError(f"unknown client id {unknown[0]!r} (see {settings.clients_file})")
    auth.add_user(settings.db_url, name, password, role, clients)


def users_remove(settings: Settings, name: str) -> None:
    """Delete an account; its open sessions stop working at once."""
    auth.remove_user(settings.db_url, name)


def users_passwd(settings: Settings, name: str, password: str) -> None:
    """Set a new password; every open session of that user ends."""
    auth.set_password(settings.db_url, name, password)


def accounts(settings: Settings) -> list[dict]:
    """Every account as name, role and client limits (an empty list: every client)."""
    return [{"name": a.name, "role": a.role, "clients": list(a.clients)} for a in auth.list_users(settings.db_url)]


def users_list(settings: Settings) -> list[str]:
    """One line per account: name, role and client limits."""
    return [f"{a['name']}\t{a['role']}\t{','.join(a['clients']) or 'all clients'}" for a in accounts(settings)]
