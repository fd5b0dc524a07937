"""The contract's record stream: consecutive records of one document share what that document said."""

from __future__ import annotations

import json

import pytest

from detente.coding import evaluate as ev
from detente.coding.document import RecordStream, record_place
from detente.coding.gold import parse_date


def _line(rid: str, text: str, date: str = "2003-05-12", context: str | None = None) -> str:
    data = {"id": rid, "text": text, "date": date}
    if context is not None:
        data["context"] = context
    return json.dumps(data)


def _coded(lines: list[str]) -> dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]]:
    out = {}
    for line in ev.run_contract(lines, RecordStream()):
        data = json.loads(line)
        assert "error" not in data, data
        out[data["id"]] = [(e["event"], tuple(e["source"]), tuple(e["target"])) for e in data["events"]]
    return out


OPENING = "Mr Putin and Mr Chirac discussed trade between the two countries and the situation in Iraq."
FOLLOW_UP = "Both leaders also discussed the prospects for the talks on European security."


@pytest.mark.parametrize(
    ("rid", "place"),
    [
        ("kremlin-42748-3", ("kremlin-42748", 3)),
        ("nato-2016-07-08_s12", ("nato-2016-07-08", 12)),
        ("doc7.sentence4", ("doc7", 4)),
        ("p:0", ("p", 0)),
        ("a", None),
        ("17", None),
        ("doc-1234567", None),
        ("text-x", None),
    ],
)
def test_record_place_reads_document_and_sentence_from_the_id(
    rid: str, place: tuple[str, int] | None
) -> None:
    assert record_place(rid) == place


def test_sides_of_a_meeting_carry_to_the_next_records_of_the_same_document() -> None:
    out = _coded([_line("fr-1-0", OPENING), _line("fr-1-1", FOLLOW_UP)])
    assert out["fr-1-0"] == [("CONSULT", ("RUS", "FRA"), ())]
    assert out["fr-1-1"] == [("CONSULT", ("RUS", "FRA"), ())]


def test_the_same_records_alone_name_no_side() -> None:
    """The carried sides come from the earlier record, not from the sentence itself."""
    [(event, sources, targets)] = _coded([_line("fr-1-1", FOLLOW_UP)])["fr-1-1"]
    assert event == "CONSULT" and sources == () and targets == ()


@pytest.mark.parametrize(
    "second",
    [
        _line("fr-2-1", FOLLOW_UP),  # another document
        _line("fr-1-1", FOLLOW_UP, date="2003-05-13"),  # same id part, another day
        _line("follow-up", FOLLOW_UP),  # an id without a sentence number
        _line("fr-1-0", FOLLOW_UP),  # the numbering starts again: another text under the same name
    ],
)
def test_records_of_another_document_start_afresh(second: str) -> None:
    lines = [_line("fr-1-0", OPENING), second]
    outs = [json.loads(line) for line in ev.run_contract(lines, RecordStream())]
    [(event, sources, targets)] = [(e["event"], e["source"], e["target"]) for e in outs[1]["events"]]
    assert (event, sources, targets) == ("CONSULT", [], [])


def test_a_record_in_between_from_elsewhere_ends_the_document() -> None:
    out = _coded(
        [_line("fr-1-0", OPENING), _line("de-9-0", "The weather was mild."), _line("fr-1-1", FOLLOW_UP)]
    )
    assert out["fr-1-1"] == [("CONSULT", (), ())]


def test_named_sides_in_a_record_are_kept_over_the_carried_ones() -> None:
    out = _coded(
        [
            _line("fr-1-0", OPENING),
            _line("fr-1-1", "Russia criticised Georgia for the incident on the border."),
        ]
    )
    assert out["fr-1-1"] == [("ACCUSE", ("RUS",), ("GEO",))]


def test_each_stream_has_its_own_memory() -> None:
    first = RecordStream()
    first("fr-1-0", OPENING, parse_date("2003-05-12"), None)
    fresh = RecordStream()
    [event] = fresh("fr-1-1", FOLLOW_UP, parse_date("2003-05-12"), None)
    assert event["source"] == [] and event["target"] == []


def test_bad_records_in_a_run_do_not_break_it() -> None:
    lines = [
        _line("fr-1-0", OPENING),
        '{"id": "fr-1-1", "text": 5, "date": "2003-05-12"}',
        "not json",
        _line("fr-1-2", FOLLOW_UP),
    ]
    outs = [json.loads(line) for line in ev.run_contract(lines, RecordStream())]
    assert [o.get("error") for o in outs] == [None, "missing_text", "bad_json: JSONDecodeError", None]
    assert outs[3]["events"][0]["source"] == ["RUS", "FRA"]


def test_over_long_and_letterless_records_in_a_run_keep_the_run() -> None:
    """A sentence too long to code or with no letters gives no events, and the document's sides survive it."""
    lines = [
        _line("fr-1-0", OPENING),
        _line("fr-1-1", "x" * 200_000),
        _line("fr-1-2", "12 345 -- !!"),
        _line("fr-1-3", FOLLOW_UP),
    ]
    outs = [json.loads(line) for line in ev.run_contract(lines, RecordStream())]
    assert [o["events"] for o in outs[1:3]] == [[], []]
    assert outs[3]["events"][0]["source"] == ["RUS", "FRA"]
