"""Clean page titles: normalise whitespace and remove the site's name glued to the headline.

Pages often title themselves ``Headline - Reuters``, ``Headline | NATO``, ``BBC News - Headline`` or
``Headline — The Guardian``. :func:`clean_title` removes such a segment only on evidence that it names the
site: it matches the page's ``og:site_name`` or the URL's host (``bbc.co.uk`` -> ``bbc``, ``BBC News``), or
the caller passes it as a known suffix (see :func:`split_known_affix`, used when another title source of the
same page shows the bare headline). A headline with a colon or a dash of its own is left alone.

The function is idempotent and never returns an empty string for a non-empty title.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# Spaces of all widths, the zero-width ones, and line/paragraph separators become one plain space.
_SPACES = re.compile("[\\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+")
# Separators that glue a site name to a headline; they must be surrounded by spaces.
_SEP = r"(?:[-\u2013\u2014|\u00b7\u2022\u00bb\u00ab\u2039\u203a~/:]|::|--|\|\|)"
_SEPARATOR = re.compile(r"\s+" + _SEP + r"\s+")
_GENERIC_WORDS = frozenset(
    {
        "news",
        "online",
        "com",
        "net",
        "org",
        "de",
        "uk",
        "us",
        "tv",
        "media",
        "the",
        "live",
        "digital",
        "website",
        "homepage",
        "home",
        "official",
        "site",
        "web",
        "en",
        "english",
        "world",
    }
)
_PUBLIC_SUFFIX_PARTS = frozenset(
    {
        "www",
        "com",
        "co",
        "org",
        "net",
        "gov",
        "gv",
        "ac",
        "edu",
        "int",
        "info",
        "news",
        "m",
        "amp",
        "mobile",
        "en",
    }
)


def normalize_space(text: str) -> str:
    """Collapse every kind of whitespace (incl. NO-BREAK SPACE and zero-width space) into single spaces
    and drop soft hyphens (invisible hyphenation hints)."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return _SPACES.sub(" ", text).strip()


def _compact(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if ch.isalnum())


def site_evidence(site_name: str | None = None, url: str | None = None) -> frozenset[str]:
    """Compact forms (lower case, letters and digits only) under which the site may name itself."""
    tokens: set[str] = set()
    if site_name:
        compact = _compact(site_name)
        tokens.add(compact)
        words = normalize_space(site_name).split(" ")
        if len(words) > 1 and words[0].casefold() == "the":
            tokens.add(_compact(" ".join(words[1:])))
    host = ""
    if url:
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").casefold()
        except ValueError:
            host = ""
    if host:
        labels = [label for label in host.split(".") if label]
        if len(labels) > 1:
            labels = labels[:-1]  # the top-level domain
        meaningful = [label for label in labels if label not in _PUBLIC_SUFFIX_PARTS]
        if meaningful:
            tokens.add(_compact(meaningful[-1]))
            tokens.add(_compact("".join(meaningful)))
        tokens.add(_compact(host.removeprefix("www.")))
    return frozenset(t for t in tokens if len(t) >= 2)


def names_site(segment: str, evidence: frozenset[str]) -> bool:
    """True when ``segment`` is the site's name: equal to an evidence token, perhaps with generic words
    around it (``BBC News`` for bbc.co.uk, ``The Guardian`` for theguardian.com, ``Reuters.com``)."""
    if not evidence:
        return False
    words = [w for w in re.split(r"[\s.]+", segment) if w]
    if not words or len(words) > 6:
        return False
    compact = _compact(segment)
    if compact in evidence:
        return True
    core = [w for w in words if w.casefold() not in _GENERIC_WORDS]
    if not core or len(core) > 4:
        return False
    core_compact = _compact(" ".join(core))
    return core_compact in evidence or any(
        len(token) >= 4 and (compact.startswith(token) or compact.endswith(token)) and len(core) == 1
        for token in evidence
    )


def _split(title: str) -> list[tuple[str, str]]:
    """Segments of ``title`` with the separator that precedes each (the first has ``""``)."""
    parts: list[tuple[str, str]] = []
    last, sep = 0, ""
    for match in _SEPARATOR.finditer(title):
        parts.append((sep, title[last : match.start()]))
        sep, last = match.group(0).strip(), match.end()
    parts.append((sep, title[last:]))
    return parts


_SEPARATOR_TAIL = re.compile(r"\s+" + _SEP + r"\s*$")
_SEPARATOR_HEAD = re.compile(r"^\s*" + _SEP + r"\s+")


def _strip_once(title: str, evidence: frozenset[str]) -> str:
    parts = _split(title)
    if len(parts) < 2:
        return title
    first, last = parts[0][1], parts[-1][1]
    if names_site(last, evidence):
        rest = _SEPARATOR_TAIL.sub("", title[: len(title) - len(last)]).strip()
        if _enough(rest):
            return rest
    if names_site(first, evidence) and parts[1][0] != ":":
        rest = _SEPARATOR_HEAD.sub("", title[len(first) :]).strip()
        if _enough(rest):
            return rest
    return title


def _enough(rest: str) -> bool:
    """A remainder must still read as a headline: ``Russia - NATO`` is a title, not ``Russia`` + site."""
    return len(rest.split(" ")) >= 2 and bool(_compact(rest))


def clean_title(title: str, *, site_name: str | None = None, url: str | None = None) -> str:
    """Normalise whitespace and strip leading/trailing site names that the evidence supports.

    Segments are stripped one at a time until none names the site; nothing is stripped if it would
    leave an empty title, so the result of a non-empty title is never empty.
    """
    current = normalize_space(title)
    evidence = site_evidence(site_name, url)
    while True:
        stripped = _strip_once(current, evidence)
        if stripped == current or not _compact(stripped):
            return current
        current = stripped


def affix_of(full: str, headline: str) -> str | None:
    """When ``full`` (say a ``<title>``) is ``headline`` plus a separator and more, return that rest.

    ``affix_of("Talks end - Example Times", "Talks end")`` is ``"Example Times"``: the page itself shows
    that the rest is not part of the headline. None when ``full`` is not built that way.
    """
    full_n, head_n = normalize_space(full), normalize_space(headline)
    if not head_n or len(full_n) <= len(head_n):
        return None
    if full_n.casefold().startswith(head_n.casefold()):
        match = _SEPARATOR_HEAD.match(full_n[len(head_n) :])
        if match and full_n[len(head_n)] == " ":
            return full_n[len(head_n) + match.end() :].strip() or None
    if full_n.casefold().endswith(head_n.casefold()):
        rest = full_n[: len(full_n) - len(head_n)]
        match = _SEPARATOR_TAIL.search(rest.rstrip() + " ")
        if match and rest.endswith(" "):
            return rest[: match.start()].strip() or None
    return None
