"""Session 29 (sources2): doers named only through a sayer, a meeting, a pair or a title met before."""

from __future__ import annotations

import datetime as dt

from tests.coded import triples

from detente.coding import sources2
from detente.coding.actors import load_dictionary

DAY = dt.date(2019, 5, 6)
MEETING = {"participants": ("RUS", "TUR"), "reported_meeting": True}


# --- the sayer's own country ----------------------------------------------------------------------------


def test_his_government_after_a_sayer_is_the_sayers_state() -> None:
    got = triples("Turkey's foreign minister said his government would send more troops to the border.", DAY)
    assert ("MOBILIZE", ("TUR",), ()) in got


def test_the_country_after_a_named_minister_is_the_ministers_state() -> None:
    got = triples(
        "Israeli Defence Minister Israel Katz said on Sunday the country would go on blocking aid from entering Gaza.",
        DAY,
    )
    assert any(t == "COERCE" and s == ("ISR",) for t, s, _ in got)


def test_a_government_with_its_own_state_keeps_that_state() -> None:
    got = triples(
        "Turkey's foreign minister said the Greek government would send more troops to the border.", DAY
    )
    assert ("MOBILIZE", ("GRC",), ()) in got
    assert all(s != ("TUR",) for _, s, _ in got)


def test_no_sayer_of_a_known_state_leaves_the_act_alone() -> None:
    got = triples("A spokesman said the government would send more troops to the border.", DAY)
    assert all(s == () for _, s, _ in got)


# --- a title announcing a state's act -------------------------------------------------------------------


def test_bare_title_warning_what_a_state_will_do_speaks_for_that_state() -> None:
    got = triples("The Prime Minister warned Belgrade that Hungary would close its border crossings.", DAY)
    assert ("THREATEN", ("HUN",), ("SRB",)) in got


def test_bare_title_warning_of_an_act_with_no_state_stays_without_doer() -> None:
    got = triples("The Prime Minister warned Belgrade that the border crossings would be closed.", DAY)
    assert ("THREATEN", (), ("SRB",)) in got


def test_state_owning_the_clause_subject_is_not_the_announcer() -> None:
    got = triples("The Prime Minister warned Belgrade that Hungary's patience would run out.", DAY)
    assert all(s != ("HUN",) for t, s, _ in got if t == "THREATEN")


# --- talks with one side of the meeting ------------------------------------------------------------------


def test_talks_with_one_side_of_the_meeting_are_both_sides() -> None:
    got = triples("Full-scale talks with President Erdogan are scheduled for Friday.", DAY, **MEETING)
    assert ("CONSULT", ("RUS", "TUR"), ()) in got


def test_talks_with_a_delegation_of_the_meeting_are_both_sides() -> None:
    got = triples("Extended talks with the Turkish delegation will be held on Friday.", DAY, **MEETING)
    assert ("CONSULT", ("RUS", "TUR"), ()) in got


def test_talks_with_a_third_party_are_not_the_meeting() -> None:
    got = triples("Full-scale talks with President Macron are scheduled for Friday.", DAY, **MEETING)
    assert ("CONSULT", (), ("FRA",)) in got


def test_talks_without_a_known_meeting_stay_without_doer() -> None:
    got = triples("Full-scale talks with President Erdogan are scheduled for Friday.", DAY)
    assert ("CONSULT", (), ("TUR",)) in got


# --- the pair named after "the two leaders" -------------------------------------------------------------


def test_the_two_leaders_are_the_two_people_named_later() -> None:
    got = triples(
        "The two leaders agreed to keep in touch, and Vladimir Putin and Recep Tayyip Erdogan will speak "
        "again next week.",
        DAY,
    )
    assert ("AGREE", ("RUS", "TUR"), ()) in got


def test_the_two_leaders_with_a_sayer_among_the_names_are_not_read() -> None:
    got = triples("The two leaders agreed to meet again, Mr Putin told Mr Erdogan.", DAY)
    assert ("AGREE", (), ()) in got


def test_the_two_leaders_with_three_people_named_are_not_read() -> None:
    got = triples(
        "The two leaders agreed to keep in touch, and Mr Putin, Mr Erdogan and Mr Aliyev will speak again.",
        DAY,
    )
    assert all(set(s) != {"RUS", "TUR"} for t, s, _ in got if t == "AGREE")


# --- a bare title met before in the sentence ------------------------------------------------------------


def test_bare_title_is_the_one_holder_named_before() -> None:
    got = triples(
        "Vladimir Putin met Angela Merkel in Berlin; the President called on NATO to withdraw its troops.",
        DAY,
    )
    assert ("REQUEST", ("RUS",), ("NATO",)) in got


def test_bare_title_with_two_holders_named_before_is_not_read() -> None:
    got = triples(
        "Vladimir Putin met Emmanuel Macron in Paris; the President called on NATO to withdraw its troops.",
        DAY,
    )
    assert all(s == () for t, s, _ in got if t == "REQUEST")


def test_bare_title_held_by_nobody_named_before_is_not_read() -> None:
    got = triples(
        "Vladimir Putin met Angela Merkel in Berlin; the Prime Minister called on NATO to withdraw its troops.",
        DAY,
    )
    assert all(s == () for t, s, _ in got if t == "REQUEST")


# --- a head of state named without a state --------------------------------------------------------------


def test_bare_head_of_state_is_russias() -> None:
    got = triples("The head of state signed decrees recognising the Donetsk People's Republic.", DAY)
    assert ("SUPPORT", ("RUS",), ("donetsk",)) in got


def test_bare_president_with_a_speaker_is_the_speakers() -> None:
    got = triples(
        "The President signed decrees recognising the Lugansk People's Republic.",
        DAY,
        context="Statement by the White House press office",
    )
    assert all("RUS" not in s for _, s, _ in got)


def test_bare_president_beside_another_named_president_is_not_read() -> None:
    # another president named before the act's words blocks the reading; one named only in the act's object
    # ("thanked President Macron") does not (s35-sources4: tests/unit/test_coding_s35_sources4.py)
    got = triples(
        "After talks with President Macron, the President recognised the Lugansk People's Republic.", DAY
    )
    assert all("RUS" not in s for _, s, _ in got)


def test_other_bare_titles_are_not_heads_of_state() -> None:
    got = triples("The Prime Minister signed decrees recognising the Lugansk People's Republic.", DAY)
    assert all("RUS" not in s for _, s, _ in got)


def test_bare_president_far_from_the_act_is_not_its_subject() -> None:
    got = triples(
        "The President said that the decree recognising the Lugansk People's Republic was signed.", DAY
    )
    assert all("RUS" not in s for _, s, _ in got)


def test_bare_ministry_naming_russia_in_its_object_acts_for_russia() -> None:
    got = triples(
        "Today the Foreign Ministry published the draft treaty between Russia and the United States on "
        "security guarantees.",
        DAY,
    )
    assert ("AGREE", ("RUS",), ("USA",)) in got


def test_bare_president_suspending_a_russian_agreement_acts_for_russia() -> None:
    got = triples(
        "The President signed a decree suspending the Russian-American agreement on plutonium, citing the "
        "unfriendly actions of the United States.",
        DAY,
    )
    assert ("SANCTION", ("RUS",), ("USA",)) in got


def test_act_in_a_bare_ministrys_object_is_not_the_ministrys() -> None:
    got = triples("The Foreign Ministry condemned the attack on the Russian embassy in Kabul.", DAY)
    assert all(s != ("RUS",) for t, s, _ in got if t == "ASSAULT")


def test_bare_ministry_acting_on_russias_words_is_not_russia() -> None:
    assert triples("The Foreign Ministry called the Russian claims absurd.", DAY) == {
        ("ACCUSE", (), ("RUS",))
    }
    assert triples("The Foreign Ministry rejected the Russian proposal.", DAY) == {("REJECT", (), ("RUS",))}


def test_bare_ministry_ruling_out_a_pull_out_of_russian_troops_is_russia() -> None:
    got = triples(
        "The Foreign Ministry ruled out any pull-out of the Russian military contingent from Moldova.", DAY
    )
    assert any(t == "REJECT" and s == ("RUS",) and "RUS" not in g for t, s, g in got)


# --- bad input -------------------------------------------------------------------------------------------


def test_settled_without_events_returns_them_unchanged() -> None:
    assert sources2.settled("", None, [], [], [], load_dictionary()) == []


def test_empty_and_fragment_sentences_code_nothing_and_do_not_raise() -> None:
    for text in ("", " ", "said his government would", "; the President", "the two leaders", "talks with"):
        assert isinstance(triples(text, DAY, **MEETING), set)
        assert isinstance(triples(text, DAY), set)


def test_very_long_sentence_does_not_raise() -> None:
    text = "Turkey's foreign minister said his government would send more troops to the border, " * 60
    assert isinstance(triples(text.strip().rstrip(",") + ".", DAY), set)


def test_stray_quotes_and_trigger_words_at_the_end_do_not_raise() -> None:
    for text in (
        '"The two leaders',
        "Talks with",
        "; the President said",
        "The Prime Minister warned X that",
    ):
        assert isinstance(triples(text, DAY, **MEETING), set)
