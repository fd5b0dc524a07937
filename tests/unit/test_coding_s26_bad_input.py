"""Bad input through the session-26 readers: their cue words with nothing (or garbage) around them, cut-off
sentences, very long runs of a cue, and garbage records inside a readout run. Every record is answered, in
order; garbage codes nothing; a good record among them still codes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from detente.coding.coder import MAX_SENTENCE_CHARS, code_sentence
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

D = dt.date(2021, 10, 18)

CUES = [
    "Defying ,",
    "In defiance of",
    "the decision of to",
    "Federal Chancellor of",
    "At the request of the side,",
    "Later the talks continued",
    "Concern was expressed over",
    "citing",
    "ended without a deal",
    "criticism from",
    "in a swipe at",
    "was stabbed",
    "asked to leave",
    "has reduced the staff of our embassy",
    "will respond in due course",
    "no business as usual",
    "attributes to",
    "because of continued violation",
    "The atmosphere was",
    "the Federal Chancellor",
    "Secretary of State",
    "on Monday",
    "’s ’s ’s",
]


@pytest.mark.parametrize("cue", CUES)
def test_a_cue_alone_or_cut_off_codes_nothing_and_never_raises(cue: str) -> None:
    assert code_sentence(cue, date=D) == []
    for cut in range(1, len(cue)):
        code_sentence(cue[:cut], date=D)  # any result, but no exception
    assert isinstance(
        code_sentence(cue + " " + cue, date=D, context="Vladimir Putin, President of Russia"), list
    )


def test_long_runs_of_the_cues_are_bounded() -> None:
    text = " ".join(CUES) * 200
    assert len(text) > MAX_SENTENCE_CHARS and code_sentence(text, date=D) == []
    near = (" ".join(CUES) + " ")[: MAX_SENTENCE_CHARS - 1]
    code_sentence(near, date=D, context="Statement by the North Atlantic Council")  # returns, no exception


def test_garbage_records_inside_a_readout_run_leave_the_good_one_coded() -> None:
    records = [
        {
            "id": "kro99-1",
            "date": "2021-10-18",
            "text": "Vladimir Putin had a phone conversation with President of France Emmanuel Macron.",
        },
        {"id": "kro99-2", "date": "2021-10-18", "text": ""},
        {"id": "kro99-3", "date": "2021-10-18", "text": "\u0000\u0001 ;;; ,,, " * 50},
        {"id": "kro99-4", "date": "2021-10-18", "text": "At the request of the" * 3000},
        {"id": "kro99-5", "date": "2021-10-18", "text": "Federal Chancellor of"},
    ]
    lines = list(run_contract([json.dumps(r) for r in records], RecordStream()))
    out = [json.loads(line) for line in lines]
    assert [o["id"] for o in out] == [r["id"] for r in records]
    assert [e["event"] for e in out[0]["events"]] == ["CONSULT"]
    assert all(o["events"] == [] for o in out[1:])
