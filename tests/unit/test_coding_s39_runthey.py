"""Session 39 (runthey): a pronoun ("them", "they", "our partners") or a two-sided phrase ("the two leaders")
whose referent one of the records just before names gives an event its empty side. Pages are fed as contract
JSON lines through :func:`detente.coding.evaluate.run_contract` with :class:`RecordStream`, or straight to
:func:`detente.coding.s39runthey.settled`; sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from detente.coding import s39runthey
from detente.coding.coder import Event, code_sentence
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

DAY = "2019-03-10"
DATE = dt.date.fromisoformat(DAY)
PUTIN = "Vladimir Putin, President of Russia"
WALKED = "The United States walked away from the missile accord a year ago."
ASKED = "We asked them not to leave the accord."

Triple = tuple[str, list[str], list[str]]


def _run(records: list[tuple[str, str]], context: str | None = PUTIN) -> dict[str, list[Triple]]:
    lines = [json.dumps({"date": DAY, "id": rid, "text": text, "context": context}) for rid, text in records]
    out: dict[str, list[Triple]] = {}
    for line in run_contract(lines, RecordStream()):
        rec = json.loads(line)
        out[rec["id"]] = [(e["event"], sorted(e["source"]), sorted(e["target"])) for e in rec["events"]]
    return out


def test_them_is_the_state_the_record_before_names() -> None:
    out = _run([("kremlin-92001-4", WALKED), ("kremlin-92001-5", ASKED)])
    assert out["kremlin-92001-5"] == [("REQUEST", ["RUS"], ["USA"])]


def test_our_partners_and_a_warning_two_records_on() -> None:
    out = _run(
        [
            ("kremlin-92011-4", WALKED),
            ("kremlin-92011-5", "We asked our partners not to leave the accord."),
            ("kremlin-92011-6", "We warned them that we would respond."),
        ]
    )
    assert out["kremlin-92011-5"] == [("REQUEST", ["RUS"], ["USA"])]
    assert out["kremlin-92011-6"] == [("THREATEN", ["RUS"], ["USA"])]


def test_reproach_the_named_reading_cannot_code() -> None:
    out = _run(
        [("kremlin-92012-4", WALKED), ("kremlin-92012-5", "It seemed they had not listened to us at all.")]
    )
    assert out["kremlin-92012-5"] == [("ACCUSE", ["RUS"], ["USA"])]


def test_two_states_before_is_no_referent() -> None:
    out = _run(
        [
            (
                "kremlin-92002-4",
                "The United States and Japan walked away from the missile accord a year ago.",
            ),
            ("kremlin-92002-5", ASKED),
        ]
    )
    assert out["kremlin-92002-5"] == [("REQUEST", ["RUS"], [])]


def test_referent_too_far_back() -> None:
    out = _run([("kremlin-92003-1", WALKED), ("kremlin-92003-5", ASKED)])
    assert out["kremlin-92003-5"] == [("REQUEST", ["RUS"], [])]


def test_a_sets_label_is_no_page() -> None:
    out = _run([("ab-004", WALKED), ("ab-005", ASKED)])
    assert out["ab-005"] == [("REQUEST", ["RUS"], [])]


def test_a_group_of_people_before_is_no_referent() -> None:
    out = _run(
        [
            ("kremlin-92005-4", "Protesters in the United States walked out of the hall."),
            ("kremlin-92005-5", ASKED),
        ]
    )
    assert out["kremlin-92005-5"] == [("REQUEST", ["RUS"], [])]


def test_the_speakers_own_side_is_no_referent() -> None:
    out = _run(
        [("kremlin-92006-4", "Russia walked away from the missile accord."), ("kremlin-92006-5", ASKED)]
    )
    assert out["kremlin-92006-5"] == [("REQUEST", ["RUS"], [])]


def test_a_side_the_record_names_stays() -> None:
    out = _run(
        [
            ("kremlin-92004-4", WALKED),
            ("kremlin-92004-5", "We asked them and Japan not to leave the accord."),
        ]
    )
    assert ("REQUEST", ["RUS"], ["USA"]) not in out["kremlin-92004-5"]


def _events(text: str, speaker: str | None = None) -> list[Event]:
    return code_sentence(text, date=DATE, speaker=speaker)


def _recode(records: list[s39runthey.Record]) -> Any:
    return lambda k, text: code_sentence(text, date=records[k][2], speaker=records[k][3])


def test_the_two_leaders_are_the_pair_named_before() -> None:
    records: list[s39runthey.Record] = [
        (3, "Russia and France signed a treaty on trade.", DATE, None),
        (4, "The two leaders discussed trade and energy.", DATE, None),
    ]
    coded = [[], _events(records[1][1])]
    assert coded[1] and not coded[1][0].source
    out = s39runthey.settled(records, coded, _recode(records))
    assert sorted(out[1][0].source) == ["FRA", "RUS"]
    assert out[1][0].event is coded[1][0].event


def test_the_sides_after_three_states_stay_empty() -> None:
    records: list[s39runthey.Record] = [
        (3, "Russia, France and Italy signed a treaty on trade.", DATE, None),
        (4, "The sides discussed trade and energy.", DATE, None),
    ]
    coded = [[], _events(records[1][1])]
    out = s39runthey.settled(records, coded, _recode(records))
    assert out[1][0].source == ()


def test_referent_reads_only_the_records_in_reach() -> None:
    earlier: list[s39runthey.Record] = [(1, WALKED, DATE, "RUS"), (7, "Nothing was said.", DATE, "RUS")]
    assert s39runthey.referent(8, earlier, "RUS") is None
    assert s39runthey.referent(3, earlier[:1], "RUS") == ("USA", "The United States")
    assert s39runthey.referent(3, earlier[:1], "USA") is None


def test_hostile_input() -> None:
    event = dataclasses.replace(_events(ASKED, "RUS")[0])
    for text in ("", "!!! ??? 123 ...", "they " * 40_000, "They them our partners " + "x" * 100_000):
        records: list[s39runthey.Record] = [(1, WALKED, DATE, "RUS"), (2, text, DATE, "RUS")]
        out = s39runthey.settled(records, [[], [event]], lambda k, t: [])
        assert len(out) == 2 and len(out[1]) == 1
    assert s39runthey.settled([], [], lambda k, t: []) == []
    out = _run([("kremlin-92009-1", ""), ("kremlin-92009-2", "!!! ???"), ("kremlin-92009-3", "they " * 5000)])
    assert set(out) == {"kremlin-92009-1", "kremlin-92009-2", "kremlin-92009-3"}
