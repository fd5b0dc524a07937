"""Display helpers of the web layer: dates, sanitising, Markdown, snippets, URLs, parameters, the feed."""

from __future__ import annotations

import datetime as dt

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html

from detente.errors import NotFound
from detente.model import Precision
from detente.settings import Settings
from detente.store.queries import NewsItem, TopicRef
from detente.store.search import MARK_END, MARK_START
from detente.web import params, render
from detente.web.app import PageRoute
from detente.web.feed import atom_feed
from detente.web.views import settings_rows


@pytest.mark.parametrize(
    ("value", "precision", "shown", "machine"),
    [
        (dt.date(2015, 10, 5), "day", "05 Oct. 2015", "2015-10-05"),
        (dt.date(2015, 9, 29), Precision.DAY, "29 Sep. 2015", "2015-09-29"),
        (dt.date(2015, 5, 19), "day", "19 May. 2015", "2015-05-19"),  # the seed writes "May."
        (dt.date(2014, 4, 1), "month", "April 2014", "2014-04"),
        (dt.date(2014, 1, 1), Precision.YEAR, "2014", "2014"),
        (dt.date(991, 1, 2), None, "02 Jan. 0991", "0991-01-02"),
        (None, "day", "", ""),
    ],
)
def test_dates_in_the_seed_style(
    value: dt.date | None, precision: str | None, shown: str, machine: str
) -> None:
    assert render.human_date(value, precision) == shown
    assert render.machine_date(value, precision) == machine


# Payloads from the security checklist, section 1b (H-S1 to H-S9).
HOSTILE = [
    '<iframe src="javascript://youtube.com/%0Aalert(document.domain)"><p>child</p></iframe>',
    '<a href="JAVASCRIPT:alert(1)">x</a>',
    '<a href="data://youtube.com/text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a> <a href="ftp://example.org/">f</a>',
    '<a src="file:///etc/passwd" href="file:///etc/passwd">file</a>',
    '<td rowspan="<b>injection</b>">cell</td>',
    "<script>alert(1)</script><style>p{}</style><noscript>n</noscript><p hidden>h</p>",
    '<svg><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>',
    '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<video onloadstart="alert(1)"><source></video>',
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "<base href='javascript:alert(1)//'><a href='/x'>rel</a>",
    '<a href="https://ok.example/" onclick="alert(1)" rel="opener" target="_blank">ok</a>',
    "<div>" * 600 + "deep" + "</div>" * 600,
]


def _assert_clean(fragment: str) -> None:
    if not fragment.strip():
        return
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag in render.ALLOWED_TAGS or element is root, element.tag
        for name, value in element.attrib.items():
            assert not name.startswith("on")
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:", "/")), value
    for link in root.iter("a"):
        if link.get("href"):
            assert link.get("rel") == "noopener noreferrer nofollow"


@pytest.mark.parametrize("payload", HOSTILE)
def test_sanitize_leaves_nothing_executable(payload: str) -> None:
    cleaned = render.sanitize(payload)
    _assert_clean(cleaned)
    assert "<script" not in cleaned and "alert(1)</" not in cleaned
    assert render.sanitize(cleaned) == cleaned  # idempotent


def test_sanitize_drops_script_content_and_keeps_safe_links() -> None:
    assert render.sanitize("<p>a<script>alert(1)</script>b</p>") == "<p>ab</p>"
    assert "child" not in render.sanitize(HOSTILE[0])
    assert render.sanitize('<a href="https://ok.example/" rel="opener">ok</a>') == (
        '<a href="https://ok.example/" rel="noopener noreferrer nofollow">ok</a>'
    )
    assert (
        render.sanitize('<a href="javascript:alert(1)">x</a>')
        == '<a rel="noopener noreferrer nofollow">x</a>'
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdefghijklmnopqrstuvwxyz:&;!-?")), max_size=120))
def test_sanitize_is_idempotent_and_clean(text: str) -> None:
    once = render.sanitize(text)
    assert render.sanitize(once) == once
    _assert_clean(once)


def test_markdown_overview_is_rendered_without_raw_html() -> None:
    html = str(
        render.markdown_html(
            "# Title\n\nSome *text* <script>alert(1)</script>\n\n"
            "[bad](javascript:alert(1)) [good](https://nato.int/) <https://nato.int/auto>\n\n"
            "![pixel](https://evil.example/p.gif)\n\n- one\n- two"
        )
    )
    assert "<h2>Title</h2>" in html and "<em>text</em>" in html
    assert "&lt;script&gt;" in html and "<script" not in html
    hrefs = lxml_html.fragment_fromstring(html, create_parent="div").xpath("//a/@href")
    assert hrefs == ["https://nato.int/", "https://nato.int/auto"]  # the javascript: link stays text
    assert "<img" not in html and "pixel" in html
    assert "<li>one</li>" in html
    assert 'rel="noopener noreferrer nofollow"' in html
    assert str(render.markdown_html("")) == ""


def test_snippets_are_escaped_before_marking() -> None:
    raw = f"a <b>bold</b> & {MARK_START}NATO{MARK_END} and {MARK_START}Russia"
    html = str(render.snippet_html(raw))
    assert html == "a &lt;b&gt;bold&lt;/b&gt; &amp; <mark>NATO</mark> and <mark>Russia</mark>"
    sneaky = f"{MARK_START}<script>{MARK_END}"
    assert str(render.snippet_html(sneaky)) == "<mark>&lt;script&gt;</mark>"
    assert render.snippet_text(raw) == "a <b>bold</b> & NATO and Russia"


def test_paragraphs() -> None:
    assert render.paragraphs("One\nline.\n\nTwo  here.\n \nThree") == ["One line.", "Two here.", "Three"]
    assert render.paragraphs("A\nB") == ["A", "B"]
    assert render.paragraphs("   ") == []


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.nato.int/cps/en/natohq/news.htm", True),
        ("http://example.org/a?b=c", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example/x", False),
        ("/relative", False),
        ("https://", False),
        ("https://ok.example/a b", False),
        ("java\nscript:alert(1)", False),
        ("mailto:a@b.c", False),
        (None, False),
        ("", False),
    ],
)
def test_safe_url(url: str | None, safe: bool) -> None:
    assert (render.safe_url(url) is not None) is safe


def test_xml_text_removes_forbidden_characters() -> None:
    assert render.xml_text("a\x00b\x01c\x0bd\td\ne\ud800f") == "abcd\td\nef"


def test_page_numbers() -> None:
    assert params.page_number({}) == 1
    assert params.page_number({"page": " 3 "}) == 3
    for bad in ("abc", "0", "-1", "1.5", "99999999", "1e3"):
        with pytest.raises(params.BadRequest):
            params.page_number({"page": bad})


def test_dates_and_ranges() -> None:
    assert params.iso_day({"from": "2015-10-05"}, "from") == dt.date(2015, 10, 5)
    assert params.iso_day({"from": ""}, "from") is None
    for bad in ("2015-02-31", "2015-13-01", "05.10.2015", "2015-1-5", "yesterday"):
        with pytest.raises(params.BadRequest) as info:
            params.iso_day({"from": bad}, "from")
        assert info.value.status == 400 and info.value.reason == "bad_request"
    assert params.date_range({"from": "2015-01-01", "to": "2015-01-01"}) == (
        dt.date(2015, 1, 1),
        dt.date(2015, 1, 1),
    )
    with pytest.raises(params.BadRequest):
        params.date_range({"from": "2015-02-01", "to": "2015-01-01"})


def test_text_and_choice_params() -> None:
    assert params.text_param({"q": "  nato  "}, "q") == "nato"
    with pytest.raises(params.BadRequest):
        params.text_param({"q": "x" * 501}, "q")
    with pytest.raises(params.BadRequest):
        params.text_param({"q": "a\x00b"}, "q")
    assert params.choice({}, "order", ("relevance", "date")) == "relevance"
    assert params.choice({"order": "date"}, "order", ("relevance", "date")) == "date"
    with pytest.raises(params.BadRequest):
        params.choice({"order": "random"}, "order", ("relevance", "date"))
    assert params.document_id("42") == 42
    for bad in ("abc", "-1", "1" * 30, ""):
        with pytest.raises(NotFound):
            params.document_id(bad)


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("/", "/", {"format": None}),
        ("/", "/.json", {"format": "json"}),
        ("/topics/{slug}", "/topics/a-b", {"slug": "a-b", "format": None}),
        ("/topics/{slug}", "/topics/a-b.json", {"slug": "a-b", "format": "json"}),
        ("/topics/{slug}/news", "/topics/a/news.json", {"slug": "a", "format": "json"}),
        ("/topics/{slug}", "/topics/a/news", None),
        ("/topics/{slug}", "/topics/", None),
        ("/-/settings", "/-/settings.json", {"format": "json"}),
        ("/search", "/search.jsonx", None),
    ],
)
def test_page_route_regex(pattern: str, path: str, expected: dict[str, str | None] | None) -> None:
    route = PageRoute(pattern, lambda request: None, name="x")
    found = route.page_regex.match(path)
    assert (found.groupdict() if found else None) == expected


def test_settings_rows_hide_the_database_password() -> None:
    rows = {r["name"]: r for r in settings_rows(Settings(db="postgresql+psycopg://u:pw@h/db"))}
    assert rows["db"]["value"] == "postgresql+psycopg://u:***@h/db"
    assert rows["db"]["help"]
    assert {r["name"] for r in settings_rows(Settings())} >= {"db", "workers", "contact_url"}
    assert {r["name"]: r["value"] for r in settings_rows(Settings(db="x.db"))}["db"] == "x.db"


def test_atom_feed_escapes_and_strips_control_characters() -> None:
    topic = TopicRef(id=1, slug="t", title="T & <b>", overview="", updated_at=None)
    items = [
        NewsItem(
            id=7,
            published=dt.date(2015, 10, 5),
            precision="day",
            title="Bell\x07 <script>alert(1)</script> & co",
            teaser="Teaser\x00 ]]> text",
            url="javascript:alert(1)",
            source_name=None,
            source_url=None,
            updated_at=None,
        ),
        NewsItem(
            id=8,
            published=None,
            precision=None,
            title="Undated",
            teaser="",
            url="https://ok.example/8",
            source_name=None,
            source_url=None,
            updated_at=dt.datetime(2020, 1, 2, 3, 4, 5),
        ),
    ]
    body = atom_feed(topic, items, base_url="http://127.0.0.1:8000/")
    root = etree.fromstring(body)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.findtext("a:title", namespaces=ns) == "T & <b>"
    assert root.findtext("a:updated", namespaces=ns) == "2020-01-02T03:04:05Z"
    first, second = root.findall("a:entry", ns)
    assert first.findtext("a:title", namespaces=ns) == "Bell <script>alert(1)</script> & co"
    assert first.findtext("a:summary", namespaces=ns) == "Teaser ]]> text"
    assert [link.get("rel") for link in first.findall("a:link", ns)] == ["alternate"]
    assert second.find("a:link[@rel='related']", ns).get("href") == "https://ok.example/8"
    assert second.find("a:published", ns) is None
    assert second.findtext("a:summary", namespaces=ns) == "Undated"
    parsed = feedparser.parse(body)
    assert not parsed.bozo and len(parsed.entries) == 2
    assert parsed.entries[0].link == "http://127.0.0.1:8000/documents/7"
    empty = etree.fromstring(atom_feed(topic, [], base_url="http://h"))
    assert empty.findtext("a:updated", namespaces=ns) == "1970-01-01T00:00:00Z"
