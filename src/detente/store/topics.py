"""Topic rows and the queries behind topic pages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, insert, select, update

from detente.errors import NotFound
from detente.model import TopicSpec
from detente.store.db import inserted_id
from detente.store.schema import documents, topic_documents, topics
from detente.topics import TopicRule


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def ensure_topic(conn: Connection, slug: str) -> int:
    """The id of topic ``slug``, creating a bare topic (title from the slug) when it does not exist."""
    found = conn.execute(select(topics.c.id).where(topics.c.slug == slug)).scalar_one_or_none()
    if found is not None:
        return int(found)
    title = slug.replace("-", " ").strip().capitalize() or slug
    return upsert_topic(conn, TopicSpec(slug=slug, title=title))


def upsert_topic(conn: Connection, spec: TopicSpec) -> int:
    """Create the topic or update its title, overview and rule (empty values keep what is stored)."""
    row = conn.execute(select(topics).where(topics.c.slug == spec.slug)).mappings().one_or_none()
    now = _now()
    if row is None:
        result = conn.execute(
            insert(topics).values(
                slug=spec.slug,
                title=spec.title,
                overview=spec.overview,
                rule=spec.rule,
                created_at=now,
                updated_at=now,
            )
        )
        return inserted_id(result)
    changes = {
        name: value
        for name, value in (("title", spec.title), ("overview", spec.overview), ("rule", spec.rule))
        if value and value != row[name]
    }
    if changes:
        conn.execute(update(topics).where(topics.c.id == row["id"]).values(updated_at=now, **changes))
    return int(row["id"])


def remove_topic(conn: Connection, slug: str) -> None:
    """Delete a topic and its memberships; the documents stay."""
    topic_id = conn.execute(select(topics.c.id).where(topics.c.slug == slug)).scalar_one_or_none()
    if topic_id is None:
        raise NotFound(f"no topic {slug!r}")
    conn.execute(delete(topic_documents).where(topic_documents.c.topic_id == topic_id))
    conn.execute(delete(topics).where(topics.c.id == topic_id))


_RULES = select(topics.c.id, topics.c.rule).where(topics.c.rule != "")


def _rules(conn: Connection) -> list[tuple[int, TopicRule]]:
    rows = conn.execute(_RULES).all()
    return [(int(r[0]), TopicRule.parse(r[1])) for r in rows]


def _membership(conn: Connection, topic_id: int, doc_id: int) -> str | None:
    found = conn.execute(
        select(topic_documents.c.how).where(
            topic_documents.c.topic_id == topic_id, topic_documents.c.document_id == doc_id
        )
    ).scalar_one_or_none()
    return str(found) if found is not None else None


def _set_rule_membership(conn: Connection, topic_id: int, doc_id: int, member: bool) -> int:
    """Add or drop a rule-made membership; explicit memberships are never touched. Returns +1, -1 or 0."""
    how = _membership(conn, topic_id, doc_id)
    if member and how is None:
        conn.execute(
            insert(topic_documents).values(topic_id=topic_id, document_id=doc_id, how="rule", added_at=_now())
        )
        return 1
    if not member and how == "rule":
        conn.execute(
            delete(topic_documents).where(
                topic_documents.c.topic_id == topic_id, topic_documents.c.document_id == doc_id
            )
        )
        return -1
    return 0


def rule_text(title: str, teaser: str, body: str) -> str:
    return f"{title}\n{teaser}\n{body}"


def apply_rules(conn: Connection, doc_id: int) -> None:
    """Re-evaluate every topic rule for one document, as stored (called whenever a document is written)."""
    rules = _rules(conn)
    if not rules:
        return
    row = conn.execute(
        select(documents.c.title, documents.c.teaser, documents.c.body).where(documents.c.id == doc_id)
    ).one()
    text = rule_text(row[0], row[1], row[2])
    for topic_id, rule in rules:
        _set_rule_membership(conn, topic_id, doc_id, rule.matches(text))


def recompute_topic(conn: Connection, slug: str, *, batch: int = 1000) -> tuple[int, int]:
    """Re-evaluate one topic's rule over every document; returns (added, removed)."""
    row = conn.execute(select(topics.c.id, topics.c.rule).where(topics.c.slug == slug)).one_or_none()
    if row is None:
        raise NotFound(f"no topic {slug!r}")
    topic_id, rule = int(row[0]), TopicRule.parse(row[1])
    added = removed = 0
    last = 0
    while True:
        docs = conn.execute(
            select(documents.c.id, documents.c.title, documents.c.teaser, documents.c.body)
            .where(documents.c.id > last)
            .order_by(documents.c.id)
            .limit(batch)
        ).all()
        if not docs:
            break
        for doc_id, title, teaser, body in docs:
            change = _set_rule_membership(
                conn, topic_id, int(doc_id), rule.matches(rule_text(title, teaser, body))
            )
            added += change > 0
            removed += change < 0
        last = int(docs[-1][0])
    return added, removed
