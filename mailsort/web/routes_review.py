"""The review queue, the item page and the decisions made there."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse

from ..archive.records import ItemRow
from ..errors import StorageError
from ..model import CATEGORIES
from . import claims, csrf
from .deps import account, visible_item, web
from .auth import Account
from .errors import ClaimHeld, WebError
from .fieldsform import from_form, to_form
from .timefmt import hhmm

router = APIRouter()
QUEUE_PAGE = 200                          # rows shown; j/k and "next" walk on through the rest


def _neighbours(request: Request, item_id: str, acc: Account) -> tuple[str | None, str | None]:
    ids = [e.row.item_id for e in web(request).station.review_entries(acc)]
    if item_id not in ids:
        return None, ids[0] if ids else None
    i = ids.index(item_id)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


@router.get("/")
def queue_page(request: Request, acc: Account = Depends(account)):
    w = web(request)
    entries = w.station.review_entries(acc)
    held = {e.row.item_id: claims.current(w.settings.db_url, e.row.item_id) for e in entries[:QUEUE_PAGE]}
    views = []
    for e in entries[:QUEUE_PAGE]:
        meta = w.station.metadata(e.row)
        best = (meta.get("candidates") or [{}])[0]
        views.append({"entry": e, "claim": held[e.row.item_id],
                      "suggested": w.station.client_name(best.get("client_id")),
                      "score": best.get("score")})
    confirm = [{"row": r, "client": w.station.client_name(r.client_id)}
               for r in w.station.confirm_entries(acc)[:QUEUE_PAGE]]
    return w.render(request, "queue.html", items=views, total=len(entries), shown=len(views),
                    urgent=sum(1 for e in entries if e.urgent), confirm=confirm, categories=CATEGORIES)


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: str, acc: Account = Depends(account)):
    w = web(request)
    row = visible_item(request, item_id, acc)
    claim = claims.claim(w.settings.db_url, item_id, acc.name) if row.decision == "review" else None
    return _render_item(request, row, acc, claim)


def _render_item(request: Request, row: ItemRow, acc: Account, claim, error: str | None = None,
                 form: dict | None = None, status: int = 200):
    w = web(request)
    view = w.station.view(row)
    prev_id, next_id = _neighbours(request, row.item_id, acc)
    values = to_form(row.fields) | (form or {})
    return w.render(request, "item.html", status=status, v=view, row=row, claim=claim, error=error,
                    fields=values, categories=CATEGORIES, prev_id=prev_id, next_id=next_id,
                    client_name=w.station.client_name, editable=row.decision in ("review", "filed"),
                    version=_version(row))


def _version(row: ItemRow) -> str:
    return row.updated_at.isoformat() if row.updated_at else ""


@router.post("/items/{item_id}/claim")
async def take_over(request: Request, item_id: str, acc: Account = Depends(account)):
    form = await request.form()
    csrf.check(request, form)
    return await run_in_threadpool(_take_over, request, item_id, acc)


def _take_over(request: Request, item_id: str, acc: Account):
    w = web(request)
    row = visible_item(request, item_id, acc)
    before = claims.current(w.settings.db_url, item_id)
    claims.claim(w.settings.db_url, item_id, acc.name, take_over=True)
    if before is not None and before.holder != acc.name:
        w.station.index.add_event(item_id, "claim-taken-over", {"from": before.holder}, actor=acc.name)
    return RedirectResponse(f"/items/{row.item_id}", status_code=303)


@router.post("/api/items/{item_id}/claim")
def renew_claim(request: Request, item_id: str, acc: Account = Depends(account)):
    """Keep my claim alive while the page is open (fetch with X-CSRF-Token); never takes one over."""
    csrf.check(request)
    row = visible_item(request, item_id, acc)
    if row.decision != "review":
        return JSONResponse({"mine": False, "holder": None, "until": None, "decision": row.decision})
    state = claims.claim(web(request).settings.db_url, item_id, acc.name)
    return JSONResponse({"mine": state.mine, "holder": state.holder, "until": hhmm(state.until),
                         "decision": row.decision})


@router.post("/items/{item_id}/decide")
async def decide(request: Request, item_id: str, acc: Account = Depends(account)):
    form = await request.form()
    csrf.check(request, form)
    return await run_in_threadpool(_decide, request, item_id, acc, form)


def _decide(request: Request, item_id: str, acc: Account, form):
    w = web(request)
    row = visible_item(request, item_id, acc)
    action = form.get("action")
    if form.get("version") and form.get("version") != _version(row):
        # Someone decided (or re-filed) this item after the page was opened: never overwrite blindly.
        return _render_item(request, row, acc, claims.current(w.settings.db_url, item_id), status=409,
                            error=f"This item changed since you opened it (now {row.decision}); check it again.")
    try:
        if action == "file":
            fields = from_form(form, row.fields)
            w.station.file(row, acc, str(form.get("client_id") or ""), str(form.get("category") or ""),
                           fields, str(form.get("address_name") or ""))
        elif action == "return":
            w.station.return_to_sender(row, acc, str(form.get("note") or ""))
        else:
            raise HTTPException(status_code=400, detail="unknown action")
    except ClaimHeld as e:
        return _render_item(request, row, acc, claims.current(w.settings.db_url, item_id), error=str(e),
                            status=409)
    except WebError as e:
        return _render_item(request, row, acc, claims.current(w.settings.db_url, item_id), error=str(e),
                            form={k: str(form.get(k) or "") for k in ("sender", "subject", "date", "deadlines",
                                                                    "amounts", "ibans", "references")},
                            status=400)
    _prev, nxt = _neighbours(request, item_id, acc)
    return RedirectResponse(f"/items/{nxt}" if nxt else "/", status_code=303)


@router.post("/items/{item_id}/confirm-category")
async def confirm_category(request: Request, item_id: str, acc: Account = Depends(account)):
    """The quick-confirm list: a filed item's category as the model said it, or changed."""
    form = await request.form()
    csrf.check(request, form)
    return await run_in_threadpool(_confirm_category, request, item_id, acc, str(form.get("category") or ""))


def _confirm_category(request: Request, item_id: str, acc: Account, category: str):
    w = web(request)
    row = visible_item(request, item_id, acc)
    try:
        w.station.confirm_category(row, acc, category)
    except (ClaimHeld, WebError) as e:
        raise HTTPException(status_code=409 if isinstance(e, ClaimHeld) else 400, detail=str(e)) from e
    return RedirectResponse("/#to-confirm", status_code=303)


@router.get("/items/{item_id}/pages/{number}.png")
def page_image(request: Request, item_id: str, number: int, acc: Account = Depends(account)):
    row = visible_item(request, item_id, acc)
    try:
        png = web(request).station.images.png(row, number)
    except (WebError, StorageError) as e:
        raise HTTPException(status_code=404, detail=str(e)) from e
    if png is None:
        raise HTTPException(status_code=404)
    return FileResponse(png, media_type="image/png")


@router.get("/api/clients")
def client_search(request: Request, q: str = "", acc: Account = Depends(account)):
    return JSONResponse(web(request).station.search_clients(q[:100], acc))
