from __future__ import annotations

import builtins
import datetime as dt
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.ingest import feeds
from detente.ingest.feeds import MAX_AUTHOR_BYTES, looks_like_feed, parse_feed, prepare_feed_bytes
from detente.model import Article, ItemResult, Precision, RawDocument, Reason
from detente.settings import Settings

FEED_FIXTURES = ("data", "corpora", "feed-fixtures")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def parse(data: bytes, *, url: str | None = None, settings: Settings | None = None) -> list[ItemResult]:
    raw = RawDocument(location="test-feed", data=data, url=url)
    return list(parse_feed(raw, settings or Settings()).items)


def articles(data: bytes, **kwargs: Any) -> list[Article]:
    results = parse(data, **kwargs)
    assert all(r.ok for r in results), [(r.reason, r.detail) for r in results]
    return [r.article for r in results if r.article is not None]


def rss(items: str, channel: str = "") -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{channel}{items}</channel></rss>'.encode()


def all_text(article: Article) -> str:
    return " ".join([article.title, article.body, article.teaser, article.url or "", article.source or ""])


# --------------------------------------------------------------------------- real feeds


def test_kremlin_atom_feed(shared_data: Any) -> None:
    path = shared_data.path(
        "data", "corpora", "kremlin-en-nato-pages", "feeds", "kremlin_en_president_news_feed.atom.xml"
    )
    data = path.read_bytes()
    assert looks_like_feed(data)
    parsed = parse_feed(RawDocument(location=str(path), data=data), Settings())
    assert parsed.topics == []
    found = articles(data)
    assert len(found) == 20
    for article in found:
        assert article.kind == "item"
        assert article.title
        assert article.url and article.url.startswith("http://en.kremlin.ru/events/president/news/")
        assert isinstance(article.published, dt.date)
        assert article.precision is Precision.DAY
        assert len(article.body) > 100
        assert article.teaser and len(article.teaser) <= feeds.TEASER_CHARS + 1
        assert article.language == "en"
        assert article.source == "en.kremlin.ru"
        assert article.raw and article.raw.startswith(b"<") and b"</p>" in article.raw
        assert article.topics == []
    first = found[0]
    assert first.title == "Launching motor traffic on completed sections of Taurida motorway"
    assert first.url == "http://en.kremlin.ru/events/president/news/63953"
    assert first.published == dt.date(2020, 8, 27)  # 15:20+04:00 is 11:20 UTC
    assert first.body.startswith(
        "During his working trip\u00a0to the Republic of Crimea".replace("\u00a0", " ")
    )
    assert "\n\n" in first.body
    assert len({a.url for a in found}) == 20


def test_json_feeds(shared_data: Any) -> None:
    npr = shared_data.path(*FEED_FIXTURES, "trafilatura", "feed.json").read_bytes()
    assert looks_like_feed(npr)
    found = articles(npr)
    assert len(found) == 25
    assert all(a.title and a.url and a.published for a in found)
    basic = shared_data.path(*FEED_FIXTURES, "feedparser", "tests", "json", "example.json").read_bytes()
    second, first = articles(basic)
    assert (second.title, second.url, second.body) == (
        "post 2",
        "https://example.org/second-item",
        "This is a second item.",
    )
    assert first.title == "Hello, world!"  # no title: named from its text
    assert first.body == "Hello, world!" and first.raw is not None


def _fixture_files(shared_data: Any, *parts: str) -> list[Path]:
    root = shared_data.path(*FEED_FIXTURES, "feedparser", "tests", *parts)
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in (".xml", ".json", ".rss", ".atom")
    )


def _check_outcome(path: Path, results: list[ItemResult]) -> None:
    for result in results:
        assert isinstance(result, ItemResult), path
        if result.ok:
            assert result.article is not None and result.article.kind == "item", path
            assert not CONTROL.search(all_text(result.article)), path
        else:
            assert result.reason is not None and result.detail, path


def test_feedparser_wellformed_corpus(shared_data: Any) -> None:
    files = _fixture_files(shared_data, "wellformed")
    assert len(files) > 1500
    malformed = []
    for path in files:
        results = parse(path.read_bytes())
        _check_outcome(path, results)
        malformed += [path.name for r in results if r.reason is Reason.MALFORMED]
    assert malformed == []


@pytest.mark.parametrize("folder", ["illformed", "entities", "encoding", "json"])
def test_feedparser_other_corpus_folders_never_crash(shared_data: Any, folder: str) -> None:
    files = _fixture_files(shared_data, folder)
    assert files
    for path in files:
        _check_outcome(path, parse(path.read_bytes()))


def test_feedparser_corpus_sniffing(shared_data: Any) -> None:
    for folder in ("rss", "atom10", "rdf"):
        for path in _fixture_files(shared_data, "wellformed", folder):
            assert looks_like_feed(path.read_bytes()), path


# --------------------------------------------------------------------------- feedparser never opens anything


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt by feedparser to open a file or a URL fails the test."""

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"feedparser tried to open {args[:1]!r}")

    monkeypatch.setattr(builtins, "open", forbidden)
    monkeypatch.setattr(feedparser.http, "get", forbidden)


@pytest.mark.parametrize(
    "data",
    [b"/etc/passwd", b"file:///etc/passwd", b"http://127.0.0.1:9/feed.xml", b"feed://example.org/rss"],
)
def test_parse_feed_never_lets_feedparser_open_anything(no_io: None, data: bytes) -> None:
    results = parse(data)
    assert len(results) == 1
    assert results[0].reason is Reason.MALFORMED
    assert "not a feed" in results[0].detail


def test_a_path_to_a_real_feed_is_not_followed(tmp_path: Path) -> None:
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(rss("<item><title>secret</title><link>http://e.org/s</link></item>"))
    for data in (str(feed_file).encode(), f"file://{feed_file}".encode()):
        results = parse(data)
        assert [r.reason for r in results] == [Reason.MALFORMED]


# --------------------------------------------------------------------------- hostile input


def test_billion_laughs_is_not_expanded() -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 11)
    )
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>&lol10;</title>'
        "<item><title>t &lol10;</title><link>http://e.org/a</link><description>&lol10;</description></item>"
        "</channel></rss>"
    ).encode()
    results = parse(data)
    assert len(results) == 1
    article = results[0].article
    assert article is not None
    assert len(all_text(article)) < 500
    assert "lollol" not in all_text(article)


def test_xxe_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    for uri in (secret.as_uri(), "file:///etc/passwd"):
        data = (
            f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{uri}">]>'
            '<rss version="2.0"><channel><item><title>a &xxe; b</title><link>http://e.org/</link>'
            "<description>&xxe;</description></item></channel></rss>"
        ).encode()
        for result in parse(data):
            text = all_text(result.article) if result.article else result.detail
            assert "TOP-SECRET" not in text
            assert "root:" not in text


class _CountingHandler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = b'<!ENTITY ext "EXTERNAL-DTD-WAS-READ">'
        self.send_response(200)
        self.send_header("Content-Type", "application/xml-dtd")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def dtd_server() -> Iterator[tuple[str, list[str]]]:
    hits: list[str] = []
    handler = type("Handler", (_CountingHandler,), {"hits": hits})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_external_dtd_is_not_fetched(dtd_server: tuple[str, list[str]]) -> None:
    base, hits = dtd_server
    doctypes = [
        f'<!DOCTYPE rss SYSTEM "{base}/evil.dtd">',
        f'<!DOCTYPE rss PUBLIC "-//X//DTD X//EN" "{base}/public.dtd">',
        f'<!DOCTYPE rss [<!ENTITY % ext SYSTEM "{base}/param.dtd"> %ext;]>',
        f'<!DOCTYPE rss [<!ENTITY ext SYSTEM "{base}/entity.xml">]>',
    ]
    for doctype in doctypes:
        data = (
            f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><item><title>x &ext;</title>'
            "<link>http://e.org/x</link></item></channel></rss>"
        ).encode()
        results = parse(data)
        assert len(results) == 1 and results[0].article is not None
        assert "EXTERNAL" not in all_text(results[0].article)
    assert hits == []


def test_doctype_is_removed_even_with_tricky_internal_subset() -> None:
    data = (
        b'<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!-- a ] > comment --><!ENTITY a "]>">'
        b'<!ENTITY b \'"\'>]><rss version="2.0"><channel><item><title>kept</title></item></channel></rss>'
    )
    prepared, _ = prepare_feed_bytes(data)
    assert b"DOCTYPE" not in prepared and b"ENTITY" not in prepared
    assert prepared.endswith(b'<rss version="2.0"><channel><item><title>kept</title></item></channel></rss>')
    assert [a.title for a in articles(data)] == ["kept"]


def test_nul_and_control_characters_are_removed() -> None:
    data = rss(
        "<item><title>a\x00b\x01c\x0bd\x1fe</title><link>http://e.org/\x00x</link>"
        "<description>x&#1;y \x08z</description></item>"
    ).replace(b"<title>T</title>", b"<title>T\x00</title>")
    (article,) = articles(data)
    assert article.title == "abcde"
    assert article.url == "http://e.org/x"
    assert not CONTROL.search(all_text(article))


def test_over_long_author_fields_are_capped() -> None:
    long_name = "a" * 32 * 1024
    long_email = "b@" * 16 * 1024
    items = "".join(
        f"<item><title>item {i}</title><link>http://e.org/{i}</link><author>{long_email}</author>"
        f"<dc:creator>{long_name}</dc:creator><itunes:author>{long_name}</itunes:author></item>"
        for i in range(100)
    )
    data = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>'
        f"<managingEditor>{long_email}</managingEditor>{items}</channel></rss>"
    ).encode()
    prepared, _ = prepare_feed_bytes(data)
    texts = re.findall(rb"<(?:author|dc:creator|itunes:author|managingEditor)>([^<]*)<", prepared)
    assert len(texts) == 301
    assert max(len(t) for t in texts) <= MAX_AUTHOR_BYTES
    assert len(prepared) < len(data) // 50
    found = articles(data)
    assert [a.title for a in found] == [f"item {i}" for i in range(100)]


def test_capping_keeps_utf8_entities_and_cdata_sound() -> None:
    name = "Ж" * 1000
    data = rss(
        f"<item><title>t</title><link>http://e.org/</link><author>x&amp;{name}</author>"
        f"<dc:creator xmlns:dc='http://purl.org/dc/elements/1.1/'><![CDATA[{'c' * 5000}]]></dc:creator></item>"
    )
    prepared, _ = prepare_feed_bytes(data)
    prepared.decode("utf-8")  # no sequence was split
    assert b"]]></dc:creator>" in prepared
    assert len(prepared) < 2 * MAX_AUTHOR_BYTES + 400
    amp = rss(f"<item><author>{'a' * (MAX_AUTHOR_BYTES - 3)}&amp;tail</author><title>t</title></item>")
    capped, _ = prepare_feed_bytes(amp)
    assert b"&am<" not in capped and b"&amp<" not in capped


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2020-01-01T05:00:00+15:00", dt.date(2020, 1, 1)),  # impossible offset: read as UTC
        ("2020-01-01T05:00:00+99:00", dt.date(2020, 1, 1)),
        ("Wed, 01 Jan 2020 05:00:00 +1500", dt.date(2020, 1, 1)),
        ("2020-01-01T01:00:00+04:00", dt.date(2019, 12, 31)),  # real offset applied
        ("2020-01-01T23:30:00-05:00", dt.date(2020, 1, 2)),
        ("Thu, 01 Jan 2004 19:48:21 GMT", dt.date(2004, 1, 1)),
        ("9999-12-31T23:59:59-23:00", dt.date(9999, 12, 31)),
        ("0000-01-01T00:00:00Z", None),
        ("not a date", None),
    ],
)
def test_dates_in_utc_never_raise(stamp: str, expected: dt.date | None) -> None:
    for tag in ("pubDate", "dc:date"):
        data = rss(
            f"<item><title>t</title><link>http://e.org/</link><{tag}>{stamp}</{tag}></item>",
        ).replace(b'version="2.0"', b'version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')
        (article,) = articles(data)
        assert article.published == expected, (tag, stamp)
        assert article.precision is (Precision.DAY if expected else None)


def test_updated_is_used_when_published_is_missing() -> None:
    data = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>f</title><entry><title>e</title>'
        b'<link href="http://e.org/1"/><updated>2015-10-05T10:00:00Z</updated></entry></feed>'
    )
    (article,) = articles(data)
    assert article.published == dt.date(2015, 10, 5)


def test_duplicate_guids_stay_distinct_items() -> None:
    data = rss(
        "<item><guid>same</guid><title>first</title></item><item><guid>same</guid><title>second</title></item>"
    )
    assert [a.title for a in articles(data)] == ["first", "second"]


def test_entry_without_title_and_link_fails_with_no_title() -> None:
    data = rss(
        "<item><description>only text</description></item><item><link>http://e.org/x</link>"
        "<description>A description that is long enough to name the item.</description></item>"
    )
    first, second = parse(data)
    assert first.reason is Reason.NO_TITLE and first.label == "test-feed entry 1"
    assert second.article is not None
    assert second.article.title == "A description that is long enough to name the item."


@pytest.mark.parametrize(
    "data",
    [
        b"<html><head><title>A page</title></head><body><p>Hello</p></body></html>",
        b"just some words",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b'{"not": "a feed"}',
        b"{broken json",
        b"<?xml version='1.0'?><catalog><book>x</book></catalog>",
    ],
)
def test_not_a_feed_gives_one_malformed(data: bytes) -> None:
    assert not looks_like_feed(data)
    results = parse(data)
    assert len(results) == 1
    assert results[0].reason is Reason.MALFORMED
    assert "not a feed" in results[0].detail


@pytest.mark.parametrize("data", [b"", b"  \n\t "])
def test_empty_bytes(data: bytes) -> None:
    results = parse(data)
    assert [r.reason for r in results] == [Reason.EMPTY]


def test_too_large() -> None:
    results = parse(rss("<item><title>t</title></item>"), settings=Settings(max_document_bytes=50))
    assert [r.reason for r in results] == [Reason.TOO_LARGE]


def test_valid_feed_without_entries_gives_no_items() -> None:
    assert parse(rss("")) == []


# --------------------------------------------------------------------------- mapping of fields


def test_links_resolve_against_xml_base_and_feed_url() -> None:
    data = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/news/">'
        b'<title>f</title><entry><title>a</title><link href="item/1"/></entry>'
        b'<entry xml:base="/other/"><title>b</title><link href="2"/></entry></feed>'
    )
    assert [a.url for a in articles(data)] == ["http://example.org/news/item/1", "http://example.org/other/2"]
    relative = rss("<item><title>c</title><link>../3</link></item>")
    (article,) = articles(relative, url="https://site.example/feeds/rss.xml")
    assert article.url == "https://site.example/3"


def test_unsafe_links_are_dropped() -> None:
    (article,) = articles(rss("<item><title>t</title><link>javascript:alert(1)</link></item>"))
    assert article.url is None


def test_summary_content_teaser_body_raw_language_source() -> None:
    long_summary = " ".join(["word"] * 400)
    data = (
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><title>Feed title</title>'
        '<link rel="alternate" href="https://www.nato.int/cps/en/natohq/news.htm"/>'
        '<entry><title type="html">NATO &lt;b&gt;meets&lt;/b&gt;</title>'
        '<link href="https://www.nato.int/cps/en/natohq/news_1.htm"/>'
        f'<summary type="text">{long_summary}</summary>'
        '<content type="html">&lt;p&gt;First paragraph.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;'
        "&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</content></entry>"
        '<entry xml:lang="ru"><title>Only summary</title><link href="https://www.nato.int/2"/>'
        '<summary type="html">&lt;p&gt;Short &lt;i&gt;summary&lt;/i&gt;&lt;/p&gt;</summary></entry></feed>'
    ).encode()
    first, second = articles(data)
    assert first.title == "NATO meets"
    assert first.body == "First paragraph.\n\nSecond & last."
    assert first.teaser.endswith("…") and len(first.teaser) <= feeds.TEASER_CHARS + 1
    assert not first.teaser[:-1].endswith(" ")
    assert first.raw is not None and b"<p>First paragraph.</p>" in first.raw
    assert b"script" not in first.raw  # feedparser's sanitizer ran
    assert first.language == "en-gb"
    assert first.source == "www.nato.int"
    assert second.body == "Short summary" and second.teaser == "Short summary"
    assert second.raw is None
    assert second.language == "ru"


def test_rss_language_and_title_as_source() -> None:
    data = rss(
        "<item><title>t</title><link>http://e.org/</link></item>", channel="<language>de-DE</language>"
    )
    (article,) = articles(data)
    assert article.language == "de-de"
    assert article.source == "T"


def test_utf16_feed() -> None:
    text = (
        '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Переговоры\x00</title><link>http://e.org/</link></item></channel></rss>"
    )
    for data in (text.encode("utf-16"), text.encode("utf-16-be"), text.encode("utf-16-le")):
        assert looks_like_feed(data)
        (article,) = articles(data)
        assert article.title == "Переговоры"


def test_rdf_and_atom03_feeds() -> None:
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
        b'<channel rdf:about="http://e.org/"><title>c</title><link>http://e.org/</link></channel>'
        b'<item rdf:about="http://e.org/1"><title>one</title><link>http://e.org/1</link></item></rdf:RDF>'
    )
    assert looks_like_feed(rdf)
    assert [a.url for a in articles(rdf)] == ["http://e.org/1"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'<?xml version="1.0"?>\n<!-- hi --><rss version="2.0"/>', True),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'/>", True),
        (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>', True),
        (b'<rdf:RDF xmlns:rdf="x"/>', True),
        (b'  {"version": "https://jsonfeed.org/version/1.1", "items": []}', True),
        (b"<!DOCTYPE html><html><body>feed</body></html>", False),
        (b'{"version": "1", "items": []}', False),
        (b"", False),
        (b"\x00\x01\x02", False),
    ],
)
def test_looks_like_feed(data: bytes, expected: bool) -> None:
    assert looks_like_feed(data) is expected


def test_deeply_nested_markup_is_survived() -> None:
    nested = b"<x>" * 20_000 + b"</x>" * 20_000
    escaped = b"&lt;div&gt;" * 20_000
    data = rss("<item><title>t</title><link>http://e.org/</link>%s<description>%s</description></item>")
    data = data.replace(b"%s", nested, 1).replace(b"%s", escaped, 1)
    (result,) = parse(data)
    assert result.article is not None and result.article.title == "t"
    deep_json = (
        b'{"version": "https://jsonfeed.org/version/1", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    )
    assert [r.reason for r in parse(deep_json)] == [Reason.MALFORMED]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(
        [
            b"",
            b"<rss version='2.0'><channel><item><title>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>",
            b"<?xml version='1.0'?><!DOCTYPE rss [<!ENTITY ",
            b'{"version": "https://jsonfeed.org/version/1", "items": [',
            b"\xff\xfe<\x00r\x00s\x00s\x00",
        ]
    ),
    st.binary(max_size=400),
)
def test_parse_feed_never_raises(head: bytes, tail: bytes) -> None:
    for result in parse(head + tail):
        assert isinstance(result, ItemResult)
        assert result.ok or (result.reason is not None and result.detail)
