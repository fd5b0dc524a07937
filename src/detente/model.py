"""Typed values passed between pipeline stages.

Stages never pass dicts to each other: a fetcher yields :class:`RawDocument`, parsers yield
:class:`ItemResult` (an :class:`Article` or a :class:`Reason` why not) and :class:`TopicSpec`,
the store takes articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Precision(StrEnum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Reason(StrEnum):
    """Why an item was rejected or failed. Recorded in the ingest log and shown per source."""

    EMPTY = "empty"
    BINARY = "binary"
    TOO_LARGE = "too_large"
    BAD_ENCODING = "bad_encoding"
    MALFORMED = "malformed"
    TRUNCATED = "truncated"
    NO_TEXT = "no_text"
    TOO_SHORT = "too_short"
    NO_TITLE = "no_title"
    BAD_DATE = "bad_date"
    UNSUPPORTED = "unsupported"
    NOT_FOUND = "not_found"
    FETCH_FAILED = "fetch_failed"
    EXTRACTION_FAILED = "extraction_failed"
    STORE_FAILED = "store_failed"


class Outcome(StrEnum):
    """What happened to one item in the store."""

    INGESTED = "ingested"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near_duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date with its precision; ``value`` holds the first day of the known period."""

    value: dt.date
    precision: Precision

    def iso(self) -> str:
        """ISO text of the known part: ``2015-10-05``, ``2014-04`` or ``2014``."""
        if self.precision is Precision.DAY:
            return self.value.isoformat()
        if self.precision is Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return f"{self.value.year:04d}"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as fetched or read, before any parsing."""

    location: str
    """Where the bytes came from: a path or a URL (used in messages and the ingest log)."""
    data: bytes
    url: str | None = None
    """The document's URL on the web, when known."""
    content_type: str | None = None
    fetched_at: dt.datetime | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DocumentEvent:
    """A coded event with its evidence: the sentence (title or body) it comes from."""

    field: str
    """``title`` or ``body``."""
    sentence_index: int
    sentence_start: int
    """Offsets of the sentence in the field's text."""
    sentence_end: int
    sentence: str
    event: dict[str, Any]
    """The event object of the ``detente code --jsonl`` contract (evidence offsets are within the sentence)."""


@dataclass(slots=True)
class Article:
    """One document as detente stores it."""

    title: str
    body: str
    url: str | None = None
    published: dt.date | None = None
    precision: Precision | None = None
    teaser: str = ""
    language: str | None = None
    source: str | None = None
    """Name of the source (usually the site's host)."""
    raw: bytes | None = None
    content_type: str | None = None
    fetched_at: dt.datetime | None = None
    kind: str = "article"
    """``article`` for a full page; ``item`` for a listing, feed or text-scrape entry."""
    topics: list[str] = field(default_factory=list)
    """Slugs of topics this item was filed under by its container (a topic page, ``--topic``)."""
    events: list[DocumentEvent] | None = None
    """Coded events of the title and body; ``None`` when the article was not coded."""

    @property
    def published_date(self) -> PartialDate | None:
        if self.published is None:
            return None
        return PartialDate(self.published, self.precision or Precision.DAY)


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One item a parser tried: an article, or the reason there is none."""

    label: str
    """Names the item in messages: ``file.warc#12``, ``feed.xml entry 3``, a URL."""
    article: Article | None = None
    reason: Reason | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.article is not None

    @classmethod
    def fail(cls, label: str, reason: Reason, detail: str) -> ItemResult:
        return cls(label=label, article=None, reason=reason, detail=detail)


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """The outcome of extracting one HTML page: never a bare ``None``."""

    article: Article | None
    reason: Reason | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.article is not None


@dataclass(slots=True)
class TopicSpec:
    """A topic: a page with an overview and a news list, selected by a rule."""

    slug: str
    title: str
    overview: str = ""
    rule: str = ""
    """Selection rule: keywords matched against titles and bodies (empty: membership is explicit)."""


@dataclass(slots=True)
class Parsed:
    """What a parser found in one raw document: topics it declares and the items it holds."""

    topics: list[TopicSpec] = field(default_factory=list)
    items: Iterator[ItemResult] = field(default_factory=lambda: iter(()))
