"""Session 38 (runs): a speaker's "we discussed ...", "we agreed ..." on a page whose only guest is named by
joining the two states ("Russia and Norway back ...") or the other leader to the speaker ("The President of
Russia and I ...") is both sides' meeting. Pages are fed as contract JSON lines through
:func:`detente.coding.evaluate.run_contract` with :class:`RecordStream`; sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from detente.coding import s38runs
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

DAY = "2015-03-10"
PUTIN = "Vladimir Putin, President of Russia"
LUKASHENKO = "Alexander Lukashenko, President of Belarus"

Triple = tuple[str, list[str], list[str]]


def _run(records: list[dict[str, Any]]) -> dict[str, list[Triple]]:
    lines = [json.dumps({"date": DAY, **r}) for r in records]
    out: dict[str, list[Triple]] = {}
    for line in run_contract(lines, RecordStream()):
        rec = json.loads(line)
        out[rec["id"]] = [(e["event"], sorted(e["source"]), sorted(e["target"])) for e in rec["events"]]
    return out


def _rec(rid: str, text: str, context: str = PUTIN) -> tuple[str, str, dt.date, str | None]:
    return (rid, text, dt.date.fromisoformat(DAY), context)


_NORWAY_PAGE = [
    ("kremlin-91001-3", "Today we discussed the prospects of trade in fish and timber."),
    ("kremlin-91001-4", "Russia and Norway back a joint effort to keep the Arctic a zone of calm."),
    ("kremlin-91001-9", "We agreed to keep working on the rules for fishing in the Barents Sea."),
]


def test_we_discussed_with_the_state_joined_to_the_speakers() -> None:
    out = _run([{"id": rid, "context": PUTIN, "text": text} for rid, text in _NORWAY_PAGE])
    assert ("CONSULT", ["NOR", "RUS"], []) in out["kremlin-91001-3"]
    assert ("AGREE", ["NOR", "RUS"], []) in out["kremlin-91001-9"]


def test_leader_joined_to_the_speakers_i() -> None:
    records = [
        _rec(
            "kremlin-91002-2",
            "The President of Russia and I talk mostly about trade and transport.",
            LUKASHENKO,
        ),
        _rec("kremlin-91002-5", "Today we reviewed our ties in education and sport.", LUKASHENKO),
    ]
    assert s38runs.joined_pair(records) == ("BLR", "RUS")
    out = _run([{"id": r[0], "context": r[3], "text": r[1]} for r in records])
    assert ("CONSULT", ["BLR", "RUS"], []) in out["kremlin-91002-5"]


def test_two_joined_states_or_two_speakers_give_no_pair() -> None:
    two = [
        _rec("kremlin-91003-1", "Russia and Norway back the talks."),
        _rec("kremlin-91003-2", "Russia and Finland back them too."),
    ]
    assert s38runs.joined_pair(two) == ()
    speakers = [
        _rec("kremlin-91004-1", "Russia and Norway back the talks."),
        _rec("kremlin-91004-2", "Yes.", LUKASHENKO),
    ]
    assert s38runs.joined_pair(speakers) == ()


def test_named_only_as_a_topic_gives_no_pair() -> None:
    records = [_rec("kremlin-91005-1", "We discussed the situation in Norway and the fishing rules.")]
    assert s38runs.joined_pair(records) == ()


def test_a_record_already_coding_keeps_its_events() -> None:
    page = [
        *_NORWAY_PAGE,
        ("kremlin-91001-10", "Last year we signed a dozen business deals with Norway alone."),
    ]
    out = _run([{"id": rid, "context": PUTIN, "text": text} for rid, text in page])
    assert out["kremlin-91001-10"]
    assert all(s == ["RUS"] for _, s, _ in out["kremlin-91001-10"])
