"""Topic rows and rule-made membership: keyword rules over the text, actor rules over the stored events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, Connection, bindparam, delete, exists, insert, select, update

from detente.errors import NotFound
from detente.model import TopicSpec
from detente.store.db import inserted_id
from detente.store.schema import documents, event_actors, events, topic_documents, topics
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
_DOC_TEXT = select(documents.c.title, documents.c.teaser, documents.c.body).where(
    documents.c.id == bindparam("doc_id")
)


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


def _involving(actors: tuple[str, ...]) -> list[ColumnElement[bool]]:
    """Conditions on ``events``: every actor in ``actors`` is a source or a target of the event."""
    return [
        exists().where(event_actors.c.event_id == events.c.id, event_actors.c.code == code) for code in actors
    ]


def documents_with_actor_event(conn: Connection, actors: tuple[str, ...], doc_ids: Sequence[int]) -> set[int]:
    """Those of ``doc_ids`` that have an event involving every one of ``actors`` (either side)."""
    if not actors or not doc_ids:
        return set()
    found: set[int] = set()
    ids = list(doc_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(events.c.document_id)
            .where(events.c.document_id.in_(chunk), *_involving(actors))
            .distinct()
        ).all()
        found.update(int(r[0]) for r in rows)
    return found


def has_actor_event(conn: Connection, doc_id: int, actors: tuple[str, ...]) -> bool:
    """Whether document ``doc_id`` has an event involving every one of ``actors`` (either side)."""
    if not actors:
        return False
    row = conn.execute(
        select(events.c.id).where(events.c.document_id == doc_id, *_involving(actors)).limit(1)
    ).first()
    return row is not None


def _evaluate(conn: Connection, doc_id: int, rules: list[tuple[int, TopicRule]]) -> None:
    text: str | None = None
    for topic_id, rule in rules:
        member = not rule.empty
        if member and rule.actors:
            member = has_actor_event(conn, doc_id, rule.actors)
        if member and rule.groups:
            if text is None:
                row = conn.execute(_DOC_TEXT, {"doc_id": doc_id}).one()
                text = rule_text(row[0], row[1], row[2])
            member = rule.matches_text(text)
        _set_rule_membership(conn, topic_id, doc_id, member)


def apply_rules(conn: Connection, doc_id: int) -> None:
    """Re-evaluate every topic rule for one document, as stored (called whenever a document is written).

    Actor rules read the document's events as stored at this moment; :func:`apply_actor_rules` runs again
    once new events are written (``store.events.replace_events`` calls it)."""
    rules = _rules(conn)
    if rules:
        _evaluate(conn, doc_id, rules)


def apply_actor_rules(conn: Connection, doc_id: int) -> None:
    """Re-evaluate the rules that select by actors for one document (after its events were replaced)."""
    rules = [(topic_id, rule) for topic_id, rule in _rules(conn) if rule.actors]
    if rules:
        _evaluate(conn, doc_id, rules)


def recompute_topic(conn: Connection, slug: str, *, batch: int = 1000) -> tuple[int, int]:
    """Re-evaluate one topic's rule (keywords and actors) over every document; returns (added, removed)."""
    row = conn.execute(select(topics.c.id, topics.c.rule).where(topics.c.slug == slug)).one_or_none()
    if row is None:
        raise NotFound(f"no topic {slug!r}")
    topic_id, rule = int(row[0]), TopicRule.parse(row[1])
    columns = [documents.c.id]
    if rule.groups:
        columns += [documents.c.title, documents.c.teaser, documents.c.body]
    added = removed = 0
    last = 0
    while True:
        docs = conn.execute(
            select(*columns).where(documents.c.id > last).order_by(documents.c.id).limit(batch)
        ).all()
        if not docs:
            break
        with_event = documents_with_actor_event(conn, rule.actors, [int(d[0]) for d in docs])
        for doc in docs:
            doc_id = int(doc[0])
            text = rule_text(doc[1], doc[2], doc[3]) if rule.groups else ""
            change = _set_rule_membership(
                conn, topic_id, doc_id, rule.matches(text, actor_event=doc_id in with_event)
            )
            added += change > 0
            removed += change < 0
        last = int(docs[-1][0])
    return added, removed
