"""A named body of an organisation ("the NATO Trust Fund") acts for that organisation."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.patterns import tokenize
from detente.coding.units import actor_units

DATE = dt.date(2016, 3, 1)


def _units(text: str) -> list[tuple[str | None, str]]:
    dictionary = load_dictionary()
    mentions = dictionary.match(text, date=DATE)
    return [(u.code, u.text) for u in actor_units(text, tokenize(text), mentions, speaker=None)]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("The NATO Trust Fund provides Ukraine with fuel.", "NATO", "NATO Trust Fund"),
        ("The EU Peace Facility pays for the training.", "EU", "EU Peace Facility"),
        ("The OSCE Special Monitoring Mission reported shelling.", "OSCE", "OSCE Special Monitoring Mission"),
    ],
)
def test_the_body_joins_its_organisation(text: str, code: str, name: str) -> None:
    assert (code, name) in _units(text)


def test_the_body_is_the_doer() -> None:
    events = code_sentence("The NATO Trust Fund provides Ukraine with fuel and medical supplies.", date=DATE)
    assert [(e.event.value, e.source, e.target) for e in events] == [("AID", ("NATO",), ("UKR",))]


@pytest.mark.parametrize(
    "text",
    [
        # a name after a state is no body of it (the state's unit stays as it was)
        "Germany Trade Fund invested in the port.",
        # a name that is not a body: an unknown person or place after the organisation
        "NATO John Smith said nothing.",
        # separated by a comma: two actors
        "NATO, Global Relief Fund and others met.",
    ],
)
def test_other_names_stay_apart(text: str) -> None:
    units = _units(text)
    assert all(
        not (name.startswith(("NATO ", "Germany ")) and name.endswith(("Fund", "Smith"))) for _, name in units
    )
