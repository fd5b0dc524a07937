"""Calling another actor a partner or ally (SUPPORT by whoever says it), and what only looks like it."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2019, 7, 10)
NATO_TEXT = "Statement on the NATO website; 'we' is NATO."


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # the sayer after the clause: a trailing attribution names who praises
        (
            "Finland is one of Russia's closest partners, Mr Putin said.",
            None,
            ("SUPPORT", ("RUS",), ("FIN",)),
        ),
        (
            "Finland is one of Russia's closest partners, Mr Putin said.",
            NATO_TEXT,
            ("SUPPORT", ("RUS",), ("FIN",)),
        ),
        ("Kazakhstan remains a reliable ally, Lavrov told reporters.", None, ("SUPPORT", ("RUS",), ("KAZ",))),
        # the sayer before, as before
        (
            "Mr Putin said Finland was Russia's close and traditional partner.",
            None,
            ("SUPPORT", ("RUS",), ("FIN",)),
        ),
    ],
)
def test_the_sayer_of_praise_may_come_after_it(text: str, context: str | None, expected: tuple) -> None:
    assert expected in triples(text, DAY, context=context)


@pytest.mark.parametrize(
    "text",
    [
        # the noun is the object of a preposition inside the predicate, not what the subject is called
        "The Russian Federation is the most significant and direct threat to Allies' security.",
        "Russia is a danger for its partners in the region, the Secretary General said.",
        "Iran is a source of instability against its neighbours and partners.",
    ],
)
def test_a_threat_to_allies_is_no_praise(text: str) -> None:
    assert not any(t[0] == "SUPPORT" for t in triples(text, DAY, context=NATO_TEXT))


def test_a_relative_clause_is_no_trailing_attribution() -> None:
    # ", which Russia said ..." does not make Russia the one who calls Finland a partner
    found = triples("Finland is a partner of NATO, which Russia said was unacceptable.", DAY)
    assert ("SUPPORT", ("RUS",), ("FIN",)) not in found
