"""Bad input for the rules-2026.20 readers (appraisals, commitments, consults, criticism, agent lists,
appeals, venues): fragments that stop where a reader expects its next word, stray quote marks, a
100 KB sentence made of the readers' own trigger words. Each gives a list of events (usually none) with
the speaker and the meeting's sides set, never an exception, and the next sentence of the same document
is still coded."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.document import RecordStream

DAY = dt.date(2019, 6, 1)
PUTIN = "Vladimir Putin, President of Russia"

FRAGMENTS = [
    "",
    "“",
    "‘ ’ “ ” \" '",
    "We talked about",
    "we",
    "It was decided that",
    "it was decided to",
    "The mutual commitment to",
    "relations with were reliable partners",
    "Finnish businessmen were",
    "was discussed with",
    "briefed on the results of his visit to",
    "came under fire over",
    "faces accusations of",
    "by , and and by the",
    "international calls",
    "At the NATO-Russia Council",
    "At the NATO-Russia Council, the",
    "\x00\x01\x02 ~~~ 12 345",
    "we will always work together " * 3_600,  # about 100 KB of commitment words
    "“resembles revenge” " * 5_000,
    "by Russia and " * 7_000,
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_a_fragment_or_garbage_codes_without_error(text: str) -> None:
    events = code_sentence(text, date=DAY, context=PUTIN, participants=("RUS", "FRA"), reported_meeting=True)
    assert isinstance(events, list)
    for event in events:  # whatever is coded names only actor codes, never the garbage itself
        assert all(code and len(code) < 80 for code in (*event.source, *event.target))


def test_garbage_records_do_not_stop_the_document() -> None:
    stream = RecordStream()
    day = DAY
    stream("kremlin-1-0", "Vladimir Putin and Emmanuel Macron held talks in the Kremlin.", day, None)
    for n, text in enumerate(FRAGMENTS, start=1):
        assert isinstance(stream(f"kremlin-1-{n}", text, day, PUTIN), list)
    last = stream(
        f"kremlin-1-{len(FRAGMENTS) + 1}", "Russia strongly condemned the attack on Ukraine.", day, None
    )
    assert ("ACCUSE", ["RUS"]) in [(e["event"], e["source"]) for e in last]
