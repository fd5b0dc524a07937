"""``detente demo``: a fresh demo database built from the corpus shipped in the package, then served.

The corpus (``data/demo/corpus.toml``, its format is described at the top of that file) enters through
the same pipeline real sources use, offline:

1. every item is rendered to an HTML article page (``<title>``, ``<h1>``, ``<time datetime>``,
   ``article:published_time``, and a ``<link rel="canonical">`` to the official page it summarises when
   there is one), and the topic to a listing page (``<h1>``, overview paragraphs, a dated news list whose
   entries link to the article pages), all in a temporary folder;
2. :class:`~detente.pipeline.Ingester` ingests the listing page with ``follow``: an entry whose link is
   an official URL is followed through :class:`CorpusFetcher`, which answers from the rendered pages
   and never from the network, so the stored document carries the official URL; entries without a URL
   link to their page by a relative path, and those pages are ingested as files, where the store joins
   each one to its listing entry by source, date and title;
3. the store is read back and checked: every item a member of the topic with its title, date,
   precision and teaser, none of them a duplicate of another.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
import shutil
import tempfile
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from detente.calendarnames import MONTH_NAMES
from detente.contracts import topic_page
from detente.errors import DetenteError, FetchError, InputError
from detente.extract.dedup import canonical_url
from detente.model import PartialDate, Precision, RawDocument
from detente.pipeline import Ingester
from detente.settings import Settings
from detente.store.db import Database
from detente.store.schema import documents

log = logging.getLogger(__name__)

DEMO_TOPIC = "nato-russia-relations"
CORPUS_NAME = "corpus.toml"
FIRST_YEAR, LAST_YEAR = 1991, 2025

_ITEM_KEYS = frozenset({"title", "date", "teaser", "text", "source_url"})
_TOPIC_KEYS = frozenset({"slug", "title", "overview"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


# ---------------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True, slots=True)
class DemoItem:
    """One news item of the corpus."""

    title: str
    date: PartialDate
    teaser: str
    """The first sentence (or two): shown in the news list."""
    text: str
    """The rest of the item; the article page shows the teaser followed by this text."""
    source_url: str | None = None


@dataclass(frozen=True, slots=True)
class DemoCorpus:
    slug: str
    title: str
    overview: str
    items: tuple[DemoItem, ...]


def corpus_path() -> Path:
    """The corpus file shipped in the package."""
    return Path(str(resources.files("detente") / "data" / "demo" / CORPUS_NAME))


def demo_files() -> list[Path]:
    """The data files the demo is built from (the corpus)."""
    path = corpus_path()
    return [path] if path.is_file() else []


def load_corpus(path: Path | None = None) -> DemoCorpus:
    """Read and check the corpus; :class:`InputError` names the first problem found."""
    path = path or corpus_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read the demo corpus {path}: {exc}") from exc
    topic = data.get("topic")
    raw_items = data.get("item")
    if not isinstance(topic, dict) or not isinstance(raw_items, list) or set(data) != {"topic", "item"}:
        raise InputError(f"{path}: expected one [topic] table and [[item]] tables only")
    _check_keys("[topic]", topic, required=_TOPIC_KEYS, allowed=_TOPIC_KEYS)
    items = tuple(_item(n, raw) for n, raw in enumerate(raw_items, start=1))
    _check_unique(items)
    return DemoCorpus(
        slug=_text_value("[topic] slug", topic["slug"]),
        title=_text_value("[topic] title", topic["title"]),
        overview=_text_value("[topic] overview", topic["overview"]),
        items=items,
    )


def _check_keys(
    label: str, table: Mapping[str, Any], *, required: frozenset[str], allowed: frozenset[str]
) -> None:
    missing = sorted(required - set(table))
    unknown = sorted(set(table) - allowed)
    if missing or unknown:
        raise InputError(f"{label}: missing keys {missing}, unknown keys {unknown}")


def _text_value(label: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{label}: expected a non-empty string")
    return " ".join(value.split()) if "\n\n" not in value else value.strip()


def _item(number: int, raw: object) -> DemoItem:
    label = f"item {number}"
    if not isinstance(raw, dict):
        raise InputError(f"{label}: expected a table")
    _check_keys(label, raw, required=_ITEM_KEYS - {"source_url"}, allowed=_ITEM_KEYS)
    label = f"item {number} ({raw.get('title')!r})"
    url = raw.get("source_url")
    if url is not None and (not isinstance(url, str) or canonical_url(url) is None):
        raise InputError(f"{label}: source_url must be an absolute http(s) URL")
    return DemoItem(
        title=_text_value(f"{label} title", raw["title"]),
        date=parse_item_date(label, raw["date"]),
        teaser=_text_value(f"{label} teaser", raw["teaser"]),
        text=_text_value(f"{label} text", raw["text"]),
        source_url=url,
    )


def parse_item_date(label: str, value: object) -> PartialDate:
    """``YYYY-MM-DD`` (day precision) or ``YYYY-MM`` (month precision), within the corpus years."""
    text = value if isinstance(value, str) else ""
    try:
        if _DAY.match(text):
            date = PartialDate(dt.date.fromisoformat(text), Precision.DAY)
        elif _MONTH.match(text):
            date = PartialDate(dt.date.fromisoformat(text + "-01"), Precision.MONTH)
        else:
            raise ValueError(text)
    except ValueError as exc:
        raise InputError(f"{label}: date must be YYYY-MM-DD or YYYY-MM, got {value!r}") from exc
    if not FIRST_YEAR <= date.value.year <= LAST_YEAR:
        raise InputError(f"{label}: date {text} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return date


def _check_unique(items: tuple[DemoItem, ...]) -> None:
    """Titles and URLs identify items in the store: each may occur once."""
    for name, values in (
        ("title", [i.title.casefold() for i in items]),
        ("source_url", [canonical_url(i.source_url) for i in items if i.source_url]),
    ):
        seen: set[str | None] = set()
        for value in values:
            if value in seen:
                raise InputError(f"the demo corpus repeats the {name} {value!r}")
            seen.add(value)


# ---------------------------------------------------------------------------------------------------
# Rendering


def human_date(date: PartialDate) -> str:
    """``27 May 1997`` or ``May 1997``."""
    month = MONTH_NAMES[date.value.month - 1]
    if date.precision is Precision.MONTH:
        return f"{month} {date.value.year}"
    return f"{date.value.day} {month} {date.value.year}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_article(item: DemoItem, *, lang: str = "en") -> str:
    """The article page of one item. The heading sits outside ``<article>`` so that the extracted body is
    the item's sentences only (measured: the body then equals teaser + text for every item)."""
    iso = item.date.iso()
    canonical = f'\n<link rel="canonical" href="{_e(item.source_url)}">' if item.source_url else ""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{_e(item.title)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{_e(item.title)}">
<meta property="article:published_time" content="{iso}">{canonical}
</head>
<body>
<main>
<header>
<h1>{_e(item.title)}</h1>
<p><time datetime="{iso}">{human_date(item.date)}</time></p>
</header>
<article>
<p>{_e(item.teaser)}</p>
<p>{_e(item.text)}</p>
</article>
</main>
</body>
</html>
"""


def render_listing(corpus: DemoCorpus, hrefs: list[str]) -> str:
    """The topic page: title, overview paragraphs and the news list, newest first."""
    overview = "\n".join(
        f"<p>{_e(' '.join(p.split()))}</p>" for p in corpus.overview.split("\n\n") if p.strip()
    )
    order = sorted(range(len(corpus.items)), key=lambda n: corpus.items[n].date.value, reverse=True)
    entries = []
    for n in order:
        item, href = corpus.items[n], _e(hrefs[n])
        entries.append(
            f'<li><a href="{href}">{_e(item.title)}</a>\n'
            f'<time datetime="{item.date.iso()}">{human_date(item.date)}</time>\n'
            f'<p>{_e(item.teaser)}</p> <a href="{href}">more</a></li>'
        )
    news = "\n".join(entries)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(corpus.title)}</title>
</head>
<body>
<main>
<h1>{_e(corpus.title)}</h1>
{overview}
<section>
<h2>News</h2>
<ul>
{news}
</ul>
</section>
</main>
</body>
</html>
"""


@dataclass(slots=True)
class DemoSite:
    """The rendered corpus: the listing page, the article files, the pages served by URL."""

    listing: Path
    articles: Path
    pages: dict[str, bytes] = field(default_factory=dict)
    """Article pages of items with an official URL, by canonical URL (what :class:`CorpusFetcher` serves)."""


def write_site(corpus: DemoCorpus, folder: Path) -> DemoSite:
    """Render the corpus into ``folder``: ``topic.html`` and ``articles/NNN.html`` (items without URL)."""
    articles = folder / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    site = DemoSite(listing=folder / "topic.html", articles=articles)
    hrefs: list[str] = []
    for number, item in enumerate(corpus.items, start=1):
        page = render_article(item).encode("utf-8")
        if item.source_url:
            site.pages[canonical_url(item.source_url) or item.source_url] = page
            hrefs.append(item.source_url)
        else:
            name = f"{number:03d}.html"
            (articles / name).write_bytes(page)
            hrefs.append(f"articles/{name}")
    site.listing.write_text(render_listing(corpus, hrefs), encoding="utf-8")
    return site


class CorpusFetcher:
    """A fetcher that answers from the rendered corpus only: the demo never touches the network."""

    def __init__(self, pages: Mapping[str, bytes]) -> None:
        self.pages = dict(pages)
        self.fetched: list[str] = []

    def fetch(self, url: str) -> RawDocument:
        data = self.pages.get(canonical_url(url) or url)
        if data is None:
            raise FetchError(f"{url}: not a page of the demo corpus", reason="not_found")
        self.fetched.append(url)
        return RawDocument(location=url, data=data, url=url, content_type="text/html; charset=utf-8")


# ---------------------------------------------------------------------------------------------------
# Building and checking the demo database


@dataclass(frozen=True, slots=True)
class DemoResult:
    """What :func:`build_demo` made."""

    db: str
    topic_path: str
    """The topic page's URL path, e.g. ``/topics/nato-russia-relations``."""
    items: int
    """Items in the corpus."""
    documents: int
    """Documents of the topic in the store (duplicates left out); equals ``items`` after a good build."""
    with_url: int
    """Items whose stored document carries the official URL."""
    by_precision: dict[str, int]
    ingest: dict[str, object]
    """The ingest summary (``IngestSummary.as_dict()``)."""
    seconds: float


def _fresh_database(settings: Settings) -> None:
    """Delete an existing SQLite demo database (with its WAL files); other databases are left as they are."""
    if "://" in settings.db:
        log.info("demo database %s is not a SQLite file: ingesting into it as it is", settings.db)
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(settings.db + suffix).unlink(missing_ok=True)


def build_demo(settings: Settings, *, corpus: DemoCorpus | None = None) -> DemoResult:
    """Build the demo database from scratch and check it; :class:`DetenteError` when the check fails."""
    started = time.perf_counter()
    corpus = corpus or load_corpus()
    if settings.workers == 0:
        # A few dozen small pages: starting a process pool costs more than it saves (measured).
        settings = settings.replace(workers=1)
    _fresh_database(settings)
    folder = Path(tempfile.mkdtemp(prefix="detente-demo-"))
    db = Database.open(settings)
    try:
        site = write_site(corpus, folder)
        fetcher = CorpusFetcher(site.pages)
        ingester = Ingester(db, settings, follow=True, fetcher=fetcher)
        summary = ingester.run([str(site.listing), str(site.articles)])
        if summary.failed:
            failures = "; ".join(p.line() for p in summary.problems[:5])
            raise DetenteError(f"the demo corpus did not ingest cleanly: {failures}")
        with db.read() as conn:
            page = topic_page(conn, corpus.slug, per_page=len(corpus.items) + 50)
            duplicates = conn.execute(
                select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None))
            ).scalar_one()
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
    problems = check_topic(corpus, page)
    if duplicates:
        problems.append(f"{duplicates} documents were marked as duplicates")
    if problems:
        raise DetenteError("the demo database does not match its corpus: " + "; ".join(problems[:5]))
    precision: dict[str, int] = {}
    for item in corpus.items:
        precision[item.date.precision.value] = precision.get(item.date.precision.value, 0) + 1
    return DemoResult(
        db=settings.db,
        topic_path=f"/topics/{corpus.slug}",
        items=len(corpus.items),
        documents=len(page["items"]),
        with_url=sum(1 for item in page["items"] if item["url"]),
        by_precision=precision,
        ingest=summary.as_dict(),
        seconds=round(time.perf_counter() - started, 2),
    )


def check_topic(corpus: DemoCorpus, page: Mapping[str, Any]) -> list[str]:
    """Differences between the corpus and the topic JSON (empty when every item arrived as written)."""
    problems: list[str] = []
    topic = page["topic"]
    if topic["title"] != corpus.title or not topic["overview"]:
        problems.append(f"topic is {topic['title']!r} with overview {topic['overview'][:40]!r}")
    stored = {item["title"]: item for item in page["items"]}
    for item in corpus.items:
        got = stored.pop(item.title, None)
        if got is None:
            problems.append(f"{item.title!r} is missing")
            continue
        expected = (item.date.iso(), item.date.precision.value, item.teaser, item.source_url)
        found = (got["published"], got["precision"], got["teaser"], got["url"])
        if found != expected:
            problems.append(f"{item.title!r}: stored {found}, expected {expected}")
    problems.extend(f"unexpected item {title!r}" for title in stored)
    return problems


# ---------------------------------------------------------------------------------------------------
# The command


def run_demo(
    settings: Settings,
    *,
    echo: Callable[[str], None],
    serve: bool = True,
    host: str = "127.0.0.1",
    port: int = 8000,
) -> DemoResult:
    """Build the demo database; then serve it (``serve``) or print the topic as text."""
    result = build_demo(settings)
    line = (
        f"demo database {result.db}: {result.documents} news items "
        f"({result.with_url} with their official URL), built in {result.seconds:.1f} s"
    )
    if serve:
        from detente.web.server import serve as serve_web

        echo(line)
        echo(f"Serving http://{host}:{port}{result.topic_path}")
        serve_web(settings, host=host, port=port)
        return result
    db = Database.open(settings)
    try:
        with db.read() as conn:
            page = topic_page(conn, DEMO_TOPIC, per_page=max(1, result.documents))
    finally:
        db.close()
    echo(f"# {page['topic']['title']}\n")
    echo(page["topic"]["overview"] + "\n")
    for item in page["items"]:
        echo(f"{item['published']}  {item['title']}")
        echo(f"    {item['teaser']}\n")
    echo(line)
    return result
