"""Write pages into a WARC file (HTTP ``response`` records) with warcio.

warcio is an optional dependency (the ``warc-write`` extra): reading WARCs needs only fastwarc. The
writer is used by tests and by the demo to wrap a folder of HTML pages into a web archive.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from pathlib import Path

from detente.errors import ConfigError, InputError

__all__ = ["write_warc"]

logger = logging.getLogger(__name__)


def write_warc(
    path: Path, pages: Iterable[tuple[str, bytes, dt.datetime | None]], *, gzip: bool = True
) -> int:
    """Write one HTTP ``response`` record per ``(url, html bytes, fetched at)`` page to ``path``.

    Each record carries ``HTTP/1.1 200 OK`` with ``Content-Type: text/html`` and the exact bytes given;
    the WARC-Date is the page's time (naive times are taken as UTC) or now. With ``gzip`` each record is
    its own gzip member (the usual ``.warc.gz``). Returns the number of records written.

    Raises :class:`~detente.errors.ConfigError` when warcio is not installed and
    :class:`~detente.errors.InputError` when the file cannot be written.
    """
    try:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter
    except ImportError as exc:
        raise ConfigError(
            "writing WARC files needs warcio: install detente with the 'warc-write' extra "
            "(pip install 'detente[warc-write]')"
        ) from exc
    count = 0
    try:
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=gzip)
            for url, body, fetched_at in pages:
                http_headers = StatusAndHeaders(
                    "200 OK",
                    [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
                    protocol="HTTP/1.1",
                )
                record = writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=http_headers,
                    warc_headers_dict={"WARC-Date": _warc_date(fetched_at)},
                )
                writer.write_record(record)
                count += 1
    except OSError as exc:
        raise InputError(f"cannot write WARC file {path}: {exc}") from exc
    logger.info("wrote %d response records to %s", count, path)
    return count


def _warc_date(moment: dt.datetime | None) -> str:
    """A WARC-Date (ISO 8601, UTC, whole seconds)."""
    if moment is None:
        moment = dt.datetime.now(dt.UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
