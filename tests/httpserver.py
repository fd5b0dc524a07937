"""A small threaded HTTP(S) server on 127.0.0.1 for tests: a route table of handlers, port 0, clean stop.

Usage::

    server = LocalServer()
    server.route("/hello", lambda ex: ex.respond(200, b"hi", content_type="text/plain"))
    with server:
        url = server.url("/hello")
        ...
    server.requests      # what the server saw: path, headers

A handler receives an :class:`Exchange` and writes the whole response through it. Routes match the
path exactly; a route ending in ``*`` matches every path starting with what precedes it. Unknown
paths answer 404. Handlers that stream (drips, huge bodies) should loop on ``ex.write(...)``, which
returns ``False`` once the client has gone or the server is stopping.
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

Handler = Callable[["Exchange"], None]


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    """Header names lower-cased."""


@dataclass
class Exchange:
    """One request as a handler sees it, and the means to answer it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    server: LocalServer
    _handler: BaseHTTPRequestHandler = field(repr=False)
    sent: int = 0
    """Body bytes written so far (before kernel buffering)."""
    _chunked: bool = False

    def start(self, status: int, headers: Mapping[str, str] | None = None) -> None:
        """Send the status line and headers; add ``Transfer-Encoding: chunked`` to stream without a length."""
        self._handler.send_response(status)
        for name, value in (headers or {}).items():
            self._handler.send_header(name, value)
            if name.lower() == "transfer-encoding" and value.lower() == "chunked":
                self._chunked = True
        self._handler.end_headers()
        self._handler.wfile.flush()

    def write(self, data: bytes) -> bool:
        """Write body bytes (as one chunk when chunked); ``False`` when the client is gone or we stop."""
        if self.server.stopping.is_set():
            return False
        try:
            if self._chunked:
                self._handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            else:
                self._handler.wfile.write(data)
            self._handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            self._handler.close_connection = True
            return False
        self.sent += len(data)
        return True

    def end(self) -> None:
        """Finish a chunked body."""
        if self._chunked:
            try:
                self._handler.wfile.write(b"0\r\n\r\n")
                self._handler.wfile.flush()
            except OSError:
                self._handler.close_connection = True

    def respond(
        self,
        status: int,
        body: bytes = b"",
        *,
        content_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """A whole response with a Content-Length."""
        all_headers = dict(headers or {})
        if content_type is not None:
            all_headers["Content-Type"] = content_type
        all_headers.setdefault("Content-Length", str(len(body)))
        self.start(status, all_headers)
        if body:
            self.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.respond(status, headers={"Location": location})

    def close_after(self) -> None:
        """Close the connection after this response (for bodies cut short on purpose)."""
        self._handler.close_connection = True


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10
    server: _Server

    def setup(self) -> None:
        context = self.server.owner.ssl_context
        if context is not None:
            self.request = context.wrap_socket(self.request, server_side=True)
        super().setup()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            if isinstance(self.request, ssl.SSLSocket):
                # The server closes the plain socket it accepted; the TLS wrapper is ours to close.
                self.request.close()

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        owner = self.server.owner
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        owner.record(SeenRequest(self.command, parts.path, headers))
        exchange = Exchange(self.command, parts.path, parts.query, headers, owner, self)
        handler = owner.find(parts.path)
        if handler is None:
            exchange.respond(404, b"not found", content_type="text/plain")
            return
        try:
            handler(exchange)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: LocalServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up mid-response or refuse our certificate are expected in these tests.
        self.owner.errors += 1


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 (port 0), HTTPS when given a server-side ``ssl_context``."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self.ssl_context = ssl_context
        self.host = host
        self.routes: dict[str, Handler] = {}
        self.requests: list[SeenRequest] = []
        self.errors = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def find(self, path: str) -> Handler | None:
        if path in self.routes:
            return self.routes[path]
        for pattern, handler in self.routes.items():
            if pattern.endswith("*") and path.startswith(pattern[:-1]):
                return handler
        return None

    def record(self, seen: SeenRequest) -> None:
        with self._lock:
            self.requests.append(seen)

    def seen(self, path: str) -> list[SeenRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    def url(self, path: str = "/", *, host: str | None = None) -> str:
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{host or self.host}:{self.port}{path}"

    def start(self) -> LocalServer:
        server = _Server((self.host, 0), _RequestHandler)
        server.owner = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def free_port() -> int:
    """A port nothing listens on right now (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------------------------------
# Content for crawl tests: feeds and pages whose texts are distinct enough not to be near-duplicates

_WORDS = [
    "alliance",
    "ministers",
    "summit",
    "treaty",
    "sanctions",
    "border",
    "exercise",
    "troops",
    "talks",
    "envoy",
    "council",
    "statement",
    "pipeline",
    "missile",
    "airspace",
    "patrol",
    "frigate",
    "brigade",
    "embassy",
    "delegation",
    "ceasefire",
    "observers",
    "agreement",
    "deterrence",
    "readiness",
    "corridor",
    "harbour",
    "convoy",
    "radar",
    "satellite",
    "winter",
    "spring",
    "autumn",
    "negotiators",
    "parliament",
    "ministry",
    "spokesman",
    "briefing",
    "communique",
    "reassurance",
    "rotation",
    "battalion",
    "squadron",
]


def article_text(key: str, words: int = 60) -> str:
    """A deterministic pseudo-sentence text for ``key``; different keys give unrelated texts."""
    import random

    rng = random.Random(key)
    body = " ".join(rng.choice(_WORDS) for _ in range(words))
    return f"{key.replace('-', ' ').title()} report: {body}."


def rss_feed(base: str, keys: list[str], *, title: str = "Test feed") -> bytes:
    """An RSS 2.0 feed with one item per key, linking to ``{base}/a/{key}``."""
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>{escape(key)} statement</title><link>{escape(base)}/a/{escape(key)}</link>"
        f"<guid>{escape(base)}/a/{escape(key)}</guid><pubDate>Tue, 01 Apr 2014 12:00:00 GMT</pubDate>"
        f"<description>{escape(article_text(key))}</description></item>"
        for key in keys
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>{escape(base)}/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def article_page(key: str) -> bytes:
    """A small HTML article page for ``key``."""
    paragraphs = "".join(f"<p>{article_text(f'{key}-{n}', 40)}</p>" for n in range(3))
    return (
        f"<!doctype html><html><head><title>{key} statement</title></head><body><article>"
        f"<h1>{key} statement</h1><p>Published 1 April 2014</p>{paragraphs}</article></body></html>"
    ).encode()
