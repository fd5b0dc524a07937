"""The read queries behind the pages, and the pages themselves, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator

import pytest

from detente.contracts import topic_page
from detente.errors import NotFound
from detente.model import Article, Precision, TopicSpec
from detente.settings import Settings
from detente.store import queries
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.topics import upsert_topic
from detente.web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SLUG = "relations"


def _article(n: int, **changes: object) -> Article:
    values: dict[str, object] = {
        "title": f"Item {n}",
        "body": f"Item {n} text: " + " ".join(f"term{n}w{i}" for i in range(30)) + " council",
        "teaser": f"Teaser {n}",
        "url": f"https://a.example/{n}",
        "published": dt.date(2020, 1, 1) + dt.timedelta(days=n % 7),  # ties on purpose
        "precision": Precision.DAY,
        "source": "a.example" if n % 3 else "b.example",
        "topics": [SLUG],
    }
    values.update(changes)
    return Article(**values)  # type: ignore[arg-type]


@pytest.fixture
def db(any_settings: Settings) -> Iterator[Database]:
    database = Database.open(any_settings)
    with database.write() as conn:
        upsert_topic(conn, TopicSpec(slug=SLUG, title="Relations", overview="About *relations*."))
        upsert_topic(conn, TopicSpec(slug="empty", title="Empty"))

        def save(art: Article) -> int:
            return save_article(
                conn, art, settings=any_settings, run_id="q", location="t", label="x"
            ).document_id

        for n in range(30):
            save(_article(n))
        save(_article(40, published=None, precision=None, title="Undated one"))
        save(_article(41, published=dt.date(2019, 6, 1), precision=Precision.MONTH, title="June 2019"))
        save(_article(42, body=_article(3).body, title="Copy of item 3"))  # exact duplicate
        save(_article(43, topics=["other"], title="Elsewhere"))
    yield database
    database.close()


def _ids(page: queries.NewsPage) -> list[int]:
    return [i.id for i in page.items]


def test_news_page_matches_the_contract_order_and_totals(db: Database) -> None:
    with db.read() as conn:
        topic = queries.topic_by_slug(conn, SLUG)
        first = queries.news_page(conn, topic.id, page=1, per_page=20)
        second = queries.news_page(conn, topic.id, page=2, per_page=20)
        assert first.total == 32 and first.pages == 2 and len(second.items) == 12
        everything = first.items + second.items
        assert everything[-1].title == "Undated one" and everything[-1].published is None
        assert everything[-2].title == "June 2019"
        assert "Copy of item 3" not in [i.title for i in everything]
        dates = [i.published for i in everything if i.published]
        assert dates == sorted(dates, reverse=True)
        contract = topic_page(conn, SLUG, page=1, per_page=20)
        assert [i["id"] for i in contract["items"]] == _ids(first)
        assert contract["pages"] == first.pages


def test_large_and_small_topic_plans_agree(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        filters = queries.NewsFilters(date_from=dt.date(2020, 1, 2), source_id=None)
        small = [queries.news_page(conn, topic_id, page=p, per_page=7) for p in (1, 2, 5)]
        small_filtered = queries.news_page(conn, topic_id, per_page=50, filters=filters)
        monkeypatch.setattr(queries, "SMALL_TOPIC", 0)
        large = [queries.news_page(conn, topic_id, page=p, per_page=7) for p in (1, 2, 5)]
        large_filtered = queries.news_page(conn, topic_id, per_page=50, filters=filters)
    assert [_ids(p) for p in small] == [_ids(p) for p in large]
    assert [p.total for p in small] == [p.total for p in large] == [32, 32, 32]
    assert _ids(small_filtered) == _ids(large_filtered) and small_filtered.total == large_filtered.total


def test_news_filters(db: Database) -> None:
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        b_id = queries.source_id_by_name(conn, "b.example")
        assert b_id is not None and queries.source_id_by_name(conn, "nope") is None
        by_source = queries.news_page(conn, topic_id, filters=queries.NewsFilters(source_id=b_id))
        assert by_source.total == 10 and all(i.source_name == "b.example" for i in by_source.items)
        window = queries.NewsFilters(date_from=dt.date(2020, 1, 3), date_to=dt.date(2020, 1, 4))
        in_window = queries.news_page(conn, topic_id, per_page=50, filters=window)
        assert {i.published for i in in_window.items} == {dt.date(2020, 1, 3), dt.date(2020, 1, 4)}
        assert in_window.total == len(in_window.items) == 8
        empty_topic = queries.topic_by_slug(conn, "empty")
        nothing = queries.news_page(conn, empty_topic.id)
        assert nothing.items == [] and nothing.total == 0 and nothing.pages == 1


def test_bounded_count_stops_at_the_cap(db: Database) -> None:
    from sqlalchemy import select

    from detente.store.schema import documents

    with db.read() as conn:
        assert queries.bounded_count(conn, select(documents.c.id), cap=5) == 5
        assert queries.bounded_count(conn, select(documents.c.id)) == 34


def test_topic_sources_and_menus(db: Database) -> None:
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        assert [s.name for s in queries.topic_sources(conn, topic_id)] == ["a.example", "b.example"]
        empty = queries.topic_by_slug(conn, "empty").id
        assert queries.topic_sources(conn, empty) == []
        assert [t.slug for t in queries.all_topics(conn)] == ["empty", "other", SLUG]
        assert [s.name for s in queries.all_sources(conn)] == ["a.example", "b.example"]
        with pytest.raises(NotFound):
            queries.topic_by_slug(conn, "missing")
        assert queries.topic_id_by_slug(conn, "missing") is None


def test_document_detail(db: Database) -> None:
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        items = queries.news_page(conn, topic_id, per_page=100).items
        three = next(i for i in items if i.title == "Item 3")
        detail = queries.document_detail(conn, three.id)
        assert detail.title == "Item 3" and detail.source is not None and detail.source.name == "b.example"
        assert [t.slug for t in detail.topics] == [SLUG]
        assert [d.title for d in detail.duplicates] == ["Copy of item 3"]
        copy = queries.document_detail(conn, detail.duplicates[0].id)
        assert copy.duplicate_of is not None and copy.duplicate_of.id == three.id
        assert copy.similarity == 1.0
        month = next(i for i in items if i.title == "June 2019")
        assert queries.document_detail(conn, month.id).precision == "month"
        with pytest.raises(NotFound):
            queries.document_detail(conn, 10**9)


def test_pages_on_each_backend(db: Database, any_settings: Settings) -> None:
    client = TestClient(create_app(any_settings, db=db))
    data = client.get(f"/topics/{SLUG}.json").json()
    with db.read() as conn:
        assert data == topic_page(conn, SLUG, page=1, per_page=10)
        assert client.get(f"/topics/{SLUG}/news.json?page=2").json() == topic_page(
            conn, SLUG, page=2, per_page=20
        )
    for path in (
        "/",
        f"/topics/{SLUG}",
        f"/topics/{SLUG}/news?from=2020-01-02&source=a.example",
        f"/documents/{data['items'][0]['id']}",
        "/search?q=council&order=date",
        f"/topics/{SLUG}/feed.atom",
        "/-/settings",
    ):
        assert client.get(path).status_code == 200, path
    found = client.get("/search.json?q=council&topic=relations&source=b.example").json()
    assert found["total"] == 10
    assert client.get("/search.json?q=council&from=2020-02-30").status_code == 400


def test_topic_summaries_agree_for_small_and_large_topic_plans(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.read() as conn:
        small = [(t.slug, t.title, t.documents, t.last_published) for t in queries.topic_summaries(conn)]
        monkeypatch.setattr(queries, "SMALL_TOPIC", 0)
        large = [(t.slug, t.title, t.documents, t.last_published) for t in queries.topic_summaries(conn)]
    assert small == large
    assert (SLUG, "Relations", 32, dt.date(2020, 1, 7)) in small
    assert ("empty", "Empty", 0, None) in small


def test_source_filter_plans_agree(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        a_id = queries.source_id_by_name(conn, "a.example")
        filters = queries.NewsFilters(source_id=a_id)
        by_index = queries.news_page(conn, topic_id, per_page=9, page=2, filters=filters)
        monkeypatch.setattr(queries, "SMALL_TOPIC", 0)
        by_date = queries.news_page(conn, topic_id, per_page=9, page=2, filters=filters)
    assert _ids(by_index) == _ids(by_date) and by_index.total == by_date.total == 22


def test_filtered_counts_are_capped_and_paging_goes_on(
    db: Database, any_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries, "FILTERED_COUNT_CAP", 5)
    with db.read() as conn:
        topic_id = queries.topic_by_slug(conn, SLUG).id
        page = queries.news_page(
            conn, topic_id, per_page=2, filters=queries.NewsFilters(date_from=dt.date(2000, 1, 1))
        )
    assert page.total == 5 and page.capped and page.pages == 3
    client = TestClient(create_app(any_settings, db=db))
    first = client.get(f"/topics/{SLUG}/news?from=2000-01-01")
    assert "5+ items" in first.text and "Page 1 of 2 or more" in first.text and 'rel="next"' in first.text
    beyond = client.get(f"/topics/{SLUG}/news?from=2000-01-01&page=2")  # past the counted pages
    assert beyond.status_code == 200 and 'rel="next"' not in beyond.text and 'rel="prev"' in beyond.text
    assert client.get(f"/topics/{SLUG}/news?from=2000-01-01&page=3").status_code == 404
    unfiltered = queries.news_page  # the plain archive is exact, never capped
    with db.read() as conn:
        assert not unfiltered(conn, topic_id, per_page=2).capped
