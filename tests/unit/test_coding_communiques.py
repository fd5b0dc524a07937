"""NATO summit declarations and Council statements (:mod:`detente.coding.communiques`, session 26)."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence
from detente.coding.communiques import names_meeting

DAY = dt.date(2016, 7, 9)
WARSAW = "Warsaw Summit Communiqué issued by NATO Heads of State and Government; 'we' are the Allies."
COUNCIL = "Statement by the North Atlantic Council; 'we' are the Allies."

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...], str]]


def _coded(text: str, context: str | None = COUNCIL) -> Coded:
    return {
        (e.event.name, e.source, e.target, e.polarity.value)
        for e in code_sentence(text, date=DAY, context=context)
    }


def _types(text: str, context: str | None = COUNCIL) -> set[str]:
    return {t for t, _, _, _ in _coded(text, context)}


# --- a city naming the summit is no side


def test_city_naming_summit_is_not_a_meeting_side() -> None:
    assert names_meeting(WARSAW, len("Warsaw"), "metonym")
    assert not names_meeting("Talks in Warsaw between Poland and NATO", len("Talks in Warsaw"), "metonym")
    assert not names_meeting(WARSAW, len("Warsaw"), "state")


def test_summit_declaration_we_is_the_alliance_alone() -> None:
    coded = _coded("We have agreed to adopt a new defence plan for the eastern flank.", WARSAW)
    assert all(source == ("NATO",) for _, source, _, _ in coded)
    assert not any("POL" in source for _, source, _, _ in coded)


def test_two_sides_named_in_context_still_meet() -> None:
    context = "Press conference after talks between Vladimir Putin and Jacques Chirac; 'we' are both sides."
    assert ("CONSULT", ("FRA", "RUS"), (), "asserted") in _coded(
        "We discussed the situation in Kosovo.", context
    ) or (
        "CONSULT",
        ("RUS", "FRA"),
        (),
        "asserted",
    ) in _coded("We discussed the situation in Kosovo.", context)


# --- the opening "We" keeps its second verb after a relative clause


def test_coordinated_call_after_relative_clause_is_ours() -> None:
    text = (
        "We denounce the shelling by Russia, which runs counter to its stated aims, "
        "and call on Moscow to pull its forces back to their barracks."
    )
    coded = _coded(text)
    assert ("REQUEST", ("NATO",), ("RUS",), "asserted") in coded
    assert not any(t == "REQUEST" and s == ("RUS",) for t, s, _, _ in coded)


def test_call_by_another_subject_is_kept() -> None:
    coded = _coded("Moscow has called on NATO to halt its exercises near the border.")
    assert ("REQUEST", ("RUS",), ("NATO",), "asserted") in coded


# --- the means of an announced act


def test_means_of_future_posture_is_not_asserted() -> None:
    coded = _coded(
        "We will reinforce our posture in the east, including by deploying more troops to the Baltic region."
    )
    mobilize = {p for t, _, _, p in coded if t == "MOBILIZE"}
    assert mobilize == {"future"}


def test_asserted_deployment_alone_is_kept() -> None:
    coded = _coded("Allies have deployed additional troops to the Baltic region.")
    assert ("MOBILIZE", ("NATO",), (), "asserted") in coded


# --- readiness on a condition


def test_readiness_until_other_side_willing_is_hypothetical() -> None:
    coded = _coded("We stand ready to resume the dialogue as soon as the Russian leadership is willing.")
    assert any(t == "AGREE" and p == "hypothetical" for t, _, _, p in coded)


def test_open_to_talks_with_willing_partner_is_conditional_readiness() -> None:
    coded = _coded(
        "Allies remain open to a substantive dialogue with a Russia ready to respect its obligations."
    )
    assert ("AGREE", ("NATO",), ("RUS",), "hypothetical") in coded
    assert "CONSULT" not in {t for t, _, _, _ in coded}


def test_dialogue_held_is_still_a_meeting() -> None:
    assert "CONSULT" in _types("We held a candid dialogue with Russia in the NATO-Russia Council today.")


def test_agree_inside_condition_is_no_act() -> None:
    coded = _coded("We will offer Georgia a membership path when Allies agree and conditions are met.")
    assert ("AGREE", ("NATO",), (), "asserted") not in coded


# --- no business as usual


def test_no_return_to_business_as_usual_is_a_freeze() -> None:
    coded = _coded(
        "There will be no return to business as usual with Russia while its troops stay in Crimea."
    )
    assert ("SANCTION", ("NATO",), ("RUS",), "asserted") in coded


def test_business_as_usual_resumed_is_no_freeze() -> None:
    assert "SANCTION" not in _types("Trade between the two countries continued as business as usual.")


# --- hybrid campaigns charged by the speaker


def test_intensified_hybrid_actions_are_a_charge() -> None:
    coded = _coded(
        "Russia has stepped up its hybrid activities against Allies, including sabotage of railways."
    )
    assert ("ACCUSE", ("NATO",), ("RUS",), "asserted") in coded


def test_intensified_cooperation_is_no_charge() -> None:
    assert "ACCUSE" not in _types("Finland has intensified its cooperation with the Alliance.")


# --- reaffirmed membership decision


def test_reaffirmed_membership_is_backing_of_the_aspirant() -> None:
    coded = _coded("We reiterate our commitment that Georgia will become a member of NATO.")
    assert ("SUPPORT", ("NATO",), ("GEO",), "asserted") in coded
    assert ("SUPPORT", ("GEO",), ("NATO",), "future") not in coded


def test_announced_accession_stays_the_aspirants() -> None:
    coded = _coded("Montenegro will become a member of NATO next month.", None)
    assert not any(s == ("NATO",) and t == "SUPPORT" for t, s, _, _ in coded)


# --- a charge another makes, noted or briefed


def test_noted_assessment_names_the_accused() -> None:
    text = (
        "We condemn the poisoning of a defector in Amsterdam, Netherlands, and note the Dutch assessment "
        "that it is highly likely that Russia was responsible."
    )
    coded = _coded(text)
    assert ("ACCUSE", ("NLD",), ("RUS",), "asserted") in coded
    assert ("ACCUSE", ("NATO",), ("NLD",), "asserted") not in coded


def test_briefed_assessment_is_the_briefers_charge() -> None:
    text = "Allies voiced alarm at the attack, and Germany briefed the Council on its assessment that Russia was responsible."
    assert ("ACCUSE", ("DEU",), ("RUS",), "asserted") in _coded(text)


def test_assessment_without_blame_adds_nothing() -> None:
    text = "Germany briefed the Council on its assessment of the security situation in the Baltic Sea."
    assert not any(t == "ACCUSE" for t, _, _, _ in _coded(text))


# --- the acts listed in a demand


def test_listed_demands_are_no_acts_of_the_demander() -> None:
    text = "We call on Moscow to stop the shelling, to respect the ceasefire, and to withdraw its troops from the region."
    coded = _coded(text)
    assert ("REQUEST", ("NATO",), ("RUS",), "asserted") in coded
    assert not any(s == ("NATO",) and t in ("RETREAT", "ASSAULT") for t, s, _, _ in coded)


def test_act_after_a_demand_in_its_own_clause_is_kept() -> None:
    text = "Allies urged Russia to show restraint; the next day Allies deployed additional jets to Lithuania."
    assert "MOBILIZE" in _types(text)
