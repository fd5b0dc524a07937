"""From one raw document (or one file) to parsed items, with no database and no network.

These functions are what a worker process runs: they take and return picklable values, so the
pipeline can call them in-process or in a process pool without change.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from detente.coding.document import code_article
from detente.errors import DetenteError, InputError
from detente.extract.article import extract_article
from detente.ingest.detect import DocType, decode_text, detect
from detente.ingest.feeds import parse_feed
from detente.ingest.files import is_gzip, read_bytes, read_head
from detente.ingest.listing import parse_listing
from detente.ingest.textscrape import looks_like_textscrape, parse_textscrape
from detente.model import Article, ItemResult, RawDocument, Reason, TopicSpec
from detente.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Batch:
    """What one document gave: the topics it declares and its items, in document order."""

    topics: list[TopicSpec] = field(default_factory=list)
    items: list[ItemResult] = field(default_factory=list)
    listing: bool = False
    """True when the items are entries of a listing page (candidates for ``--follow``)."""


def reason_of(value: str) -> Reason:
    try:
        return Reason(value)
    except ValueError:
        return Reason.MALFORMED


def extract_item(
    raw: RawDocument, settings: Settings, *, teaser: str | None = None, topics: tuple[str, ...] = ()
) -> ItemResult:
    """One HTML page to one item (an article or the reason there is none), coded."""
    result = extract_article(raw, settings, teaser=teaser)
    if result.article is None:
        return ItemResult.fail(raw.location, result.reason or Reason.EXTRACTION_FAILED, result.detail)
    result.article.topics = list(dict.fromkeys([*result.article.topics, *topics]))
    return code_items([ItemResult(label=raw.location, article=result.article)], settings)[0]


def code_items(items: list[ItemResult], settings: Settings) -> list[ItemResult]:
    """Attach coded events to every article (when ``code_events`` is on); a coder failure leaves that
    article uncoded and logged rather than losing it."""
    if not settings.code_events:
        return items
    for item in items:
        if item.article is None:
            continue
        try:
            item.article.events = code_article(item.article)
        except Exception:
            logger.exception("coding %s failed; stored without events", item.label)
    return items


def parse_raw(raw: RawDocument, settings: Settings, doc_type: DocType | None = None) -> Batch:
    """Detect the type of ``raw`` (unless given), parse it and code its items; never raises for bad content."""
    batch = _parse(raw, settings, doc_type)
    code_items(batch.items, settings)
    return batch


def _parse(raw: RawDocument, settings: Settings, doc_type: DocType | None) -> Batch:
    try:
        kind = doc_type or detect(raw.data, content_type=raw.content_type)
        if kind is None:
            empty = not raw.data.strip()
            reason = Reason.EMPTY if empty else Reason.BINARY
            return Batch(
                items=[ItemResult.fail(raw.location, reason, "empty document" if empty else "binary data")]
            )
        if kind is DocType.HTML:
            result = extract_article(raw, settings)
            if result.article is None:
                reason = result.reason or Reason.EXTRACTION_FAILED
                return Batch(items=[ItemResult.fail(raw.location, reason, result.detail)])
            return Batch(items=[ItemResult(label=raw.location, article=result.article)])
        if kind is DocType.FEED:
            parsed = parse_feed(raw, settings)
            return Batch(topics=parsed.topics, items=list(parsed.items))
        if kind is DocType.LISTING:
            parsed = parse_listing(raw, settings)
            return Batch(topics=parsed.topics, items=list(parsed.items), listing=True)
        if kind is DocType.TEXT:
            text = decode_text(raw.data)
            if looks_like_textscrape(text):
                parsed = parse_textscrape(raw, settings)
                return Batch(topics=parsed.topics, items=list(parsed.items))
            return Batch(items=[plain_text(raw, text, settings)])
        return Batch(
            items=[ItemResult.fail(raw.location, Reason.UNSUPPORTED, "WARC data must be a file on disk")]
        )
    except DetenteError as exc:
        return Batch(items=[ItemResult.fail(raw.location, reason_of(exc.reason), exc.message)])


def read_file(path: Path, settings: Settings, doc_type: DocType | None = None) -> Batch:
    """Read and parse one (non-WARC) file; gzip is undone first."""
    location = str(path)
    try:
        head = read_head(path)
        data = read_bytes(path, limit=settings.max_document_bytes)
    except InputError as exc:
        return Batch(items=[ItemResult.fail(location, reason_of(exc.reason), exc.message)])
    except OSError as exc:
        return Batch(items=[ItemResult.fail(location, Reason.NOT_FOUND, str(exc))])
    name = path.name
    base = name[:-3] if is_gzip(head) and name.endswith(".gz") else name
    content_type = "text/html" if base.lower().endswith((".html", ".htm", ".xhtml")) else None
    return parse_raw(RawDocument(location=location, data=data, content_type=content_type), settings, doc_type)


def plain_text(raw: RawDocument, text: str, settings: Settings) -> ItemResult:
    """A plain-text file that is not a topic scrape: first line is the title, the rest the body."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ItemResult.fail(raw.location, Reason.EMPTY, "no text")
    title, body = lines[0][:500], "\n\n".join(lines[1:])
    if len(body) < settings.min_body_chars:
        return ItemResult.fail(raw.location, Reason.TOO_SHORT, f"body has {len(body)} characters")
    teaser = body.split("\n\n", 1)[0]
    article = Article(title=title, body=body, teaser=teaser, raw=raw.data, kind="article", url=raw.url)
    return ItemResult(label=raw.location, article=article)
