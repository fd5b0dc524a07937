"""Session 35's own small fixes: "Xi" alone names Xi Jinping (with "Xi'an" kept a place), and "X stands
accused of" with no judge aims the charge at X, as the passive "X is accused of" does."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType

DAY = dt.date(2023, 3, 21)


def sides(text: str, date: dt.date = DAY) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=date)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Putin welcomed Xi to Moscow.", ("CONSULT", ("RUS",), ("CHN",))),
        ("Putin met Xi in Beijing on Tuesday.", ("CONSULT", ("RUS",), ("CHN",))),
        ("Xi said China supports Russia.", ("SUPPORT", ("CHN",), ("RUS",))),
        ("NATO criticised Xi’s remarks.", ("ACCUSE", ("NATO",), ("CHN",))),
    ],
)
def test_xi_alone_is_xi_jinping(text: str, want: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert want in sides(text)


@pytest.mark.parametrize(
    "text", ["Pope Benedict XVI met the press.", "Louis XI of France.", "XI Corps moved."]
)
def test_roman_numerals_are_not_xi(text: str) -> None:
    assert all("CHN" not in s + t for _, s, t in sides(text))


def test_xian_is_a_place_not_the_president() -> None:
    # the city is China's (a territory), never a person: no event gets a source from it
    assert all("CHN" not in s for _, s, _ in sides("Xi'an hosted the talks between Russia and NATO."))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hamas stands accused of war crimes.", ("HAMAS",)),
        ("Russia stands accused of violating the INF Treaty.", ("RUS",)),
        ("Moscow stood accused of hacking the ministry.", ("RUS",)),
    ],
)
def test_stands_accused_with_no_judge_aims_the_charge(text: str, target: tuple[str, ...]) -> None:
    accuse = [e for e in code_sentence(text, date=DAY) if e.event is EventType.ACCUSE]
    assert accuse and accuse[0].source == () and accuse[0].target == target


def test_stands_accused_by_a_judge_keeps_the_judge() -> None:
    assert ("ACCUSE", ("NATO",), ("RUS",)) in sides("Russia stood accused by NATO of violating the treaty.")


@pytest.mark.parametrize("text", ["", "!!! ??? ...", "stands accused of " * 6000, "Xi " * 30000])
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)
