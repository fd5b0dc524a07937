"""Official wording that tells no act of its own (s31-precision8): detente.coding.nonevents3. Every sentence is
invented for these tests; each family has a sentence whose reading must go and a near miss that keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import nonevents3
from detente.coding.coder import MAX_SENTENCE_CHARS, Event, code_sentence
from detente.coding.ontology import EventType, Polarity

DAY = dt.date(2016, 4, 12)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def coded(text: str, speaker: str | None = None, *, rule: bool = True) -> Coded:
    if rule:
        found = code_sentence(text, date=DAY, speaker=speaker)
    else:
        saved = nonevents3.settled
        nonevents3.settled = lambda _text, events: list(events)  # type: ignore[assignment]
        try:
            found = code_sentence(text, date=DAY, speaker=speaker)
        finally:
            nonevents3.settled = saved  # type: ignore[assignment]
    return {(e.event.value, e.source, e.target) for e in found}


def types(text: str, speaker: str | None = None, *, rule: bool = True) -> set[str]:
    return {t for t, _, _ in coded(text, speaker, rule=rule)}


def event(
    kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: tuple[int, int]
) -> Event:
    return Event(
        event=kind,
        mode="",
        source=source,
        target=target,
        polarity=Polarity.ASSERTED,
        event_date="2016-04-12",
        event_date_precision="day",
        evidence=anchor,
        anchor=anchor,
    )


# --- an act refused ----------------------------------------------------------------------------------------


def test_an_act_refused_is_no_act() -> None:
    text = "Kyiv rebuked the Alliance for refusing to impose a no-fly zone over its cities."
    assert "MOBILIZE" in types(text, rule=False)  # the rule is what removes it
    assert types(text) == {"ACCUSE", "REJECT"}


def test_a_refusal_alone_is_still_a_rejection() -> None:
    assert "REJECT" in types("Germany refused to deliver tanks to Ukraine.")


# --- monitors sent -----------------------------------------------------------------------------------------


def test_monitors_deployed_are_no_mobilisation() -> None:
    text = "The OSCE decided to deploy an observer mission to eastern Ukraine."
    assert "MOBILIZE" in types(text, rule=False)
    assert "MOBILIZE" not in types(text)


def test_a_brigade_deployed_is_still_a_mobilisation() -> None:
    assert "MOBILIZE" in types("Russia deployed an armoured brigade to the Georgian border.")


# --- a thing named by what was agreed about it -------------------------------------------------------------


def test_a_deadline_agreed_earlier_is_no_agreement() -> None:
    text = (
        "Russian peacekeepers pulled out of the buffer zones, a week before the deadline agreed with the "
        "European mediator."
    )
    assert "AGREE" in types(text, rule=False)
    assert types(text) == {"RETREAT"}


def test_sides_that_agreed_with_each_other_still_agree() -> None:
    assert "AGREE" in types("Russia and France agreed with each other on a new deadline for the talks.")


# --- a call told as background ----------------------------------------------------------------------------


def test_a_call_recalled_in_a_relative_clause_is_no_request() -> None:
    text = "The last Soviet units left Lithuania, completing a pullout which the Allies had long called for."
    assert "REQUEST" in types(text, rule=False)
    assert "REQUEST" not in types(text)


def test_a_call_made_is_still_a_request() -> None:
    assert "REQUEST" in types("NATO called for a complete pullout of Russian units from Moldova.")


# --- the later items of a promise --------------------------------------------------------------------------


def test_the_second_item_of_a_pledge_is_part_of_the_pledge() -> None:
    text = "Russia pledged to pull its troops out of Moldova by May and to close two of its bases in Georgia."
    assert "SANCTION" in types(text, rule=False)
    assert types(text) == {"CONCEDE"}


def test_bases_closed_are_still_an_act() -> None:
    assert "SANCTION" in types("Russia closed two of its bases in Georgia.")


# --- speaking at a rally -----------------------------------------------------------------------------------


def test_ministers_who_address_a_rally_are_no_protesters() -> None:
    text = (
        "The visiting foreign ministers flew to Kyiv to show their solidarity with Ukraine and addressed a "
        "rally in the main square."
    )
    assert "PROTEST" in types(text, rule=False)
    assert "PROTEST" not in types(text)


def test_a_rally_held_is_still_a_protest() -> None:
    assert "PROTEST" in types("Thousands of Georgians held a rally against Russia in Tbilisi.")


# --- protest as a label ------------------------------------------------------------------------------------


def test_protest_organisers_named_in_a_charge_are_no_protest() -> None:
    text = "Moscow accused the protest organisers of working for Western intelligence services."
    assert "PROTEST" in types(text, rule=False)
    assert types(text) == {"ACCUSE"}


def test_a_protest_told_in_a_relative_clause_beside_an_arrest_goes() -> None:
    text = "The opposition leader, who organised the protests of 2011, was arrested in Moscow."
    assert "PROTEST" in types(text, rule=False)
    assert types(text) == {"COERCE"}


def test_protests_held_are_still_protests() -> None:
    assert "PROTEST" in types("Thousands of people held protests against the war in Moscow.")


# --- a time marker that judges -----------------------------------------------------------------------------


def test_a_judging_word_in_a_time_marker_is_no_accusation() -> None:
    text = (
        "Russia has moved troops to the border, the biggest concentration since the illegal seizure of "
        "Crimea in 2014."
    )
    assert "ACCUSE" in types(text, "NATO", rule=False)
    assert types(text, "NATO") == {"MOBILIZE"}


def test_an_annexation_condemned_is_still_an_accusation() -> None:
    assert "ACCUSE" in types("NATO condemned the illegal annexation of Crimea by Russia.")


# --- an act attempted by others, inside a rejection --------------------------------------------------------


def test_meddling_named_inside_a_rejection_is_no_event() -> None:
    text = "Moscow rejects the attempts of some Western capitals to interfere in Russia's internal affairs."
    assert "ACCUSE" in types(text, rule=False)
    assert types(text) == {"REJECT"}


# --- a purpose told twice ----------------------------------------------------------------------------------


def test_a_second_reading_inside_a_purpose_goes() -> None:
    text = "Washington will send instructors to Georgia to help its army fight the armed gangs."
    main = event(EventType.AID, ("USA",), ("GEO",), (16, 20))
    again = event(EventType.AID, ("USA",), ("militants",), (text.index("help"), text.index("help") + 4))
    assert nonevents3.without_purposes_retold(text, [main, again]) == [main]


def test_a_purpose_read_once_stays() -> None:
    text = "Brussels sent aircraft to help Greece fight the forest fires."
    only = event(EventType.AID, ("EU",), ("GRC",), (text.index("help"), text.index("help") + 4))
    assert nonevents3.without_purposes_retold(text, [only]) == [only]


# --- a membership foreseen ----------------------------------------------------------------------------------


def test_a_membership_foreseen_beside_a_decision_is_no_second_support() -> None:
    text = (
        "Allied leaders praised the reforms of Georgia and decided that the country would one day become a "
        "member of NATO."
    )
    supports = [e for e in code_sentence(text, date=DAY) if e.event is EventType.SUPPORT]
    assert len(supports) == 1
    assert supports[0].anchor[0] < text.index("decided")


def test_a_membership_gained_is_still_support() -> None:
    assert ("SUPPORT", ("MNE",), ("NATO",)) in coded("Montenegro became the newest member of NATO today.")


# --- bad input ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "?!,;:.- 12 34",
        "refusing to refusing to and to and to agreed with which had called for",
        ("Russia pledged to leave and to close, refusing to deploy monitors since the illegal act. " * 400)[
            : MAX_SENTENCE_CHARS - 1
        ],
    ],
)
def test_bad_input_is_coded_without_error(text: str) -> None:
    first = code_sentence(text, date=DAY)
    assert isinstance(first, list)
    assert code_sentence(text, date=DAY) == first
    assert nonevents3.settled(text, []) == []
    some = [event(EventType.REJECT, ("RUS",), (), (0, min(3, len(text))))]
    assert len(nonevents3.settled(text, some)) <= 1
