"""Listing (index) pages: news lists, topic pages, news-by-date pages → one item per entry.

Nothing here knows a particular site. The entries of a listing are found by their *shape*:

1. The page is parsed with ``lxml.html`` (no network, no entities fetched) and page chrome is dropped:
   ``nav``, ``footer``, ``aside``, ``form``, scripts, elements whose ARIA role is navigation, banner,
   contentinfo, search or complementary, hidden elements, ``header`` outside an ``article``, and
   elements whose class names say menu, navigation, footer, sidebar, breadcrumb, pagination or sharing.
2. Every remaining link with a title-like text (two words or more, not "more"/"Read more", not a bare
   date or number) gets a *structural path*: the tags and stable class names of its ancestors. Links
   that share a path are one candidate list.
3. Each link's *block* is its highest ancestor that holds no link of the same list to another URL (the
   ``<li>``, ``<article>`` or ``<div>`` of one entry).
4. Lists are scored by number of distinct URLs × mean title length, up to tripled by the share of
   blocks that carry a date, and raised when the list sits inside ``<main>``; the best list with at
   least two entries wins.
5. Per entry: the title is the link's heading-like part (an element classed ``title``/``name`` or with
   ``itemprop`` name/headline) or its text without ``<time>``; the date comes from a ``<time
   datetime>`` in the block, else a date-classed element, else date text in the block, else a short
   dated heading just before the block (news-by-date pages); the teaser is the block's remaining text.

A *topic page* is a listing with an ``<h1>`` followed by overview paragraphs before the first entry:
its :class:`~detente.model.TopicSpec` is returned and every item is filed under it.
:func:`looks_like_listing` also requires that the prose outside the entries is small next to the
entries themselves, so an article with a "related stories" box is not a listing.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeAlias
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html

from detente.errors import InputError
from detente.extract.dates import parse_date_text, parse_iso_datetime, search_date
from detente.extract.decode import decode_html
from detente.model import Article, ItemResult, Parsed, PartialDate, RawDocument, Reason, TopicSpec
from detente.settings import Settings
from detente.slugs import slugify

logger = logging.getLogger(__name__)

HtmlElement: TypeAlias = Any
"""lxml ships no type information: elements are ``lxml.html.HtmlElement`` at run time."""

MAX_TEASER_CHARS = 2000
MIN_ENTRIES = 2
"""Fewest entries a list needs to be taken as the page's list."""
MIN_LISTING_ENTRIES = 3
"""Fewest entries for :func:`looks_like_listing` to call a page a listing."""
MAX_LOOSE_CHARS = 800
"""Prose outside the entries that a dated listing may always carry (an overview, a notice)."""
MAX_ARTICLE_INTRO_CHARS = 400

_NOISE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form", "iframe",
     "button", "select", "textarea", "object", "embed", "canvas", "video", "audio", "dialog"}
)  # fmt: skip
_NOISE_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog"}
)
_NOISE_CLASS_WORDS = frozenset(
    {"nav", "navbar", "navigation", "subnav", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs",
     "pagination", "pager", "paging", "share", "sharing", "social", "cookie", "cookies", "skip"}
)  # fmt: skip
_STATE_CLASSES = frozenset(
    {"active", "current", "selected", "first", "last", "odd", "even", "new", "open", "hidden", "visible"}
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "article",
     "section", "header", "blockquote", "table", "tr", "td", "th", "br", "figure", "figcaption"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MORE_TEXT = re.compile(
    r"^(?:read|see|view|learn|show|find out)?\s*more\b.{0,20}$|^continue reading\b|^details$|^full (?:story|text)$",
    re.IGNORECASE,
)
_DATE_CLASS = re.compile(r"(?:^|[-_\s])(?:date|time|published|pubdate|dateline)(?:$|[-_\s])", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"(?:^|[-_\s])(?:title|headline|name)(?:$|[-_\s])", re.IGNORECASE)
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = re.compile(r"^[\s\-–—:|,.·•]+|[\s\-–—:|,·•]+$")


# ---------------------------------------------------------------------------------------------------
# Parsing and cleaning


def _parse(html: str) -> HtmlElement:
    """The document tree; :class:`InputError` (``malformed``) when lxml finds nothing to parse."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(_XML_DECL.sub("", html, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", reason=Reason.MALFORMED.value) from exc


def _text(node: HtmlElement) -> str:
    return _SPACES.sub(" ", node.text_content()).strip()


def _class_words(node: HtmlElement) -> list[str]:
    return [w.lower() for w in _CLASS_SPLIT.split(node.get("class", "")) if w]


def _is_noise(node: HtmlElement, *, in_article: bool) -> bool:
    tag = node.tag
    if tag in _NOISE_TAGS:
        return True
    attrib = node.attrib
    if not attrib:
        return tag == "header" and not in_article
    if attrib.get("role", "").lower() in _NOISE_ROLES:
        return True
    if "hidden" in attrib or attrib.get("aria-hidden", "").lower() == "true":
        return True
    if "display:none" in attrib.get("style", "").replace(" ", "").lower():
        return True
    if tag == "header" and not in_article:
        return True
    if tag in ("html", "body", "main") or "class" not in attrib:
        return False
    return not _NOISE_CLASS_WORDS.isdisjoint(_class_words(node))


def _clean(root: HtmlElement) -> None:
    """Drop page chrome, walking top-down so that a dropped subtree is not looked into."""
    doomed: list[HtmlElement] = []
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, in_article = stack.pop()
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if _is_noise(child, in_article=in_article):
                doomed.append(child)
            else:
                stack.append((child, in_article or child.tag == "article"))
    for el in doomed:
        el.drop_tree()


def _base_url(root: HtmlElement, page_url: str | None) -> str | None:
    for base in root.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(page_url or "", href) if page_url else href
    return page_url


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    url = urldefrag(urljoin(base, href) if base else href).url
    if urlsplit(url).scheme not in ("http", "https"):
        return None
    return url


# ---------------------------------------------------------------------------------------------------
# Candidate links and their lists


@dataclass(slots=True)
class _Link:
    anchor: HtmlElement
    url: str | None
    href: str
    title: str
    path: tuple[str, ...]


def _title_of(anchor: HtmlElement) -> str:
    """The anchor's title: a title-classed (or itemprop name) part or a heading inside it when there is
    one (a whole card as one link), else its text without ``<time>``."""
    for node in anchor.iter():
        if node is anchor or not isinstance(node.tag, str):
            continue
        if (
            node.tag in _HEADINGS
            or node.get("itemprop") in ("name", "headline")
            or _TITLE_CLASS.search(node.get("class", ""))
        ):
            text = _text(node)
            if text:
                return text
    pieces = _text_pieces(anchor, skip=lambda n: n.tag == "time")
    text = _SPACES.sub(" ", "".join(pieces)).strip()
    return text or _SPACES.sub(" ", anchor.get("title") or "").strip()


def _step(node: HtmlElement) -> str:
    classes = node.get("class")
    if not classes:
        return str(node.tag)
    stable = sorted(
        w
        for w in classes.split()
        if not any(c.isdigit() for c in w)
        and w.lower() not in _STATE_CLASSES
        and not w.startswith(("is-", "has-"))
    )
    return str(node.tag) + "".join("." + w for w in stable)


def _path(node: HtmlElement, cache: dict[HtmlElement, tuple[str, ...]]) -> tuple[str, ...]:
    """The tags and stable classes from the root down to ``node`` (memoised per element)."""
    found = cache.get(node)
    if found is not None:
        return found
    parent = node.getparent()
    path = (_path(parent, cache) if parent is not None else ()) + (_step(node),)
    cache[node] = path
    return path


def _title_like(text: str) -> bool:
    if len(text.split()) < 2 or len(text) < 8 or _MORE_TEXT.match(text):
        return False
    if re.fullmatch(r"[\d\s.,:/«»<>|-]+", text):
        return False
    try:
        parse_date_text(text)
    except InputError:
        return True
    return False


def _links(root: HtmlElement, base: str | None) -> list[_Link]:
    links: list[_Link] = []
    paths: dict[HtmlElement, tuple[str, ...]] = {}
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if href is None:
            continue
        title = _title_of(anchor)
        if not _title_like(title):
            continue
        links.append(_Link(anchor, _absolute(href, base), href.strip(), title, _path(anchor, paths)))
    return links


def _key(link: _Link) -> str:
    return link.url or link.href


def _blocks(links: list[_Link]) -> dict[str, HtmlElement]:
    """Each URL's block: the highest ancestor of its (first) link holding no other URL of the list."""
    holders: dict[HtmlElement, set[str]] = defaultdict(set)
    for link in links:
        for node in link.anchor.iterancestors():
            holders[node].add(_key(link))
    blocks: dict[str, HtmlElement] = {}
    for link in links:
        key = _key(link)
        if key in blocks:
            continue
        node = link.anchor
        parent = node.getparent()
        while parent is not None and parent.tag not in ("body", "html") and len(holders[parent]) == 1:
            node = parent
            parent = node.getparent()
        blocks[key] = node
    return blocks


@dataclass(slots=True)
class _Entry:
    link: _Link
    block: HtmlElement
    date: PartialDate | None
    date_node: HtmlElement | None
    """A short element holding the date text (left out of the teaser)."""
    date_text: str


@dataclass(slots=True)
class _List:
    entries: list[_Entry]
    score: float


def _candidate_lists(root: HtmlElement, base: str | None) -> list[_List]:
    groups: dict[tuple[str, ...], list[_Link]] = defaultdict(list)
    for link in _links(root, base):
        groups[link.path].append(link)
    lists: list[_List] = []
    for members in groups.values():
        blocks = _blocks(members)
        if len(blocks) < MIN_ENTRIES:
            continue
        entries: list[_Entry] = []
        seen: set[str] = set()
        for link in members:
            key = _key(link)
            if key in seen:
                continue
            seen.add(key)
            entries.append(_Entry(link, blocks[key], *_entry_date(blocks[key], link.anchor)))
        lists.append(_List(entries, _score(entries)))
    lists.sort(key=lambda lst: lst.score, reverse=True)
    return lists


def _score(entries: list[_Entry]) -> float:
    mean_title = sum(min(len(e.link.title), 100) for e in entries) / len(entries)
    score = len(entries) * mean_title
    dated = sum(1 for e in entries if e.date is not None)
    score *= 1 + 2 * dated / len(entries)  # news lists carry dates: a fully dated list counts three times
    if any(a.tag == "main" or a.get("role") == "main" for a in entries[0].link.anchor.iterancestors()):
        score *= 1.5
    return score


# ---------------------------------------------------------------------------------------------------
# Dates, teasers


def _text_pieces(node: HtmlElement, *, skip: Callable[[HtmlElement], bool]) -> Iterator[str]:
    """Text of ``node`` in order, without skipped subtrees; block elements are set apart by a newline."""
    if node.text:
        yield node.text
    for child in node:
        if isinstance(child.tag, str) and not skip(child):
            block = child.tag in _BLOCK_TAGS
            if block:
                yield "\n"
            yield from _text_pieces(child, skip=skip)
            if block:
                yield "\n"
        if child.tail:
            yield child.tail


def _time_date(node: HtmlElement) -> PartialDate | None:
    for value in (node.get("datetime"), node.get("content"), _text(node)):
        if not value:
            continue
        try:
            return parse_iso_datetime(value)
        except InputError:
            found = search_date(value, partial=True)
            if found is not None:
                return found[0]
    return None


def _entry_date(
    block: HtmlElement, anchor: HtmlElement
) -> tuple[PartialDate | None, HtmlElement | None, str]:
    """The entry's date, the short element that prints it and the date text to strip from the teaser."""
    for node in block.iter("time"):
        date = _time_date(node)
        if date is not None:
            return date, None, ""
    for node in block.iter():
        if not isinstance(node.tag, str) or node is block:
            continue
        if node.get("itemprop") in ("datePublished", "dateCreated") or _DATE_CLASS.search(
            node.get("class", "")
        ):
            date = _time_date(node)
            if date is not None:
                return date, node, ""
    text = _block_text(block, anchor, date_node=None, strip_date="")
    found = search_date(text)
    if found is not None:
        date_text = text[found[1] : found[2]]
        return found[0], _short_holder(block, date_text), date_text
    return _preceding_date(block), None, ""


def _short_holder(block: HtmlElement, date_text: str) -> HtmlElement | None:
    """The innermost element of ``block`` whose text holds ``date_text``, when that text is short."""
    holder: HtmlElement | None = None
    for node in block.iterdescendants():
        if isinstance(node.tag, str) and date_text in _text(node):
            holder = node
    if holder is not None and len(_text(holder)) <= 60:
        return holder
    return None


def _preceding_date(block: HtmlElement) -> PartialDate | None:
    """A short dated heading just before the block (lists grouped under one date heading per day)."""
    sibling = block.getprevious()
    for _ in range(12):
        if sibling is None:
            return None
        if isinstance(sibling.tag, str) and sibling.tag in _HEADINGS | {"div", "p", "span", "dt"}:
            text = _text(sibling)
            if text and len(text) <= 60:
                for node in sibling.iter("time"):
                    date = _time_date(node)
                    if date is not None:
                        return date
                found = search_date(text, partial=True)
                if found is not None:
                    return found[0]
            if len(text) > 60:
                return None
        sibling = sibling.getprevious()
    return None


def _block_text(
    block: HtmlElement, anchor: HtmlElement, *, date_node: HtmlElement | None, strip_date: str
) -> str:
    """The block's text without the title link, "more" links, ``<time>`` elements and the date text."""
    if block is anchor:
        return ""
    url = anchor.get("href")

    def drop(node: HtmlElement) -> bool:
        if node is anchor or node is date_node or node.tag == "time":
            return True
        if node.tag == "a" and (node.get("href") == url or _MORE_TEXT.match(_text(node))):
            return True
        return node.tag in _HEADINGS and any(d is anchor for d in node.iterdescendants())

    pieces = "".join(_text_pieces(block, skip=drop))
    lines = [_SPACES.sub(" ", line).strip() for line in pieces.split("\n")]
    text = " ".join(line for line in lines if line)
    if strip_date:
        text = text.replace(strip_date, " ", 1)
    return _EDGE_PUNCT.sub("", _SPACES.sub(" ", text)).strip()


def _teaser(entry: _Entry) -> str:
    anchor = entry.link.anchor
    text = _block_text(entry.block, anchor, date_node=entry.date_node, strip_date=entry.date_text)
    if not text:  # a whole card as one link: its paragraphs
        text = " ".join(t for t in (_text(p) for p in anchor.iter("p")) if t and t != entry.link.title)
    if len(text) > MAX_TEASER_CHARS:
        cut = text.rfind(" ", 0, MAX_TEASER_CHARS)
        text = text[: cut if cut > 0 else MAX_TEASER_CHARS].rstrip() + " …"
    return text


# ---------------------------------------------------------------------------------------------------
# Topic pages, the listing test


def _in_blocks(node: HtmlElement, blocks: set[HtmlElement]) -> bool:
    return node in blocks or any(a in blocks for a in node.iterancestors())


def _topic(root: HtmlElement, entries: list[_Entry]) -> TopicSpec | None:
    """A topic when an ``<h1>`` is followed by overview paragraphs before the first entry."""
    blocks = {e.block for e in entries}
    first = entries[0].block
    heading: HtmlElement | None = None
    overview: list[str] = []
    for node in root.iter():
        if node is first:
            break
        if not isinstance(node.tag, str):
            continue
        if node.tag == "h1" and heading is None:
            heading = node
        elif heading is not None and node.tag == "p" and not _in_blocks(node, blocks):
            text = _EDGE_PUNCT.sub("", _paragraph_text(node))
            if len(text) >= 40:
                overview.append(text)
    if heading is None or not overview:
        return None
    title = _text(heading)
    if not title:
        return None
    return TopicSpec(slug=slugify(title), title=title, overview="\n\n".join(overview))


def _paragraph_text(node: HtmlElement) -> str:
    def more_link(child: HtmlElement) -> bool:
        return child.tag == "a" and bool(_MORE_TEXT.match(_text(child)))

    return _SPACES.sub(" ", "".join(_text_pieces(node, skip=more_link))).strip()


def _loose_text_chars(root: HtmlElement, blocks: set[HtmlElement]) -> int:
    """Length of the page's prose outside the entries: text not in an entry and not in a link."""
    body = root.find("body")

    def skip(node: HtmlElement) -> bool:
        return node in blocks or node.tag == "a"

    text = "".join(_text_pieces(root if body is None else body, skip=skip))
    return len(_SPACES.sub(" ", text).strip())


def _best(root: HtmlElement, base: str | None) -> _List | None:
    lists = _candidate_lists(root, base)
    return lists[0] if lists else None


def _declares_article(root: HtmlElement) -> bool:
    for meta in root.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            return (meta.get("content") or "").strip().lower() == "article"
    return False


def looks_like_listing(html: str) -> bool:
    """Whether ``html`` is an index page: a repeated list of entries that outweighs the page's prose.

    The best list needs :data:`MIN_LISTING_ENTRIES` entries with distinct titles of three words or more
    on average. Then the prose outside the entries (text in no entry and no link) decides:

    * a list that is mostly dated may sit next to :data:`MAX_LOOSE_CHARS` of prose, or 1.5 times its
      own text;
    * an undated list needs five entries and at most 400 characters of prose or half its own text;
    * a page that declares itself an article (``og:type``) needs five entries, almost all dated, and
      no more than :data:`MAX_ARTICLE_INTRO_CHARS` of prose.
    """
    try:
        root = _parse(html)
    except InputError:
        return False
    article = _declares_article(root)
    _clean(root)
    best = _best(root, None)
    if best is None:
        return False
    entries = best.entries
    n = len(entries)
    titles = {e.link.title for e in entries}
    words = sum(len(e.link.title.split()) for e in entries) / n
    if n < MIN_LISTING_ENTRIES or len(titles) < MIN_LISTING_ENTRIES or words < 3:
        return False
    dated = sum(1 for e in entries if e.date is not None) / n
    listed = sum(len(e.link.title) + len(_teaser(e)) for e in entries)
    loose = _loose_text_chars(root, {e.block for e in entries})
    if article:
        return n >= 5 and dated >= 0.8 and loose <= MAX_ARTICLE_INTRO_CHARS
    if dated >= 0.5:
        return loose <= max(MAX_LOOSE_CHARS, 1.5 * listed)
    return n >= 5 and loose <= max(MAX_LOOSE_CHARS // 2, 0.5 * listed)


# ---------------------------------------------------------------------------------------------------
# Parsing


def _document_failure(raw: RawDocument, settings: Settings) -> ItemResult | None:
    if len(raw.data) > settings.max_document_bytes:
        return ItemResult.fail(
            raw.location, Reason.TOO_LARGE, f"{len(raw.data)} bytes > {settings.max_document_bytes}"
        )
    if not raw.data.strip():
        return ItemResult.fail(raw.location, Reason.EMPTY, "empty document")
    return None


def _items(
    entries: Iterable[_Entry], *, location: str, source: str | None, topic: TopicSpec | None
) -> Iterator[ItemResult]:
    for n, entry in enumerate(entries, start=1):
        label = f"{location} item {n}"
        teaser = _teaser(entry)
        article = Article(
            kind="item",
            title=entry.link.title,
            body=teaser,
            teaser=teaser,
            url=entry.link.url,
            published=entry.date.value if entry.date else None,
            precision=entry.date.precision if entry.date else None,
            source=source,
            topics=[topic.slug] if topic else [],
            raw=lxml.html.tostring(entry.block, encoding="utf-8"),
            content_type="text/html",
        )
        yield ItemResult(label=label, article=article)


def parse_listing(raw: RawDocument, settings: Settings) -> Parsed:
    """The entries of a listing page, in page order, and the topic when it is a topic page."""
    failure = _document_failure(raw, settings)
    if failure is not None:
        return Parsed(items=iter([failure]))
    html = decode_html(raw.data, content_type=raw.content_type)
    try:
        root = _parse(html)
    except InputError as exc:
        return Parsed(items=iter([ItemResult.fail(raw.location, Reason.MALFORMED, exc.message)]))
    page_url = raw.url or (raw.location if raw.location.startswith(("http://", "https://")) else None)
    base = _base_url(root, page_url)
    _clean(root)
    best = _best(root, base)
    if best is None:
        return Parsed(items=iter([ItemResult.fail(raw.location, Reason.NO_TEXT, "no list of entries found")]))
    topic = _topic(root, best.entries)
    source = urlsplit(page_url).hostname if page_url else None
    logger.debug("%s: %d entries, topic %s", raw.location, len(best.entries), topic.slug if topic else None)
    items = list(_items(best.entries, location=raw.location, source=source, topic=topic))
    return Parsed(topics=[topic] if topic else [], items=iter(items))
