"""Pronouns that cost an act or its doer (s34-pronoun2); sentences in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import pronoun2
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize

DAY = dt.date(2019, 6, 4)


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Union endorsed it.", ("SUPPORT", ("EU",), ())),
        ("The Kremlin welcomed it on Friday.", ("SUPPORT", ("RUS",), ())),
        ("Japan supported them.", ("SUPPORT", ("JPN",), ())),
        ("Austria drafted a truce plan, and Greece endorsed it.", ("SUPPORT", ("GRC",), ())),
    ],
)
def test_object_pronoun_keeps_the_act(text: str, want: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert want in _events(text)


def test_coordinated_sayers_they_is_the_whole_list() -> None:
    got = _events("Hungary and Serbia said they would hold joint military drills.")
    assert ("COOPERATE", ("HUN", "SRB"), ()) in got


def test_coordinated_sayers_their_gives_the_talks_sides() -> None:
    got = _events("Peru and Chile said their talks were very productive.")
    assert ("CONSULT", ("PER", "CHL"), ()) in got


def test_reading_puts_pronouns_in_words() -> None:
    text = "Hungary and Serbia said they would meet."
    code_sentence(text, date=DAY)  # units are built inside the coder; here a reading without units
    assert pronoun2.reading(text, tokenize(text), []) is None  # no sides: no list to put for "they"
    text = "The Union backed it."
    found = pronoun2.reading(text, tokenize(text), [])
    assert found is not None and found.text == "The Union backed the move."
    assert found.where(len("The Union backed the move")) == len("The Union backed it")


@pytest.mark.parametrize(
    "text",
    [
        "The ministers made it clear that the plan stands.",  # "made it": no object of an act
        "Tokyo said it would not attend.",  # a sayer's "it"
        "North Korea ordered them to leave the country.",  # "them to": subject of the next verb
        "The talks it held with Seoul ended.",  # "it" before its own verb
    ],
)
def test_look_alikes_get_no_object_reading(text: str) -> None:
    assert pronoun2.reading(text, tokenize(text), []) is None


def test_single_sayer_they_is_left_to_the_actor_stage() -> None:
    from detente.coding.coder import load_dictionary
    from detente.coding.units import actor_units

    text = "Hungary said they would hold drills."
    tokens = tokenize(text)
    units = actor_units(text, tokens, load_dictionary().match(text, date=DAY, speaker=None), speaker=None)
    assert pronoun2.reading(text, tokens, units) is None


def test_a_list_governed_by_a_preposition_says_nothing() -> None:
    from detente.coding.coder import load_dictionary
    from detente.coding.units import actor_units

    text = "Talks between Hungary and Serbia said they would go on."
    tokens = tokenize(text)
    units = actor_units(text, tokens, load_dictionary().match(text, date=DAY, speaker=None), speaker=None)
    assert pronoun2.reading(text, tokens, units) is None


@pytest.mark.parametrize("text", ["", "...", "it " * 40000])
def test_bad_input_does_not_crash(text: str) -> None:
    assert pronoun2.settled(text, tokenize(text[:2000]), [], [], lambda _: []) == []
    code_sentence(text, date=DAY)


def test_a_failing_reread_leaves_the_events() -> None:
    def broken(_: str) -> list[object]:
        raise RuntimeError("boom")

    text = "The Union backed it."
    assert pronoun2.settled(text, tokenize(text), [], [], broken) == []  # type: ignore[arg-type]


def test_a_doer_named_with_an_unknown_qualifier_gets_no_object_reading() -> None:
    # "Flemish" is no actor the dictionary knows: the doer is a part of a people, not its state
    assert ("SUPPORT", ("BEL",), ()) in _events("Spain rejected the plan, and Belgians endorsed it.")
    got = _events("Spain rejected the plan, and Flemish Belgians endorsed it.")
    assert not any(t == "SUPPORT" for t, _, _ in got)
