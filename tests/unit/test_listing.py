"""Listing (index) pages: entries found by shape, topic pages, noise left out."""

from __future__ import annotations

import datetime as dt
import gzip
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.extract.decode import decode_html
from detente.ingest.listing import looks_like_listing, parse_listing
from detente.model import Article, ItemResult, Parsed, Precision, RawDocument, Reason
from detente.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "listing"
SETTINGS = Settings(progress=False)
KREMLIN = ("data", "corpora", "kremlin-en-nato-pages")


def parse(
    data: str | bytes, url: str | None = None, location: str = "page.html"
) -> tuple[Parsed, list[ItemResult]]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    parsed = parse_listing(RawDocument(location=location, data=raw, url=url), SETTINGS)
    return parsed, list(parsed.items)


def articles(items: list[ItemResult]) -> list[Article]:
    out = []
    for item in items:
        assert item.article is not None, (item.label, item.reason, item.detail)
        out.append(item.article)
    return out


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# --- a NATO-style topic page ---------------------------------------------------------------------------

NATO_URL = "https://www.nato.int/cps/en/natohq/topics_50090.htm"


def test_topic_page() -> None:
    data = fixture("nato_topic.html")
    assert looks_like_listing(data.decode("utf-8"))
    parsed, items = parse(data, url=NATO_URL, location="nato_topic.html")
    assert [(t.slug, t.title) for t in parsed.topics] == [("nato-russia-relations", "NATO-Russia relations")]
    assert parsed.topics[0].overview == (
        "For decades NATO tried to build a partnership with Russia, developing dialogue and practical "
        "cooperation in areas of common interest.\n\n"
        "The Alliance keeps channels of communication open to reduce risks and prevent escalation."
    )
    got = articles(items)
    assert [(a.title, a.published, a.precision, a.url) for a in got] == [
        (
            "Secretary General expresses solidarity with Turkey",
            dt.date(2015, 10, 5),
            Precision.DAY,
            "https://www.nato.int/cps/en/natohq/news_123.htm",
        ),
        (
            "Secretary General meets world leaders in New York",
            dt.date(2015, 9, 29),
            Precision.DAY,
            "https://www.nato.int/cps/en/natohq/news_122.htm",
        ),
        (
            "Secretary General meets Russian Foreign Minister",
            dt.date(2015, 5, 19),
            Precision.DAY,
            "https://www.nato.int/cps/en/natohq/news_121.htm",
        ),
    ]
    assert (
        got[0].teaser
        == "The Secretary General met the Foreign Minister of Turkey to discuss recent military actions."
    )
    assert got[2].teaser == "Meeting at the Palais d'Egmont in Brussels on Tuesday."
    for article in got:
        assert article.kind == "item"
        assert article.body == article.teaser
        assert article.source == "www.nato.int"
        assert article.topics == ["nato-russia-relations"]
        assert article.raw is not None and article.title.encode() in article.raw
    assert [i.label for i in items] == [f"nato_topic.html item {n}" for n in (1, 2, 3)]


def test_topic_page_noise_is_not_an_item() -> None:
    _, items = parse(fixture("nato_topic.html"), url=NATO_URL)
    urls = {a.url for a in articles(items)}
    titles = {a.title for a in articles(items)}
    assert not any("topics_" in (u or "") or "privacy" in (u or "") for u in urls)
    assert "Relations with Ukraine" not in titles
    assert "Topics and issues overview" not in titles
    assert "more" not in titles


# --- a news list with <time> and <base href> --------------------------------------------------------------


def test_news_list_with_time_and_base() -> None:
    data = fixture("news_time.html")
    assert looks_like_listing(data.decode("utf-8"))
    parsed, items = parse(data, url="https://news.example.org/home")
    assert parsed.topics == []
    got = articles(items)
    assert [(a.title, a.url, a.published, a.precision) for a in got] == [
        (
            "Foreign ministers meet in Brussels",
            "https://news.example.org/section/2024/03/ministers-meet",
            dt.date(2024, 3, 4),
            Precision.DAY,
        ),
        (
            "New sanctions package announced",
            "https://news.example.org/world/2024/03/sanctions",
            dt.date(2024, 3, 1),
            Precision.MONTH,
        ),
        (
            "Exercise ends in the Baltic Sea",
            "https://other.example.net/story",
            dt.date(2024, 2, 28),
            Precision.DAY,
        ),
        (
            "Arms control talks stall again",
            "https://news.example.org/section/2024/02/talks-stall",
            None,
            None,
        ),
    ]
    assert got[0].teaser == "Ministers discussed support for Ukraine and the next summit."
    assert all(a.source == "news.example.org" for a in got)
    assert "Older posts" not in {a.title for a in got}


def test_relative_links_without_any_base_have_no_url() -> None:
    _, items = parse(fixture("nato_topic.html"), url=None)
    got = articles(items)
    assert len(got) == 3
    assert all(a.url is None and a.source is None for a in got)


def test_location_url_serves_as_page_url() -> None:
    _, items = parse(fixture("nato_topic.html"), url=None, location=NATO_URL)
    assert articles(items)[0].url == "https://www.nato.int/cps/en/natohq/news_123.htm"


# --- navigation, footers, dotted dates -------------------------------------------------------------------


def test_noise_page() -> None:
    data = fixture("noise.html")
    assert looks_like_listing(data.decode("utf-8"))
    _, items = parse(data, url="https://press.example.eu/press/")
    got = articles(items)
    assert [a.title for a in got] == [
        "Council calls for an immediate ceasefire",
        "Observer mission extended for six months",
        "Budget for next year adopted by consensus",
    ]
    assert [a.published for a in got] == [dt.date(2023, 6, 12), dt.date(2023, 6, 10), None]
    assert got[0].teaser == "The Council met in extraordinary session and adopted a statement."
    assert all(a.url and a.url.startswith("https://press.example.eu/press/2023/") for a in got)


# --- pages that are not listings -------------------------------------------------------------------------


def test_article_is_not_a_listing() -> None:
    html = fixture("article.html").decode("utf-8")
    assert not looks_like_listing(html)
    assert not looks_like_listing(html.replace('<meta property="og:type" content="article">', ""))


@pytest.mark.parametrize(
    "html",
    [
        "",
        "not html at all",
        "<html><body><p>One paragraph.</p></body></html>",
        "<html><body><a href='/a'>Only one link here</a></body></html>",
        "<html><body><nav><a href='/a'>Menu entry one</a><a href='/b'>Menu entry two</a>"
        "<a href='/c'>Menu entry three</a></nav></body></html>",
        "<html><body><ul class='pagination'><li><a href='?p=1'>Page one of list</a></li>"
        "<li><a href='?p=2'>Page two of list</a></li><li><a href='?p=3'>Page three of list</a></li></ul></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    ],
)
def test_not_listings(html: str) -> None:
    assert not looks_like_listing(html)


# --- synthetic shapes -------------------------------------------------------------------------------------

BY_DATE = """<html><body><main>
<h2><time datetime="2018-01-03">January 3, 2018, Wednesday</time></h2>
<div class="entry"><h3><a href="/news/3"><span class="entry-title">Telephone conversation with a prime minister</span>
<span class="meta"><time datetime="2018-01-03">January 3, 2018, 16:50</time><span hidden>Team of the website</span></span></a></h3></div>
<h2>January 1, 2018</h2>
<div class="entry"><h3><a href="/news/2">Greetings to a television channel team</a></h3></div>
<div class="entry"><h3><a href="/news/1">Telephone conversation with a president</a></h3></div>
</main></body></html>"""


def test_dates_from_headings_and_title_parts() -> None:
    assert looks_like_listing(BY_DATE)
    _, items = parse(BY_DATE, url="http://en.example.ru/news/by-date/31.12.2017")
    got = articles(items)
    assert [(a.title, a.published, a.url) for a in got] == [
        ("Telephone conversation with a prime minister", dt.date(2018, 1, 3), "http://en.example.ru/news/3"),
        ("Greetings to a television channel team", dt.date(2018, 1, 1), "http://en.example.ru/news/2"),
        ("Telephone conversation with a president", dt.date(2018, 1, 1), "http://en.example.ru/news/1"),
    ]


def test_same_url_twice_is_one_item_and_more_links_are_not_titles() -> None:
    html = """<html><body><ul>
    <li><a href="/a">First story about the summit</a> <a href="/a">Read more</a> <p>Teaser one is here.</p></li>
    <li><a href="/b">Second story about the talks</a> <a href="/b">Read more</a> <p>Teaser two is here.</p></li>
    <li><a href="/c">Third story about the treaty</a> <a href="/c">Read more</a> <p>Teaser three is here.</p></li>
    </ul></body></html>"""
    _, items = parse(html, url="https://x.example/")
    got = articles(items)
    assert [(a.title, a.teaser) for a in got] == [
        ("First story about the summit", "Teaser one is here."),
        ("Second story about the talks", "Teaser two is here."),
        ("Third story about the treaty", "Teaser three is here."),
    ]


def test_dated_list_beats_longer_undated_list() -> None:
    undated = "".join(f'<li><a href="/tag/{n}">A tag with a rather long name {n}</a></li>' for n in range(4))
    dated = "".join(
        f'<div class="n"><a href="/n/{n}">Short news {n}</a><span>{n + 1} May 2015</span></div>'
        for n in range(4)
    )
    html = f"<html><body><ul class='tags'>{undated}</ul><section>{dated}</section></body></html>"
    _, items = parse(html, url="https://x.example/")
    got = articles(items)
    assert [a.url for a in got] == [f"https://x.example/n/{n}" for n in range(4)]
    assert [a.published for a in got] == [dt.date(2015, 5, n + 1) for n in range(4)]
    assert all(a.teaser == "" for a in got)


def test_unsafe_hrefs_are_dropped() -> None:
    html = """<html><body><ul>
    <li><a href="javascript:alert(1)">First story about the summit</a></li>
    <li><a href="mailto:x@example.org">Second story about the talks</a></li>
    <li><a href="/c">Third story about the treaty</a></li>
    <li><a href="/d">Fourth story about the treaty</a></li>
    </ul></body></html>"""
    _, items = parse(html, url="https://x.example/")
    assert [a.url for a in articles(items)] == [None, None, "https://x.example/c", "https://x.example/d"]


def test_document_failures() -> None:
    assert parse(b"")[1][0].reason is Reason.EMPTY
    assert parse(b"<html><body><p>Nothing listed.</p></body></html>")[1][0].reason is Reason.NO_TEXT
    small = Settings(progress=False, max_document_bytes=10)
    parsed = parse_listing(RawDocument(location="big.html", data=fixture("nato_topic.html")), small)
    (failure,) = list(parsed.items)
    assert failure.reason is Reason.TOO_LARGE


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["<ul>", "</ul>", "<li>", "<a href='/x'>A title of a story</a>", "<p>", "text",
                                 "<time datetime='2015-02-31'>x</time>", "<a href='/y'>Other story here</a>",
                                 "<nav>", "</div>", "<div class='item'>", "&amp;", "\x00"]), max_size=30))  # fmt: skip
def test_never_crashes(parts: list[str]) -> None:
    html = "".join(parts)
    looks_like_listing(html)
    _, items = parse(html, url="https://x.example/")
    assert items
    for item in items:
        assert item.ok or item.reason in (Reason.EMPTY, Reason.NO_TEXT, Reason.MALFORMED)


# --- the Kremlin's news-by-date pages ---------------------------------------------------------------------


def _kremlin_pages(shared_data: type) -> list[Path]:
    pages = sorted(shared_data.path(*KREMLIN, "listing").glob("by-date_*.html.gz"))
    assert len(pages) == 3
    return pages


def _kremlin_first_last(shared_data: type) -> dict[str, tuple[str, str, str, str]]:
    return {
        "31.12.2002": (
            "President Vladimir Putin met with Belarusian President Alexander Lukashenko",
            "2003-01-05",
            "President Vladimir Putin held a meeting with Konstantin Totsky, Director of the Federal Border Service",
            "2002-12-25",
        ),
        "31.12.2017": (
            "Telephone conversation with Indian Prime Minister Narendra Modi",
            "2018-01-03",
            "Condolences to Philippines’ President Rodrigo Duterte",
            "2017-12-26",
        ),
        "31.12.2019": (
            "Telephone conversation with President of France Emmanuel Macron",
            "2020-01-03",
            "Condolences to President of Kazakhstan Kassym-Jomart Tokayev",
            "2019-12-27",
        ),
    }


def test_kremlin_listing_pages(shared_data: type) -> None:
    expected = _kremlin_first_last(shared_data)
    for path in _kremlin_pages(shared_data):
        data = gzip.decompress(path.read_bytes())
        day = path.name.removeprefix("by-date_").removesuffix(".html.gz")
        page_url = f"http://en.kremlin.ru/events/president/news/by-date/{day}"
        assert looks_like_listing(decode_html(data))
        parsed, items = parse(data, url=page_url, location=path.name)
        assert parsed.topics == []
        got = articles(items)
        # the page's own entries, in order (each entry is a div with a data-id)
        ids = re.findall(r'class="hentry h-entry[^"]*" data-id="(\d+)"', data.decode("utf-8"))
        assert len(ids) == 20
        assert [a.url for a in got] == [f"http://en.kremlin.ru/events/president/news/{i}.html" for i in ids]
        for article in got:
            assert article.title and "\n" not in article.title and len(article.title) > 10
            assert article.published is not None and article.precision is Precision.DAY
            assert article.source == "en.kremlin.ru"
        dates = [a.published for a in got]
        assert dates == sorted(dates, reverse=True)  # newest first, like the page
        first_title, first_date, last_title, last_date = expected[day]
        assert (got[0].title, got[0].published) == (first_title, dt.date.fromisoformat(first_date))
        assert (got[-1].title, got[-1].published) == (last_title, dt.date.fromisoformat(last_date))
        # no meta text (time, author, location) leaks into titles
        assert not any("Team of the Official Website" in a.title or "2018," in a.title for a in got)


def test_kremlin_articles_are_not_listings(shared_data: type) -> None:
    pages = sorted(shared_data.path(*KREMLIN, "html").glob("*.html.gz"))
    assert len(pages) > 100
    sample = pages[:: max(1, len(pages) // 25)]
    flagged = [p.name for p in sample if looks_like_listing(decode_html(gzip.decompress(p.read_bytes())))]
    assert flagged == []


def test_whole_card_links() -> None:
    cards = "".join(
        f'<a class="card" href="/story/{n}"><h3>Story number {n} about the summit</h3>'
        f"<p>Teaser of story {n}.</p><time datetime='2024-05-0{n + 1}'>May {n + 1}</time></a>"
        for n in range(3)
    )
    _, items = parse(f"<html><body><div class='grid'>{cards}</div></body></html>", url="https://x.example/")
    got = articles(items)
    assert [(a.title, a.teaser, a.published) for a in got] == [
        (f"Story number {n} about the summit", f"Teaser of story {n}.", dt.date(2024, 5, n + 1))
        for n in range(3)
    ]


def test_inline_markup_in_titles_keeps_words_whole() -> None:
    items_html = "".join(f'<li><a href="/{n}">Pre<b>sident</b> meets minister {n}</a></li>' for n in range(3))
    _, items = parse(f"<html><body><ul>{items_html}</ul></body></html>", url="https://x.example/")
    assert [a.title for a in articles(items)] == [f"President meets minister {n}" for n in range(3)]
