"""`create_app(settings)`: the FastAPI review station (login, queue, item pages, archive, dashboard)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..settings import Settings
from .auth import SESSION_COOKIE, SESSION_MAX_AGE, get_account, new_session, secret_key
from .deps import HERE, LoginRequired, Web, web
from .routes_archive import router as archive_router
from .routes_auth import router as auth_router
from .routes_ops import router as ops_router
from .routes_review import router as review_router
from .security import HEADERS
from .station import Station

def create_app(settings: Settings, *, station: Station | None = None) -> FastAPI:
    app = FastAPI(title="mailsort review station", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.web = Web(settings, station or Station(settings), secret_key(settings.db_url, settings.data_dir))
    app.state.web.station.images.prune()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def session_and_headers(request: Request, call_next):
        w: Web = request.app.state.web
        data = w.codec.loads(request.cookies.get(SESSION_COOKIE))
        fresh = data is None or "c" not in data
        session = new_session() if fresh else data
        request.state.session = session
        request.state.account = None
        if session.get("u"):
            acc = get_account(w.settings.db_url, session["u"])
            if acc is not None and acc.session_version == session.get("v"):
                request.state.account = acc
            else:                                 # removed user or changed password: start over
                session = request.state.session = new_session()
                fresh = True
        request.state.session_dirty = fresh
        response = await call_next(request)
        if request.state.session_dirty:
            response.set_cookie(SESSION_COOKIE, w.codec.dumps(request.state.session), max_age=SESSION_MAX_AGE,
                                httponly=True, samesite="strict", secure=request.url.scheme == "https",
                                path="/")
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(LoginRequired)
    async def _login_first(request: Request, _exc: LoginRequired):
        if request.url.path.startswith("/api/") or request.method != "GET":
            return JSONResponse({"error": "login required"}, status_code=401)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)
        message = {404: "Not found.", 405: "Not allowed."}.get(exc.status_code, str(exc.detail))
        return web(request).render(request, "error.html", status=exc.status_code, message=message)

    app.include_router(ops_router)
    app.include_router(auth_router)
    app.include_router(review_router)
    app.include_router(archive_router)
    return app
