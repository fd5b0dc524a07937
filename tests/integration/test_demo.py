"""The demo: its corpus, the build through the ingest pipeline, and ``run_demo``.

Corpus checks need nothing but the package; the URL check reads ../shared through ``shared_data``.
The demo database is built once for the module (and once more by the rebuild test).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from detente.contracts import topic_page
from detente.demo import (
    DEMO_TOPIC,
    CorpusFetcher,
    DemoCorpus,
    DemoResult,
    build_demo,
    check_topic,
    demo_files,
    load_corpus,
    render_article,
    render_listing,
    run_demo,
)
from detente.errors import FetchError, InputError
from detente.ingest.detect import DocType, detect
from detente.model import Precision
from detente.settings import Settings
from detente.slugs import slugify
from detente.store.db import Database

SENTENCE_END = re.compile(r"[.!?](?=\s|$)")

# Events the corpus must cover (issue 3, item 5): a date each, with the precision the corpus gives it.
REQUIRED_DATES = [
    "1991-12-20",  # first North Atlantic Cooperation Council
    "1994-06-22",  # Russia joins the Partnership for Peace
    "1997-05-27",  # Founding Act
    "1997-07",  # first Permanent Joint Council
    "1999-03-24",  # Kosovo: Russia suspends ties
    "2002-05-28",  # Rome Declaration, NATO-Russia Council
    "2004-03-29",  # enlargement
    "2007-02-10",  # Munich speech
    "2007-07-14",  # CFE suspension
    "2008-08-08",  # Georgia war
    "2008-08-19",  # NRC meetings suspended
    "2009-03-05",  # resumption
    "2010-11-20",  # Lisbon
    "2014-03-18",  # Crimea
    "2014-04-01",  # suspension of practical cooperation
    "2014-09-05",  # Wales
    "2015-10-05",  # Turkish airspace
    "2015-11-24",  # Su-24 downed
    "2016-04-20",  # first NRC since 2014
    "2016-07-08",  # Warsaw, Enhanced Forward Presence
    "2018-03-27",  # Salisbury expulsions
    "2019-08-02",  # end of the INF Treaty
    "2021-10-06",  # accreditation withdrawn
    "2021-10-18",  # Russia suspends its mission
    "2021-12-17",  # treaty proposals
    "2022-01-12",  # NRC meeting
    "2022-02-24",  # invasion
    "2022-06-29",  # Madrid Strategic Concept
    "2023-04-04",  # Finland
    "2023-07-11",  # Vilnius
    "2024-03-07",  # Sweden
    "2024-07-10",  # Washington
    "2025-06-25",  # The Hague
]


@pytest.fixture(scope="module")
def corpus() -> DemoCorpus:
    return load_corpus()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, DemoResult, dict[str, Any]]:
    settings = Settings(db=str(tmp_path_factory.mktemp("demo") / "demo.db"), progress=False)
    result = build_demo(settings)
    return settings, result, _topic_json(settings)


def _topic_json(settings: Settings) -> dict[str, Any]:
    db = Database.open(settings, migrate=False)
    try:
        with db.read() as conn:
            return topic_page(conn, DEMO_TOPIC, per_page=100)
    finally:
        db.close()


def _start(published: str) -> dt.date:
    return dt.date.fromisoformat(published if len(published) == 10 else published + "-01")


# --- the corpus, without any shared data --------------------------------------------------------------


def test_corpus_ships_in_the_package_and_is_large_enough(corpus: DemoCorpus) -> None:
    assert demo_files() and demo_files()[0].name == "corpus.toml"
    assert len(corpus.items) >= 44
    assert corpus.slug == DEMO_TOPIC == slugify(corpus.title)
    assert corpus.title == "NATO-Russia relations"
    assert 3 <= len(SENTENCE_END.findall(corpus.overview)) <= 5


def test_corpus_dates_are_valid_and_cover_1991_to_2025(corpus: DemoCorpus) -> None:
    years = {item.date.value.year for item in corpus.items}
    assert min(years) == 1991 and max(years) == 2025
    for item in corpus.items:
        assert item.date.precision in (Precision.DAY, Precision.MONTH)
        if item.date.precision is Precision.MONTH:
            assert item.date.value.day == 1
    months = [i for i in corpus.items if i.date.precision is Precision.MONTH]
    assert len(months) >= 5
    dates = {item.date.iso() for item in corpus.items}
    assert not [d for d in REQUIRED_DATES if d not in dates]


def test_each_item_has_two_to_four_sentences_and_a_one_sentence_teaser(corpus: DemoCorpus) -> None:
    for item in corpus.items:
        teaser = len(SENTENCE_END.findall(item.teaser))
        total = teaser + len(SENTENCE_END.findall(item.text))
        assert teaser == 1 and 2 <= total <= 4, item.title


def test_titles_and_texts_are_distinct(corpus: DemoCorpus) -> None:
    titles = [item.title.casefold() for item in corpus.items]
    teasers = [item.teaser for item in corpus.items]
    assert len(set(titles)) == len(titles) and len(set(teasers)) == len(teasers)
    urls = [item.source_url for item in corpus.items if item.source_url]
    assert len(set(urls)) == len(urls) >= 10


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [
        ('date = "1997-13-01"', "date must be"),
        ('date = "1989-05-01"', "outside"),
        ('date = "May 1997"', "date must be"),
        ('date = "1997-05-27"\ncolour = "red"', "unknown keys"),
        ('date = "1997-05-27"\nsource_url = "ftp://example.org/x"', "http(s)"),
    ],
)
def test_bad_corpus_entries_are_named(tmp_path: Path, snippet: str, problem: str) -> None:
    path = tmp_path / "corpus.toml"
    path.write_text(
        '[topic]\nslug = "t"\ntitle = "T"\noverview = "An overview."\n\n'
        f'[[item]]\ntitle = "A"\nteaser = "One."\ntext = "Two."\n{snippet}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=re.escape(problem)):
        load_corpus(path)


def test_repeated_urls_are_refused(tmp_path: Path) -> None:
    item = 'teaser = "One."\ntext = "Two."\ndate = "2000-01"\nsource_url = "https://example.org/a"\n'
    path = tmp_path / "corpus.toml"
    path.write_text(
        f'[topic]\nslug = "t"\ntitle = "T"\noverview = "O."\n[[item]]\ntitle = "A"\n{item}[[item]]\ntitle = "B"\n{item}',
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="repeats the source_url"):
        load_corpus(path)


def test_rendered_pages_are_an_article_and_a_listing(corpus: DemoCorpus) -> None:
    with_url = next(item for item in corpus.items if item.source_url)
    page = render_article(with_url)
    assert f'<link rel="canonical" href="{with_url.source_url}">'.replace("&", "&amp;") in page
    month = next(item for item in corpus.items if item.date.precision is Precision.MONTH)
    page = render_article(month)
    assert f'content="{month.date.iso()}"' in page and 'rel="canonical"' not in page
    assert detect(page.encode(), content_type="text/html") is DocType.HTML
    listing = render_listing(corpus, [f"articles/{n:03d}.html" for n in range(len(corpus.items))])
    assert detect(listing.encode(), content_type="text/html") is DocType.LISTING


def test_the_fetcher_answers_only_from_the_corpus() -> None:
    fetcher = CorpusFetcher({"https://example.org/a": b"<html></html>"})
    assert fetcher.fetch("https://EXAMPLE.org/a#top").url == "https://EXAMPLE.org/a#top"
    with pytest.raises(FetchError):
        fetcher.fetch("https://example.org/b")


# --- the corpus against ../shared ---------------------------------------------------------------------


def test_every_source_url_comes_from_the_url_index(corpus: DemoCorpus, shared_data: Any) -> None:
    index = shared_data.path("data", "corpora", "nato-russia-pages-url-index", "urls.jsonl")
    kremlin = shared_data.path("data", "corpora", "kremlin-en-nato-pages", "pages.jsonl")
    known = set()
    for path in (index, kremlin):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                known.add(json.loads(line)["url"])
    unknown = [item.source_url for item in corpus.items if item.source_url and item.source_url not in known]
    assert not unknown


# --- the demo database ----------------------------------------------------------------------------------


def test_build_gives_every_item_newest_first(
    corpus: DemoCorpus, built: tuple[Settings, DemoResult, dict[str, Any]]
) -> None:
    _, result, page = built
    assert result.topic_path == "/topics/nato-russia-relations"
    assert result.items == result.documents == len(corpus.items)
    assert result.ingest["rejected"] == 0 and result.ingest["duplicates"] == 0
    items = page["items"]
    assert len(items) >= 40 and page["pages"] == 1
    assert page["topic"]["title"] == "NATO-Russia relations" and len(page["topic"]["overview"]) > 200
    starts = [_start(item["published"]) for item in items]
    assert starts == sorted(starts, reverse=True)
    for item in items:
        assert item["title"] and item["teaser"] and item["published"]
        assert item["precision"] == ("day" if len(item["published"]) == 10 else "month")
    assert not check_topic(corpus, page)


def test_stored_dates_precision_and_urls_match_the_corpus(
    corpus: DemoCorpus, built: tuple[Settings, DemoResult, dict[str, Any]]
) -> None:
    _, result, page = built
    stored = {item["title"]: item for item in page["items"]}
    for item in corpus.items:
        got = stored[item.title]
        assert got["published"] == item.date.iso() and got["precision"] == item.date.precision.value
        assert got["url"] == item.source_url
        assert got["teaser"] == item.teaser
    months = [item for item in page["items"] if item["precision"] == "month"]
    assert months and all(re.fullmatch(r"\d{4}-\d{2}", item["published"]) for item in months)
    assert result.with_url == sum(1 for item in corpus.items if item.source_url)


def test_no_item_is_a_duplicate(built: tuple[Settings, DemoResult, dict[str, Any]]) -> None:
    settings, _, page = built
    db = Database.open(settings, migrate=False)
    try:
        with db.read() as conn:
            from sqlalchemy import func, select

            from detente.store.schema import documents

            total = conn.execute(select(func.count()).select_from(documents)).scalar_one()
            dups = conn.execute(
                select(func.count()).select_from(documents).where(documents.c.duplicate_of.is_not(None))
            ).scalar_one()
    finally:
        db.close()
    assert dups == 0 and total == len(page["items"])


def test_rebuilding_gives_the_same_result_and_prints_the_topic(
    built: tuple[Settings, DemoResult, dict[str, Any]],
) -> None:
    settings, first, page = built
    lines: list[str] = []
    again = run_demo(settings, echo=lines.append, serve=False)
    assert _topic_json(settings) == page
    assert (again.items, again.documents, again.with_url) == (first.items, first.documents, first.with_url)
    assert lines[0] == "# NATO-Russia relations\n"
    assert lines[-1].startswith(f"demo database {settings.db}: {first.documents} news items")
    newest = page["items"][0]
    assert f"{newest['published']}  {newest['title']}" in lines


def test_run_demo_serves_the_topic_page(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "demo.db"), progress=False)
    canned = DemoResult(
        db=settings.db,
        topic_path="/topics/nato-russia-relations",
        items=1,
        documents=1,
        with_url=0,
        by_precision={"day": 1},
        ingest={},
        seconds=0.0,
    )
    calls: list[tuple[Settings, str, int]] = []

    def serve(settings: Settings, *, host: str, port: int) -> None:
        calls.append((settings, host, port))

    server = types.ModuleType("detente.web.server")
    server.serve = serve  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "detente.web.server", server)
    monkeypatch.setattr("detente.demo.build_demo", lambda s: canned)
    lines: list[str] = []
    run_demo(settings, echo=lines.append, host="127.0.0.1", port=8000)
    assert "Serving http://127.0.0.1:8000/topics/nato-russia-relations" in lines
    assert calls == [(settings, "127.0.0.1", 8000)]
