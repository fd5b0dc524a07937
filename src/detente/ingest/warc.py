"""Read HTML pages out of WARC files (plain or gzip) with fastwarc, one record at a time.

:func:`iter_warc` yields a :class:`~detente.model.RawDocument` for each ``response`` record that holds a
2xx HTML page, with the HTTP body de-chunked and content-decoded. Every other record is skipped and
counted in a :class:`WarcStats`. Damage ends the walk cleanly: the good records before it are yielded,
then one ``Reason.TRUNCATED`` item naming the offset.

fastwarc does not notice every kind of damage (a file cut inside a payload gives a short read; a file cut
inside the headers of the last record or a gzip member can end the iteration silently), so the reader
checks each payload's length and, at the end, that the file ends where its last record does.

Bodies are decoded here rather than by fastwarc: archives often keep ``Transfer-Encoding: chunked`` or
``Content-Encoding: gzip`` headers over bodies that were stored decoded, so decoding is lenient (a body
that is not really chunked or compressed is kept as stored) and bounded by ``max_document_bytes``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import brotli  # no stubs; a dependency of fastwarc
from fastwarc.warc import ArchiveIterator, WarcRecordType

from detente.model import ItemResult, RawDocument, Reason
from detente.settings import Settings

__all__ = ["WarcStats", "iter_warc", "looks_like_warc"]

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFFED_TYPES = frozenset(
    {"", "application/octet-stream", "binary/octet-stream", "unknown/unknown", "application/unknown"}
)
_HEAD_BYTES = 64 * 1024
_CHUNK = 1024 * 1024
_CHUNK_SIZE_LINE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body")
_TRAILING_SLACK = 64
_GZIP_MAGIC = b"\x1f\x8b"
_PADDING = b"\x00\r\n \t"


@dataclass(slots=True)
class WarcStats:
    """What :func:`iter_warc` saw in one file; pass one in to read the counts afterwards."""

    records: int = 0
    """WARC records read (of any type)."""
    html: int = 0
    """HTML pages yielded as RawDocuments."""
    by_type: dict[str, int] = field(default_factory=dict)
    """Records by WARC-Type (``response``, ``request``, ``revisit``, ``warcinfo``, ``metadata`` ...)."""
    skipped_type: int = 0
    """Records skipped because they are not ``response`` records."""
    non_html: int = 0
    """Responses skipped because they hold no HTML (images, scripts, JSON, non-HTTP responses)."""
    non_2xx: int = 0
    """Responses skipped because the HTTP status is not 2xx (or missing)."""
    too_large: int = 0
    """HTML responses refused as larger than ``max_document_bytes``."""
    failed: int = 0
    """HTML responses refused for another reason (unreadable headers, undecodable body)."""
    truncated: bool = False
    """Whether the walk ended at damage (a truncated or corrupt file)."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "html": self.html,
            "by_type": dict(self.by_type),
            "skipped_type": self.skipped_type,
            "non_html": self.non_html,
            "non_2xx": self.non_2xx,
            "too_large": self.too_large,
            "failed": self.failed,
            "truncated": self.truncated,
        }


class _Damaged(Exception):
    """The file is damaged at this record; the walk stops."""


def looks_like_warc(head: bytes) -> bool:
    """Whether ``head`` (the first few KB of a file) starts a WARC file, plain or gzip-compressed.

    A gzip head must hold enough compressed bytes to inflate the first 16 (a few hundred suffice).
    """
    if head.startswith(b"WARC/1."):
        return True
    if not head.startswith(b"\x1f\x8b"):
        return False
    try:
        start = zlib.decompressobj(31).decompress(head, 16)
    except zlib.error:
        return False
    return start.startswith(b"WARC/")


def iter_warc(
    path: Path, settings: Settings, *, stats: WarcStats | None = None
) -> Iterator[RawDocument | ItemResult]:
    """Yield each 2xx HTML ``response`` record of the WARC file at ``path`` as a RawDocument.

    ``location`` is ``"{path}#{offset}"`` (the record's offset in the file, compressed offset for
    ``.warc.gz``). Records over ``settings.max_document_bytes`` give ``Reason.TOO_LARGE`` and the walk
    goes on; damage gives the records before it and then one ``Reason.TRUNCATED``; a file that is not a
    WARC gives one ``Reason.MALFORMED`` (missing: ``NOT_FOUND``; empty: ``EMPTY``). Memory use is bounded
    by one record, never the file.
    """
    counts = stats if stats is not None else WarcStats()
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ItemResult.fail(str(path), Reason.NOT_FOUND, f"cannot open WARC file: {exc}")
        return
    with stream:
        head = stream.read(_HEAD_BYTES)
        if not head:
            yield ItemResult.fail(str(path), Reason.EMPTY, "empty file")
            return
        if not looks_like_warc(head):
            yield ItemResult.fail(
                str(path), Reason.MALFORMED, "not a WARC file (no 'WARC/1.x' record header)"
            )
            return
        stream.seek(0)
        yield from _walk(stream, path, settings, counts)


def _walk(
    stream: BinaryIO, path: Path, settings: Settings, counts: WarcStats
) -> Iterator[RawDocument | ItemResult]:
    records = iter(ArchiveIterator(stream, parse_http=False, auto_decode="none", fsspec_args=False))
    gzipped = _pread(stream, 0, 2) == _GZIP_MAGIC
    last: int | None = None
    """Offset of the last record known to start where fastwarc says it does."""
    misplaced = 0
    held: ItemResult | None = None
    """A record whose body could not be decoded: held back, since damage that follows explains it."""
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except (OSError, ValueError) as exc:
            yield _damage(path, counts, last, f"unreadable record after it: {exc}", held)
            return
        counts.records += 1
        offset = record.stream_pos
        if _pread(stream, offset, 5 if not gzipped else 2) == (_GZIP_MAGIC if gzipped else b"WARC/"):
            last, location = offset, f"{path}#{offset}"
        else:
            misplaced += 1
            location = f"{path}#record-{counts.records}"
        try:
            outcome = _read_record(record, location, settings, counts)
        except (_Damaged, OSError) as exc:
            yield _damage(path, counts, last, str(exc), held)
            return
        if held is not None:
            yield held
            held = None
        if isinstance(outcome, ItemResult) and outcome.reason is Reason.BAD_ENCODING:
            held = outcome
        elif outcome is not None:
            yield outcome
    problem = _tail_problem(path, last, gzipped=gzipped, misplaced=misplaced)
    if problem:
        yield _damage(path, counts, last, problem, held)
        return
    if held is not None:
        yield held
    if misplaced:
        yield ItemResult.fail(
            str(path),
            Reason.MALFORMED,
            f"{misplaced} of {counts.records} records do not start their own "
            f"{'gzip member' if gzipped else 'WARC block'} (a non-chunked gzip WARC?): they were read, "
            "but their offsets cannot be used to find them again",
        )


def _pread(stream: BinaryIO, offset: int, size: int) -> bytes:
    """``size`` bytes at ``offset`` without moving the stream (that fastwarc is reading)."""
    try:
        return os.pread(stream.fileno(), size, offset)
    except (OSError, ValueError, OverflowError):
        return b""


def _damage(
    path: Path, counts: WarcStats, last: int | None, problem: str, held: ItemResult | None
) -> ItemResult:
    """The one TRUNCATED item that ends a walk (a held-back undecodable record is folded into it)."""
    counts.truncated = True
    where = "at the start of the file" if last is None else f"at or after the record at offset {last}"
    detail = f"truncated or corrupt WARC {where} ({counts.records} records read): {problem}"
    if held is not None:
        detail += f"; the record at {held.label} was unreadable before it ({held.detail})"
    logger.warning("%s: %s", path, detail)
    return ItemResult.fail(f"{path}#{last or 0}", Reason.TRUNCATED, detail)


def _read_record(
    record: Any, location: str, settings: Settings, counts: WarcStats
) -> RawDocument | ItemResult | None:
    """The RawDocument of one record, a failure for it, or ``None`` when it is skipped (and counted)."""
    kind = str(record.record_type)
    counts.by_type[kind] = counts.by_type.get(kind, 0) + 1
    if record.record_type != WarcRecordType.response:
        counts.skipped_type += 1
        _drain(record, location)
        return None
    try:
        record.parse_http(auto_decode="none")
    except OSError as exc:
        counts.failed += 1
        _drain(record, location)
        return ItemResult.fail(location, Reason.MALFORMED, f"unreadable HTTP headers: {exc}")
    http = record.http_headers
    status = http.status_code if record.is_http and http is not None else None
    if http is None or not record.is_http:
        counts.non_html += 1
    elif status is None or not 200 <= status < 300:
        counts.non_2xx += 1
    else:
        return _read_response(record, location, settings, counts)
    _drain(record, location)
    return None


def _read_response(
    record: Any, location: str, settings: Settings, counts: WarcStats
) -> RawDocument | ItemResult | None:
    content_type = (record.http_content_type or "").strip().lower()
    declared = content_type in HTML_TYPES
    if not declared and content_type not in SNIFFED_TYPES:
        counts.non_html += 1
        _drain(record, location)
        return None
    expected = record.content_length
    limit = settings.max_document_bytes
    if expected > limit:
        peek = record.reader.read(1024)
        _drain(record, location, already=len(peek), expected=expected)
        if not declared and not _sniff_html(peek):
            counts.non_html += 1
            return None
        counts.too_large += 1
        return ItemResult.fail(location, Reason.TOO_LARGE, f"payload of {expected} bytes is over {limit}")
    body = record.reader.read()
    if len(body) < expected:
        raise _Damaged(
            f"the file ends inside the payload of the record at {location} ({len(body)} of {expected} bytes)"
        )
    headers = _header_dict(record.http_headers)
    decoded, reason, detail = _decode_body(body, headers, limit)
    if decoded is None:
        if reason is Reason.TOO_LARGE:
            counts.too_large += 1
        else:
            counts.failed += 1
        return ItemResult.fail(location, reason or Reason.BAD_ENCODING, detail)
    if not declared and not _sniff_html(decoded):
        counts.non_html += 1
        return None
    counts.html += 1
    return RawDocument(
        location=location,
        data=decoded,
        url=_target_uri(record.headers.get("WARC-Target-URI")),
        content_type=headers.get("Content-Type") or content_type or None,
        fetched_at=_utc(record.record_date),
        headers=headers,
    )


def _drain(record: Any, location: str, *, already: int = 0, expected: int | None = None) -> None:
    """Skip the rest of a record's payload, checking that all of it is in the file."""
    if expected is None:
        expected = record.content_length
    reader = record.reader
    got = already + (reader.consume() if reader is not None else 0)
    if got < expected:
        raise _Damaged(f"the file ends inside the record at {location} ({got} of {expected} bytes)")


def _header_dict(http: Any) -> dict[str, str]:
    """HTTP headers as a dict; repeated headers are joined with ``, ``."""
    headers: dict[str, str] = {}
    if http is None:
        return headers
    for key, value in http.to_tuples():
        name = str(key).strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else str(value)
    return headers


def _target_uri(value: str | None) -> str | None:
    if not value:
        return None
    cleaned = value.strip().strip("<>").strip().replace(" ", "%20")
    return cleaned or None


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _sniff_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_HTML_START) or b"<html" in head or b"<!doctype html" in head


# --------------------------------------------------------------------------- HTTP body decoding


def _decode_body(body: bytes, headers: dict[str, str], limit: int) -> tuple[bytes | None, Reason | None, str]:
    """The body de-chunked and content-decoded as its headers say, or ``None`` with a reason."""
    lowered = {k.lower(): v.lower() for k, v in headers.items()}
    if "chunked" in lowered.get("transfer-encoding", ""):
        dechunked = _dechunk(body)
        if dechunked is not None:
            body = dechunked
    codings = [c.strip() for c in lowered.get("content-encoding", "").split(",") if c.strip()]
    for coding in reversed(codings):
        if coding in ("identity", "none"):
            continue
        try:
            body = _decompress(body, coding, limit)
        except _TooLarge:
            return None, Reason.TOO_LARGE, f"body decompresses to more than {limit} bytes"
        except (zlib.error, brotli.error, _Unsupported) as exc:
            if _sniff_html(body):
                logger.debug("body marked %s is stored decoded; kept as is", coding)
                break
            return None, Reason.BAD_ENCODING, f"cannot decode Content-Encoding {coding}: {exc}"
    if len(body) > limit:
        return None, Reason.TOO_LARGE, f"body of {len(body)} bytes is over {limit}"
    return body, None, ""


def _dechunk(body: bytes) -> bytes | None:
    """The body of a chunked transfer, or ``None`` when ``body`` is not validly chunked."""
    parts: list[bytes] = []
    pos = 0
    while True:
        eol = body.find(b"\n", pos)
        if eol < 0:
            return None
        line = body[pos:eol].split(b";", 1)[0].strip()
        if not _CHUNK_SIZE_LINE.fullmatch(line):
            return None
        size = int(line, 16)
        pos = eol + 1
        if size == 0:
            return b"".join(parts)
        if pos + size > len(body):
            return None
        parts.append(body[pos : pos + size])
        pos += size
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1


class _TooLarge(Exception):
    pass


class _Unsupported(Exception):
    pass


def _decompress(body: bytes, coding: str, limit: int) -> bytes:
    if coding in ("gzip", "x-gzip"):
        return _inflate(body, 47, limit)
    if coding == "deflate":
        try:
            return _inflate(body, 15, limit)
        except zlib.error:
            return _inflate(body, -15, limit)
    if coding == "br":
        decompressor = brotli.Decompressor()
        out = decompressor.process(body, output_buffer_limit=limit + 1)
        if len(out) > limit:
            raise _TooLarge
        if not decompressor.is_finished():
            raise brotli.error("incomplete brotli stream")
        return bytes(out)
    raise _Unsupported(f"unsupported content coding {coding!r}")


def _inflate(body: bytes, wbits: int, limit: int) -> bytes:
    """zlib/gzip/raw-deflate data inflated (all gzip members), refusing more than ``limit`` bytes."""
    parts: list[bytes] = []
    total = 0
    data = body
    while data:
        inflater = zlib.decompressobj(wbits)
        chunk = inflater.decompress(data, limit + 1 - total)
        total += len(chunk)
        parts.append(chunk)
        if total > limit or inflater.unconsumed_tail:
            raise _TooLarge
        if not inflater.eof:
            raise zlib.error("incomplete compressed stream")
        data = inflater.unused_data if wbits == 47 else b""
        if not data.strip(_PADDING):
            break
    return b"".join(parts)


# --------------------------------------------------------------------------- end-of-file check


def _tail_problem(path: Path, last: int | None, *, gzipped: bool, misplaced: int) -> str | None:
    """Why the file does not end where its last record does (``None`` when it does or cannot be told)."""
    if last is None:
        return None if misplaced else "no record could be read"
    if misplaced and not gzipped:
        return None
    try:
        with path.open("rb") as stream:
            stream.seek(last)
            if gzipped:
                return _gzip_tail_problem(stream, last)
            return _plain_tail_problem(stream, last, path.stat().st_size)
    except OSError as exc:
        return f"cannot re-read the end of the file: {exc}"


def _gzip_tail_problem(stream: BinaryIO, start: int) -> str | None:
    """Whether the gzip members from ``start`` to the end of the file are all complete and sound."""
    inflater: Any = None
    member_start = position = start
    buffer = b""
    while True:
        if not buffer:
            buffer = stream.read(_CHUNK)
            if not buffer:
                break
        if inflater is None:
            stripped = buffer.lstrip(_PADDING)
            position += len(buffer) - len(stripped)
            buffer = stripped
            if not buffer:
                continue
            inflater = zlib.decompressobj(31)
            member_start = position
        try:
            inflater.decompress(buffer, _CHUNK)
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error as exc:
            return f"corrupt gzip data in the member at offset {member_start}: {exc}"
        if inflater.eof:
            rest = inflater.unused_data
            position += len(buffer) - len(rest)
            buffer = rest
            inflater = None
        else:
            position += len(buffer)
            buffer = b""
    if inflater is None:
        return None
    return f"the file ends inside the gzip member that starts at offset {member_start}"


def _plain_tail_problem(stream: BinaryIO, start: int, size: int) -> str | None:
    """Whether the uncompressed record at ``start`` is complete and nothing but blank lines follows it."""
    head = stream.read(_HEAD_BYTES)
    end_of_headers = head.find(b"\r\n\r\n")
    separator = 4
    if end_of_headers < 0:
        end_of_headers, separator = head.find(b"\n\n"), 2
    if end_of_headers < 0:
        return f"the file ends inside the WARC headers of the record at offset {start}"
    match = re.search(rb"(?im)^content-length:\s*(\d+)", head[:end_of_headers])
    if match is None:
        return f"the record at offset {start} has no Content-Length"
    end = start + end_of_headers + separator + int(match.group(1))
    if size < end:
        return f"the file ends inside the record at offset {start} ({size - start} of {end - start} bytes)"
    if size - end > _TRAILING_SLACK:
        return f"unreadable data at offset {end}, after the last record"
    stream.seek(end)
    if stream.read().strip(_PADDING):
        return f"unreadable data at offset {end}, after the last record"
    return None
