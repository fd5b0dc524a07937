"""RSS, Atom and RDF feeds (through feedparser) and JSON Feed documents to items.

feedparser is only ever given an in-memory stream of bytes that were already read: handed a string it
would open paths and URLs itself. Before parsing, the bytes are made safe:

- UTF-16/UTF-32 documents are recoded to UTF-8 (so the byte-level cleaning below is valid);
- every DOCTYPE declaration in the prolog is removed, internal subset included: no entity is declared,
  so none is expanded, and no external DTD can be named;
- characters XML 1.0 forbids (NUL, C0 controls) are removed;
- the text of author-like elements (``author``, ``name``, ``email``, ``dc:creator`` ...) is cut to
  :data:`MAX_AUTHOR_BYTES`, in one linear pass: feedparser's author/e-mail regular expression is
  quadratic in the length of those fields.

Each entry becomes an :class:`~detente.model.ItemResult` holding an ``Article(kind="item")``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import time
import xml.sax
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from detente.extract.htmltext import clean_text_chars, fragment_to_text, strip_tags_inline
from detente.model import Article, ItemResult, Parsed, Precision, RawDocument, Reason
from detente.settings import Settings

__all__ = ["MAX_AUTHOR_BYTES", "TEASER_CHARS", "looks_like_feed", "parse_feed", "prepare_feed_bytes"]

logger = logging.getLogger(__name__)

MAX_AUTHOR_BYTES = 256
"""Longest text kept in an author-like element before feedparser sees it (its e-mail regex costs the
square of this per field: 256 bytes keep 100 entries near 0.1 s; 1 KB would be ~1.6 s)."""
TEASER_CHARS = 600
"""Teasers are cut at a word boundary near this many characters."""
MAX_TITLE_CHARS = 1000
SNIFF_BYTES = 8192
_MAX_TZ_OFFSET = dt.timedelta(hours=14)

_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_WIDE_PATTERNS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*["'])([A-Za-z0-9._:-]{1,40})""")
_ILLEGAL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
_PROLOG_TOKEN = re.compile(rb"<!--|<\?|<!DOCTYPE|\s+", re.IGNORECASE)
_DOCTYPE_STOP = re.compile(rb"""<!--|[\[\]"'>]""")
_AUTHOR_TAG = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(?:author|creator|name|email|managingeditor|webmaster|contributor|publisher"
    rb"|owner)(?:\s[^<>]*)?>",
    re.IGNORECASE,
)
_CDATA_OPEN = re.compile(rb"\s*<!\[CDATA\[")
_JSON_FEED_VERSION = re.compile(r'"version"\s*:\s*"https?:[\\/]+jsonfeed\.org[\\/]+version')
_ROOT_NAME = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_TZ_SUFFIX = re.compile(r"([+-])(\d{2}):?(\d{2})\s*$")
_ISO_DATE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?"
)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$")
_PLAIN_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_ANY_SPACE = re.compile(r"\s+")
_FEEDPARSER_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    LookupError,
    RecursionError,
    xml.sax.SAXException,
)


# --------------------------------------------------------------------------- sniffing


def looks_like_feed(data: bytes) -> bool:
    """Whether the first KBs of ``data`` are an RSS, Atom, RDF (RSS 1.0), CDF or JSON Feed document."""
    head, _ = _ascii_compatible(data[:SNIFF_BYTES])
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return bool(_JSON_FEED_VERSION.search(stripped.decode("utf-8", "ignore")))
    _, end = _scan_prolog(head)
    match = _ROOT_NAME.match(head, end)
    if match is None:
        return False
    local = match.group(1).rsplit(b":", 1)[-1].decode("ascii", "ignore").lower()
    return local in _FEED_ROOTS


# --------------------------------------------------------------------------- making bytes safe


def prepare_feed_bytes(data: bytes, *, max_author_bytes: int = MAX_AUTHOR_BYTES) -> tuple[bytes, bool]:
    """Bytes that are safe to hand to feedparser, and whether they were recoded to UTF-8.

    Recodes UTF-16/32 to UTF-8, removes DOCTYPE declarations, XML-illegal characters and over-long
    author-like fields (see the module docstring). Every step is linear in the size of ``data``.
    """
    data, recoded = _ascii_compatible(data)
    data = _remove_doctypes(data)
    if not _declared_encoding(data).startswith(("iso-2022", "utf-7", "csiso2022")):
        data = _ILLEGAL_BYTES.sub(b"", data)
    return _cap_author_fields(data, max_author_bytes), recoded


def _ascii_compatible(data: bytes) -> tuple[bytes, bool]:
    """UTF-16/UTF-32 input (by BOM or by the shape of ``<``) recoded to UTF-8; other bytes unchanged."""
    encoding = None
    body = data
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            encoding, body = name, data[len(bom) :]
            break
    else:
        for pattern, name in _WIDE_PATTERNS:
            if data.startswith(pattern):
                encoding = name
                break
    if encoding is None:
        return data, False
    text = clean_text_chars(body.decode(encoding, "replace"))
    recoded = text.encode("utf-8")
    recoded = _XML_DECL_ENCODING.sub(rb"\g<1>utf-8", recoded, count=1)
    return recoded, True


def _declared_encoding(data: bytes) -> str:
    match = _XML_DECL_ENCODING.match(data[:256])
    return match.group(2).decode("ascii").lower() if match else ""


def _scan_prolog(data: bytes) -> tuple[list[tuple[int, int]], int]:
    """Spans of the DOCTYPE declarations before the root element, and where the prolog ends."""
    doctypes: list[tuple[int, int]] = []
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while pos < len(data):
        match = _PROLOG_TOKEN.match(data, pos)
        if match is None:
            break
        token = match.group(0)
        if token == b"<!--":
            close = data.find(b"-->", match.end())
            pos = len(data) if close < 0 else close + 3
        elif token == b"<?":
            close = data.find(b"?>", match.end())
            pos = len(data) if close < 0 else close + 2
        elif token.startswith(b"<"):
            end = _doctype_end(data, match.end())
            doctypes.append((pos, end))
            pos = end
        else:
            pos = match.end()
    return doctypes, pos


def _doctype_end(data: bytes, pos: int) -> int:
    """The index just after the DOCTYPE declaration whose body starts at ``pos`` (end of data if open)."""
    depth = 0
    while True:
        match = _DOCTYPE_STOP.search(data, pos)
        if match is None:
            return len(data)
        token = match.group(0)
        if token == b"<!--":
            close = data.find(b"-->", match.end())
            if close < 0:
                return len(data)
            pos = close + 3
        elif token in (b'"', b"'"):
            close = data.find(token, match.end())
            if close < 0:
                return len(data)
            pos = close + 1
        elif token == b"[":
            depth += 1
            pos = match.end()
        elif token == b"]":
            depth = max(0, depth - 1)
            pos = match.end()
        elif depth == 0:
            return match.end()
        else:
            pos = match.end()


def _remove_doctypes(data: bytes) -> bytes:
    doctypes, _ = _scan_prolog(data)
    if not doctypes:
        return data
    logger.debug("removing %d DOCTYPE declaration(s)", len(doctypes))
    kept: list[bytes] = []
    last = 0
    for start, end in doctypes:
        kept.append(data[last:start])
        last = end
    kept.append(data[last:])
    return b"".join(kept)


def _cap_author_fields(data: bytes, cap: int) -> bytes:
    """Cut the text (or CDATA section) that follows each author-like start tag to ``cap`` bytes."""
    pieces: list[bytes] = []
    last = 0
    capped = 0
    for match in _AUTHOR_TAG.finditer(data):
        if match.start() < last:
            continue
        start = match.end()
        cdata = _CDATA_OPEN.match(data, start)
        if cdata is not None:
            start = cdata.end()
            stop = data.find(b"]]>", start)
        else:
            stop = data.find(b"<", start)
        if stop < 0:
            stop = len(data)
        if stop - start <= cap:
            continue
        pieces.append(data[last : _safe_cut(data, start, start + cap)])
        last = stop
        capped += 1
    if not capped:
        return data
    logger.debug("capped %d over-long author field(s) to %d bytes", capped, cap)
    pieces.append(data[last:])
    return b"".join(pieces)


def _safe_cut(data: bytes, start: int, cut: int) -> int:
    """Move ``cut`` back so it splits neither an entity reference nor a UTF-8 sequence."""
    amp = data.rfind(b"&", max(start, cut - 12), cut)
    if amp >= 0 and data.find(b";", amp, cut) < 0:
        cut = amp
    while cut > start and 0x80 <= data[cut] < 0xC0:
        cut -= 1
    return cut


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True, slots=True)
class _FeedContext:
    location: str
    base_url: str | None
    language: str | None
    source: str | None
    fetched_at: dt.datetime | None


def parse_feed(raw: RawDocument, settings: Settings) -> Parsed:
    """Parse an RSS/Atom/RDF/JSON feed held in ``raw.data``; one :class:`ItemResult` per entry.

    A document that is no feed at all gives one ``Reason.MALFORMED`` item; an empty one ``Reason.EMPTY``;
    one over ``settings.max_document_bytes`` ``Reason.TOO_LARGE``. Feeds declare no topics.
    """
    data = raw.data
    if not data.strip():
        return _failed(raw.location, Reason.EMPTY, "empty document")
    if len(data) > settings.max_document_bytes:
        return _failed(
            raw.location,
            Reason.TOO_LARGE,
            f"{len(data)} bytes is over max_document_bytes ({settings.max_document_bytes})",
        )
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _parse_json_feed(raw)
    prepared, recoded = prepare_feed_bytes(data)
    headers = _response_headers(raw, recoded=recoded)
    try:
        result = feedparser.parse(io.BytesIO(prepared), response_headers=headers)
    except _FEEDPARSER_ERRORS as exc:
        logger.warning("feedparser failed on %s: %s: %s", raw.location, type(exc).__name__, exc)
        return _failed(raw.location, Reason.MALFORMED, f"feed parser failed: {type(exc).__name__}: {exc}")
    entries = list(result.get("entries") or [])
    if not entries and not result.get("version") and not (result.get("feed") and looks_like_feed(prepared)):
        problem = result.get("bozo_exception")
        detail = "not a feed: no RSS, Atom or RDF feed element found"
        if problem is not None:
            detail += f" ({_short(str(problem), 200)})"
        return _failed(raw.location, Reason.MALFORMED, detail)
    if result.get("bozo"):
        logger.debug(
            "%s is not well-formed (%s); kept what could be read", raw.location, result.get("bozo_exception")
        )
    feed = result.get("feed") or {}
    context = _FeedContext(
        location=raw.location,
        base_url=_http_url(raw.url),
        language=_language(feed.get("language")),
        source=_source_name(feed.get("link"), feed.get("title"), raw.url),
        fetched_at=raw.fetched_at,
    )
    return Parsed(topics=[], items=_entry_items(entries, context))


def _response_headers(raw: RawDocument, *, recoded: bool) -> dict[str, str]:
    headers: dict[str, str] = {}
    base = _http_url(raw.url)
    if base:
        headers["content-location"] = base
    if raw.content_type and not recoded and "charset=" in raw.content_type.lower():
        headers["content-type"] = raw.content_type
    return headers


def _failed(label: str, reason: Reason, detail: str) -> Parsed:
    return Parsed(topics=[], items=iter([ItemResult.fail(label, reason, detail)]))


def _entry_items(entries: list[Any], context: _FeedContext) -> Iterator[ItemResult]:
    for index, entry in enumerate(entries, 1):
        label = f"{context.location} entry {index}"
        try:
            yield _entry_item(entry, label, context)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            logger.warning("cannot read %s: %s: %s", label, type(exc).__name__, exc)
            yield ItemResult.fail(label, Reason.MALFORMED, f"unreadable entry: {type(exc).__name__}: {exc}")


def _field(entry: Mapping[str, Any], key: str) -> Any:
    """``entry[key]`` read without feedparser's deprecated key aliases (``updated`` -> ``published``)."""
    return dict.get(entry, key) if isinstance(entry, dict) else entry.get(key)


def _entry_item(entry: Mapping[str, Any], label: str, context: _FeedContext) -> ItemResult:
    title = _detail_text(_field(entry, "title"), _field(entry, "title_detail"), inline=True)
    url = _absolute_url(_field(entry, "link"), context.base_url)
    if not title and not url:
        return ItemResult.fail(label, Reason.NO_TITLE, "entry has neither a title nor a link")
    content_html, content_text, content_language = _content(_field(entry, "content"))
    summary_text = _detail_text(_field(entry, "summary"), _field(entry, "summary_detail"))
    body = content_text or summary_text
    teaser = _truncate_words(summary_text or body, TEASER_CHARS)
    if not title:
        title = _truncate_words(teaser, 120) or url or ""
    published = _entry_date(entry)
    language = (
        content_language
        or _language(_detail_get(_field(entry, "summary_detail"), "language"))
        or _language(_detail_get(_field(entry, "title_detail"), "language"))
        or context.language
    )
    article = Article(
        title=_short(title, MAX_TITLE_CHARS),
        body=body,
        url=url,
        published=published,
        precision=Precision.DAY if published else None,
        teaser=teaser,
        language=language,
        source=context.source,
        raw=content_html.encode("utf-8") if content_html else None,
        content_type="text/html; charset=utf-8" if content_html else None,
        fetched_at=context.fetched_at,
        kind="item",
        topics=[],
    )
    return ItemResult(label=label, article=article)


def _content(content: Any) -> tuple[str, str, str | None]:
    """(HTML, text, language) of the best ``content`` element: the first HTML one, else the first."""
    if not isinstance(content, list) or not content:
        return "", "", None
    chosen = next((c for c in content if "html" in str(_detail_get(c, "type") or "")), content[0])
    value = _detail_get(chosen, "value")
    if not isinstance(value, str):
        return "", "", None
    kind = str(_detail_get(chosen, "type") or "")
    text = _detail_text(value, chosen)
    return (value if "html" in kind else ""), text, _language(_detail_get(chosen, "language"))


def _detail_get(detail: Any, key: str) -> Any:
    return detail.get(key) if isinstance(detail, Mapping) else None


def _detail_text(value: Any, detail: Any, *, inline: bool = False) -> str:
    """Text of a feedparser field: HTML types go through the HTML-to-text converter, plain text is tidied."""
    if not isinstance(value, str) or not value:
        return ""
    kind = str(_detail_get(detail, "type") or "text/html")
    if "html" in kind:
        return strip_tags_inline(value) if inline else fragment_to_text(value)
    return _plain_text(value, inline=inline)


def _plain_text(value: str, *, inline: bool) -> str:
    text = clean_text_chars(value)
    if inline:
        return _ANY_SPACE.sub(" ", text).strip()
    paragraphs = (_PLAIN_SPACES.sub(" ", p).strip() for p in _BLANK_LINES.split(text.replace("\r", "\n")))
    return "\n\n".join(p for p in paragraphs if p)


def _truncate_words(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters, with an ellipsis when cut."""
    text = _ANY_SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit
    return text[:cut].rstrip(" ,;:-") + "…"


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit]


def _http_url(url: str | None) -> str | None:
    if not url:
        return None
    cleaned = url.strip()
    return cleaned if urlsplit(cleaned).scheme in ("http", "https") else None


def _absolute_url(link: Any, base: str | None) -> str | None:
    """``link`` resolved against ``base``; only http(s) URLs are kept."""
    if not isinstance(link, str) or not link.strip():
        return None
    link = clean_text_chars(link).strip().replace(" ", "%20")
    try:
        resolved = urljoin(base, link) if base else link
    except ValueError:
        return None
    return _http_url(resolved)


def _source_name(link: Any, title: Any, feed_url: str | None) -> str | None:
    for candidate in (link, feed_url):
        if isinstance(candidate, str) and candidate.strip():
            try:
                host = urlsplit(candidate.strip()).hostname
            except ValueError:
                host = None
            if host:
                return host
    if isinstance(title, str) and title.strip():
        return _short(strip_tags_inline(title), 200) or None
    return None


def _language(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-").lower()
    return tag if _LANGUAGE.match(tag) else None


# --------------------------------------------------------------------------- dates


def _entry_date(entry: Mapping[str, Any]) -> dt.date | None:
    """The UTC date an entry was published (else updated); ``None`` when no date can be read."""
    for key in ("published", "updated"):
        text = _field(entry, key)
        parsed = _field(entry, f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            found = _struct_date(parsed, text if isinstance(text, str) else "")
            if found is not None:
                return found
        if isinstance(text, str):
            found = _iso_date(text)
            if found is not None:
                return found
    return None


def _struct_date(parsed: time.struct_time, text: str) -> dt.date | None:
    """feedparser's UTC time as a date; an impossible zone offset (beyond ±14:00) is undone: UTC it is."""
    try:
        moment = dt.datetime(*parsed[:6])  # feedparser gives UTC
        offset = _declared_offset(text)
        if offset is not None and abs(offset) > _MAX_TZ_OFFSET:
            moment += offset
        return moment.date()
    except (ValueError, OverflowError, TypeError):
        return None


def _declared_offset(text: str) -> dt.timedelta | None:
    match = _TZ_SUFFIX.search(text)
    if match is None:
        return None
    sign = -1 if match.group(1) == "-" else 1
    return sign * dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))


def _iso_date(text: str) -> dt.date | None:
    """The UTC date of an RFC 3339 / ISO 8601 timestamp; impossible offsets are ignored (read as UTC)."""
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = dt.datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
        offset = _declared_offset(zone) if zone and zone not in ("Z", "z") else None
        if offset is not None and abs(offset) <= _MAX_TZ_OFFSET:
            moment -= offset
        return moment.date()
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------- JSON Feed


def _parse_json_feed(raw: RawDocument) -> Parsed:
    """A JSON Feed (jsonfeed.org, versions 1 and 1.1); feedparser 6 does not read this format."""
    try:
        document = json.loads(raw.data)
    except (ValueError, RecursionError) as exc:
        return _failed(raw.location, Reason.MALFORMED, f"not a feed: invalid JSON ({_short(str(exc), 200)})")
    if not isinstance(document, dict) or "jsonfeed.org" not in str(document.get("version", "")):
        return _failed(raw.location, Reason.MALFORMED, "not a feed: JSON without a jsonfeed.org version")
    items = document.get("items")
    if not isinstance(items, list):
        return _failed(raw.location, Reason.MALFORMED, "JSON Feed without an items list")
    base = _http_url(_json_str(document, "feed_url")) or _http_url(raw.url)
    context = _FeedContext(
        location=raw.location,
        base_url=base,
        language=_language(document.get("language")),
        source=_source_name(_json_str(document, "home_page_url"), _json_str(document, "title"), raw.url),
        fetched_at=raw.fetched_at,
    )
    return Parsed(topics=[], items=_json_items(items, context))


def _json_str(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _json_items(items: list[Any], context: _FeedContext) -> Iterator[ItemResult]:
    for index, item in enumerate(items, 1):
        label = f"{context.location} entry {index}"
        if not isinstance(item, dict):
            yield ItemResult.fail(label, Reason.MALFORMED, "JSON Feed item is not an object")
            continue
        yield _json_item(item, label, context)


def _json_item(item: Mapping[str, Any], label: str, context: _FeedContext) -> ItemResult:
    title = _plain_text(_json_str(item, "title"), inline=True)
    url = _absolute_url(_json_str(item, "url") or _json_str(item, "external_url"), context.base_url)
    if not title and not url:
        return ItemResult.fail(label, Reason.NO_TITLE, "item has neither a title nor a url")
    html = _json_str(item, "content_html")
    body = fragment_to_text(html) if html else _plain_text(_json_str(item, "content_text"), inline=False)
    summary = _plain_text(_json_str(item, "summary"), inline=False)
    teaser = _truncate_words(summary or body, TEASER_CHARS)
    if not title:
        title = _truncate_words(teaser, 120) or url or ""
    published = _iso_date(_json_str(item, "date_published")) or _iso_date(_json_str(item, "date_modified"))
    article = Article(
        title=_short(title, MAX_TITLE_CHARS),
        body=body or summary,
        url=url,
        published=published,
        precision=Precision.DAY if published else None,
        teaser=teaser,
        language=_language(item.get("language")) or context.language,
        source=context.source,
        raw=html.encode("utf-8") if html else None,
        content_type="text/html; charset=utf-8" if html else None,
        fetched_at=context.fetched_at,
        kind="item",
        topics=[],
    )
    return ItemResult(label=label, article=article)
