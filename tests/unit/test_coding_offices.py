"""An organisation's or state's office holders named in capitals after it ("NATO Foreign Ministers",
"Allied Heads of State and Government") act for it; look-alike longer names stay names."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2014, 4, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NATO Foreign Ministers suspended all practical civilian and military cooperation with Russia.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        (
            "In April 2014, NATO Foreign Ministers suspended all practical cooperation with Russia.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        ("EU Foreign Ministers imposed sanctions on Russia.", ("SANCTION", ("EU",), ("RUS",))),
        ("Allied Foreign Ministers condemned Russia.", ("ACCUSE", ("NATO",), ("RUS",))),
        ("The Allied Defence Ministers condemned Russia.", ("ACCUSE", ("NATO",), ("RUS",))),
        ("NATO Permanent Representatives visited Georgia.", ("CONSULT", ("NATO",), ("GEO",))),
        ("Allied Heads of State and Government met in Warsaw.", ("CONSULT", ("NATO",), ())),
        ("The CSTO heads of state met in Minsk.", ("CONSULT", ("CSTO",), ())),
    ],
)
def test_office_holders_after_an_actor_act_for_it(text: str, expected: tuple) -> None:
    assert expected in triples(text, DAY)


def test_the_same_words_lower_case_still_code() -> None:
    assert ("SANCTION", ("NATO",), ("RUS",)) in triples(
        "NATO foreign ministers suspended all practical cooperation with Russia.", DAY
    )


@pytest.mark.parametrize(
    "text",
    [
        # a longer name that only starts like an organisation is not the organisation
        "The Eurasian Ombudspersons Alliance condemned the decision.",
        "Alliance Group Chief Executive met Putin.",
    ],
)
def test_longer_names_stay_names(text: str) -> None:
    assert not any("NATO" in t[1] for t in triples(text, DAY))


def test_world_leaders_alone_stay_a_group() -> None:
    found = triples("Russia and world leaders discussed climate.", DAY)
    assert ("CONSULT", ("RUS", "world leaders"), ()) in found


CONTEXT = "NATO Secretary General meets Russian Foreign Minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two discussed the situation in Ukraine.", ("CONSULT", ("NATO", "RUS"), ())),
        ("The two also agreed to keep channels of communication open.", ("AGREE", ("NATO", "RUS"), ())),
    ],
)
def test_the_two_are_the_pair_the_context_names(text: str, expected: tuple) -> None:
    assert expected in triples(text, dt.date(2015, 5, 19), context=CONTEXT)


def test_the_two_in_a_run_of_records_are_the_pair_named_before() -> None:
    from tests.coded import stream

    found = stream(
        ["Stoltenberg met Lavrov in Brussels on Tuesday.", "The two discussed the situation in Ukraine."],
        dt.date(2015, 5, 19),
    )
    assert ("CONSULT", ["NATO", "RUS"], []) in found[1]


@pytest.mark.parametrize(
    "text", ["The two were killed in the attack.", "Of the two, Russia is larger.", "The two reports differ."]
)
def test_the_two_without_a_meeting_verb_are_no_sides(text: str) -> None:
    assert triples(text, dt.date(2015, 5, 19), context=CONTEXT) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian-Kazakh agreement on the Baikonur lease was signed.", ("SUPPORT", ("KAZ", "RUS"), ())),
        ("A Russian-Ukrainian treaty on the border was signed in Kyiv.", ("SUPPORT", ("RUS", "UKR"), ())),
    ],
)
def test_a_pairs_document_signed_with_no_agent_was_signed_by_the_pair(text: str, expected: tuple) -> None:
    assert expected in triples(text, DAY)


def test_a_document_signed_with_no_agent_and_no_pair_names_no_signatory() -> None:
    found = triples("A contract for the supply of Russian gas to Germany was signed.", DAY)
    assert not any(t[0] == "SUPPORT" and len(t[1]) >= 2 for t in found)


def test_joining_partnership_for_peace_is_support_for_nato() -> None:
    assert ("SUPPORT", ("RUS",), ("NATO",)) in triples(
        "Russia joined the Partnership for Peace in June 1994.", DAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "Putin met world leaders in New York.",
        "The Secretary General met with world leaders on the margins of the UN General Assembly.",
    ],
)
def test_world_leaders_met_are_the_meetings_other_side(text: str) -> None:
    found = triples(text, dt.date(2015, 9, 29))
    assert any(t[0] == "CONSULT" and t[2] == ("world leaders",) for t in found)
