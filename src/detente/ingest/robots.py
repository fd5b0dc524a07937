"""Politeness on top of the guarded fetcher: robots.txt (RFC 9309), one request at a time per host with
a minimum delay, host-wide pauses after ``Retry-After``, and a record of every fetch.

:class:`PoliteFetcher` is what the crawler (``detente update`` / ``watch``) fetches through. For each URL
it

1. refuses the host while a ``Retry-After`` pause is running (``host_backoff``);
2. consults the host's robots.txt, fetched through the same guarded fetcher and cached for
   ``settings.robots_ttl`` (at most a day): a 2xx answer is parsed with protego (the first
   :data:`ROBOTS_MAX_BYTES`), a 4xx answer allows everything, a 5xx answer, a 429 or a network failure
   disallows everything (``robots``, ``robots_unreachable``);
3. waits until the host's previous request is ``delay`` seconds old, where ``delay`` is
   ``settings.crawl_min_delay`` or the robots.txt ``Crawl-delay`` cut to ``settings.crawl_delay_cap``;
4. fetches, and hands a :class:`FetchRecord` to the recorder (the crawler writes it to ``fetch_log``),
   also for refusals that sent no request.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from detente.errors import FetchError
from detente.ingest.http import Fetcher, HTTPStatusError, Response
from detente.model import RawDocument
from detente.settings import Settings

logger = logging.getLogger(__name__)

ROBOTS_MAX_BYTES = 512 * 1024
"""The part of a robots.txt that is parsed (RFC 9309 asks for at least 500 KiB)."""

ROBOTS_TOKEN = "detente"  # noqa: S105 - a robots.txt product token, not a secret
"""The product token robots.txt groups are matched against."""

MAX_ROBOTS_TTL = 86400.0
"""RFC 9309: a cached robots.txt should not be used for more than 24 hours."""

UNREACHABLE_TTL = 600.0
"""How long an unreachable robots.txt (everything disallowed) is cached before it is tried again."""

RETRY_STATUSES = frozenset({429, 503})


def robots_url(url: str) -> str:
    """The robots.txt that governs ``url``: same scheme, host and port."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}/robots.txt"


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """One line of the fetch log."""

    url: str
    outcome: str
    """``ok``, ``not_modified``, ``error`` or ``refused`` (nothing was sent)."""
    status: int | None = None
    bytes: int = 0
    duration_ms: int = 0
    reason: str | None = None
    detail: str | None = None
    final_url: str | None = None
    source_id: int | None = None
    at: dt.datetime | None = None


Recorder = Callable[[FetchRecord], None]


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one robots.txt answer means for a host."""

    state: str
    """``parsed`` (2xx), ``unavailable`` (4xx: allow all) or ``unreachable`` (disallow all)."""
    parser: Protego | None
    expires: float
    """``time.monotonic()`` value after which the rules are fetched again."""
    detail: str = ""

    def allows(self, url: str) -> bool:
        if urlsplit(url).path == "/robots.txt":
            return True
        if self.state == "unreachable":
            return False
        if self.parser is None:
            return True
        return bool(self.parser.can_fetch(url, ROBOTS_TOKEN))

    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        value = self.parser.crawl_delay(ROBOTS_TOKEN)
        return None if value is None else float(value)


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: str | None
    """``None`` when allowed; ``robots`` or ``robots_unreachable`` otherwise."""
    delay: float
    """Seconds to keep between two requests to this host."""
    rules: RobotsRules


class Stopper:
    """A stop flag safe to set from a signal handler, and a sleep that ends early once it is set."""

    def __init__(self) -> None:
        self._flag = False

    def set(self) -> None:
        self._flag = True

    def is_set(self) -> bool:
        return self._flag

    def sleep(self, seconds: float) -> None:
        end = time.monotonic() + max(0.0, seconds)
        while not self._flag:
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.1))


class PoliteFetcher:
    """A :class:`Fetcher` that obeys robots.txt, spaces requests per host and records every fetch."""

    def __init__(
        self,
        fetcher: Fetcher,
        settings: Settings,
        *,
        recorder: Recorder | None = None,
        stopper: Stopper | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.fetcher = fetcher
        self.settings = settings
        self.recorder = recorder
        self.stopper = stopper or Stopper()
        self.clock = clock
        self.source_id: int | None = None
        """Stamped on the records of the fetches that follow (the source being updated)."""
        self._robots: dict[str, RobotsRules] = {}
        self._last: dict[str, float] = {}
        self._paused: dict[str, float] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    # -- what Ingester needs -------------------------------------------------------------------

    def fetch(self, url: str) -> RawDocument:
        response = self.get(url)
        assert response.raw is not None  # not conditional, so never a 304
        return response.raw

    # -- the polite GET ------------------------------------------------------------------------

    def get(self, url: str, *, headers: Mapping[str, str] | None = None) -> Response:
        """GET ``url`` politely; raises :class:`FetchError` (also for refusals, which send nothing)."""
        host = host_of(url)
        paused = self._paused.get(host, 0.0) - self.clock()
        if paused > 0:
            self._refuse(url, "host_backoff", f"{host} asked for a pause ({paused:.0f}s left)")
        verdict = self.verdict(url)
        if not verdict.allowed:
            assert verdict.reason is not None
            detail = verdict.rules.detail or "disallowed by robots.txt"
            self._refuse(url, verdict.reason, detail)
        return self._request(url, headers or {}, delay=verdict.delay)

    def verdict(self, url: str) -> Verdict:
        """May ``url`` be fetched, and with which delay (fetches the host's robots.txt when needed)."""
        rules = self.robots(url)
        delay = self.settings.crawl_min_delay
        asked = rules.crawl_delay()
        if asked is not None and asked > 0:
            delay = max(delay, min(asked, self.settings.crawl_delay_cap))
        if rules.allows(url):
            return Verdict(True, None, delay, rules)
        reason = "robots_unreachable" if rules.state == "unreachable" else "robots"
        return Verdict(False, reason, delay, rules)

    def paused_for(self, url: str) -> float:
        """Seconds left of the pause of ``url``'s host (0 when none)."""
        return max(0.0, self._paused.get(host_of(url), 0.0) - self.clock())

    def pause_host(self, url: str, seconds: float) -> None:
        """Send nothing to ``url``'s host for ``seconds`` (after a 429 or 503 with Retry-After)."""
        host = host_of(url)
        until = self.clock() + seconds
        self._paused[host] = max(self._paused.get(host, 0.0), until)

    # -- robots.txt ----------------------------------------------------------------------------

    def robots(self, url: str) -> RobotsRules:
        key = robots_url(url)
        cached = self._robots.get(key)
        if cached is not None and cached.expires > self.clock():
            return cached
        rules = self._fetch_robots(key)
        self._robots[key] = rules
        return rules

    def _fetch_robots(self, url: str) -> RobotsRules:
        ttl = min(self.settings.robots_ttl, MAX_ROBOTS_TTL)
        try:
            response = self._request(
                url, {}, delay=self.settings.crawl_min_delay, max_bytes=ROBOTS_MAX_BYTES, truncate=True
            )
        except HTTPStatusError as exc:
            if 400 <= exc.status < 500 and exc.status != 429:
                return RobotsRules(
                    "unavailable", None, self.clock() + ttl, f"robots.txt answered {exc.status}"
                )
            return self._unreachable(f"robots.txt answered {exc.status}")
        except FetchError as exc:
            if exc.reason == "empty":
                return RobotsRules("parsed", Protego.parse(""), self.clock() + ttl, "empty robots.txt")
            if exc.reason == "too_many_redirects":
                # RFC 9309 2.3.1.2: after five redirects the file may be taken as unavailable.
                return RobotsRules("unavailable", None, self.clock() + ttl, "robots.txt redirects too often")
            return self._unreachable(f"robots.txt unreachable: {exc.reason}")
        assert response.raw is not None
        text = response.raw.data.decode("utf-8", errors="replace")
        try:
            parser = Protego.parse(text)
        except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the crawl; disallow instead
            logger.warning("cannot parse %s: %r", url, exc)
            return self._unreachable(f"robots.txt unparsable: {exc!r}")
        return RobotsRules("parsed", parser, self.clock() + ttl, "disallowed by robots.txt")

    def _unreachable(self, detail: str) -> RobotsRules:
        ttl = min(self.settings.robots_ttl, UNREACHABLE_TTL)
        return RobotsRules("unreachable", None, self.clock() + ttl, detail)

    # -- one request at a time per host --------------------------------------------------------

    def _host_lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def _request(
        self,
        url: str,
        headers: Mapping[str, str],
        *,
        delay: float,
        max_bytes: int | None = None,
        truncate: bool = False,
    ) -> Response:
        host = host_of(url)
        with self._host_lock(host):
            last = self._last.get(host)
            if last is not None:
                wait = last + delay - self.clock()
                if wait > 0:
                    self.stopper.sleep(wait)
                if self.stopper.is_set():
                    self._refuse(url, "stopping", "stop requested")
            started = self.clock()
            try:
                response = self.fetcher.get(url, headers=headers, max_bytes=max_bytes, truncate=truncate)
            except FetchError as exc:
                self._record_error(url, exc, started)
                raise
            finally:
                self._last[host] = self.clock()
        raw = response.raw
        self._emit(
            FetchRecord(
                url=url,
                outcome="not_modified" if raw is None else "ok",
                status=response.status,
                bytes=0 if raw is None else len(raw.data),
                duration_ms=self._ms(started),
                final_url=response.url,
                detail="truncated" if response.truncated else None,
            )
        )
        return response

    def _record_error(self, url: str, exc: FetchError, started: float) -> None:
        status = exc.status if isinstance(exc, HTTPStatusError) else None
        if isinstance(exc, HTTPStatusError) and exc.status in RETRY_STATUSES:
            seconds = retry_after_seconds(exc.retry_after)
            if seconds is not None:
                self.pause_host(url, min(seconds, self.settings.crawl_max_backoff))
        self._emit(
            FetchRecord(
                url=url,
                outcome="error",
                status=status,
                duration_ms=self._ms(started),
                reason=exc.reason,
                detail=exc.message[:500],
                final_url=exc.url if isinstance(exc, HTTPStatusError) else None,
            )
        )

    def _refuse(self, url: str, reason: str, detail: str) -> None:
        self._emit(FetchRecord(url=url, outcome="refused", reason=reason, detail=detail))
        raise FetchError(f"{url}: {detail}", reason=reason)

    def _ms(self, started: float) -> int:
        return int(max(0.0, self.clock() - started) * 1000)

    def _emit(self, record: FetchRecord) -> None:
        if self.recorder is None:
            return
        if record.source_id is None and self.source_id is not None:
            record = dataclasses.replace(record, source_id=self.source_id)
        if record.at is None:
            record = dataclasses.replace(record, at=dt.datetime.now(dt.UTC))
        try:
            self.recorder(record)
        except Exception:
            logger.exception("cannot record the fetch of %s", record.url)


def retry_after_seconds(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for: delta-seconds or an HTTP-date; ``None`` when absent
    or unreadable. Dates in the past and negative numbers give 0."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.lstrip("-").isdigit():
        return float(max(0, int(text)))
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())
