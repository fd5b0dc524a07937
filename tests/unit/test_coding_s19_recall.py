"""Coder fixes of session 19 (recall): wording found in a recall audit of uncoded official sentences that
name two or more sides. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import coded

DAY = dt.date(2012, 4, 2)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY)


# --- a joint statement issued by two or more sides together is an accord between them


def test_two_sides_issuing_a_joint_statement_agree() -> None:
    assert _events("Russia and France issued a joint statement on the fight against piracy.") == {
        ("AGREE", ("FRA", "RUS"), ())
    }
    assert _events("The leaders of Brazil and India issued a joint declaration on climate.") == {
        ("AGREE", ("BRA", "IND"), ())
    }


def test_one_side_issuing_a_statement_is_no_accord() -> None:
    assert _events("The Foreign Ministry of Japan issued a statement on the fishing dispute.") == set()
    assert not any(t[0] == "AGREE" for t in _events("Germany issued a joint statement with its partners."))
