"""What the routes depend on: the app state (`Web`) and the login, admin and item dependencies.

Routers import this module, never `app.py`: the app factory hands its state to them through
`app.state.web` (as datasette hands the app to its views), so no import runs back up to the app.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from ..archive.records import ItemRow
from ..settings import Settings
from . import csrf
from .auth import Account, SessionCodec
from .station import Station
from .timefmt import hhmm, local

HERE = Path(__file__).resolve().parent


class LoginRequired(Exception):
    pass


def make_templates() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["local"] = local
    env.filters["hhmm"] = hhmm
    env.filters["pct"] = lambda v: "" if v is None else f"{100 * float(v):.0f} %"
    return env


class Web:
    """What every route needs, kept on app.state.web."""

    def __init__(self, settings: Settings, station: Station, key: str):
        self.settings = settings
        self.station = station
        self.codec = SessionCodec(key)
        self.templates = make_templates()

    def render(self, request: Request, name: str, status: int = 200, **ctx) -> HTMLResponse:
        ctx |= {"request": request, "csrf_token": csrf.token(request),
                "user": getattr(request.state, "account", None), "now": datetime.now(UTC)}
        return HTMLResponse(self.templates.get_template(name).render(**ctx), status_code=status)


def web(request: Request) -> Web:
    return request.app.state.web


def account(request: Request) -> Account:
    """The logged-in person; every page but /login depends on this."""
    acc = getattr(request.state, "account", None)
    if acc is None:
        raise LoginRequired()
    return acc


def admin(request: Request) -> Account:
    acc = account(request)
    if not acc.is_admin:
        raise HTTPException(status_code=404)      # admins' pages do not exist for others
    return acc


def visible_item(request: Request, item_id: str, acc: Account) -> ItemRow:
    """The item if this account may see it; a 404 otherwise (as if it did not exist)."""
    row = web(request).station.get(item_id, acc)
    if row is None:
        raise HTTPException(status_code=404)
    return row
