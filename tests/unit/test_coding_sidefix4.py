"""Session 29 (sidefix4): targets of protests, curfews, deployments, rivals, unnamed killers and offers made
at meetings; sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

from detente.coding import sidefix4
from detente.coding.actors import load_dictionary
from detente.coding.coder import Event, Polarity
from detente.coding.ontology import EventType

DAY = dt.date(2021, 4, 12)
OLD_DAY = dt.date(1999, 4, 12)


def _targets(text: str, kind: str, day: dt.date = DAY) -> set[tuple[str, ...]]:
    return {target for t, _, target in triples(text, day) if t == kind}


# --- a protest at an embassy ---------------------------------------------------------------------------


def test_protest_outside_an_embassy_is_aimed_at_its_state() -> None:
    got = _targets(
        "Angry students burned Turkish and Greek flags outside the Danish embassy in Ankara on Friday.",
        "PROTEST",
    )
    assert got == {("DNK",)}


def test_embassy_that_only_reports_is_not_the_protest_place() -> None:
    got = _targets(
        "Thousands of residents of Belgrade gathered on the bridges in protest against the NATO bombing, "
        "the Russian Embassy reports.",
        "PROTEST",
        OLD_DAY,
    )
    assert ("RUS",) not in got


def test_grievance_doer_named_outranks_the_embassy() -> None:
    got = _targets(
        "A large crowd rallied outside the American embassy in Moscow against the NATO air strikes.",
        "PROTEST",
        OLD_DAY,
    )
    assert ("USA",) not in got


# --- a protest at home ------------------------------------------------------------------------------------


def test_strike_against_an_election_is_aimed_at_the_home_state() -> None:
    got = _targets(
        "Bulgarian dock workers walked off the job on Tuesday in protest against the disputed election.",
        "PROTEST",
    )
    assert got == {("BGR",)}


def test_qualifier_of_the_grievance_is_not_the_target() -> None:
    got = _targets(
        "Thousands of people marched through central Chisinau on Saturday against a Russian-style media law.",
        "PROTEST",
    )
    assert got == {("MDA",)}


def test_police_who_detain_the_marchers_are_not_the_target() -> None:
    got = _targets(
        "Thousands of people in Belarusian towns demonstrated against the new tax, and hundreds were "
        "detained by the police.",
        "PROTEST",
    )
    assert got == {("BLR",)}


def test_labour_dispute_with_an_employer_gets_no_home_state() -> None:
    text = "Korean car workers downed tools on Friday in a dispute over wages."
    event = _event(EventType.PROTEST, ("workers",), (), (19, 31))
    assert sidefix4.protest_at_home(text, DAY, [event], load_dictionary())[0].target == ()


def test_foreign_doer_of_the_grievance_is_kept() -> None:
    got = _targets("Thousands rallied in Warsaw on Sunday against Russia's war in Ukraine.", "PROTEST")
    assert ("POL",) not in got


# --- curfews ----------------------------------------------------------------------------------------------


def test_curfew_after_a_riot_falls_on_civilians() -> None:
    got = _targets(
        "Kenyan authorities imposed a night curfew in the port town after protesters set fire to a police station.",
        "COERCE",
    )
    assert ("civilians",) in got
    assert ("protesters",) not in got


def test_martial_law_with_no_target_falls_on_civilians() -> None:
    assert ("civilians",) in _targets(
        "Mali's army declared martial law across the country on Monday.", "COERCE"
    )


def test_curfew_put_on_protesters_keeps_them() -> None:
    assert sidefix4.curfew_on_civilians("The city imposed a curfew on protesters.", []) == []
    event = _event(EventType.COERCE, ("KEN",), ("protesters",), (9, 26))
    got = sidefix4.curfew_on_civilians("The city imposed a curfew on protesters.", [event])
    assert got[0].target == ("protesters",)


def test_curfew_lifted_for_the_opposition_keeps_it() -> None:
    text = "Authorities lifted a daytime curfew, a concession to opposition parties."
    event = _event(EventType.CONCEDE, ("NPL",), ("opposition",), (12, 35))
    assert sidefix4.curfew_on_civilians(text, [event])[0].target == ("opposition",)


# --- deployments ----------------------------------------------------------------------------------------


def test_deployment_ahead_of_an_opposition_rally_is_aimed_at_the_opposition() -> None:
    got = _targets(
        "Thousands of riot police were deployed across central Minsk on Friday ahead of a planned opposition rally.",
        "MOBILIZE",
    )
    assert got == {("opposition",)}


def test_deployment_with_no_rally_keeps_no_target() -> None:
    got = _targets("Thousands of riot police were deployed across central Minsk on Friday.", "MOBILIZE")
    assert ("opposition",) not in got and ("protesters",) not in got


def test_exercises_near_a_border_are_aimed_at_its_states() -> None:
    got = _targets(
        "Russia and Belarus began large military exercises on Monday near the borders of Poland and the Baltic states.",
        "MOBILIZE",
    )
    assert ("EST", "LTU", "LVA", "POL") in got


def test_exercises_far_from_any_border_keep_no_target() -> None:
    got = _targets("Russia and Belarus began large military exercises on Monday.", "MOBILIZE")
    assert all(t == () for t in got)


# --- rivals -----------------------------------------------------------------------------------------------


def test_rival_of_the_president_is_the_opposition() -> None:
    got = _targets(
        "Police detained the mayor of the capital, the president's main political rival, on Thursday.",
        "COERCE",
    )
    assert ("opposition",) in got


def test_pro_democracy_leader_freed_is_the_opposition() -> None:
    got = _targets("Myanmar's junta freed pro-democracy leader Aung San Suu Kyi on Saturday.", "RETREAT")
    assert got == {("opposition",)}


def test_rival_named_after_the_reason_is_left() -> None:
    text = "Police detained a man on Sunday after he insulted the main opposition party."
    event = _event(EventType.COERCE, ("police",), (), (7, 15))
    assert sidefix4.rival_is_opposition(text, [event])[0].target == ()


# --- unnamed killers -----------------------------------------------------------------------------------------


def test_condemned_killing_without_killers_is_the_militants() -> None:
    got = triples("The Foreign Minister condemned the killing of two Italian aid workers in Kabul.", DAY)
    assert any(t == "ACCUSE" and target == ("militants",) for t, _, target in got)
    assert any(t == "ASSAULT" and source == ("militants",) for t, source, _ in got)


def test_named_killers_are_kept() -> None:
    got = triples("Russia condemned the killing of its soldiers by Ukrainian forces.", DAY)
    assert any(t == "ACCUSE" and target == ("UKR",) for t, _, target in got)
    assert not any("militants" in source + target for _, source, target in got)


# --- offers at a meeting -----------------------------------------------------------------------------------


def test_proposal_at_a_meeting_is_made_to_the_one_met() -> None:
    got = triples("At his meeting with Chancellor Merkel, President Putin proposed a joint gas project.", DAY)
    assert ("AGREE", ("RUS",), ("DEU",)) in got


def test_joint_agreement_of_two_sides_gets_no_third() -> None:
    text = "During the talks with Germany, Russia and China agreed to expand trade."
    event = _event(EventType.AGREE, ("RUS", "CHN"), (), (49, 55))
    assert sidefix4.offered_at_meeting(text, DAY, [event], load_dictionary())[0].target == ()


# --- threats on a condition ---------------------------------------------------------------------------------


def test_threat_over_foreign_goods_is_aimed_at_the_side_of_its_condition() -> None:
    got = triples(
        "Hungary threatened to stop the transit of Russian oil to Croatia if the EU adopted new sanctions.",
        DAY,
    )
    assert ("THREATEN", ("HUN",), ("EU",)) in got


def test_threat_to_a_foreign_captive_keeps_the_captive_state() -> None:
    got = triples(
        "Kidnappers threatened to kill a Japanese engineer unless Iraqi prisoners held by US forces were freed.",
        DAY,
    )
    assert not any(t == "THREATEN" and target == ("IRQ",) for t, _, target in got)


def test_threat_to_the_one_warned_keeps_it() -> None:
    got = triples("Russia warned Estonia it would respond if the Alliance deployed troops there.", DAY)
    assert ("THREATEN", ("RUS",), ("EST",)) in got


# --- what is "ours" ------------------------------------------------------------------------------------------

RU_CONTEXT = "Remarks by the Presidential Press Secretary; 'we'/'our' is Russia."


def test_readiness_to_consider_our_proposals_is_aimed_at_the_speaker() -> None:
    got = triples(
        "The United States is ready to consider our proposals on arms control.", DAY, context=RU_CONTEXT
    )
    assert ("AGREE", ("USA",), ("RUS",)) in got


def test_our_word_in_another_clause_is_left() -> None:
    got = triples("NATO is ready to talk, but our position is clear.", DAY, context=RU_CONTEXT)
    assert ("AGREE", ("NATO",), ("RUS",)) not in got


def test_no_speaker_no_change() -> None:
    event = _event(EventType.AGREE, ("USA",), (), (18, 26))
    text = "The United States is ready to consider our proposals."
    assert sidefix4.settled(text, DAY, [event], load_dictionary())[0].target == ()
    assert sidefix4.ours_is_the_speaker(text, [event], "RUS")[0].target == ("RUS",)


def test_our_word_after_another_sayer_is_left_to_that_sayer() -> None:
    text = "Mr Erdogan said that the United States is ready to consider our proposals."
    event = _event(EventType.AGREE, ("USA",), (), (40, 48))
    assert sidefix4.ours_is_the_speaker(text, [event], "RUS")[0].target == ()


# --- bad input -----------------------------------------------------------------------------------------------


def _event(
    kind: EventType, source: tuple[str, ...], target: tuple[str, ...], anchor: tuple[int, int]
) -> Event:
    return Event(
        event=kind,
        mode="",
        source=source,
        target=target,
        polarity=Polarity.ASSERTED,
        event_date="",
        event_date_precision="",
        evidence=anchor,
        anchor=anchor,
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "embassy",
        "curfew",
        "ahead of a rally",
        "near the borders of",
        "protest against the",
        '"',
        "the murder of",
        "At his meeting with",
        "rally " * 4000,
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    dictionary = load_dictionary()
    events = [
        _event(EventType.PROTEST, ("protesters",), (), (0, min(5, len(text)))),
        _event(EventType.COERCE, ("KEN",), (), (0, min(5, len(text)))),
        _event(EventType.MOBILIZE, ("RUS",), (), (0, min(5, len(text)))),
        _event(EventType.ACCUSE, ("RUS",), (), (0, 0)),
        _event(EventType.AGREE, ("RUS",), (), (0, 0)),
    ]
    got = sidefix4.settled(text, DAY, events, dictionary)
    assert len(got) == len(events)
    assert sidefix4.settled(text, DAY, [], dictionary) == []
    triples(text[:2000], DAY)


def test_same_answer_twice() -> None:
    text = "Bulgarian dock workers walked off the job on Tuesday in protest against the disputed election."
    assert triples(text, DAY) == triples(text, DAY)
