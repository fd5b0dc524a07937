"""s32-kremlin15: the sides of talks told deep in a page whose records do not name them - a topic "touched
on" in the passive, and the two states whose leaders a run names, topic states aside."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding import kremlin15
from detente.coding.document import RecordStream

DATE = "2019-05-06"


def _line(rid: str, text: str, date: str = DATE) -> str:
    return json.dumps({"id": rid, "text": text, "date": date})


def _run(lines: Sequence[str]) -> list[dict[str, Any]]:
    return [json.loads(out) for out in ev.run_contract(lines, RecordStream())]


def _sources(out: dict[str, Any], event: str) -> list[list[str]]:
    return [sorted(e["source"]) for e in out["events"] if e["event"] == event]


# --- a topic "touched on" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The question of river shipping was also touched on.",
        "Matters of border trade were touched on as well.",
        "Energy prices were briefly touched on at the end of the meeting.",
    ],
)
def test_a_topic_touched_on_is_agenda(text: str) -> None:
    assert kremlin15.agenda_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister touched on river shipping in his speech.",  # active: someone's own words
        "The question of river shipping was not touched on.",  # left out
        "Border trade was never touched on during the visit.",
        "The paint was touched up before the ceremony.",
        "The question of river shipping was also discussed.",  # not this module's phrasing
        "",
        "1234 ... !!",
        "word " * 20_000 + "was also touched on.",
    ],
)
def test_near_misses_are_no_agenda(text: str) -> None:
    assert not kremlin15.agenda_told(text)


def test_a_lone_record_touching_on_two_states_business_takes_their_pair() -> None:
    # before: a sourceless CONSULT, the record not counted as talks told without their sides
    lines = [_line("kremlin-906-4", "Fishing in the Barents Sea by Russia and Norway was also touched on.")]
    out = _run(lines)
    assert _sources(out[0], "CONSULT") == [["NOR", "RUS"]]


# --- the run's two leaders ----------------------------------------------------------------------------

LEADERS = [
    ("1", "The two leaders discussed the situation in Syria and Lebanon."),
    ("2", "Vladimir Putin stressed the need to respect the sovereignty of Syria."),
    ("3", "Benjamin Netanyahu spoke of the threat from Iran."),
]


def _records(rows: Sequence[tuple[str, str]], label: str = "kremlin-905") -> list[Any]:
    date = dt.date.fromisoformat(DATE)
    return [(f"{label}-{n}", text, date, None) for n, text in rows]


def test_two_leaders_of_two_states_are_the_pair() -> None:
    assert sorted(kremlin15.leaders_pair(_records(LEADERS))) == ["ISR", "RUS"]


def test_the_leaders_pair_reaches_talks_told_before_them() -> None:
    # three states named (Syria, Lebanon, Iran besides Russia and Israel): no named pair; the people
    # named belong to two states only
    out = _run([_line(f"kremlin-905-{n}", text) for n, text in LEADERS])
    assert _sources(out[0], "CONSULT") == [["ISR", "RUS"]]


def test_a_set_label_lends_no_leaders_pair() -> None:
    # "bo2-1", "bo2-2": a list's running numbers, maybe unrelated sentences sharing a date
    out = _run([_line(f"bo2-{n}", text) for n, text in LEADERS])
    assert all(not src for src in _sources(out[0], "CONSULT"))


def test_leaders_of_another_document_lend_nothing() -> None:
    lines = [
        _line("kremlin-905-1", LEADERS[0][1]),
        _line("kremlin-915-2", LEADERS[1][1]),
        _line("kremlin-915-3", LEADERS[2][1]),
    ]
    out = _run(lines)
    assert all(not src for src in _sources(out[0], "CONSULT"))


@pytest.mark.parametrize(
    "rows",
    [
        # three states' leaders
        [
            ("2", "Vladimir Putin stressed the need to respect the sovereignty of Syria."),
            ("3", "Benjamin Netanyahu spoke of the threat from Iran."),
            ("4", "Emmanuel Macron joined the call later."),
        ],
        # one leader only
        [("2", "Vladimir Putin stressed the need to respect the sovereignty of Syria.")],
        # an organisation's head is no state's leader
        [
            ("2", "Vladimir Putin stressed the need to respect the sovereignty of Syria."),
            ("3", "Jens Stoltenberg spoke of the threat from Iran."),
        ],
        [],
        [("1", ""), ("2", "?!")],
        [("1", "Vladimir Putin " + "word " * 20_000)],
    ],
)
def test_no_leaders_pair(rows: list[tuple[str, str]]) -> None:
    assert kremlin15.leaders_pair(_records(rows)) == ()


def test_a_long_run_lends_no_leaders_pair() -> None:
    rows = [(str(n), "Trade was discussed.") for n in range(kremlin15.MAX_RECORDS)]
    rows += [("900", LEADERS[1][1]), ("901", LEADERS[2][1])]
    assert kremlin15.leaders_pair(_records(rows)) == ()


# --- the Union State's bodies ----------------------------------------------------------------------

UNION = [
    ("0", "The two presidents also discussed customs rules and the joint air defence system."),
    ("1", "After the Supreme State Council session, the presidents signed several agreements."),
]


def test_the_union_states_bodies_are_russia_and_belarus() -> None:
    assert kremlin15.union_pair(_records(UNION)) == ("RUS", "BLR")
    out = _run([_line(f"kremlin-920-{n}", text, "2016-06-30") for n, text in UNION])
    assert _sources(out[0], "CONSULT") == [["BLR", "RUS"]]
    assert _sources(out[1], "SUPPORT") == [["BLR", "RUS"]]


def test_a_set_label_lends_no_union_pair() -> None:
    out = _run([_line(f"bo2-{n}", text, "2016-06-30") for n, text in UNION])
    assert all(not src for src in _sources(out[0], "CONSULT"))


@pytest.mark.parametrize(
    "rows",
    [
        [UNION[0], ("1", "Nursultan Nazarbayev spoke of the Union State as an example.")],  # a third state
        [UNION[0], ("1", "The idea of a union state of the two countries came up.")],  # no body's name
        [UNION[0]],
        [],
        [("0", ""), ("1", "...")],
        [("0", "word " * 20_000 + "Union State")],
    ],
)
def test_no_union_pair(rows: list[tuple[str, str]]) -> None:
    assert kremlin15.union_pair(_records(rows)) == ()
