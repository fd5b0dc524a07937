"""Session 26 (sides): sources and targets of events whose type is already right, second round."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

from detente.coding.sidefix2 import ministry_speaker

DAY = dt.date(2023, 6, 14)
OLD_DAY = dt.date(2001, 11, 5)


# --- one head word shared by two names ------------------------------------------------------------------


def test_first_name_of_a_shared_head_joins_the_second() -> None:
    got = triples(
        "Envoys of North and South Korea agreed on Monday to reopen the border liaison office.", DAY
    )
    assert ("CONCEDE", ("KOR", "PRK"), ()) in got


def test_two_full_names_are_left_as_they_are() -> None:
    got = triples("South Korea and Japan agreed on Monday to reopen the border liaison office.", DAY)
    assert ("CONCEDE", ("JPN", "KOR"), ()) in got
    assert all("PRK" not in source for _, source, _ in got)


# --- a ministry named without its state -------------------------------------------------------------------


def test_unowned_ministry_as_subject_is_russia() -> None:
    got = triples("The Foreign Ministry condemned Latvia's decision to close the schools.", DAY)
    assert ("ACCUSE", ("RUS",), ("LVA",)) in got


def test_unowned_ministry_that_decides_is_russia() -> None:
    got = triples(
        "The Defence Ministry has decided to pull the troops back from the border with Ukraine.", DAY
    )
    assert ("CONCEDE", ("RUS",), ("UKR",)) in got


def test_unowned_ministry_as_trailing_sayer_is_russia() -> None:
    got = triples(
        "The closure of the schools is an outrageous act by the Latvian authorities, the Foreign Ministry stated.",
        DAY,
    )
    assert ("ACCUSE", ("RUS",), ("LVA",)) in got


def test_unowned_ministry_as_leading_sayer_is_russia() -> None:
    got = triples("The Defence Ministry has said that NATO drills near the border are a provocation.", DAY)
    assert ("ACCUSE", ("RUS",), ("NATO",)) in got


def test_ministry_with_its_state_keeps_its_state() -> None:
    got = triples("The Foreign Ministry of Latvia condemned the closure of the schools.", DAY)
    assert ("ACCUSE", ("LVA",), ()) in got
    assert all("RUS" not in source for _, source, _ in got)


def test_ministry_owned_by_a_possessive_is_not_read() -> None:
    got = triples("Ukraine's allies said its Foreign Ministry had condemned the strike.", DAY)
    assert all("RUS" not in source for _, source, _ in got)


def test_ministry_as_a_place_gives_no_side() -> None:
    assert triples("The ambassador was summoned to the Foreign Ministry on Monday.", DAY) == set()


def test_statement_of_an_unowned_ministry_is_russian() -> None:
    text = "The closure of the schools is an outrageous act by the Latvian authorities."
    got = triples(text, DAY, context="Defence Ministry briefing.")
    assert ("ACCUSE", ("RUS",), ("LVA",)) in got


def test_statement_of_an_owned_ministry_keeps_its_state() -> None:
    text = "The closure of the schools is an outrageous act by the Latvian authorities."
    got = triples(text, DAY, context="Statement by the Estonian Defence Ministry.")
    assert ("ACCUSE", ("EST",), ("LVA",)) in got


def test_ministry_speaker_reads_only_ministries() -> None:
    assert ministry_speaker("Foreign Ministry statement.") == "RUS"
    assert ministry_speaker("Statement by the Ministry of Foreign Affairs") == "RUS"
    assert ministry_speaker("Press conference by the Secretary General") is None
    assert ministry_speaker(None) is None


# --- a pledge in two infinitives -------------------------------------------------------------------------


def test_second_infinitive_place_joins_the_target() -> None:
    got = triples(
        "Moscow pledged to withdraw its troops from Moldova and to hand over its bases in Georgia.", OLD_DAY
    )
    assert ("CONCEDE", ("RUS",), ("GEO", "MDA")) in got


def test_single_infinitive_keeps_its_one_target() -> None:
    got = triples("Russia promised to withdraw its troops from Moldova.", OLD_DAY)
    assert ("CONCEDE", ("RUS",), ("MDA",)) in got


def test_request_in_two_infinitives_is_not_widened() -> None:
    got = triples("NATO called on Russia to halt the attacks and to withdraw its forces from Ukraine.", DAY)
    assert ("REQUEST", ("NATO",), ("RUS",)) in got
    assert all("UKR" not in target for kind, _, target in got if kind == "REQUEST")


# --- a possessive owns its state's organ across adjectives -----------------------------------------------


def test_possessive_owns_the_government_across_an_adjective() -> None:
    got = triples("Chile's caretaker government rejected Peru's proposal on Monday.", DAY)
    assert ("REJECT", ("CHL",), ("PER",)) in got


def test_government_without_a_possessive_stays_unowned() -> None:
    got = triples("The caretaker government rejected Peru's proposal on Monday.", DAY)
    assert ("REJECT", (), ("PER",)) in got
