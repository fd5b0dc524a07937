"""Storage on both backends: migrations, identity, updates, duplicates, atomic writes, search, topics."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, inspect, select

from detente.model import Article, Outcome, Precision, TopicSpec
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import raw_bytes, save_article
from detente.store.queries import news_page, topic_by_slug, topic_summaries
from detente.store.schema import documents, ingest_log, topic_documents
from detente.store.search import MARK_START, search
from detente.store.topics import upsert_topic

BODY = (
    "NATO foreign ministers decided on Tuesday to suspend all practical civilian and military cooperation "
    "with Russia, while keeping political channels of communication open at ambassadorial level and above. "
    "Ministers also asked military authorities to develop additional reinforcement measures for Allies in the east."
)


def article(
    n: int = 0, *, body: str = BODY, url: str | None = "https://example.org/news/{n}", **kw: object
) -> Article:
    values: dict[str, object] = {
        "title": f"Ministers meet {n}",
        "body": body,
        "url": url.format(n=n) if url else None,
        "published": dt.date(2014, 4, 1),
        "precision": Precision.DAY,
        "source": "example.org",
        "raw": b"<html>raw page</html>",
    }
    values.update(kw)
    return Article(**values)  # type: ignore[arg-type]


def save(db: Database, art: Article, settings: Settings) -> tuple[Outcome, int, int | None]:
    with db.write() as conn:
        r = save_article(conn, art, settings=settings, run_id="run", location="test", label="item")
    return r.outcome, r.document_id, r.duplicate_of


@pytest.fixture
def db(any_settings: Settings) -> Database:
    return Database.open(any_settings)


def test_migrates_empty_database_to_head(db: Database, any_settings: Settings) -> None:
    assert db.revision() == db.head_revision()
    names = set(inspect(db.engine).get_table_names())
    assert {"sources", "documents", "topics", "topic_documents", "ingest_log", "minhash_bands"} <= names
    # migrating again is a no-op
    assert Database.open(any_settings).revision() == db.head_revision()


def test_same_article_twice_changes_nothing(db: Database, any_settings: Settings) -> None:
    first = save(db, article(), any_settings)
    assert first[0] is Outcome.INGESTED
    second = save(db, article(), any_settings)
    assert second[0] is Outcome.UNCHANGED and second[1] == first[1]
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 1


def test_changed_page_updates_its_document(db: Database, any_settings: Settings) -> None:
    _, doc_id, _ = save(db, article(), any_settings)
    outcome, same_id, _ = save(db, article(title="Ministers meet (updated)"), any_settings)
    assert outcome is Outcome.UPDATED and same_id == doc_id
    with db.read() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().one()
    assert row["title"] == "Ministers meet (updated)"
    assert raw_bytes(row["raw"], row["raw_encoding"]) == b"<html>raw page</html>"


def test_url_variants_are_one_document(db: Database, any_settings: Settings) -> None:
    _, a, _ = save(db, article(url="https://Example.org/news/1?utm_source=feed#top"), any_settings)
    outcome, b, _ = save(db, article(url="https://example.org:443/news/1"), any_settings)
    assert a == b and outcome is Outcome.UNCHANGED


def test_exact_and_near_duplicates_are_linked_not_deleted(db: Database, any_settings: Settings) -> None:
    _, first, _ = save(db, article(1), any_settings)
    outcome, second, dup_of = save(db, article(2, body=BODY.upper()), any_settings)
    assert outcome is Outcome.DUPLICATE and dup_of == first
    longer = (
        BODY + " " + " ".join(f"Paragraph {i} adds its own distinct remark on the matter." for i in range(12))
    )
    _, first, _ = save(db, article(5, body=longer), any_settings)
    near = longer.replace("on Tuesday", "on Tuesday afternoon")
    outcome, third, dup_of = save(db, article(3, body=near), any_settings)
    assert outcome is Outcome.NEAR_DUPLICATE and dup_of == first
    other = " ".join(f"Unrelated sentence number {i} about the weather in spring." for i in range(8))
    outcome, _, dup_of = save(db, article(4, body=other), any_settings)
    assert outcome is Outcome.INGESTED and dup_of is None
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 5
    assert len({first, second, third}) == 3


def test_listing_item_never_overwrites_full_article(db: Database, any_settings: Settings) -> None:
    _, doc_id, _ = save(db, article(), any_settings)
    item = article(body="short teaser", kind="item", teaser="A listing teaser")
    outcome, same, _ = save(db, item, any_settings)
    assert same == doc_id and outcome is Outcome.UPDATED
    with db.read() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).mappings().one()
    assert row["body"] == BODY and row["teaser"] == "A listing teaser" and row["kind"] == "article"


def test_a_failed_write_leaves_nothing_half_written(db: Database, any_settings: Settings) -> None:
    save(db, article(1), any_settings)

    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.write() as conn:
        save_article(
            conn, article(2, topics=["t"]), settings=any_settings, run_id="r", location="x", label="y"
        )
        raise Boom
    with db.read() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 1
        assert conn.execute(select(func.count()).select_from(topic_documents)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(ingest_log)).scalar_one() == 1


def test_nul_bytes_never_reach_the_database(db: Database, any_settings: Settings) -> None:
    outcome, doc_id, _ = save(db, article(title="Bad\x00title", body=BODY + "\x00"), any_settings)
    assert outcome is Outcome.INGESTED
    with db.read() as conn:
        row = conn.execute(select(documents.c.title, documents.c.body).where(documents.c.id == doc_id)).one()
    assert "\x00" not in row[0] + row[1]


def test_full_text_search(db: Database, any_settings: Settings) -> None:
    save(db, article(1), any_settings)
    save(
        db,
        article(2, body="The summit in Madrid adopted a new Strategic Concept naming Russia a threat. " * 3),
        any_settings,
    )
    with db.read() as conn:
        page = search(conn, "practical cooperation")
        assert page.total == 1 and page.hits[0].title == "Ministers meet 1"
        assert MARK_START in page.hits[0].snippet
        assert search(conn, "Madrid").hits[0].title == "Ministers meet 2"
        assert (
            search(conn, '"Madrid" (Strategic* NEAR').total == 0
        )  # operators are plain words: NEAR is absent
        assert search(conn, '"Madrid" (Strategic*').total == 1
        assert search(conn, "!!!").total == 0
        assert search(conn, "zebra").total == 0


def test_search_sees_updates(db: Database, any_settings: Settings) -> None:
    save(db, article(1), any_settings)
    save(db, article(1, body=BODY.replace("Russia", "Ruritania")), any_settings)
    with db.read() as conn:
        assert search(conn, "Ruritania").total == 1


def test_topics_membership_and_order(db: Database, any_settings: Settings) -> None:
    with db.write() as conn:
        upsert_topic(
            conn, TopicSpec(slug="nato-russia-relations", title="NATO-Russia relations", overview="O")
        )
    for n, day in ((1, 5), (2, 29), (3, 19)):
        body = f"Distinct text number {n} " + " ".join(f"t{n}x{i}" for i in range(40))
        save(
            db,
            article(n, body=body, published=dt.date(2015, 9, day), topics=["nato-russia-relations"]),
            any_settings,
        )
    save(
        db,
        article(9, body="Undated item text " * 10, published=None, topics=["nato-russia-relations"]),
        any_settings,
    )
    with db.read() as conn:
        topic = topic_by_slug(conn, "nato-russia-relations")
        news = news_page(conn, topic.id)
        items, total = news.items, news.total
        assert total == 4
        assert [i.published for i in items] == [
            dt.date(2015, 9, 29),
            dt.date(2015, 9, 19),
            dt.date(2015, 9, 5),
            None,
        ]
        assert topic_summaries(conn)[0].documents == 4
    with db.write() as conn:
        upsert_topic(
            conn, TopicSpec(slug="nato-russia-relations", title="NATO-Russia relations", overview="New")
        )
    with db.read() as conn:
        assert topic_by_slug(conn, "nato-russia-relations").overview == "New"


def test_migrations_and_schema_module_agree(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from detente.store.schema import metadata

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # Full-text search objects are created by raw DDL and are not part of the declared metadata.
    ignored = {
        "documents_fts",
        "documents_fts_data",
        "documents_fts_idx",
        "documents_fts_docsize",
        "documents_fts_config",
    }
    real = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name in ignored)
        and not (d[0] == "remove_column" and d[3].name == "tsv")
        and not (d[0] == "remove_index" and d[1].name == "ix_documents_tsv")
        and not (d[0] == "remove_table" and d[1].name == "alembic_version")
    ]
    assert real == []


def test_downgrade_to_nothing_and_back(any_settings: Settings) -> None:
    from alembic import command

    from detente.store.db import _alembic_config

    db = Database.open(any_settings)
    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    assert db.migrate() == db.head_revision()


def test_search_bounds_its_work_on_many_matches(
    db: Database, any_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from detente.store import search as search_module

    monkeypatch.setattr(search_module, "COUNT_CAP", 5)
    monkeypatch.setattr(search_module, "RANK_WINDOW", 6)
    monkeypatch.setattr(search_module, "SCAN_BY_DATE", 4)
    for n in range(1, 10):
        body = f"Ministers discussed arms control, round {n}. " + " ".join(f"r{n}x{i}" for i in range(30))
        save(db, article(n, body=body, published=dt.date(2000 + n, 1, 1)), any_settings)
    with db.read() as conn:
        page = search(conn, "arms control")
        assert page.capped and page.total == 5
        assert 1 <= len(page.hits) <= 6  # ranked within the window of the newest matches
        by_date = search(conn, "arms control", order="date", limit=3)
        assert [h.published.year for h in by_date.hits if h.published] == [2009, 2008, 2007]
        second = search(conn, "arms control", order="date", limit=3, offset=3)
        assert [h.published.year for h in second.hits if h.published] == [2006, 2005, 2004]
        assert all(MARK_START in h.snippet for h in by_date.hits)
        few = search(conn, "round 3")
        assert not few.capped and few.total == 1
