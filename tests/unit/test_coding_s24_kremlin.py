"""Session 24 (kremlin): sayers and meetings a page's sentence leaves to the sentences around it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.coding.coder import Event, code_sentence
from detente.coding.document import RecordStream
from detente.coding.ontology import EventType, Polarity
from detente.coding.runsayers import inserted_sayer, our_meeting_is_mutual

DAY = dt.date(2003, 6, 10)


def _run(*texts: str, contexts: tuple[str | None, ...] = ()) -> list[list[dict[str, Any]]]:
    records = [
        (f"page-4711-{n}", text, DAY, contexts[n] if n < len(contexts) else None)
        for n, text in enumerate(texts)
    ]
    return RecordStream().code_run(records)


def _triples(events: list[dict[str, Any]]) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e["event"], tuple(sorted(e["source"])), tuple(sorted(e["target"]))) for e in events}


# --- a sayer set inside the words: the person the sentence before named -------------------------------------


def test_inserted_he_said_is_the_person_named_before() -> None:
    out = _run(
        "New threats call for new forms of cooperation, Mr Putin told the students.",
        "In this respect, he said, the NATO-Russia Council could play a great role.",
    )
    assert ("SUPPORT", ("RUS",), ("NATO",)) in _triples(out[1])


def test_trailing_he_added_is_the_person_named_before() -> None:
    out = _run(
        "Mr Putin spoke to reporters after the ceremony.",
        "The NATO-Russia Council could play a great role in Europe, he added.",
    )
    assert ("SUPPORT", ("RUS",), ("NATO",)) in _triples(out[1])


def test_inserted_sayer_needs_a_person_just_before() -> None:
    out = _run(
        "The weather in the capital was cold.",
        "In this respect, he said, the NATO-Russia Council could play a great role.",
    )
    assert not any("RUS" in e["source"] for e in out[1])


def test_inserted_sayer_is_not_taken_when_the_sentence_names_its_own() -> None:
    assert inserted_sayer("In particular, he said that the talks went well.")
    assert inserted_sayer("The draft, she noted, would be ready soon.")
    assert inserted_sayer("That was a good result, he added.")
    assert not inserted_sayer("In particular, President Chirac said that the talks went well.")
    assert not inserted_sayer("He said that the talks went well.")  # an opening "He": the older rule's


# --- "our meeting" of two sides -------------------------------------------------------------------------------


def test_our_second_meeting_is_both_sides_meeting() -> None:
    events = code_sentence(
        "This is our third meeting since the spring.",
        date=DAY,
        speaker="FIN",
        participants=("FIN", "RUS"),
        reported_meeting=True,
    )
    consults = [e for e in events if e.event.value == "CONSULT"]
    assert consults and all(set(e.source) == {"FIN", "RUS"} and not e.target for e in consults)


def _directed(text: str, anchor: tuple[int, int]) -> Event:
    return Event(
        event=EventType.CONSULT,
        mode="",
        source=("FIN",),
        target=("RUS",),
        polarity=Polarity.ASSERTED,
        event_date="2003-06-10",
        event_date_precision="day",
        evidence=(0, len(text)),
        anchor=anchor,
    )


def test_our_talks_with_someone_keep_their_direction() -> None:
    text = "Our talks with the delegation were useful."
    kept = our_meeting_is_mutual(text, [_directed(text, (4, 9))], "FIN", ("FIN", "RUS"))
    assert kept[0].source == ("FIN",) and kept[0].target == ("RUS",)


def test_our_talks_alone_are_mutual() -> None:
    text = "Our talks today were useful."
    kept = our_meeting_is_mutual(text, [_directed(text, (4, 9))], "FIN", ("FIN", "RUS"))
    assert set(kept[0].source) == {"FIN", "RUS"} and kept[0].target == ()


def test_our_meeting_needs_a_two_sided_meeting_of_the_speaker() -> None:
    events = code_sentence(
        "This is our third meeting since the spring.",
        date=DAY,
        speaker="FIN",
        participants=("RUS", "NOR"),
        reported_meeting=True,
    )
    assert not any(set(e.source) == {"RUS", "NOR"} for e in events)
