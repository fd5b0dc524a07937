"""Session 34 (helper written12, s34-written12): drills told in the passive, pairs that met, council
sessions, acts judged, measures mirrored and answered, answers reserved, restraint pledged, our own forces,
accessions. Sentences are the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.written12 import settled

DAY = dt.date(2018, 9, 4)
RU = "Statement by the Russian Foreign Ministry; 'we'/'our' is Russia."
RU_DEF = "Statement by the Russian Ministry of Defence; 'we'/'our' is Russia."


def coded(text: str, *, context: str | None = None, date: dt.date = DAY) -> set[tuple[str, str, str, str]]:
    return {
        (e.event.value, ",".join(sorted(e.source)), ",".join(sorted(e.target)), e.polarity.value)
        for e in code_sentence(text, date=date, context=context)
    }


def has(found: set[tuple[str, str, str, str]], etype: str, source: str, target: str | None = None) -> bool:
    return any(t == etype and s == source and (target is None or tg == target) for t, s, tg, _ in found)


# ------------------------------------------------------------------------------------------- drills told
def test_a_joint_exercise_being_held_with_a_partner_is_cooperation_of_both() -> None:
    found = coded(
        "The Union Shield exercise with Belarus is being held near Brest this week.", context=RU_DEF
    )
    assert has(found, "COOPERATE", "BLR,RUS"), found


def test_an_exercise_held_with_no_side_named_is_the_speakers() -> None:
    found = coded(
        "A drill of the missile forces, with two launches in the north, was held this morning.",
        context=RU_DEF,
    )
    assert has(found, "MOBILIZE", "RUS"), found


def test_an_exercise_the_alliance_will_begin_is_its_future_mobilisation() -> None:
    found = coded(
        "The Iron Shield exercise, which the Alliance will begin next month, is the largest in years."
    )
    assert ("MOBILIZE", "NATO", "", "future") in found, found


def test_a_cancelled_or_planned_exercise_is_not_told_as_held() -> None:
    found = coded("The exercise that was planned with Armenia will not be held this year.", context=RU_DEF)
    assert not any(t in ("MOBILIZE", "COOPERATE") for t, _, _, _ in found), found


# --------------------------------------------------------------------------------------------- pair met
def test_the_delegations_of_two_states_that_met_consult_each_other() -> None:
    found = coded("The delegations of Chile and Peru met in Lima on Monday to discuss the border.")
    assert has(found, "CONSULT", "CHL,PER", ""), found


def test_delegations_that_did_not_meet_are_not_a_meeting() -> None:
    found = coded("The delegations of Chile and Peru have not met since the spring.")
    assert not any(t == "CONSULT" and p == "asserted" for t, _, _, p in found), found


# -------------------------------------------------------------------------------------- council sessions
def test_a_council_that_resumed_its_sessions_is_a_meeting_of_nato_and_russia() -> None:
    found = coded("The Permanent Joint Council resumed its sessions in Brussels after a long pause.")
    assert has(found, "CONSULT", "NATO,RUS", ""), found


def test_sessions_usually_held_describe_the_body_and_are_no_event() -> None:
    found = coded("Sessions of the NATO-Russia Council are usually held at headquarters twice a year.")
    assert not any(t == "CONSULT" for t, _, _, _ in found), found


# ------------------------------------------------------------------------------------------- act judged
@pytest.mark.parametrize(
    "text",
    [
        "The decision to invite two more states into NATO is viewed in Moscow as a grave mistake.",
        "NATO's move to halt all joint projects with Russia takes us back to the days of the arms race.",
    ],
)
def test_an_act_judged_is_an_accusation_of_its_doer(text: str) -> None:
    found = coded(text, context=RU)
    assert has(found, "ACCUSE", "RUS", "NATO"), found


def test_an_act_not_viewed_as_a_mistake_is_no_accusation() -> None:
    found = coded(
        "The decision to invite two more states into NATO is not viewed in Moscow as a mistake.", context=RU
    )
    assert not has(found, "ACCUSE", "RUS", "NATO"), found


# ---------------------------------------------------------------------------------- measures mirrored
def test_a_measure_the_speaker_takes_too_is_aimed_back() -> None:
    found = coded(
        "Our Norwegian partners have announced that they are suspending their participation in the border "
        "treaty, and we are suspending ours as well.",
        context=RU,
    )
    assert has(found, "SANCTION", "RUS", "NOR"), found


def test_without_a_mirrored_clause_no_second_measure_is_made() -> None:
    found = coded(
        "Our Norwegian partners have announced that they are suspending their participation in the border treaty.",
        context=RU,
    )
    assert not has(found, "SANCTION", "RUS"), found


# ----------------------------------------------------------------------------------- measures answered
def test_sanctions_given_as_the_reason_are_not_coded_again() -> None:
    found = coded(
        "In response to the Canadian sanctions, entry to Russia has been closed to twelve Canadian officials.",
        context=RU,
    )
    assert not has(found, "SANCTION", "CAN", "RUS"), found


def test_a_habitual_exercise_is_not_told_as_held() -> None:
    found = coded("Union Shield is an exercise that is held every two years with Belarus.", context=RU_DEF)
    assert not any(t in ("MOBILIZE", "COOPERATE") for t, _, _, _ in found), found


def test_the_presidents_who_met_with_journalists_did_not_meet_each_other() -> None:
    found = coded("After the talks the Presidents of Chile and Peru met with journalists.")
    assert not has(found, "CONSULT", "CHL,PER", ""), found


def test_the_expulsion_of_our_staff_answered_is_the_other_sides() -> None:
    found = coded(
        "In response to the expulsion of three members of our mission, we are suspending the work of our mission "
        "to the Alliance and closing its office in Moscow.",
        context=RU,
    )
    assert has(found, "SANCTION", "NATO", "RUS"), found


# ------------------------------------------------------------------------------------- answers reserved
@pytest.mark.parametrize(
    "text",
    [
        "Latvia's closure of the port is openly hostile, and unless it is reopened Russia reserves the right to "
        "protect its national interests.",
        "We regard the Latvian port closures as hostile and will respond to them in a way that guarantees our security.",
    ],
)
def test_a_reserved_answer_is_a_threat(text: str) -> None:
    found = coded(text, context=RU)
    assert has(found, "THREATEN", "RUS", "LVA"), found
    assert not has(found, "AGREE", "RUS"), found


def test_a_right_reserved_to_vote_is_no_threat() -> None:
    found = coded("Russia reserves the right to vote on the draft at the next session.", context=RU)
    assert not has(found, "THREATEN", "RUS"), found


# ------------------------------------------------------------------------------------ restraint pledged
def test_a_deployment_withheld_until_the_others_deploy_is_a_concession() -> None:
    found = coded("We will not station such rockets anywhere until American ones appear there.", context=RU)
    assert has(found, "CONCEDE", "RUS", "USA"), found


def test_a_plain_refusal_to_deploy_is_no_concession() -> None:
    found = coded("We will not station such rockets anywhere, the minister said.", context=RU)
    assert not has(found, "CONCEDE", "RUS"), found


# ------------------------------------------------------------------------------------------- own forces
def test_our_armed_forces_are_the_speakers_state() -> None:
    found = coded(
        "Our armed forces today struck a fuel depot near Kharkiv with precision missiles.",
        context=RU_DEF,
        date=dt.date(2023, 5, 2),
    )
    assert any(t == "ASSAULT" and s == "RUS" for t, s, _, _ in found), found


# ---------------------------------------------------------------------------------------- accession told
def test_an_accession_this_week_is_support_of_nato() -> None:
    found = coded(
        "Albania's accession this week raises the number of NATO members to twenty-eight.",
        date=dt.date(2009, 4, 3),
    )
    assert has(found, "SUPPORT", "ALB", "NATO"), found


def test_an_accession_talked_about_with_no_time_is_not_told_as_done() -> None:
    found = coded("Albania's accession would change little for the Alliance.", date=dt.date(2009, 4, 3))
    assert not has(found, "SUPPORT", "ALB", "NATO"), found


# ----------------------------------------------------------------------------------- summit, troops, return
def test_a_summit_with_no_doer_acts_for_nato_when_the_alliance_is_named() -> None:
    found = coded(
        "The summit in Riga promised Moldova and Armenia that they would one day join the Alliance.",
        date=dt.date(2006, 11, 30),
    )
    assert any(t == "AGREE" and s == "NATO" for t, s, _, _ in found), found


def test_a_contingent_that_left_retreats() -> None:
    found = coded(
        "As a sign of good faith, the Russian contingent has completed its tasks in the port and left it.",
        context=RU_DEF,
    )
    assert has(found, "RETREAT", "RUS"), found


def test_a_contingent_that_has_not_left_does_not_retreat() -> None:
    found = coded("The Russian contingent has not left the port, despite the demands.", context=RU_DEF)
    assert not has(found, "RETREAT", "RUS"), found


def test_a_return_promised_on_terms_is_a_hypothetical_agreement() -> None:
    found = coded("We will return to the accord as soon as the promises made to Russia are kept.", context=RU)
    assert ("AGREE", "RUS", "", "hypothetical") in found, found


# ----------------------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "text", ["", "   ", "12 345 ... !!", "exercise " * 12000, "In response to " + "x" * 100_000]
)
def test_bad_input_never_raises(text: str) -> None:
    assert settled(text, [], [], "RUS", lambda *a: None) == []  # type: ignore[arg-type, return-value]
    code_sentence(text[:100_000], date=DAY, context=RU)
