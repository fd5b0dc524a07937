"""The ingest run: inputs → raw documents → parsed items → store, one transaction per document.

This is the one code path behind ``detente ingest``, the demo and the tests. Parsing and extraction
(:mod:`detente.ingest.dispatch`) may run in a process pool; fetching and storing stay in this process,
so there is one writer and one fetcher. Items are stored in input order whatever the pool does. Bad
items are logged with their reason and the run goes on; an item is either fully stored (document,
topic links, ingest-log row) or not at all.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.exc import SQLAlchemyError

from detente.errors import DetenteError, FetchError, InputError
from detente.ingest.detect import DocType
from detente.ingest.dispatch import Batch, extract_item, parse_raw, read_file, reason_of
from detente.ingest.files import BadSource, Input, expand, read_head
from detente.ingest.warc import iter_warc, looks_like_warc
from detente.model import ItemResult, Outcome, RawDocument, Reason, TopicSpec
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import log_item, save_article
from detente.store.topics import upsert_topic

log = logging.getLogger(__name__)

_MAX_WORKERS = 4


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


@dataclass(frozen=True, slots=True)
class _Task:
    """Work for the pool: ``fn(*args)`` returns a Batch; ``label`` names it if it crashes."""

    label: str
    fn: Callable[..., Batch]
    args: tuple[Any, ...]


def worker_count(settings: Settings) -> int:
    if settings.workers > 0:
        return settings.workers
    return max(1, min(_MAX_WORKERS, os.cpu_count() or 1))


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
        self._pool: Executor | None = None

    def run(self, sources: list[str]) -> IngestSummary:
        entries = list(expand(sources))
        files = sum(1 for e in entries if isinstance(e, Input) and e.path is not None)
        try:
            if worker_count(self.settings) > 1 and files >= 4:
                self._pool = _make_pool(worker_count(self.settings))
            self._run(entries)
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
        return self.summary

    def _run(self, entries: list[Input | BadSource]) -> None:
        plain: list[Input] = []
        for entry in entries:
            if isinstance(entry, BadSource):
                self._flush(plain)
                self._fail(
                    entry.location, ItemResult.fail(entry.location, reason_of(entry.reason), entry.detail)
                )
            elif entry.url is not None:
                self._flush(plain)
                self._guarded(entry, self._from_url)
            elif entry.path is not None and self._is_warc(entry.path):
                self._flush(plain)
                self._guarded(entry, self._from_warc)
            else:
                plain.append(entry)
        self._flush(plain)

    def _guarded(self, entry: Input, work: Callable[[Input], None]) -> None:
        try:
            work(entry)
        except DetenteError as exc:
            self._fail(entry.location, ItemResult.fail(entry.location, reason_of(exc.reason), exc.message))

    # -- reading ---------------------------------------------------------------------------------

    def _is_warc(self, path: Path) -> bool:
        """WARC files are streamed, not read whole; ``--type warc`` sends every file to the WARC reader."""
        if self.doc_type is not None:
            return self.doc_type is DocType.WARC
        try:
            return looks_like_warc(read_head(path))
        except OSError:
            return False

    def _flush(self, plain: list[Input]) -> None:
        """Parse a run of plain files (in the pool when there is one) and store them in order."""
        tasks = [_Task(e.location, read_file, (e.path, self.settings, self.doc_type)) for e in plain]
        plain.clear()
        for location, batch in self._ordered(tasks):
            self._handle(location, batch)

    def _from_url(self, entry: Input) -> None:
        raw = self._fetch(entry.url or "")
        self._handle(entry.location, parse_raw(raw, self.settings, self.doc_type))

    def _from_warc(self, entry: Input) -> None:
        assert entry.path is not None

        def tasks() -> Iterator[_Task | tuple[str, Batch]]:
            for record in iter_warc(entry.path, self.settings):  # type: ignore[arg-type]
                if isinstance(record, ItemResult):
                    yield record.label, Batch(items=[record])
                else:
                    yield _Task(record.location, _extract_batch, (record, self.settings))

        for _, batch in self._ordered(tasks()):
            self._handle(entry.location, batch)

    def _ordered(self, tasks: Iterable[_Task | tuple[str, Batch]]) -> Iterator[tuple[str, Batch]]:
        """Run tasks in the pool with a bounded window, yielding results in task order."""
        window = 4 * worker_count(self.settings)
        pending: deque[tuple[str, Future[Batch] | Batch]] = deque()
        for task in tasks:
            if isinstance(task, tuple):
                pending.append(task)
            elif self._pool is None:
                pending.append((task.label, _call(task)))
            else:
                pending.append((task.label, self._pool.submit(task.fn, *task.args)))
            while len(pending) >= window or (pending and self._pool is None):
                yield _resolved(*pending.popleft())
        while pending:
            yield _resolved(*pending.popleft())

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

    def _handle(self, location: str, batch: Batch) -> None:
        self._topics(batch.topics)
        for item in batch.items:
            if batch.listing and self.follow and item.article is not None and item.article.url:
                item = self._follow(item)
            self._store(location, item)

    def _follow(self, item: ItemResult) -> ItemResult:
        listed = item.article
        assert listed is not None and listed.url is not None
        try:
            raw = self._fetch(listed.url)
        except InputError as exc:
            return ItemResult.fail(listed.url, Reason.FETCH_FAILED, exc.message)
        result = extract_item(raw, self.settings, teaser=listed.teaser or None, topics=tuple(listed.topics))
        if result.article is not None and result.article.published is None and listed.published:
            result.article.published, result.article.precision = listed.published, listed.precision
        return result

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
        article = item.article
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


def _extract_batch(raw: RawDocument, settings: Settings) -> Batch:
    return Batch(items=[extract_item(raw, settings)])


def _call(task: _Task) -> Batch:
    try:
        return task.fn(*task.args)
    except Exception as exc:
        log.exception("parsing %s failed", task.label)
        return Batch(
            items=[ItemResult.fail(task.label, Reason.EXTRACTION_FAILED, f"internal error: {exc!r}")]
        )


def _resolved(label: str, value: Future[Batch] | Batch) -> tuple[str, Batch]:
    if isinstance(value, Batch):
        return label, value
    try:
        return label, value.result()
    except Exception as exc:  # noqa: BLE001 - a crashed worker fails its item, not the run
        log.error("parsing %s failed in a worker: %r", label, exc)
        return label, Batch(
            items=[ItemResult.fail(label, Reason.EXTRACTION_FAILED, f"internal error: {exc!r}")]
        )


def _make_pool(workers: int) -> Executor:
    # forkserver: workers start from a clean process (no inherited threads, locks or connections).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["detente.ingest.dispatch"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)
