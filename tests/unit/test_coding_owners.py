"""Who owns a named act ("Russia's brutal and unprovoked war"), and acts named only as what a stance is on."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2022, 6, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Allies strongly condemn Russia's brutal and unprovoked war against Ukraine.",
        "Allies condemn Russia's unprovoked and unjustified war against Ukraine.",
    ],
)
def test_the_owner_reaches_over_paired_adjectives(text: str) -> None:
    found = triples(text, DAY)
    assert ("ASSAULT", ("RUS",), ("UKR",)) in found
    assert not any(t[0] == "ASSAULT" and t[1] == ("NATO",) for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary General restated NATO's position on Russia's illegal and illegitimate annexation of Crimea.",
        "He explained the Alliance's approach to Russia's deployment of missiles in Kaliningrad.",
    ],
)
def test_an_act_a_stance_is_on_is_not_reported(text: str) -> None:
    found = triples(text, dt.date(2015, 5, 19))
    assert not any(t[0] in ("COERCE", "MOBILIZE") for t in found)


def test_the_same_act_condemned_is_still_reported() -> None:
    found = triples(
        "Allies condemn Russia's illegal and illegitimate annexation of Crimea.", dt.date(2015, 5, 19)
    )
    assert ("COERCE", ("RUS",), ("UKR",)) in found


@pytest.mark.parametrize(
    "text",
    [
        "NATO does not recognise Russia's annexation of Crimea.",
        "Allies do not and will not recognise Russia's illegal annexation of Crimea.",
    ],
)
def test_an_owned_act_under_a_denial_still_happened(text: str) -> None:
    from tests.coded import with_polarity

    found = with_polarity(text, dt.date(2015, 4, 2))
    assert ("COERCE", ("RUS",), ("UKR",), "asserted") in found
    assert ("REJECT", ("NATO",), ("RUS",), "asserted") in found


def test_a_denied_act_with_no_owner_stays_negated() -> None:
    from tests.coded import with_polarity

    assert ("ASSAULT", ("RUS",), (), "negated") in with_polarity("Russia did not carry out the strikes.", DAY)
