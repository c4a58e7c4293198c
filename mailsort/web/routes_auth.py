"""Login and logout."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse

from . import csrf
from .auth import login, new_session
from .deps import web

router = APIRouter()


@router.get("/login")
def login_page(request: Request):
    if request.state.account is not None:
        return RedirectResponse("/", status_code=303)
    return web(request).render(request, "login.html", error=None)


@router.post("/login")
async def login_submit(request: Request):
    form = await request.form()
    csrf.check(request, form)
    w = web(request)
    name = str(form.get("username") or "").strip()
    # argon2 takes a noticeable moment on purpose: keep it off the event loop.
    result = await run_in_threadpool(login, w.settings.db_url, name, str(form.get("password") or ""),
                                     request.client.host if request.client else "?")
    if result.account is None:
        if result.locked_for:
            return w.render(request, "login.html", status=429, username=name,
                            error=f"Too many failed logins. Try again in {result.locked_for} seconds.")
        return w.render(request, "login.html", status=401, username=name, error="Wrong user name or password.")
    # A new session (and CSRF token) at login: a token seen before login is worth nothing after.
    request.state.session = new_session(result.account.name, result.account.session_version)
    request.state.session_dirty = True
    return RedirectResponse("/", status_code=303)


@router.post("/logout")
async def logout(request: Request):
    form = await request.form()
    csrf.check(request, form)
    request.state.session = new_session()
    request.state.session_dirty = True
    return RedirectResponse("/login", status_code=303)
