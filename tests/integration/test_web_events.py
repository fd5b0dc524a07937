"""Events on the web: the article page's events with highlighted evidence, /events and
/topics/<slug>/events with filters, paging, bad parameters and the SVG timeline, on both backends."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import select
from test_web_pages import assert_error_shape, assert_secure_headers, check_page

from detente.coding.document import code_document
from detente.coding.ontology import derived_fields
from detente.model import Article, DocumentEvent, Precision, TopicSpec
from detente.settings import Settings
from detente.store import events as store_events
from detente.store.db import Database
from detente.store.documents import save_article
from detente.store.events import EventFilters, Timeline, events_page, month_counts
from detente.store.schema import events as schema_events
from detente.store.topics import upsert_topic
from detente.web.app import create_app
from detente.web.render import evidence_html
from detente.web.timeline import timeline_svg

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

SLUG = "nato-russia"
HOSTILE = "<script>alert(1)</script> Russia <b>accused</b> NATO & \"friends\" of 'plots'."
SVG_NS = "{http://www.w3.org/2000/svg}"


def _event(
    kind: str,
    source: list[str],
    target: list[str],
    sentence: str,
    span: str,
    *,
    date: str | None,
    precision: str | None,
    polarity: str = "asserted",
    mode: str = "",
) -> DocumentEvent:
    start = sentence.index(span)
    return DocumentEvent(
        field="body",
        sentence_index=0,
        sentence_start=0,
        sentence_end=len(sentence),
        sentence=sentence,
        event={
            "event": kind,
            "mode": mode,
            "context": "",
            "source": source,
            "target": target,
            "polarity": polarity,
            "event_date": date,
            "event_date_precision": precision,
            **derived_fields(kind, mode),
            "evidence": {"start": start, "end": start + len(span)},
        },
    )


def _article(
    key: str, published: dt.date, sentence: str, events: list[DocumentEvent], **extra: Any
) -> Article:
    return Article(
        title=f"Item {key}",
        body=sentence,
        url=f"https://news.example.org/{key}",
        published=published,
        precision=Precision.DAY,
        source="news.example.org",
        topics=extra.pop("topics", [SLUG]),
        events=events,
        **extra,
    )


SUSPEND = "NATO foreign ministers decided to suspend all practical cooperation with Russia."
MEET = "The Secretary General met the Russian Foreign Minister in Brussels."
NOT_THREAT = "NATO did not threaten Russia, the spokesperson said."
AID = "The EU sent aid to Ukraine."
FUTURE = "Russia will reject the proposal."


def populate(db: Database, settings: Settings) -> dict[str, int]:
    """Six events in six documents; five in the topic (one undated), one (EU aid to Ukraine) outside it."""
    docs = {
        "suspend": _article(
            "suspend",
            dt.date(2014, 4, 1),
            SUSPEND,
            [
                _event(
                    "SANCTION",
                    ["NATO"],
                    ["RUS"],
                    SUSPEND,
                    "NATO foreign ministers decided to suspend all practical cooperation with Russia",
                    date="2014-04",
                    precision="month",
                )
            ],
        ),
        "meet": _article(
            "meet",
            dt.date(2015, 5, 19),
            MEET,
            [_event("CONSULT", ["NATO"], ["RUS"], MEET, "met", date="2015-05-19", precision="day")],
        ),
        "hostile": _article(
            "hostile",
            dt.date(2014, 6, 2),
            HOSTILE,
            [
                _event(
                    "ACCUSE",
                    ["RUS"],
                    ["NATO"],
                    HOSTILE,
                    "Russia <b>accused</b> NATO",
                    date="2014-06-02",
                    precision="day",
                )
            ],
        ),
        "threat": _article(
            "threat",
            dt.date(2016, 3, 2),
            NOT_THREAT,
            [
                _event(
                    "THREATEN",
                    ["NATO"],
                    ["RUS"],
                    NOT_THREAT,
                    "NATO did not threaten Russia",
                    date="2016-03-02",
                    precision="day",
                    polarity="negated",
                )
            ],
        ),
        "aid": _article(
            "aid",
            dt.date(2017, 1, 5),
            AID,
            [_event("AID", ["EU"], ["UKR"], AID, "sent aid", date="2017-01", precision="month")],
            topics=[],
        ),
        "future": _article(
            "future",
            dt.date(2018, 2, 1),
            FUTURE,
            [_event("REJECT", ["RUS"], [], FUTURE, "reject", date=None, precision=None, polarity="future")],
        ),
    }
    ids = {}
    with db.write() as conn:
        upsert_topic(conn, TopicSpec(slug=SLUG, title="NATO-Russia", overview="Relations."))
        for key, article in docs.items():
            ids[key] = save_article(
                conn, article, settings=settings, run_id="t", location="test", label=key
            ).document_id
    return ids


@pytest.fixture
def db(any_settings: Settings) -> Iterator[Database]:
    database = Database.open(any_settings)
    yield database
    database.close()


@pytest.fixture
def ids(db: Database, any_settings: Settings) -> dict[str, int]:
    return populate(db, any_settings)


@pytest.fixture
def client(db: Database, any_settings: Settings, ids: dict[str, int]) -> TestClient:
    return TestClient(create_app(any_settings, db=db))


def _items(client: TestClient, path: str) -> list[dict[str, Any]]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


# ----------------------------------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    "path",
    [
        "/events",
        "/events?type=SANCTION&actor=RUS",
        "/events?source=NATO&target=RUS&from=2014-01-01&to=2016-12-31&polarity=negated",
        f"/topics/{SLUG}/events",
        f"/topics/{SLUG}/events?type=accuse",
        "/documents/{hostile}",
        "/documents/{suspend}",
        f"/topics/{SLUG}",
    ],
)
def test_event_pages_are_well_formed_with_json_twins(
    client: TestClient, ids: dict[str, int], path: str
) -> None:
    response = client.get(path.format(**ids))
    assert response.status_code == 200
    assert_secure_headers(response)
    doc = check_page(response.text)
    twin = doc.xpath("//link[@rel='alternate' and @type='application/json']/@href")
    assert twin
    data = client.get(twin[0])
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"


def test_document_page_lists_its_events_with_marked_evidence(client: TestClient, ids: dict[str, int]) -> None:
    doc = check_page(client.get(f"/documents/{ids['suspend']}").text)
    section = doc.xpath("//section[@class='events']")[0]
    assert section.xpath("./h2")[0].text == "Events"
    item = section.xpath(".//ol[@class='events']/li")[0]
    assert item.xpath(".//span[@class='event-type']")[0].text == "SANCTION"
    assert [a.text for a in item.xpath(".//span[@class='actors']/a")] == ["NATO", "RUS"]
    assert item.xpath(".//span[@class='actors']/a/@href") == ["/events?actor=NATO", "/events?actor=RUS"]
    assert item.xpath(".//time")[0].text == "April 2014"
    assert item.xpath(".//time/@datetime") == ["2014-04"]
    assert "(month)" in item.text_content()
    assert item.xpath(".//span[@class='score']")[0].text.startswith("\u2212")  # sanctions score below zero
    assert item.xpath(".//span[contains(@class,'quad')]")[0].text == "material conflict"
    mark = item.xpath(".//blockquote[@class='evidence']/p/mark")
    assert len(mark) == 1 and mark[0].text.startswith("NATO foreign ministers") and mark[0].tail == "."
    data = client.get(f"/documents/{ids['suspend']}.json").json()
    assert data["events_truncated"] is False
    [event] = data["events"]
    assert event["event"] == "SANCTION" and event["source"] == ["NATO"] and event["target"] == ["RUS"]
    assert (event["event_date"], event["event_date_precision"]) == ("2014-04", "month")
    assert event["quad"] == 4 and event["score"] < 0 and event["cameo"]
    evidence = event["evidence"]
    assert evidence["sentence"][evidence["start"] : evidence["end"]].startswith("NATO foreign ministers")
    assert event["document"] == {
        "id": ids["suspend"],
        "title": "Item suspend",
        "path": f"/documents/{ids['suspend']}",
    }


def test_hostile_evidence_is_escaped_before_marking(client: TestClient, ids: dict[str, int]) -> None:
    page = client.get(f"/documents/{ids['hostile']}").text
    assert "<script>" not in page and "<b>accused</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<mark>Russia &lt;b&gt;accused&lt;/b&gt; NATO</mark>" in page
    doc = check_page(page)
    quote = doc.xpath("//blockquote[@class='evidence']/p")[0]
    assert quote.text_content() == HOSTILE  # the whole sentence, as text
    assert [m.text for m in quote.xpath("./mark")] == ["Russia <b>accused</b> NATO"]
    listing = client.get("/events?actor=NATO&type=ACCUSE").text
    assert "<script>" not in listing and "<mark>Russia &lt;b&gt;accused&lt;/b&gt; NATO</mark>" in listing
    event = client.get(f"/documents/{ids['hostile']}.json").json()["events"][0]
    assert event["evidence"]["sentence"] == HOSTILE  # JSON carries the text as data


@pytest.mark.parametrize(
    ("sentence", "start", "end", "expected"),
    [
        ("<i>x</i> & y", 0, 8, "<mark>&lt;i&gt;x&lt;/i&gt;</mark> &amp; y"),
        ("abc", 2, 99, "ab<mark>c</mark>"),
        ("abc", -5, 1, "<mark>a</mark>bc"),
        ("abc", 2, 1, "abc"),  # an empty or reversed span marks nothing
        ("", 0, 0, ""),
        ("<mark>", 0, 6, "<mark>&lt;mark&gt;</mark>"),
    ],
)
def test_evidence_html_escapes_each_piece(sentence: str, start: int, end: int, expected: str) -> None:
    assert str(evidence_html(sentence, start, end)) == expected


def test_long_evidence_sentences_are_shortened_around_the_span() -> None:
    sentence = "a" * 5000 + " NATO met Russia " + "<z>" * 5000
    start = sentence.index("NATO")
    html = str(evidence_html(sentence, start, start + 15))
    assert "<mark>NATO met Russia</mark>" in html
    assert len(html) < 2500 and html.startswith("…") and html.endswith("…")
    assert "<z>" not in html


# ----------------------------------------------------------------------------------------------------- lists


def test_events_newest_first_with_documents_and_evidence(client: TestClient, ids: dict[str, int]) -> None:
    data = client.get("/events.json").json()
    assert set(data) == {"topic", "filters", "items", "total", "total_capped", "page", "pages", "timeline"}
    assert data["topic"] is None and data["timeline"] is None
    assert (data["total"], data["total_capped"], data["page"], data["pages"]) == (6, False, 1, 1)
    assert data["filters"] == dict.fromkeys(
        ("type", "actor", "source", "target", "from", "to", "polarity", "document")
    )
    assert [i["event"] for i in data["items"]] == [
        "AID",
        "THREATEN",
        "CONSULT",
        "ACCUSE",
        "SANCTION",
        "REJECT",
    ]
    assert data["items"][-1]["event_date"] is None  # undated last
    page = check_page(client.get("/events").text)
    items = page.xpath("//ol[@class='events']/li")
    assert len(items) == 6
    first = items[0]
    assert first.xpath(".//dd/a/@href") == [f"/documents/{ids['aid']}"]
    assert first.xpath(".//blockquote[@class='evidence']/p/mark")[0].text == "sent aid"
    assert "undated" in items[-1].text_content()
    assert page.xpath("//h2[@id='list-heading']")[0].text == "6 events"


FILTER_CASES = [
    ("type=SANCTION", ["SANCTION"]),
    ("type=sanction", ["SANCTION"]),
    ("actor=RUS", ["THREATEN", "CONSULT", "ACCUSE", "SANCTION", "REJECT"]),
    ("actor=UKR", ["AID"]),
    ("actor=XYZ", []),
    ("source=NATO&target=RUS", ["THREATEN", "CONSULT", "SANCTION"]),
    ("source=RUS&target=NATO", ["ACCUSE"]),
    ("source=RUS", ["ACCUSE", "REJECT"]),
    ("target=NATO", ["ACCUSE"]),
    ("from=2014-05-01&to=2015-12-31", ["CONSULT", "ACCUSE"]),
    ("from=2016-01-01", ["AID", "THREATEN"]),
    ("to=2014-04-30", ["SANCTION"]),
    ("polarity=negated", ["THREATEN"]),
    ("polarity=future", ["REJECT"]),
    ("actor=RUS&type=CONSULT&polarity=asserted", ["CONSULT"]),
]


@pytest.mark.parametrize(("query", "expected"), FILTER_CASES)
def test_event_filters(client: TestClient, query: str, expected: list[str]) -> None:
    assert [i["event"] for i in _items(client, f"/events.json?{query}")] == expected


@pytest.mark.parametrize("small_set", [0, 1, 3])
def test_every_query_plan_gives_the_same_answers(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, small_set: int
) -> None:
    """With a tiny SMALL_SET every filter counts as large: the lists walk the date index with EXISTS
    probes and timelines take the set-driven plan; the answers must not change."""
    monkeypatch.setattr(store_events, "SMALL_SET", small_set)
    for query, expected in FILTER_CASES:
        assert [i["event"] for i in _items(client, f"/events.json?{query}")] == expected, query
    topic = client.get(f"/topics/{SLUG}/events.json?actor=RUS&type=ACCUSE").json()
    assert [i["event"] for i in topic["items"]] == ["ACCUSE"]
    assert [m["month"] for m in topic["timeline"]["months"]] == ["2014-06"]
    whole = client.get(f"/topics/{SLUG}/events.json").json()
    assert whole["total"] == 5 and whole["timeline"]["events"] == 4


def test_document_filter_and_filters_echoed(client: TestClient, ids: dict[str, int]) -> None:
    data = client.get(f"/events.json?document={ids['meet']}&actor=NATO").json()
    assert [i["event"] for i in data["items"]] == ["CONSULT"]
    assert data["filters"]["document"] == str(ids["meet"]) and data["filters"]["actor"] == "NATO"
    assert _items(client, "/events.json?document=999999") == []
    page = check_page(client.get("/events?type=CONSULT&source=NATO&from=2015-01-01&polarity=asserted").text)
    assert page.xpath("//select[@name='type']/option[@selected]/@value") == ["CONSULT"]
    assert page.xpath("//select[@name='polarity']/option[@selected]/@value") == ["asserted"]
    assert page.xpath("//input[@name='source']/@value") == ["NATO"]
    assert page.xpath("//input[@name='from']/@value") == ["2015-01-01"]


def test_paging_keeps_the_filters(client: TestClient, db: Database, any_settings: Settings) -> None:
    sentence = "NATO met Russia again."
    with db.write() as conn:
        for n in range(30):
            save_article(
                conn,
                _article(
                    f"p{n}",
                    dt.date(2019, 1, 1) + dt.timedelta(days=n),
                    sentence + f" Number {n}.",
                    [
                        _event(
                            "CONSULT",
                            ["NATO"],
                            ["RUS"],
                            sentence,
                            "met",
                            date=f"2019-{n % 12 + 1:02d}",
                            precision="month",
                        )
                    ],
                ),
                settings=any_settings,
                run_id="t",
                location="test",
                label=f"p{n}",
            )
    one = client.get("/events.json?type=CONSULT").json()
    two = client.get("/events.json?type=CONSULT&page=2").json()
    assert (one["total"], one["pages"], len(one["items"]), len(two["items"])) == (31, 2, 25, 6)
    assert not {i["id"] for i in one["items"]} & {i["id"] for i in two["items"]}
    page = check_page(client.get("/events?type=CONSULT").text)
    assert page.xpath("//nav[@class='pager']//a[@rel='next']/@href") == ["/events?type=CONSULT&page=2"]
    assert client.get("/events.json?type=CONSULT&page=3").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "type=FOO",
        "type=<script>",
        "polarity=maybe",
        "polarity=NEGATED",
        "from=2014-13-01",
        "from=yesterday",
        "from=2016-01-01&to=2015-01-01",
        "actor=<script>",
        "actor=" + "A" * 81,
        "source=a%20b",
        "target=%00",
        "page=0",
        "page=abc",
        "document=abc",
        "document=0",
    ],
)
def test_bad_parameters_are_400_in_one_shape(client: TestClient, query: str) -> None:
    for base in ("/events.json", f"/topics/{SLUG}/events.json"):
        assert_error_shape(client.get(f"{base}?{query}"), 400, "bad_request")
    html = client.get(f"/events?{query}")
    assert html.status_code == 400 and html.headers["content-type"].startswith("text/html")
    assert "<script>" not in html.text


def test_missing_topic_and_past_the_last_page_are_404(client: TestClient) -> None:
    assert_error_shape(client.get("/topics/nothing/events.json"), 404, "not_found")
    assert client.get("/topics/nothing/events").status_code == 404
    assert_error_shape(client.get("/events.json?page=2"), 404, "not_found")
    assert_error_shape(client.post("/events.json"), 405, "method_not_allowed")


# ------------------------------------------------------------------------------------------ topic + timeline


def test_topic_events_and_timeline(client: TestClient, ids: dict[str, int]) -> None:
    data = client.get(f"/topics/{SLUG}/events.json").json()
    assert data["topic"] == {"slug": SLUG, "title": "NATO-Russia", "path": f"/topics/{SLUG}"}
    assert [i["event"] for i in data["items"]] == ["THREATEN", "CONSULT", "ACCUSE", "SANCTION", "REJECT"]
    timeline = data["timeline"]
    assert timeline["capped"] is False and timeline["events"] == 4  # the undated event is not on it
    months = timeline["months"]
    assert months[0]["month"] == "2014-04" and months[-1]["month"] == "2016-03"
    assert len(months) == 24  # every month of the span, empty ones included
    by_month = {m["month"]: m for m in months}
    assert by_month["2014-04"] == {
        "month": "2014-04",
        "verbal_cooperation": 0,
        "material_cooperation": 0,
        "verbal_conflict": 0,
        "material_conflict": 1,
    }
    assert by_month["2015-05"]["verbal_cooperation"] == 1
    assert by_month["2014-06"]["verbal_conflict"] == 1
    assert by_month["2016-03"]["verbal_conflict"] == 1  # negated events are counted as coded
    filtered = client.get(f"/topics/{SLUG}/events.json?type=CONSULT").json()
    assert [m["month"] for m in filtered["timeline"]["months"]] == ["2015-05"]
    empty = client.get(f"/topics/{SLUG}/events.json?type=AID").json()
    assert empty["items"] == [] and empty["timeline"] == {"months": [], "events": 0, "capped": False}
    assert "No dated events" in client.get(f"/topics/{SLUG}/events?type=AID").text


def test_timeline_svg_is_well_formed_and_inline(client: TestClient) -> None:
    page = client.get(f"/topics/{SLUG}/events").text
    doc = check_page(page)
    assert doc.xpath("//a[text()='Back to the NATO-Russia topic page']/@href") == [f"/topics/{SLUG}"]
    found = re.search(r"<svg\b.*?</svg>", page, re.DOTALL)
    assert found
    svg = etree.fromstring(found.group(0).encode())
    assert svg.tag == f"{SVG_NS}svg" and svg.get("role") == "img"
    assert svg.find(f"{SVG_NS}title").text == "NATO-Russia: events per month"
    bars = svg.findall(f"{SVG_NS}g")
    assert len(bars) == 4  # four months with dated events
    tips = [g.find(f"{SVG_NS}title").text for g in bars]
    assert tips[0] == "April 2014: 0 cooperation (0 verbal, 0 material), 1 conflict (0 verbal, 1 material)"
    assert {r.get("fill") for g in bars for r in g.findall(f"{SVG_NS}rect")} <= {
        "#86b6e8",
        "#1d5aa6",
        "#f2a76b",
        "#b23b17",
    }
    for element in svg.iter():
        assert not any(name.lower().startswith("on") or name == "style" for name in element.attrib)
        assert not str(element.tag).endswith(("script", "foreignObject", "image", "use"))
    assert {"Apr 2014", "Jan 2015", "Jan 2016"} <= {t.text for t in svg.findall(f"{SVG_NS}text")}
    assert doc.xpath("//details//table/tbody/tr/th/time/@datetime") == [
        "2014-04",
        "2014-06",
        "2015-05",
        "2016-03",
    ]


def test_topic_page_links_to_its_events(client: TestClient) -> None:
    doc = check_page(client.get(f"/topics/{SLUG}").text)
    assert doc.xpath("//a[text()='Events in this topic']/@href") == [f"/topics/{SLUG}/events"]


def test_timeline_svg_escapes_text_and_survives_odd_input() -> None:
    title = "<script>alert('x')</script> & \x00\x1b\ufffe"
    svg = timeline_svg(Timeline([], 0, False), title=title)
    root = etree.fromstring(str(svg).encode())
    assert root.find(f"{SVG_NS}title").text == "<script>alert('x')</script> & "
    assert "<script>" not in str(svg)


def test_timeline_caps_newest_events_and_long_spans(db: Database, any_settings: Settings) -> None:
    sentence = "NATO met Russia."
    with db.write() as conn:
        for n, month in enumerate(
            ["1900-01", "2000-01", "2000-02", "2000-02", "2000-03", "2000-03", "2000-03"]
        ):
            save_article(
                conn,
                _article(
                    f"c{n}",
                    dt.date(2000, 1, 1),
                    sentence + f" {n}",
                    # distinct sources: seven different events, not reports of one (see the cluster test)
                    [_event("CONSULT", [f"S{n}"], ["RUS"], sentence, "met", date=month, precision="month")],
                    topics=[],
                ),
                settings=any_settings,
                run_id="t",
                location="test",
                label=f"c{n}",
            )
    with db.read() as conn:
        whole = month_counts(conn, EventFilters(event="CONSULT"), max_months=2000)
        assert not whole.capped and whole.months[0].month == "1900-01" and whole.events == 7
        short = month_counts(conn, EventFilters(event="CONSULT"), max_months=3)
        assert short.capped and [m.month for m in short.months] == ["2000-01", "2000-02", "2000-03"]
        newest = month_counts(conn, EventFilters(event="CONSULT"), cap=4)
        # the newest four reach into February; February is cut, so only March is whole
        assert newest.capped and [(m.month, m.cooperation) for m in newest.months] == [("2000-03", 3)]
        svg = etree.fromstring(str(timeline_svg(whole, title="t")).encode())
        assert svg.findall(f"{SVG_NS}g")
        years = [
            t.text for t in svg.findall(f"{SVG_NS}text") if t.text and t.text.isdigit() and len(t.text) == 4
        ]
        assert 2 <= len(years) <= 13


def test_reports_of_one_event_count_once(db: Database, any_settings: Settings) -> None:
    """Three outlets report NATO meeting Russia within days; a fourth report is two weeks later; a fifth
    is a different event (other actors) the same day. The timeline counts three events, the list five."""
    reports = [
        ("2015-05-19", ["NATO"], ["RUS"]),
        ("2015-05-20", ["NATO"], ["RUS"]),
        ("2015-05-21", ["NATO"], ["RUS"]),
        ("2015-06-04", ["NATO"], ["RUS"]),
        ("2015-05-19", ["EU"], ["RUS"]),
    ]
    with db.write() as conn:
        for n, (day, source, target) in enumerate(reports):
            save_article(
                conn,
                _article(
                    f"r{n}",
                    dt.date(2015, 5, 19),
                    f"Report {n}: NATO met Russia.",
                    [_event("CONSULT", source, target, "NATO met Russia.", "met", date=day, precision="day")],
                    topics=[],
                ),
                settings=any_settings,
                run_id="t",
                location="test",
                label=f"r{n}",
            )
    with db.read() as conn:
        timeline = month_counts(conn, EventFilters(event="CONSULT"))
        assert [(m.month, m.cooperation) for m in timeline.months] == [("2015-05", 2), ("2015-06", 1)]
        keys = (
            conn.execute(select(schema_events.c.cluster_key).order_by(schema_events.c.document_id))
            .scalars()
            .all()
        )
        listed, total = events_page(conn, EventFilters(event="CONSULT"))
    assert keys[0] == keys[1] == keys[2] and len({keys[0], keys[3], keys[4]}) == 3
    # each listed report says how many reports its event has
    assert total == 5 and sorted(e.reports for e in listed) == [1, 1, 3, 3, 3]
    assert {e.as_dict()["cluster"]["reports"] for e in listed if "EU" in e.source} == {1}
    # re-coding a document keeps the others' clusters whole (keys are strings, not row ids)
    with db.write() as conn:
        save_article(
            conn,
            _article(
                "r0",
                dt.date(2015, 5, 19),
                "Report 0, updated: NATO met Russia.",
                [
                    _event(
                        "CONSULT",
                        ["NATO"],
                        ["RUS"],
                        "NATO met Russia.",
                        "met",
                        date="2015-05-19",
                        precision="day",
                    )
                ],
                topics=[],
            ),
            settings=any_settings,
            run_id="t2",
            location="test",
            label="r0",
        )
    with db.read() as conn:
        again = month_counts(conn, EventFilters(event="CONSULT"))
    assert [(m.month, m.cooperation) for m in again.months] == [("2015-05", 2), ("2015-06", 1)]


# ------------------------------------------------------------------------------------------------ real coder


def test_coded_document_shows_its_events(db: Database, any_settings: Settings, client: TestClient) -> None:
    title = "NATO suspends practical cooperation with Russia"
    body = (
        "NATO foreign ministers decided in April 2014 to suspend all practical civilian and military "
        "cooperation with Russia."
    )
    url = "https://www.nato.int/cps/en/natohq/news_108501.htm"
    article = Article(
        title=title,
        body=body,
        url=url,
        published=dt.date(2014, 4, 1),
        precision=Precision.DAY,
        topics=[SLUG],
    )
    article.events = code_document(title=title, body=body, published=article.published, url=url)
    assert article.events
    with db.write() as conn:
        doc_id = save_article(
            conn, article, settings=any_settings, run_id="t", location="x", label="x"
        ).document_id
    data = client.get(f"/documents/{doc_id}.json").json()
    kinds = {(e["event"], tuple(e["source"]), tuple(e["target"])) for e in data["events"]}
    assert ("SANCTION", ("NATO",), ("RUS",)) in kinds
    page = check_page(client.get(f"/documents/{doc_id}").text)
    assert page.xpath("//section[@class='events']//mark")


def test_undated_events_follow_the_dated_ones_across_pages(db: Database, any_settings: Settings) -> None:
    sentence = "NATO met Russia."
    dates = ["2001-01-01", None, "2003-03-03", None, "2002-02-02", None]
    with db.write() as conn:
        for n, date in enumerate(dates):
            save_article(
                conn,
                _article(
                    f"u{n}",
                    dt.date(2000, 1, 1),
                    sentence + f" {n}",
                    [
                        _event(
                            "AGREE",
                            ["NATO"],
                            ["RUS"],
                            sentence,
                            "met",
                            date=date,
                            precision="day" if date else None,
                        )
                    ],
                    topics=[],
                ),
                settings=any_settings,
                run_id="t",
                location="test",
                label=f"u{n}",
            )
    with db.read() as conn:

        def pages(per_page: int) -> list[list[str | None]]:
            out = []
            for page in range(1, 5):
                found, total = events_page(conn, EventFilters(event="AGREE"), page=page, per_page=per_page)
                assert total == 6
                out.append([e.event_date or e.sentence[-1] for e in found])
            return out

        # dated newest first, then undated, the later coded first
        assert pages(2) == [["2003-03-03", "2002-02-02"], ["2001-01-01", "."], [".", "."], []]
        ids = [e.id for e in events_page(conn, EventFilters(event="AGREE"), per_page=10)[0]]
        undated = ids[3:]
        assert undated == sorted(undated, reverse=True)
        assert pages(4)[:2] == [["2003-03-03", "2002-02-02", "2001-01-01", "."], [".", "."]]
        assert [
            e.id
            for p in range(1, 4)
            for e in events_page(conn, EventFilters(event="AGREE"), page=p, per_page=2)[0]
        ] == ids


def test_reports_with_odd_dates_and_actors_are_stored_unclustered(
    db: Database, any_settings: Settings
) -> None:
    """Event dates that are missing or impossible give no cluster key (and no timeline month), long or odd
    actor lists still cluster by their sorted set, and the document and its events are stored whole."""
    odd = [
        _event("CONSULT", ["NATO"], ["RUS"], "NATO met Russia.", "met", date=None, precision=None),
        _event("CONSULT", ["NATO"], ["RUS"], "NATO met Russia.", "met", date="2015-13-45", precision="day"),
        _event("CONSULT", ["NATO"], ["RUS"], "NATO met Russia.", "met", date="not a date", precision="day"),
        _event(
            "CONSULT",
            ["b", "a", "a" * 500],
            ["’\u202e"],
            "NATO met Russia.",
            "met",
            date="2015-05-19",
            precision="day",
        ),
        _event(
            "CONSULT",
            ["a" * 500, "a", "b"],
            ["’\u202e"],
            "NATO met Russia.",
            "met",
            date="2015-05-20",
            precision="day",
        ),
    ]
    with db.write() as conn:
        save_article(
            conn,
            _article("odd", dt.date(2015, 5, 19), "NATO met Russia.", odd, topics=[]),
            settings=any_settings,
            run_id="t",
            location="test",
            label="odd",
        )
    with db.read() as conn:
        keys = conn.execute(select(schema_events.c.cluster_key).order_by(schema_events.c.id)).scalars().all()
        timeline = month_counts(conn, EventFilters(event="CONSULT"))
    assert keys[:3] == [None, None, None] and keys[3] is not None and keys[3] == keys[4]
    assert [(m.month, m.cooperation) for m in timeline.months] == [("2015-05", 1)]
