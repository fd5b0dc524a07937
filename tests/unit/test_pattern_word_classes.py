"""Word classes in the pattern data: ``[classes]`` lists, named in phrases as ``%NAME``."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.patterns import expand_classes, parse_patterns
from detente.errors import InputError

CLASSES = {"ARMS": ["tanks", "guns"], "FOOD": ["grain", "flour"]}


def test_a_class_becomes_its_alternatives() -> None:
    assert expand_classes("deliver * %ARMS to the? X", CLASSES) == "deliver * tanks|guns to the? X"


def test_a_class_joins_other_alternatives_once_each() -> None:
    assert expand_classes("send * ships|%ARMS|tanks to X", CLASSES) == "send * ships|tanks|guns to X"
    assert expand_classes("%ARMS|%FOOD", CLASSES) == "tanks|guns|grain|flour"


def test_an_optional_class() -> None:
    assert expand_classes("deliver %FOOD? to X", CLASSES) == "deliver grain|flour? to X"


def test_phrases_without_classes_are_untouched() -> None:
    assert expand_classes("hold * talks with X", CLASSES) == "hold * talks with X"


def test_an_unknown_class_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown word class"):
        expand_classes("deliver %BOATS to X", CLASSES)


def _data(classes: object, verb: str = "deliver * %ARMS to X") -> dict[str, object]:
    return {"classes": classes, "rule": [{"event": "AID", "verbs": [verb]}]}


@pytest.mark.parametrize(
    "classes",
    [
        {"arms": ["tanks"]},  # a name in lower case
        {"ARMS": []},  # no words
        {"ARMS": ["heavy tanks"]},  # two words
        {"ARMS": ["tanks|guns"]},  # alternatives inside a member
        {"ARMS": "tanks"},  # not a list
    ],
)
def test_malformed_classes_are_refused(classes: object) -> None:
    with pytest.raises(InputError):
        parse_patterns(_data(classes))


def test_a_phrase_naming_an_unknown_class_is_refused() -> None:
    with pytest.raises(InputError):
        parse_patterns(_data({"ARMS": ["tanks"]}, "deliver * %SHIPS to X"))


@pytest.mark.parametrize(
    "text",
    [
        "Germany delivered guns to the Ukrainian army.",
        "Germany supplied the Ukrainian government with mortars.",
        "France handed over radars to the Ukrainian armed forces.",
        "Norway shipped grenades and rifles to Ukraine.",
    ],
)
def test_every_arms_phrase_knows_the_same_arms(text: str) -> None:
    events = code_sentence(text, date=dt.date(2022, 6, 1))
    assert [(e.event.value, e.target) for e in events] == [("AID", ("UKR",))]


def test_arms_sent_to_a_border_are_forces_moved_not_aid() -> None:
    events = code_sentence("Turkey sent tanks to the Syrian border.", date=dt.date(2016, 1, 5))
    assert [e.event.value for e in events] == ["MOBILIZE"]
