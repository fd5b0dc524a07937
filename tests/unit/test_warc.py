from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import uuid
import zlib
from pathlib import Path
from typing import Any

import brotli  # type: ignore[import-untyped]
import pytest

from detente.errors import ConfigError
from detente.ingest.warc import WarcStats, iter_warc, looks_like_warc
from detente.ingest.warcwrite import write_warc
from detente.model import ItemResult, RawDocument, Reason
from detente.settings import Settings

WARC_FIXTURES = ("data", "corpora", "warc-fixtures")
KREMLIN = ("data", "corpora", "kremlin-en-nato-pages")
PAGE = b"<!doctype html><html><head><title>T</title></head><body><p>NATO and Russia</p></body></html>"


def read(
    path: Path, settings: Settings | None = None
) -> tuple[list[RawDocument], list[ItemResult], WarcStats]:
    stats = WarcStats()
    out = list(iter_warc(path, settings or Settings(), stats=stats))
    docs = [o for o in out if isinstance(o, RawDocument)]
    fails = [o for o in out if isinstance(o, ItemResult)]
    return docs, fails, stats


# --------------------------------------------------------------------------- hand-made records


def warc_record(
    kind: str, uri: str, block: bytes, *, content_type: str = "application/http; msgtype=response"
) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2020-01-02T03:04:05Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http(body: bytes, *headers: tuple[str, str], status: str = "200 OK") -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunked(body: bytes, size: int = 10) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


HTML = ("Content-Type", "text/html; charset=utf-8")


def matrix_records() -> list[bytes]:
    bomb = gzip.compress(b"<html>" + b" " * 2_000_000)
    return [
        warc_record("warcinfo", "", b"software: test\r\n", content_type="application/warc-fields"),
        warc_record("request", "http://e.org/1", b"GET /1 HTTP/1.1\r\nHost: e.org\r\n\r\n"),
        warc_record("response", "http://e.org/1", http(PAGE, HTML)),
        warc_record("response", "http://e.org/404", http(PAGE, HTML, status="404 Not Found")),
        warc_record(
            "response", "http://e.org/img.png", http(b"\x89PNG\r\n\x1a\n", ("Content-Type", "image/png"))
        ),
        warc_record(
            "response", "http://e.org/sniffed", http(PAGE, ("Content-Type", "application/octet-stream"))
        ),
        warc_record(
            "response",
            "http://e.org/blob",
            http(b"\x00\x01binary", ("Content-Type", "application/octet-stream")),
        ),
        warc_record(
            "response",
            "http://e.org/chunked-gzip",
            http(
                chunked(gzip.compress(PAGE)),
                HTML,
                ("Transfer-Encoding", "chunked"),
                ("Content-Encoding", "gzip"),
            ),
        ),
        warc_record(
            "response",
            "http://e.org/deflate",
            http(zlib.compress(PAGE), HTML, ("Content-Encoding", "deflate")),
        ),
        warc_record(
            "response",
            "http://e.org/raw-deflate",
            http(zlib.compress(PAGE)[2:-4], HTML, ("Content-Encoding", "deflate")),
        ),
        warc_record(
            "response", "http://e.org/br", http(brotli.compress(PAGE), HTML, ("Content-Encoding", "br"))
        ),
        warc_record(
            "response", "http://e.org/stored-decoded", http(PAGE, HTML, ("Content-Encoding", "gzip"))
        ),
        warc_record(
            "response", "http://e.org/not-chunked", http(PAGE, HTML, ("Transfer-Encoding", "chunked"))
        ),
        warc_record(
            "response",
            "http://e.org/garbage",
            http(b"\x1f\x8b\x08garbage", HTML, ("Content-Encoding", "gzip")),
        ),
        warc_record("response", "http://e.org/bomb", http(bomb, HTML, ("Content-Encoding", "gzip"))),
        warc_record("revisit", "http://e.org/1", http(b"", HTML)),
        warc_record(
            "metadata", "http://e.org/1", b"outlinks: none\r\n", content_type="application/warc-fields"
        ),
        warc_record(
            "response", "dns:e.org", b"20200102030405\ne.org. 60 IN A 127.0.0.1\n", content_type="text/dns"
        ),
        warc_record("response", "<http://e.org/with space> ", http(PAGE, HTML)),
    ]


@pytest.mark.parametrize("compress", [False, True])
def test_record_matrix(tmp_path: Path, compress: bool) -> None:
    records = matrix_records()
    path = tmp_path / ("m.warc.gz" if compress else "m.warc")
    path.write_bytes(b"".join(gzip.compress(r) if compress else r for r in records))
    docs, fails, stats = read(path, Settings(max_document_bytes=1_000_000))
    assert [d.url for d in docs] == [
        "http://e.org/1",
        "http://e.org/sniffed",
        "http://e.org/chunked-gzip",
        "http://e.org/deflate",
        "http://e.org/raw-deflate",
        "http://e.org/br",
        "http://e.org/stored-decoded",
        "http://e.org/not-chunked",
        "http://e.org/with%20space",
    ]
    for doc in docs:
        assert doc.data == PAGE
        assert doc.fetched_at == dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
        assert doc.location.startswith(f"{path}#")
    assert docs[0].content_type == "text/html; charset=utf-8"
    assert docs[0].headers["Content-Type"] == "text/html; charset=utf-8"
    assert [(f.reason, f.label.rsplit("#")[0]) for f in fails] == [
        (Reason.BAD_ENCODING, str(path)),
        (Reason.TOO_LARGE, str(path)),
    ]
    offsets = [int(d.location.rsplit("#", 1)[1]) for d in docs]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert stats.records == len(records)
    assert stats.by_type == {"warcinfo": 1, "request": 1, "response": 15, "revisit": 1, "metadata": 1}
    assert (stats.html, stats.non_2xx, stats.non_html, stats.too_large, stats.failed) == (9, 1, 3, 1, 1)
    assert stats.skipped_type == 4 and not stats.truncated


def test_location_offsets_find_the_record(tmp_path: Path) -> None:
    path = tmp_path / "m.warc"
    path.write_bytes(b"".join(matrix_records()))
    docs, _, _ = read(path, Settings(max_document_bytes=1_000_000))
    data = path.read_bytes()
    for doc in docs:
        offset = int(doc.location.rsplit("#", 1)[1])
        assert data[offset : offset + 9] == b"WARC/1.0\r"


def test_too_large_record_is_refused_and_the_walk_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    big = PAGE + b"<!--" + b"x" * 5000 + b"-->"
    path.write_bytes(
        warc_record("response", "http://e.org/big", http(big, HTML))
        + warc_record("response", "http://e.org/small", http(PAGE, HTML))
    )
    docs, fails, stats = read(path, Settings(max_document_bytes=1000))
    assert [d.url for d in docs] == ["http://e.org/small"]
    assert [f.reason for f in fails] == [Reason.TOO_LARGE]
    assert stats.too_large == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [(None, Reason.NOT_FOUND), (b"", Reason.EMPTY), (b"<html>not a warc</html>", Reason.MALFORMED)],
)
def test_unreadable_files(tmp_path: Path, content: bytes | None, reason: Reason) -> None:
    path = tmp_path / "x.warc"
    if content is not None:
        path.write_bytes(content)
    docs, fails, _ = read(path)
    assert docs == [] and [f.reason for f in fails] == [reason]


def test_looks_like_warc() -> None:
    record = warc_record("response", "http://e.org/", http(PAGE, HTML))
    assert looks_like_warc(record[:100])
    assert looks_like_warc(gzip.compress(record)[:100])
    assert looks_like_warc(b"WARC/1.1\r\n")
    assert not looks_like_warc(gzip.compress(b"filedesc://x.arc 0.0.0.0 2014"))
    assert not looks_like_warc(b"filedesc://example.arc")
    assert not looks_like_warc(b"")
    assert not looks_like_warc(b"\x1f\x8b\x08garbage")


# --------------------------------------------------------------------------- public fixtures


@pytest.mark.parametrize(
    ("name", "html", "reasons"),
    [
        ("warcio/example.warc", 1, []),
        ("warcio/example.warc.gz", 1, []),
        ("pywb/warcs/example.warc.gz", 1, []),
        ("warcio/example-iana.org-chunked.warc", 1, []),
        ("pywb/warcs/dupes.warc.gz", 1, []),
        ("pywb/warcs/example-wget-1-14.warc.gz", 1, []),
        ("warcio/example-wget-bad-target-uri.warc.gz", 1, []),
        ("warcio/post-test.warc.gz", 0, []),
        ("warcio/example-resource.warc.gz", 0, []),
        ("warcio/example-trunc.warc", 0, [Reason.TRUNCATED]),
        ("pywb/warcs/example.warc", 1, [Reason.TRUNCATED]),
        ("warcio/example-bad.warc.gz.bad", 1, [Reason.MALFORMED]),
        ("warcio/example-bad-non-chunked.warc.gz", 1, [Reason.MALFORMED]),
        ("warcio/example-wrong-chunks.warc.gz", 1, []),
        ("pywb/warcs/missing-status-text.warc", 0, [Reason.TRUNCATED]),
        ("warcio/example.arc", 0, [Reason.MALFORMED]),
        ("warcio/example.arc.gz", 0, [Reason.MALFORMED]),
        ("warcio/bad.arc", 0, [Reason.MALFORMED]),
    ],
)
def test_fixture_files(shared_data: Any, name: str, html: int, reasons: list[Reason]) -> None:
    path = shared_data.path(*WARC_FIXTURES, *name.split("/"))
    out = list(iter_warc(path, Settings()))
    docs = [o for o in out if isinstance(o, RawDocument)]
    fails = [o for o in out if isinstance(o, ItemResult)]
    assert len(docs) == html
    assert [f.reason for f in fails] == reasons
    assert out[len(docs) :] == fails  # a failure, if any, comes after the good records
    for doc in docs:
        assert doc.data.lstrip().lower().startswith(b"<!doctype html")
        assert doc.data.rstrip().endswith(b"</html>")
        assert doc.url and doc.url.startswith("http") and " " not in doc.url and "<" not in doc.url
        assert doc.fetched_at is not None and doc.fetched_at.tzinfo is not None
    for fail in fails:
        assert fail.detail
        if fail.reason is Reason.TRUNCATED:
            assert "offset" in fail.detail


def test_gzip_content_encoding_is_decoded(shared_data: Any) -> None:
    path = shared_data.path(*WARC_FIXTURES, "warcio", "example.warc")
    (doc,) = [o for o in iter_warc(path, Settings()) if isinstance(o, RawDocument)]
    assert doc.headers.get("Content-Encoding") == "gzip"
    assert doc.url == "http://example.com/"
    assert b"<title>Example Domain</title>" in doc.data
    assert len(doc.data) == 1270


def test_iana_revisits_are_skipped(shared_data: Any) -> None:
    path = shared_data.path(*WARC_FIXTURES, "pywb", "warcs", "iana.warc.gz")
    docs, fails, stats = read(path)
    assert fails == []
    assert stats.by_type == {"warcinfo": 1, "response": 48, "request": 171, "revisit": 123}
    assert stats.html == len(docs) == 16
    assert stats.html + stats.non_html + stats.non_2xx == 48
    assert docs[0].url == "http://www.iana.org/"
    assert all(b"<html" in d.data[:200].lower() for d in docs)


def test_chunked_body_is_dechunked(shared_data: Any) -> None:
    path = shared_data.path(*WARC_FIXTURES, "warcio", "example-iana.org-chunked.warc")
    (doc,) = [o for o in iter_warc(path, Settings()) if isinstance(o, RawDocument)]
    assert doc.headers.get("Transfer-Encoding") == "chunked"
    assert doc.data.startswith(b"<!doctype html>")
    assert b"\r\n0\r\n" not in doc.data[-20:]


# --------------------------------------------------------------------------- write_warc round trip


def kremlin_pages(shared_data: Any, count: int = 30) -> list[tuple[str, bytes, dt.datetime | None]]:
    root = shared_data.path(*KREMLIN)
    rows = [
        json.loads(line) for line in (root / "pages.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    pages: list[tuple[str, bytes, dt.datetime | None]] = []
    for i, row in enumerate(rows[:count]):
        when = dt.datetime(2020, 8, 1, 12, 0, i) if i % 2 else None
        pages.append((row["url"], gzip.decompress((root / row["file"]).read_bytes()), when))
    return pages


@pytest.mark.parametrize("compress", [True, False])
def test_write_then_read_kremlin_pages(shared_data: Any, tmp_path: Path, compress: bool) -> None:
    pages = kremlin_pages(shared_data)
    path = tmp_path / ("kremlin.warc.gz" if compress else "kremlin.warc")
    assert write_warc(path, pages, gzip=compress) == 30
    with path.open("rb") as f:
        assert looks_like_warc(f.read(4096))
    docs, fails, stats = read(path)
    assert fails == []
    assert len(docs) == 30 and stats.html == 30 and stats.records == 30
    assert [(d.url, d.data) for d in docs] == [(url, body) for url, body, _ in pages]
    assert docs[1].fetched_at == dt.datetime(2020, 8, 1, 12, 0, 1, tzinfo=dt.UTC)
    assert all(d.content_type == "text/html" for d in docs)


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_at_half(shared_data: Any, tmp_path: Path, compress: bool) -> None:
    pages = kremlin_pages(shared_data)
    whole = tmp_path / "whole.warc"
    write_warc(whole, pages, gzip=compress)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) // 2])
    out = list(iter_warc(cut, Settings()))
    docs = [o for o in out if isinstance(o, RawDocument)]
    assert 5 < len(docs) < 25
    assert [(d.url, d.data) for d in docs] == [(url, body) for url, body, _ in pages[: len(docs)]]
    last = out[-1]
    assert isinstance(last, ItemResult) and last.reason is Reason.TRUNCATED
    assert len(out) == len(docs) + 1
    assert "offset" in last.detail


@pytest.mark.parametrize("compress", [True, False])
def test_every_cut_gives_good_records_then_one_truncated(tmp_path: Path, compress: bool) -> None:
    pages = [(f"http://e.org/{i}", PAGE + b"<!-- %d -->" % i, None) for i in range(4)]
    whole = tmp_path / "whole.warc"
    write_warc(whole, pages, gzip=compress)
    data = whole.read_bytes()
    full = [o for o in iter_warc(whole, Settings()) if isinstance(o, RawDocument)]
    boundaries = {int(d.location.rsplit("#", 1)[1]) for d in full} | {len(data)}
    cut_path = tmp_path / "cut.warc"
    for cut in range(1, len(data), 7):
        cut_path.write_bytes(data[:cut])
        out = list(iter_warc(cut_path, Settings()))
        docs = [o for o in out if isinstance(o, RawDocument)]
        assert [d.data for d in docs] == [d.data for d in full[: len(docs)]], cut
        if any(b - 4 <= cut <= b for b in boundaries):
            continue  # between records, or inside the blank lines that end one: every payload is whole
        assert len(out) == len(docs) + 1, cut
        assert isinstance(out[-1], ItemResult) and out[-1].reason in (Reason.TRUNCATED, Reason.MALFORMED), cut


def test_corrupt_gzip_member_stops_cleanly(tmp_path: Path) -> None:
    pages = [(f"http://e.org/{i}", PAGE * 50, None) for i in range(6)]
    path = tmp_path / "c.warc.gz"
    write_warc(path, pages)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 30] = bytes(b ^ 0x55 for b in data[middle : middle + 30])
    path.write_bytes(bytes(data))
    out = list(iter_warc(path, Settings()))
    assert 1 <= len(out) - 1 < 6
    assert isinstance(out[-1], ItemResult) and out[-1].reason is Reason.TRUNCATED


def test_write_warc_without_warcio_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.warcwriter", None)
    with pytest.raises(ConfigError, match="warcio"):
        write_warc(tmp_path / "x.warc.gz", [("http://e.org/", PAGE, None)])
