"""s34-kremlin18: "we agreed" told by one side, later meetings in a lead, and talks told by
their agenda on a page whose sides come from the run's fallback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding import kremlin18
from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DATE = "2004-06-15"
DAY = dt.date(2004, 6, 15)
PUTIN = "Vladimir Putin, President of Russia"


def _line(rid: str, text: str, context: str | None = None) -> str:
    record: dict[str, Any] = {"id": rid, "text": text, "date": DATE}
    if context:
        record["context"] = context
    return json.dumps(record)


def _run(lines: Sequence[str]) -> list[list[tuple[str, list[str], list[str]]]]:
    outs = [json.loads(out) for out in ev.run_contract(lines, RecordStream())]
    return [sorted((e["event"], sorted(e["source"]), sorted(e["target"])) for e in o["events"]) for o in outs]


def _code(text: str, context: str | None = PUTIN) -> list[tuple[str, list[str], list[str], str]]:
    found = code_sentence(text, date=DAY, context=context)
    return sorted((e.event.value, sorted(e.source), sorted(e.target), e.polarity.value) for e in found)


# --- "we agreed" told by one side ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, other",
    [
        ("We agreed with President Erdogan that our foreign ministers would meet next month.", "TUR"),
        (
            "Yesterday we agreed with Alexander Lukashenko on joint purchases of grain.",
            "BLR",
        ),
        ("We also agreed with Nursultan Nazarbayev that the border crossings will open in May.", "KAZ"),
    ],
)
def test_we_agreed_is_mutual(text: str, other: str) -> None:
    agree = [k for k in _code(text) if k[0] == "AGREE"]
    assert agree == [("AGREE", sorted(["RUS", other]), [], "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "We have not agreed with President Erdogan on the timing of the visit.",  # negated: left as read
        "President Erdogan agreed with us that the ministers would meet.",  # not "we" as subject
    ],
)
def test_we_agreed_look_alikes_stay_one_way(text: str) -> None:
    assert all(not (k[0] == "AGREE" and not k[2] and len(k[1]) == 2) for k in _code(text))


def test_alliance_we_agreed_is_its_own_decision() -> None:
    ctx = "Summit declaration of NATO Heads of State and Government; 'we' are the Allies."
    out = _code("At our last summit we agreed that Ukraine will become a member of NATO.", ctx)
    assert not [k for k in out if k[0] == "AGREE" and not k[2] and len(k[1]) == 2]
    assert kremlin18.we_agreed("We agreed with Kyiv on it.", [], "NATO") == []


def test_we_agreed_with_nobody_named_is_left() -> None:
    # no counterpart after "with": the AGREE keeps the sides it was read with
    assert not [k for k in _code("We agreed that the Serbian side will take part.") if len(k[1]) == 2]


def test_we_agreed_with_a_ministry_is_no_talks() -> None:
    assert not [k for k in _code("We agreed with the Energy Ministry on a new procedure.") if len(k[1]) == 2]


# --- a later meeting named in a lead sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The guest hoped that a way out would be found by the Russia-EU summit, scheduled for November.",
        "Preparations for the upcoming Russian-Chinese talks were reviewed.",
        "Ahead of the Russia-NATO summit the ministers spoke by phone.",
    ],
)
def test_later_meeting_named(text: str) -> None:
    assert kremlin18.names_later_meeting(text)


@pytest.mark.parametrize(
    "text",
    [
        "At a press conference following Russian-Indian talks, the President spoke of trade.",
        "The Russia-EU summit opened in the morning.",
        "",
        "12345 -- !!!",
    ],
)
def test_held_meeting_is_no_later_one(text: str) -> None:
    assert not kremlin18.names_later_meeting(text)


def test_later_meeting_in_the_lead_gives_no_sides() -> None:
    lines = [
        _line("kremlin-97001-0", "The heads of state discussed a wide range of bilateral issues."),
        _line(
            "kremlin-97001-1",
            "The Luxembourg Prime Minister hoped a solution would be found by the Russia-EU summit, scheduled for May.",
        ),
        _line("kremlin-97001-2", "Mr Putin and Mr Juncker also exchanged views on the Middle East."),
    ]
    first = _run(lines)[0]
    assert first == [("CONSULT", ["LUX", "RUS"], [])]


# --- agenda records take the run's fallback sides as a reported meeting ---------------------------------------------


def test_agenda_record_takes_the_fallback_pair() -> None:
    lines = [
        _line("kremlin-97002-7", "Other issues under discussion were fisheries and shipping."),
        _line("kremlin-97002-8", "The Norwegian Prime Minister thanked Mr Putin for the hospitality."),
    ]
    assert _run(lines)[0] == [("CONSULT", ["NOR", "RUS"], [])]


def test_agenda_record_of_a_set_label_takes_nothing() -> None:
    # "bo2-..." is a set's label and running number, not a page: its records share no sides
    lines = [
        _line("bo2-007", "Other issues under discussion were fisheries and shipping."),
        _line("bo2-008", "The Norwegian Prime Minister thanked Mr Putin for the hospitality."),
    ]
    assert _run(lines)[0] == []


def test_talks_takers_filters() -> None:
    records = [
        ("kremlin-97003-1", "Other issues under discussion were trade and energy.", DAY, None),
        ("kremlin-97003-2", "The weather was fine.", DAY, None),
    ]
    assert kremlin18.talks_takers(records, [(0, 1), (1, 2)], lambda rid: True) == [(0, 1)]
    assert kremlin18.talks_takers(records, [(0, 1)], lambda rid: False) == []
    assert kremlin18.talks_takers(records, [], lambda rid: True) == []


# --- bad input ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "1234 5678 -- ...", "we agreed " * 12000])
def test_bad_input(text: str) -> None:
    assert kremlin18.settled(text, [], "RUS") == []
    code_sentence(text[:100_000], date=DAY, context=PUTIN)
    kremlin18.names_later_meeting(text)
