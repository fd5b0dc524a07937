"""A response promised to another's step is a warning (THREATEN); answering letters and questions is not."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import with_polarity

DAY = dt.date(2018, 3, 27)
MFA = "Comment by the Russian Foreign Ministry"


@pytest.mark.parametrize(
    "text",
    [
        "We regard this step as unfriendly and will respond accordingly.",
        "Moscow would respond accordingly, the ministry said.",
    ],
)
def test_a_response_to_come_is_a_warning(text: str) -> None:
    assert any(e[0] == "THREATEN" and e[1] == ("RUS",) for e in with_polarity(text, DAY, context=MFA))


@pytest.mark.parametrize(
    "text",
    [
        "We will respond appropriately to your letter.",
        "If asked, we will reply accordingly.",
        "Russia did not respond accordingly.",
        "I hope that the Government and the regional authorities will react accordingly.",
        "The ministry said it would respond appropriately to questions from journalists.",
    ],
)
def test_answers_and_past_responses_are_no_warning(text: str) -> None:
    assert not any(e[0] == "THREATEN" for e in with_polarity(text, DAY, context=MFA))
