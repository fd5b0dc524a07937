"""``/topics/<slug>/feed.atom``: an Atom 1.0 feed of a topic's latest items.

The XML is built with lxml, which escapes text and attribute values; characters XML 1.0 forbids
are removed first so the feed always parses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree
from starlette.requests import Request
from starlette.responses import Response

from detente import __version__
from detente.store import queries
from detente.store.db import Database
from detente.web.render import safe_url, xml_text

ATOM = "http://www.w3.org/2005/Atom"
FEED_ITEMS = 20
CONTENT_TYPE = "application/atom+xml; charset=utf-8"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


def _sub(parent: Any, name: str, text: str | None = None, **attrs: str) -> Any:
    element = etree.SubElement(parent, _tag(name), {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; detente stores UTC."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def rfc3339(value: dt.datetime) -> str:
    return _aware(value).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _item_time(item: queries.NewsItem) -> dt.datetime:
    if item.published is not None:
        return dt.datetime(item.published.year, item.published.month, item.published.day, tzinfo=dt.UTC)
    return _aware(item.updated_at) if item.updated_at else _EPOCH


def atom_feed(topic: queries.TopicRef, items: list[queries.NewsItem], *, base_url: str) -> bytes:
    """The Atom document for ``topic`` with ``items``; links are absolute under ``base_url``."""
    base = base_url.rstrip("/")
    topic_url = f"{base}/topics/{topic.slug}"
    feed = etree.Element(_tag("feed"), nsmap={None: ATOM})
    _sub(feed, "id", topic_url)
    _sub(feed, "title", topic.title, type="text")
    times = [_item_time(item) for item in items]
    newest = max(times) if times else (_aware(topic.updated_at) if topic.updated_at else _EPOCH)
    _sub(feed, "updated", rfc3339(newest))
    _sub(feed, "link", rel="self", type="application/atom+xml", href=f"{topic_url}/feed.atom")
    _sub(feed, "link", rel="alternate", type="text/html", href=topic_url)
    author = _sub(feed, "author")
    _sub(author, "name", "detente")
    _sub(feed, "generator", "detente", version=__version__)
    for item, when in zip(items, times, strict=True):
        entry = _sub(feed, "entry")
        page = f"{base}/documents/{item.id}"
        _sub(entry, "id", page)
        _sub(entry, "title", item.title, type="text")
        _sub(entry, "updated", rfc3339(when))
        if item.published is not None:
            _sub(entry, "published", rfc3339(when))
        _sub(entry, "link", rel="alternate", type="text/html", href=page)
        original = safe_url(item.url)
        if original:
            _sub(entry, "link", rel="related", href=original)
        _sub(entry, "summary", item.teaser or item.title, type="text")
    data: bytes = etree.tostring(feed, encoding="utf-8", xml_declaration=True, pretty_print=True)
    return data


def topic_feed(request: Request) -> Response:
    """The Atom feed of one topic: its latest :data:`FEED_ITEMS` items, newest first."""
    db: Database = request.app.state.db
    with db.read() as conn:
        topic = queries.topic_by_slug(conn, request.path_params["slug"])
        page = queries.news_page(conn, topic.id, page=1, per_page=FEED_ITEMS)
    body = atom_feed(topic, page.items, base_url=str(request.base_url))
    return Response(body, media_type=CONTENT_TYPE)
