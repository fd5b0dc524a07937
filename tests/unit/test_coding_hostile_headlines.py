"""Garbage through what rules-2026.16 added (headline readings, speaker labels, speaker partners, context
meetings, relative-clause pronouns): a clear result for every input, never an exception, offsets kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from detente.coding import headline
from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence, load_patterns
from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract

DAY = dt.date(2020, 1, 1)
NRC = "Press conference following the NATO-Russia Council"

HOSTILE = [
    "",
    " ",
    ":",
    "Q:",
    "Q: Q: Q: Q:",
    "MODERATOR: " * 2000,
    "NATO SUSPENDS " * 10_000,  # a 140 KB all-caps "headline"
    "Nato Suspends Cooperation With Russia " * 3000,  # a 114 KB Title Case "headline"
    "Lavrov, Stoltenberg, " * 500 + "Discuss",
    "\x00\x01\x02 Nato To Suspend \u2028 Cooperation \x7f",
    "İstanbul Talks Begin; Straße Closed",
    "ﬁnal Talks ﬂop",
    "!!! ??? ,,, ;;; ---",
    "Discuss Stoltenberg:",
    "and I and I and I myself, which they which it",
    "Together With, We Met",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("context", [None, "", NRC, "x" * 50_000, "\x00"])
def test_hostile_text_codes_to_a_list_without_error(text: str, context: str | None) -> None:
    events = code_sentence(text, date=DAY, context=context)
    assert isinstance(events, list)
    for event in events:  # evidence stays inside the text as written
        d = event.to_dict()
        assert 0 <= d["evidence"]["start"] <= d["evidence"]["end"] <= len(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_reading_keeps_the_length(text: str) -> None:
    read = headline.reading(text, dictionary=load_dictionary(), date=DAY, patterns=load_patterns())
    assert len(read) == len(text)
    assert read.lower() == text.lower() or read == text


def test_hostile_records_in_a_document_run_each_get_one_line() -> None:
    lines = [
        json.dumps({"id": f"nrc-{i}", "text": text, "date": "2020-01-01", "context": NRC})
        for i, text in enumerate(HOSTILE)
    ]
    lines.insert(3, "{not json")
    lines.insert(5, json.dumps({"id": "nrc-99", "text": "We discussed Ukraine.", "date": "not a date"}))
    out = [json.loads(line) for line in run_contract(lines, RecordStream())]
    assert len(out) == len(lines)
    assert sum(1 for o in out if "error" in o) == 1  # only the broken line, named
    # the undated record is coded all the same, and says its date was unusable
    [undated] = [o for o in out if o.get("id") == "nrc-99"]
    assert undated["warning"] == "bad_date" and "error" not in undated
    assert all(isinstance(o.get("events", []), list) for o in out)
