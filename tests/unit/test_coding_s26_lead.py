"""Session 26 lead fixes: a title that is one body's own names its holder's body before an unknown name."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from detente.coding.actors import ActorKind, build_dictionary, load_dictionary
from detente.coding.coder import code_sentence
from detente.errors import InputError

D = dt.date(2023, 5, 1)


def _codes(text: str, speaker: str | None = None) -> list[str | None]:
    return [m.code for m in load_dictionary().match(text, date=D, speaker=speaker)]


def test_secretary_of_state_before_an_unknown_name_is_americas() -> None:
    assert _codes("Secretary of State Jane Doe arrived in Moscow.") == ["USA", "RUS"]
    [event] = code_sentence(
        "Secretary of State Jane Doe met Foreign Minister Sergey Lavrov in Geneva.", date=D
    )
    assert (event.event.value, event.source, event.target) == ("CONSULT", ("USA",), ("RUS",))


def test_a_british_speakers_secretary_of_state_stays_british() -> None:
    assert _codes("Secretary of State Jane Doe spoke to Parliament.", speaker="GBR")[0] == "GBR"


def test_other_titles_still_leave_an_unknown_person_unresolved() -> None:
    assert _codes("President Obiang met the press.") == [None]
    assert _codes("Secretary General Jane Doe opened the meeting.") == [None]


def test_the_names_option_is_checked() -> None:
    with pytest.raises(InputError, match="names must be"):
        build_dictionary(tomllib.loads('[titles]\n"Envoy" = { forms = ["envoy"], names = "person" }\n'))
    parsed = build_dictionary(
        tomllib.loads('[titles]\n"Envoy" = { forms = ["envoy"], default = "UN", names = "holder" }\n')
    )
    [mention] = parsed.match("Envoy Jane Doe arrived.", date=D)
    assert mention.kind is ActorKind.TITLE and mention.code == "UN"
