"""Extract one article from an HTML page: title, publication date, teaser, body, language.

:func:`extract_article` never raises for a bad page; it returns an :class:`ExtractionResult` with a
:class:`Reason`. The checks run in this order, cheapest first:

1. no bytes (or only whitespace) -> ``EMPTY``;
2. more than ``settings.max_document_bytes`` -> ``TOO_LARGE`` (decided on the length alone, nothing parsed);
3. a binary signature or NUL-rich bytes -> ``BINARY``;
4. decoding (:mod:`detente.extract.decode`) and parsing; trafilatura's ``bare_extraction`` finds the body
   (its failures become ``EXTRACTION_FAILED`` with the detail);
5. body shorter than ``settings.min_body_chars`` -> ``TOO_SHORT``.

Choices, each made by measurement on the gold sets (``bench/extraction_eval.py``):

* **Title**: the page's own markup, in this order: the JSON-LD ``headline`` of an article object, the
  headline ``<h1>`` (the only one that does not merely name the site, or the one another source repeats),
  ``og:title``, ``twitter:title``, ``<title>``, then trafilatura's guess. (On the gold sets the visible
  ``<h1>`` first wins on trafilatura's set and ``og:title`` first on fundus; JSON-LD first is the best
  compromise.) When another markup source is the chosen one minus a separator and an affix
  (``<title>`` = ``<h1>`` + `` :: Portal``), the shorter one wins. The result goes through
  :func:`~detente.extract.titles.clean_title` with ``og:site_name`` and the URL as evidence. A page with a
  body but no title in its markup is **not** rejected: the title falls back to the first body paragraph,
  cut at a word boundary (``NO_TITLE`` only when even that is empty).
* **Date**: a vote among the page's publication markup (JSON-LD ``datePublished`` of an article object,
  the first microdata ``itemprop=datePublished``, each publication meta tag such as
  ``article:published_time``, ``<time pubdate>``) and htmldate's answer (original date, extensive search
  unless ``fast``), one vote each; ties go to the most trusted source in that order. Modification dates
  never vote, and a meta name that carries different values on one page is ignored. A UTC timestamp
  within a few hours of midnight whose day is one off htmldate's (which reads the day the page shows) is
  counted as htmldate's day. A date known only to the month or year keeps that precision; the URL path
  (``/2020/04/10/``) is the last resort.
* **Teaser**: the listing teaser given by the caller; else the page's lead (an element classed ``lead``,
  ``standfirst``, ``intro``...) or meta description when it is real text about the body (at least eight
  words, most of them found in the body, not the title again); else the first body paragraph.
* **Language**: py3langid on the body when it is sure (probability >= 0.9 on at least 200 characters);
  else the page's declared ``<html lang>``; else py3langid's best guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from detente.extract.decode import decode_html, looks_binary, strip_illegal_chars
from detente.extract.titles import affix_of, clean_title, names_site, normalize_space, site_evidence
from detente.model import Article, ExtractionResult, Precision, RawDocument, Reason
from detente.settings import Settings

logger = logging.getLogger(__name__)

TEASER_MAX_CHARS = 500
TITLE_FALLBACK_CHARS = 120
_MIN_YEAR = 1990

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "livebloposting",
        "liveblogposting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "socialmediaposting",
        "posting",
        "pressrelease",
    }
)
_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "published-date",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "cxenseparse:recs:publishtime",
    "date",
    "dc.date",
)
_LEAD_CLASSES = frozenset(
    {"lead", "standfirst", "intro", "teaser", "summary", "subtitle", "deck", "abstract"}
)
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s_]|[+-]\d\d:?\d\d|Z)")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})(?:[/-](\d{1,2}))?(?=[/._-]|$)")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class PageMeta:
    """What the page's own markup says about itself, read before extraction."""

    og_title: str = ""
    twitter_title: str = ""
    html_title: str = ""
    h1: list[str] = field(default_factory=list)
    site_name: str = ""
    description: str = ""
    lead: str = ""
    lang: str = ""
    ld_headline: str = ""
    ld_published: str = ""
    meta_published: list[tuple[str, str]] = field(default_factory=list)
    """(meta name, value) pairs of publication-date meta tags, in the order of :data:`_PUBLISHED_META`."""
    md_published: str = ""
    """The first microdata ``itemprop=datePublished`` in document order."""
    time_published: str = ""
    """A ``<time pubdate>`` element's ``datetime``."""
    canonical: str = ""
    """The page's own absolute http(s) URL: ``<link rel="canonical">``, else ``og:url``."""


def extract_article(
    raw: RawDocument, settings: Settings, *, teaser: str | None = None, fast: bool = False
) -> ExtractionResult:
    """Extract the article in ``raw`` (HTML bytes); never raises for bad input."""
    data = raw.data
    if not data or not data.strip():
        return ExtractionResult(None, Reason.EMPTY, "no content")
    if len(data) > settings.max_document_bytes:
        detail = f"{len(data)} bytes > max_document_bytes {settings.max_document_bytes}"
        return ExtractionResult(None, Reason.TOO_LARGE, detail)
    if looks_binary(data):
        return ExtractionResult(None, Reason.BINARY, "binary content (file signature or NUL bytes)")
    text = decode_html(data, content_type=raw.content_type)
    if not text.strip():
        return ExtractionResult(None, Reason.EMPTY, "no text after decoding")
    url = raw.url or (raw.location if raw.location.startswith(("http://", "https://")) else None)
    try:
        tree, doc = _run_trafilatura(text, url, fast=fast)
    except Exception as exc:  # noqa: BLE001 - a third-party parser may fail in any way on hostile input
        logger.info("extraction failed for %s: %r", raw.location, exc)
        return ExtractionResult(None, Reason.EXTRACTION_FAILED, f"{type(exc).__name__}: {exc}"[:500])
    if tree is None:
        return ExtractionResult(None, Reason.MALFORMED, "no HTML tree could be built")
    meta = read_page_meta(tree)
    if url is None and meta.canonical:
        # A saved page (a file) knows its URL only from its own markup; fetched pages keep the URL they came from.
        url = meta.canonical
    body = _body_text(doc)
    if len(body) < settings.min_body_chars:
        return ExtractionResult(None, Reason.TOO_SHORT, f"body has {len(body)} characters")
    title = choose_title(meta, _doc_attr(doc, "title"), url)
    if not title:
        title = _title_from_body(body)
        if not title:
            return ExtractionResult(None, Reason.NO_TITLE, "no title in markup or body")
    latest = (raw.fetched_at.date() if raw.fetched_at else dt.date.today()) + dt.timedelta(days=1)
    published = choose_date(meta, _doc_attr(doc, "date"), url, latest=latest)
    article = Article(
        title=title,
        body=body,
        url=url,
        published=published[0] if published else None,
        precision=published[1] if published else None,
        teaser=choose_teaser(teaser, meta, body, title),
        language=detect_language(body, meta.lang),
        source=_host(url),
        raw=raw.data,
        content_type=raw.content_type,
        fetched_at=raw.fetched_at,
        kind="article",
    )
    return ExtractionResult(article)


def _run_trafilatura(text: str, url: str | None, *, fast: bool) -> tuple[Any, Any]:
    """Parse ``text`` and run trafilatura on the tree; (tree, document) with either possibly None."""
    from trafilatura import bare_extraction, load_html

    tree = load_html(text)
    if tree is None:
        return None, None
    doc = bare_extraction(
        tree,
        url=url,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"original_date": True, "extensive_search": not fast, "url": url},
    )
    return tree, doc


def _doc_attr(doc: Any, name: str) -> str:
    value = getattr(doc, name, None) if doc is not None else None
    return value if isinstance(value, str) else ""


def _body_text(doc: Any) -> str:
    """Body paragraphs separated by blank lines, whitespace normalised inside each paragraph."""
    text = strip_illegal_chars(_doc_attr(doc, "text"))
    paragraphs = (normalize_space(line) for line in text.splitlines())
    return "\n\n".join(p for p in paragraphs if p)


# --- the page's own markup -------------------------------------------------------------------------------


def read_page_meta(tree: Any) -> PageMeta:
    """Read titles, dates, site name, description, lead and language from a parsed page."""
    meta = PageMeta()
    head = tree.find(".//head")
    for element in head.iterfind(".//meta") if head is not None else ():
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = strip_illegal_chars(element.get("content") or "").strip()
        if not key or not content:
            continue
        if key == "og:title" and not meta.og_title:
            meta.og_title = content
        elif key == "twitter:title" and not meta.twitter_title:
            meta.twitter_title = content
        elif key in {"og:site_name", "application-name"} and not meta.site_name:
            meta.site_name = content
        elif key in {"og:description", "description", "twitter:description"} and not meta.description:
            meta.description = content
        elif key in _PUBLISHED_META:
            meta.meta_published.append((key, content))
        elif key == "og:url" and not meta.canonical and _absolute_web_url(content):
            meta.canonical = content
    for link in head.iterfind(".//link") if head is not None else ():
        rel = (link.get("rel") or "").lower().split()
        href = strip_illegal_chars(link.get("href") or "").strip()
        if "canonical" in rel and _absolute_web_url(href):
            meta.canonical = href
            break
    meta.meta_published.sort(key=lambda pair: _PUBLISHED_META.index(pair[0]))
    title = tree.find(".//title")
    meta.html_title = _text(title) if title is not None else ""
    meta.h1 = [t for t in (_text(h) for h in tree.iterfind(".//h1")) if t]
    meta.lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    _read_json_ld(tree, meta)
    _read_time_and_lead(tree, meta)
    return meta


def _absolute_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and len(value) <= 2000


def _text(element: Any) -> str:
    try:
        return normalize_space(strip_illegal_chars(element.text_content()))
    except (ValueError, TypeError):
        return ""


def _json_objects(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD value, walking lists, ``@graph`` and nested values."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(v for k, v in item.items() if k in {"@graph", "mainEntity", "mainEntityOfPage"})


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].lower() for k in kinds if k}


def _read_json_ld(tree: Any, meta: PageMeta) -> None:
    fallback_published = ""
    for script in tree.iterfind(".//script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            value = json.loads(script.text.strip().rstrip(";"), strict=False)
        except (ValueError, RecursionError):
            logger.debug("unreadable JSON-LD block")
            continue
        for obj in _json_objects(value):
            published = obj.get("datePublished")
            is_article = bool(_types(obj) & _ARTICLE_TYPES)
            if is_article:
                headline = obj.get("headline") or obj.get("name")
                if isinstance(headline, str) and headline.strip() and not meta.ld_headline:
                    # JSON-LD text is often HTML-escaped a second time (&quot;, &ouml;, &#039;).
                    meta.ld_headline = normalize_space(html.unescape(headline))
                if isinstance(published, str) and published.strip() and not meta.ld_published:
                    meta.ld_published = published.strip()
            elif isinstance(published, str) and published.strip() and not fallback_published:
                fallback_published = published.strip()
    if not meta.ld_published:
        meta.ld_published = fallback_published


def _class_tokens(element: Any) -> set[str]:
    return {t for t in re.split(r"[\s_\-]+", (element.get("class") or "").lower()) if t}


def _read_time_and_lead(tree: Any, meta: PageMeta) -> None:
    for element in tree.iterfind(".//*[@itemprop]"):
        if (element.get("itemprop") or "").strip().lower() == "datepublished":
            stamp = element.get("datetime") or element.get("content") or _text(element)
            if stamp.strip():
                meta.md_published = stamp.strip()
                break
    for element in tree.iterfind(".//time[@pubdate]"):
        stamp = (element.get("datetime") or "").strip()
        if stamp:
            meta.time_published = stamp
            break
    for element in tree.iterfind(".//*[@class]"):
        if not isinstance(element.tag, str) or element.tag in {"meta", "script", "style", "a", "img"}:
            continue
        if _class_tokens(element) & _LEAD_CLASSES:
            text = _text(element)
            if len(text.split()) >= 8:
                meta.lead = text
                return


# --- choices ---------------------------------------------------------------------------------------------


TITLE_ORDER = ("json-ld", "h1", "og", "twitter", "title", "extractor")
"""Sources of a title, most trusted first (measured with ``bench/extraction_eval.py``)."""


def _headline_h1(meta: PageMeta, url: str | None) -> str:
    """The page's headline ``<h1>``: the only one that does not merely name the site; with several, the
    one that another title source of the page starts with or repeats."""
    evidence = site_evidence(meta.site_name or None, url)
    h1s = [h for h in meta.h1 if not names_site(h, evidence) and len(h) <= 300]
    if len(h1s) == 1:
        return h1s[0]
    others = [normalize_space(t).casefold() for t in (meta.og_title, meta.ld_headline, meta.html_title) if t]
    for h1 in h1s:
        folded = h1.casefold()
        if any(o == folded or affix_of(o, h1) is not None for o in others):
            return h1
    return ""


def choose_title(meta: PageMeta, extractor_title: str, url: str | None) -> str:
    """The best title from the page's markup, cleaned of site names (empty when the page has none)."""
    sources = {
        "h1": _headline_h1(meta, url),
        "json-ld": meta.ld_headline,
        "og": meta.og_title,
        "twitter": meta.twitter_title,
        "title": meta.html_title,
        "extractor": extractor_title,
    }
    names = [name for name in TITLE_ORDER if sources[name] and normalize_space(sources[name])]
    if not names:
        return ""
    best = sources[names[0]]
    evidence = site_evidence(meta.site_name or None, url)
    # If another markup source is the same headline without an affix, the page shows the affix is
    # boilerplate (the extractor's guess is no evidence: it splits <title> itself).
    for name in names[1:]:
        other = sources[name]
        affix = affix_of(best, other) if name != "extractor" else None
        if affix is not None and len(affix) < len(other) and not names_site(other, evidence):
            best = other
    return clean_title(best, site_name=meta.site_name or None, url=url)


def parse_date(value: str, *, latest: dt.date) -> tuple[dt.date, Precision] | None:
    """Parse an ISO-like (``2020-04-10T...``, ``2020-04``, ``2020``, ``20200410``) or RFC 2822 date;
    None when unparsable or outside [1990, latest]."""
    value = value.strip()
    match = _ISO_DATE.match(value) or _COMPACT_DATE.match(value)
    parts: tuple[int | None, ...]
    if match:
        parts = tuple(int(g) if g else None for g in match.groups())
    else:
        from email.utils import parsedate_tz

        parsed = parsedate_tz(value)
        if parsed is None:
            return None
        parts = (parsed[0], parsed[1], parsed[2])
    year, month, day = (*parts, None, None)[:3]
    if year is None:
        return None
    try:
        if month is None:
            result = (dt.date(year, 1, 1), Precision.YEAR)
        elif day is None:
            result = (dt.date(year, month, 1), Precision.MONTH)
        else:
            result = (dt.date(year, month, day), Precision.DAY)
    except ValueError:
        return None
    if result[0].year < _MIN_YEAR or result[0] > latest:
        return None
    return result


_STAMP_TIME = re.compile(r"[T\s](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d:?\d\d)?$")
_UTC_OFFSETS = ("Z", "+00:00", "-00:00", "+0000", "-0000")
# The local offsets that a UTC timestamp may be shifted by: the Americas to UTC-8, Asia and Oceania to UTC+9.
_WEST_MINUTES, _EAST_MINUTES = 8 * 60, 9 * 60


def _utc_shift_possible(value: str, shift_days: int) -> bool:
    """True when ``value`` is a UTC (or offset-less) timestamp whose local day may be ``shift_days`` off."""
    match = _STAMP_TIME.search(value.strip())
    if not match or (match.group(3) and match.group(3) not in _UTC_OFFSETS):
        return False
    minutes = int(match.group(1)) * 60 + int(match.group(2))
    if shift_days == -1:
        return minutes < _WEST_MINUTES
    return shift_days == 1 and minutes >= 24 * 60 - _EAST_MINUTES


def _explicit_dates(meta: PageMeta) -> list[tuple[str, str]]:
    """(source, value) pairs of publication markup, one per source, in order of trust. A meta name that
    carries different values on one page says nothing and is left out."""
    pairs = [("json-ld", meta.ld_published), ("microdata", meta.md_published)]
    by_key: dict[str, set[str]] = {}
    for key, value in meta.meta_published:
        by_key.setdefault(key, set()).add(value.strip()[:10])
    seen: set[str] = set()
    for key, value in meta.meta_published:
        if key not in seen and len(by_key[key]) == 1:
            pairs.append((f"meta:{key}", value))
        seen.add(key)
    pairs.append(("time-pubdate", meta.time_published))
    return [(source, value) for source, value in pairs if value]


def _within(day: dt.date, period: tuple[dt.date, Precision]) -> bool:
    start, precision = period
    return day.year == start.year and (precision is Precision.YEAR or day.month == start.month)


def choose_date(
    meta: PageMeta, extractor_date: str, url: str | None, *, latest: dt.date
) -> tuple[dt.date, Precision] | None:
    """The publication date by a vote of the page's sources (see the module docs)."""
    guess = parse_date(extractor_date, latest=latest) if extractor_date else None
    votes: dict[dt.date, int] = {}
    rank: dict[dt.date, int] = {}
    coarse: tuple[dt.date, Precision] | None = None
    for position, (_, value) in enumerate(_explicit_dates(meta)):
        parsed = parse_date(value, latest=latest)
        if parsed is None:
            continue
        if parsed[1] is not Precision.DAY:
            coarse = coarse or parsed
            continue
        day = parsed[0]
        if guess and abs((guess[0] - day).days) == 1 and _utc_shift_possible(value, (guess[0] - day).days):
            # A UTC timestamp near midnight: htmldate read the day the page shows, which is the local one.
            day = guess[0]
        votes[day] = votes.get(day, 0) + 1
        rank.setdefault(day, position)
    if guess and coarse and not votes and _within(guess[0], coarse):
        # The page's markup only knows the month (or year); a day htmldate adds inside it is a guess.
        return coarse
    if guess and guess[1] is Precision.DAY:
        votes[guess[0]] = votes.get(guess[0], 0) + 1
        rank.setdefault(guess[0], len(rank) + 100)
    if votes:
        best = max(votes, key=lambda day: (votes[day], -rank[day]))
        return best, Precision.DAY
    if coarse or guess:
        return coarse or guess
    if url:
        match = _URL_DATE.search(urlsplit(url).path)
        if match:
            year, month, day_text = match.groups()
            return parse_date(f"{year}-{month}" + (f"-{day_text}" if day_text else ""), latest=latest)
    return None


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def _is_real_text(candidate: str, body: str, title: str) -> bool:
    words = _words(candidate)
    if len(words) < 8 or normalize_space(candidate).casefold() == title.casefold():
        return False
    body_words = set(_words(body))
    return sum(1 for w in words if w in body_words) >= 0.6 * len(words)


def _shorten(text: str, limit: int) -> str:
    text = normalize_space(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:-")
    return cut + "…"


def choose_teaser(given: str | None, meta: PageMeta, body: str, title: str) -> str:
    """The caller's listing teaser, else a real lead or description, else the first body paragraph."""
    if given and normalize_space(given):
        return _shorten(strip_illegal_chars(given), TEASER_MAX_CHARS)
    for candidate in (meta.lead, meta.description):
        if candidate and _is_real_text(candidate, body, title):
            return _shorten(candidate, TEASER_MAX_CHARS)
    paragraphs = [p for p in body.split("\n\n") if normalize_space(p) and normalize_space(p) != title]
    # A dateline or byline alone ("07 May 2021", "By A. Writer") is not a teaser: take the first real sentence.
    first = next((p for p in paragraphs if _is_teaser_text(p)), paragraphs[0] if paragraphs else "")
    return _shorten(first, TEASER_MAX_CHARS)


def _is_teaser_text(paragraph: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", paragraph)
    return len(words) >= 5


def _title_from_body(body: str) -> str:
    first = body.split("\n\n", 1)[0]
    return _shorten(first, TITLE_FALLBACK_CHARS) if first.strip() else ""


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # py3langid 0.4 names the loader from_model_file; older releases from_pickled_model.
    loader = getattr(LanguageIdentifier, "from_model_file", None) or LanguageIdentifier.from_pickled_model
    return loader(MODEL_FILE, norm_probs=True)


def detect_language(body: str, declared: str = "") -> str | None:
    """ISO 639-1 code of the body's language (see module docs for when the declared one wins)."""
    declared_code = declared.strip().lower().replace("_", "-").split("-")[0]
    declared_code = declared_code if re.fullmatch(r"[a-z]{2,3}", declared_code) else ""
    sample = body[:5000]
    if not sample.strip():
        return declared_code or None
    lang, prob = _identifier().classify(sample)
    if prob >= 0.9 and len(sample) >= 200:
        return str(lang)
    return declared_code or str(lang)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None
