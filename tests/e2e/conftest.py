"""Browser tests: a live detente site on 127.0.0.1 and a headless Debian chromium driven by playwright.

- :func:`site` builds a SQLite database in a temporary folder (the seed, when ../shared is there, plus a
  small corpus written here and ingested through :class:`detente.pipeline.Ingester`), serves the app with
  uvicorn in a background thread on a free port and yields a :class:`LiveSite`.
- :func:`browser` launches ``/usr/bin/chromium`` (never a browser playwright would download). The tests
  skip with their reason when chromium or playwright is missing, except under CI (``CI=true``), where
  ``.ci/run`` installs chromium and a skip would hide a broken browser suite.
- :func:`open_page` gives a fresh page with a :class:`PageWatch` recording console messages, page
  errors, dialogs and every request the page makes.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from detente.model import Outcome
from detente.pipeline import Ingester, IngestSummary
from detente.settings import Settings
from detente.store.db import Database

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("DETENTE_SHARED", ROOT.parent / "shared"))
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # A safety net: no host name resolves except 127.0.0.1, so nothing can leave the machine. Requests
    # are still made (and recorded by PageWatch); they fail instead of reaching anything.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
SEED_SLUG = "nato-russia-relations"
OWN_SLUG = "arms-control-dialogue"
OWN_TITLE = "Arms control dialogue"
SEARCH_WORDS = "verification inspections"
ARTICLE_COUNT = 30


# -- the browser ---------------------------------------------------------------------------------


def _unavailable(reason: str) -> None:
    """Skip on a user's machine; fail under CI, where the browser suite must run."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} is missing (install Debian's chromium: apt-get install chromium)")
    if importlib.util.find_spec("playwright") is None:
        _unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class PageWatch:
    """What one page did: console messages, uncaught errors, dialogs and requests."""

    origin: str
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        return [url for url in self.requests if not _same_origin(url, self.origin)]

    def problems(self) -> list[str]:
        out = [f"console: {m}" for m in self.console]
        out += [f"page error: {e}" for e in self.errors]
        out += [f"dialog: {d}" for d in self.dialogs]
        out += [f"request off 127.0.0.1: {u}" for u in self.foreign()]
        return out

    def clear(self) -> None:
        for bucket in (self.console, self.errors, self.dialogs, self.requests):
            bucket.clear()


def _same_origin(url: str, origin: str) -> bool:
    parts, own = urlsplit(url), urlsplit(origin)
    return (parts.scheme, parts.netloc) == (own.scheme, own.netloc)


@pytest.fixture
def open_page(browser: Any, site: LiveSite) -> Iterator[Callable[..., tuple[Any, PageWatch]]]:
    """``open_page(width=1280, height=900, bypass_csp=False)`` → (page, watch); closed afterwards.

    ``bypass_csp`` makes chromium ignore the pages' Content-Security-Policy, to test what the
    sanitiser and escaping achieve on their own."""
    contexts: list[Any] = []

    def opener(*, width: int = 1280, height: int = 900, bypass_csp: bool = False) -> tuple[Any, PageWatch]:
        context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        return page, watch_page(page, site.base_url)

    yield opener
    for context in contexts:
        context.close()


def watch_page(page: Any, origin: str) -> PageWatch:
    """Record what ``page`` does from now on; dialogs are recorded and dismissed."""
    watch = PageWatch(origin=origin)
    page.on("console", lambda m: watch.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("request", lambda r: watch.requests.append(r.url))

    def dialog(d: Any) -> None:
        watch.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return watch


def screenshot_path(name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS / f"{name}.png"


# -- the live site -------------------------------------------------------------------------------


@dataclass
class LiveSite:
    base_url: str
    settings: Settings
    db: Database
    has_seed: bool
    summaries: list[IngestSummary] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path


class LiveServer:
    """The app served by uvicorn in a daemon thread on 127.0.0.1 and a free port; a clean stop."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        # Let uvicorn bind port 0 itself: with a socket passed in, keep-alive requests stalled ~40 ms each.
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        self.port = int(self._server.servers[0].sockets[0].getsockname()[1])
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)


def ingest(
    db: Database, settings: Settings, sources: list[Path], *, topic: str | None = None
) -> IngestSummary:
    return Ingester(db, settings, topic=topic).run([str(p) for p in sources])


def serve_database(db: Database, settings: Settings) -> LiveServer:
    from detente.web.app import create_app

    return LiveServer(create_app(settings, db=db))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveSite]:
    """A site holding the seed (when ../shared is there) and the corpus of :func:`write_site_corpus`."""
    if importlib.util.find_spec("detente.web.app") is None:
        pytest.skip("detente.web.app is not there yet")
    folder = tmp_path_factory.mktemp("site")
    settings = Settings(db=str(folder / "site.db"), progress=False, workers=1)
    db = Database.open(settings)
    scrape, warc = write_site_corpus(folder / "corpus")
    seed = SHARED / "seed" / "nato-russia-relations.txt"
    live = LiveSite(base_url="", settings=settings, db=db, has_seed=seed.is_file())
    if live.has_seed:
        live.summaries.append(ingest(db, settings, [seed]))
    live.summaries.append(ingest(db, settings, [scrape]))
    live.summaries.append(ingest(db, settings, [warc], topic=OWN_SLUG))
    for summary in live.summaries:
        assert summary.failed == 0, [p.line() for p in summary.problems]
    with serve_database(db, settings) as server:
        live.base_url = server.base_url
        yield live
    db.close()


# -- the corpus ----------------------------------------------------------------------------------

_PLACES = [
    "Vienna",
    "Geneva",
    "Brussels",
    "Helsinki",
    "Oslo",
    "Warsaw",
    "Tallinn",
    "Riga",
    "Vilnius",
    "Prague",
]
_THINGS = [
    "short-range missiles",
    "military exercises",
    "naval patrols",
    "air policing",
    "troop ceilings",
    "observation flights",
    "data exchanges",
    "risk reduction",
    "hotline procedures",
    "border incidents",
]
_VERBS = ["discuss", "review", "debate", "examine", "reopen", "assess"]
_WORDS = [
    "delegates",
    "ministers",
    "envoys",
    "experts",
    "officials",
    "agreed",
    "noted",
    "proposed",
    "rejected",
    "welcomed",
    "regretted",
    "the",
    "a",
    "treaty",
    "protocol",
    "measures",
    "transparency",
    "notification",
    "limits",
    "quotas",
    "annual",
    "report",
    "meeting",
    "round",
    "session",
    "ceasefire",
    "channel",
    "contact",
    "group",
    "statement",
    "communique",
    "proposal",
    "draft",
    "text",
    "compliance",
    "concerns",
]


def own_titles() -> list[str]:
    """Titles of the generated articles, in generation order (unique)."""
    return [
        f"Envoys {_VERBS[i % len(_VERBS)]} {_THINGS[i % len(_THINGS)]} in {_PLACES[(i // 3) % len(_PLACES)]} "
        f"(round {i + 1})"
        for i in range(ARTICLE_COUNT)
    ]


def own_dates() -> list[dt.date]:
    return [dt.date(2016, 1, 11) + dt.timedelta(days=67 * i) for i in range(ARTICLE_COUNT)]


def article_url(i: int) -> str:
    return f"https://www.example.org/news/arms-control-round-{i + 1}.html"


def _paragraphs(rng: random.Random, i: int) -> list[str]:
    first = (
        f"Round {i + 1} of the talks in {_PLACES[(i // 3) % len(_PLACES)]} turned to verification and "
        f"on-site inspections of {_THINGS[i % len(_THINGS)]}, the delegations said on the closing day."
    )
    rest = [" ".join(rng.choice(_WORDS) for _ in range(45)).capitalize() + "." for _ in range(4)]
    return [first, *rest]


def article_html(i: int, rng: random.Random) -> bytes:
    title = own_titles()[i]
    day = own_dates()[i]
    paras = "".join(f"<p>{p}</p>" for p in _paragraphs(rng, i))
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | Example Ministry</title>"
        f"<meta property='article:published_time' content='{day.isoformat()}T10:00:00Z'>"
        f"<link rel='canonical' href='{article_url(i)}'></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news/'>News</a></nav></header>"
        f"<main><article><h1>{title}</h1><time datetime='{day.isoformat()}'>{day:%d %B %Y}</time>{paras}"
        "</article></main>"
        "<footer><p>Example Ministry of Foreign Affairs</p></footer></body></html>"
    )
    return page.encode("utf-8")


OWN_OVERVIEW = (
    "Arms control talks between the Alliance and Russia covered conventional forces, missiles and "
    "transparency measures. Most channels fell silent after 2014, though some verification visits went on.",
    "This topic is **generated for the browser tests**: it has dated items, an archive and full articles.",
)

OWN_ITEMS = (
    (
        "Experts meet on conventional forces data exchange",
        "14 Feb. 2023",
        "Experts from both sides met to compare their annual data on conventional forces.",
    ),
    (
        "Observation flight schedule agreed for the spring",
        "03 Nov. 2022",
        "The schedule of observation flights for the spring season was agreed after two days of talks.",
    ),
    (
        "Hotline test completed between military headquarters",
        "21 Jun. 2021",
        "A scheduled test of the direct line between the two military headquarters was completed without incident.",
    ),
)


def scrape_text() -> str:
    """A topic page in the seed's text-scrape format (glued "more" links and dates)."""
    lines = [OWN_TITLE, *OWN_OVERVIEW]
    out = "\n".join(lines) + "\nmoreNews\n"
    for n, (title, date, teaser) in enumerate(OWN_ITEMS):
        out += ("more" if n else "") + f"{title}\n{date}{teaser}\n"
    return out + "more\n"


def write_site_corpus(folder: Path) -> tuple[Path, Path]:
    """Write the own topic's text scrape and a WARC of :data:`ARTICLE_COUNT` articles; their paths."""
    from detente.ingest.warcwrite import write_warc

    folder.mkdir(parents=True, exist_ok=True)
    scrape = folder / "arms-control-dialogue.txt"
    scrape.write_text(scrape_text(), encoding="utf-8")
    rng = random.Random(20240611)
    fetched = dt.datetime(2024, 6, 11, 12, 0, tzinfo=dt.UTC)
    pages = [(article_url(i), article_html(i, rng), fetched) for i in range(ARTICLE_COUNT)]
    warc = folder / "articles.warc.gz"
    write_warc(warc, pages)
    return scrape, warc


def ingested(summary: IngestSummary) -> int:
    return summary.outcomes[Outcome.INGESTED.value]


class E2E:
    """The helpers above, for test modules (a conftest is not importable by name)."""

    SHARED = SHARED
    LiveSite = LiveSite
    LiveServer = LiveServer
    PageWatch = PageWatch
    watch_page = staticmethod(watch_page)
    ingest = staticmethod(ingest)
    serve_database = staticmethod(serve_database)
    screenshot_path = staticmethod(screenshot_path)
    same_origin = staticmethod(_same_origin)
    own_titles = staticmethod(own_titles)
    own_dates = staticmethod(own_dates)
    article_url = staticmethod(article_url)


@pytest.fixture(scope="session")
def e2e() -> type[E2E]:
    return E2E
