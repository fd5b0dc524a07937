"""Look-ahead within a document's records in ``detente code --jsonl``: a readout's first records ("The two
presidents discussed ...") learn the meeting's sides from a later record of the same document; records
of other documents never do; the output keeps the input's order and one bad line stays one error line."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import pytest

from detente.coding import evaluate as ev
from detente.coding.document import RecordStream, StreamRecord


def _line(rid: str, text: str, date: str = "2020-03-10", context: str | None = None) -> str:
    data: dict[str, Any] = {"id": rid, "text": text, "date": date}
    if context is not None:
        data["context"] = context
    return json.dumps(data)


def _run(lines: Sequence[str]) -> list[dict[str, Any]]:
    return [json.loads(out) for out in ev.run_contract(lines, RecordStream())]


def _consults(out: dict[str, Any]) -> list[tuple[list[str], list[str]]]:
    return [(sorted(e["source"]), sorted(e["target"])) for e in out["events"] if e["event"] == "CONSULT"]


READOUT = [
    _line("kremlin-1-0", "The two presidents discussed at length a wide set of global questions."),
    _line("kremlin-1-1", "The pooling of efforts in countering the infection remains a topical task."),
    _line("kremlin-1-5", "Vladimir Putin told Emmanuel Macron about the steps Russia has taken in Syria."),
]


def test_first_record_learns_the_sides_from_a_later_one() -> None:
    out = _run(READOUT)
    assert [o["id"] for o in out] == ["kremlin-1-0", "kremlin-1-1", "kremlin-1-5"]
    assert _consults(out[0]) == [(["FRA", "RUS"], [])]
    assert out[1]["events"] == []  # no event told: the sides make none up
    assert _consults(out[2]) == [(["RUS"], ["FRA"])]


def test_one_record_at_a_time_has_no_look_ahead() -> None:
    # the same records through the plain per-record coder: the first one has no one to name
    stream = RecordStream()
    first = stream("kremlin-1-0", json.loads(READOUT[0])["text"], dt.date(2020, 3, 10), None)
    assert all(not e["source"] for e in first if e["event"] == "CONSULT")


def test_records_of_another_document_lend_nothing() -> None:
    lines = [READOUT[0], _line("kremlin-2-5", "Vladimir Putin told Emmanuel Macron about the talks.")]
    out = _run(lines)
    assert all(not src for src, _ in _consults(out[0]))


def test_another_date_is_another_document() -> None:
    lines = [READOUT[0], _line("kremlin-1-5", "Vladimir Putin told Emmanuel Macron about it.", "2020-03-11")]
    assert all(not src for src, _ in _consults(_run(lines)[0]))


def test_numbering_that_starts_again_is_another_text() -> None:
    lines = [
        _line("kremlin-1-3", "The two presidents discussed bilateral issues."),
        _line("kremlin-1-0", "Vladimir Putin told Emmanuel Macron about the talks."),
    ]
    assert all(not src for src, _ in _consults(_run(lines)[0]))


def test_ids_without_a_sentence_number_stand_alone() -> None:
    lines = [
        _line("readout", "The two presidents discussed bilateral issues."),
        _line("other", "Vladimir Putin told Emmanuel Macron about the talks."),
    ]
    assert all(not src for src, _ in _consults(_run(lines)[0]))


def test_two_speakers_of_two_states_are_the_sides() -> None:
    lines = [
        _line("kremlin-7-0", "The discussion focused on bilateral relations in the economic field."),
        _line(
            "kremlin-7-2",
            "Mr Tibilov, I am glad to welcome you.",
            context="Vladimir Putin, President of Russia",
        ),
        _line(
            "kremlin-7-9",
            "Thank you for the invitation.",
            context="Leonid Tibilov, President of South Ossetia",
        ),
    ]
    out = _run(lines)
    assert _consults(out[0]) == [(["RUS", "south ossetia"], [])]


def test_a_speakers_own_words_are_not_read_again() -> None:
    # the speaker's "we discussed" stays the speaker's reading; only narration takes the later sides
    lines = [
        _line(
            "kremlin-8-0",
            "We discussed the situation in Syria.",
            context="Vladimir Putin, President of Russia",
        ),
        _line("kremlin-8-4", "Vladimir Putin told Emmanuel Macron about the steps taken."),
    ]
    first = _run(lines)[0]
    plain = RecordStream()(
        "kremlin-8-0",
        "We discussed the situation in Syria.",
        dt.date(2020, 3, 10),
        "Vladimir Putin, President of Russia",
    )
    assert first["events"] == [ev.contract_event(e) for e in plain]


def test_bad_lines_inside_a_run_keep_their_place() -> None:
    lines = [READOUT[0], "{not json", _line("kremlin-1-1", "12345"), json.dumps({"id": "x"}), *READOUT[1:]]
    out = _run(lines)
    assert [o["id"] for o in out] == ["kremlin-1-0", None, "kremlin-1-1", "x", "kremlin-1-1", "kremlin-1-5"]
    assert out[1]["error"].startswith("bad_json") and out[1]["line"] == 2
    assert out[3]["error"] == "missing_text"
    assert _consults(out[0]) == [(["FRA", "RUS"], [])]


class _Exploding(RecordStream):
    """A run coder whose whole-run reading fails, and whose per-record reading fails on one record."""

    def code_run(self, records: Sequence[StreamRecord]) -> list[list[dict[str, Any]]]:
        raise RuntimeError("run failed")

    def __call__(self, rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]:
        if "boom" in text:
            raise ValueError("boom")
        return super().__call__(rid, text, date, context)


def test_a_failing_run_is_coded_record_by_record(caplog: pytest.LogCaptureFixture) -> None:
    lines = [_line("d-0", "Russia criticised NATO."), _line("d-1", "boom"), _line("d-2", "NATO met Russia.")]
    out = [json.loads(o) for o in ev.run_contract(lines, _Exploding())]
    assert [o["id"] for o in out] == ["d-0", "d-1", "d-2"]
    assert out[1]["error"] == "coder_failed: ValueError"
    assert [e["event"] for e in out[0]["events"]] == ["ACCUSE"]
    assert [e["event"] for e in out[2]["events"]] == ["CONSULT"]
    assert "coding them one by one" in caplog.text


class _Short(RecordStream):
    def code_run(self, records: Sequence[StreamRecord]) -> list[list[dict[str, Any]]]:
        return []


def test_a_run_coder_that_loses_records_is_not_trusted() -> None:
    lines = [_line("d-0", "Russia criticised NATO."), _line("d-1", "NATO met Russia.")]
    out = [json.loads(o) for o in ev.run_contract(lines, _Short())]
    assert [[e["event"] for e in o["events"]] for o in out] == [["ACCUSE"], ["CONSULT"]]


def test_long_runs_are_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    class Counting(RecordStream):
        def code_run(self, records: Sequence[StreamRecord]) -> list[list[dict[str, Any]]]:
            seen.append(len(records))
            return super().code_run(records)

    monkeypatch.setattr(ev, "MAX_RUN_RECORDS", 4)
    lines = [_line(f"doc-{i}", "Nothing happened here.") for i in range(10)]
    out = [json.loads(o) for o in ev.run_contract(lines, Counting())]
    assert len(out) == 10 and seen == [4, 4, 2]


def test_plain_callables_still_work() -> None:
    def coder(rid: str, text: str, date: dt.date, context: str | None) -> list[dict[str, Any]]:
        return [{"event": "CONSULT", "source": ["RUS"], "target": []}]

    out = [json.loads(o) for o in ev.run_contract([_line("a-0", "x"), _line("a-1", "y")], coder)]
    assert [o["events"][0]["event"] for o in out] == ["CONSULT", "CONSULT"]


def test_polities_are_sides_but_stay_groups() -> None:
    from detente.coding.actors import ActorKind, load_dictionary

    dictionary = load_dictionary()
    assert dictionary.code_kinds["south ossetia"] is ActorKind.GROUP
    assert dictionary.is_side("south ossetia") and dictionary.is_side("RUS") and dictionary.is_side("NATO")
    assert not dictionary.is_side("protesters")


def test_polities_must_be_groups() -> None:
    from detente.coding.actors import build_dictionary
    from detente.errors import InputError

    with pytest.raises(InputError, match="polities"):
        build_dictionary({"groups": {"rebels": ["rebels"]}, "polities": {"codes": ["atlantis"]}})
    assert build_dictionary({"groups": {"rebels": ["rebels"]}, "polities": {"codes": ["rebels"]}}).is_side(
        "rebels"
    )


def test_a_page_looks_ahead_too() -> None:
    from detente.coding.document import code_document

    body = (
        "The two presidents discussed at length a wide set of global questions. "
        "Vladimir Putin told Emmanuel Macron about the steps Russia has taken in Syria."
    )
    found = code_document(title="Telephone call", body=body, published=dt.date(2020, 3, 10), url=None)
    first = [
        f.event
        for f in found
        if f.sentence_index == 0 and f.field == "body" and f.event["event"] == "CONSULT"
    ]
    assert [sorted(e["source"]) for e in first] == [["FRA", "RUS"]]


def test_a_transcript_turn_is_not_read_again() -> None:
    from detente.coding.document import code_document

    body = (
        "Question: We discussed the situation in Syria and Libya. "
        "Vladimir Putin told Emmanuel Macron about the steps Russia has taken in Syria."
    )
    found = code_document(title="Press conference", body=body, published=dt.date(2020, 3, 10), url=None)
    first = [
        f.event
        for f in found
        if f.sentence_index == 0 and f.field == "body" and f.event["event"] == "CONSULT"
    ]
    assert all(sorted(e["source"]) != ["FRA", "RUS"] for e in first)


@pytest.mark.parametrize(
    "text",
    [
        "We discussed the situation in Syria.",  # a speech's "we", without a context
        "Our talks with the President were constructive.",
        "Vladimir Putin: The two leaders discussed many issues.",  # a transcript's turn
    ],
)
def test_only_narration_is_read_again(text: str) -> None:
    lines = [_line("art-0", text), _line("art-3", "Vladimir Putin told Emmanuel Macron about the talks.")]
    plain = RecordStream()("art-0", text, dt.date(2020, 3, 10), None)
    assert _run(lines)[0]["events"] == [ev.contract_event(e) for e in plain]


def test_the_look_ahead_reaches_twenty_sentences() -> None:
    far = [READOUT[0], _line("kremlin-1-40", "Vladimir Putin told Emmanuel Macron about the talks.")]
    assert all(not src for src, _ in _consults(_run(far)[0]))
    near = [READOUT[0], _line("kremlin-1-20", "Vladimir Putin told Emmanuel Macron about the talks.")]
    assert _consults(_run(near)[0]) == [(["FRA", "RUS"], [])]


@pytest.mark.parametrize(
    ("title", "sides"),
    [
        ("Telephone conversation with President of Turkey Recep Tayyip Erdogan", ["RUS", "TUR"]),
        ("Meeting with Prime Minister of Israel Benjamin Netanyahu", ["ISR", "RUS"]),
        ("Talks with Federal Chancellor of Germany Angela Merkel", ["DEU", "RUS"]),
        ("Meeting with students", []),  # no second side
        ("Meeting of the Security Council", []),  # not "with"
        ("Conversation with", []),  # a heading that stops short
    ],
)
def test_a_readout_title_names_the_sides(title: str, sides: list[str]) -> None:
    from detente.coding.document import code_document

    body = "The two leaders discussed the situation around Syria."
    found = code_document(
        title=title,
        body=body,
        published=dt.date(2018, 4, 14),
        url="http://en.kremlin.ru/events/president/news/1",
    )
    body_consults = [f.event for f in found if f.field == "body" and f.event["event"] == "CONSULT"]
    assert [sorted(e["source"]) for e in body_consults] == [sides]


def test_titled_meeting_needs_a_known_publisher() -> None:
    from detente.coding.sides import titled_meeting_sides

    day = dt.date(2018, 4, 14)
    assert titled_meeting_sides("Telephone conversation with President of Turkey", "RUS", day) == (
        "RUS",
        "TUR",
    )
    assert titled_meeting_sides("Telephone conversation with President of Turkey", None, day) == ()
    assert titled_meeting_sides("Telephone conversation with President of Turkey", "students", day) == ()
    assert titled_meeting_sides("x" * 200_000, "RUS", day) == ()


def test_heads_of_state_take_no_sides_that_are_not_two_states() -> None:
    lines = [
        _line("kremlin-9-0", "The heads of state discussed several bilateral questions.", "2005-03-10"),
        _line("kremlin-9-2", "Vladimir Putin and Javier Solana discussed the EU's plans.", "2005-03-10"),
    ]
    first = _run(lines)[0]
    assert all(not src for src, _ in _consults(first))
    lines[1] = _line(
        "kremlin-9-2", "Vladimir Putin and Jacques Chirac discussed the EU's plans.", "2005-03-10"
    )
    assert _consults(_run(lines)[0]) == [(["FRA", "RUS"], [])]


def test_the_us_is_no_first_person() -> None:
    from detente.coding.document import narration

    day = dt.date(2020, 3, 10)
    assert narration("The US and Russia discussed arms control.", day, None)
    assert not narration("We discussed arms control with the US.", day, None)
    assert not narration("Our talks were useful.", day, None)


PUTIN = "Vladimir Putin, President of Russia"
ORBAN = "Viktor Orban, Prime Minister of Hungary"


def test_statements_after_talks_are_both_sides_talks() -> None:
    # two leaders take the floor in one document: the host's "we had talks" is their meeting
    lines = [
        _line("kremlin-9-1", "Today we had very useful and constructive talks.", context=PUTIN),
        _line("kremlin-9-2", "We discussed the situation in Syria.", context=PUTIN),
        _line("kremlin-9-30", "Thank you, Mr President, for the invitation.", context=ORBAN),
    ]
    out = _run(lines)
    assert _consults(out[0]) == [(["HUN", "RUS"], [])]
    assert _consults(out[1]) == [(["HUN", "RUS"], [])]


def test_a_lone_speakers_we_stays_unread() -> None:
    # one leader only (a speech, a meeting with officials at home): "we" names no meeting's sides
    lines = [
        _line("kremlin-10-1", "Today we had very useful and constructive talks.", context=PUTIN),
        _line("kremlin-10-2", "We will continue this work.", context=PUTIN),
    ]
    assert all(not _consults(o) for o in _run(lines))


def test_another_documents_speaker_lends_no_side() -> None:
    lines = [
        _line("kremlin-11-1", "Today we had very useful and constructive talks.", context=PUTIN),
        _line("kremlin-12-30", "Thank you, Mr President, for the invitation.", context=ORBAN),
    ]
    assert not _consults(_run(lines)[0])


def test_three_speaking_states_name_no_two_sides() -> None:
    lines = [
        _line("kremlin-13-1", "Today we had very useful and constructive talks.", context=PUTIN),
        _line("kremlin-13-20", "Thank you for the invitation.", context=ORBAN),
        _line(
            "kremlin-13-40",
            "Thank you for the invitation.",
            context="Recep Tayyip Erdogan, President of Turkey",
        ),
    ]
    assert not _consults(_run(lines)[0])


def test_a_pair_acting_together_later_names_the_sides() -> None:
    lines = [
        _line("kremlin-70-30", "The presidents discussed the situation in the Middle East."),
        _line(
            "kremlin-70-32",
            "The Russian and Turkish sides hold the view that cooperation on a settlement must be "
            "stepped up.",
        ),
    ]
    out = _run(lines)
    assert _consults(out[0]) == [(["RUS", "TUR"], [])]


def test_the_only_two_states_a_readout_names_are_its_sides() -> None:
    lines = [
        _line("kremlin-71-0", "Bilateral trade was discussed."),
        _line(
            "kremlin-71-1", "The two presidents noted the upcoming visit of the President of Chile to Russia."
        ),
    ]
    out = _run(lines)
    assert _consults(out[0]) == [(["CHL", "RUS"], [])]


def test_a_named_pair_needs_talks_told_without_sides() -> None:
    # "they" in a story is whoever the story is about, not a pair of states the page names
    lines = [
        _line("story-8810-3", "They denounce Chile over the new mining law."),
        _line("story-8810-4", "Protesters marched to the embassy of Peru and the embassy of Chile."),
    ]
    out = _run(lines)
    assert all(sorted(e["source"]) != ["CHL", "PER"] for e in out[0]["events"])


def test_three_states_named_are_no_pair() -> None:
    lines = [
        _line("kremlin-72-0", "Bilateral trade was discussed."),
        _line("kremlin-72-1", "Vladimir Putin spoke of gas supplies to Germany and Italy."),
    ]
    out = _run(lines)
    assert all(not src for src, _ in _consults(out[0]))


def test_a_list_of_unrelated_sentences_lends_no_pair() -> None:
    # a set's label and a running number, each sentence with its own date: no page in common
    lines = [
        _line("bo2-017", "Bilateral trade was discussed.", date="2011-03-02"),
        _line("bo2-018", "The President of Chile will visit Russia in May.", date="2011-03-09"),
    ]
    out = _run(lines)
    assert all(not src for src, _ in _consults(out[0]))


@pytest.mark.parametrize("label", ["bo2", "NR", "SEED", "nato-2016-07-08"])
def test_a_page_under_any_label_lends_its_pair(label: str) -> None:
    # one label and one date: the records are read as one text, whatever the label looks like (s32);
    # before, only labels with a number of their own ("kremlin-72") were
    lines = [
        _line(f"{label}-17", "Bilateral trade was discussed."),
        _line(f"{label}-18", "The President of Chile will visit Russia in May."),
    ]
    out = _run(lines)
    assert [sorted(src) for src, _ in _consults(out[0])] == [["CHL", "RUS"]]


def test_a_lone_record_listing_topics_lends_no_pair() -> None:
    # one record naming two states beside organisations lists what was discussed, not who talked
    lines = [
        _line(
            "kremlin-73-4",
            "The presidents discussed Russia's relations with the EU and NATO and the situation around Iraq.",
        ),
    ]
    out = _run(lines)
    assert all(not src for src, _ in _consults(out[0]))


def test_a_lone_record_naming_only_two_states_lends_its_pair() -> None:
    lines = [
        _line("kremlin-74-2", "Gas exports from Russia to Bulgaria were one of the topics of discussion.")
    ]
    out = _run(lines)
    assert _consults(out[0]) == [(["BGR", "RUS"], [])]


def test_he_after_a_named_leader_is_that_leader() -> None:
    lines = [
        _line(
            "kremlin-75-6", "On the phone, Vladimir Putin told the Chancellor about the gas transit talks."
        ),
        _line(
            "kremlin-75-7",
            "He stressed that the Ukrainian side's decision to close the border violates OSCE principles.",
        ),
    ]
    out = _run(lines)
    accuse = [e for e in out[1]["events"] if e["event"] == "ACCUSE"]
    assert [e["source"] for e in accuse] == [["RUS"]]


def test_the_president_after_a_named_leader_is_that_leader() -> None:
    lines = [
        _line("kremlin-76-1", "Mr Putin said trade between Russia and Chile had doubled."),
        _line(
            "kremlin-76-2", "The President praised the Chilean Foreign Minister for his work on trade ties."
        ),
    ]
    out = _run(lines)
    assert [(e["event"], e["source"]) for e in out[1]["events"]] == [("SUPPORT", ["RUS"])]


def test_he_reaches_back_one_sentence_only() -> None:
    lines = [
        _line("kremlin-77-1", "Mr Putin said trade between Russia and Chile had doubled."),
        _line(
            "kremlin-77-4",
            "He stressed that the decision of Chile to close the border violates OSCE principles.",
        ),
    ]
    out = _run(lines)
    assert all(not e["source"] for e in out[1]["events"] if e["event"] == "ACCUSE")


def test_the_minister_after_a_president_is_not_the_president() -> None:
    lines = [
        _line("kremlin-78-1", "Mr Putin said trade between Russia and Chile had doubled."),
        _line(
            "kremlin-78-2", "The Minister praised the Chilean Foreign Minister for his work on trade ties."
        ),
    ]
    out = _run(lines)
    assert all(e["source"] != ["RUS"] for e in out[1]["events"])


def test_the_president_after_two_people_named_stays_unknown() -> None:
    lines = [
        _line("kremlin-79-1", "Vladimir Putin met President of Chile Michelle Bachelet in the Kremlin."),
        _line(
            "kremlin-79-2", "The President praised the Peruvian Foreign Minister for his work on trade ties."
        ),
    ]
    out = _run(lines)
    assert all(e["source"] != ["RUS"] for e in out[1]["events"] if e["event"] == "SUPPORT")


def test_on_a_page_he_is_the_person_named_before_not_the_publisher() -> None:
    from detente.coding.document import code_document

    body = (
        "The Chilean President spoke about the new trade arrangements. "
        "He praised Germany for its efforts. "
        "He also praised Italy. "
        "The discussion then turned to other matters. "
        "He praised Spain."
    )
    found = code_document(
        title="Talks in Santiago", body=body, published=dt.date(2020, 3, 10), url="http://en.kremlin.ru/x/1"
    )
    support = {
        f.sentence_index: f.event["source"]
        for f in found
        if f.field == "body" and f.event["event"] == "SUPPORT"
    }
    assert support[1] == ["CHL"] and support[2] == ["CHL"]
    assert support[4] == ["RUS"]  # a sentence in between: "He" is the publisher's narrator again


def test_an_organisation_and_a_state_agreeing_together_lend_their_pair() -> None:
    lines = [
        _line("kremlin-80-3", "Following the talks, a joint statement was adopted."),
        _line(
            "kremlin-80-4", "NATO and Russia agreed to resume the work of their military liaison missions."
        ),
    ]
    out = _run(lines)
    agree = [sorted(e["source"]) for e in out[0]["events"] if e["event"] == "AGREE"]
    assert agree == [["NATO", "RUS"]]


def test_a_topic_compound_lends_no_organisation_pair() -> None:
    # "Russia-NATO relations" as what two leaders discussed names no side of their meeting
    lines = [
        _line("kremlin-81-3", "The presidents also discussed regional security."),
        _line("kremlin-81-4", "They also touched on questions of Russia-NATO negotiations."),
    ]
    out = _run(lines)
    assert all(sorted(src) != ["NATO", "RUS"] for src, _ in _consults(out[0]))


def test_garbage_inside_a_run_gives_clear_lines_and_the_run_still_reads() -> None:
    # empty, letter-less, over-long and unparsable records among a readout's records: each its own line
    # (no events, or a clear error), in order; the good records keep the sides the run names
    lines = [
        _line("kremlin-82-0", ""),
        _line("kremlin-82-1", "12345 !!! ---"),
        _line("kremlin-82-2", "He " + "x" * 100_000),
        "not json",
        _line("kremlin-82-3", "The two presidents discussed trade."),
        _line("kremlin-82-4", "Vladimir Putin told Emmanuel Macron about the talks in Syria."),
    ]
    out = _run(lines)
    assert [o["id"] for o in out] == [
        "kremlin-82-0",
        "kremlin-82-1",
        "kremlin-82-2",
        None,
        "kremlin-82-3",
        "kremlin-82-4",
    ]
    assert [o["events"] for o in out[:4]] == [[], [], [], []]
    assert out[3]["error"].startswith("bad_json")
    assert _consults(out[4]) == [(["FRA", "RUS"], [])]
