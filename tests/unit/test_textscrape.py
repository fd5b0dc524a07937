"""The seed's plain-text scrape of a topic page, its format family, and topic slugs."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.extract.dates import match_leading_date
from detente.ingest.textscrape import looks_like_textscrape, parse_textscrape
from detente.model import Article, ItemResult, Parsed, Precision, RawDocument, Reason
from detente.settings import Settings
from detente.slugs import MAX_LENGTH, slugify

SETTINGS = Settings(progress=False)


def parse(text: str | bytes, location: str = "scrape.txt") -> tuple[Parsed, list[ItemResult]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    parsed = parse_textscrape(RawDocument(location=location, data=data), SETTINGS)
    return parsed, list(parsed.items)


def articles(items: list[ItemResult]) -> list[Article]:
    out = []
    for item in items:
        assert item.article is not None, (item.label, item.reason, item.detail)
        out.append(item.article)
    return out


# --- the seed ------------------------------------------------------------------------------------------


def test_seed_matches_expected(shared_data: type) -> None:
    source = shared_data.path("seed", "nato-russia-relations.txt")
    expected = json.loads(shared_data.path("seed", "expected.json").read_text(encoding="utf-8"))
    data = source.read_bytes()
    text = data.decode("utf-8")
    assert looks_like_textscrape(text)
    parsed = parse_textscrape(RawDocument(location=str(source), data=data), SETTINGS)
    items = list(parsed.items)

    assert len(parsed.topics) == 1
    topic = parsed.topics[0]
    assert topic.title == expected["topic"]["title"]
    assert topic.overview == expected["topic"]["overview"]
    assert topic.slug == "nato-russia-relations"

    got = articles(items)
    assert len(got) == len(expected["items"])
    for n, (article, want) in enumerate(zip(got, expected["items"], strict=True), start=1):
        assert items[n - 1].label == f"{source} item {n}"
        assert article.kind == "item"
        assert article.title == want["title"]
        assert article.published == dt.date.fromisoformat(want["published"])
        assert article.precision == Precision(want["precision"])
        assert article.topics == ["nato-russia-relations"]
        assert article.source is None  # a scrape does not name its publisher
        assert article.url is None
        assert article.body == article.teaser
        assert article.raw is not None and want["title"].encode("utf-8") in article.raw
        after_dates = _texts_after_dates(text)
        if want["teaser"] in after_dates:
            assert article.teaser == want["teaser"]
        else:
            # expected.json's third teaser ("retary General meets Russian Foreign Minister") is not the text
            # after any date in the source: it is the tail of the item's *title* (its first characters cut),
            # a corrupted value that occurs in the file only inside that title. The teaser of an item is the
            # text after its date, so that is what we check for this item.
            assert want["title"].endswith(want["teaser"])
            assert article.teaser in after_dates
            assert article.teaser.startswith("The NATO Secretary General Jens Stoltenberg met the Minister")
            assert article.teaser.endswith("while keeping open political channels of communications.")


def _texts_after_dates(text: str) -> list[str]:
    """What follows the leading date on each dated line of ``text``."""
    out = []
    for line in text.splitlines():
        found = match_leading_date(line)
        if found is not None:
            out.append(line[found[1] :])
    return out


# --- synthetic variants --------------------------------------------------------------------------------

BASIC = """\
NATO-Russia relations
NATO and Russia used to cooperate in many areas.
moreNews
First item title
05 Oct. 2015I just met the minister.
moreSecond item title
29 Sep. 2015NATO Secretary General held talks.
moreThird item title
19 May. 2015The Secretary General met the minister.
more"""


def test_basic_family_member() -> None:
    parsed, items = parse(BASIC)
    assert [t.title for t in parsed.topics] == ["NATO-Russia relations"]
    assert parsed.topics[0].overview == "NATO and Russia used to cooperate in many areas."
    got = articles(items)
    assert [a.title for a in got] == ["First item title", "Second item title", "Third item title"]
    assert [a.published for a in got] == [dt.date(2015, 10, 5), dt.date(2015, 9, 29), dt.date(2015, 5, 19)]
    assert [a.teaser for a in got] == [
        "I just met the minister.",
        "NATO Secretary General held talks.",
        "The Secretary General met the minister.",
    ]
    assert got[0].raw == b"First item title\n05 Oct. 2015I just met the minister.\nmore"


def test_crlf_bom_and_blank_lines() -> None:
    text = "\ufeff" + BASIC.replace("\n", "\r\n\r\n") + "\r\n"
    parsed, items = parse(text)
    reference, ref_items = parse(BASIC)
    assert parsed.topics == reference.topics
    assert [a.teaser for a in articles(items)] == [a.teaser for a in articles(ref_items)]
    assert [a.title for a in articles(items)] == [a.title for a in articles(ref_items)]


def test_old_mac_line_ends() -> None:
    _, items = parse(BASIC.replace("\n", "\r"))
    assert len(articles(items)) == 3


@pytest.mark.parametrize(
    ("date_text", "expected"),
    [
        ("5 Oct 2015", dt.date(2015, 10, 5)),
        ("05 October 2015", dt.date(2015, 10, 5)),
        ("29 Sept. 2015", dt.date(2015, 9, 29)),
        ("1 June 2014", dt.date(2014, 6, 1)),
        ("3 July 2014", dt.date(2014, 7, 3)),
        ("October 5, 2015", dt.date(2015, 10, 5)),
        ("2015-10-05", dt.date(2015, 10, 5)),
        ("05.10.2015", dt.date(2015, 10, 5)),
    ],
)
def test_other_date_forms(date_text: str, expected: dt.date) -> None:
    text = f"Topic\nOverview text of the topic.\nmoreNews\nItem title\n{date_text}Teaser text.\nmore"
    _, items = parse(text)
    (article,) = articles(items)
    assert article.published == expected
    assert article.precision is Precision.DAY
    assert article.teaser == "Teaser text."


def test_date_with_space_or_dash_before_teaser() -> None:
    text = (
        "Topic\nOverview.\nmoreNews\nA title\n05 Oct. 2015 – Brussels meeting.\nB title\n06 Oct. 2015 Second."
    )
    _, items = parse(text)
    assert [a.teaser for a in articles(items)] == ["Brussels meeting.", "Second."]


def test_items_without_more_links() -> None:
    text = (
        "Topic\nOverview of the topic.\nNews\nFirst title\n05 Oct. 2015One.\nSecond title\n06 Oct. 2015Two."
    )
    parsed, items = parse(text)
    assert parsed.topics[0].overview == "Overview of the topic."
    got = articles(items)
    assert [(a.title, a.teaser) for a in got] == [("First title", "One."), ("Second title", "Two.")]


def test_last_item_without_more_and_no_news_heading() -> None:
    text = "Topic\nOverview of the topic.\nmore\nFirst title\n05 Oct. 2015One.\nmoreSecond title\n06 Oct. 2015Two."
    parsed, items = parse(text)
    assert parsed.topics[0].overview == "Overview of the topic."
    assert [a.title for a in articles(items)] == ["First title", "Second title"]


def test_teaser_continuation_lines() -> None:
    text = (
        "Topic\nOverview.\nmoreNews\nFirst title\n05 Oct. 2015First paragraph.\nSecond paragraph.\n"
        "moreSecond title\n06 Oct. 2015Two.\nmore"
    )
    _, items = parse(text)
    got = articles(items)
    assert got[0].teaser == "First paragraph.\n\nSecond paragraph."
    assert got[1].teaser == "Two."


def test_multi_line_overview() -> None:
    text = "Topic\nFirst paragraph of the overview.\nSecond paragraph of the overview.\nmoreNews\nT\n05 Oct. 2015X."
    parsed, _ = parse(text)
    assert (
        parsed.topics[0].overview == "First paragraph of the overview.\n\nSecond paragraph of the overview."
    )


def test_overview_starting_with_more_is_text() -> None:
    text = "Topic\nMore than 30 years of talks.\nmoreover, it went on.\nmoreNews\nTitle\n05 Oct. 2015X."
    parsed, items = parse(text)
    assert parsed.topics[0].overview == "More than 30 years of talks.\n\nmoreover, it went on."
    assert len(articles(items)) == 1


def test_read_more_and_arrow_markers() -> None:
    text = "Topic\nOverview.\nRead more »News\nFirst title\n05 Oct. 2015One.\nRead more\nSecond title\n06 Oct. 2015Two."
    parsed, items = parse(text)
    assert parsed.topics[0].overview == "Overview."
    assert [a.title for a in articles(items)] == ["First title", "Second title"]


def test_more_glued_after_teaser_sentence() -> None:
    text = (
        "Topic\nOverview.\nmoreNews\nFirst title\n05 Oct. 2015One sentence.moreSecond title\n06 Oct. 2015Two."
    )
    _, items = parse(text)
    got = articles(items)
    assert [(a.title, a.teaser) for a in got] == [("First title", "One sentence."), ("Second title", "Two.")]


def test_several_topics() -> None:
    text = (
        "NATO-Russia relations\nOverview one.\nmoreNews\n"
        "Item A\n05 Oct. 2015Teaser A.\nmore"
        "Relations with Ukraine\nOverview two, first line.\nOverview two, second line.\nmoreNews\n"
        "Item B\n06 Oct. 2015Teaser B.\nmoreItem C\n07 Oct. 2015Teaser C.\nmore\n"
    )
    # the glued "moreRelations with Ukraine" is a more marker followed by the next topic's title
    parsed, items = parse(text)
    assert [(t.slug, t.title) for t in parsed.topics] == [
        ("nato-russia-relations", "NATO-Russia relations"),
        ("relations-with-ukraine", "Relations with Ukraine"),
    ]
    assert parsed.topics[1].overview == "Overview two, first line.\n\nOverview two, second line."
    got = articles(items)
    assert [(a.title, a.topics) for a in got] == [
        ("Item A", ["nato-russia-relations"]),
        ("Item B", ["relations-with-ukraine"]),
        ("Item C", ["relations-with-ukraine"]),
    ]
    assert [i.label for i in items] == ["scrape.txt item 1", "scrape.txt item 2", "scrape.txt item 3"]


def test_second_topic_after_item_without_more() -> None:
    text = (
        "Topic one\nOverview one.\nmoreNews\nItem A\n05 Oct. 2015Teaser A.\n"
        "Topic two\nOverview two.\nmoreNews\nItem B\n06 Oct. 2015Teaser B."
    )
    parsed, items = parse(text)
    assert [t.title for t in parsed.topics] == ["Topic one", "Topic two"]
    got = articles(items)
    assert got[0].teaser == "Teaser A."
    assert got[1].topics == ["topic-two"]


def test_second_topic_without_overview() -> None:
    text = "Topic one\nOverview one.\nmoreNews\nItem A\n05 Oct. 2015A.\nmore\nTopic two\nmoreNews\nItem B\n06 Oct. 2015B."
    parsed, items = parse(text)
    assert [(t.title, t.overview) for t in parsed.topics] == [
        ("Topic one", "Overview one."),
        ("Topic two", ""),
    ]
    assert [a.topics for a in articles(items)] == [["topic-one"], ["topic-two"]]


def test_repeated_topic_is_declared_once() -> None:
    text = "Topic\nOverview.\nmoreNews\nA\n05 Oct. 2015A.\nmoreTopic\nOverview again.\nmoreNews\nB\n06 Oct. 2015B."
    parsed, items = parse(text)
    assert [t.title for t in parsed.topics] == ["Topic"]
    assert [a.topics for a in articles(items)] == [["topic"], ["topic"]]


@pytest.mark.parametrize(
    "text",
    [
        "NATO-Russia relations\nAn overview paragraph.\nmoreNews",
        "NATO-Russia relations\nAn overview paragraph.\nmoreNews\n",
        "NATO-Russia relations\nAn overview paragraph.\nmore",
        "NATO-Russia relations\nAn overview paragraph.",
    ],
)
def test_topic_without_news(text: str) -> None:
    parsed, items = parse(text)
    assert items == []
    assert [(t.slug, t.title, t.overview) for t in parsed.topics] == [
        ("nato-russia-relations", "NATO-Russia relations", "An overview paragraph.")
    ]


def test_items_without_topic() -> None:
    parsed, items = parse("First title\n05 Oct. 2015One.\nmoreSecond title\n06 Oct. 2015Two.\nmore")
    assert parsed.topics == []
    got = articles(items)
    assert [a.title for a in got] == ["First title", "Second title"]
    assert all(a.topics == [] and a.source is None for a in got)


def test_impossible_date_fails_that_item_only() -> None:
    text = BASIC.replace("29 Sep. 2015", "31 Feb. 2015")
    _, items = parse(text)
    assert [i.ok for i in items] == [True, False, True]
    bad = items[1]
    assert bad.reason is Reason.BAD_DATE
    assert bad.detail == "invalid date '31 Feb. 2015'"
    assert bad.label == "scrape.txt item 2"
    assert items[2].article is not None and items[2].article.title == "Third item title"


def test_dated_line_without_title() -> None:
    text = "Topic\nOverview.\nmore\n05 Oct. 2015Orphan teaser.\nmoreA title\n06 Oct. 2015Two."
    _, items = parse(text)
    assert items[0].reason is Reason.NO_TITLE
    assert items[0].detail == "dated line without a title: '05 Oct. 2015Orphan teaser.'"
    assert items[1].article is not None and items[1].article.title == "A title"


def test_teaser_line_starting_with_a_date_is_not_a_title() -> None:
    text = "Topic\nOverview.\nmoreNews\nA title\n05 Oct. 2015One.\n06 Oct. 2015 was a Tuesday.\nmore"
    _, items = parse(text)
    first = items[0].article
    assert first is not None and first.title == "A title" and first.teaser == "One."
    # the second dated line has no title of its own: it is reported, not taken as a title itself
    assert len(items) == 2 and items[1].reason is Reason.NO_TITLE


def test_empty_teaser() -> None:
    _, items = parse("Topic\nOverview.\nmoreNews\nA title\n05 Oct. 2015\nmore")
    (article,) = articles(items)
    assert article.teaser == "" and article.body == ""


def test_document_failures() -> None:
    assert parse(b"")[1][0].reason is Reason.EMPTY
    assert parse(b"  \n\n ")[1][0].reason is Reason.EMPTY
    assert parse(b"Topic\x00\x01binary")[1][0].reason is Reason.BINARY
    assert parse(b"Topic\n\xff\xfe\xfa broken")[1][0].reason is Reason.BAD_ENCODING
    small = Settings(progress=False, max_document_bytes=10)
    parsed = parse_textscrape(RawDocument(location="big.txt", data=BASIC.encode()), small)
    (failure,) = list(parsed.items)
    assert failure.reason is Reason.TOO_LARGE and failure.label == "big.txt"


# --- detection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        BASIC,
        "\ufeff" + BASIC.replace("\n", "\r\n"),
        "Topic\nOverview.\nmoreNews",
        "A title\n05 Oct. 2015One.\nB title\n06 Oct. 2015Two.",
    ],
)
def test_looks_like_textscrape(text: str) -> None:
    assert looks_like_textscrape(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "<!DOCTYPE html><html><body><p>05 Oct. 2015</p></body></html>",
        '{"title": "x"}',
        "A plain article.\nIt has several lines of prose.\nNone of them is dated.",
        "Press release\n05 Oct. 2015 Brussels - The minister met his counterpart.",
        "Read the whole text\nmore",
    ],
)
def test_does_not_look_like_textscrape(text: str) -> None:
    assert not looks_like_textscrape(text)


# --- robustness ----------------------------------------------------------------------------------------

_line = st.one_of(
    st.sampled_from(["more", "moreNews", "News", "05 Oct. 2015Text", "31 Feb. 2015X", "Title line", ""]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@given(st.lists(_line, max_size=20), st.sampled_from(["\n", "\r\n", "\r"]))
def test_never_crashes(lines: list[str], newline: str) -> None:
    parsed, items = parse(newline.join(lines))
    for n, item in enumerate(items, start=1):
        if item.reason in (Reason.EMPTY, Reason.BINARY):
            assert item.label == "scrape.txt" and len(items) == 1
            continue
        assert item.label == f"scrape.txt item {n}"
        assert item.ok or item.reason in (Reason.BAD_DATE, Reason.NO_TITLE)
    for topic in parsed.topics:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", topic.slug)


# --- slugs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("NATO-Russia relations", "nato-russia-relations"),
        ("  NATO  –  Russia: relations!  ", "nato-russia-relations"),
        ("Allies’ security", "allies-security"),
        ("Café Straße", "cafe-strasse"),
        ("Relations with Türkiye & Ukraine", "relations-with-turkiye-and-ukraine"),
        ("Отношения России и НАТО", "otnosheniya-rossii-i-nato"),
        ("2014 Wales Summit", "2014-wales-summit"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slugify_fallback_and_length() -> None:
    assert re.fullmatch(r"t-[0-9a-f]{12}", slugify("—"))
    assert slugify("—") == slugify("—")
    assert slugify("—") != slugify("——")
    assert re.fullmatch(r"t-[0-9a-f]{12}", slugify(""))
    assert re.fullmatch(r"t-[0-9a-f]{12}", slugify("北约"))
    long = slugify("relations " * 30)
    assert len(long) <= MAX_LENGTH and not long.endswith("-") and long.startswith("relations-relations")


@given(st.text(max_size=200))
def test_slugify_properties(title: str) -> None:
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug)
    assert 0 < len(slug) <= MAX_LENGTH
    assert slugify(slug) == slug
