"""The complaint told as the other side's movement towards one's borders (detente.coding.encroachment)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.encroachment import advance_to_borders, may_read

DATE = dt.date(2021, 12, 1)
PUTIN = "Vladimir Putin, President of Russia"
LAVROV = "Sergey Lavrov, Minister of Foreign Affairs of Russia"
NATO_SPEAKER = "Jens Stoltenberg, NATO Secretary General"


def _accusations(text: str, context: str | None = None) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [
        (e.source, e.target)
        for e in code_sentence(text, date=DATE, context=context)
        if e.event.value == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Instead, the Alliance started to grow, edging closer to our borders step by step.", PUTIN),
        ("NATO keeps coming nearer to our borders.", PUTIN),
        ("Year after year NATO moved towards our borders.", LAVROV),
        ("NATO's military infrastructure is approaching Russia's borders.", LAVROV),
        ("NATO is creeping up to our frontiers.", PUTIN),
        ("The Alliance has pushed right up to the Russian border.", LAVROV),
        ("Mr Putin said that NATO was moving ever closer to Russia's borders.", None),
        ("NATO has come to our doorstep.", PUTIN),
    ],
)
def test_movement_towards_the_speakers_borders_is_blame(text: str, context: str | None) -> None:
    assert _accusations(text, context) == [(("RUS",), ("NATO",))]


def test_the_mover_may_be_a_state() -> None:
    text = "The United States is getting closer to our borders with its missile systems."
    assert _accusations(text, PUTIN) == [(("RUS",), ("USA",))]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a journalist describes, no one complains
        ("NATO troops moved closer to Russia's borders last year.", None),
        # a NATO speaker speaks of Russia's borders
        ("NATO is not approaching Russia's borders; we are a defensive alliance.", NATO_SPEAKER),
        # negated movement
        ("NATO is not moving closer to our borders.", PUTIN),
        # a question asks, it tells nothing
        ("Is NATO moving closer to our borders?", PUTIN),
        # the speaker's own movement
        ("We are moving our troops closer to our borders.", PUTIN),
        # borders of nobody known
        ("The storm is moving towards the borders.", None),
        # no movement: a place
        ("NATO has bases near our borders.", PUTIN),
        # too far between the movement and the borders
        (
            "NATO expanded, and after many long years of talks and treaties and summits, to our borders.",
            PUTIN,
        ),
    ],
)
def test_look_alikes_read_nothing(text: str, context: str | None) -> None:
    assert _accusations(text, context) == []


def test_a_deployment_is_not_doubled_by_a_complaint() -> None:
    events = code_sentence(
        "In response to the Alliance, which is moving forces towards our borders, we held snap inspections.",
        date=DATE,
        context="Sergei Shoigu, Minister of Defence of Russia",
    )
    assert "ACCUSE" not in {e.event.value for e in events}


def test_the_gate_needs_both_words() -> None:
    assert may_read({"moving", "borders"})
    assert not may_read({"moving", "closer"})
    assert not may_read({"borders"})


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1234 5678 !!!",
        "moving " * 20_000,
        "borders " * 20_000,
        "NATO moving closer to",
        "to our borders",
    ],
)
def test_bad_input_reads_nothing(text: str) -> None:
    assert _accusations(text, PUTIN) == []


class _View:
    """A minimal sentence view with no actors: the reader needs a mover."""

    def __init__(self, text: str) -> None:
        from detente.coding.patterns import load_patterns, tokenize

        self.text = text
        self.tokens = tokenize(text)
        self.units: list[object] = []
        self.patterns = load_patterns()
        self.speaker = "RUS"


def test_no_mover_no_finding() -> None:
    assert advance_to_borders(_View("They keep moving closer to our borders.")) is None  # type: ignore[arg-type]
