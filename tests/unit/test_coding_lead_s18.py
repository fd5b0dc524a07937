"""Lead rules of the rules-2026.18 session: acts aimed at "both sides", clashes between two sides, and "the
Council" alone in an organisation's statement."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _events(text: str, context: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        (
            "I urge both sides to stay calm, and I look forward to further contacts between Ankara and Moscow.",
            "Press statement by NATO Secretary General Jens Stoltenberg; 'I' is the Secretary General.",
            ("REQUEST", ("NATO",), ("TUR", "RUS")),
        ),
        (
            "The EU called on both sides to respect the ceasefire in the conflict between Armenia and Azerbaijan.",
            None,
            ("REQUEST", ("EU",), ("ARM", "AZE")),
        ),
        (
            "Russia and Ukraine exchanged fire; the OSCE urged both parties to halt hostilities.",
            None,
            ("REQUEST", ("OSCE",), ("RUS", "UKR")),
        ),
        (
            "Washington urged both sides, Israel and the Palestinians, to return to talks.",
            None,
            ("REQUEST", ("USA",), ("ISR", "PSE")),
        ),
        (
            "Germany criticised both sides, Serbia and Kosovo, for the escalation.",
            None,
            ("ACCUSE", ("DEU",), ("SRB", "kosovo")),
        ),
        (
            "After the border clashes between Armenia and Azerbaijan, France called on the warring parties to stop.",
            None,
            ("REQUEST", ("FRA",), ("ARM", "AZE")),
        ),
    ],
)
def test_the_sides_named_in_the_sentence_are_the_target(
    text: str, context: str | None, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in _events(text, context)


@pytest.mark.parametrize(
    "text",
    [
        # a place is no side
        "In Moscow, Lavrov urged both sides to show restraint.",
        # three actors for "both sides": which two is not known
        "Turkey urged both sides to talk, after Greece, Cyprus and Egypt signed the maritime deal.",
    ],
)
def test_no_sides_are_guessed(text: str) -> None:
    requests = [e for e in _events(text) if e[0] == "REQUEST"]
    assert requests and all(not target for _, _, target in requests)


def test_the_doer_is_never_its_own_target() -> None:
    events = _events("Russia urged both sides, Armenia and Azerbaijan, to stop the fighting.")
    assert ("REQUEST", ("RUS",), ("ARM", "AZE")) in events


def test_a_target_already_named_is_kept() -> None:
    events = _events("The UN urged Ethiopia to let aid reach both sides of the front, Tigray and Amhara.")
    assert any(e[0] == "REQUEST" and e[2] == ("ETH",) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between India and Pakistan left five dead, the UN said.",
        "After clashes between India and Pakistan, the UN urged the two countries to show restraint.",
    ],
)
def test_clashes_between_two_sides_are_aimed_at_no_third(text: str) -> None:
    assaults = [e for e in _events(text) if e[0] == "ASSAULT"]
    assert assaults == [("ASSAULT", ("IND", "PAK"), ())]


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("The Council condemned Russia's actions.", "Statement by the North Atlantic Council", ("NATO",)),
        (
            "The Council adopted new restrictive measures against Russia.",
            "Council of the EU press release.",
            ("EU",),
        ),
        ("The Council condemned Russia's actions.", None, ()),
        ("The Council condemned Russia's actions.", "Foreign Ministry statement; 'we' is Russia.", ()),
    ],
)
def test_the_council_alone_is_the_speaking_organisations(
    text: str, context: str | None, expected: tuple[str, ...]
) -> None:
    assert [source for _, source, _ in _events(text, context)] == [expected]


def test_an_unresolved_council_holds_no_actors_place() -> None:
    # with no organisation speaking or named, "the Council" is no mention: the briefing Russia gave stays coded
    events = _events(
        "Russia briefed the Council on its concerns, and the ministers informed Russia of their plans."
    )
    assert ("CONSULT", ("RUS",), ()) in events


def test_a_council_beside_the_allies_is_natos() -> None:
    # (s23) with no speaker, the one organisation the sentence names owns the Council
    events = _events("Russia briefed the Council on its concerns, and Allies informed Russia of their plans.")
    assert ("CONSULT", ("RUS",), ("NATO",)) in events


@pytest.mark.parametrize(
    "text",
    ["Hungary opposed the sanctions against Russia.", "Hungary objected to the sanctions against Russia."],
)
def test_an_opposed_measure_is_not_the_opposers_own(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "SANCTION" and e[1] == ("HUN",)]


def test_a_measure_taken_stays_the_subjects_own() -> None:
    assert ("SANCTION", ("HUN",), ("RUS",)) in _events("Hungary announced sanctions against Russia.")


def test_an_alliances_forces_deployed_in_the_passive_are_its_own() -> None:
    # the alliance mobilises its own troops, and not against the ally that hosts them
    assert _events("NATO troops were deployed to Estonia.") == [("MOBILIZE", ("NATO",), ())]
