"""Turning stored text into safe display text: dates in the seed's style, overview Markdown through nh3,
search snippets, paragraphs, safe outbound links and XML-safe strings.

Plain text is never trusted as HTML: templates escape it (Jinja2 autoescape) and the few functions here that
return markup escape every piece of input first or pass the result through :func:`sanitize`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from markupsafe import Markup, escape

from detente.calendarnames import MONTH_ABBR, MONTH_NAMES
from detente.model import Precision
from detente.store.search import MARK_END, MARK_START

log = logging.getLogger(__name__)

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "cite",
        "code",
        "em",
        "h2",
        "h3",
        "h4",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "strong",
        "sub",
        "sup",
        "ul",
    }
)
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer nofollow"
# Content of these elements is dropped entirely, not kept as text.
_DROP_CONTENT = frozenset(
    {"script", "style", "svg", "math", "iframe", "object", "embed", "template", "noscript"}
)

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")


def human_date(value: dt.date | None, precision: str | Precision | None) -> str:
    """The seed's date style by precision: ``05 Oct. 2015``, ``April 2014`` or ``2014``; empty when undated."""
    if value is None:
        return ""
    kind = Precision(precision) if precision else Precision.DAY
    if kind is Precision.YEAR:
        return f"{value.year:04d}"
    if kind is Precision.MONTH:
        return f"{MONTH_NAMES[value.month - 1]} {value.year:04d}"
    return f"{value.day:02d} {MONTH_ABBR[value.month - 1]}. {value.year:04d}"


def machine_date(value: dt.date | None, precision: str | Precision | None) -> str:
    """The ``datetime`` attribute of ``<time>``: ``2015-10-05``, ``2014-04`` or ``2014``."""
    if value is None:
        return ""
    kind = Precision(precision) if precision else Precision.DAY
    if kind is Precision.YEAR:
        return f"{value.year:04d}"
    if kind is Precision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def sanitize(html: str) -> str:
    """HTML reduced to a small allow-list; links get ``rel="noopener noreferrer nofollow"`` and only
    http, https and mailto URLs survive."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_DROP_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )


def markdown_html(text: str) -> Markup:
    """Overview Markdown rendered (raw HTML in it is shown as text, not passed through) and sanitized."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.add_render_rule("image", _image_as_text)
    rendered = md.render(text or "")
    # Headings inside an overview sit under the page's h1 and section h2: shift them down.
    rendered = re.sub(r"<(/?)h1>", r"<\1h2>", rendered)
    return Markup(sanitize(rendered))  # noqa: S704 - the string has just passed nh3


def _image_as_text(
    renderer: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # No images from elsewhere (CSP and privacy): an image shows as its alternative text.
    token = tokens[idx]
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    return str(escape(alt))


def snippet_html(snippet: str) -> Markup:
    """A search snippet: the text escaped first, then the match markers turned into ``<mark>``."""
    escaped = str(escape(snippet.replace(MARK_START, "\x02").replace(MARK_END, "\x03")))
    escaped = escaped.replace("\x02", "<mark>").replace("\x03", "</mark>")
    # Balance a marker cut off by the snippet window.
    if escaped.count("<mark>") > escaped.count("</mark>"):
        escaped += "</mark>"
    return Markup(escaped)  # noqa: S704 - built from escaped text plus our own tags


def snippet_text(snippet: str) -> str:
    """A snippet without its match markers."""
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def paragraphs(body: str) -> list[str]:
    """A plain-text body split into paragraphs (blank lines; single newlines when there are none)."""
    text = (body or "").strip()
    if not text:
        return []
    parts = [p.strip() for p in _PARAGRAPH_BREAK.split(text)]
    if len(parts) == 1:
        parts = [p.strip() for p in text.splitlines()]
    return [" ".join(p.split()) for p in parts if p.strip()]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None`` (not to be linked)."""
    if not url:
        return None
    candidate = url.strip()
    if any(ch in candidate for ch in "\x00\r\n\t ") or len(candidate) > 4000:
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        log.debug("unparsable URL %r", candidate[:200])
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return candidate


def xml_text(value: str | None) -> str:
    """Text with the characters XML 1.0 forbids removed (the XML serializer escapes the rest)."""
    return _XML_INVALID.sub("", value or "")


EVIDENCE_CONTEXT = 300
"""Characters of a long evidence sentence shown on each side of the evidence span."""


def evidence_html(sentence: str, start: int, end: int, *, context: int = EVIDENCE_CONTEXT) -> Markup:
    """An evidence sentence with ``sentence[start:end]`` in ``<mark>``.

    The offsets index the plain sentence, so the sentence is cut at them first and each piece is escaped
    on its own: no character of the stored text ever reaches the page as markup. Offsets outside the
    sentence are clamped; an empty span marks nothing. A long sentence is shortened to ``context``
    characters on each side of the span (the span itself to ``4 * context``), with "…" where cut."""
    text = sentence or ""
    size = len(text)
    lo = min(max(0, int(start)), size)
    hi = min(max(lo, int(end)), size)
    before, marked, after = text[:lo], text[lo:hi], text[hi:]
    if len(before) > context:
        before = "…" + before[len(before) - context :].lstrip()
    if len(marked) > 4 * context:
        marked = marked[: 2 * context] + " … " + marked[len(marked) - 2 * context :]
    if len(after) > context:
        after = after[:context].rstrip() + "…"
    if not marked:
        return Markup(escape(before + after))  # noqa: S704 - escaped text only
    html = f"{escape(before)}<mark>{escape(marked)}</mark>{escape(after)}"
    return Markup(html)  # noqa: S704 - escaped pieces and our own tags
