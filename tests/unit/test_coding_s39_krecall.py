"""s39-krecall: what a speaker wants another side to do, told at length or as a cleft."""

from __future__ import annotations

import datetime as dt

from detente.coding import s39krecall
from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 14)
PUTIN = "Vladimir Putin, President of Russia"


def _code(text: str, context: str | None = PUTIN) -> list[tuple[str, list[str], list[str], str]]:
    found = code_sentence(text, date=DAY, context=context)
    return sorted((e.event.value, sorted(e.source), sorted(e.target), e.polarity.value) for e in found)


def _requests(text: str, context: str | None = PUTIN) -> list[tuple[list[str], list[str], str]]:
    return [(s, t, p) for k, s, t, p in _code(text, context) if k == "REQUEST"]


def test_want_with_the_side_named_at_length() -> None:
    assert _requests(
        "I want Washington, the American establishment, the Congress to drop this nonsense."
    ) == [(["RUS"], ["USA"], "asserted")]


def test_would_very_much_like_a_demonym_to() -> None:
    assert _requests("We would very much like the Americans to come back to the accord.") == [
        (["RUS"], ["USA"], "asserted")
    ]


def test_cleft_want_for_a_side() -> None:
    assert _requests("What we want is for NATO to halt its drills near our frontier.") == [
        (["RUS"], ["NATO"], "asserted")
    ]


def test_cleft_want_that_a_side() -> None:
    assert _requests("What I want is that the United States finally hears us out.") == [
        (["RUS"], ["USA"], "asserted")
    ]


def test_want_of_a_thing_is_no_request() -> None:
    assert _requests("I want the mood around the Geneva talks to improve.") == []
    assert _requests("What we want is for our economy to grow faster.") == []


def test_denied_want_is_not_asserted() -> None:
    assert ("REQUEST", ["RUS"], ["NATO"], "asserted") not in _code("We do not want NATO to grow any further.")
    assert _requests("What we never wanted is for NATO to leave.") == []


def test_no_state_speaker_no_request() -> None:
    assert _requests("I want Washington, the American establishment, the Congress to drop it.", None) == []


def test_speaker_wanting_itself_is_no_request() -> None:
    assert _requests("We would very much like Russia to grow faster.") == []


def test_hostile_inputs() -> None:
    for text in ("", "   ", "!!! ??? 123", "want " * 20_000, "I want " + "the, " * 2_000 + "NATO to stop."):
        assert isinstance(code_sentence(text, date=DAY, context=PUTIN), list)
        assert s39krecall.settled(text, [], [], "RUS", (), _never) == []


def _never(*_: object) -> object:
    raise AssertionError("no event may be built")
