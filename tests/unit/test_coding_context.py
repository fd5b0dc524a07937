"""A record's context that names a meeting between two sides makes the speaker's "we discussed" both sides."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2016, 4, 20)
NRC = "Press conference by NATO Secretary General Jens Stoltenberg following the meeting of the NATO-Russia Council"
TALKS = "Vladimir Putin, President of Russia; press statement after talks with Prime Minister of Italy Paolo Gentiloni"


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("We also discussed the situation in Afghanistan.", NRC, ("CONSULT", ("NATO", "RUS"), ())),
        (
            "This was a useful meeting, where we had a frank discussion.",
            NRC,
            ("CONSULT", ("NATO", "RUS"), ()),
        ),
        ("We agreed to continue our dialogue.", NRC, ("AGREE", ("NATO", "RUS"), ())),
        ("We discussed bilateral trade.", TALKS, ("CONSULT", ("ITA", "RUS"), ())),
    ],
)
def test_we_after_a_meeting_named_in_the_context_is_both_sides(
    text: str, context: str, expected: tuple
) -> None:
    assert expected in triples(text, DAY, context=context)


def test_a_context_naming_two_actors_without_a_meeting_leaves_we_to_the_speaker() -> None:
    # a statement on Russia by NATO's spokesperson: no meeting, so "we" is NATO alone
    context = "Statement by the NATO Spokesperson on Russia"
    found = triples("We discussed the situation in Afghanistan with partners.", DAY, context=context)
    assert ("CONSULT", ("NATO", "RUS"), ()) not in found


SUMMIT = (
    "Brussels Summit Communiqué issued by the Heads of State and Government participating in the meeting of "
    "the North Atlantic Council"
)


def test_leaders_meeting_in_a_body_speak_for_the_body() -> None:
    found = triples("We call on Russia to withdraw its forces.", dt.date(2021, 6, 14), context=SUMMIT)
    assert ("REQUEST", ("NATO",), ("RUS",)) in found


def test_a_group_alone_still_speaks_as_the_group() -> None:
    found = triples("We condemn Russia.", dt.date(2021, 6, 14), context="Statement by world leaders")
    assert ("ACCUSE", ("world leaders",), ("RUS",)) in found


@pytest.mark.parametrize("text", ["Discuss Stoltenberg:", "Discussed, Stoltenberg:", "We Met"])
def test_a_forum_speaker_with_no_unit_in_the_sentence_codes_without_error(text: str) -> None:
    # a joint forum as the speaker's side with no mention in the text once crashed the span of the meeting
    found = triples(text, DAY, context="Press conference following the NATO-Russia Council")
    assert all(t[0] == "CONSULT" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Allies condemn Russia's annexation of Crimea, which they will not recognise.",
        "The Allies condemned the annexation of Crimea by Russia, which they do not recognise.",
    ],
)
def test_they_after_which_is_the_main_clauses_subject(text: str) -> None:
    found = triples(text, dt.date(2015, 4, 2))
    assert any(t[0] == "REJECT" and t[1] == ("NATO",) for t in found)
    assert not any(t[0] == "REJECT" and t[1] == ("RUS",) for t in found)


def test_a_sayers_relative_reads_as_before() -> None:
    found = triples(
        "Russia criticised the NATO summit, which it said was a provocation.", dt.date(2015, 4, 2)
    )
    assert found == {("ACCUSE", ("RUS",), ("NATO",))}
