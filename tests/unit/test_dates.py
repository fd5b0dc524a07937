"""Date strings as news lists and text scrapes print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.errors import InputError
from detente.extract.dates import (
    match_leading_date,
    parse_date_text,
    parse_iso_datetime,
    search_date,
)
from detente.model import PartialDate, Precision


def day(y: int, m: int, d: int) -> PartialDate:
    return PartialDate(dt.date(y, m, d), Precision.DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05 Oct. 2015", day(2015, 10, 5)),
        ("5 Oct 2015", day(2015, 10, 5)),
        ("19 May. 2015", day(2015, 5, 19)),
        ("29 Sept. 2015", day(2015, 9, 29)),
        ("29 Sep. 2015", day(2015, 9, 29)),
        ("29 sept 2015", day(2015, 9, 29)),
        ("05 October 2015", day(2015, 10, 5)),
        ("October 5, 2015", day(2015, 10, 5)),
        ("Oct. 5, 2015", day(2015, 10, 5)),
        ("Oct 5 2015", day(2015, 10, 5)),
        ("2015-10-05", day(2015, 10, 5)),
        ("05.10.2015", day(2015, 10, 5)),
        ("5.10.2015", day(2015, 10, 5)),
        ("1 June 2014", day(2014, 6, 1)),
        ("4 July 1976", day(1976, 7, 4)),
        ("5th October 2015", day(2015, 10, 5)),
        ("October 5th, 2015", day(2015, 10, 5)),
        ("  05\u00a0Oct.\u00a02015 ", day(2015, 10, 5)),
        ("Tuesday, 19 May 2015", day(2015, 5, 19)),
        ("January 3, 2018, Wednesday", day(2018, 1, 3)),
        ("29 February 2016", day(2016, 2, 29)),
        ("April 2014", PartialDate(dt.date(2014, 4, 1), Precision.MONTH)),
        ("Apr. 2014", PartialDate(dt.date(2014, 4, 1), Precision.MONTH)),
        ("Sept 2014", PartialDate(dt.date(2014, 9, 1), Precision.MONTH)),
        ("2014", PartialDate(dt.date(2014, 1, 1), Precision.YEAR)),
    ],
)
def test_parse_date_text_forms(text: str, expected: PartialDate) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31 Feb. 2015",
        "29 February 2015",
        "32 Oct. 2015",
        "00 Oct. 2015",
        "2015-13-01",
        "2015-02-30",
        "31.04.2015",
        "05.13.2015",
        "0000",
        "",
        "   ",
        "yesterday",
        "05 Oct. 2015 and more",
        "05 Oct. 20151",
        "Septem 2015",
        "20155",
        "Foo 5, 2015",
    ],
)
def test_parse_date_text_rejects(text: str) -> None:
    with pytest.raises(InputError) as info:
        parse_date_text(text)
    assert info.value.reason == "bad_date"


def test_impossible_date_message_names_the_text() -> None:
    with pytest.raises(InputError, match=r"invalid date '31 Feb\. 2015'"):
        parse_date_text("31 Feb. 2015")


@pytest.mark.parametrize(
    ("text", "expected", "end"),
    [
        ("05 Oct. 2015I just met", day(2015, 10, 5), 12),
        ("29 Sep. 2015NATO Secretary General", day(2015, 9, 29), 12),
        ("19 May. 2015The NATO", day(2015, 5, 19), 12),
        ("5 October 2015 Brussels", day(2015, 10, 5), 14),
        ("Oct. 5, 2015Text", day(2015, 10, 5), 12),
        ("2015-10-05Text", day(2015, 10, 5), 10),
        ("05.10.2015 text", day(2015, 10, 5), 10),
        # a four-digit year after a month name may be glued to digits of the teaser
        ("05 Oct. 20151 soldier was hurt", day(2015, 10, 5), 12),
        ("  05 Oct. 2015x", day(2015, 10, 5), 14),
    ],
)
def test_match_leading_date(text: str, expected: PartialDate, end: int) -> None:
    found = match_leading_date(text)
    assert found == (expected, end)


@pytest.mark.parametrize(
    "text",
    [
        "NATO Secretary General meets world leaders",
        "2015I was there",
        "2014 Wales Summit Declaration",
        "April 2014 decision",
        "2015-10-051",
        "05.10.20151",
        "105 Oct. 2015",
        "more",
        "",
    ],
)
def test_match_leading_date_none(text: str) -> None:
    assert match_leading_date(text) is None


def test_match_leading_partial_on_request() -> None:
    assert match_leading_date("April 2014 decision", partial=True) == (
        PartialDate(dt.date(2014, 4, 1), Precision.MONTH),
        10,
    )
    assert match_leading_date("2015I", partial=True) == (PartialDate(dt.date(2015, 1, 1), Precision.YEAR), 4)
    assert match_leading_date("20151", partial=True) is None


def test_match_leading_impossible_date_raises() -> None:
    with pytest.raises(InputError) as info:
        match_leading_date("31 Feb. 2015The text")
    assert info.value.reason == "bad_date"
    assert "31 Feb. 2015" in info.value.message


def test_search_date() -> None:
    assert search_date("Published: January 3, 2018, 16:50") == (day(2018, 1, 3), 11, 26)
    # impossible and embedded candidates are skipped
    assert search_date("ref 1231 Feb 2015, 31 Feb 2015 or 3 Mar 2016") == (day(2016, 3, 3), 34, 44)
    assert search_date("no date here") is None
    assert search_date("in April 2014") is None
    found = search_date("in April 2014", partial=True)
    assert found is not None and found[0].precision is Precision.MONTH


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-01-03", day(2018, 1, 3)),
        ("2018-01-03T16:50:00+03:00", day(2018, 1, 3)),
        ("2018-01-03 16:50", day(2018, 1, 3)),
        ("2018-01", PartialDate(dt.date(2018, 1, 1), Precision.MONTH)),
        ("2018", PartialDate(dt.date(2018, 1, 1), Precision.YEAR)),
        ("3 January 2018", day(2018, 1, 3)),
    ],
)
def test_parse_iso_datetime(value: str, expected: PartialDate) -> None:
    assert parse_iso_datetime(value) == expected


def test_parse_iso_datetime_rejects() -> None:
    for value in ("2018-02-30", "2018-13", "soon"):
        with pytest.raises(InputError):
            parse_iso_datetime(value)


# --- round trips -------------------------------------------------------------------------------------

_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]  # fmt: skip
_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May.", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def _formats(d: dt.date) -> list[str]:
    full, abbr = _FULL[d.month - 1], _ABBR[d.month - 1]
    bare = abbr.rstrip(".")
    return [
        f"{d.day:02d} {abbr} {d.year}",
        f"{d.day} {bare} {d.year}",
        f"{d.day:02d} {full} {d.year}",
        f"{d.day} {full} {d.year}",
        f"{full} {d.day}, {d.year}",
        f"{abbr} {d.day}, {d.year}",
        f"{bare.upper()} {d.day} {d.year}",
        d.isoformat(),
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day}.{d.month}.{d.year}",
    ]


dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@given(dates)
def test_every_day_format_round_trips(d: dt.date) -> None:
    for text in _formats(d):
        assert parse_date_text(text) == PartialDate(d, Precision.DAY), text


@given(dates)
def test_month_and_year_round_trip(d: dt.date) -> None:
    first = d.replace(day=1)
    for text in (f"{_FULL[d.month - 1]} {d.year}", f"{_ABBR[d.month - 1]} {d.year}"):
        assert parse_date_text(text) == PartialDate(first, Precision.MONTH)
    assert parse_date_text(str(d.year)) == PartialDate(d.replace(month=1, day=1), Precision.YEAR)


@given(dates, st.text(min_size=0, max_size=30).filter(lambda s: not s[:1].isdigit()))
def test_leading_date_glued_to_any_text(d: dt.date, tail: str) -> None:
    for text in _formats(d):
        found = match_leading_date(text + tail)
        assert found is not None, text + tail
        assert found[0] == PartialDate(d, Precision.DAY)
        assert found[1] == len(text)


@given(st.text(max_size=40))
def test_parse_date_text_never_crashes(text: str) -> None:
    try:
        result = parse_date_text(text)
    except InputError as exc:
        assert exc.reason == "bad_date"
    else:
        assert isinstance(result, PartialDate)
