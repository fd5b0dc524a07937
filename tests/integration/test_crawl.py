"""Sources, update passes and hostile servers at the crawl level (detente.crawl, detente.store.sources)."""

from __future__ import annotations

import datetime as dt
import gzip
import time
import zlib
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import brotli
import pytest
from sqlalchemy import func, select, update

from detente import crawl
from detente.errors import ConfigError
from detente.settings import Settings
from detente.store import sources as registry
from detente.store.db import Database
from detente.store.schema import crawl_sources, documents, fetch_log
from httpserver import Exchange, LocalServer, article_page, rss_feed

MB = 1024 * 1024
ROBOTS_ALLOW = b"User-agent: *\nDisallow: /private/\n"


def crawl_settings(base: Settings, **changes: object) -> Settings:
    values: dict[str, object] = {
        "fetch_allow_loopback": True,
        "fetch_timeout": 3.0,
        "crawl_min_delay": 0.0,
        "crawl_min_interval": 0.0,
        "crawl_retry_base": 60.0,
        "code_events": False,
        "workers": 1,
        "progress": False,
    }
    values.update(changes)
    return base.replace(**values)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        srv.route("/robots.txt", lambda ex: ex.respond(200, ROBOTS_ALLOW, content_type="text/plain"))
        yield srv


@pytest.fixture
def cs(settings: Settings) -> Settings:
    return crawl_settings(settings)


@pytest.fixture
def db(cs: Settings) -> Iterator[Database]:
    database = Database.open(cs)
    yield database
    database.close()


def make_due(db: Database, url: str | None = None) -> None:
    """Move a source's schedule (and back-off) into the past, as if time had passed."""
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    stmt = update(crawl_sources).values(next_due=past, backoff_until=None)
    if url is not None:
        stmt = stmt.where(crawl_sources.c.url == url)
    with db.write() as conn:
        conn.execute(stmt)


def source(db: Database, url: str) -> registry.Source:
    with db.read() as conn:
        found = registry.find(conn, url)
    assert found is not None
    return found


def doc_count(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())


def fetch_rows(db: Database) -> list[dict[str, object]]:
    with db.read() as conn:
        return [dict(r) for r in conn.execute(select(fetch_log).order_by(fetch_log.c.id)).mappings()]


def one_run(db: Database, cs: Settings) -> crawl.SourceRun:
    report = crawl.update(db, cs)
    assert len(report.runs) == 1, report.runs
    return report.runs[0]


# --------------------------------------------------------------------------------------------------
# The registry


def test_add_list_remove(any_settings: Settings) -> None:
    cs = crawl_settings(any_settings, fetch_allow_loopback=False)
    db = Database.open(cs)
    added = crawl.add_source(db, cs, "https://www.nato.int/feed.xml", kind="feed", topic="nato", every="2h")
    assert added.interval_s == 7200 and added.topic == "nato" and added.health() == "new"
    crawl.add_source(db, cs, "https://example.org/news/", kind="listing")
    with pytest.raises(ConfigError, match="already registered"):
        crawl.add_source(db, cs, "https://www.nato.int/feed.xml")
    listed = crawl.list_sources(db)
    assert [s.url for s in listed] == ["https://www.nato.int/feed.xml", "https://example.org/news/"]
    assert listed[1].interval_s == cs.crawl_interval
    assert listed[0].as_dict()["every"] == "2h"
    assert crawl.remove_source(db, "https://example.org/news/") is True
    assert crawl.remove_source(db, "https://example.org/news/") is False
    assert [s.url for s in crawl.list_sources(db)] == ["https://www.nato.int/feed.xml"]
    db.close()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http"),
        ("ftp://example.org/feed", "only http"),
        ("http://user:pw@example.org/", "credentials"),
        ("http://127.0.0.1/feed", "not a public address"),
        ("http://2130706433/feed", "not a public address"),
        ("http://[::ffff:10.0.0.1]/", "not a public address"),
        ("http://169.254.169.254./latest", "not a public address"),
        ("http://localhost/", "not a public address"),
        ("http:///nohost", "no host"),
    ],
)
def test_add_refuses_urls(settings: Settings, url: str, message: str) -> None:
    db = Database.open(settings)
    with pytest.raises(ConfigError, match=message):
        crawl.add_source(db, settings, url)


def test_intervals(settings: Settings) -> None:
    assert registry.parse_interval("1h") == 3600
    assert registry.parse_interval("1h30m") == 5400
    assert registry.parse_interval("2d") == 2 * 86400
    assert registry.parse_interval(" 45 ") == 45
    assert registry.format_interval(5400) == "1h30m"
    for bad in ("", "soon", "1x", "h1", "-5m"):
        with pytest.raises(ConfigError):
            registry.parse_interval(bad)
    db = Database.open(settings)
    with pytest.raises(ConfigError, match="shorter than the minimum"):
        crawl.add_source(db, settings, "https://example.org/feed", every="1m")
    with pytest.raises(ConfigError, match="unknown source kind"):
        crawl.add_source(db, settings, "https://example.org/feed", kind="podcast")
    with pytest.raises(ConfigError, match="slug"):
        crawl.add_source(db, settings, "https://example.org/feed", topic="NATO Russia")


# --------------------------------------------------------------------------------------------------
# Conditional GET


def test_etag_round_trip_304_ingests_nothing(any_settings: Settings, server: LocalServer) -> None:
    cs = crawl_settings(any_settings)
    db = Database.open(cs)
    etag = 'W/"v1-abc"'
    body = rss_feed(server.url(""), [f"item-{n}" for n in range(5)])

    def feed(ex: Exchange) -> None:
        if ex.headers.get("if-none-match") == etag:
            ex.respond(304, headers={"ETag": etag})
        else:
            ex.respond(200, body, content_type="application/rss+xml", headers={"ETag": etag})

    server.route("/feed.xml", feed)
    url = server.url("/feed.xml")
    crawl.add_source(db, cs, url, kind="feed", topic="nato-russia")
    run = one_run(db, cs)
    assert (run.outcome, run.status, run.new) == ("fetched", 200, 5)
    assert source(db, url).etag == etag  # kept verbatim, W/ and quotes included
    assert crawl.update(db, cs).runs == []  # not due yet
    make_due(db, url)
    run = one_run(db, cs)
    assert (run.outcome, run.status, run.new) == ("not_modified", 304, 0)
    assert server.seen("/feed.xml")[1].headers["if-none-match"] == etag
    assert doc_count(db) == 5
    state = source(db, url)
    assert state.last_outcome == "not_modified" and state.failures == 0 and state.last_new == 0
    with db.read() as conn:
        updates = registry.source_updates(conn, topic="nato-russia")
    assert [u.url for u in updates] == [url]
    assert updates[0].last_success_at == state.last_success_at
    assert updates[0].last_new_at is not None and updates[0].last_new_at < state.last_success_at  # type: ignore[operator]
    db.close()


def test_last_modified_round_trip(server: LocalServer, db: Database, cs: Settings) -> None:
    stamp = "Tue, 01 Apr 2014 12:00:00 GMT"

    def feed(ex: Exchange) -> None:
        if ex.headers.get("if-modified-since") == stamp:
            ex.respond(304)
        else:
            body = rss_feed(server.url(""), ["lm-1", "lm-2"])
            ex.respond(200, body, content_type="application/rss+xml", headers={"Last-Modified": stamp})

    server.route("/lm.xml", feed)
    url = server.url("/lm.xml")
    crawl.add_source(db, cs, url)
    assert one_run(db, cs).new == 2
    make_due(db)
    assert one_run(db, cs).outcome == "not_modified"
    assert source(db, url).last_modified == stamp
    assert "if-none-match" not in server.seen("/lm.xml")[1].headers


def test_changed_etag_is_fetched_again(server: LocalServer, db: Database, cs: Settings) -> None:
    versions = iter([(['"a"'], ["c-1"]), (['"b"'], ["c-1", "c-2"])])

    def feed(ex: Exchange) -> None:
        (tag,), keys = next(versions)
        ex.respond(200, rss_feed(server.url(""), keys), headers={"ETag": tag})

    server.route("/c.xml", feed)
    url = server.url("/c.xml")
    crawl.add_source(db, cs, url)
    assert one_run(db, cs).new == 1
    make_due(db)
    run = one_run(db, cs)
    assert run.new == 1 and source(db, url).etag == '"b"'
    assert server.seen("/c.xml")[1].headers["if-none-match"] == '"a"'
    assert doc_count(db) == 2


def test_validators_not_saved_when_a_document_was_not_stored(
    server: LocalServer, db: Database, cs: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from detente import pipeline

    server.route(
        "/s.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["s-1"]), headers={"ETag": '"s"'})
    )
    url = server.url("/s.xml")
    crawl.add_source(db, cs, url)

    def broken(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(pipeline, "save_article", broken)
    run = one_run(db, cs)
    assert run.outcome == "fetched" and run.new == 0 and run.rejected == 1
    assert source(db, url).etag is None  # the next pass fetches the whole feed again
    monkeypatch.undo()
    make_due(db)
    assert one_run(db, cs).new == 1


# --------------------------------------------------------------------------------------------------
# Retry-After and back-off


def test_429_with_retry_after_seconds(server: LocalServer, db: Database, cs: Settings) -> None:
    server.route("/busy.xml", lambda ex: ex.respond(429, b"slow down", headers={"Retry-After": "120"}))
    busy = server.url("/busy.xml")
    crawl.add_source(db, cs, busy)
    report = crawl.update(db, cs)
    assert [(r.outcome, r.status) for r in report.runs] == [("failed", 429)]
    state = source(db, busy)
    assert state.last_status == 429 and state.failures == 1 and state.health() == "backing off"
    assert state.last_fetch_at is not None and state.backoff_until is not None
    assert (state.backoff_until - state.last_fetch_at).total_seconds() == pytest.approx(120, abs=1)
    assert crawl.update(db, cs).runs == []  # still backing off
    assert len(server.seen("/busy.xml")) == 1


def test_retry_after_pauses_the_whole_host_within_a_pass(
    server: LocalServer, db: Database, cs: Settings
) -> None:
    server.route("/busy.xml", lambda ex: ex.respond(503, b"later", headers={"Retry-After": "60"}))
    server.route("/other.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["o-1"])))
    crawl.add_source(db, cs, server.url("/busy.xml"))
    crawl.add_source(db, cs, server.url("/other.xml"))
    with db.write() as conn:  # both due now, busy first
        conn.execute(update(crawl_sources).values(next_due=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)))
    report = crawl.update(db, cs)
    assert [(r.outcome, r.reason) for r in report.runs] == [
        ("failed", "http_status"),
        ("deferred", "host_backoff"),
    ]
    assert server.seen("/other.xml") == []
    other = source(db, server.url("/other.xml"))
    assert other.failures == 0 and other.last_outcome == "deferred"
    assert other.next_due > other.last_fetch_at  # type: ignore[operator]


def test_retry_after_http_date(server: LocalServer, db: Database, cs: Settings) -> None:
    when = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=2)
    server.route(
        "/d.xml",
        lambda ex: ex.respond(503, b"x", headers={"Retry-After": format_datetime(when, usegmt=True)}),
    )
    crawl.add_source(db, cs, server.url("/d.xml"))
    one_run(db, cs)
    state = source(db, server.url("/d.xml"))
    assert state.backoff_until is not None
    assert abs((state.backoff_until - when).total_seconds()) < 5


def test_exponential_backoff_without_retry_after(server: LocalServer, db: Database, cs: Settings) -> None:
    server.route("/down.xml", lambda ex: ex.respond(500, b"oops"))
    url = server.url("/down.xml")
    crawl.add_source(db, cs, url)
    waits = []
    for _ in range(3):
        make_due(db)
        one_run(db, cs)
        state = source(db, url)
        assert state.backoff_until is not None and state.last_fetch_at is not None
        waits.append(round((state.backoff_until - state.last_fetch_at).total_seconds()))
    assert waits == [60, 120, 240]
    assert source(db, url).failures == 3 and "http_status" in (source(db, url).last_error or "")
    # a success resets the count
    server.route("/down.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["up-1"])))
    make_due(db)
    assert one_run(db, cs).outcome == "fetched"
    state = source(db, url)
    assert state.failures == 0 and state.backoff_until is None and state.health() == "ok"


def test_backoff_is_capped(server: LocalServer, db: Database, settings: Settings) -> None:
    cs = crawl_settings(settings, crawl_max_backoff=3600.0)
    server.route("/x.xml", lambda ex: ex.respond(429, b"x", headers={"Retry-After": "999999999"}))
    crawl.add_source(db, cs, server.url("/x.xml"))
    one_run(db, cs)
    state = source(db, server.url("/x.xml"))
    assert round((state.backoff_until - state.last_fetch_at).total_seconds()) == 3600  # type: ignore[operator]


# --------------------------------------------------------------------------------------------------
# robots.txt at the crawl level


@pytest.mark.parametrize(
    ("robots", "outcome", "reason"),
    [
        ("disallow", "refused", "robots"),
        ("503", "refused", "robots_unreachable"),
        ("timeout", "refused", "robots_unreachable"),
        ("404", "fetched", None),
    ],
)
def test_robots_outcomes(
    settings: Settings, server: LocalServer, robots: str, outcome: str, reason: str | None
) -> None:
    cs = crawl_settings(settings, fetch_timeout=0.5)
    db = Database.open(cs)

    def robots_txt(ex: Exchange) -> None:
        if robots == "disallow":
            ex.respond(200, b"User-agent: detente\nDisallow: /feeds/\n")
        elif robots == "503":
            ex.respond(503, b"down")
        elif robots == "404":
            ex.respond(404, b"none")
        else:
            time.sleep(1.5)
            ex.respond(200, b"")

    server.route("/robots.txt", robots_txt)
    server.route("/feeds/main.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["r-1"])))
    crawl.add_source(db, cs, server.url("/feeds/main.xml"))
    run = one_run(db, cs)
    assert (run.outcome, run.reason) == (outcome, reason)
    assert len(server.seen("/feeds/main.xml")) == (1 if outcome == "fetched" else 0)
    rows = fetch_rows(db)
    assert rows[0]["url"] == server.url("/robots.txt")
    if outcome == "refused":
        assert rows[-1]["outcome"] == "refused" and rows[-1]["reason"] == reason
        assert source(db, server.url("/feeds/main.xml")).health() == "backing off"


# --------------------------------------------------------------------------------------------------
# Hostile servers: each ends in a bounded, recorded failure and stores nothing


def _bomb_gzip(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    return b"".join([compressor.compress(block) for _ in range(size // MB)] + [compressor.flush()])


def _drip(ex: Exchange) -> None:
    ex.start(200, {"Content-Type": "application/rss+xml", "Transfer-Encoding": "chunked"})
    for _ in range(100):
        if not ex.write(b"<"):
            return
        time.sleep(0.2)


def _chunked_huge(ex: Exchange) -> None:
    ex.start(200, {"Content-Type": "application/rss+xml", "Transfer-Encoding": "chunked"})
    block = b"<item>" + b"x" * 65536 + b"</item>"
    while ex.sent < 64 * MB and ex.write(block):
        pass
    ex.end()


def _truncated(ex: Exchange) -> None:
    body = rss_feed("http://example.org", ["t-1", "t-2"])
    ex.start(200, {"Content-Type": "application/rss+xml", "Content-Length": str(len(body) + 500)})
    ex.write(body)
    ex.close_after()


HOSTILE = {
    "/drip": (_drip, "timeout"),
    "/bomb.gz": (
        lambda ex: ex.respond(200, _bomb_gzip(12 * MB), headers={"Content-Encoding": "gzip"}),
        "too_large",
    ),
    "/bomb.br": (
        lambda ex: ex.respond(
            200, bytes(brotli.compress(bytes(12 * MB), quality=5)), headers={"Content-Encoding": "br"}
        ),
        "too_large",
    ),
    "/chunked-huge": (_chunked_huge, "too_large"),
    "/loop": (lambda ex: ex.redirect("/loop2"), "too_many_redirects"),
    "/to-private": (lambda ex: ex.redirect("http://10.0.0.1/latest/"), "blocked_address"),
    "/to-metadata": (lambda ex: ex.redirect("http://169.254.169.254/"), "blocked_address"),
    "/to-file": (lambda ex: ex.redirect("file:///etc/passwd"), "scheme"),
    "/truncated": (_truncated, "truncated"),
    "/empty200": (lambda ex: ex.respond(200, b""), "empty"),
    "/challenge": (
        lambda ex: ex.respond(403, b"<html>Just a moment</html>", headers={"cf-mitigated": "challenge"}),
        "challenge",
    ),
}


def test_hostile_sources(server: LocalServer, settings: Settings) -> None:
    cs = crawl_settings(settings, fetch_timeout=1.0, fetch_max_bytes=MB)
    db = Database.open(cs)
    for path, (handler, _) in HOSTILE.items():
        server.route(path, handler)
        crawl.add_source(db, cs, server.url(path))
    server.route("/loop2", lambda ex: ex.redirect("/loop"))
    report = crawl.update(db, cs)
    got = {r.url.removeprefix(server.url("")): (r.outcome, r.reason) for r in report.runs}
    assert got == {path: ("failed", reason) for path, (_, reason) in HOSTILE.items()}
    assert doc_count(db) == 0
    for listed in crawl.list_sources(db):
        assert listed.failures == 1 and listed.last_error and listed.health() == "backing off"
    # every request the server saw has a fetch-log row, and no row lacks an outcome
    rows = fetch_rows(db)
    assert {r["url"] for r in rows} >= {server.url(p) for p in HOSTILE}
    assert all(r["outcome"] in {"ok", "error"} for r in rows)
    errors = {
        str(r["url"]).removeprefix(server.url("")): r["reason"] for r in rows if r["outcome"] == "error"
    }
    assert errors == {path: reason for path, (_, reason) in HOSTILE.items()}


def test_wrong_charsets_are_ingested_sanely(server: LocalServer, db: Database, cs: Settings) -> None:
    text = "Заявление НАТО о сотрудничестве с Россией и о мерах по укреплению безопасности союзников " * 3
    page = f"<html><head><title>Заявление НАТО</title></head><body><article><h1>Заявление НАТО</h1><p>{text}</p></article></body></html>"
    # the header claims UTF-8, the bytes are Windows-1251
    server.route(
        "/cp1251", lambda ex: ex.respond(200, page.encode("cp1251"), content_type="text/html; charset=utf-8")
    )
    # the header claims ISO-8859-1, the bytes are UTF-8 (with a meta tag saying so)
    meta = page.replace("<head>", '<head><meta charset="utf-8">')
    server.route(
        "/latin1", lambda ex: ex.respond(200, meta.encode(), content_type="text/html; charset=iso-8859-1")
    )
    for path in ("/cp1251", "/latin1"):
        crawl.add_source(db, cs, server.url(path), kind="page")
    report = crawl.update(db, cs)
    assert all(r.outcome == "fetched" for r in report.runs), [r.line() for r in report.runs]
    with db.read() as conn:
        bodies = [r.body for r in conn.execute(select(documents.c.body))]
    assert bodies and all("\ufffd" not in b for b in bodies)
    assert any("НАТО" in b for b in bodies)


# --------------------------------------------------------------------------------------------------
# Kinds: listing with follow, sitemap, page


def test_listing_follows_links_once(server: LocalServer, db: Database, cs: Settings) -> None:
    keys = ["ln-1", "ln-2", "ln-3"]
    links = "".join(
        f'<li><a href="/a/{k}">{k} statement on the alliance</a> <span>1 April 2014</span></li>' for k in keys
    )
    listing = (
        f"<html><head><title>News</title></head><body><h1>News</h1><ul>{links}</ul></body></html>".encode()
    )
    server.route("/news/", lambda ex: ex.respond(200, listing, content_type="text/html"))
    server.route(
        "/a/*", lambda ex: ex.respond(200, article_page(ex.path.rsplit("/", 1)[-1]), content_type="text/html")
    )
    url = server.url("/news/")
    crawl.add_source(db, cs, url, kind="listing")
    run = one_run(db, cs)
    assert run.outcome == "fetched", run.line()
    fetched_articles = [r.path for r in server.requests if r.path.startswith("/a/")]
    assert sorted(fetched_articles) == [f"/a/{k}" for k in keys]
    make_due(db)
    run = one_run(db, cs)
    assert run.outcome == "fetched" and run.new == 0
    # known articles come from the store: no second request for them
    assert len([r for r in server.requests if r.path.startswith("/a/")]) == 3


def test_sitemap_fetches_new_same_host_pages(server: LocalServer, db: Database, cs: Settings) -> None:
    base = server.url("")
    locs = [f"{base}/a/sm-{n}" for n in range(3)] + ["http://elsewhere.example/a/x", f"{base}/private/secret"]
    sitemap = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
        + "<url><loc>&e;</loc></url></urlset>"
    ).encode()
    server.route(
        "/sitemap.xml.gz", lambda ex: ex.respond(200, gzip.compress(sitemap), content_type="application/gzip")
    )
    server.route(
        "/a/*", lambda ex: ex.respond(200, article_page(ex.path.rsplit("/", 1)[-1]), content_type="text/html")
    )
    crawl.add_source(db, cs, server.url("/sitemap.xml.gz"), kind="sitemap")
    run = one_run(db, cs)
    assert run.new == 3 and run.rejected == 1  # /private/ is disallowed by robots.txt
    assert server.seen("/private/secret") == []
    make_due(db)
    run = one_run(db, cs)
    assert run.new == 0 and len([r for r in server.requests if r.path.startswith("/a/")]) == 3


def test_fetch_log_and_health(server: LocalServer, db: Database, cs: Settings) -> None:
    server.route(
        "/ok.xml",
        lambda ex: ex.respond(200, rss_feed(server.url(""), ["h-1", "h-2"]), headers={"ETag": '"1"'}),
    )
    crawl.add_source(db, cs, server.url("/ok.xml"), topic="health")
    crawl.add_source(db, cs, server.url("/gone.xml"))
    crawl.update(db, cs)
    by_url = {s.url: s for s in crawl.list_sources(db)}
    ok, gone = by_url[server.url("/ok.xml")], by_url[server.url("/gone.xml")]
    assert ok.health() == "ok" and ok.last_status == 200 and ok.last_new == 2
    assert gone.health() == "backing off" and gone.last_status == 404 and gone.failures == 1
    shown = ok.as_dict()
    assert shown["health"] == "ok" and shown["last_new"] == 2 and shown["etag"] == '"1"'
    rows = fetch_rows(db)
    assert [(r["url"], r["outcome"], r["status"]) for r in rows] == [
        (server.url("/robots.txt"), "ok", 200),
        (server.url("/ok.xml"), "ok", 200),
        (server.url("/gone.xml"), "error", 404),
    ]
    assert rows[1]["bytes"] > 0 and rows[1]["source_id"] == ok.id
    with db.read() as conn:
        assert [r["url"] for r in registry.recent_fetches(conn, limit=2)] == [
            server.url("/gone.xml"),
            server.url("/ok.xml"),
        ]


def test_check_source_dry_run(server: LocalServer, db: Database, cs: Settings) -> None:
    server.route(
        "/robots.txt", lambda ex: ex.respond(200, b"User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n")
    )
    report = crawl.check_source(db, cs, server.url("/feed.xml"))
    assert report.would_fetch, report.lines
    assert any("registered: no" in line for line in report.lines)
    assert any("per-host delay: 5s" in line for line in report.lines)
    report = crawl.check_source(db, cs, server.url("/private/x"))
    assert not report.would_fetch and report.reason == "robots"
    refused = crawl.check_source(db, cs, "http://10.1.2.3/feed")
    assert not refused.would_fetch and refused.reason == "bad_url"
    assert server.seen("/feed.xml") == [] and server.seen("/private/x") == []
    assert doc_count(db) == 0


def test_check_source_name_resolving_to_private(
    server: LocalServer, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    from detente.ingest import http as http_mod

    def fake(host: str, port: int) -> list[tuple[object, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.20", port))]

    monkeypatch.setattr(http_mod, "_system_getaddrinfo", fake)
    report = crawl.check_source(db, settings, "https://intranet.example/feed")
    assert report.reason == "blocked_address" and not report.would_fetch


def test_watch_runs_passes_and_stops(server: LocalServer, db: Database, cs: Settings) -> None:
    counter = {"n": 0}

    def feed(ex: Exchange) -> None:
        counter["n"] += 1
        ex.respond(200, rss_feed(server.url(""), [f"w-{i}" for i in range(counter["n"])]))

    server.route("/w.xml", feed)
    crawl.add_source(db, cs, server.url("/w.xml"), every="0.05")
    reports: list[crawl.UpdateReport] = []
    summary = crawl.watch(cs, db=db, handle_signals=False, max_passes=12, on_pass=reports.append)
    assert summary.passes == 12 and summary.new == doc_count(db) == counter["n"] >= 2
    stopper = crawl.Stopper()
    stopper.set()
    assert crawl.watch(cs, db=db, stopper=stopper, handle_signals=False).passes == 0


def test_an_unexpected_error_fails_one_source_not_the_pass(
    server: LocalServer, db: Database, cs: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.route("/a.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["u-1"])))
    server.route("/b.xml", lambda ex: ex.respond(200, rss_feed(server.url(""), ["u-2"])))
    crawl.add_source(db, cs, server.url("/a.xml"))
    crawl.add_source(db, cs, server.url("/b.xml"))
    real = crawl.Crawler._ingest
    calls = {"n": 0}

    def flaky(self: crawl.Crawler, src: registry.Source, response: object) -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("bug")
        return real(self, src, response)  # type: ignore[arg-type]

    monkeypatch.setattr(crawl.Crawler, "_ingest", flaky)
    report = crawl.update(db, cs)
    assert [(r.outcome, r.reason) for r in report.runs] == [("failed", "internal_error"), ("fetched", None)]
    assert source(db, server.url("/a.xml")).failures == 1 and doc_count(db) == 1


def test_topic_page_shows_when_each_source_was_last_updated(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from detente.model import TopicSpec
    from detente.store.topics import upsert_topic
    from detente.web.app import create_app

    settings = Settings(db=str(tmp_path / "w.db"), progress=False)
    db = Database.open(settings)
    with db.write() as conn:
        upsert_topic(conn, TopicSpec(slug="watched", title="Watched"))
    crawl.add_source(db, settings, "https://news.example.org/feed.xml", kind="feed", topic="watched")
    with TestClient(create_app(settings, db=db)) as client:
        page = client.get("/topics/watched").text
    assert "news.example.org/feed.xml" in page and "not fetched yet" in page
    with db.write() as conn:
        conn.execute(
            update(crawl_sources).values(
                last_success_at=dt.datetime(2026, 11, 1, 8, 30, tzinfo=dt.UTC),
                last_new_at=dt.datetime(2026, 11, 1, 8, 30, tzinfo=dt.UTC),
            )
        )
    with TestClient(create_app(settings, db=db)) as client:
        page = client.get("/topics/watched").text
    assert "checked <time" in page and "01 Nov. 2026 08:30 UTC" in page
    with db.read() as conn:
        updates = registry.source_updates(conn, topic="watched")
    assert [u.url for u in updates] == ["https://news.example.org/feed.xml"]
