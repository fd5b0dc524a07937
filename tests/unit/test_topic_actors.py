"""Topics selected by actors: the rule's form, and membership from stored events on ingest, on update,
on recompute and on recode, on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.errors import ConfigError
from detente.model import Article, DocumentEvent, Precision, TopicSpec
from detente.recode import recode
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.queries import news_page, topic_by_slug
from detente.store.topics import (
    apply_rules,
    documents_with_actor_event,
    has_actor_event,
    recompute_topic,
    upsert_topic,
)
from detente.topics import TopicRule, parse_actors

# -------------------------------------------------------------------------------------------------- the rule


def test_actor_rule_round_trips_in_the_same_json() -> None:
    rule = TopicRule.from_options(["NATO", "Russia,Moscow"], actors="NATO, RUS")
    assert rule.actors == ("NATO", "RUS")
    assert rule.dump() == '{"all": [["NATO"], ["Russia", "Moscow"]], "actors": ["NATO", "RUS"]}'
    assert TopicRule.parse(rule.dump()) == rule
    only = TopicRule.from_options([], actors=["NATO", "RUS"])
    assert only.dump() == '{"all": [], "actors": ["NATO", "RUS"]}' and not only.empty
    assert TopicRule.parse('{"actors": ["NATO", "RUS"]}') == only
    # rules stored before actors existed read as before
    old = TopicRule.parse('{"all": [["NATO"]]}')
    assert old.actors == () and old.dump() == '{"all": [["NATO"]]}'
    assert only.describe() == "an event involving NATO and RUS"
    assert rule.describe() == "(NATO) AND (Russia OR Moscow) AND an event involving NATO and RUS"


def test_actor_rule_matching_needs_both_parts() -> None:
    both = TopicRule.from_options(["Brussels"], actors="NATO,RUS")
    assert both.matches("talks in Brussels", actor_event=True)
    assert not both.matches("talks in Brussels")  # no qualifying event
    assert not both.matches("talks in Geneva", actor_event=True)
    only = TopicRule.from_options([], actors="NATO,RUS")
    assert only.matches("", actor_event=True) and not only.matches("NATO Russia")
    keywords = TopicRule.from_options(["NATO"])
    assert keywords.matches("NATO") and keywords.matches("NATO", actor_event=False)
    assert not TopicRule(()).matches("anything", actor_event=True)


def test_actor_rule_edits_keep_the_other_part() -> None:
    rule = TopicRule.from_options(["NATO"], actors="NATO,RUS")
    assert rule.with_actors("UKR").dump() == '{"all": [["NATO"]], "actors": ["UKR"]}'
    assert rule.with_actors(None).dump() == '{"all": [["NATO"]]}'
    assert rule.with_groups([]).dump() == '{"all": [], "actors": ["NATO", "RUS"]}'
    assert rule.with_groups([]).with_actors("").dump() == ""


@pytest.mark.parametrize(
    "bad",
    ["NATO,<script>", "a b", "-RUS", "X" * 81, ",".join(f"A{i}" for i in range(11)), " , "],
)
def test_bad_actor_codes_are_config_errors(bad: str) -> None:
    with pytest.raises(ConfigError):
        TopicRule.from_options([], actors=bad)


@pytest.mark.parametrize(
    "stored",
    ['{"actors": "NATO"}', '{"actors": ["NATO", "NATO"]}', '{"actors": ["bad code"]}', '{"actors": [1.5]}'],
)
def test_bad_stored_actor_rules_are_config_errors(stored: str) -> None:
    with pytest.raises(ConfigError):
        TopicRule.parse(stored)


def test_parse_actors_drops_repeats_and_blanks() -> None:
    assert parse_actors("NATO, RUS,,NATO ") == ("NATO", "RUS")
    assert parse_actors(["separatists", "UN"]) == ("separatists", "UN")


# ------------------------------------------------------------------------------------------------- the store


def _event(source: list[str], target: list[str], kind: str = "CONSULT") -> DocumentEvent:
    sentence = "They met."
    return DocumentEvent(
        "body",
        0,
        0,
        len(sentence),
        sentence,
        {
            "event": kind,
            "source": source,
            "target": target,
            "polarity": "asserted",
            "event_date": "2015-05-19",
            "event_date_precision": "day",
            "evidence": {"start": 5, "end": 8},
        },
    )


def _article(n: int, events: list[DocumentEvent] | None, text: str = "Talks in Brussels.") -> Article:
    return Article(
        title=f"Item {n}",
        body=f"{text} " + " ".join(f"w{n}x{i}" for i in range(40)),
        url=f"https://example.org/{n}",
        published=dt.date(2020, 1, n),
        precision=Precision.DAY,
        source="example.org",
        events=events,
    )


def _save(db: Database, settings: Settings, *articles: Article) -> list[int]:
    with db.write() as conn:
        return [
            save_article(conn, a, settings=settings, run_id="r", location="x", label=a.title).document_id
            for a in articles
        ]


def _members(db: Database, slug: str) -> set[str]:
    with db.read() as conn:
        items = news_page(conn, topic_by_slug(conn, slug).id, per_page=100).items
    return {i.title for i in items}


def _topic(db: Database, slug: str, rule: TopicRule) -> tuple[int, int]:
    with db.write() as conn:
        upsert_topic(conn, TopicSpec(slug=slug, title=slug.upper(), rule=rule.dump()))
        return recompute_topic(conn, slug)


def test_actor_topic_membership_on_ingest(any_settings: Settings) -> None:
    db = Database.open(any_settings)
    _topic(db, "nr", TopicRule.from_options([], actors="NATO,RUS"))
    _save(
        db,
        any_settings,
        _article(1, [_event(["NATO"], ["RUS"])]),
        _article(2, [_event(["RUS"], ["NATO"], "ACCUSE")]),  # either side
        _article(3, [_event(["NATO", "RUS"], [])]),  # both on one side
        _article(4, [_event(["NATO"], ["UKR"]), _event(["RUS"], ["UKR"])]),  # never in one event
        _article(5, [_event(["NATO"], ["UKR"])]),
        _article(6, None),  # not coded: no events
    )
    assert _members(db, "nr") == {"Item 1", "Item 2", "Item 3"}


def test_actor_topic_follows_changed_events_and_keeps_explicit_members(any_settings: Settings) -> None:
    db = Database.open(any_settings)
    _topic(db, "nr", TopicRule.from_options(["Brussels"], actors="NATO,RUS"))
    explicit = _article(3, [], text="Talks in Geneva.")
    explicit.topics = ["nr"]
    _save(
        db,
        any_settings,
        _article(1, [_event(["NATO"], ["RUS"])]),
        _article(2, [_event(["NATO"], ["RUS"])], text="Talks in Geneva."),  # keyword part fails
        explicit,
    )
    assert _members(db, "nr") == {"Item 1", "Item 3"}
    # The document changes and is coded again: its new events no longer involve Russia.
    _save(db, any_settings, _article(1, [_event(["NATO"], ["UKR"])], text="New talks in Brussels."))
    assert _members(db, "nr") == {"Item 3"}
    _save(db, any_settings, _article(1, [_event(["RUS"], ["NATO"])], text="Talks in Brussels again."))
    assert _members(db, "nr") == {"Item 1", "Item 3"}


def test_recompute_handles_actor_rules(any_settings: Settings) -> None:
    db = Database.open(any_settings)
    ids = _save(
        db,
        any_settings,
        _article(1, [_event(["NATO"], ["RUS"])]),
        _article(2, [_event(["NATO"], ["UKR"])]),
        _article(3, [_event(["UKR"], ["RUS"])]),
    )
    assert _topic(db, "nr", TopicRule.from_options([], actors="NATO,RUS")) == (1, 0)
    assert _members(db, "nr") == {"Item 1"}
    assert _topic(db, "nr", TopicRule.from_options([], actors="UKR")) == (2, 1)
    assert _members(db, "nr") == {"Item 2", "Item 3"}
    with db.read() as conn:
        assert documents_with_actor_event(conn, ("UKR", "RUS"), ids) == {ids[2]}
        assert documents_with_actor_event(conn, (), ids) == set()
        assert has_actor_event(conn, ids[0], ("RUS", "NATO"))
        assert not has_actor_event(conn, ids[0], ("RUS", "UKR"))
    # apply_rules on one document agrees with recompute
    with db.write() as conn:
        apply_rules(conn, ids[0])
    assert _members(db, "nr") == {"Item 2", "Item 3"}


def test_recode_updates_actor_topics(any_settings: Settings) -> None:
    db = Database.open(any_settings)
    _topic(db, "nr", TopicRule.from_options([], actors="NATO,RUS"))
    article = Article(
        title="NATO suspends practical cooperation with Russia",
        body="NATO foreign ministers decided to suspend all practical civilian and military cooperation "
        "with Russia.",
        url="https://www.nato.int/cps/en/natohq/news_108501.htm",
        published=dt.date(2014, 4, 1),
        precision=Precision.DAY,
        events=None,  # ingested without coding
    )
    _save(db, any_settings, article)
    assert _members(db, "nr") == set()
    summary = recode(db)
    assert summary.documents == 1 and summary.events >= 1
    assert _members(db, "nr") == {"NATO suspends practical cooperation with Russia"}
