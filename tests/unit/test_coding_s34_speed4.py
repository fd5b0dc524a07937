"""The s34-speed4 shortcuts are necessary conditions of what they guard: the word gates put before the
substring loops of written12, kremlin12 and kremlin17 are false only where the loop finds nothing, subset2's
joint test is false only where no clause would be read, and the kept answers of ``mode_is_valid`` are the
ones it works out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

import pytest

from detente.coding import kremlin12, kremlin17, ontology, subset2, written12
from detente.coding.coder import Event, code_sentence
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import load_patterns, tokenize

DAY = dt.date(2019, 6, 5)

TEXTS = [
    "",
    "123 456",
    "no gate word here at all.",
    "The ministers MET in Brussels and the Council REGARDED the step as hostile.",
    "Relations were RESTORED; the sides WELCOMED it highly.",
    "We Are grateful and we have been cherishing our Collaboration.",
    "Thi\u017f \u017ftep was \u017feen a\u017f wrong.",  # a twin of an ASCII letter opens every gate
    "Our \u212aind regards to the \u0130nteraction.",
    "x" * 100_000,
]

GATES = [
    (written12._GATES, written12._GATE_WORDS, tuple(written12._GATE)),
    (kremlin12._GATES, kremlin12._ADVANCE_WORDS, kremlin12._ADVANCE_GATE),
    (kremlin17._GATES, kremlin17._STATED_WORDS, kremlin17._STATED_GATE),
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("gate", range(len(GATES)))
def test_word_gate_is_false_only_when_the_loop_finds_nothing(text: str, gate: int) -> None:
    gates, words, pieces = GATES[gate]
    if any(w in text.lower() for w in pieces):
        assert gates.may(text, words)


@pytest.mark.parametrize("gate", range(len(GATES)))
def test_each_gate_word_opens_its_gate_in_any_case(gate: int) -> None:
    gates, words, pieces = GATES[gate]
    assert set(words) == set(pieces)
    for piece in pieces:
        for text in (f"Before {piece} after.", f"BEFORE {piece.upper()} AFTER", f"x{piece.title()}y"):
            assert gates.may(text, words), (piece, text)
        assert not gates.may("zzz qqq", words)


def _event(kind: EventType, start: int) -> Event:
    return Event(
        event=kind,
        mode="",
        source=("RUS",),
        target=("UKR",),
        polarity=Polarity.ASSERTED,
        event_date=DAY.isoformat(),
        event_date_precision="day",
        evidence=(0, 4),
        trigger="x",
        anchor=(start, start + 4),
    )


def test_subset2_without_a_joint_reads_no_clause() -> None:
    patterns = load_patterns()
    calls: list[str] = []

    def reread(text: str) -> list[Event]:
        calls.append(text)
        return [_event(EventType.SANCTION, 0)]

    # joined by "and" but with no comma before it: no joint, so no clause, whatever the reread would give
    text = "Russia criticised Ukraine and imposed sanctions on Kyiv over the dispute"
    tokens = tokenize(text)
    events = [_event(EventType.ACCUSE, 7)]
    assert subset2._JOIN.search(text) is None
    assert subset2.second_clauses(text, tokens, [], events, reread, patterns.events) == events
    assert subset2.settled(text, tokens, [], events, reread, patterns.events) == events
    assert calls == []


def test_subset2_joint_still_reads_its_clauses() -> None:
    patterns = load_patterns()
    calls: list[str] = []

    def reread(text: str) -> list[Event]:
        calls.append(text)
        return []

    text = "Russia criticised Ukraine strongly at the meeting, and Moscow imposed sanctions on Kyiv"
    tokens = tokenize(text)
    events = [_event(EventType.ACCUSE, 7)]
    assert subset2._JOIN.search(text) is not None
    subset2.settled(text, tokens, [], events, reread, patterns.events)
    assert calls  # the gate lets a joined sentence through to its readings


@pytest.mark.parametrize("text", ["", "!!!", "and and and", "x" * 100_000, "a, and b; c, but d"])
def test_subset2_never_raises(text: str) -> None:
    patterns = load_patterns()
    events = [dataclasses.replace(_event(EventType.ACCUSE, 0), anchor=(0, 0))]
    out = subset2.settled(text, tokenize(text), [], events, lambda t: [], patterns.events)
    assert isinstance(out, list)


MODES = ["", None, "allege", "Allege", "not-a-mode", "  ", "DISAPPROVE", "expel", "cyber"]
NAMES: list[str | EventType] = [*EventType, *(t.value for t in EventType), "disapprove", "nonsense", ""]


@pytest.mark.parametrize(("name", "mode"), list(itertools.product(NAMES, MODES)))
def test_mode_is_valid_keeps_the_answer_it_works_out(name: str | EventType, mode: str | None) -> None:
    fresh = ontology._mode_is_valid.__wrapped__(name, mode)
    assert ontology.mode_is_valid(name, mode) is fresh
    assert ontology.mode_is_valid(name, mode) is fresh  # asked again: the kept answer


def test_mode_is_valid_against_each_types_modes() -> None:
    for etype in EventType:
        for mode in ontology.modes(etype):
            assert ontology.mode_is_valid(etype, mode)
            assert ontology.mode_is_valid(etype.value, mode)
        assert not ontology.mode_is_valid(etype, "surely-no-such-mode")


def test_coder_still_codes_through_the_gates() -> None:
    found = code_sentence("Russia expelled two Estonian diplomats.", date=DAY)
    assert found and found[0].event is EventType.SANCTION
    assert code_sentence("", date=DAY) == []
    assert code_sentence("x" * 100_000, date=DAY) == []


# --- kremlin9: one union gate per reader chain --------------------------------------------------------------

_K9_CHAINS = {
    "accuse": (
        "_ACCUSE_READ_WORDS",
        (
            "word_broken",
            "stance_against",
            "should_have",
            "double_standards",
            "judged_unacceptable",
            "regretted_conduct",
        ),
    ),
    "consult": (
        "_CONSULT_READ_WORDS",
        (
            "talks_had_with",
            "in_contact",
            "forum_named",
            "had_discussion",
            "received_or_ongoing",
            "told_about",
            "fronted_meeting",
        ),
    ),
    "request": (
        "_REQUEST_READ_WORDS",
        (
            "hope_for_act",
            "need_for_side",
            "should_act",
            "importance_of_act",
            "waiting_for",
            "invited_you",
            "asked_of_side",
            "called_to_act",
        ),
    ),
}


@pytest.mark.parametrize("chain", sorted(_K9_CHAINS))
def test_kremlin9_union_holds_every_readers_gate(chain: str) -> None:
    import inspect

    from detente.coding import kremlin9

    union_name, readers = _K9_CHAINS[chain]
    union = getattr(kremlin9, union_name)
    for name in readers:
        source = inspect.getsource(getattr(kremlin9, name))
        used = set(re.findall(r"\b(_[A-Z_]+_(?:WORDS|NOUNS|VERBS|WORD))\b", source))
        assert used, name  # each reader starts from a word gate
        # every gate of the reader lies in the union ("have" goes with the should-have words it also needs)
        assert all(getattr(kremlin9, g) <= union for g in used - {"_HAVE_WORD"}), name


def _view(text: str, speaker: str | None, units: list[object]) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(
        text=text, speaker=speaker, units=units, participants=("RUS", "FRA"), reported_meeting=True
    )


WORDLESS = [
    "",
    "123 456",
    "Russia and France signed nothing of note on Tuesday.",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", WORDLESS)
@pytest.mark.parametrize("chain", sorted(_K9_CHAINS))
def test_kremlin9_readers_find_nothing_without_the_union(text: str, chain: str) -> None:
    from detente.coding import kremlin9

    union_name, readers = _K9_CHAINS[chain]
    assert not kremlin9._any_in(text, getattr(kremlin9, union_name))
    view = _view(text, "RUS", [])
    for name in readers:
        assert getattr(kremlin9, name)(view) is None, name


def test_kremlin9_still_reads_with_a_union_word() -> None:
    from detente.coding import kremlin9

    text = "We hope that France will withdraw its troops."
    assert kremlin9._any_in(text, kremlin9._REQUEST_READ_WORDS)
    assert kremlin9._any_in("They HELD TALKS with us.", kremlin9._CONSULT_READ_WORDS)
    assert kremlin9._any_in("Double standards again.", kremlin9._ACCUSE_READ_WORDS)
    assert kremlin9._any_in("Thi\u017f", kremlin9._ACCUSE_READ_WORDS)  # a twin opens every gate


# --- wire: the day phrase needs " on " ----------------------------------------------------------------------


def _second_reading_unguarded(text: str) -> tuple[str, list[tuple[int, int]], int] | None:
    """:func:`wire.second_reading` as it was before its " on " test (the reference it must answer as)."""
    from detente.coding import wire

    days: list[tuple[int, int]] = []
    out = text
    if "day" in text:
        days = [m.span() for m in wire._DAY_PHRASE.finditer(text)]
        out = wire._DAY_PHRASE.sub(lambda m: " " * len(m.group()), text)
    fronted = wire._FRONTED.match(out) if wire._may_front(out) else None
    main = fronted.end() if fronted is not None else 0
    if main:
        out = " " * main + out[main:]
    return (out, days, main) if out != text else None


DAY_TEXTS = [
    "",
    "Today the court ruled that the ban stays.",
    "The court ruled on Monday that the ban stays.",
    "The court ruled late on Wednesday night that the ban stays.",
    "The court ruled on Monday.",  # at the end: no phrase
    "The court ruled on\u00a0Monday that it stays.",  # no plain space before the day
    "Defying a court order on Tuesday, the ministry opened the site.",
    "On Monday the ministry said nothing; everyday life went on.",
    "Citing security concerns, the ministry ruled on Friday morning that talks end.",
    "x" * 100_000,
]


@pytest.mark.parametrize("text", DAY_TEXTS)
def test_wire_second_reading_answers_as_before(text: str) -> None:
    from detente.coding import wire

    assert wire.second_reading(text) == _second_reading_unguarded(text)
