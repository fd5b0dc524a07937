"""s39-kside: acts toward a foreign counterpart left unnamed ("his counterpart", "the guest")."""

from __future__ import annotations

import datetime as dt

from detente.coding import s39kside
from detente.coding.coder import code_sentence

DAY = dt.date(2018, 3, 21)


def _code(text: str) -> list[tuple[str, list[str], list[str], str]]:
    return sorted(
        (e.event.value, sorted(e.source), sorted(e.target), e.polarity.value)
        for e in code_sentence(text, date=DAY)
    )


def test_thanks_to_the_counterpart_kept_without_target() -> None:
    assert _code("Vladimir Putin thanked his counterpart for the generous reception.") == [
        ("SUPPORT", ["RUS"], [], "asserted")
    ]


def test_gratitude_to_a_colleague_and_condolences_to_the_guest() -> None:
    assert ("SUPPORT", ["RUS"], [], "asserted") in _code(
        "The Russian leader expressed gratitude to his colleague for the kind words."
    )
    assert ("SUPPORT", ["RUS"], [], "asserted") in _code(
        "Vladimir Putin offered his condolences to the guest over the storm victims."
    )


def test_congratulations_to_the_counterpart_added() -> None:
    assert _code("The Chinese leader congratulated his counterpart on the won vote.") == [
        ("SUPPORT", ["CHN"], [], "asserted")
    ]


def test_talks_with_the_counterpart_added() -> None:
    assert ("CONSULT", ["RUS"], [], "asserted") in _code(
        "The President of Russia had a phone conversation with his counterpart."
    )
    assert ("CONSULT", ["RUS"], [], "asserted") in _code(
        "Vladimir Putin and his counterpart held talks behind closed doors."
    )


def test_invitation_and_proposal_to_the_counterpart() -> None:
    assert ("REQUEST", ["RUS"], [], "asserted") in _code(
        "Putin invited his counterpart to come to Russia whenever suits him."
    )
    assert ("AGREE", ["RUS"], [], "asserted") in _code(
        "The President of Russia proposed to his counterpart to form a joint commission."
    )


def test_level_of_relations_noted() -> None:
    assert _code("The President of Russia noted the high level of bilateral ties.") == [
        ("SUPPORT", ["RUS"], [], "asserted")
    ]


def test_domestic_courtesies_stay_out() -> None:
    assert _code("Vladimir Putin praised the work of the government commission on the fires.") == []
    assert _code("The President thanked the governors for their work at harvest time.") == []
    assert _code("Putin thanked his colleague Sergei Lavrov for the report.") == []
    assert _code("Putin thanked the business partners of the plant for their work.") == []
    assert _code("The President noted the high level of cooperation between Russian regions.") == []


def test_denied_meeting_not_added() -> None:
    assert not any(k == "CONSULT" for k, *_ in _code("Putin did not meet with his counterpart at the forum."))


def test_foreign_counterpart_predicate() -> None:
    text = "Putin thanked his counterpart for the welcome."
    at = text.index("thanked")
    assert s39kside.foreign_counterpart(text, at, at + 7)
    other = "Putin thanked the ministry for the welcome."
    assert not s39kside.foreign_counterpart(other, at, at + 7)


def test_hostile_inputs() -> None:
    assert s39kside.settled("", [], [], (), _never) == []
    assert s39kside.settled("!!! ??? ...", [], [], (), _never) == []
    long = "his counterpart met the guest " * 400
    assert s39kside.settled(long, [], [], (), _never) == []
    assert not s39kside.foreign_counterpart("", 0, 0)
    assert not s39kside.foreign_counterpart("abc", 5, 9)
    assert _code("1234 5678 ----") == []


def _never(*_: object) -> object:
    raise AssertionError("no event should be made")
