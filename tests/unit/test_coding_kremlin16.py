"""s32-kremlin16: states named only as topics are no sides of a run's talks, and a call "with" a foreign
leader on a Kremlin-like page pairs Russia with the one called."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding import kremlin16
from detente.coding.document import RecordStream

DATE = "2021-03-09"


def _line(rid: str, text: str, date: str = DATE, context: str | None = None) -> str:
    record: dict[str, Any] = {"id": rid, "text": text, "date": date}
    if context:
        record["context"] = context
    return json.dumps(record)


def _run(lines: Sequence[str]) -> list[dict[str, Any]]:
    return [json.loads(out) for out in ev.run_contract(lines, RecordStream())]


def _sources(out: dict[str, Any], event: str) -> list[list[str]]:
    return [sorted(e["source"]) for e in out["events"] if e["event"] == event]


# --- a call "with" a foreign leader on a Kremlin-like page ------------------------------------------


@pytest.mark.parametrize(
    ("title", "follow", "other"),
    [
        (
            "Phone call with Prime Minister of Israel Naftali Bennett",
            "The sides discussed the situation in Syria in detail.",
            "ISR",
        ),
        (
            "Telephone conversation with President of France Emmanuel Macron",
            "The two leaders discussed the settlement in Libya and developments around Iran.",
            "FRA",
        ),
        (
            "Meeting with Chancellor of Germany Angela Merkel",
            "The sides exchanged views on the crisis in Belarus.",
            "DEU",
        ),
    ],
)
def test_called_leader_and_russia_are_the_sides(title: str, follow: str, other: str) -> None:
    out = _run([_line("kremlin-70001-0", title), _line("kremlin-70001-1", follow)])
    assert _sources(out[1], "CONSULT") == [sorted(["RUS", other])]


def test_russian_speaker_context_makes_the_page_russian() -> None:
    out = _run(
        [
            _line("palace-70002-0", "Telephone conversation with President of France Emmanuel Macron"),
            _line(
                "palace-70002-1",
                "Vladimir Putin: We spoke about many things.",
                context="Vladimir Putin, President of Russia",
            ),
            _line("palace-70002-2", "The sides discussed the crisis in Lebanon."),
        ]
    )
    assert _sources(out[2], "CONSULT") == [["FRA", "RUS"]]


def test_no_home_side_lends_no_russia() -> None:
    # a page of no known home side: the one called alone is no pair
    out = _run(
        [
            _line("palace-70003-0", "Telephone conversation with President of France Emmanuel Macron"),
            _line("palace-70003-1", "The sides discussed the crisis in Lebanon."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[1], "CONSULT"))


def test_a_list_label_lends_nothing() -> None:
    # a set's label and a running number: unrelated sentences that share a date
    out = _run(
        [
            _line("kremlinset-1", "Telephone conversation with President of France Emmanuel Macron"),
            _line("kremlinset-2", "The sides discussed the crisis in Lebanon."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[1], "CONSULT"))


def test_different_dates_lend_nothing() -> None:
    out = _run(
        [
            _line("kremlin-70004-0", "Telephone conversation with President of France Emmanuel Macron"),
            _line("kremlin-70004-1", "The sides discussed the crisis in Lebanon.", date="2021-03-10"),
        ]
    )
    assert all("FRA" not in s and "RUS" not in s for s in _sources(out[1], "CONSULT"))


def test_two_leaders_called_lend_nothing() -> None:
    out = _run(
        [
            _line("kremlin-70005-0", "Telephone conversation with President of France Emmanuel Macron"),
            _line("kremlin-70005-1", "Meeting with Chancellor of Germany Angela Merkel"),
            _line("kremlin-70005-2", "The sides discussed the crisis in Lebanon."),
        ]
    )
    assert all("RUS" not in s for s in _sources(out[2], "CONSULT"))


def test_talks_held_earlier_are_no_call_of_the_page() -> None:
    records = [
        (
            "kremlin-70006-0",
            "He recalled that the issue had been raised in talks with the President of France.",
            dt.date(2021, 3, 9),
            None,
        ),
    ]
    assert kremlin16.called_pair(records, numbered=True) == ()


def test_domestic_meeting_is_no_pair() -> None:
    records = [
        (
            "kremlin-70007-0",
            "Meeting with Prime Minister of Russia Mikhail Mishustin",
            dt.date(2021, 3, 9),
            None,
        ),
    ]
    assert kremlin16.called_pair(records, numbered=True) == ()
    assert kremlin16.called_pair(records[:0], numbered=True) == ()


# --- states named only as topics --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("They discussed the situation in Syria.", "Syria"),
        ("The talks covered the settlement in Libya.", "Libya"),
        ("Views were exchanged on developments around Iran.", "Iran"),
        ("The crisis in Venezuela came up.", "Venezuela"),
        ("They also talked about Iran's nuclear programme.", "Iran"),
        ("They touched upon issues of Afghanistan.", "Afghanistan"),
        ("The Syrian settlement was discussed.", "Syrian"),
    ],
)
def test_topic_state_blanked(text: str, gone: str) -> None:
    out = kremlin16.untopical(text)
    assert gone not in out
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "They discussed issues of Russian-Israeli cooperation.",
        "They discussed the state of Israel relations with its neighbours.",
        "Syria and Iran signed a treaty.",
        "The situation is calm.",
    ],
)
def test_own_pair_not_blanked(text: str) -> None:
    assert kremlin16.untopical(text) == text


def test_topic_state_is_no_side_of_the_run() -> None:
    out = _run(
        [
            _line(
                "kremlin-70008-0", "Vladimir Putin held talks with Prime Minister of Israel Naftali Bennett."
            ),
            _line("kremlin-70008-1", "The sides discussed the situation in Syria."),
        ]
    )
    assert ["ISR", "SYR"] not in _sources(out[1], "CONSULT")


def test_state_named_both_as_topic_and_side_still_counts() -> None:
    out = _run(
        [
            _line("elysee-70009-1", "The sides discussed the situation in Syria."),
            _line("elysee-70009-2", "Turkey and Syria agreed to meet again."),
        ]
    )
    assert _sources(out[0], "CONSULT") == [["SYR", "TUR"]]


# --- bad input --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "1234 !!", "Telephone conversation with " * 4000])
def test_bad_input(text: str) -> None:
    assert isinstance(kremlin16.untopical(text), str)
    records = [("kremlin-70010-0", text, dt.date(2021, 3, 9), None)]
    assert kremlin16.called_pair(records, numbered=True) == ()
    _run([_line("kremlin-70010-0", text or "x")])
