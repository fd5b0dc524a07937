"""The guarded fetcher (detente.ingest.http) against a real local server and mock transports."""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import re
import socket
import ssl
import threading
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import brotli
import httpx
import pytest

from detente import __version__
from detente.errors import ConfigError, FetchError
from detente.ingest import http as http_mod
from detente.ingest.addresses import parse_host
from detente.ingest.http import MAX_REDIRECTS, REASONS, Fetcher, GuardedBackend, make_decoder, user_agent
from detente.settings import Settings
from httpserver import Exchange, LocalServer, free_port

MB = 1024 * 1024
LOCAL = Settings(fetch_allow_loopback=True, fetch_timeout=10.0)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(LOCAL) as f:
        yield f


def fetch_error(fetcher: Fetcher, url: str, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url, **kwargs)
    assert info.value.reason in REASONS
    return info.value


def _zeros_gzip(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    parts = [compressor.compress(block) for _ in range(size // MB)]
    parts.append(compressor.flush())
    return b"".join(parts)


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return _zeros_gzip(10 * MB)


@pytest.fixture(scope="module")
def brotli_bomb() -> bytes:
    return bytes(brotli.compress(bytes(10 * MB), quality=5))


# --------------------------------------------------------------------------------------------------
# Ordinary pages


def test_page_with_charset(server: LocalServer, fetcher: Fetcher) -> None:
    body = "<html><body>Привет, НАТО</body></html>".encode("windows-1251")
    server.route("/page", lambda ex: ex.respond(200, body, content_type="text/html; charset=windows-1251"))
    doc = fetcher.fetch(server.url("/page"))
    assert doc.data == body
    assert doc.content_type == "text/html; charset=windows-1251"
    assert doc.location == server.url("/page")
    assert doc.url == server.url("/page")
    assert doc.headers["content-type"] == "text/html; charset=windows-1251"
    assert all(name == name.lower() for name in doc.headers)
    assert doc.fetched_at is not None and doc.fetched_at.tzinfo is dt.UTC


def test_user_agent_seen_by_server(server: LocalServer) -> None:
    server.route("/ua", lambda ex: ex.respond(200, b"ok"))
    with Fetcher(LOCAL.replace(contact_url="https://example.org/bot")) as f:
        f.fetch(server.url("/ua"))
    with Fetcher(LOCAL) as f:
        f.fetch(server.url("/ua"))
    agents = [r.headers["user-agent"] for r in server.seen("/ua")]
    assert agents == [f"detente/{__version__} (+https://example.org/bot)", f"detente/{__version__}"]
    assert user_agent(Settings()) == f"detente/{__version__}"


def test_gzip_body(server: LocalServer, fetcher: Fetcher) -> None:
    text = b"<p>Brussels summit communique</p>" * 500
    server.route("/gz", lambda ex: ex.respond(200, gzip.compress(text), headers={"Content-Encoding": "gzip"}))
    assert fetcher.fetch(server.url("/gz")).data == text
    assert "gzip" in server.seen("/gz")[0].headers["accept-encoding"]


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate under the name "deflate"
        ("br", brotli.compress),
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("gzip, br", lambda b: brotli.compress(gzip.compress(b))),
        ("identity", lambda b: b),
    ],
)
def test_other_encodings(
    server: LocalServer, fetcher: Fetcher, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    text = b"Warsaw summit declaration. " * 300
    server.route("/enc", lambda ex: ex.respond(200, encode(text), headers={"Content-Encoding": encoding}))
    assert fetcher.fetch(server.url("/enc")).data == text


def test_multi_member_gzip(server: LocalServer, fetcher: Fetcher) -> None:
    server.route(
        "/mm",
        lambda ex: ex.respond(
            200, gzip.compress(b"one ") + gzip.compress(b"two"), headers={"Content-Encoding": "gzip"}
        ),
    )
    assert fetcher.fetch(server.url("/mm")).data == b"one two"


@pytest.mark.parametrize("encoding", ["gzip, gzip, gzip", "zstd", "compress"])
def test_refused_encodings(server: LocalServer, fetcher: Fetcher, encoding: str) -> None:
    server.route("/enc", lambda ex: ex.respond(200, b"whatever", headers={"Content-Encoding": encoding}))
    assert fetch_error(fetcher, server.url("/enc")).reason == "encoding"


def test_corrupt_gzip(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/bad", lambda ex: ex.respond(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    assert fetch_error(fetcher, server.url("/bad")).reason == "encoding"


def test_truncated_gzip(server: LocalServer, fetcher: Fetcher) -> None:
    cut = gzip.compress(b"x" * 10_000)[:-12]
    server.route("/cut", lambda ex: ex.respond(200, cut, headers={"Content-Encoding": "gzip"}))
    assert fetch_error(fetcher, server.url("/cut")).reason == "truncated"


def test_empty_body_is_an_error(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/empty", lambda ex: ex.respond(200, b""))
    assert fetch_error(fetcher, server.url("/empty")).reason == "empty"


def test_body_shorter_than_content_length(server: LocalServer, fetcher: Fetcher) -> None:
    def short(ex: Exchange) -> None:
        ex.close_after()
        ex.start(200, {"Content-Length": "1000"})
        ex.write(b"only this")

    server.route("/short", short)
    assert fetch_error(fetcher, server.url("/short")).reason == "truncated"


def test_404(server: LocalServer, fetcher: Fetcher) -> None:
    error = fetch_error(fetcher, server.url("/missing"))
    assert error.reason == "http_status"
    assert "404" in error.message


def test_500(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/boom", lambda ex: ex.respond(503, b"busy"))
    error = fetch_error(fetcher, server.url("/boom"))
    assert error.reason == "http_status"
    assert "503" in error.message


def test_connection_refused(fetcher: Fetcher) -> None:
    assert fetch_error(fetcher, f"http://127.0.0.1:{free_port()}/").reason == "connect"


# --------------------------------------------------------------------------------------------------
# Size caps


def _decoded_count(error: FetchError) -> int:
    match = re.search(r"stopped at (\d+) decoded bytes", error.message)
    assert match, error.message
    return int(match.group(1))


def test_gzip_bomb_stops_early(server: LocalServer, gzip_bomb: bytes) -> None:
    server.route("/bomb.gz", lambda ex: ex.respond(200, gzip_bomb, headers={"Content-Encoding": "gzip"}))
    with Fetcher(LOCAL.replace(fetch_max_bytes=MB)) as f:
        error = fetch_error(f, server.url("/bomb.gz"))
    assert error.reason == "too_large"
    assert MB < _decoded_count(error) <= MB + http_mod._DECODE_STEP


def test_brotli_bomb_stops_early(server: LocalServer, brotli_bomb: bytes) -> None:
    server.route("/bomb.br", lambda ex: ex.respond(200, brotli_bomb, headers={"Content-Encoding": "br"}))
    with Fetcher(LOCAL.replace(fetch_max_bytes=MB)) as f:
        error = fetch_error(f, server.url("/bomb.br"))
    assert error.reason == "too_large"
    assert MB < _decoded_count(error) <= MB + http_mod._DECODE_STEP


@pytest.mark.parametrize("encoding", ["gzip", "br", "gzip, gzip"])
def test_decoders_yield_bounded_pieces_lazily(gzip_bomb: bytes, brotli_bomb: bytes, encoding: str) -> None:
    data = {"gzip": gzip_bomb, "br": brotli_bomb, "gzip, gzip": gzip.compress(gzip_bomb)}[encoding]
    decoder = make_decoder(encoding)
    pieces = itertools.chain(decoder.feed(data), decoder.finish())
    first = next(pieces)
    assert 0 < len(first) <= http_mod._DECODE_STEP
    total = len(first)
    for piece in pieces:
        assert len(piece) <= http_mod._DECODE_STEP
        total += len(piece)
    assert total == 10 * MB


def test_content_length_over_cap_refused_before_reading(server: LocalServer) -> None:
    done = threading.Event()

    def big(ex: Exchange) -> None:
        try:
            ex.start(200, {"Content-Length": str(50 * MB)})
            block = bytes(64 * 1024)
            while ex.sent < 50 * MB and ex.write(block):
                pass
        finally:
            done.set()

    server.route("/big", big)
    with Fetcher(LOCAL.replace(fetch_max_bytes=MB)) as f:
        error = fetch_error(f, server.url("/big"))
    assert error.reason == "too_large"
    assert "Content-Length" in error.message
    assert done.wait(10)


def test_chunked_huge_body(server: LocalServer) -> None:
    done = threading.Event()
    sent: list[int] = []

    def huge(ex: Exchange) -> None:
        try:
            ex.start(200, {"Transfer-Encoding": "chunked", "Content-Type": "text/plain"})
            block = b"a" * 32 * 1024
            while ex.sent < 200 * MB and ex.write(block):
                pass
            ex.end()
        finally:
            sent.append(ex.sent)
            done.set()

    server.route("/huge", huge)
    with Fetcher(LOCAL.replace(fetch_max_bytes=MB)) as f:
        error = fetch_error(f, server.url("/huge"))
    assert error.reason == "too_large"
    assert done.wait(10)
    # The server could write only what fits in socket buffers after the client hung up.
    assert sent[0] < 100 * MB


# --------------------------------------------------------------------------------------------------
# Time limits


def test_drip_hits_total_deadline(server: LocalServer) -> None:
    def drip(ex: Exchange) -> None:
        ex.start(200, {"Content-Length": "1000", "Content-Type": "text/plain"})
        for _ in range(1000):
            if not ex.write(b"x") or ex.server.stopping.wait(0.3):
                return

    server.route("/drip", drip)
    with Fetcher(LOCAL.replace(fetch_timeout=1.5)) as f:
        assert fetch_error(f, server.url("/drip")).reason == "timeout"


def test_silent_server_times_out(server: LocalServer) -> None:
    server.route("/silent", lambda ex: ex.server.stopping.wait(30) and None)
    with Fetcher(LOCAL.replace(fetch_timeout=0.5)) as f:
        assert fetch_error(f, server.url("/silent")).reason == "timeout"


def test_slow_redirect_chain_shares_one_deadline(server: LocalServer) -> None:
    def slow_hop(ex: Exchange) -> None:
        number = int(ex.path.rsplit("/", 1)[1])
        ex.server.stopping.wait(0.4)
        ex.redirect(f"/slow/{number + 1}")

    server.route("/slow/*", slow_hop)
    with Fetcher(LOCAL.replace(fetch_timeout=1.0)) as f:
        assert fetch_error(f, server.url("/slow/0")).reason == "timeout"


# --------------------------------------------------------------------------------------------------
# Redirects


def _chain(server: LocalServer) -> None:
    def hop(ex: Exchange) -> None:
        left = int(ex.path.rsplit("/", 1)[1])
        if left == 0:
            ex.respond(200, b"arrived", content_type="text/plain")
        else:
            ex.redirect(f"/r/{left - 1}", status=301 if left % 2 else 307)

    server.route("/r/*", hop)


def test_redirects_up_to_the_limit(server: LocalServer, fetcher: Fetcher) -> None:
    _chain(server)
    doc = fetcher.fetch(server.url(f"/r/{MAX_REDIRECTS}"))
    assert doc.data == b"arrived"
    assert doc.location == server.url(f"/r/{MAX_REDIRECTS}")
    assert doc.url == server.url("/r/0")


def test_too_many_redirects(server: LocalServer, fetcher: Fetcher) -> None:
    _chain(server)
    assert fetch_error(fetcher, server.url(f"/r/{MAX_REDIRECTS + 1}")).reason == "too_many_redirects"
    assert len([r for r in server.requests if r.path.startswith("/r/")]) == MAX_REDIRECTS + 1


def test_redirect_loop(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/a", lambda ex: ex.redirect("/b"))
    server.route("/b", lambda ex: ex.redirect(server.url("/a")))
    assert fetch_error(fetcher, server.url("/a")).reason == "too_many_redirects"


@pytest.mark.parametrize(
    ("location", "reason"),
    [
        ("file:///etc/passwd", "scheme"),
        ("gopher://127.0.0.1:70/", "scheme"),
        ("data:text/plain,hello", "bad_url"),  # httpx itself cannot parse it
        ("ftp://example.org/x", "scheme"),
        ("http://10.0.0.1/", "blocked_address"),
        ("http://169.254.169.254/latest/meta-data/", "blocked_address"),
        ("http://[::ffff:10.0.0.1]:8080/", "blocked_address"),
        ("http://0x0a.1/", "blocked_address"),
        ("http://user:pw@example.org/", "credentials"),
    ],
)
def test_redirect_targets_refused(server: LocalServer, fetcher: Fetcher, location: str, reason: str) -> None:
    server.route("/go", lambda ex: ex.redirect(location))
    assert fetch_error(fetcher, server.url("/go")).reason == reason


def test_redirect_without_location_is_a_status_error(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/noloc", lambda ex: ex.respond(302, b"moved somewhere"))
    assert fetch_error(fetcher, server.url("/noloc")).reason == "http_status"


# --------------------------------------------------------------------------------------------------
# Schemes and addresses


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/file",
        "data:text/plain,hello",
        "javascript:alert(1)",
        "gopher://example.org/",
        "feed://example.org/rss",
        "ws://example.org/",
        "example.org/no-scheme",
    ],
)
def test_non_http_schemes_refused(fetcher: Fetcher, url: str) -> None:
    assert fetch_error(fetcher, url).reason == "scheme"


@pytest.mark.parametrize(
    "url", ["http://", "http://./", "http://[zz]/", "http://0177.0.0.1/", "not a url at all"]
)
def test_bad_urls(fetcher: Fetcher, url: str) -> None:
    assert fetch_error(fetcher, url).reason in {"bad_url", "scheme", "blocked_address"}


def test_default_settings_refuse_local_server(server: LocalServer) -> None:
    server.route("/", lambda ex: ex.respond(200, b"secret"))
    with Fetcher(Settings()) as f:
        for url in (
            server.url("/"),
            "http://[::1]/",
            f"http://[::1]:{server.port}/",
            "http://2130706433/",
            "http://0x7f.1/",
            "http://127.1/",
            "http://localhost./",
            f"http://LOCALHOST:{server.port}/",
            "http://[::ffff:127.0.0.1]/",
            "http://0.0.0.0/",
            "http://169.254.169.254./",
            "http://100.64.0.1/",
            "http://[64:ff9b::7f00:1]/",
        ):
            assert fetch_error(f, url).reason == "blocked_address", url
    assert server.requests == []


def test_credentials_in_url(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/auth", lambda ex: ex.respond(200, b"ok"))
    url = server.url("/auth").replace("http://", "http://user:secret@")
    assert fetch_error(fetcher, url).reason == "credentials"
    assert fetcher.fetch(url, allow_credentials=True).data == b"ok"
    assert server.seen("/auth")[0].headers["authorization"].startswith("Basic ")


# --------------------------------------------------------------------------------------------------
# Connect-time check with a simulated resolver


class FakeResolver:
    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def __call__(self, host: str, port: int) -> list[tuple[Any, ...]]:
        self.calls.append(host)
        if parse_host(host) is not None:
            return [
                (socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))
            ]
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        out = []
        for ip in self.answers[host]:
            family = socket.AF_INET6 if ":" in ip else socket.AF_INET
            out.append((family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (ip, port)))
        return out


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> FakeResolver:
    fake = FakeResolver({})
    monkeypatch.setattr(http_mod, "_system_getaddrinfo", fake)
    return fake


def test_name_resolving_to_loopback_refused(server: LocalServer, resolver: FakeResolver) -> None:
    resolver.answers["rebind.test"] = ["127.0.0.1"]
    resolver.answers["nip.test"] = ["169.254.169.254"]
    with Fetcher(Settings()) as f:
        assert fetch_error(f, f"http://rebind.test:{server.port}/").reason == "blocked_address"
        assert fetch_error(f, "http://nip.test/latest/").reason == "blocked_address"
    assert server.requests == []


def test_any_blocked_answer_refuses_the_name(resolver: FakeResolver) -> None:
    resolver.answers["mixed.test"] = ["93.184.216.34", "10.0.0.5"]
    with Fetcher(Settings()) as f:
        assert fetch_error(f, "http://mixed.test/").reason == "blocked_address"


def test_connects_to_the_checked_address_and_sends_the_name(
    server: LocalServer, resolver: FakeResolver
) -> None:
    resolver.answers["site.test"] = ["127.0.0.1"]
    server.route("/page", lambda ex: ex.respond(200, b"hello"))
    with Fetcher(LOCAL) as f:
        doc = f.fetch(f"http://site.test:{server.port}/page")
    assert doc.data == b"hello"
    assert server.seen("/page")[0].headers["host"] == f"site.test:{server.port}"
    assert resolver.calls == ["site.test"]  # one lookup: nothing can rebind between check and connect


def test_unknown_name(resolver: FakeResolver) -> None:
    with Fetcher(Settings()) as f:
        assert fetch_error(f, "http://nowhere.test/").reason == "connect"


def test_backend_refuses_loopback_directly(server: LocalServer) -> None:
    backend = GuardedBackend(allow_loopback=False)
    with pytest.raises(FetchError) as info:
        backend.connect_tcp("127.0.0.1", server.port, timeout=2)
    assert info.value.reason == "blocked_address"
    stream = GuardedBackend(allow_loopback=True).connect_tcp("127.0.0.1", server.port, timeout=2)
    assert stream.get_extra_info("server_addr")[0] == "127.0.0.1"
    stream.close()


# --------------------------------------------------------------------------------------------------
# TLS


@pytest.fixture
def tls_server() -> Iterator[tuple[LocalServer, ssl.SSLContext]]:
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("site.test")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_context)
    client_context = http_mod.verified_ssl_context()
    ca.configure_trust(client_context)
    with LocalServer(ssl_context=server_context) as srv:
        srv.route("/", lambda ex: ex.respond(200, b"over tls"))
        yield srv, client_context


def test_tls_verifies_the_name(
    tls_server: tuple[LocalServer, ssl.SSLContext], resolver: FakeResolver
) -> None:
    server, client_context = tls_server
    resolver.answers["site.test"] = ["127.0.0.1"]
    resolver.answers["other.test"] = ["127.0.0.1"]
    with Fetcher(LOCAL, ssl_context=client_context) as f:
        assert f.fetch(f"https://site.test:{server.port}/").data == b"over tls"
        assert fetch_error(f, f"https://other.test:{server.port}/").reason == "tls"
        assert fetch_error(f, f"https://127.0.0.1:{server.port}/").reason == "tls"


def test_tls_unknown_ca_refused(
    tls_server: tuple[LocalServer, ssl.SSLContext], resolver: FakeResolver
) -> None:
    server, _ = tls_server
    resolver.answers["site.test"] = ["127.0.0.1"]
    with Fetcher(LOCAL) as f:
        assert fetch_error(f, f"https://site.test:{server.port}/").reason == "tls"


def test_tls_verification_cannot_be_disabled() -> None:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with pytest.raises(ConfigError):
        Fetcher(LOCAL, ssl_context=context)


# --------------------------------------------------------------------------------------------------
# Pure logic with a mock transport


def _mock_fetcher(handler: Callable[[httpx.Request], httpx.Response], **changes: Any) -> Fetcher:
    return Fetcher(Settings().replace(**changes), transport=httpx.MockTransport(handler))


def test_credentials_dropped_on_cross_origin_redirect() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/start":
            return httpx.Response(302, headers={"Location": "/same"})
        if request.url.path == "/same":
            return httpx.Response(302, headers={"Location": "https://other.example/end"})
        return httpx.Response(200, content=b"done")

    with _mock_fetcher(handler) as f:
        doc = f.fetch(
            "https://news.example/start",
            headers={"Authorization": "Bearer t", "Cookie": "s=1", "X-Other": "kept", "Host": "evil.example"},
        )
    assert doc.url == "https://other.example/end"
    first, same, other = seen
    assert first.headers["authorization"] == "Bearer t" and same.headers["cookie"] == "s=1"
    assert first.headers["host"] == "news.example"
    assert "authorization" not in other.headers and "cookie" not in other.headers
    assert other.headers["x-other"] == "kept"


def test_public_host_redirecting_to_metadata_address() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    with _mock_fetcher(handler) as f:
        assert fetch_error(f, "http://public.example/").reason == "blocked_address"
    assert seen == ["http://public.example/"]


def test_content_length_over_cap_with_mock() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(10 * MB)}, content=b"")

    with _mock_fetcher(handler, fetch_max_bytes=MB) as f:
        assert fetch_error(f, "http://public.example/").reason == "too_large"


def test_relative_and_protocol_relative_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/a/b":
            return httpx.Response(301, headers={"Location": "../c?x=1"})
        if request.url.path == "/c":
            return httpx.Response(303, headers={"Location": "//mirror.example/d"})
        return httpx.Response(200, content=b"end", headers={"Content-Type": "text/plain"})

    with _mock_fetcher(handler) as f:
        doc = f.fetch("https://site.example/a/b")
    assert doc.url == "https://mirror.example/d"
    assert doc.location == "https://site.example/a/b"


def test_transport_errors_map_to_reasons() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "slow.example":
            raise httpx.ReadTimeout("slow", request=request)
        raise httpx.ConnectError("refused", request=request)

    with _mock_fetcher(handler) as f:
        assert fetch_error(f, "http://slow.example/").reason == "timeout"
        assert fetch_error(f, "http://down.example/").reason == "connect"


def test_bad_settings_refused() -> None:
    with pytest.raises(ConfigError):
        Fetcher(Settings(fetch_timeout=0))
    with pytest.raises(ConfigError):
        Fetcher(Settings(fetch_max_bytes=0))


def test_context_manager_closes_client(server: LocalServer) -> None:
    server.route("/", lambda ex: ex.respond(200, b"x"))
    with Fetcher(LOCAL) as f:
        f.fetch(server.url("/"))
    assert f._client.is_closed


def test_peer_address_checked_after_connect(server: LocalServer) -> None:
    backend = GuardedBackend(allow_loopback=True)
    stream = backend.connect_tcp("127.0.0.1", server.port, timeout=2)
    backend.allow_loopback = False
    with pytest.raises(FetchError) as info:
        backend._check_peer(stream, "example.test")
    assert info.value.reason == "blocked_address"


def test_slow_dns_counts_against_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def stuck(host: str, port: int) -> list[tuple[Any, ...]]:
        release.wait(5)
        raise socket.gaierror(socket.EAI_AGAIN, "no answer")

    monkeypatch.setattr(http_mod, "_system_getaddrinfo", stuck)
    try:
        with Fetcher(Settings(fetch_timeout=0.3)) as f:
            assert fetch_error(f, "http://slow-dns.test/").reason == "timeout"
    finally:
        release.set()


# --------------------------------------------------------------------------------------------------
# get(): status errors keep the status and headers, conditional requests may get a 304, robots-style cuts


def test_status_error_keeps_status_and_retry_after(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/busy", lambda ex: ex.respond(429, b"slow", headers={"Retry-After": "120"}))
    with pytest.raises(http_mod.HTTPStatusError) as info:
        fetcher.fetch(server.url("/busy"))
    assert info.value.status == 429 and info.value.retry_after == "120"
    assert info.value.reason == "http_status" and info.value.url == server.url("/busy")


def test_challenge_page_is_not_content(server: LocalServer, fetcher: Fetcher) -> None:
    server.route(
        "/challenge",
        lambda ex: ex.respond(403, b"<html>Just a moment...</html>", headers={"cf-mitigated": "challenge"}),
    )
    assert fetch_error(fetcher, server.url("/challenge")).reason == "challenge"


def test_304_only_for_conditional_requests(server: LocalServer, fetcher: Fetcher) -> None:
    server.route("/etag", lambda ex: ex.respond(304, headers={"ETag": 'W/"7"'}))
    response = fetcher.get(server.url("/etag"), headers={"If-None-Match": 'W/"7"'})
    assert response.not_modified and response.status == 304 and response.headers["etag"] == 'W/"7"'
    assert server.seen("/etag")[0].headers["if-none-match"] == 'W/"7"'
    assert fetch_error(fetcher, server.url("/etag")).reason == "http_status"
    with pytest.raises(http_mod.HTTPStatusError):
        fetcher.fetch(server.url("/etag"), headers={"If-None-Match": 'W/"7"'})  # fetch() wants a document


def test_get_with_lower_cap_and_truncation(server: LocalServer, fetcher: Fetcher) -> None:
    body = b"a" * 5000
    server.route("/long", lambda ex: ex.respond(200, body))
    assert fetch_error_get(fetcher, server.url("/long"), max_bytes=1000).reason == "too_large"
    cut = fetcher.get(server.url("/long"), max_bytes=1000, truncate=True)
    assert cut.truncated and cut.raw is not None and cut.raw.data == body[:1000]
    whole = fetcher.get(server.url("/long"), max_bytes=10 * MB)  # never above fetch_max_bytes
    assert not whole.truncated and whole.raw is not None and whole.raw.data == body


def test_truncation_bounds_a_gzip_bomb(server: LocalServer, gzip_bomb: bytes) -> None:
    server.route("/bomb", lambda ex: ex.respond(200, gzip_bomb, headers={"Content-Encoding": "gzip"}))
    with Fetcher(LOCAL) as f:
        cut = f.get(server.url("/bomb"), max_bytes=512 * 1024, truncate=True)
    assert cut.truncated and cut.raw is not None and len(cut.raw.data) == 512 * 1024


def fetch_error_get(fetcher: Fetcher, url: str, **kwargs: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.get(url, **kwargs)
    assert info.value.reason in REASONS
    return info.value
