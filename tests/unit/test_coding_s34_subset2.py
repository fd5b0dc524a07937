"""Second acts of joined clauses (s34-subset2): a clause after ", and", ", but", "after" or ", as" read as a
sentence of its own, and the first clause read alone, add the events of types the first reading missed;
look-alikes (a list of names closed by ", and", a phrase that goes on after ", and to", an allegation
reported in the second clause, an "after" clause dated in the past) add nothing; bad input never raises."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding import subset2
from detente.coding.coder import code_sentence
from detente.coding.patterns import load_patterns, tokenize

DAY = dt.date(2021, 5, 5)


def _types(text: str) -> list[str]:
    return sorted(e.event.value for e in code_sentence(text, date=DAY))


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.event.value, e.source, e.target, e.polarity.value) for e in code_sentence(text, date=DAY)]


# ------------------------------------------------------------------------------------------ positive cases


def test_first_clause_read_alone_keeps_the_announced_firing() -> None:
    # the warning in the second clause kept the first reading from the announced missile firing
    found = _events(
        "Beijing announced on Monday that it would fire rockets into waters off Taiwan's northern harbours "
        "next week, and warned that it would not sit idly by if the island moved toward secession."
    )
    assert ("THREATEN", ("CHN",), ("TWN",), "asserted") in found
    assert ("MOBILIZE", ("CHN",), ("TWN",), "future") in found


FIRING = (
    "Beijing announced on Monday that it would fire rockets into waters off Taiwan's northern harbours "
    "next week, and warned that it would not sit idly by if the island moved toward secession."
)


def test_added_events_point_into_the_sentence() -> None:
    for ev in code_sentence(FIRING, date=DAY):
        assert 0 <= ev.evidence[0] <= ev.evidence[1] <= len(FIRING)
        assert 0 <= ev.anchor[0] <= ev.anchor[1] <= len(FIRING)
    firing = next(e for e in code_sentence(FIRING, date=DAY) if e.event.value == "MOBILIZE")
    assert "fire" in FIRING[firing.anchor[0] : firing.anchor[1]]


# ---------------------------------------------------------------------------------------------- look-alikes


def test_a_list_of_names_closed_by_and_is_no_clause() -> None:
    assert _types("Leaders of France, Germany, Italy, and Spain met in Rome on Tuesday.") == ["CONSULT"]


def test_a_reported_allegation_stays_an_accusation() -> None:
    # the shelling is what officials report: the ACCUSE stands for it, no ASSAULT is added
    assert _types(
        "Moscow declared a ceasefire for Christmas, but Ukrainian officials reported continued shelling near "
        "the town."
    ) == ["ACCUSE", "CONCEDE"]


def test_a_phrase_going_on_after_and_to() -> None:
    assert "RETREAT" not in _types(
        "Berlin called on Minsk to free the detained reporters without delay, and to allow free access to "
        "the border crossings."
    )


def _types_without_reader(text: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patch:
        patch.setattr(subset2, "settled", lambda text, tokens, units, events, reread, phrases: events)
        return _types(text)


@pytest.mark.parametrize("when", ["in March", "in 2019"])
def test_a_sentence_dated_in_the_past_is_left_as_read(when: str) -> None:
    assert "MOBILIZE" not in _types(FIRING.replace("next week", when))


def test_the_reader_is_what_adds_the_second_act(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "MOBILIZE" not in _types_without_reader(FIRING, monkeypatch)
    assert "MOBILIZE" in _types(FIRING)


def test_a_side_only_the_speaker_gives_is_not_added() -> None:
    # the first clause read alone would take "we" for the speaker: the sentence names no such side
    text = "This is one more act of solidarity with Oslo's baseless accusations, and our reply will not be long in coming."
    assert "ACCUSE" not in _types(text)


# -------------------------------------------------------------------------------------------------- direct


def test_settled_leaves_events_alone_without_a_reread() -> None:
    text = "Seoul and Tokyo traded threats after Japanese ships fired on two Korean boats."
    events = code_sentence(text, date=DAY, reread=False)
    tokens = tokenize(text)
    assert subset2.settled(text, tokens, [], events, None, load_patterns().events) == events
    assert subset2.settled(text, tokens, [], [], lambda _: [], load_patterns().events) == []


def test_a_failing_reading_leaves_the_sentence_as_read() -> None:
    text = "Seoul and Tokyo traded threats after Japanese ships fired on two Korean boats."
    events = code_sentence(text, date=DAY, reread=False)

    def broken(_: str) -> list[object]:
        raise RuntimeError("no reading")

    got = subset2.settled(text, tokenize(text), [], events, broken, load_patterns().events)  # type: ignore[arg-type]
    assert got == events


# ------------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        ", and ; , but",
        "!!! ... ---",
        "and",
        "after the",
        ", as the",
        "traded threats after",
        "condemned the raid and",
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)


def test_a_hundred_kilobyte_sentence() -> None:
    text = (
        "Seoul and Tokyo traded threats, and Japanese ships fired on Korean boats after the talks " * 1200
    )[:100_000]
    assert code_sentence(text, date=DAY) == []
    tokens = tokenize(text[:5000])
    assert subset2.settled(text, tokens, [], [], lambda _: [], load_patterns().events) == []


def test_a_second_complement_of_an_allegation_stays_alleged() -> None:
    text = (
        "A long report published on Friday in the Malian capital alleged that Paris knew of the plans, and that "
        "French officers in Mali helped to prepare and carry out the massacres."
    )
    assert "ASSAULT" not in _types(text)
    assert all(first != "that" for first in (text[start:].split()[0] for _, start, _ in subset2._cuts(text)))
