"""``detente watch`` killed with SIGKILL at random points during updates: nothing committed is lost, nothing
is doubled, and the next watcher resumes from the state in the store. Also: SIGTERM and SIGINT stop it
cleanly.

The watcher runs as a subprocess (``python -c`` calling :func:`detente.crawl.watch`) against a local
server with several feeds that grow on every fetch (ETag per version, 304 once complete) and one page.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from detente import crawl
from detente.settings import Settings
from detente.store.db import Database
from detente.store.schema import crawl_sources, documents
from httpserver import Exchange, LocalServer, article_page, rss_feed

KILLS = int(os.environ.get("DETENTE_KILLS", "20"))
FEEDS = 3
CAP = 90
"""Items per feed once it stops growing."""
STEP = 3
"""Items a feed gains on every fetch."""

CHILD = """
import sys
from detente.crawl import watch
from detente.settings import Settings

watch(Settings(
    db=sys.argv[1], fetch_allow_loopback=True, fetch_timeout=5.0, crawl_min_delay=0.0,
    crawl_min_interval=0.0, crawl_retry_base=0.2, code_events=False, workers=1, progress=False,
    watch_max_sleep=0.2,
))
print("clean exit", flush=True)
"""


class GrowingSite:
    """Feeds that gain STEP items per fetch up to CAP, with an ETag per version."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.counts = dict.fromkeys(range(FEEDS), 0)
        self.lock = threading.Lock()
        self.fetches = 0
        server.route("/robots.txt", lambda ex: ex.respond(200, b"User-agent: *\nAllow: /\n"))
        server.route("/feed/*", self.feed)
        server.route(
            "/page", lambda ex: ex.respond(200, article_page("standing-page"), content_type="text/html")
        )

    def keys(self, feed: int, count: int) -> list[str]:
        return [f"f{feed}-item-{n}" for n in range(count)]

    def feed(self, ex: Exchange) -> None:
        feed = int(ex.path.rsplit("/", 1)[-1].removesuffix(".xml"))
        with self.lock:
            self.fetches += 1
            count = self.counts[feed]
            if count >= CAP and ex.headers.get("if-none-match") == f'"v{count}"':
                ex.respond(304, headers={"ETag": f'"v{count}"'})
                return
            count = self.counts[feed] = min(CAP, count + STEP)
        time.sleep(0.02)  # a little server time, so kills land inside fetches too
        body = rss_feed(self.server.url(""), self.keys(feed, count), title=f"feed {feed}")
        ex.respond(200, body, content_type="application/rss+xml", headers={"ETag": f'"v{count}"'})

    def expected_urls(self) -> set[str]:
        base = self.server.url("")
        urls = {f"{base}/a/{key}" for feed in range(FEEDS) for key in self.keys(feed, CAP)}
        return urls | {self.server.url("/page")}


@pytest.fixture
def site() -> Iterator[GrowingSite]:
    with LocalServer() as server:
        yield GrowingSite(server)


def child_settings(path: Path) -> Settings:
    return Settings(
        db=str(path),
        fetch_allow_loopback=True,
        fetch_timeout=5.0,
        crawl_min_delay=0.0,
        crawl_min_interval=0.0,
        crawl_retry_base=0.2,
        code_events=False,
        workers=1,
        progress=False,
    )


def stored(db: Database) -> tuple[list[str], int]:
    """Stored document URLs, and how many URLs are stored more than once."""
    with db.read() as conn:
        urls = [str(u) for u in conn.execute(select(documents.c.url)).scalars()]
        doubled = conn.execute(
            select(func.count()).select_from(
                select(documents.c.url).group_by(documents.c.url).having(func.count() > 1).subquery()
            )
        ).scalar_one()
    return urls, int(doubled)


def start(db_path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_fetches(
    site: GrowingSite, proc: subprocess.Popen[str], more_than: int, limit: float = 120
) -> None:
    end = time.monotonic() + limit
    while site.fetches <= more_than and proc.poll() is None and time.monotonic() < end:
        time.sleep(0.01)


def test_watch_survives_sigkill(site: GrowingSite, tmp_path: Path) -> None:
    db_path = tmp_path / "watch.db"
    settings = child_settings(db_path)
    db = Database.open(settings)
    for feed in range(FEEDS):
        crawl.add_source(db, settings, site.server.url(f"/feed/{feed}.xml"), kind="feed", every="0.1")
    crawl.add_source(db, settings, site.server.url("/page"), kind="page", every="0.1")
    rng = random.Random(5)
    previous: set[str] = set()
    kills = 0
    grew = 0
    while kills < KILLS:
        proc = start(db_path)
        wait_for_fetches(site, proc, site.fetches)
        time.sleep(rng.uniform(0.0, 0.5))
        assert proc.poll() is None, proc.communicate()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kills += 1
        urls, doubled = stored(db)
        now = set(urls)
        assert doubled == 0, f"kill {kills}: documents stored twice"
        assert previous <= now, f"kill {kills}: lost {sorted(previous - now)[:5]}"
        assert now <= site.expected_urls()
        with db.read() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        grew += now > previous
        previous = now
    fetched_before_final = site.fetches
    # the last watcher runs undisturbed until everything is in, then stops on SIGTERM
    proc = start(db_path)
    end = time.monotonic() + 240  # generous: shared CI machines can be slow
    while set(stored(db)[0]) != site.expected_urls() and time.monotonic() < end and proc.poll() is None:
        time.sleep(0.1)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "clean exit" in out, err[-2000:]
    urls, doubled = stored(db)
    assert doubled == 0 and len(urls) == len(set(urls)) == len(site.expected_urls())
    assert set(urls) == site.expected_urls()
    assert site.fetches > fetched_before_final
    with db.read() as conn:
        etags = {str(r.url): r.etag for r in conn.execute(select(crawl_sources.c.url, crawl_sources.c.etag))}
    assert all(etags[site.server.url(f"/feed/{f}.xml")] == f'"v{CAP}"' for f in range(FEEDS))
    # Some kills must land after new commits (otherwise the test proves little); how many depends on the
    # machine's speed, so only at least one is required.
    assert grew >= 1
    print(
        f"watch killed {kills} times ({grew} after new commits); {len(urls)} documents, none lost, none doubled"
    )
    db.close()


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_watch_stops_cleanly_on_signal(site: GrowingSite, tmp_path: Path, sig: signal.Signals) -> None:
    db_path = tmp_path / "watch.db"
    settings = child_settings(db_path)
    db = Database.open(settings)
    crawl.add_source(db, settings, site.server.url("/feed/0.xml"), every="0.1")
    proc = start(db_path)
    wait_for_fetches(site, proc, 0)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "clean exit" in out, err[-2000:]
    urls, doubled = stored(db)
    assert doubled == 0 and urls
    # a watcher started later resumes from the saved state: the feed is due again and grows
    with db.write() as conn:
        conn.execute(update(crawl_sources).values(next_due=dt.datetime.now(dt.UTC)))
    report = crawl.update(db, settings)
    assert [r.outcome for r in report.runs] == ["fetched"]
    db.close()
