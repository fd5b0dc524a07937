"""The one network path of detente: a guarded HTTP(S) fetcher.

Every outbound request goes through :class:`Fetcher`, which

* accepts ``http`` and ``https`` only, on the first URL and on every redirect hop;
* follows at most :data:`MAX_REDIRECTS` redirects itself, re-checking each hop, and drops
  ``Authorization``, ``Cookie`` and ``Proxy-Authorization`` once the origin changes;
* refuses non-public addresses **at connect time**: :class:`GuardedBackend` resolves the host itself,
  checks every address with :func:`detente.ingest.addresses.is_blocked`, connects to the checked IP
  (so no second lookup can rebind the name) and checks the socket's peer address again. TLS still
  verifies the certificate against the host *name* (SNI), because httpcore passes the URL host to
  ``start_tls``;
* caps the body at ``settings.fetch_max_bytes`` counted on the *decoded* stream, with decoders whose
  output per step is bounded, so a gzip or brotli bomb stops after about one chunk past the cap;
* enforces one total deadline (``settings.fetch_timeout``) for the whole fetch, redirects included:
  every socket read, write and connect is given at most the time left, and the deadline is checked
  after every chunk, so a server dripping bytes cannot stretch it;
* always verifies TLS (minimum TLS 1.2), never retries without verification, and ignores proxy
  environment variables (a proxy would bypass the address check).

Failures raise :class:`~detente.errors.FetchError` whose ``reason`` is one of :data:`REASONS`; an
answer other than 2xx (or 304 to a conditional request) raises :class:`HTTPStatusError`, which keeps
the status and headers (``Retry-After``). :meth:`Fetcher.get` returns a :class:`Response` that may be a
304; :meth:`Fetcher.fetch` returns the document only.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import importlib
import logging
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Protocol
from urllib.parse import urlsplit

import certifi
import httpcore
import httpx

from detente import __version__
from detente.errors import ConfigError, FetchError
from detente.ingest.addresses import IPAddress, check_host, ip_from_text, is_blocked
from detente.model import RawDocument
from detente.settings import Settings

brotli: Any
try:
    brotli = importlib.import_module("brotli")
except ImportError:  # pragma: no cover - brotli comes with fastwarc
    brotli = None

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
"""Redirects followed before ``too_many_redirects``."""

MAX_ENCODING_LAYERS = 2
"""Content-Encoding layers decoded (``gzip, gzip``); more are refused."""

REASONS = frozenset(
    {
        "bad_url",
        "scheme",
        "credentials",
        "blocked_address",
        "too_large",
        "timeout",
        "http_status",
        "too_many_redirects",
        "connect",
        "tls",
        "protocol",
        "truncated",
        "encoding",
        "empty",
        "challenge",
    }
)
"""Every ``FetchError.reason`` this module raises."""

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_CALLER_MAY_NOT_SET = frozenset(
    {"host", "accept-encoding", "content-length", "transfer-encoding", "connection"}
)
_DECODE_STEP = 64 * 1024
"""Largest piece a decoder produces per step."""
_CONDITIONAL_HEADERS = frozenset({"if-none-match", "if-modified-since"})

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "detente_fetch_deadline", default=None
)


def _time_left(timeout: float | None) -> float | None:
    """``timeout`` shortened to the current fetch's deadline; raises when the deadline has passed."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total fetch deadline passed")
    return left if timeout is None else min(timeout, left)


# --------------------------------------------------------------------------------------------------
# Connect-time address check


def _system_getaddrinfo(host: str, port: int) -> list[tuple[Any, ...]]:
    """The resolver used by :class:`GuardedBackend`; tests replace it to simulate DNS answers."""
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)


def resolve(host: str, port: int, *, timeout: float | None) -> list[IPAddress]:
    """Resolve ``host`` to addresses in resolver order, giving up after ``timeout`` seconds.

    ``getaddrinfo`` cannot be interrupted, so it runs in a daemon thread that is abandoned on timeout.
    """
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["infos"] = _system_getaddrinfo(host, port)
        except OSError as exc:
            box["error"] = exc

    worker = threading.Thread(target=work, name="detente-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise httpcore.ConnectTimeout(f"resolving {host!r} timed out")
    if "error" in box:
        raise httpcore.ConnectError(f"cannot resolve {host!r}: {box['error']}")
    addresses: list[IPAddress] = []
    for info in box.get("infos", []):
        ip = ip_from_text(str(info[4][0]))
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise httpcore.ConnectError(f"{host!r} has no address")
    return addresses


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read and write is limited to the current fetch's time left."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _time_left(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.SyncBackend):
    """An httpcore network backend that connects only to public addresses.

    The host is resolved here, once; if any address it resolves to is blocked the connection is
    refused, otherwise the socket is opened to the checked IP literal and its peer address is checked
    again before any byte is sent.
    """

    def __init__(self, *, allow_loopback: bool) -> None:
        self.allow_loopback = allow_loopback

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port, timeout=_time_left(timeout))
        for ip in addresses:
            reason = is_blocked(ip, allow_loopback=self.allow_loopback)
            if reason is not None:
                raise FetchError(f"{host} resolves to {ip} ({reason}): refused", reason="blocked_address")
        last: Exception | None = None
        for ip in addresses:
            try:
                stream = super().connect_tcp(
                    str(ip),
                    port,
                    timeout=_time_left(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            self._check_peer(stream, host)
            return _DeadlineStream(stream)
        assert last is not None
        raise last

    def _check_peer(self, stream: httpcore.NetworkStream, host: str) -> None:
        peer = stream.get_extra_info("server_addr")
        reason = "no_peer_address"
        if isinstance(peer, tuple) and peer:
            reason = is_blocked(ip_from_text(str(peer[0])), allow_loopback=self.allow_loopback) or ""
        if reason:
            stream.close()
            raise FetchError(f"{host}: connected peer {peer!r} refused ({reason})", reason="blocked_address")


# --------------------------------------------------------------------------------------------------
# httpx transport over the guarded backend

_CORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


@contextlib.contextmanager
def _core_errors() -> Iterator[None]:
    """Re-raise httpcore's exceptions as httpx's, keeping the original as the cause."""
    try:
        yield
    except httpcore.ProxyError as exc:  # pragma: no cover - no proxy is ever configured
        raise httpx.ProxyError(str(exc)) from exc
    except Exception as exc:
        for core, mapped in _CORE_TO_HTTPX:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _CoreBody(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _core_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            with _core_errors():
                close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport whose connections go through :class:`GuardedBackend` (HTTP/1.1 only)."""

    def __init__(self, *, allow_loopback: bool, ssl_context: ssl.SSLContext) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(allow_loopback=allow_loopback),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream if isinstance(request.stream, Iterable) else b"",
            extensions=request.extensions,
        )
        with _core_errors():
            response = self._pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreBody(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def verified_ssl_context(cafile: str | None = None) -> ssl.SSLContext:
    """A client TLS context that verifies certificates and host names, TLS 1.2 or newer."""
    context = ssl.create_default_context(cafile=cafile or certifi.where())
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


# --------------------------------------------------------------------------------------------------
# Bounded decoders


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        if data:
            yield data

    def finish(self) -> Iterator[bytes]:
        return iter(())


class _ZlibDecoder:
    """gzip (possibly several members) or deflate (zlib-wrapped or raw), at most one step at a time."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding in {"gzip", "x-gzip"}
        self._wbits = 16 + zlib.MAX_WBITS if self._gzip else zlib.MAX_WBITS
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        pending = data
        while True:
            try:
                out = self._obj.decompress(pending, _DECODE_STEP)
            except zlib.error as exc:
                if not self._gzip and not self._started:
                    # Some servers send raw deflate under the name "deflate".
                    self._wbits = -zlib.MAX_WBITS
                    self._obj = zlib.decompressobj(self._wbits)
                    self._started = True
                    continue
                raise FetchError(f"bad {self._name} data: {exc}", reason="encoding") from exc
            self._started = self._started or bool(pending)
            if out:
                yield out
            if self._obj.eof:
                rest = self._obj.unused_data
                if not (self._gzip and rest.strip(b"\0")):
                    return  # trailing bytes after the stream are ignored
                self._obj = zlib.decompressobj(self._wbits)  # the next gzip member
                pending = rest
                continue
            pending = self._obj.unconsumed_tail
            if not pending and len(out) < _DECODE_STEP:
                return

    def finish(self) -> Iterator[bytes]:
        if not self._obj.eof and self._started:
            raise FetchError(f"{self._name} stream ends early", reason="truncated")
        return iter(())

    @property
    def _name(self) -> str:
        return "gzip" if self._gzip else "deflate"


class _BrotliDecoder:
    def __init__(self) -> None:
        assert brotli is not None
        self._obj = brotli.Decompressor()
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._started = self._started or bool(data)
        # output_buffer_limit is a soft limit (the buffer may overshoot by one growth step), so
        # ask for half a step and cut what comes back into pieces of at most one step.
        limit = _DECODE_STEP // 2
        try:
            out = self._obj.process(data, output_buffer_limit=limit)
            yield from _slices(out)
            while not self._obj.can_accept_more_data():
                out = self._obj.process(b"", output_buffer_limit=limit)
                if not out:
                    break
                yield from _slices(out)
        except brotli.error as exc:
            raise FetchError(f"bad brotli data: {exc}", reason="encoding") from exc

    def finish(self) -> Iterator[bytes]:
        try:
            while self._started and not self._obj.is_finished():
                out = self._obj.process(b"", output_buffer_limit=_DECODE_STEP // 2)
                if not out:
                    break
                yield from _slices(out)
        except brotli.error as exc:
            raise FetchError(f"bad brotli data: {exc}", reason="encoding") from exc
        if self._started and not self._obj.is_finished():
            raise FetchError("brotli stream ends early", reason="truncated")


def _slices(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), _DECODE_STEP):
        yield data[start : start + _DECODE_STEP]


class _Chain:
    """Layers in the order they were applied by the server; decoding runs them backwards."""

    def __init__(self, layers: list[_Decoder]) -> None:
        self._layers = list(reversed(layers))

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(1, self._layers[0].feed(data))

    def finish(self) -> Iterator[bytes]:
        for index, layer in enumerate(self._layers):
            yield from self._through(index + 1, layer.finish())

    def _through(self, index: int, pieces: Iterator[bytes]) -> Iterator[bytes]:
        if index >= len(self._layers):
            yield from pieces
            return
        for piece in pieces:
            yield from self._through(index + 1, self._layers[index].feed(piece))


def accept_encoding() -> str:
    """The encodings this module can decode with bounded output."""
    return "gzip, deflate, br" if brotli is not None else "gzip, deflate"


def make_decoder(content_encoding: str | None) -> _Decoder:
    """A bounded decoder for a ``Content-Encoding`` header value; refuses unknown or stacked-too-deep ones."""
    names = [n.strip().lower() for n in (content_encoding or "").split(",")]
    names = [n for n in names if n and n != "identity"]
    if len(names) > MAX_ENCODING_LAYERS:
        raise FetchError(f"too many content encodings: {content_encoding}", reason="encoding")
    layers: list[_Decoder] = []
    for name in names:
        if name in {"gzip", "x-gzip", "deflate"}:
            layers.append(_ZlibDecoder(name))
        elif name == "br" and brotli is not None:
            layers.append(_BrotliDecoder())
        else:
            raise FetchError(f"unsupported content encoding {name!r}", reason="encoding")
    if not layers:
        return _Identity()
    return layers[0] if len(layers) == 1 else _Chain(layers)


# --------------------------------------------------------------------------------------------------
# The fetcher


class HTTPStatusError(FetchError):
    """The server answered with a status detente does not take as a document (4xx, 5xx, a stray 3xx).

    ``reason`` is ``challenge`` for a bot-challenge page (403 with ``cf-mitigated: challenge``), which
    must never be parsed as content, else ``http_status``.
    """

    def __init__(self, message: str, *, status: int, url: str, headers: Mapping[str, str]) -> None:
        self.status = status
        self.url = url
        self.headers = {k.lower(): v for k, v in headers.items()}
        challenge = status == 403 and self.headers.get("cf-mitigated", "").strip().lower() == "challenge"
        super().__init__(message, reason="challenge" if challenge else "http_status")

    @property
    def retry_after(self) -> str | None:
        """The raw ``Retry-After`` header, if any (see :func:`detente.crawl.retry_after_seconds`)."""
        return self.headers.get("retry-after")


@dataclass(frozen=True, slots=True)
class Response:
    """One completed fetch: a document (2xx) or ``Not Modified`` (304, ``raw`` is ``None``)."""

    status: int
    url: str
    """The final URL, after redirects."""
    headers: dict[str, str] = field(default_factory=dict)
    raw: RawDocument | None = None
    truncated: bool = False
    """The body was cut at ``max_bytes`` (only when the caller asked for ``truncate``)."""

    @property
    def not_modified(self) -> bool:
        return self.raw is None


def user_agent(settings: Settings) -> str:
    """``detente/<version> (+<contact_url>)``, or without the parenthesis when no contact is set."""
    if settings.contact_url.strip():
        return f"detente/{__version__} (+{settings.contact_url.strip()})"
    return f"detente/{__version__}"


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default_port)


def _cause_chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _translate(exc: httpx.HTTPError, url: str, *, reading_body: bool) -> FetchError:
    """A FetchError with a machine-readable reason for an httpx exception."""
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"{url}: timed out ({exc})", reason="timeout")
    if any(isinstance(e, ssl.SSLError | ssl.CertificateError) for e in _cause_chain(exc)):
        return FetchError(f"{url}: TLS failure ({exc})", reason="tls")
    if isinstance(exc, httpx.ConnectError):
        return FetchError(f"{url}: cannot connect ({exc})", reason="connect")
    if isinstance(exc, httpx.RemoteProtocolError) and reading_body:
        return FetchError(f"{url}: body cut short ({exc})", reason="truncated")
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError(f"{url}: invalid URL ({exc})", reason="bad_url")
    if isinstance(exc, httpx.DecodingError):
        return FetchError(f"{url}: cannot decode body ({exc})", reason="encoding")
    if isinstance(exc, httpx.TransportError):
        return FetchError(f"{url}: network error ({exc})", reason="connect")
    return FetchError(f"{url}: {type(exc).__name__}: {exc}", reason="protocol")


class Fetcher:
    """Fetch documents over HTTP(S) safely. One :class:`httpx.Client` lives as long as the fetcher.

    ``transport`` replaces the guarded transport (tests use :class:`httpx.MockTransport`); the URL
    checks (scheme, credentials, literal addresses, loopback names) still apply to every hop, the
    connect-time address check then is the transport's business. ``ssl_context`` replaces the CA set
    (tests trust a throwaway CA); it must verify certificates and host names.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        transport: httpx.BaseTransport | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if settings.fetch_timeout <= 0 or settings.fetch_max_bytes <= 0:
            raise ConfigError("fetch_timeout and fetch_max_bytes must be positive")
        if ssl_context is not None and (
            ssl_context.verify_mode != ssl.CERT_REQUIRED or not ssl_context.check_hostname
        ):
            raise ConfigError("TLS verification cannot be turned off")
        self.settings = settings
        self._allow_loopback = settings.fetch_allow_loopback
        if transport is None:
            transport = GuardedTransport(
                allow_loopback=self._allow_loopback, ssl_context=ssl_context or verified_ssl_context()
            )
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            trust_env=False,
            timeout=settings.fetch_timeout,
            headers={"User-Agent": user_agent(settings), "Accept-Encoding": accept_encoding()},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(
        self, url: str, *, headers: Mapping[str, str] | None = None, allow_credentials: bool = False
    ) -> RawDocument:
        """GET ``url`` and return its decoded body; raise :class:`FetchError` when refused or failed.

        ``allow_credentials`` accepts user:password in ``url`` itself (never in a redirect target).
        """
        response = self.get(url, headers=headers, allow_credentials=allow_credentials)
        if response.raw is None:
            raise HTTPStatusError(
                f"{response.url}: HTTP status 304 Not Modified", status=304, url=response.url, headers={}
            )
        return response.raw

    def get(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        allow_credentials: bool = False,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> Response:
        """GET ``url``: a :class:`Response` for 2xx, and for 304 when ``headers`` make the request
        conditional (``If-None-Match``, ``If-Modified-Since``); :class:`FetchError` otherwise.

        ``max_bytes`` lowers the body cap for this request (never above ``fetch_max_bytes``);
        ``truncate`` keeps the first ``max_bytes`` of a longer body instead of failing (robots.txt).
        """
        cap = min(max_bytes or self.settings.fetch_max_bytes, self.settings.fetch_max_bytes)
        deadline = time.monotonic() + self.settings.fetch_timeout
        token = _deadline.set(deadline)
        try:
            return self._fetch(
                url, headers or {}, deadline, allow_credentials=allow_credentials, cap=cap, truncate=truncate
            )
        finally:
            _deadline.reset(token)

    def _fetch(
        self,
        url: str,
        headers: Mapping[str, str],
        deadline: float,
        *,
        allow_credentials: bool,
        cap: int,
        truncate: bool,
    ) -> Response:
        current = self._check_url(url, allow_credentials=allow_credentials)
        sent = {k: v for k, v in headers.items() if k.lower() not in _CALLER_MAY_NOT_SET}
        conditional = any(k.lower() in _CONDITIONAL_HEADERS for k in sent)
        for hop in range(MAX_REDIRECTS + 1):
            response = self._send(current, sent, deadline)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_STATUSES and location:
                    if hop == MAX_REDIRECTS:
                        raise FetchError(
                            f"{url}: more than {MAX_REDIRECTS} redirects", reason="too_many_redirects"
                        )
                    target = self._redirect_target(current, location)
                    if _origin(target) != _origin(current):
                        sent = {k: v for k, v in sent.items() if k.lower() not in _SENSITIVE_HEADERS}
                    logger.debug("redirect %s -> %s (%d)", current, target, response.status_code)
                    current = target
                    continue
                got = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code == 304 and conditional:
                    return Response(status=304, url=str(current), headers=got)
                if not 200 <= response.status_code < 300:
                    raise HTTPStatusError(
                        f"{current}: HTTP status {response.status_code} {response.reason_phrase}",
                        status=response.status_code,
                        url=str(current),
                        headers=got,
                    )
                fetched_at = dt.datetime.now(dt.UTC)
                data, cut = self._read_body(response, str(current), deadline, cap=cap, truncate=truncate)
            finally:
                response.close()
            raw = RawDocument(
                location=url,
                data=data,
                url=str(current),
                content_type=response.headers.get("content-type"),
                fetched_at=fetched_at,
                headers=got,
            )
            return Response(
                status=response.status_code, url=str(current), headers=got, raw=raw, truncated=cut
            )
        raise AssertionError("unreachable: the redirect loop returns or raises")  # pragma: no cover

    def _check_url(self, url: str | httpx.URL, *, allow_credentials: bool) -> httpx.URL:
        """Parse and vet one URL (the first one or a redirect target) before any connection."""
        text = str(url)
        try:
            parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(f"{text}: invalid URL ({exc})", reason="bad_url") from exc
        if parsed.scheme.lower() not in _ALLOWED_SCHEMES:
            raise FetchError(f"{text}: scheme {parsed.scheme!r} is not allowed", reason="scheme")
        if not parsed.host or not parsed.host.strip("."):
            raise FetchError(f"{text}: no host", reason="bad_url")
        if parsed.userinfo and not allow_credentials:
            raise FetchError(f"{text}: credentials in URL are not allowed", reason="credentials")
        reason = check_host(parsed.host, allow_loopback=self._allow_loopback)
        if reason is not None:
            raise FetchError(f"{text}: host {parsed.host} refused ({reason})", reason="blocked_address")
        return parsed

    def _redirect_target(self, current: httpx.URL, location: str) -> httpx.URL:
        scheme = urlsplit(location.strip()).scheme.lower()
        if scheme and scheme not in _ALLOWED_SCHEMES:
            raise FetchError(f"{current}: redirect to scheme {scheme!r} refused", reason="scheme")
        try:
            target = current.join(location.strip())
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(
                f"{current}: bad redirect location {location!r} ({exc})", reason="bad_url"
            ) from exc
        return self._check_url(target, allow_credentials=False)

    def _send(self, url: httpx.URL, headers: Mapping[str, str], deadline: float) -> httpx.Response:
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(
                f"{url}: total time limit {self.settings.fetch_timeout}s passed", reason="timeout"
            )
        try:
            request = self._client.build_request(
                "GET", url, headers=dict(headers), timeout=httpx.Timeout(left)
            )
            return self._client.send(request, stream=True)
        except httpx.InvalidURL as exc:
            # httpx parses a redirect's Location even when it does not follow it.
            raise FetchError(f"{url}: invalid URL or redirect location ({exc})", reason="bad_url") from exc
        except httpx.HTTPError as exc:
            raise _translate(exc, str(url), reading_body=False) from exc

    def _read_body(
        self, response: httpx.Response, url: str, deadline: float, *, cap: int, truncate: bool
    ) -> tuple[bytes, bool]:
        declared = response.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap and not truncate:
            raise FetchError(
                f"{url}: Content-Length {declared} is over the cap of {cap} bytes", reason="too_large"
            )
        decoder = make_decoder(response.headers.get("content-encoding"))
        parts: list[bytes] = []
        received = 0
        decoded = 0
        if response.is_stream_consumed:
            # A transport that read the body already (httpx.MockTransport): it is decoded and in memory.
            decoder = _Identity()
            chunks: Iterable[bytes] = [response.content]
        else:
            chunks = response.iter_raw()
        try:
            for raw in chunks:
                received += len(raw)
                if received > cap and not truncate:
                    raise _too_large(url, cap, decoded, received)
                for piece in decoder.feed(raw):
                    decoded += len(piece)
                    if decoded > cap:
                        if not truncate:
                            raise _too_large(url, cap, decoded, received)
                        parts.append(piece)
                        return b"".join(parts)[:cap], True
                    parts.append(piece)
                if time.monotonic() >= deadline:
                    raise FetchError(
                        f"{url}: total time limit {self.settings.fetch_timeout}s passed while reading",
                        reason="timeout",
                    )
            for piece in decoder.finish():
                decoded += len(piece)
                if decoded > cap:
                    raise _too_large(url, cap, decoded, received)
                parts.append(piece)
        except httpx.HTTPError as exc:
            raise _translate(exc, url, reading_body=True) from exc
        if decoded == 0:
            raise FetchError(f"{url}: empty body (HTTP {response.status_code})", reason="empty")
        return b"".join(parts), False


def _too_large(url: str, cap: int, decoded: int, received: int) -> FetchError:
    return FetchError(
        f"{url}: body over the cap of {cap} bytes (stopped at {decoded} decoded bytes, "
        f"{received} bytes received)",
        reason="too_large",
    )
