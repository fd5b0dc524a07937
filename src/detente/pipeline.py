"""The ingest run: inputs → raw documents → parsed items → store, one transaction per document.

This is the one code path behind ``detente ingest``, the demo and the tests. Bad items are logged
with their reason and the run goes on; an item is either fully stored (document, topic links,
ingest-log row) or not at all.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from detente.errors import DetenteError, FetchError, InputError
from detente.extract.article import extract_article
from detente.ingest.detect import DocType, decode_text, detect
from detente.ingest.feeds import parse_feed
from detente.ingest.files import BadSource, Input, expand, is_gzip, read_bytes, read_head
from detente.ingest.listing import parse_listing
from detente.ingest.textscrape import looks_like_textscrape, parse_textscrape
from detente.ingest.warc import iter_warc, looks_like_warc
from detente.model import Article, ItemResult, Outcome, Parsed, RawDocument, Reason, TopicSpec
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import log_item, save_article
from detente.store.topics import upsert_topic

log = logging.getLogger(__name__)


class FetcherLike(Protocol):
    """What the pipeline needs of a fetcher (``detente.ingest.http.Fetcher`` provides it)."""

    def fetch(self, url: str) -> RawDocument: ...


@dataclass
class Problem:
    label: str
    reason: str
    detail: str

    def line(self) -> str:
        return f"{self.label}: {self.reason}: {self.detail}"


@dataclass
class IngestSummary:
    """Counts of one run, by outcome and by rejection reason, with the problems met."""

    run_id: str
    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.outcomes[Outcome.REJECTED.value]

    def as_dict(self) -> dict[str, object]:
        return {
            "run_id": self.run_id,
            "ingested": self.outcomes[Outcome.INGESTED.value],
            "updated": self.outcomes[Outcome.UPDATED.value],
            "unchanged": self.outcomes[Outcome.UNCHANGED.value],
            "duplicates": self.outcomes[Outcome.DUPLICATE.value]
            + self.outcomes[Outcome.NEAR_DUPLICATE.value],
            "near_duplicates": self.outcomes[Outcome.NEAR_DUPLICATE.value],
            "rejected": self.failed,
            "rejected_by_reason": dict(sorted(self.reasons.items())),
            "topics": self.topics,
        }


Listener = Callable[[str, Outcome], None]


class Ingester:
    """Runs ingest over sources; build one per run with the database and settings."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        doc_type: DocType | None = None,
        topic: str | None = None,
        follow: bool = False,
        fetcher: FetcherLike | None = None,
        listener: Listener | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self.doc_type = doc_type
        self.topic = topic
        self.follow = follow
        self.fetcher = fetcher
        self.listener = listener
        self.summary = IngestSummary(run_id=str(uuid.uuid4()))

    def run(self, sources: list[str]) -> IngestSummary:
        for entry in expand(sources):
            if isinstance(entry, BadSource):
                self._fail(
                    entry.location, ItemResult.fail(entry.location, _reason(entry.reason), entry.detail)
                )
                continue
            self.ingest_input(entry)
        return self.summary

    def ingest_input(self, entry: Input) -> None:
        try:
            for item in self._items(entry):
                self._store(entry.location, item)
        except DetenteError as exc:
            self._fail(entry.location, ItemResult.fail(entry.location, _reason(exc.reason), exc.message))

    # -- reading ---------------------------------------------------------------------------------

    def _items(self, entry: Input) -> Iterator[ItemResult]:
        if entry.url is not None:
            yield from self._from_raw(self._fetch(entry.url))
            return
        assert entry.path is not None
        head = read_head(entry.path)
        if self.doc_type in (None, DocType.WARC) and looks_like_warc(head):
            yield from self._from_warc(entry.path)
            return
        if self.doc_type is DocType.WARC:
            raise InputError("not a WARC file", reason=Reason.MALFORMED.value)
        data = read_bytes(entry.path, limit=self.settings.max_document_bytes)
        name = entry.path.name
        base = name[:-3] if is_gzip(head) and name.endswith(".gz") else name
        yield from self._from_raw(
            RawDocument(location=entry.location, data=data, content_type=_guess_type(base))
        )

    def _fetch(self, url: str) -> RawDocument:
        fetcher = self.fetcher
        if fetcher is None:
            from detente.ingest.http import Fetcher

            fetcher = self.fetcher = Fetcher(self.settings)
        try:
            return fetcher.fetch(url)
        except FetchError as exc:
            detail = exc.message.removeprefix(f"{url}: ")
            raise InputError(f"{exc.reason}: {detail}", reason=Reason.FETCH_FAILED.value) from exc

    def _from_warc(self, path: Path) -> Iterator[ItemResult]:
        for record in iter_warc(path, self.settings):
            if isinstance(record, ItemResult):
                yield record
            else:
                yield self._extract(record, teaser=None, topics=[])

    def _from_raw(self, raw: RawDocument) -> Iterator[ItemResult]:
        kind = self.doc_type or detect(raw.data, content_type=raw.content_type)
        if kind is None:
            reason = Reason.EMPTY if not raw.data.strip() else Reason.BINARY
            yield ItemResult.fail(
                raw.location, reason, "empty document" if reason is Reason.EMPTY else "binary data"
            )
            return
        if kind is DocType.HTML:
            yield self._extract(raw, teaser=None, topics=[])
        elif kind is DocType.FEED:
            yield from self._parsed(parse_feed(raw, self.settings))
        elif kind is DocType.LISTING:
            yield from self._listing(parse_listing(raw, self.settings))
        elif kind is DocType.TEXT:
            text = decode_text(raw.data)
            if looks_like_textscrape(text):
                yield from self._parsed(parse_textscrape(raw, self.settings))
            else:
                yield _plain_text(raw, text, self.settings)
        else:
            raise InputError("WARC data must be a file on disk", reason=Reason.UNSUPPORTED.value)

    def _parsed(self, parsed: Parsed) -> Iterator[ItemResult]:
        self._topics(parsed.topics)
        yield from parsed.items

    def _listing(self, parsed: Parsed) -> Iterator[ItemResult]:
        self._topics(parsed.topics)
        for item in parsed.items:
            if not (self.follow and item.article is not None and item.article.url):
                yield item
                continue
            listed = item.article
            try:
                raw = self._fetch(listed.url or "")
            except InputError as exc:
                yield ItemResult.fail(listed.url or item.label, Reason.FETCH_FAILED, exc.message)
                continue
            result = self._extract(raw, teaser=listed.teaser or None, topics=listed.topics)
            if result.article is not None and result.article.published is None and listed.published:
                result.article.published, result.article.precision = listed.published, listed.precision
            yield result

    def _extract(self, raw: RawDocument, *, teaser: str | None, topics: list[str]) -> ItemResult:
        result = extract_article(raw, self.settings, teaser=teaser)
        if result.article is None:
            return ItemResult.fail(raw.location, result.reason or Reason.EXTRACTION_FAILED, result.detail)
        result.article.topics = list(dict.fromkeys([*result.article.topics, *topics]))
        return ItemResult(label=raw.location, article=result.article)

    def _topics(self, specs: list[TopicSpec]) -> None:
        for spec in specs:
            with self.db.write() as conn:
                upsert_topic(conn, spec)
            if spec.slug not in self.summary.topics:
                self.summary.topics.append(spec.slug)

    # -- writing ---------------------------------------------------------------------------------

    def _store(self, location: str, item: ItemResult) -> None:
        if item.article is None:
            self._fail(location, item)
            return
        article: Article = item.article
        if self.topic and self.topic not in article.topics:
            article.topics.append(self.topic)
        try:
            with self.db.write() as conn:
                result = save_article(
                    conn,
                    article,
                    settings=self.settings,
                    run_id=self.summary.run_id,
                    location=location,
                    label=item.label,
                )
        except SQLAlchemyError as exc:
            log.warning("storing %s failed: %s", item.label, exc)
            self._fail(location, ItemResult.fail(item.label, Reason.STORE_FAILED, str(exc).splitlines()[0]))
            return
        self.summary.outcomes[result.outcome.value] += 1
        if self.listener:
            self.listener(item.label, result.outcome)

    def _fail(self, location: str, item: ItemResult) -> None:
        reason = (item.reason or Reason.MALFORMED).value
        self.summary.outcomes[Outcome.REJECTED.value] += 1
        self.summary.reasons[reason] += 1
        self.summary.problems.append(Problem(item.label, reason, item.detail))
        try:
            with self.db.write() as conn:
                log_item(
                    conn,
                    run_id=self.summary.run_id,
                    location=location,
                    label=item.label,
                    outcome=Outcome.REJECTED,
                    reason=reason,
                    detail=item.detail,
                )
        except SQLAlchemyError as exc:
            log.error("could not record the failure of %s: %s", item.label, exc)
        if self.listener:
            self.listener(item.label, Outcome.REJECTED)


def _reason(value: str) -> Reason:
    try:
        return Reason(value)
    except ValueError:
        return Reason.MALFORMED


def _guess_type(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "text/html"
    return None


def _plain_text(raw: RawDocument, text: str, settings: Settings) -> ItemResult:
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
