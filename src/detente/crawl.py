"""Scheduled crawling of registered sources: ``detente sources``, ``detente update`` and ``detente watch``.

One pass (:func:`update`) takes the sources that are due, and for each one

1. fetches it through :class:`~detente.ingest.robots.PoliteFetcher` (robots.txt, per-host spacing,
   the guarded fetcher) with ``If-None-Match`` / ``If-Modified-Since`` from the last success;
2. on 304 records the success and ingests nothing; on 2xx ingests the document through
   :class:`~detente.pipeline.Ingester` (each document committed on its own), and only **then** saves the
   new ``ETag`` / ``Last-Modified`` with the source's health in one more transaction. A crash between
   the two means the next pass fetches again and the store finds the documents unchanged: nothing is
   lost and nothing is doubled;
3. on failure counts it and waits before the next try: ``Retry-After`` (seconds or an HTTP-date) on a
   429 or 503, else ``crawl_retry_base`` doubled per consecutive failure, both capped by
   ``crawl_max_backoff``.

:func:`watch` repeats passes until SIGTERM or SIGINT, which end it after the source in hand. All state
lives in the database, so a killed watcher resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import FrameType
from urllib.parse import urlsplit

import httpcore
from lxml import etree
from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import ConfigError, FetchError
from detente.extract.dedup import canonical_url
from detente.ingest.addresses import check_host, is_blocked, parse_host
from detente.ingest.detect import DocType
from detente.ingest.http import Fetcher, HTTPStatusError, Response, resolve
from detente.ingest.robots import FetchRecord, PoliteFetcher, Stopper, retry_after_seconds, robots_url
from detente.model import Outcome, RawDocument, Reason
from detente.pipeline import Ingester, IngestSummary
from detente.settings import Settings
from detente.slugs import slugify
from detente.store import sources as registry
from detente.store.db import Database
from detente.store.documents import raw_bytes
from detente.store.schema import documents
from detente.store.sources import Source

log = logging.getLogger(__name__)

_DOC_TYPES: dict[str, DocType | None] = {
    "feed": DocType.FEED,
    "listing": DocType.LISTING,
    "page": DocType.HTML,
    "sitemap": None,
}
_DEFERRED = frozenset({"host_backoff", "stopping"})
"""Refusals that are no fault of the source: it keeps its failure count and is tried again soon."""
_SITEMAP_MAX_BYTES = 50 * 1024 * 1024
"""A sitemap may hold at most 50 MB uncompressed (sitemaps.org)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(slots=True)
class SourceRun:
    """What one source's turn in a pass did."""

    url: str
    outcome: str
    """``fetched``, ``not_modified``, ``failed``, ``refused`` (robots.txt) or ``deferred``."""
    status: int | None = None
    new: int = 0
    updated: int = 0
    rejected: int = 0
    reason: str | None = None
    detail: str = ""
    next_due: dt.datetime | None = None

    def line(self) -> str:
        due = self.next_due.strftime("%Y-%m-%d %H:%M:%S") if self.next_due else "-"
        status = f" HTTP {self.status}" if self.status else ""
        if self.outcome == "fetched":
            what = f"{self.new} new, {self.updated} updated, {self.rejected} rejected"
        elif self.outcome == "not_modified":
            what = "not modified"
        else:
            what = f"{self.reason}: {self.detail}"
        return f"{self.outcome}{status} {self.url}: {what} (next {due})"

    def as_dict(self) -> dict[str, object]:
        return {
            "url": self.url,
            "outcome": self.outcome,
            "status": self.status,
            "new": self.new,
            "updated": self.updated,
            "rejected": self.rejected,
            "reason": self.reason,
            "detail": self.detail,
            "next_due": self.next_due.isoformat() if self.next_due else None,
        }


@dataclass(slots=True)
class UpdateReport:
    """One pass over the due sources."""

    runs: list[SourceRun] = field(default_factory=list)
    stopped: bool = False

    @property
    def new(self) -> int:
        return sum(r.new for r in self.runs)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.runs if r.outcome in {"failed", "refused"})

    def as_dict(self) -> dict[str, object]:
        return {
            "sources": len(self.runs),
            "new": self.new,
            "failed": self.failed,
            "stopped": self.stopped,
            "runs": [r.as_dict() for r in self.runs],
        }


@dataclass(slots=True)
class WatchSummary:
    passes: int = 0
    new: int = 0
    failed: int = 0


# --------------------------------------------------------------------------------------------------
# The registry commands


def vet_url(url: str, settings: Settings) -> str:
    """``url`` stripped, or :class:`ConfigError` when detente would never fetch it (scheme, credentials,
    no host, a non-public literal address or a loopback name). Names are resolved only at fetch time."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in {"http", "https"}:
        raise ConfigError(f"{text}: only http and https URLs can be sources")
    if parts.username is not None or parts.password is not None:
        raise ConfigError(f"{text}: credentials in source URLs are not allowed")
    host = parts.hostname or ""
    if not host.strip("."):
        raise ConfigError(f"{text}: no host")
    reason = check_host(host, allow_loopback=settings.fetch_allow_loopback)
    if reason is not None:
        raise ConfigError(f"{text}: host {host} is not a public address ({reason})")
    return text


def add_source(
    db: Database,
    settings: Settings,
    url: str,
    *,
    kind: str = "feed",
    topic: str | None = None,
    every: str | None = None,
) -> Source:
    """Register a source, due at once. ``every`` is an interval such as ``30m`` or ``1h`` (default
    ``settings.crawl_interval``); shorter than ``settings.crawl_min_interval`` is refused."""
    text = vet_url(url, settings)
    if topic is not None and slugify(topic) != topic:
        raise ConfigError(f"--topic expects a slug such as {slugify(topic)!r}")
    interval = registry.parse_interval(every) if every else settings.crawl_interval
    if interval < settings.crawl_min_interval:
        raise ConfigError(
            f"interval {registry.format_interval(interval)} is shorter than the minimum "
            f"{registry.format_interval(settings.crawl_min_interval)} (setting crawl_min_interval)"
        )
    with db.write() as conn:
        return registry.add(conn, text, kind=kind, topic=topic, interval_s=interval, now=_now())


def remove_source(db: Database, url: str) -> bool:
    """Forget a source; ``False`` when it was not registered. Its documents stay."""
    with db.write() as conn:
        return registry.remove(conn, url.strip())


def list_sources(db: Database) -> list[Source]:
    """Every source with its health (:meth:`Source.health`, :meth:`Source.as_dict`)."""
    with db.read() as conn:
        return registry.all_sources(conn)


# --------------------------------------------------------------------------------------------------
# The crawler


class _Prefetched:
    """The fetcher handed to the Ingester: the source's own URL is already fetched; other URLs (listing
    links, sitemap pages) come from the store when known, else through the polite fetcher."""

    def __init__(self, crawler: Crawler, raw: RawDocument | None) -> None:
        self._crawler = crawler
        self._raw = raw

    def fetch(self, url: str) -> RawDocument:
        raw = self._raw
        if raw is not None and url == raw.location:
            self._raw = None
            return raw
        known = self._crawler.stored_raw(url)
        if known is not None:
            return known
        return self._crawler.polite.fetch(url)


class Crawler:
    """Runs passes over due sources. Keep one for a whole ``watch``: robots.txt rules and per-host
    timing live here."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        fetcher: Fetcher | None = None,
        stopper: Stopper | None = None,
    ) -> None:
        self.db = db
        self.settings = settings
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(settings)
        self.stopper = stopper or Stopper()
        self.polite = PoliteFetcher(self.fetcher, settings, recorder=self._record, stopper=self.stopper)

    def close(self) -> None:
        if self._own_fetcher:
            self.fetcher.close()

    def __enter__(self) -> Crawler:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run_pass(self) -> UpdateReport:
        report = UpdateReport()
        with self.db.read() as conn:
            due = registry.due(conn, _now())
        for source in due:
            if self.stopper.is_set():
                report.stopped = True
                break
            try:
                report.runs.append(self.update_source(source))
            except Exception as exc:  # one broken source must not end a watch
                log.exception("updating %s failed", source.url)
                report.runs.append(self._crashed(source, exc))
        report.stopped = report.stopped or self.stopper.is_set()
        return report

    def _crashed(self, source: Source, exc: Exception) -> SourceRun:
        """Record an unexpected error (a store failure, a bug) as a failure with back-off."""
        error = FetchError(f"internal error: {exc!r}"[:500], reason="internal_error")
        try:
            return self._failed(source, error, _now())
        except SQLAlchemyError as again:
            log.error("cannot record the failure of %s: %s", source.url, again)
            return SourceRun(source.url, "failed", reason="internal_error", detail=error.message)

    def update_source(self, source: Source) -> SourceRun:
        """Fetch one source, ingest what is new, then save its validators and health."""
        self.polite.source_id = source.id
        headers = {}
        if source.etag:
            headers["If-None-Match"] = source.etag
        if source.last_modified:
            headers["If-Modified-Since"] = source.last_modified
        started = _now()
        try:
            response = self.polite.get(source.url, headers=headers)
            if response.raw is None:
                return self._not_modified(source, response, started)
            summary = self._ingest(source, response)
        except FetchError as exc:
            return self._failed(source, exc, started)
        finally:
            self.polite.source_id = None
        return self._fetched(source, response, summary, started)

    # -- outcomes ------------------------------------------------------------------------------

    def _not_modified(self, source: Source, response: Response, started: dt.datetime) -> SourceRun:
        # RFC 9110: a 304 may carry updated validators.
        etag = response.headers.get("etag") or source.etag
        modified = response.headers.get("last-modified") or source.last_modified
        next_due = started + dt.timedelta(seconds=source.interval_s)
        with self.db.write() as conn:
            registry.record_success(
                conn,
                source.id,
                now=started,
                status=304,
                outcome="not_modified",
                new=0,
                etag=etag,
                last_modified=modified,
                next_due=next_due,
            )
        return SourceRun(source.url, "not_modified", status=304, next_due=next_due)

    def _fetched(
        self, source: Source, response: Response, summary: IngestSummary, started: dt.datetime
    ) -> SourceRun:
        counts = summary.outcomes
        new = counts[Outcome.INGESTED.value]
        complete = not summary.reasons.get(Reason.STORE_FAILED.value)
        # Validators are saved only now, after the documents are committed; if some could not be
        # stored, none are saved, so the next pass fetches the whole document again.
        etag = response.headers.get("etag") if complete else None
        modified = response.headers.get("last-modified") if complete else None
        next_due = _now() + dt.timedelta(seconds=source.interval_s)
        with self.db.write() as conn:
            registry.record_success(
                conn,
                source.id,
                now=started,
                status=response.status,
                outcome="fetched",
                new=new,
                etag=etag,
                last_modified=modified,
                next_due=next_due,
            )
        return SourceRun(
            source.url,
            "fetched",
            status=response.status,
            new=new,
            updated=counts[Outcome.UPDATED.value],
            rejected=summary.failed,
            next_due=next_due,
        )

    def _failed(self, source: Source, exc: FetchError, started: dt.datetime) -> SourceRun:
        status = exc.status if isinstance(exc, HTTPStatusError) else None
        if exc.reason in _DEFERRED:
            wait = max(self.polite.paused_for(source.url), self.settings.crawl_min_delay)
            next_due = started + dt.timedelta(seconds=wait)
            if exc.reason != "stopping":
                with self.db.write() as conn:
                    registry.record_failure(
                        conn,
                        source.id,
                        now=started,
                        status=None,
                        outcome="deferred",
                        error=f"{exc.reason}: {exc.message}",
                        failures=source.failures,
                        next_due=next_due,
                        backoff_until=next_due,
                    )
            return SourceRun(source.url, "deferred", reason=exc.reason, detail=exc.message, next_due=next_due)
        failures = source.failures + 1
        delay = backoff_delay(self.settings, failures, exc)
        next_due = started + dt.timedelta(seconds=delay)
        outcome = "refused" if exc.reason in {"robots", "robots_unreachable"} else "failed"
        with self.db.write() as conn:
            registry.record_failure(
                conn,
                source.id,
                now=started,
                status=status,
                outcome=outcome,
                error=f"{exc.reason}: {exc.message}",
                failures=failures,
                next_due=next_due,
                backoff_until=next_due,
            )
        log.info("%s %s: %s (retry in %.0fs)", outcome, source.url, exc.message, delay)
        return SourceRun(
            source.url, outcome, status=status, reason=exc.reason, detail=exc.message, next_due=next_due
        )

    # -- ingest --------------------------------------------------------------------------------

    def _ingest(self, source: Source, response: Response) -> IngestSummary:
        raw = response.raw
        assert raw is not None
        if source.kind == "sitemap":
            urls = self._new_sitemap_urls(raw, source)
            ingester = Ingester(
                self.db,
                self.settings,
                doc_type=DocType.HTML,
                topic=source.topic,
                fetcher=_Prefetched(self, None),
            )
            return ingester.run(urls)
        ingester = Ingester(
            self.db,
            self.settings,
            doc_type=_DOC_TYPES.get(source.kind),
            topic=source.topic,
            follow=source.kind == "listing",
            fetcher=_Prefetched(self, raw),
        )
        return ingester.run([raw.location])

    def _new_sitemap_urls(self, raw: RawDocument, source: Source) -> list[str]:
        host = (urlsplit(source.url).hostname or "").lower()
        out: list[str] = []
        for url in sitemap_urls(raw.data):
            if (urlsplit(url).hostname or "").lower() != host or url in out:
                continue  # a sitemap speaks for its own host only
            if self._known(url):
                continue
            out.append(url)
            if len(out) >= self.settings.sitemap_max_urls:
                break
        return out

    def _known(self, url: str) -> bool:
        canon = canonical_url(url)
        with self.db.read() as conn:
            found = conn.execute(
                select(documents.c.id)
                .where(or_(documents.c.canonical_url == canon, documents.c.url == url))
                .limit(1)
            ).first()
        return found is not None

    def stored_raw(self, url: str) -> RawDocument | None:
        """The stored page of ``url`` (a listing link seen before), so it is not fetched again."""
        canon = canonical_url(url)
        if canon is None:
            return None
        with self.db.read() as conn:
            row = conn.execute(
                select(documents.c.raw, documents.c.raw_encoding, documents.c.content_type, documents.c.kind)
                .where(documents.c.canonical_url == canon)
                .limit(1)
            ).first()
        if row is None or row.raw is None or row.kind != "article":
            return None
        data = raw_bytes(row.raw, row.raw_encoding)
        if not data:
            return None
        return RawDocument(location=url, data=data, url=url, content_type=row.content_type)

    def _record(self, record: FetchRecord) -> None:
        with self.db.write() as conn:
            registry.log_fetch(
                conn,
                at=record.at or _now(),
                url=record.url,
                outcome=record.outcome,
                status=record.status,
                size=record.bytes,
                duration_ms=record.duration_ms,
                reason=record.reason,
                detail=record.detail,
                final_url=record.final_url,
                source_id=record.source_id,
            )


def backoff_delay(settings: Settings, failures: int, exc: FetchError | None = None) -> float:
    """Seconds to wait after ``failures`` consecutive failures: the server's ``Retry-After`` on a 429 or
    503 when it gives one, else ``crawl_retry_base * 2**(failures-1)``; at most ``crawl_max_backoff``."""
    cap = settings.crawl_max_backoff
    if isinstance(exc, HTTPStatusError) and exc.status in {429, 503}:
        asked = retry_after_seconds(exc.retry_after)
        if asked is not None:
            return min(max(asked, settings.crawl_min_delay), cap)
    return float(min(settings.crawl_retry_base * 2 ** min(max(failures - 1, 0), 30), cap))


def sitemap_urls(data: bytes) -> list[str]:
    """The page URLs a sitemap lists (``<url><loc>``), gzip undone; XML read without entities, DTDs or
    network. A sitemap index (``<sitemap><loc>``) gives nothing: nested sitemaps are not followed."""
    if data[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = inflater.decompress(data, _SITEMAP_MAX_BYTES)
        except zlib.error:
            return []
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return []
    if root is None:
        return []
    out: list[str] = []
    for loc in root.iterfind("{*}url/{*}loc"):
        text = (loc.text or "").strip()
        if text.lower().startswith(("http://", "https://")):
            out.append(text)
    return out


# --------------------------------------------------------------------------------------------------
# update, watch, check


def update(db: Database, settings: Settings, *, fetcher: Fetcher | None = None) -> UpdateReport:
    """One pass over the sources that are due now."""
    with Crawler(db, settings, fetcher=fetcher) as crawler:
        return crawler.run_pass()


@contextlib.contextmanager
def _signals(stopper: Stopper) -> Iterator[None]:
    """SIGTERM and SIGINT set the stop flag (a second one aborts at once); restored afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if stopper.is_set():
            raise KeyboardInterrupt
        log.warning("signal %d: stopping after the current source", signum)
        stopper.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def watch(
    settings: Settings,
    *,
    db: Database | None = None,
    fetcher: Fetcher | None = None,
    stopper: Stopper | None = None,
    handle_signals: bool = True,
    max_passes: int | None = None,
    on_pass: Callable[[UpdateReport], None] | None = None,
) -> WatchSummary:
    """Run passes until stopped (SIGTERM, SIGINT, ``stopper.set()``) or ``max_passes`` are done,
    sleeping until the next source is due (at most ``settings.watch_max_sleep``)."""
    database = db or Database.open(settings)
    stopper = stopper or Stopper()
    summary = WatchSummary()
    guard = _signals(stopper) if handle_signals else contextlib.nullcontext()
    try:
        with guard, Crawler(database, settings, fetcher=fetcher, stopper=stopper) as crawler:
            while not stopper.is_set():
                report = crawler.run_pass()
                summary.passes += 1
                summary.new += report.new
                summary.failed += report.failed
                if on_pass is not None:
                    on_pass(report)
                if max_passes is not None and summary.passes >= max_passes:
                    break
                stopper.sleep(_idle(database, settings))
    finally:
        if db is None:
            database.close()
    return summary


def _idle(db: Database, settings: Settings) -> float:
    with db.read() as conn:
        when = registry.next_due_at(conn)
    if when is None:
        return settings.watch_max_sleep
    return min(max((when - _now()).total_seconds(), 0.05), settings.watch_max_sleep)


@dataclass(slots=True)
class CheckReport:
    """``sources check``: what a fetch of ``url`` would do, and why."""

    url: str
    would_fetch: bool = False
    reason: str | None = None
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"url": self.url, "would_fetch": self.would_fetch, "reason": self.reason, "lines": self.lines}


def check_source(
    db: Database, settings: Settings, url: str, *, fetcher: Fetcher | None = None
) -> CheckReport:
    """A dry run: vets the URL, resolves its host and checks the addresses, reads robots.txt (the only
    request sent; it is logged) and shows the source's schedule. Nothing is ingested or changed."""
    report = CheckReport(url=url.strip())
    try:
        text = vet_url(url, settings)
    except ConfigError as exc:
        report.reason, report.lines = "bad_url", [f"refused: {exc.message}"]
        return report
    report.lines.append(f"url: {text}")
    if not _check_addresses(text, settings, report):
        return report
    with db.read() as conn:
        source = registry.find(conn, text)
    if source is None:
        report.lines.append("registered: no")
    else:
        report.lines.append(_schedule_line(source))
    with Crawler(db, settings, fetcher=fetcher) as crawler:
        verdict = crawler.polite.verdict(text)
    rules = verdict.rules
    report.lines.append(f"robots.txt: {robots_url(text)}: {rules.state} ({rules.detail or 'ok'})")
    report.lines.append(f"per-host delay: {verdict.delay:g}s")
    if not verdict.allowed:
        report.reason = verdict.reason
        report.lines.append(f"would fetch: no ({verdict.reason})")
        return report
    report.would_fetch = True
    conditional = bool(source and (source.etag or source.last_modified))
    report.lines.append(f"would fetch: yes{' (conditional GET)' if conditional else ''}")
    return report


def _check_addresses(url: str, settings: Settings, report: CheckReport) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parse_host(host) is not None:
        report.lines.append(f"address: {host} is a public literal address")
        return True
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        addresses = resolve(host, port, timeout=settings.fetch_timeout)
    except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
        report.reason = "connect"
        report.lines.append(f"address: cannot resolve {host}: {exc}")
        return False
    for ip in addresses:
        blocked = is_blocked(ip, allow_loopback=settings.fetch_allow_loopback)
        if blocked is not None:
            report.reason = "blocked_address"
            report.lines.append(f"address: {host} resolves to {ip} ({blocked}): refused")
            return False
    report.lines.append(f"address: {host} resolves to {', '.join(map(str, addresses))} (public)")
    return True


def _schedule_line(source: Source) -> str:
    parts = [
        f"registered: yes, kind {source.kind}, every {registry.format_interval(source.interval_s)}",
        f"health {source.health()}",
        f"next due {source.next_due.isoformat()}",
    ]
    if source.backoff_until is not None:
        parts.append(f"backing off until {source.backoff_until.isoformat()}")
    if source.etag:
        parts.append(f"etag {source.etag}")
    if source.last_modified:
        parts.append(f"last-modified {source.last_modified}")
    return ", ".join(parts)


__all__ = [
    "CheckReport",
    "Crawler",
    "SourceRun",
    "Stopper",
    "UpdateReport",
    "WatchSummary",
    "add_source",
    "backoff_delay",
    "check_source",
    "list_sources",
    "remove_source",
    "sitemap_urls",
    "update",
    "vet_url",
    "watch",
]
