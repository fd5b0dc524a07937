"""Running the web app: :func:`serve` under uvicorn, :func:`get` for one request in-process."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from detente.settings import Settings
from detente.store.db import Database
from detente.web.app import create_app

log = logging.getLogger(__name__)

LOCAL_BASE = "http://127.0.0.1:8000"


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    app = create_app(settings)
    log.info("serving on http://%s:%d/", host, port)
    uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False, log_level="info")


def get(settings: Settings, path: str) -> tuple[int, str, bytes]:
    """Run one GET request for ``path`` (with its query string) in-process: (status, content type, body).

    Works from a thread that already runs an event loop (a notebook, an async test): the request then
    runs on its own loop in a worker thread, since a running loop cannot be re-entered."""
    if not path.startswith("/"):
        path = "/" + path
    db = Database.open(settings)
    try:
        app = create_app(settings, db=db)
        return _run(_request(app, path))
    finally:
        db.close()


def _run(request: Coroutine[Any, Any, tuple[int, str, bytes]]) -> tuple[int, str, bytes]:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop runs in this thread: the usual case
        return asyncio.run(request)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-get") as pool:
        return pool.submit(asyncio.run, request).result()


async def _request(app: object, path: str) -> tuple[int, str, bytes]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url=LOCAL_BASE) as client:
        response = await client.get(path)
    return response.status_code, response.headers.get("content-type", ""), response.content
