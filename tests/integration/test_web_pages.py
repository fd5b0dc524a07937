"""The web pages: every route's HTML and JSON, the seed topic page, paging, filters, the feed, errors,
security headers and the HTML's structure."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from detente.contracts import topic_page
from detente.model import Article, Precision, TopicSpec
from detente.pipeline import Ingester
from detente.settings import Settings
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.topics import upsert_topic
from detente.web.app import CSP, create_app
from detente.web.server import get

SLUG = "nato-russia-relations"
OVERVIEW = (
    "NATO and Russia **worked together** for years.\n\n"
    "## Background\n\nSee [the Founding Act](https://www.nato.int/cps/en/natohq/official_texts_25468.htm)."
)
BASE_DATE = dt.date(2015, 1, 1)


def _article(n: int, **changes: object) -> Article:
    values: dict[str, object] = {
        "title": f"Meeting number {n} of the council",
        "body": f"Paragraph one of item {n} about the council and its work.\n\n"
        f"Paragraph two of item {n}: ambassadors discussed transparency, exercises and risk reduction.",
        "teaser": f"Teaser of item {n}.",
        "url": f"https://news.example.org/items/{n}",
        "published": BASE_DATE + dt.timedelta(days=n),
        "precision": Precision.DAY,
        "source": "news.example.org" if n % 2 else "other.example.net",
        "topics": [SLUG],
    }
    values.update(changes)
    return Article(**values)  # type: ignore[arg-type]


def populate(db: Database, settings: Settings) -> dict[str, int]:
    """25 dated items in the topic, one month- and one year-precision item, and an exact duplicate."""
    ids: dict[str, int] = {}
    with db.write() as conn:
        upsert_topic(conn, TopicSpec(slug=SLUG, title="NATO-Russia relations", overview=OVERVIEW))
        upsert_topic(conn, TopicSpec(slug="arms-control", title="Arms control", overview="Treaties."))

        def save(key: str, art: Article) -> None:
            result = save_article(conn, art, settings=settings, run_id="t", location="test", label=key)
            ids[key] = result.document_id

        for n in range(1, 24):
            save(f"n{n}", _article(n))
        save(
            "month",
            _article(
                100,
                title="Practical cooperation suspended",
                published=dt.date(2014, 4, 1),
                precision=Precision.MONTH,
                topics=[SLUG, "arms-control"],
            ),
        )
        save(
            "year",
            _article(101, title="A year only", published=dt.date(2013, 1, 1), precision=Precision.YEAR),
        )
        save(
            "dup",
            _article(102, title="Copy of meeting 5", body=_article(5).body, published=dt.date(2015, 1, 7)),
        )
    return ids


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database.open(settings)
    yield database
    database.close()


@pytest.fixture
def ids(db: Database, settings: Settings) -> dict[str, int]:
    return populate(db, settings)


@pytest.fixture
def client(db: Database, settings: Settings, ids: dict[str, int]) -> TestClient:
    return TestClient(create_app(settings, db=db))


def tree(body: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(body)


def check_page(body: str) -> lxml_html.HtmlElement:
    """Structure every HTML page shares: language, viewport, landmarks, one h1, ordered headings,
    a search form, no script and no resource from elsewhere."""
    doc = tree(body)
    assert doc.get("lang") == "en"
    assert doc.xpath("//meta[@name='viewport']")
    for landmark in ("header", "nav", "main", "footer"):
        assert len(doc.xpath(f"//{landmark}")) >= 1, landmark
    assert len(doc.xpath("//main")) == 1
    assert len(doc.xpath("//h1")) == 1
    levels = [int(h.tag[1]) for h in doc.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"heading jumps from h{before} to h{after}"
    assert doc.xpath("//form[@action='/search' and @method='get']//input[@name='q']")
    assert not doc.xpath("//script | //iframe | //object | //embed")
    for element in doc.xpath("//*[@src] | //link[@href]"):
        ref = element.get("src") or element.get("href")
        assert ref.startswith("/"), f"resource from elsewhere: {ref}"
    for link in doc.xpath("//a"):
        assert link.text_content().strip(), "a link without text"
    for element in doc.iter():
        if isinstance(element.tag, str):
            assert not any(name.lower().startswith("on") for name in element.attrib)
    for label_for in doc.xpath("//input[@id]/@id | //select[@id]/@id"):
        assert doc.xpath(f"//label[@for='{label_for}']"), f"no label for #{label_for}"
    return doc


def assert_secure_headers(response: object) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    assert headers["content-security-policy"] == CSP
    assert "default-src 'none'" in CSP and "frame-ancestors 'none'" in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"


HTML_PAGES = [
    "/",
    f"/topics/{SLUG}",
    f"/topics/{SLUG}/news",
    f"/topics/{SLUG}/news?page=2",
    "/documents/{n1}",
    "/search",
    "/search?q=council",
    "/-/settings",
]


@pytest.mark.parametrize("path", HTML_PAGES)
def test_every_html_page_is_well_formed(client: TestClient, ids: dict[str, int], path: str) -> None:
    response = client.get(path.format(**ids))
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert_secure_headers(response)
    doc = check_page(response.text)
    twin = doc.xpath("//link[@rel='alternate' and @type='application/json']/@href")
    assert twin and client.get(twin[0]).status_code == 200


def test_index_lists_topics_with_counts(client: TestClient) -> None:
    page = check_page(client.get("/").text)
    text = page.text_content()
    assert "NATO-Russia relations" in text and "Arms control" in text
    assert "25 documents" in text  # 23 + month + year; the duplicate is not counted
    data = client.get("/.json").json()
    by_slug = {t["slug"]: t for t in data["topics"]}
    assert by_slug[SLUG]["documents"] == 25
    assert by_slug[SLUG]["last_published"] == "2015-01-24"
    assert by_slug["arms-control"]["documents"] == 1
    assert by_slug[SLUG]["path"] == f"/topics/{SLUG}"


def test_topic_page_shows_overview_latest_ten_and_sources(client: TestClient, ids: dict[str, int]) -> None:
    doc = check_page(client.get(f"/topics/{SLUG}").text)
    assert doc.xpath("//h1")[0].text_content() == "NATO-Russia relations"
    overview = doc.xpath("//section[contains(@class,'overview')]")[0]
    assert overview.xpath(".//strong")[0].text == "worked together"
    assert overview.xpath(".//h2")[0].text == "Background"
    link = overview.xpath(".//a")[0]
    assert link.get("rel") == "noopener noreferrer nofollow"
    items = doc.xpath("//ol[@class='news']/li")
    assert len(items) == 10
    first = items[0]
    assert first.xpath(".//time")[0].text == "24 Jan. 2015"
    assert first.xpath(".//h3/a")[0].get("href") == f"/documents/{ids['n23']}"
    more = first.xpath(".//p[@class='more']/a")[0]
    assert more.get("href") == f"/documents/{ids['n23']}"
    assert more.text_content() == "more: Meeting number 23 of the council"
    assert doc.xpath("//a[text()='More news']/@href") == [f"/topics/{SLUG}/news"]
    assert set(doc.xpath("//ul[@class='sources']//a/text()")) == set()  # sources have no URL here
    assert set(doc.xpath("//ul[@class='sources']/li/text()")) == {"news.example.org", "other.example.net"}
    assert doc.xpath("//link[@type='application/atom+xml']/@href") == [f"/topics/{SLUG}/feed.atom"]


def test_topic_json_is_the_contract(client: TestClient, db: Database) -> None:
    data = client.get(f"/topics/{SLUG}.json").json()
    with db.read() as conn:
        assert data == topic_page(conn, SLUG, page=1, per_page=10)
    assert set(data) == {"topic", "items", "page", "pages"}
    assert set(data["topic"]) == {"slug", "title", "overview"}
    assert len(data["items"]) == 10 and data["page"] == 1 and data["pages"] == 3
    assert set(data["items"][0]) == {"id", "published", "precision", "title", "teaser", "url", "source_url"}
    assert [i["published"] for i in data["items"][:2]] == ["2015-01-24", "2015-01-23"]


def test_archive_pages_through_everything_newest_first(client: TestClient, db: Database) -> None:
    one = client.get(f"/topics/{SLUG}/news.json").json()
    two = client.get(f"/topics/{SLUG}/news.json?page=2").json()
    assert (one["page"], one["pages"], len(one["items"])) == (1, 2, 20)
    assert (two["page"], two["pages"], len(two["items"])) == (2, 2, 5)
    with db.read() as conn:
        assert one == topic_page(conn, SLUG, page=1, per_page=20)
        assert two == topic_page(conn, SLUG, page=2, per_page=20)
    dates = [i["published"] for i in one["items"] + two["items"]]
    assert dates[-2:] == ["2014-04", "2013"]
    page = check_page(client.get(f"/topics/{SLUG}/news").text)
    assert page.xpath("//nav[@class='pager']//a[@rel='next']/@href") == [f"/topics/{SLUG}/news?page=2"]
    last = check_page(client.get(f"/topics/{SLUG}/news?page=2").text)
    assert last.xpath("//nav[@class='pager']//a[@rel='prev']/@href") == [f"/topics/{SLUG}/news"]
    assert "April 2014" in last.text_content() and "2013" in last.text_content()
    assert client.get(f"/topics/{SLUG}/news?page=3").status_code == 404


def test_archive_filters_by_dates_and_source(client: TestClient) -> None:
    data = client.get(f"/topics/{SLUG}/news.json?from=2015-01-10&to=2015-01-12").json()
    assert [i["published"] for i in data["items"]] == ["2015-01-12", "2015-01-11", "2015-01-10"]
    data = client.get(f"/topics/{SLUG}/news.json?source=other.example.net").json()
    assert len(data["items"]) == 12 and all(int(i["url"].rsplit("/", 1)[1]) % 2 == 0 for i in data["items"])
    page = check_page(client.get(f"/topics/{SLUG}/news?source=other.example.net&from=2015-01-01").text)
    assert page.xpath("//select[@name='source']/option[@selected]/@value") == ["other.example.net"]
    assert page.xpath("//input[@name='from']/@value") == ["2015-01-01"]
    assert client.get(f"/topics/{SLUG}/news?source=nowhere").status_code == 400


def test_document_page_text_dates_links_topics(client: TestClient, ids: dict[str, int]) -> None:
    doc = check_page(client.get(f"/documents/{ids['month']}").text)
    assert doc.xpath("//h1")[0].text_content() == "Practical cooperation suspended"
    assert doc.xpath("//dd/time")[0].text == "April 2014"
    assert doc.xpath("//dd/time/@datetime") == ["2014-04"]
    assert len(doc.xpath("//div[@class='body']/p")) == 2
    original = doc.xpath("//a[@class='original']")[0]
    assert original.get("href") == "https://news.example.org/items/100"
    assert original.get("rel") == "noopener noreferrer nofollow"
    assert set(doc.xpath("//dd/ul[@class='inline']//a/@href")) == {f"/topics/{SLUG}", "/topics/arms-control"}
    year = check_page(client.get(f"/documents/{ids['year']}").text)
    assert year.xpath("//dd/time")[0].text == "2013"
    data = client.get(f"/documents/{ids['month']}.json").json()
    assert data["published"] == "2014-04" and data["precision"] == "month"
    assert data["source"] == {"name": "other.example.net", "url": None}
    assert {t["slug"] for t in data["topics"]} == {SLUG, "arms-control"}
    assert set(data) == {
        "id",
        "title",
        "published",
        "precision",
        "teaser",
        "body",
        "url",
        "language",
        "kind",
        "source",
        "topics",
        "duplicate_of",
        "duplicates",
        "events",
        "events_truncated",
    }


def test_document_page_links_near_duplicates_both_ways(client: TestClient, ids: dict[str, int]) -> None:
    original = client.get(f"/documents/{ids['n5']}.json").json()
    assert [d["id"] for d in original["duplicates"]] == [ids["dup"]]
    assert original["duplicates"][0]["similarity"] == 1.0
    copy = client.get(f"/documents/{ids['dup']}.json").json()
    assert copy["duplicate_of"]["id"] == ids["n5"] and copy["duplicates"] == []
    page = check_page(client.get(f"/documents/{ids['dup']}").text)
    assert page.xpath("//section[@class='duplicates']//a/@href") == [f"/documents/{ids['n5']}"]
    page = check_page(client.get(f"/documents/{ids['n5']}").text)
    assert page.xpath("//section[@class='duplicates']//a/@href") == [f"/documents/{ids['dup']}"]


def test_search_snippets_filters_order_and_paging(client: TestClient, ids: dict[str, int]) -> None:
    data = client.get("/search.json?q=ambassadors+transparency").json()
    assert data["total"] == 25 and data["pages"] == 2 and len(data["items"]) == 20
    assert "<mark>ambassadors</mark>" in data["items"][0]["snippet_html"]
    assert "\ue000" not in data["items"][0]["snippet"]
    by_date = client.get("/search.json?q=ambassadors&order=date").json()
    assert by_date["items"][0]["published"] == "2015-01-24" and by_date["order"] == "date"
    second = client.get("/search.json?q=ambassadors&order=date&page=2").json()
    assert len(second["items"]) == 5
    filtered = client.get("/search.json?q=ambassadors&topic=arms-control").json()
    assert [i["id"] for i in filtered["items"]] == [ids["month"]]
    dated = client.get(
        "/search.json?q=ambassadors&from=2015-01-20&to=2015-01-21&source=other.example.net"
    ).json()
    assert [i["published"] for i in dated["items"]] == ["2015-01-21"]
    assert dated["filters"] == {
        "topic": None,
        "source": "other.example.net",
        "from": "2015-01-20",
        "to": "2015-01-21",
    }
    page = check_page(client.get("/search?q=ambassadors&order=date").text)
    assert len(page.xpath("//ol[@class='results']/li")) == 20
    assert page.xpath("//p[@class='snippet']/mark")
    assert page.xpath("//nav[@class='pager']//a[@rel='next']/@href") == [
        "/search?q=ambassadors&order=date&page=2"
    ]
    assert page.xpath("//header//input[@name='q']/@value") == ["ambassadors"]
    empty = client.get("/search.json").json()
    assert empty["items"] == [] and empty["total"] == 0


def test_search_escapes_before_marking(client: TestClient, db: Database, settings: Settings) -> None:
    body = "The <b>council</b> & friends met; the council said <script>alert(1)</script> nothing more here."
    with db.write() as conn:
        save_article(
            conn, _article(300, body=body), settings=settings, run_id="t", location="test", label="html"
        )
    data = client.get("/search.json?q=friends").json()
    snippet = data["items"][0]["snippet_html"]
    assert "&lt;b&gt;" in snippet and "&lt;script&gt;" in snippet and "<mark>friends</mark>" in snippet
    page = client.get("/search?q=friends").text
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_atom_feed_is_valid(client: TestClient, ids: dict[str, int]) -> None:
    response = client.get(f"/topics/{SLUG}/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert_secure_headers(response)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "NATO-Russia relations"
    assert len(parsed.entries) == 20
    first = parsed.entries[0]
    assert first.title == "Meeting number 23 of the council"
    assert first.link == f"http://testserver/documents/{ids['n23']}"
    assert first.summary == "Teaser of item 23."
    assert first.updated.startswith("2015-01-24T00:00:00")
    root = etree.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for entry in root.findall("a:entry", ns):
        for child in ("id", "title", "updated", "link", "summary"):
            assert entry.find(f"a:{child}", ns) is not None, child
    assert root.find("a:author/a:name", ns) is not None
    assert root.find("a:link[@rel='self']", ns) is not None


def test_feed_of_a_missing_topic_is_404(client: TestClient) -> None:
    response = client.get("/topics/nothing-here/feed.atom")
    assert response.status_code == 404
    assert_secure_headers(response)


def test_settings_page_lists_settings_without_secrets(db: Database, tmp_path: Path) -> None:
    settings = Settings(db="postgresql+psycopg://user:s3cret@127.0.0.1:5432/x", progress=False)
    client = TestClient(create_app(settings, db=db))
    data = client.get("/-/settings.json").json()
    rows = {row["name"]: row for row in data["settings"]}
    assert set(rows["workers"]) == {"name", "value", "help"}
    assert rows["workers"]["value"] == 0 and rows["workers"]["help"]
    assert "s3cret" not in json.dumps(data) and "s3cret" not in client.get("/-/settings").text
    assert rows["db"]["value"] == "postgresql+psycopg://user:***@127.0.0.1:5432/x"


def test_static_files_are_served(client: TestClient) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert_secure_headers(css)
    assert "@import" not in css.text and "url(" not in css.text  # nothing fetched from anywhere
    assert client.get("/static/favicon.svg").status_code == 200
    missing = client.get("/static/nothing.css")
    assert missing.status_code == 404
    assert_secure_headers(missing)


JSON_ROUTES = [
    "/.json",
    f"/topics/{SLUG}.json",
    f"/topics/{SLUG}/news.json",
    "/documents/{n1}.json",
    "/search.json?q=council",
    "/-/settings.json",
]


def assert_error_shape(response: object, status: int, reason: str) -> None:
    assert response.status_code == status  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/json"  # type: ignore[attr-defined]
    assert_secure_headers(response)
    data = response.json()  # type: ignore[attr-defined]
    assert set(data) == {"ok", "error"} and data["ok"] is False
    assert set(data["error"]) == {"status", "reason", "message"}
    assert data["error"]["status"] == status and data["error"]["reason"] == reason
    assert isinstance(data["error"]["message"], str) and data["error"]["message"]


@pytest.mark.parametrize("path", JSON_ROUTES)
def test_every_json_route_answers_json(client: TestClient, ids: dict[str, int], path: str) -> None:
    response = client.get(path.format(**ids))
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert_secure_headers(response)
    assert isinstance(response.json(), dict)


@pytest.mark.parametrize(
    ("path", "status", "reason"),
    [
        ("/nothing.json", 404, "not_found"),
        ("/topics/no-such-topic.json", 404, "not_found"),
        ("/topics/no-such-topic/news.json", 404, "not_found"),
        ("/documents/999999.json", 404, "not_found"),
        ("/documents/abc.json", 404, "not_found"),
        (f"/topics/{SLUG}/news.json?page=99", 404, "not_found"),
        (f"/topics/{SLUG}/news.json?page=abc", 400, "bad_request"),
        (f"/topics/{SLUG}/news.json?page=0", 400, "bad_request"),
        (f"/topics/{SLUG}/news.json?from=2015-02-31", 400, "bad_request"),
        (f"/topics/{SLUG}/news.json?to=yesterday", 400, "bad_request"),
        (f"/topics/{SLUG}/news.json?from=2015-03-01&to=2015-02-01", 400, "bad_request"),
        (f"/topics/{SLUG}/news.json?source=nowhere", 400, "bad_request"),
        ("/search.json?q=x&page=abc", 400, "bad_request"),
        ("/search.json?q=x&order=random", 400, "bad_request"),
        ("/search.json?q=x&from=2015-13-01", 400, "bad_request"),
        ("/search.json?q=x&topic=no-such-topic", 400, "bad_request"),
        ("/search.json?q=council&page=50", 404, "not_found"),
        ("/-/nothing.json", 404, "not_found"),
    ],
)
def test_json_errors_have_one_shape(client: TestClient, path: str, status: int, reason: str) -> None:
    assert_error_shape(client.get(path), status, reason)


@pytest.mark.parametrize("path", JSON_ROUTES)
def test_every_json_route_errors_in_the_same_shape(
    client: TestClient, ids: dict[str, int], path: str
) -> None:
    """Each .json route's error form: a bad page number (400) or a missing object (404), or a POST (405)."""
    url = path.format(**ids)
    sep = "&" if "?" in url else "?"
    bad = client.get(f"{url}{sep}page=abc")
    if bad.status_code == 400:
        assert_error_shape(bad, 400, "bad_request")
    assert_error_shape(client.post(url), 405, "method_not_allowed")


def test_html_errors_are_pages(client: TestClient) -> None:
    response = client.get("/topics/no-such-topic")
    assert response.status_code == 404 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert_secure_headers(response)
    doc = check_page(response.text)
    assert "404" in doc.xpath("//h1")[0].text_content()
    bad = client.get(f"/topics/{SLUG}/news?page=abc")
    assert bad.status_code == 400 and "page must be a positive whole number" in bad.text


def test_server_errors_give_the_500_page_and_json(settings: Settings, tmp_path: Path) -> None:
    broken = Database.open(Settings(db=str(tmp_path / "empty.db")), migrate=False)  # no tables
    client = TestClient(create_app(settings, db=broken), raise_server_exceptions=False)
    page = client.get(f"/topics/{SLUG}")
    assert page.status_code == 500 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert_secure_headers(page)
    assert "no such table" not in page.text  # details go to the log, not to the visitor
    check_page(page.text)
    assert_error_shape(client.get(f"/topics/{SLUG}.json"), 500, "internal_error")
    broken.close()


def test_head_requests_work(client: TestClient) -> None:
    response = client.head(f"/topics/{SLUG}")
    assert response.status_code == 200 and response.content == b""


def test_get_runs_one_request_in_process(db: Database, settings: Settings, ids: dict[str, int]) -> None:
    status, content_type, body = get(settings, f"/topics/{SLUG}.json")
    assert status == 200 and content_type == "application/json"
    assert json.loads(body)["topic"]["slug"] == SLUG
    status, content_type, body = get(settings, "documents/999999")
    assert status == 404 and content_type.startswith("text/html") and b"404" in body
    status, _, body = get(settings, "/search.json?q=council&order=date")
    assert status == 200 and json.loads(body)["total"] == 25


def test_get_works_inside_a_running_event_loop(db: Database, settings: Settings, ids: dict[str, int]) -> None:
    # a notebook or an async caller already runs a loop in this thread; get() must not try to re-enter it
    async def inside() -> tuple[int, str, bytes]:
        return get(settings, f"/topics/{SLUG}.json")

    status, content_type, body = asyncio.run(inside())
    assert status == 200 and content_type == "application/json"
    assert json.loads(body)["topic"]["slug"] == SLUG


def test_app_opens_and_closes_its_own_database(settings: Settings, ids: dict[str, int]) -> None:
    app = create_app(settings)
    assert app.state.settings is settings and app.state.owns_db
    with TestClient(app) as client:
        assert client.get("/.json").status_code == 200


# --- the seed -------------------------------------------------------------------------------------------

SEED_ITEMS = [
    (
        "05 Oct. 2015",
        "2015-10-05",
        "NATO Secretary General expresses solidarity with Turkey following Russian air space violation",
        "I just met with the Foreign Minister of Turkey Feridun Sinirlioğlu to discuss the recent military "
        "actions of the Russian Federation in and around Syria. Including the unacceptable violations of "
        "Turkish airspace by Russian combat aircraft.",
    ),
    (
        "29 Sep. 2015",
        "2015-09-29",
        "NATO Secretary General meets world leaders in New York",
        "NATO Secretary General Jens Stoltenberg held talks with several world leaders in New York in the "
        "margins of the opening of the United Nations General Assembly.",
    ),
    (
        "19 May. 2015",
        "2015-05-19",
        "NATO Secretary General meets Russian Foreign Minister",
        "The NATO Secretary General Jens Stoltenberg met the Minister of Foreign Affairs of the Russian "
        "Federation Sergey Lavrov at the Palais d'Egmont in Brussels on Tuesday (19 May 2015).",
    ),
]


def test_seed_topic_page_matches_the_seed(shared_data: type, settings: Settings) -> None:
    seed = shared_data.path("seed", "nato-russia-relations.txt")  # type: ignore[attr-defined]
    db = Database.open(settings)
    Ingester(db, settings).run([str(seed)])
    client = TestClient(create_app(settings, db=db))
    response = client.get(f"/topics/{SLUG}")
    assert response.status_code == 200
    doc = check_page(response.text)
    assert doc.xpath("//h1")[0].text_content() == "NATO-Russia relations"
    overview = " ".join(doc.xpath("//section[contains(@class,'overview')]")[0].text_content().split())
    assert overview.startswith("For more than 30 years, NATO tried to build a partnership with Russia")
    assert overview.endswith(
        "respond to Russian threats and hostile actions in a united and responsible way."
    )
    items = doc.xpath("//ol[@class='news']/li")
    assert len(items) == 3
    for li, (shown, iso, title, teaser_start) in zip(items, SEED_ITEMS, strict=True):
        assert li.xpath(".//time")[0].text == shown
        assert li.xpath(".//time/@datetime") == [iso]
        heading = li.xpath(".//h3/a")[0]
        assert heading.text_content() == title
        teaser = li.xpath(".//p[@class='teaser']")[0].text_content()
        assert teaser.startswith(teaser_start)
        more = li.xpath(".//p[@class='more']/a")[0]
        assert more.text_content().startswith("more")
        assert more.get("href") == heading.get("href")
        article = client.get(more.get("href"))
        assert article.status_code == 200
        article_doc = check_page(article.text)
        assert article_doc.xpath("//h1")[0].text_content() == title
        assert article_doc.xpath("//dd/time")[0].text == shown
        assert teaser_start in article_doc.xpath("//div[@class='body']")[0].text_content()
    assert doc.xpath("//a[text()='More news']/@href") == [f"/topics/{SLUG}/news"]
    # attribution present: the seed names no publisher, and the page says so
    assert "do not name their publisher" in doc.xpath("//section[@class='attribution']")[0].text_content()
    data = client.get(f"/topics/{SLUG}.json").json()
    assert [i["published"] for i in data["items"]] == ["2015-10-05", "2015-09-29", "2015-05-19"]
    with db.read() as conn:
        assert data == topic_page(conn, SLUG, page=1, per_page=10)
    db.close()


def test_html_has_no_inline_style_or_event_handlers(client: TestClient, ids: dict[str, int]) -> None:
    for path in HTML_PAGES:
        body = client.get(path.format(**ids)).text
        assert not re.search(r"<style|style=|<script|javascript:", body, re.IGNORECASE), path


def test_favicon_ico_points_at_the_svg_icon(client: TestClient) -> None:
    response = client.get("/favicon.ico", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"] == "/static/favicon.svg"
    assert "content-security-policy" in response.headers
    assert client.get("/static/favicon.svg").status_code == 200
