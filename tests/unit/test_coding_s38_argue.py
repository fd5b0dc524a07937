"""s38-argue: blame told by argument in a state speaker's words (contrast, unheard, ignored, borders,
deceit, an answered question)."""

from __future__ import annotations

import datetime as dt

from detente.coding import s38argue
from detente.coding.coder import code_sentence

DAY = dt.date(2019, 6, 4)
LAVROV = "Sergey Lavrov, Minister of Foreign Affairs of Russia"


def _code(text: str, context: str | None = LAVROV) -> list[tuple[str, list[str], list[str], str]]:
    found = code_sentence(text, date=DAY, context=context)
    return sorted((e.event.value, sorted(e.source), sorted(e.target), e.polarity.value) for e in found)


def _accused(text: str, context: str | None = LAVROV) -> list[list[str]]:
    return [
        tgt for t, src, tgt, p in _code(text, context) if t == "ACCUSE" and src == ["RUS"] and p == "asserted"
    ]


def test_not_us_but_them_blames_the_side_named() -> None:
    assert _accused("Let me stress: it was not we who wrecked that deal, but the Americans.") == [["USA"]]


def test_not_heard_by_a_named_side() -> None:
    assert _accused("For years Washington simply did not listen to us.") == [["USA"]]


def test_not_heard_by_an_unresolved_pronoun_has_no_target() -> None:
    assert _accused("Regrettably, they never wanted to hear us.") == [[]]


def test_nobody_listened() -> None:
    assert _accused("We warned about this many times, yet nobody listened to us.") == [[]]


def test_concerns_ignored_by_the_alliance() -> None:
    assert _accused("The Alliance has completely disregarded our legitimate interests.") == [["NATO"]]


def test_ignored_in_a_condition_is_no_charge() -> None:
    assert _accused("Should our proposals be ignored, we shall draw conclusions.") == []


def test_infrastructure_brought_to_the_borders() -> None:
    assert _accused("NATO kept enlarging and pushed its military infrastructure closer to our borders.") == [
        ["NATO"]
    ]


def test_forces_moved_to_the_border_stay_a_deployment() -> None:
    found = _code("The bloc is advancing its battalions right up to our borders.")
    assert not any(t == "ACCUSE" for t, _, _, _ in found)


def test_deceit_and_broken_promises() -> None:
    assert _accused("Frankly speaking, NATO deceived us.") == [["NATO"]]
    assert _accused("The Alliance went back on its word about eastward enlargement.") == [["NATO"]]


def test_answered_question_names_the_culprit() -> None:
    assert _accused("Who pulled out of the INF Treaty? The United States, of course.") == [["USA"]]


def test_no_state_speaker_no_reading() -> None:
    assert s38argue.settled("Nobody listened to us.", [], [], "protesters", lambda *a: None) == []  # type: ignore[arg-type,return-value]
    assert s38argue.settled("Nobody listened to us.", [], [], None, lambda *a: None) == []  # type: ignore[arg-type,return-value]


def test_not_heard_in_a_condition_is_no_charge() -> None:
    assert _accused("Unless Brussels listens to us, and if they do not hear us, we will respond.") == []


def test_as_if_is_no_condition() -> None:
    assert _accused("It felt as if Washington had not heard us at all.") == [["USA"]]
