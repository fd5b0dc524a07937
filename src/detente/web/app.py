"""The web application factory: routes, templates, security headers and the error pages.

Every page answers at its path as HTML and at the same path plus ``.json`` as JSON (one route regex
per page, datasette style). Every ``.json`` error has one shape::

    {"ok": false, "error": {"status": 404, "reason": "not_found", "message": "..."}}

Nothing here is global: :func:`create_app` builds the app from the Settings and keeps the settings, the
database and the template environment on ``app.state``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Match, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente import __version__
from detente.errors import DetenteError
from detente.settings import Settings
from detente.store.db import Database
from detente.web import render, views
from detente.web.eventrows import TimelineCache
from detente.web.feed import topic_feed

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)
_PARAM = re.compile(r"\{(\w+)\}")
_REASONS = {404: "not_found", 405: "method_not_allowed", 400: "bad_request", 500: "internal_error"}
_HIDDEN_500 = "The server could not answer this request. The error has been logged."

ErrorRenderer = Callable[[str, int, str, str], Response]


class PageRoute(Route):
    """A GET route for ``pattern`` and for ``pattern + ".json"``; the endpoint reads ``format``.

    ``{name}`` in the pattern matches one path segment (no ``/``); the optional ``.json`` suffix is
    taken off before the segment is captured, so ``/topics/a.json`` is topic ``a`` as JSON.
    """

    def __init__(self, pattern: str, endpoint: Callable[[Request], Any], *, name: str) -> None:
        super().__init__(pattern, endpoint, methods=["GET"], name=name)
        body = "".join(
            f"(?P<{part}>[^/]+?)" if i % 2 else re.escape(part)
            for i, part in enumerate(_PARAM.split(pattern))
        )
        if body == "/":
            self.page_regex = re.compile(r"^/(?:\.(?P<format>json))?$")
        else:
            self.page_regex = re.compile(f"^{body}(?:\\.(?P<format>json))?$")

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        path = scope["path"]
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        found = self.page_regex.match(path)
        if found is None:
            return Match.NONE, {}
        params = dict(scope.get("path_params", {}))
        params.update(found.groupdict())
        child: Scope = {"endpoint": self.endpoint, "path_params": params}
        if self.methods and scope["method"] not in self.methods:
            return Match.PARTIAL, child
        return Match.FULL, child


class SecurityMiddleware:
    """Adds the security headers to every response and turns any uncaught error into the 500 page."""

    def __init__(self, app: ASGIApp, *, on_error: ErrorRenderer) -> None:
        self.app = app
        self.on_error = on_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers[name] = value
            await send(message)

        try:
            await self.app(scope, receive, send_secured)
        except Exception:
            log.exception("error answering %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = self.on_error(scope.get("path", "/"), 500, _REASONS[500], _HIDDEN_500)
            await response(scope, receive, send_secured)


def wants_json(path: str) -> bool:
    return path.endswith(".json")


def error_body(status: int, reason: str, message: str) -> dict[str, Any]:
    """The one JSON error shape of every ``.json`` route."""
    return {"ok": False, "error": {"status": status, "reason": reason, "message": message}}


def make_templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["human_date"] = render.human_date
    env.filters["machine_date"] = render.machine_date
    env.globals["version"] = __version__
    return env


def _error_renderer(templates: Environment) -> ErrorRenderer:
    def respond(path: str, status: int, reason: str, message: str) -> Response:
        if wants_json(path):
            return JSONResponse(error_body(status, reason, message), status_code=status)
        try:
            title = HTTPStatus(status).phrase
        except ValueError:
            title = "Error"
        html = templates.get_template("error.html").render(
            status=status, title=title, reason=reason, message=message, json_url=None, q=""
        )
        return HTMLResponse(html, status_code=status)

    return respond


def _handlers(on_error: ErrorRenderer) -> dict[Any, Callable[..., Any]]:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        status = exc.status_code
        reason = _REASONS.get(status, "error")
        message = exc.detail if status < 500 else _HIDDEN_500
        response = on_error(request.url.path, status, reason, str(message))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def detente_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DetenteError)
        if exc.status >= 500:
            log.error("error answering %s: %s: %s", request.url.path, exc.reason, exc.message)
            return on_error(request.url.path, exc.status, exc.reason, _HIDDEN_500)
        return on_error(request.url.path, exc.status, exc.reason, exc.message)

    return {HTTPException: http_error, DetenteError: detente_error}


def _favicon(_request: Request) -> Response:
    """Browsers ask for /favicon.ico on pages without an icon link (the Atom feed): point them at ours."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


def routes() -> list[BaseRoute]:
    return [
        PageRoute("/", views.index, name="index"),
        Route("/topics/{slug}/feed.atom", topic_feed, methods=["GET"], name="feed"),
        PageRoute("/topics/{slug}/news", views.news, name="news"),
        PageRoute("/topics/{slug}/events", views.topic_events, name="topic_events"),
        PageRoute("/topics/{slug}", views.topic, name="topic"),
        PageRoute("/documents/{doc_id}", views.document, name="document"),
        PageRoute("/events", views.events, name="events"),
        PageRoute("/search", views.search, name="search"),
        PageRoute("/-/settings", views.settings_page, name="settings"),
        Route("/favicon.ico", _favicon, methods=["GET", "HEAD"], name="favicon"),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]


def create_app(settings: Settings, *, db: Database | None = None) -> Starlette:
    """The detente web app for ``settings``; opens (and on shutdown closes) the database unless given one."""
    owned = db is None
    database = db if db is not None else Database.open(settings)
    templates = make_templates()
    on_error = _error_renderer(templates)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        if owned:
            database.close()

    app = Starlette(
        routes=routes(),
        middleware=[Middleware(SecurityMiddleware, on_error=on_error)],
        exception_handlers=_handlers(on_error),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = database
    app.state.owns_db = owned
    app.state.templates = templates
    app.state.timelines = TimelineCache()
    return app
