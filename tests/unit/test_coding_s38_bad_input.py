"""Hostile input through the session-38 readers (s38chron, s38targets4, s38realpages, s38kn10, s38misses,
s38argue, s38runs, the name-head and scene guards): empty text, text with no letters, a sentence of about
100 KB that holds each reader's trigger words, and broken lines inside a page run. Each gives a clear result
(no events, or an error line for that record alone), never an exception, and the good records around a bad
one keep exactly the events they get without it. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

DAY = dt.date(2019, 8, 2)

# one trigger phrase for each reader added in session 38
_TRIGGERS = (
    "NATO and Russia set up the NATO-Russia Council and adopted a work plan",  # s38chron
    "the Allies are suspending the treaty's operation after Russia withdrew",  # s38chron / natonews
    "Russia could decide on a pre-emptive strike against",  # s38chron
    "Moscow rejected the proposal of NATO",  # s38targets4
    "The meeting also discussed roads; glad to greet the guests; a route offering tours",  # s38realpages
    "we asked them not to withdraw; they are directly violating the treaty",  # s38kn10
    "NATO foreign ministers declared that; NATO's Moscow office criticised; Poland criticised the decision",
    "a simulated attack in the exercise scenario",  # s38misses
    "it was not us but the United States; they did not hear us; nobody listened to us",  # s38argue
    "the World Chechen Congress; In Helsinki, you said",  # name heads, scenes
    "Turkish F-16s shoot down",  # model plurals
)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "1234 5678 -- ;;; 90", "…‽ ¿¡ %%% ###"])
def test_empty_or_letterless_text_has_no_events(text: str) -> None:
    assert code_sentence(text, date=DAY) == []


@pytest.mark.parametrize("trigger", _TRIGGERS)
def test_a_100_kb_sentence_with_a_readers_trigger_codes_without_crashing(trigger: str) -> None:
    filler = "and the talks went on " * 4600  # about 100 KB with no full stop
    text = f"{trigger} {filler}{trigger}."
    assert len(text) > 100_000
    events = code_sentence(text, date=DAY, context="Vladimir Putin, President of Russia")
    for event in events:
        start, end = event.evidence
        assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize("trigger", _TRIGGERS)
def test_trigger_with_control_characters_and_odd_quotes(trigger: str) -> None:
    text = "\x00\x07" + trigger.replace(" ", " \u200b") + " \u201c\u2019\ufeff"
    assert isinstance(code_sentence(text, date=DAY), list)


_PAGE = [
    {"id": "kremlin-92001-2", "text": "Today we discussed fisheries and the Arctic."},
    {"id": "kremlin-92001-3", "text": "Russia and Norway back a joint effort on search and rescue at sea."},
    {"id": "kremlin-92001-6", "text": "We agreed to meet again in the autumn."},
]


def _lines(records: list[dict[str, object]]) -> list[str]:
    return [
        json.dumps({"date": DAY.isoformat(), "context": "Vladimir Putin, President of Russia", **r})
        for r in records
    ]


def test_a_broken_line_inside_a_run_is_an_error_for_itself_alone() -> None:
    clean = [json.loads(line) for line in run_contract(_lines(_PAGE), RecordStream())]
    good = _lines(_PAGE)
    broken = [good[0], '{"id": "kremlin-92001-4", "text": ', good[1], '{"id": "kremlin-92001-5"}', good[2]]
    out = [json.loads(line) for line in run_contract(broken, RecordStream())]
    assert len(out) == 5
    assert "error" in out[1] and out[1]["error"].startswith("bad_json")
    assert (out[3]["id"], out[3]["error"]) == ("kremlin-92001-5", "missing_text")
    assert [out[0], out[2], out[4]] == clean
    assert any(e["event"] == "CONSULT" for e in clean[0]["events"])  # the run's pair reached "we discussed"


def test_a_run_of_letterless_and_huge_records_gives_one_line_each() -> None:
    records = [
        {"id": "kremlin-92002-1", "text": "#### 2019 ####"},
        {"id": "kremlin-92002-2", "text": "Russia and Italy " + "agree " * 20000},
        {"id": "kremlin-92002-3", "text": ""},
        {"id": "kremlin-92002-4", "text": "We discussed trade."},
    ]
    out = [json.loads(line) for line in run_contract(_lines(records), RecordStream())]
    assert [o["id"] for o in out] == [r["id"] for r in records]
    assert out[0].get("events", []) == [] and out[2].get("events", []) == []
