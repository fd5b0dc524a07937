"""Real news wording: crime reports, legal process and other everyday newspaper phrasing (invented sentences
in the style of local and wire news)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2021, 5, 12)


def coded(text: str) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.polarity.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


def types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


# ---------------------------------------------------------------------------------- arrests with no side named


@pytest.mark.parametrize(
    "text",
    [
        "A former city official was arrested and charged with bribery, prosecutors said.",
        "Two activists have been arrested after a banner was unfurled outside the embassy on Sunday.",
        "The two men were charged with spying for a foreign government, according to court papers.",
        "Detectives took the former mayor into custody at a hotel near the airport on Tuesday.",
        "The blogger was jailed for seven years on charges of extremism.",
        "Three men were indicted by a grand jury over an alleged plot to bomb the parliament.",
    ],
)
def test_unnamed_detention_in_a_political_case_is_coerce(text: str) -> None:
    assert any(t == "COERCE" and p == "asserted" for t, p, _s, _g in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        # ordinary crime with no political side: news coders leave these out
        "A 31-year-old woman was arrested and charged, officers said.",
        "Four men have been charged with murder in connection with the killing, police said.",
        "The driver was charged with robbery and assault, according to a statement.",
    ],
)
def test_unnamed_detention_for_ordinary_crime_is_not_coded(text: str) -> None:
    assert "COERCE" not in types(text)


def test_no_arrests_made_is_negated() -> None:
    assert ("COERCE", "negated", ("police",), ()) in coded("Police had not made any arrests by late evening.")


@pytest.mark.parametrize(
    "text",
    [
        # "charged with" a duty, not a crime
        "The government committee was charged with drafting the new rules before the summer.",
        "The minister was charged with the task of organising the festival.",
        # nouns, not the act: a listing, a sentence served, a topic
        "The following are arrest reports on activists as recorded by the county sheriff.",
        "The senator never did jail time for the corruption case.",
        "The arrests of the officials have become a talking point.",
        # no one in particular, or not done
        "A donor promised to pay the bail of any protester who gets arrested at the march.",
        "Officials who cooperate should not be taken into custody before trial.",
        "Someone in a minister's position would likely be thrown in jail.",
        # history: dated years before the article
        "The case made headlines when the mayor was arrested in 2006 in Florida.",
    ],
)
def test_detention_look_alikes_code_nothing(text: str) -> None:
    assert "COERCE" not in types(text)


def test_battery_charged_is_no_arrest() -> None:
    assert types("The government said the battery was charged with solar power during the day.") == set()
