"""Session 25: the page-level passes added this session (approvals' "you", exchanges' labelled transcripts)
meet garbage records in one document and still answer every record, coding the good ones."""

from __future__ import annotations

import json

from detente.coding.document import RecordStream
from detente.coding.evaluate import run_contract


def _line(number: int, text: str) -> str:
    return json.dumps({"id": f"page-{number}", "text": text, "date": "2018-01-31"})


def test_garbage_between_transcript_records_is_answered_and_the_rest_codes() -> None:
    texts = [
        "President of Russia Vladimir Putin: Welcome to Moscow, Mr Prime Minister.",
        "",
        "you " * 25_000,  # 100 KB of the one word the "you" pass looks for
        "Prime Minister of Belgium Charles Michel: !!!! ???? ....",
        "\x00\x01\x02 thank you for",
        "Many thanks to you for your help with the exhibition in Brussels.",
    ]
    out = [json.loads(o) for o in run_contract([_line(i, t) for i, t in enumerate(texts)], RecordStream())]
    assert [o["id"] for o in out] == [f"page-{i}" for i in range(len(texts))]
    for o in out[1:5]:
        assert "events" in o or "error" in o
    assert all(not o.get("events") for o in out[1:5])  # garbage codes nothing
    assert any(e["event"] == "SUPPORT" for e in out[5]["events"])  # thanks to the other side of the page
