"""Hostile text in titles, teasers, bodies, URLs, source names and overviews renders as inert text."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html
from sqlalchemy import insert, select, update

from detente.model import Article, Precision, TopicSpec
from detente.pipeline import Ingester
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.schema import documents, sources
from detente.store.topics import upsert_topic
from detente.web.app import CSP, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><script src=//evil.example/x.js></script>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">click</a>',
    '<iframe src="javascript://youtube.com/%0Aalert(document.domain)"></iframe>',
    '<video onloadstart="alert(1)"><source></video>',
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>",
    "<base href='javascript:alert(1)//'>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "{{ 7 * 7 }} {% raw %}",
]
HOSTILE_URLS = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    'https://ok.example/"><script>alert(1)</script>',
    "java\tscript:alert(1)",
]
TOPIC = "hostile"
_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|file)\s*:", re.IGNORECASE)
_DANGEROUS_TAGS = (
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "video",
    "audio",
    "img",
    "base",
    "style",
)


def assert_inert(body: str) -> None:
    """No executable markup: no dangerous elements, no on* attributes, no script URLs, no refresh."""
    assert not re.search(r"<\s*script", body, re.IGNORECASE), "a literal <script> tag"
    doc = lxml_html.document_fromstring(body)
    for tag in _DANGEROUS_TAGS:
        assert not doc.xpath(f"//{tag}"), f"<{tag}> in the page"
    assert not doc.xpath("//meta[@http-equiv]")
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"{name} on <{element.tag}>"
            if name.lower() in {"href", "src", "action", "formaction", "xlink:href", "to", "srcdoc"}:
                assert not _BAD_SCHEME.match(value), f"{name}={value!r} on <{element.tag}>"
                if element.tag in {"a", "link", "form"} and not value.startswith(("/", "#", "?")):
                    assert value.startswith(("https://", "http://", "mailto:")), value


def _hostile_articles() -> Iterator[Article]:
    for n, payload in enumerate(PAYLOADS):
        yield Article(
            title=f"Title {n} {payload}",
            teaser=f"Teaser {n} {payload}",
            body=f"Body {n} first paragraph {payload}\n\nSecond paragraph {payload} "
            + " ".join(f"word{n}x{i}" for i in range(20)),
            url=HOSTILE_URLS[n] if n < len(HOSTILE_URLS) else f"https://plain.example/{n}",
            published=dt.date(2015, 1, 1) + dt.timedelta(days=n),
            precision=Precision.DAY,
            source=f"source {payload}" if n < 3 else "plain.example",
            topics=[TOPIC],
        )


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    db = Database.open(settings)
    overview = "\n\n".join(
        [
            "Overview with **markdown** and raw HTML:",
            *PAYLOADS,
            "[a script link](javascript:alert(1)) and [data](data:text/html,x) and <javascript:alert(1)>",
            "[ok](https://www.nato.int/) and ![tracker](https://evil.example/pixel.gif)",
        ]
    )
    with db.write() as conn:
        upsert_topic(
            conn, TopicSpec(slug=TOPIC, title='Hostile <script>alert("t")</script>', overview=overview)
        )
        for art in _hostile_articles():
            save_article(conn, art, settings=settings, run_id="h", location="test", label=art.title[:20])
        conn.execute(
            update(sources).where(sources.c.name == "plain.example").values(url="javascript:alert(1)")
        )
        conn.execute(
            insert(sources).values(
                name="<b>bold source</b>", url="https://ok.example/", created_at=dt.datetime.now(dt.UTC)
            )
        )
    # The same payloads through the ingest pipeline: a topic page in the seed's text format.
    text = ["Hostile page <script>alert(2)</script>", "An overview <img src=x onerror=alert(2)>.", "moreNews"]
    for n, payload in enumerate(PAYLOADS[:6]):
        text += [f"Scraped {n} {payload}", f"0{n + 1} Oct. 2015Teaser {payload}", "more"]
    page = tmp_path / "hostile-page.txt"
    page.write_text("\n".join(text), encoding="utf-8")
    summary = Ingester(db, settings).run([str(page)])
    assert summary.as_dict()["ingested"] >= 1, summary.as_dict()
    yield TestClient(create_app(settings, db=db))
    db.close()


def _pages(client: TestClient) -> list[str]:
    paths = [
        "/",
        f"/topics/{TOPIC}",
        f"/topics/{TOPIC}/news",
        "/search?q=alert",
        "/search?q=script&order=date",
    ]
    for topic in client.get("/.json").json()["topics"]:
        paths.append(topic["path"])
        for item in client.get(f"{topic['path']}/news.json").json()["items"]:
            paths.append(f"/documents/{item['id']}")
    return paths


def test_hostile_text_renders_inert(client: TestClient) -> None:
    paths = _pages(client)
    assert len(paths) > 20
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"] == CSP
        assert_inert(response.text)


def test_hostile_text_is_shown_as_text(client: TestClient) -> None:
    doc = lxml_html.document_fromstring(client.get(f"/topics/{TOPIC}").text)
    titles = [a.text_content() for a in doc.xpath("//ol[@class='news']//h3/a")]
    assert "Title 10 </title><script>alert(1)</script>" in titles
    assert "Title 13 {{ 7 * 7 }} {% raw %}" in titles  # no template evaluation of data
    assert doc.xpath("//h1")[0].text_content() == 'Hostile <script>alert("t")</script>'
    overview = doc.xpath("//section[contains(@class,'overview')]")[0]
    assert "<script>alert(1)</script>" in overview.text_content()  # raw HTML in Markdown is text
    links = overview.xpath(".//a/@href")
    assert links == ["https://www.nato.int/"]
    assert overview.xpath(".//a/@rel") == ["noopener noreferrer nofollow"]
    assert "tracker" in overview.text_content()  # images show their alternative text only
    sources_shown = doc.xpath("//ul[@class='sources']/li")
    assert any(li.text_content() == "source <script>alert(1)</script>" for li in sources_shown)
    assert not doc.xpath("//ul[@class='sources']//a[starts-with(@href,'javascript')]")


def test_hostile_urls_are_not_linked(client: TestClient) -> None:
    items = client.get(f"/topics/{TOPIC}/news.json").json()["items"]
    by_title = {i["title"]: i for i in items}
    item = by_title["Title 0 <script>alert(1)</script>"]
    assert item["url"] == "javascript:alert(1)"  # the JSON keeps the stored value; HTML never links it
    doc = lxml_html.document_fromstring(client.get(f"/documents/{item['id']}").text)
    assert not doc.xpath("//a[@class='original']")
    assert doc.xpath("//span[@class='url-text']")[0].text_content() == "javascript:alert(1)"
    body = [p.text_content() for p in doc.xpath("//div[@class='body']/p")]
    assert body[0] == "Body 0 first paragraph <script>alert(1)</script>"
    assert len(items) == len(PAYLOADS)  # none was taken for a near-duplicate
    quoted = by_title[f"Title 5 {PAYLOADS[5]}"]
    assert quoted["url"] == 'https://ok.example/"><script>alert(1)</script>'
    page = client.get(f"/documents/{quoted['id']}").text
    assert_inert(page)
    original = lxml_html.document_fromstring(page).xpath("//a[@class='original']/@href")
    assert original == ['https://ok.example/"><script>alert(1)</script>']  # an attribute value, escaped


def test_hostile_feed_is_well_formed_text(client: TestClient) -> None:
    response = client.get(f"/topics/{TOPIC}/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-security-policy"] == CSP
    root = etree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in root.findall("a:entry", ns)]
    assert "Title 0 <script>alert(1)</script>" in titles
    for element in root.iter():
        assert element.tag.startswith("{http://www.w3.org/2005/Atom}"), element.tag  # no injected elements
    hrefs = [link.get("href") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    assert not any(_BAD_SCHEME.match(h) for h in hrefs)


def test_search_snippets_with_hostile_text_stay_escaped(client: TestClient) -> None:
    data = client.get("/search.json?q=onerror").json()
    assert data["total"] >= 1
    for item in data["items"]:
        assert "<img" not in item["snippet_html"]
        assert "&lt;img" in item["snippet_html"] or "onerror" in item["snippet_html"]
    assert_inert(client.get("/search?q=onerror").text)


def test_feedparser_sanitizer_fixtures_render_inert(shared_data: type, settings: Settings) -> None:
    folder = shared_data.path(  # type: ignore[attr-defined]
        "data", "corpora", "feed-fixtures", "feedparser", "tests", "wellformed", "sanitize"
    )
    db = Database.open(settings)
    Ingester(db, settings.replace(workers=1), topic="fixtures").run([str(folder)])
    client = TestClient(create_app(settings, db=db))
    news = client.get("/topics/fixtures/news.json")
    assert news.status_code == 200
    pages = news.json()["pages"]
    for page in range(1, pages + 1):
        assert_inert(client.get(f"/topics/fixtures/news?page={page}").text)
    with db.read() as conn:
        ids = [int(i) for i in conn.execute(select(documents.c.id)).scalars()]
    assert len(ids) >= 10  # every stored document, duplicates included (most fixtures have no title)
    for doc_id in ids:
        response = client.get(f"/documents/{doc_id}")
        assert response.status_code == 200
        assert_inert(response.text)
    assert_inert(client.get("/topics/fixtures").text)
    db.close()
