"""Political news wording from the news-politics-4 slice (:mod:`detente.coding.np4` and the s27-np4 patterns).

The sentences are written for these tests, not taken from the pages of the gold slice."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str, context: str | None = None) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)}


def _types(text: str, context: str | None = None) -> set[str]:
    return {t for t, _, _ in _coded(text, context)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Polish foreign minister said Germany lacks the courage to lead.",
            ("ACCUSE", ("POL",), ("DEU",)),
        ),
        (
            "Russia has spread baseless claims about the vote, the French president said.",
            ("ACCUSE", ("FRA",), ("RUS",)),
        ),
        (
            "The Spanish prime minister's criticism of Moroccan policy angered Rabat.",
            ("ACCUSE", ("ESP",), ("MAR",)),
        ),
        (
            "The German chancellor stood by the right of self-defence for Ukraine.",
            ("SUPPORT", ("DEU",), ("UKR",)),
        ),
        ("The French president suggested Iran stay out of the conflict.", ("REQUEST", ("FRA",), ("IRN",))),
        (
            "The Irish prime minister looks forward to visiting Canada in the autumn.",
            ("CONSULT", ("IRL",), ("CAN",)),
        ),
        ("Japan will seek a new partnership with India.", ("AGREE", ("JPN",), ("IND",))),
        (
            "The Italian foreign minister said Serbia needs to ensure the safety of the monitors.",
            ("REQUEST", ("ITA",), ("SRB",)),
        ),
        ("Ireland has added Brazil to its quarantine list.", ("COERCE", ("IRL",), ("BRA",))),
        (
            "Ukrainian troops completed the encirclement of Russian units near the town.",
            ("ASSAULT", ("UKR",), ("RUS",)),
        ),
    ],
)
def test_news_wording_codes(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _coded(text)


def test_king_speaks_for_britain() -> None:
    coded = _coded("We look forward to our visit to Kenya next month.", context="King Charles III")
    assert ("CONSULT", ("GBR",), ("KEN",)) in coded


def test_two_people_of_one_state() -> None:
    # party criticism inside one state is coded between the two politicians' state
    assert ("ACCUSE", ("USA",), ("USA",)) in _coded(
        "Joe Biden said Donald Trump lacks the courage to debate."
    )


@pytest.mark.parametrize(
    "text",
    [
        # a government's appeal to its own public: no other side
        "The Dutch government urged people to stay at home over the holiday.",
        "The Norwegian prime minister called on citizens to avoid travel.",
        # lacking things that are not qualities of a leader
        "Chad lacks the water to irrigate its fields.",
        # suggesting a place, not that a side keep out
        "The guide suggested Greece stay on the itinerary.",
        # looking forward to someone else's visit is left to the rules of meetings
        "The company looks forward to the busy tourist season in Italy.",
        # one actor saying its own side must act: no demand between two sides
        "The Austrian chancellor said Austria needs to ensure its gas supply.",
    ],
)
def test_look_alikes_code_nothing_new(text: str) -> None:
    types = _types(text)
    assert not types & {"REQUEST", "ACCUSE", "CONSULT", "SUPPORT"}


def test_appeal_to_a_named_side_is_kept() -> None:
    assert ("REQUEST", ("NLD",), ("BEL",)) in _coded("The Netherlands urged Belgium to reopen the border.")


def test_one_of_a_group_acts_itself() -> None:
    coded = _coded("Portugal was one of only five NATO members that sent tanks to Ukraine.")
    assert ("AID", ("PRT",), ("UKR",)) in coded
    assert not any(source == ("NATO",) for _, source, _ in coded)


def test_one_of_a_group_leaves_later_acts_alone() -> None:
    # the act right after "that" is the subject's; a call further on in the clause is not moved to it
    coded = _coded("Chile is one of the countries that back the plan, which the UN urged Peru to accept.")
    assert not any(t == "REQUEST" and source == ("CHL",) for t, source, _ in coded)


def test_release_worked_for_is_a_goal() -> None:
    assert "RETREAT" not in _types(
        "Norway is working for the release of the aid workers held by the Taliban."
    )
    # a release obtained is still told
    assert "RETREAT" in _types("The Taliban released two Norwegian aid workers.")
