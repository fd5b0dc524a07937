"""The plain-text scrape of a topic page (the seed's format, ``../seed/nato-russia-relations.txt``).

Such a file is what a browser's "copy all text" gives for a topic page: link texts are glued to the
following text because the page had no line break between them::

    NATO-Russia relations                      <- topic title
    For more than 30 years, NATO tried ...     <- overview (one or more lines)
    moreNews                                   <- the overview's "more" link + the "News" heading
    NATO Secretary General expresses ...       <- item title
    05 Oct. 2015I just met with ...            <- date glued to the teaser
    moreNATO Secretary General meets ...       <- the item's "more" link + the next item's title
    29 Sep. 2015NATO Secretary General ...
    more                                       <- the last item's "more" link

How the text is read
====================

1. The text is decoded (UTF-8, a BOM dropped), line ends normalised (CRLF, CR), lines stripped, blank
   lines dropped.
2. A **more marker** is ``more`` (or ``Read more``, any case) alone on a line, at the start of a line and
   glued to text that starts with a capital letter, a digit or a quote (``moreNews``, ``moreNATO ...``),
   or glued after sentence punctuation at the end of a line (``... aircraft.more``). The marker is cut
   off and the rest of the line stands as its own line. ``more than 30 years`` and ``moreover`` are
   ordinary text.
3. A **dated line** starts with a day-precision date (:func:`~detente.extract.dates.match_leading_date`),
   possibly glued to the text after it. An **item title** is a line directly followed by a dated line
   (read left to right, so a dated line is never also the title of the next dated line).
4. An **item** is its title, its dated line (the text after the date is the teaser) and any following
   plain lines up to a more marker, the next item title, a heading or a new topic (continuation
   paragraphs of the teaser). The item's own more marker is consumed with it.
5. A **heading** ("News", "Latest news") is a short line (at most five words, no final punctuation) that
   is followed by an item title or ends the file; it is skipped.
6. A **topic** starts at the first line of the file (unless that line is an item title) and, later, at
   any plain line that is neither an item title nor a heading; its following plain lines, up to a more
   marker, an item title, a dated line or a heading, are the overview (paragraphs joined by a blank
   line). Items belong to the last topic started before them.
7. When an item has no more marker, the plain lines after its dated line could be teaser continuation or
   a new topic. They start a new topic only when they have the topic **signature**: a title-like line
   (at most 15 words, no final punctuation), then overview lines, then a more marker, then a heading --
   the "moreNews" glue a topic page always leaves. Otherwise they continue the teaser.

A dated line without a title becomes a ``no_title`` failure, an impossible date (``31 Feb. 2015``) a
``bad_date`` failure; the other items go on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from detente.errors import InputError
from detente.extract.dates import match_leading_date
from detente.model import Article, ItemResult, Parsed, PartialDate, RawDocument, Reason, TopicSpec
from detente.settings import Settings
from detente.slugs import slugify

logger = logging.getLogger(__name__)

_MORE_START = re.compile(
    r"^(?:read\s+)?more(?P<arrow>\s*[»›>…]+\s*)?(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
_MORE_END = re.compile(r"(?<=[.!?\"”’)\]])\s*(?:read\s+)?more(?:\s*[»›>…]+)?(?P<rest>(?:[A-Z0-9\"“‘(].*)?)$")
_TEASER_LEAD = re.compile(r"^[\s\-–—:|,.]+")
_FINAL_PUNCT = ".!?:;,"


@dataclass(slots=True)
class _Token:
    text: str
    more: bool = False
    glued: bool = False
    """For a more marker: it was glued to text on the same line."""
    date: PartialDate | None = None
    date_end: int = 0
    date_error: str | None = None

    @property
    def dated(self) -> bool:
        return not self.more and (self.date is not None or self.date_error is not None)


@dataclass(slots=True)
class _Item:
    title: str | None
    dated: _Token
    extra: list[str] = field(default_factory=list)
    more: bool = False


# ---------------------------------------------------------------------------------------------------
# Tokens


def _normalise(text: str) -> list[str]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


def _split_more(line: str) -> list[_Token]:
    start = _MORE_START.match(line)
    if start:
        rest = start.group("rest")
        if not rest:
            return [_Token("more", more=True)]
        if _starts_like_text(rest) or (start.group("arrow") and rest):
            return [_Token("more", more=True, glued=True), *_split_more(rest.strip())]
    end = _MORE_END.search(line)
    if end and end.start() > 0:
        head, rest = line[: end.start()].rstrip(), end.group("rest").strip()
        tokens = [_Token(head), _Token("more", more=True, glued=True)]
        if rest:
            tokens.extend(_split_more(rest))
        return tokens
    return [_Token(line)]


def _starts_like_text(rest: str) -> bool:
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'(«"


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for line in _normalise(text):
        tokens.extend(_split_more(line))
    for token in tokens:
        if token.more:
            continue
        try:
            found = match_leading_date(token.text)
        except InputError as exc:
            token.date_error = exc.message
            continue
        if found is not None:
            token.date, token.date_end = found
    return tokens


def _mark_titles(tokens: list[_Token]) -> list[bool]:
    titles = [False] * len(tokens)
    for i in range(len(tokens) - 1):
        if tokens[i].more or (i > 0 and titles[i - 1]):
            continue
        if tokens[i + 1].dated:
            titles[i] = True
    return titles


def _words(text: str) -> int:
    return len(text.split())


def _heading_like(token: _Token) -> bool:
    text = token.text
    return (
        not token.more
        and not token.dated
        and _words(text) <= 5
        and len(text) <= 40
        and text[-1] not in _FINAL_PUNCT
    )


def _title_like(token: _Token) -> bool:
    text = token.text
    return (
        not token.more
        and not token.dated
        and _words(text) <= 15
        and len(text) <= 150
        and text[-1] not in _FINAL_PUNCT
    )


# ---------------------------------------------------------------------------------------------------
# The scanner


class _Scanner:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.titles = _mark_titles(tokens)
        self.n = len(tokens)

    def plain(self, i: int) -> bool:
        """A text line that is neither a marker, a dated line nor an item title."""
        return i < self.n and not self.tokens[i].more and not self.tokens[i].dated and not self.titles[i]

    def heading(self, i: int) -> bool:
        if i == 0 or not self.plain(i) or not _heading_like(self.tokens[i]):
            return False
        return i + 1 >= self.n or self.titles[i + 1]

    def topic_signature(self, i: int) -> bool:
        """A new topic starts at ``i``: title-like line, overview lines, more marker, heading."""
        if not self.plain(i) or not _title_like(self.tokens[i]):
            return False
        j = i + 1
        while self.plain(j) and not self.heading(j):
            j += 1
        return j < self.n and self.tokens[j].more and self.heading(j + 1)

    def item(self, i: int, title: str | None) -> tuple[_Item, int]:
        """The item whose dated line is at ``i``; returns it and the index after it."""
        item = _Item(title=title, dated=self.tokens[i])
        j = i + 1
        while self.plain(j) and not self.heading(j) and not self.topic_signature(j):
            item.extra.append(self.tokens[j].text)
            j += 1
        if j < self.n and self.tokens[j].more:
            item.more = True
            j += 1
        return item, j

    def topic(self, i: int) -> tuple[TopicSpec, int]:
        title = self.tokens[i].text
        overview: list[str] = []
        j = i + 1
        while self.plain(j) and not self.heading(j):
            overview.append(self.tokens[j].text)
            j += 1
        if j < self.n and self.tokens[j].more:
            j += 1
        return TopicSpec(slug=slugify(title), title=title, overview="\n\n".join(overview)), j

    def scan(self) -> Iterator[TopicSpec | _Item]:
        i = 0
        while i < self.n:
            token = self.tokens[i]
            if token.more or self.heading(i):
                i += 1
            elif self.titles[i]:
                item, i = self.item(i + 1, token.text)
                yield item
            elif token.dated:
                item, i = self.item(i, None)
                yield item
            else:
                topic, i = self.topic(i)
                yield topic


# ---------------------------------------------------------------------------------------------------
# Public API


def looks_like_textscrape(text: str) -> bool:
    """Whether ``text`` reads as a scraped topic page: dated items after titles, or "more" link glue."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head or head[0] in "<{[":
        return False
    tokens = _tokenize(text[:200_000])
    titles = sum(_mark_titles(tokens))
    markers = sum(1 for t in tokens if t.more)
    glued = sum(1 for t in tokens if t.more and t.glued)
    return titles >= 2 or (titles >= 1 and markers >= 1) or glued >= 1


def _document_failure(raw: RawDocument, settings: Settings) -> ItemResult | None:
    if len(raw.data) > settings.max_document_bytes:
        return ItemResult.fail(
            raw.location, Reason.TOO_LARGE, f"{len(raw.data)} bytes > {settings.max_document_bytes}"
        )
    if not raw.data.strip():
        return ItemResult.fail(raw.location, Reason.EMPTY, "empty document")
    if b"\x00" in raw.data[:8192]:
        return ItemResult.fail(raw.location, Reason.BINARY, "NUL bytes in a text document")
    return None


def _decode(raw: RawDocument) -> str | ItemResult:
    try:
        return raw.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ItemResult.fail(
            raw.location, Reason.BAD_ENCODING, f"not UTF-8: {exc.reason} at byte {exc.start}"
        )


def _item_result(item: _Item, label: str, topic: TopicSpec | None) -> ItemResult:
    dated = item.dated
    if dated.date_error is not None:
        return ItemResult.fail(label, Reason.BAD_DATE, dated.date_error)
    if not item.title:
        return ItemResult.fail(label, Reason.NO_TITLE, f"dated line without a title: {dated.text[:80]!r}")
    if dated.date is None:  # pragma: no cover - a dated token has a date or an error
        return ItemResult.fail(label, Reason.BAD_DATE, "no date")
    teaser = _TEASER_LEAD.sub("", dated.text[dated.date_end :]).strip()
    paragraphs = [p for p in (teaser, *item.extra) if p]
    text = "\n\n".join(paragraphs)
    lines = [item.title, dated.text, *item.extra] + (["more"] if item.more else [])
    article = Article(
        kind="item",
        title=item.title,
        body=text,
        teaser=text,
        published=dated.date.value,
        precision=dated.date.precision,
        url=None,
        source=None,  # a scrape does not say who published it; the topic is not a source
        topics=[topic.slug] if topic else [],
        raw="\n".join(lines).encode("utf-8"),
    )
    return ItemResult(label=label, article=article)


def parse_textscrape(raw: RawDocument, settings: Settings) -> Parsed:
    """Topics and items of a text-scraped topic page (see the module docstring for the rules)."""
    failure = _document_failure(raw, settings)
    if failure is not None:
        return Parsed(items=iter([failure]))
    text = _decode(raw)
    if isinstance(text, ItemResult):
        return Parsed(items=iter([text]))
    topics: list[TopicSpec] = []
    results: list[ItemResult] = []
    current: TopicSpec | None = None
    for part in _Scanner(_tokenize(text)).scan():
        if isinstance(part, TopicSpec):
            known = next((t for t in topics if t.slug == part.slug), None)
            if known is None:
                topics.append(part)
                current = part
            else:
                logger.info("%s: topic %r appears twice; items go to the first", raw.location, part.slug)
                current = known
            continue
        label = f"{raw.location} item {len(results) + 1}"
        results.append(_item_result(part, label, current))
    logger.debug("%s: %d topic(s), %d item(s)", raw.location, len(topics), len(results))
    return Parsed(topics=topics, items=iter(results))
