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
