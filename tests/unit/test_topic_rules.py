"""Topic selection by keyword rules: parsing, matching, and membership kept up to date on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from detente.errors import ConfigError, NotFound
from detente.model import Article, Precision, TopicSpec
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.queries import news_page, topic_by_slug
from detente.store.schema import topic_documents
from detente.store.topics import recompute_topic, remove_topic, upsert_topic
from detente.topics import TopicRule


def test_rule_groups_are_and_keywords_are_or() -> None:
    rule = TopicRule.from_options(["NATO,North Atlantic Council", "Russia,Moscow"])
    assert rule.matches("The North Atlantic Council met envoys from Moscow.")
    assert rule.matches("nato and russia")
    assert not rule.matches("NATO met Ukraine.")
    assert not rule.matches("Russian troops")  # whole words only
    assert not rule.matches("NATOS and Russias")
    assert rule.matches("North\nAtlantic   Council and Russia")  # any whitespace inside a phrase


def test_rule_round_trips_and_validates() -> None:
    rule = TopicRule.from_options(["NATO", "Russia, Moscow"])
    assert TopicRule.parse(rule.dump()) == rule
    assert TopicRule.parse("").empty and not TopicRule.parse("").matches("anything")
    assert rule.describe() == "(NATO) AND (Russia OR Moscow)"
    for bad in (["  ,  "], ["!!!"], ["x" * 101]):
        with pytest.raises(ConfigError):
            TopicRule.from_options(bad)
    with pytest.raises(ConfigError):
        TopicRule.parse("{not json")
    with pytest.raises(ConfigError):
        TopicRule.from_options([f"k{i}" for i in range(21)])


def test_regex_metacharacters_are_literal() -> None:
    rule = TopicRule.from_options(["C++ (lang)", "a.b"])
    assert rule.matches("C++ (lang) and a.b")
    assert not rule.matches("C (lang) and axb")


def _article(n: int, text: str) -> Article:
    return Article(
        title=f"Item {n}",
        body=f"{text} " + " ".join(f"w{n}x{i}" for i in range(40)),
        url=f"https://example.org/{n}",
        published=dt.date(2020, 1, n),
        precision=Precision.DAY,
        source="example.org",
    )


def _members(db: Database, slug: str) -> set[str]:
    with db.read() as conn:
        items = news_page(conn, topic_by_slug(conn, slug).id, per_page=100).items
    return {i.title for i in items}


def test_membership_follows_rules_on_ingest_and_recompute(any_settings: Settings) -> None:
    db = Database.open(any_settings)
    with db.write() as conn:
        save_article(
            conn, _article(1, "NATO met Russia"), settings=any_settings, run_id="r", location="x", label="1"
        )
        upsert_topic(
            conn, TopicSpec(slug="nr", title="NR", rule=TopicRule.from_options(["NATO", "Russia"]).dump())
        )
        assert recompute_topic(conn, "nr") == (1, 0)
    with db.write() as conn:
        save_article(
            conn,
            _article(2, "NATO met Russia again"),
            settings=any_settings,
            run_id="r",
            location="x",
            label="2",
        )
        save_article(
            conn, _article(3, "NATO met Ukraine"), settings=any_settings, run_id="r", location="x", label="3"
        )
        # explicit membership is kept even when the rule does not match
        save_article(
            conn,
            _with_topic(_article(4, "EU met Japan"), "nr"),
            settings=any_settings,
            run_id="r",
            location="x",
            label="4",
        )
    assert _members(db, "nr") == {"Item 1", "Item 2", "Item 4"}
    # A changed document leaves the topic when it stops matching.
    with db.write() as conn:
        save_article(
            conn, _article(2, "NATO met Ukraine"), settings=any_settings, run_id="r", location="x", label="2"
        )
    assert _members(db, "nr") == {"Item 1", "Item 4"}
    # A changed rule moves documents in and out, explicit members stay.
    with db.write() as conn:
        upsert_topic(conn, TopicSpec(slug="nr", title="NR", rule=TopicRule.from_options(["Ukraine"]).dump()))
        assert recompute_topic(conn, "nr") == (2, 1)
    assert _members(db, "nr") == {"Item 2", "Item 3", "Item 4"}
    with db.write() as conn:
        remove_topic(conn, "nr")
        assert conn.execute(select(topic_documents)).all() == []
    with pytest.raises(NotFound), db.write() as conn:
        remove_topic(conn, "nr")


def _with_topic(article: Article, slug: str) -> Article:
    article.topics = [slug]
    return article
