"""CSRF: a per-session token in every form (field `csrf`) and every fetch (header X-CSRF-Token)."""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

FIELD = "csrf"
HEADER = "x-csrf-token"


def token(request: Request) -> str:
    return request.state.session["c"]


def _same_origin(request: Request) -> bool:
    # Browsers send Origin on POST; a foreign one is refused even with a token. "null" (privacy
    # modes, sandboxed frames) proves nothing either way, so the token alone decides then.
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return True
    return urlsplit(origin).netloc == request.headers.get("host", request.url.netloc)


def check(request: Request, form=None) -> None:
    """Raise 403 unless the request carries this session's token from this site."""
    sent = request.headers.get(HEADER) or (form.get(FIELD) if form is not None else None)
    expected = request.state.session.get("c", "")
    if not isinstance(sent, str) or not sent or not expected or not secrets.compare_digest(sent, expected):
        raise HTTPException(status_code=403, detail="The form has expired or did not come from this site. "
                                                    "Reload the page and try again.")
    if not _same_origin(request):
        raise HTTPException(status_code=403, detail="Request from another site refused.")
