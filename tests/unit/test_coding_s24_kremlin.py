"""Session 24 (kremlin): sayers and meetings a page's sentence leaves to the sentences around it."""

from __future__ import annotations

import dataclasses
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


# --- signings ---------------------------------------------------------------------------------------------------


def _coded(text: str, **kw: Any) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DAY, **kw)
    }


def test_title_of_a_signed_memorandum_is_no_cooperation() -> None:
    found = _coded("Finland and Estonia signed a memorandum on expanding cultural cooperation.")
    assert ("SUPPORT", ("EST", "FIN"), ()) in found
    assert not any(t[0] == "COOPERATE" for t in found)


def test_cooperation_agreed_next_to_a_signing_is_kept() -> None:
    from detente.coding.runsayers import signed_title_is_no_act

    text = "The sides signed a treaty, and Finland and Estonia are expanding cultural cooperation."
    coop = dataclasses.replace(
        _directed(text, (text.index("expanding"), len(text) - 1)), event=EventType.COOPERATE
    )
    assert signed_title_is_no_act(text, [coop]) == [coop]


def test_documents_signed_during_a_visit_by_one_side_are_both_sides() -> None:
    found = _coded(
        "A package of documents was signed during the official visit by the President of Estonia.",
        participants=("FIN", "EST"),
        reported_meeting=True,
    )
    assert ("SUPPORT", ("EST", "FIN"), ()) in found


# --- "our mutual ..." and an addressed leader -------------------------------------------------------------------


def test_our_mutual_desire_after_talks_with_one_leader_is_both_sides() -> None:
    found = _coded(
        "My talks with President Putin confirmed our mutual desire to expand trade.", speaker="Tarja Halonen"
    )
    assert ("AGREE", ("FIN", "RUS"), ()) in found


def test_addressed_leader_gives_the_other_side_of_we_had_talks() -> None:
    ctx = "Vladimir Putin, President of Russia"
    out = _run(
        "President of Russia Vladimir Putin: Mr Erdogan, friends, good afternoon.",
        "Today we had very useful talks.",
        "We discussed trade and energy.",
        contexts=(ctx, ctx, ctx),
    )
    assert ("CONSULT", ("RUS", "TUR"), ()) in _triples(out[1])
    assert ("CONSULT", ("RUS", "TUR"), ()) in _triples(out[2])


def test_no_addressed_leader_no_other_side() -> None:
    ctx = "Vladimir Putin, President of Russia"
    out = _run(
        "President of Russia Vladimir Putin: Colleagues, friends, good afternoon.",
        "Today we had very useful talks.",
        contexts=(ctx, ctx),
    )
    assert not any(len(e["source"]) == 2 for e in out[1])


# --- "the two leaders" are two states ---------------------------------------------------------------------------


def test_two_leaders_discussing_a_relation_with_an_organisation_are_not_its_sides() -> None:
    found = _coded("The two leaders discussed Finland-NATO relations and the situation in the Baltic.")
    assert not any(t[0] == "CONSULT" and "NATO" in t[1] for t in found)


def test_two_leaders_do_not_take_sides_learned_from_a_relation_with_an_organisation() -> None:
    out = _run(
        "The two leaders discussed the situation in the Baltic.",
        "They also discussed Finland-NATO relations.",
    )
    assert not any("NATO" in e["source"] for e in out[0])


def test_two_leaders_discussing_a_relation_of_two_states_keep_it() -> None:
    found = _coded("The two leaders discussed Finnish-Estonian relations.")
    assert ("CONSULT", ("EST", "FIN"), ()) in found


# --- the speaker's "we signed" at a two-sided meeting -----------------------------------------------------------


def test_we_signed_at_the_reported_meeting_is_both_sides() -> None:
    found = _coded(
        "This morning we signed a package of documents on trade.",
        speaker="FIN",
        participants=("FIN", "EST"),
        reported_meeting=True,
    )
    assert ("SUPPORT", ("EST", "FIN"), ()) in found


def test_we_signed_with_someone_and_we_ratified_keep_their_direction() -> None:
    for text in (
        "This morning we signed a joint statement with Estonia.",
        "We ratified the treaty with Estonia.",
    ):
        found = _coded(text, speaker="FIN", participants=("FIN", "EST"), reported_meeting=True)
        assert ("SUPPORT", ("FIN",), ("EST",)) in found, text
