"""The JSON shapes that evaluation and the web layer rely on (ARCHITECTURE.md, "Contracts")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from detente.errors import InputError
from detente.extract.article import extract_article
from detente.ingest.files import read_bytes
from detente.model import PartialDate, Precision, RawDocument
from detente.settings import Settings
from detente.store.queries import NewsItem, NewsPage, TopicRef, news_page, topic_by_slug


def iso_date(value: dt.date | None, precision: str | Precision | None) -> str | None:
    """``2015-10-05``, ``2014-04`` or ``2014`` by precision; ``None`` when there is no date."""
    if value is None:
        return None
    return PartialDate(value, Precision(precision or Precision.DAY)).iso()


def extraction_record(path: Path, settings: Settings, *, url: str | None = None) -> dict[str, Any]:
    """One line of ``detente extract --jsonl``: path, url, status, reason, title, published, precision,
    summary, body, language."""
    record: dict[str, Any] = {
        "path": str(path),
        "url": url,
        "status": "rejected",
        "reason": None,
        "title": None,
        "published": None,
        "precision": None,
        "summary": None,
        "body": None,
        "language": None,
    }
    try:
        data = read_bytes(path, limit=settings.max_document_bytes)
    except InputError as exc:
        record["reason"] = exc.reason
        return record
    content_type = "text/html" if path.name.lower().removesuffix(".gz").endswith((".html", ".htm")) else None
    result = extract_article(
        RawDocument(location=str(path), data=data, url=url, content_type=content_type), settings
    )
    if result.article is None:
        record["reason"] = result.reason.value if result.reason else "extraction_failed"
        return record
    art = result.article
    record.update(
        status="ok",
        title=art.title,
        published=iso_date(art.published, art.precision),
        precision=(art.precision.value if art.precision else None) if art.published else None,
        summary=art.teaser,
        body=art.body,
        language=art.language,
    )
    return record


def item_json(item: NewsItem) -> dict[str, Any]:
    """One news item of the topic JSON."""
    return {
        "id": item.id,
        "published": iso_date(item.published, item.precision),
        "precision": item.precision if item.published else None,
        "title": item.title,
        "teaser": item.teaser,
        "url": item.url,
        "source_url": item.source_url,
    }


def topic_json(topic: TopicRef, page: NewsPage) -> dict[str, Any]:
    """The topic JSON: ``{"topic": {"slug", "title", "overview"}, "items": [...], "page", "pages"}``."""
    return {
        "topic": {"slug": topic.slug, "title": topic.title, "overview": topic.overview},
        "items": [item_json(item) for item in page.items],
        "page": page.page,
        "pages": page.pages,
    }


def topic_page(conn: Connection, slug: str, *, page: int = 1, per_page: int = 20) -> dict[str, Any]:
    """The topic JSON for one page of a topic's news, newest first (the web page's JSON twin)."""
    topic = topic_by_slug(conn, slug)
    return topic_json(topic, news_page(conn, topic.id, page=page, per_page=per_page))
