"""`/healthz` and `/metrics` of the review station: no login (a load balancer and Prometheus ask),
and nothing in them names a client or an item."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ..ops import health
from ..ops.metrics import CONTENT_TYPE, registry_for, render
from .deps import web

router = APIRouter()


@router.get("/healthz")
async def healthz(request: Request) -> JSONResponse:
    w = web(request)
    ok, body = await asyncio.to_thread(health.check, w.settings, w.station.store)
    return JSONResponse(body, status_code=200 if ok else 503)


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    w = web(request)
    registry = getattr(w, "metrics_registry", None)
    if registry is None:
        registry = w.metrics_registry = registry_for(w.settings.db_url)
    return Response(await asyncio.to_thread(render, registry), media_type=CONTENT_TYPE)
