"""Archive browser, downloads, dashboard and the admin pages."""

from __future__ import annotations

import re
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from ..errors import StorageError
from ..learning import aliases as learned
from ..learning.labels import all_labels
from ..model import CATEGORIES
from . import csrf
from .deps import account, admin, visible_item, web
from .auth import Account, list_users
from .stats import dashboard

router = APIRouter()
STATES = ("filed", "review", "returned", "quarantined")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.get("/archive")
def archive_page(request: Request, q: str = "", client: str = "", category: str = "", state: str = "",
                       since: str = "", until: str = "", acc: Account = Depends(account)):
    st = web(request).station
    client = client if st.directory.get(client) else ""
    if client and not acc.may_see_client(client):
        raise HTTPException(status_code=404)
    d_from, d_to = _day(since), _day(until)
    if q.strip():
        rows = st.search_rows(q, client or None)
    else:
        rows = st.index.list(decision=state if state in STATES else None, client_id=client or None, limit=500)
    out = []
    for r in rows:
        day = r.letter_date or (r.received_at.date() if r.received_at else None)
        if (category and r.category != category) or (state and r.decision != state) \
                or (d_from and (day is None or day < d_from)) or (d_to and (day is None or day > d_to)):
            continue
        if st.visible(r, acc):
            out.append(r)
    clients = [c for c in st.directory.clients if acc.may_see_client(c.id)]
    return web(request).render(request, "archive.html", rows=out[:200], q=q, client=client, category=category,
                               state=state, since=since, until=until, clients=clients, categories=CATEGORIES,
                               states=STATES, client_name=st.client_name)


def _download(request: Request, item_id: str, acc: Account, which: str) -> Response:
    row = visible_item(request, item_id, acc)
    key = row.archived_as if which == "pdf" else row.original_key
    if row.decision == "quarantined" or not key:
        raise HTTPException(status_code=404)       # quarantine paths are local files, not store keys
    try:
        data = web(request).station.store.get_bytes(key)
    except StorageError as e:                      # a key that leaves the archive, or a lost file
        raise HTTPException(status_code=404, detail=str(e)) from e
    name = _SAFE_NAME.sub("_", key.rsplit("/", 1)[-1])[:120] or "item"
    if which == "pdf" and key.lower().endswith(".pdf"):
        return Response(data, media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="{name}"'})
    # Originals (mails with HTML parts) only ever download, never render in our origin.
    return Response(data, media_type="application/octet-stream",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/items/{item_id}/pdf")
def item_pdf(request: Request, item_id: str, acc: Account = Depends(account)):
    return _download(request, item_id, acc, "pdf")


@router.get("/items/{item_id}/original")
def item_original(request: Request, item_id: str, acc: Account = Depends(account)):
    return _download(request, item_id, acc, "original")


@router.get("/dashboard")
def dashboard_page(request: Request, acc: Account = Depends(account)):
    w = web(request)
    return w.render(request, "dashboard.html", d=dashboard(w.station.index, w.settings.db_url))


@router.get("/admin")
def admin_page(request: Request, acc: Account = Depends(admin)):
    w = web(request)
    return w.render(request, "admin.html", aliases=learned.list_aliases(w.settings.db_url),
                    users=list_users(w.settings.db_url), labels=all_labels(w.settings.db_url, 100),
                    client_name=w.station.client_name)


@router.post("/admin/aliases/{alias_id}")
async def toggle_alias(request: Request, alias_id: int, acc: Account = Depends(admin)):
    form = await request.form()
    csrf.check(request, form)
    await run_in_threadpool(learned.set_active, web(request).settings.db_url, alias_id, form.get("active") == "1")
    return RedirectResponse("/admin", status_code=303)
