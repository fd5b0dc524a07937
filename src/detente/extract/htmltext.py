"""HTML fragments (feed summaries, feed content, listing teasers) to plain text.

Two entry points: :func:`fragment_to_text` keeps paragraph structure (one blank line between blocks) and
:func:`strip_tags_inline` gives one line for titles and other short fields.

Both parse with lxml's HTML parser with the network off, walk the tree without recursion (deeply nested
input cannot exhaust the stack; libxml2 itself stops descending at its depth limit) and never raise on
bad input: what cannot be parsed gives the text that could be read, or ``""``.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from lxml import etree

__all__ = ["MAX_FRAGMENT_CHARS", "clean_text_chars", "fragment_to_text", "strip_tags_inline"]

logger = logging.getLogger(__name__)

MAX_FRAGMENT_CHARS = 4_000_000
"""Input beyond this many characters is cut off before parsing (a feed entry is never this long)."""

_SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "title"}
)
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "thead", "tfoot", "tr", "ul", "body", "html",
    }
)  # fmt: skip
_CELLS = frozenset({"td", "th"})
_ILLEGAL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"[^\S\n]+")
_ANY_SPACE = re.compile(r"\s+")
_LINE_BREAK = "\n"


def clean_text_chars(text: str) -> str:
    """Remove NUL, the C0 controls XML 1.0 forbids, DEL, U+FFFE/U+FFFF and lone surrogates."""
    return _ILLEGAL_CHARS.sub("", text)


def fragment_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, paragraphs separated by a blank line.

    Scripts, styles and comments are dropped, entities decoded, runs of spaces collapsed; ``<br>`` and
    the lines of ``<pre>`` become line breaks inside their paragraph.
    """
    root = _parse(html)
    if root is None:
        return ""
    paragraphs = _Collector(inline=False).run(root)
    return clean_text_chars("\n\n".join(paragraphs))


def strip_tags_inline(html: str) -> str:
    """One line of text from a short HTML field (a title, a name): tags dropped, whitespace collapsed."""
    if "<" not in html and "&" not in html:
        return _ANY_SPACE.sub(" ", clean_text_chars(html)).strip()
    root = _parse(html)
    if root is None:
        return ""
    return clean_text_chars(" ".join(_Collector(inline=True).run(root)))


def _parse(html: str) -> Any:
    """The lxml root of ``html`` (``None`` when there is nothing to parse)."""
    if len(html) > MAX_FRAGMENT_CHARS:
        logger.warning("HTML fragment of %d characters cut to %d", len(html), MAX_FRAGMENT_CHARS)
        html = html[:MAX_FRAGMENT_CHARS]
    text = clean_text_chars(html)
    if not text.strip():
        return None
    parser = etree.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, recover=True
    )
    try:
        return etree.fromstring(text.encode("utf-8", "replace"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        logger.debug("unparseable HTML fragment: %s", exc)
        return None


class _Collector:
    """Walks a parsed tree once, iteratively, gathering paragraphs (or one line when ``inline``)."""

    def __init__(self, *, inline: bool) -> None:
        self.inline = inline
        self.paragraphs: list[str] = []
        self.parts: list[str] = []
        self.pre_depth = 0

    def run(self, root: Any) -> list[str]:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start":
                if not tag or tag.lower() in _SKIPPED:
                    walker.skip_subtree()
                    continue
                self._open(tag.lower(), element.text)
            else:
                if tag and tag.lower() not in _SKIPPED:
                    self._close(tag.lower())
                if element.getparent() is not None:
                    self._add(element.tail)
        self._flush()
        return self.paragraphs

    def _open(self, tag: str, text: str | None) -> None:
        if tag in _BLOCKS:
            self._flush()
        elif tag == "br":
            self.parts.append(" " if self.inline else _LINE_BREAK)
        elif tag in _CELLS:
            self.parts.append(" ")
        if tag == "pre":
            self.pre_depth += 1
        self._add(text)

    def _close(self, tag: str) -> None:
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _BLOCKS:
            self._flush()
        elif tag in _CELLS:
            self.parts.append(" ")

    def _add(self, text: str | None) -> None:
        if not text:
            return
        text = clean_text_chars(text)
        if self.pre_depth and not self.inline:
            self.parts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            self.parts.append(_ANY_SPACE.sub(" ", text))

    def _flush(self) -> None:
        if not self.parts:
            return
        joined = "".join(self.parts)
        self.parts = []
        if self.inline:
            line = _ANY_SPACE.sub(" ", joined).strip()
            if line:
                self.paragraphs.append(line)
            return
        lines = [_SPACES.sub(" ", line).strip() for line in joined.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            self.paragraphs.append(paragraph)
