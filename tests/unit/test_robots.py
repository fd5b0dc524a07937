"""robots.txt (RFC 9309), per-host spacing, Retry-After and the fetch records (detente.ingest.robots)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from email.utils import format_datetime

import pytest

from detente.crawl import backoff_delay
from detente.errors import FetchError
from detente.ingest.http import Fetcher, HTTPStatusError
from detente.ingest.robots import (
    ROBOTS_MAX_BYTES,
    FetchRecord,
    PoliteFetcher,
    Stopper,
    retry_after_seconds,
    robots_url,
)
from detente.settings import Settings
from httpserver import Exchange, LocalServer

LOCAL = Settings(fetch_allow_loopback=True, fetch_timeout=2.0, crawl_min_delay=0.0)


class FakeClock:
    """A monotonic clock that only moves when the polite fetcher sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now


class FakeStopper(Stopper):
    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock

    def sleep(self, seconds: float) -> None:
        self.clock.sleeps.append(round(seconds, 3))
        self.clock.now += seconds


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        srv.route("/page", lambda ex: ex.respond(200, b"page"))
        srv.route("/private/page", lambda ex: ex.respond(200, b"secret"))
        yield srv


def polite(settings: Settings = LOCAL) -> tuple[PoliteFetcher, FakeClock, list[FetchRecord]]:
    clock = FakeClock()
    records: list[FetchRecord] = []
    fetcher = PoliteFetcher(
        Fetcher(settings), settings, recorder=records.append, stopper=FakeStopper(clock), clock=clock
    )
    return fetcher, clock, records


def refusal(p: PoliteFetcher, url: str) -> str:
    with pytest.raises(FetchError) as info:
        p.get(url)
    return info.value.reason


# --------------------------------------------------------------------------------------------------
# Retry-After and back-off


NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("-5", 0.0),
        ("999999999", 999999999.0),
        (format_datetime(NOW + dt.timedelta(minutes=30), usegmt=True), 1800.0),
        (format_datetime(NOW - dt.timedelta(minutes=30), usegmt=True), 0.0),
        ("Wed, 01 May 2024 13:00:00 GMT", 3600.0),
        ("garbage", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_values(value: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(value, now=NOW) == seconds


def test_backoff_delay() -> None:
    s = Settings(crawl_retry_base=60.0, crawl_max_backoff=3600.0, crawl_min_delay=1.0)
    assert [backoff_delay(s, n) for n in (1, 2, 3, 4, 7, 50)] == [60, 120, 240, 480, 3600, 3600]

    def status(code: int, ra: str | None) -> HTTPStatusError:
        return HTTPStatusError("x", status=code, url="u", headers={"Retry-After": ra} if ra else {})

    assert backoff_delay(s, 1, status(429, "120")) == 120
    assert backoff_delay(s, 1, status(503, "999999999")) == 3600
    assert backoff_delay(s, 1, status(429, "-5")) == 1.0
    assert backoff_delay(s, 2, status(429, "garbage")) == 120
    assert backoff_delay(s, 2, status(500, "10")) == 120  # Retry-After counts on 429 and 503 only


# --------------------------------------------------------------------------------------------------
# robots.txt


def test_robots_url() -> None:
    assert robots_url("https://www.nato.int/cps/en/natohq/news.htm?x=1") == "https://www.nato.int/robots.txt"
    assert robots_url("http://example.org:8080/a/b") == "http://example.org:8080/robots.txt"


def test_robots_200_is_parsed(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(200, b"User-agent: detente\nDisallow: /private/\n"))
    p, _, records = polite()
    assert p.get(server.url("/page")).raw.data == b"page"  # type: ignore[union-attr]
    assert refusal(p, server.url("/private/page")) == "robots"
    assert server.seen("/private/page") == []
    assert [(r.url, r.outcome, r.reason) for r in records] == [
        (server.url("/robots.txt"), "ok", None),
        (server.url("/page"), "ok", None),
        (server.url("/private/page"), "refused", "robots"),
    ]


def test_other_agents_rules_do_not_apply(server: LocalServer) -> None:
    server.route(
        "/robots.txt",
        lambda ex: ex.respond(200, b"User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"),
    )
    p, _, _ = polite()
    assert p.get(server.url("/page")).status == 200


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_robots_4xx_allows_everything(server: LocalServer, status: int) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(status, b"no"))
    p, _, _ = polite()
    assert p.get(server.url("/private/page")).status == 200


@pytest.mark.parametrize("status", [429, 500, 503])
def test_robots_5xx_and_429_disallow_everything(server: LocalServer, status: int) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(status, b"down"))
    p, _, _ = polite()
    assert refusal(p, server.url("/page")) == "robots_unreachable"
    assert server.seen("/page") == []


def test_robots_timeout_disallows(server: LocalServer) -> None:
    def slow(ex: Exchange) -> None:
        time.sleep(1.0)
        ex.respond(200, b"")

    server.route("/robots.txt", slow)
    p, _, records = polite(LOCAL.replace(fetch_timeout=0.3))
    assert refusal(p, server.url("/page")) == "robots_unreachable"
    assert records[0].outcome == "error" and records[0].reason == "timeout"


def test_robots_unreachable_host_disallows() -> None:
    from httpserver import free_port

    p, _, _ = polite()
    assert refusal(p, f"http://127.0.0.1:{free_port()}/page") == "robots_unreachable"


def test_robots_redirect_loop_means_unavailable(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.redirect("/robots2.txt"))
    server.route("/robots2.txt", lambda ex: ex.redirect("/robots.txt"))
    p, _, _ = polite()
    assert p.get(server.url("/page")).status == 200


def test_robots_redirect_followed(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.redirect("/real-robots.txt"))
    server.route("/real-robots.txt", lambda ex: ex.respond(200, b"User-agent: *\nDisallow: /private/\n"))
    p, _, _ = polite()
    assert refusal(p, server.url("/private/page")) == "robots"


def test_empty_robots_allows(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(200, b""))
    p, _, _ = polite()
    assert p.get(server.url("/private/page")).status == 200


def test_huge_robots_is_cut_not_refused(server: LocalServer) -> None:
    body = b"User-agent: *\nDisallow: /private/\n" + b"# filler line\n" * (2 * ROBOTS_MAX_BYTES // 14)
    body += b"Disallow: /page\n"  # beyond the parsed part: ignored
    server.route("/robots.txt", lambda ex: ex.respond(200, body))
    p, _, records = polite()
    assert p.get(server.url("/page")).status == 200
    assert refusal(p, server.url("/private/page")) == "robots"
    assert records[0].detail == "truncated" and records[0].bytes == ROBOTS_MAX_BYTES


def test_robots_cached_then_refetched_after_ttl(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(200, b"User-agent: *\nAllow: /\n"))
    p, clock, _ = polite(LOCAL.replace(robots_ttl=600.0))
    for _ in range(3):
        p.get(server.url("/page"))
    assert len(server.seen("/robots.txt")) == 1
    clock.now += 601
    p.get(server.url("/page"))
    assert len(server.seen("/robots.txt")) == 2


def test_unreachable_robots_retried_sooner(server: LocalServer) -> None:
    answers = iter([503, 200])
    server.route("/robots.txt", lambda ex: ex.respond(next(answers), b"User-agent: *\nAllow: /\n"))
    p, clock, _ = polite()
    assert refusal(p, server.url("/page")) == "robots_unreachable"
    clock.now += 601  # unreachable answers are kept 10 minutes, not a day
    assert p.get(server.url("/page")).status == 200


# --------------------------------------------------------------------------------------------------
# Per-host spacing and Crawl-delay


@pytest.mark.parametrize(
    ("directive", "delay"),
    [
        ("", 1.0),
        ("Crawl-delay: 0\n", 1.0),
        ("Crawl-delay: 5\n", 5.0),
        ("Crawl-delay: 86400\n", 60.0),
        ("Crawl-delay: abc\n", 1.0),
    ],
)
def test_crawl_delay_clamped(server: LocalServer, directive: str, delay: float) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(200, f"User-agent: *\n{directive}Allow: /\n".encode()))
    p, clock, _ = polite(LOCAL.replace(crawl_min_delay=1.0, crawl_delay_cap=60.0))
    for _ in range(3):
        p.get(server.url("/page"))
    # robots.txt, then three pages, each waiting for the host delay after the request before it
    assert clock.sleeps == [delay, delay, delay]
    assert p.verdict(server.url("/page")).delay == delay


def test_hosts_are_spaced_independently(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(404, b""))
    p, clock, _ = polite(LOCAL.replace(crawl_min_delay=2.0))
    p.get(server.url("/page"))
    p.get(server.url("/page", host="localhost"))  # another host name: no wait for the first one's delay
    assert clock.sleeps == [2.0, 2.0]  # only after each host's own robots.txt request


def test_retry_after_pauses_the_host(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(404, b""))
    server.route("/busy", lambda ex: ex.respond(429, b"", headers={"Retry-After": "120"}))
    p, clock, records = polite()
    with pytest.raises(HTTPStatusError) as info:
        p.get(server.url("/busy"))
    assert info.value.status == 429 and info.value.retry_after == "120"
    assert refusal(p, server.url("/page")) == "host_backoff"
    assert server.seen("/page") == [] and p.paused_for(server.url("/page")) == 120
    assert records[-1].outcome == "refused" and records[-1].reason == "host_backoff"
    clock.now += 121
    assert p.get(server.url("/page")).status == 200


def test_stop_during_wait_sends_nothing(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(404, b""))
    clock = FakeClock()
    stopper = FakeStopper(clock)
    p = PoliteFetcher(Fetcher(LOCAL), LOCAL.replace(crawl_min_delay=5.0), stopper=stopper, clock=clock)
    p.get(server.url("/page"))
    stopper.set()
    assert refusal(p, server.url("/page")) == "stopping"
    assert len(server.seen("/page")) == 1


def test_stopper_sleep_ends_early() -> None:
    stopper = Stopper()
    stopper.set()
    stopper.sleep(30)  # returns at once
    assert stopper.is_set()


def test_conditional_get_and_304(server: LocalServer) -> None:
    server.route("/robots.txt", lambda ex: ex.respond(404, b""))
    server.route(
        "/etag",
        lambda ex: (
            ex.respond(304)
            if ex.headers.get("if-none-match") == '"x"'
            else ex.respond(200, b"v", headers={"ETag": '"x"'})
        ),
    )
    p, _, records = polite()
    first = p.get(server.url("/etag"))
    assert first.status == 200 and first.headers["etag"] == '"x"'
    second = p.get(server.url("/etag"), headers={"If-None-Match": '"x"'})
    assert second.not_modified and second.raw is None and second.status == 304
    assert [r.outcome for r in records][-2:] == ["ok", "not_modified"]
    # a 304 to a request that was not conditional is an error, never an empty document
    server.route("/stray304", lambda ex: ex.respond(304))
    with pytest.raises(HTTPStatusError):
        p.get(server.url("/stray304"))
