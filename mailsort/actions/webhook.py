"""The one place HTTP POSTs go out: JSON bodies signed with HMAC-SHA256.

Header `X-Mailsort-Signature: sha256=<hex>` over the exact body bytes; `X-Mailsort-Delivery` carries a
stable id per item and action, so a receiver can drop a repeat after an unlucky crash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx

from .errors import DeliveryFailed

DELIVERY_HEADER = "X-Mailsort-Delivery"


def body_bytes(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str | None) -> bool:
    """For receivers (and tests): constant-time check of the signature header."""
    return bool(signature) and hmac.compare_digest(sign(secret, body), signature or "")


def post(url: str, payload: dict[str, Any], *, secret: str | None, delivery_id: str,
         header: str = "X-Mailsort-Signature", timeout: float = 10) -> str:
    """POST once; raise DeliveryFailed (permanent for 4xx other than 408/429)."""
    body = body_bytes(payload)
    headers = {"Content-Type": "application/json", DELIVERY_HEADER: delivery_id, "User-Agent": "mailsort"}
    if secret:
        headers[header] = sign(secret, body)
    try:
        resp = httpx.post(url, content=body, headers=headers, timeout=timeout)
    except httpx.HTTPError as e:
        raise DeliveryFailed(f"webhook {url} failed: {type(e).__name__}: {e}") from e
    if resp.is_success:
        return f"webhook {url} answered {resp.status_code}"
    permanent = 400 <= resp.status_code < 500 and resp.status_code not in (408, 429)
    raise DeliveryFailed(f"webhook {url} answered {resp.status_code}", permanent=permanent)
