"""The pages: each handler answers HTML, or JSON when the path ends with ``.json``.

Handlers are plain functions (Starlette runs them in its thread pool) that read through
``app.state.db`` and render with ``app.state.templates``; the JSON of a page is built first and the
HTML context reuses the same values.
"""

from __future__ import annotations

import logging
import math
from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment
from sqlalchemy.engine import make_url
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from detente.contracts import iso_date, topic_json
from detente.errors import NotFound
from detente.settings import SETTINGS, Settings
from detente.store import queries
from detente.store.db import Database
from detente.store.events import COUNT_CAP as EVENT_COUNT_CAP
from detente.store.events import Timeline, document_events, events_page
from detente.store.search import search as run_search
from detente.store.sources import source_updates
from detente.web import params, render
from detente.web.eventrows import (
    EVENT_TYPES,
    POLARITIES,
    TimelineCache,
    event_json,
    event_query,
    event_row,
)
from detente.web.timeline import timeline_svg

log = logging.getLogger(__name__)

TOPIC_ITEMS = 10
ARCHIVE_PER_PAGE = 20
SEARCH_PER_PAGE = 20
SEARCH_ORDERS = ("relevance", "date")
EVENTS_PER_PAGE = 25
DOCUMENT_EVENTS = 200
"""A document page lists at most this many of its events; the rest are on ``/events?document=<id>``."""
SECRET_SETTINGS: frozenset[str] = frozenset()
"""Settings never shown; the database URL is shown with its password hidden."""


def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def _timelines(request: Request) -> TimelineCache:
    cache: TimelineCache = request.app.state.timelines
    return cache


def _is_json(request: Request) -> bool:
    return request.path_params.get("format") == "json"


def _json_url(request: Request) -> str:
    path = request.url.path
    base = path + ".json" if path != "/" else "/.json"
    query = request.url.query
    return f"{base}?{query}" if query else base


def _html(request: Request, template: str, **context: Any) -> HTMLResponse:
    env: Environment = request.app.state.templates
    context.setdefault("json_url", _json_url(request))
    context.setdefault("q", "")
    return HTMLResponse(env.get_template(template).render(request_path=request.url.path, **context))


def page_url(path: str, query: dict[str, str], page: int) -> str:
    """``path`` with the same filters and another page number (page 1 is left out)."""
    values = {k: v for k, v in query.items() if v and k != "page"}
    if page > 1:
        values["page"] = str(page)
    return f"{path}?{urlencode(values)}" if values else path


def pager(path: str, query: dict[str, str], page: int, pages: int, *, capped: bool = False) -> dict[str, Any]:
    """Links to the previous and next pages; ``capped``: ``pages`` is a lower bound."""
    return {
        "page": page,
        "pages": pages,
        "capped": capped,
        "newer": page_url(path, query, page - 1) if page > 1 else None,
        "older": page_url(path, query, page + 1) if page < pages else None,
    }


def index(request: Request) -> Response:
    """``/``: the topics with their document counts and newest date."""
    with _db(request).read() as conn:
        rows = queries.topic_summaries(conn)
    data = {
        "topics": [
            {
                "slug": t.slug,
                "title": t.title,
                "documents": t.documents,
                "last_published": t.last_published.isoformat() if t.last_published else None,
                "updated_at": t.updated_at.isoformat() if t.updated_at else None,
                "path": f"/topics/{t.slug}",
            }
            for t in rows
        ]
    }
    if _is_json(request):
        return JSONResponse(data)
    return _html(request, "index.html", topics=rows, title="Topics")


def topic(request: Request) -> Response:
    """``/topics/<slug>``: overview, the latest news, sources."""
    slug = request.path_params["slug"]
    with _db(request).read() as conn:
        ref = queries.topic_by_slug(conn, slug)
        news = queries.news_page(conn, ref.id, page=1, per_page=TOPIC_ITEMS)
        topic_sources = queries.topic_sources(conn, ref.id)
        updates = source_updates(conn, topic=slug)
    if _is_json(request):
        return JSONResponse(topic_json(ref, news))
    return _html(
        request,
        "topic.html",
        title=ref.title,
        topic=ref,
        overview=render.markdown_html(ref.overview),
        items=news.items,
        total=news.total,
        sources=_source_links(topic_sources),
        updates=[
            {
                "url": render.safe_url(u.url),
                "label": u.url,
                "kind": u.kind,
                "health": u.health,
                "last_success": u.last_success_at,
                "last_new": u.last_new_at,
            }
            for u in updates
        ],
    )


def _source_links(found: list[queries.SourceInfo]) -> list[dict[str, str | None]]:
    return [{"name": s.name, "url": render.safe_url(s.url)} for s in found]


def news(request: Request) -> Response:
    """``/topics/<slug>/news``: the archive, 20 a page, with date-range and source filters."""
    slug = request.path_params["slug"]
    query = request.query_params
    page = params.page_number(query)
    date_from, date_to = params.date_range(query)
    source_name = params.text_param(query, "source", limit=300)
    with _db(request).read() as conn:
        ref = queries.topic_by_slug(conn, slug)
        source_id = None
        if source_name:
            source_id = queries.source_id_by_name(conn, source_name)
            if source_id is None:
                raise params.BadRequest(f"no source named {source_name[:80]!r}")
        filters = queries.NewsFilters(date_from=date_from, date_to=date_to, source_id=source_id)
        result = queries.news_page(conn, ref.id, page=page, per_page=ARCHIVE_PER_PAGE, filters=filters)
        topic_sources = queries.topic_sources(conn, ref.id)
    if page > result.pages and not (result.capped and result.items):
        raise NotFound(f"page {page} is past the last page ({result.pages})")
    if _is_json(request):
        return JSONResponse(topic_json(ref, result))
    last = result.pages
    if result.capped:  # the count stopped early: there is a next page while this one is full
        last = max(last, page + 1 if len(result.items) == result.per_page else page)
    current = {
        "from": date_from.isoformat() if date_from else "",
        "to": date_to.isoformat() if date_to else "",
        "source": source_name,
    }
    return _html(
        request,
        "news.html",
        title=f"{ref.title}: all news",
        topic=ref,
        items=result.items,
        total=result.total,
        capped=result.capped,
        filters=current,
        sources=_source_links(topic_sources),
        pager=pager(request.url.path, current, page, last, capped=result.capped),
    )


def document(request: Request) -> Response:
    """``/documents/<id>``: one document with its text, original link, topics, near-duplicates and events."""
    doc_id = params.document_id(request.path_params["doc_id"])
    with _db(request).read() as conn:
        doc = queries.document_detail(conn, doc_id)
        coded = document_events(conn, doc_id, limit=DOCUMENT_EVENTS + 1)
    truncated = len(coded) > DOCUMENT_EVENTS
    coded = coded[:DOCUMENT_EVENTS]
    if _is_json(request):
        data = document_json(doc)
        data["events"] = [event_json(e) for e in coded]
        data["events_truncated"] = truncated
        return JSONResponse(data)
    return _html(
        request,
        "document.html",
        title=doc.title,
        doc=doc,
        paragraphs=render.paragraphs(doc.body or doc.teaser),
        original_url=render.safe_url(doc.url),
        source_url=render.safe_url(doc.source.url) if doc.source else None,
        events=[event_row(e) for e in coded],
        events_truncated=truncated,
    )


def _link_json(link: queries.DocumentLink) -> dict[str, Any]:
    return {
        "id": link.id,
        "title": link.title,
        "published": iso_date(link.published, link.precision),
        "precision": link.precision if link.published else None,
        "similarity": link.similarity,
        "path": f"/documents/{link.id}",
    }


def document_json(doc: queries.DocumentDetail) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "published": iso_date(doc.published, doc.precision),
        "precision": doc.precision if doc.published else None,
        "teaser": doc.teaser,
        "body": doc.body,
        "url": doc.url,
        "language": doc.language,
        "kind": doc.kind,
        "source": {"name": doc.source.name, "url": doc.source.url} if doc.source else None,
        "topics": [{"slug": t.slug, "title": t.title, "path": f"/topics/{t.slug}"} for t in doc.topics],
        "duplicate_of": _link_json(doc.duplicate_of) if doc.duplicate_of else None,
        "duplicates": [_link_json(d) for d in doc.duplicates],
    }


def search(request: Request) -> Response:
    """``/search?q=``: full text with snippets, filters, relevance or date order, paging."""
    query = request.query_params
    q = params.text_param(query, "q")
    page = params.page_number(query)
    order = params.choice(query, "order", SEARCH_ORDERS)
    date_from, date_to = params.date_range(query)
    topic_slug = params.text_param(query, "topic", limit=200)
    source_name = params.text_param(query, "source", limit=300)
    with _db(request).read() as conn:
        topic_id = queries.topic_id_by_slug(conn, topic_slug) if topic_slug else None
        if topic_slug and topic_id is None:
            raise params.BadRequest(f"no topic {topic_slug[:80]!r}")
        source_id = queries.source_id_by_name(conn, source_name) if source_name else None
        if source_name and source_id is None:
            raise params.BadRequest(f"no source named {source_name[:80]!r}")
        found = run_search(
            conn,
            q,
            limit=SEARCH_PER_PAGE,
            offset=(page - 1) * SEARCH_PER_PAGE,
            topic_id=topic_id,
            source_id=source_id,
            date_from=date_from,
            date_to=date_to,
            order=order,
        )
        all_topics = [] if _is_json(request) else queries.all_topics(conn)
        all_sources = [] if _is_json(request) else queries.all_sources(conn)
    pages = max(1, math.ceil(found.total / SEARCH_PER_PAGE))
    if found.capped:  # more matches than were counted: paging goes on while pages are full
        pages = max(pages, page + (1 if len(found.hits) == SEARCH_PER_PAGE else 0))
    if page > pages:
        raise NotFound(f"page {page} is past the last page ({pages})")
    current = {
        "q": q,
        "topic": topic_slug,
        "source": source_name,
        "from": date_from.isoformat() if date_from else "",
        "to": date_to.isoformat() if date_to else "",
        "order": order if order != SEARCH_ORDERS[0] else "",
    }
    if _is_json(request):
        return JSONResponse(
            {
                "query": q,
                "filters": {k: current[k] or None for k in ("topic", "source", "from", "to")},
                "order": order,
                "items": [
                    {
                        "id": hit.document_id,
                        "title": hit.title,
                        "published": iso_date(hit.published, hit.precision),
                        "precision": hit.precision if hit.published else None,
                        "url": hit.url,
                        "snippet": render.snippet_text(hit.snippet),
                        "snippet_html": str(render.snippet_html(hit.snippet)),
                        "path": f"/documents/{hit.document_id}",
                    }
                    for hit in found.hits
                ],
                "total": found.total,
                "total_capped": found.capped,
                "page": page,
                "pages": pages,
            }
        )
    hits = [(hit, render.snippet_html(hit.snippet)) for hit in found.hits]
    return _html(
        request,
        "search.html",
        title=f"Search: {q}" if q else "Search",
        q=q,
        hits=hits,
        total=found.total,
        total_capped=found.capped,
        filters=current,
        order=order,
        topics=all_topics,
        sources=all_sources,
        pager=pager(request.url.path, current, page, pages, capped=found.capped),
    )


def events(request: Request) -> Response:
    """``/events``: coded events newest first, with filters and paging."""
    return _events_page(request, None)


def topic_events(request: Request) -> Response:
    """``/topics/<slug>/events``: the topic's events with filters, paging and a timeline per month."""
    return _events_page(request, request.path_params["slug"])


def _events_page(request: Request, slug: str | None) -> Response:
    query = request.query_params
    page = params.page_number(query)
    wanted = event_query(query)
    filters = wanted.filters
    with _db(request).read() as conn:
        ref = queries.topic_by_slug(conn, slug) if slug is not None else None
        if ref is not None:
            filters = replace(filters, topic_id=ref.id)
        found, total = events_page(conn, filters, page=page, per_page=EVENTS_PER_PAGE)
        timeline = _timelines(request).get(conn, filters) if ref is not None else None
    capped = total >= EVENT_COUNT_CAP
    pages = max(1, math.ceil(total / EVENTS_PER_PAGE))
    if capped:  # more events than were counted: paging goes on while pages are full
        pages = max(pages, page + (1 if len(found) == EVENTS_PER_PAGE else 0))
    if page > pages:
        raise NotFound(f"page {page} is past the last page ({pages})")
    if _is_json(request):
        return JSONResponse(
            {
                "topic": _topic_link(ref) if ref is not None else None,
                "filters": wanted.as_json(),
                "items": [event_json(e) for e in found],
                "total": total,
                "total_capped": capped,
                "page": page,
                "pages": pages,
                "timeline": timeline.as_dict() if timeline is not None else None,
            }
        )
    title = f"{ref.title}: events" if ref is not None else "Events"
    return _html(
        request,
        "events.html",
        title=title,
        topic=ref,
        action=request.url.path,
        rows=[event_row(e) for e in found],
        total=total,
        capped=capped,
        filters=wanted.current,
        event_types=EVENT_TYPES,
        polarities=POLARITIES,
        timeline=_timeline_context(timeline, title) if timeline is not None else None,
        pager=pager(request.url.path, wanted.current, page, pages, capped=capped),
    )


def _topic_link(ref: queries.TopicRef) -> dict[str, str]:
    return {"slug": ref.slug, "title": ref.title, "path": f"/topics/{ref.slug}"}


def _timeline_context(timeline: Timeline, title: str) -> dict[str, Any]:
    return {
        "svg": timeline_svg(timeline, title=f"{title} per month"),
        "months": [m for m in timeline.months if sum(m.quads)],
        "events": timeline.events,
        "capped": timeline.capped,
    }


def settings_rows(settings: Settings) -> list[dict[str, Any]]:
    """Each setting's name, value and help; secrets left out, the database password hidden."""
    values = settings.as_dict()
    rows = []
    for definition in SETTINGS:
        if definition.name in SECRET_SETTINGS:
            continue
        value = values[definition.name]
        if definition.name == "db":
            value = _hide_password(str(value))
        rows.append({"name": definition.name, "value": value, "help": definition.help})
    return rows


def _hide_password(db: str) -> str:
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL must not be shown, whatever the parser raised
        log.warning("database URL could not be parsed; not shown")
        return "(hidden)"


def settings_page(request: Request) -> Response:
    """``/-/settings``: the effective settings with their help texts."""
    rows = settings_rows(request.app.state.settings)
    if _is_json(request):
        return JSONResponse({"settings": rows})
    return _html(request, "settings.html", title="Settings", rows=rows)
