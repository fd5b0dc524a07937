"""Wire-service wording of acts (detente.coding.wire, s26-wire): sentences written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.ontology import EventType
from detente.coding.wire import added, second_reading

DATE = dt.date(2022, 3, 14)


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE)}


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DATE)}


# --- the second reading: a day between the verb and what it governs, a fronted participle


def test_second_reading_blanks_a_day_inside_the_clause_and_keeps_offsets() -> None:
    text = "The tribunal ruled on Friday that Chile had breached the treaty."
    found = second_reading(text)
    assert found is not None
    blanked, days, main = found
    assert len(blanked) == len(text) and main == 0
    assert days == [(text.index(" on Friday"), text.index(" on Friday") + len(" on Friday"))]
    assert "Friday" not in blanked and blanked.endswith("that Chile had breached the treaty.")


def test_second_reading_leaves_a_day_at_the_end_alone() -> None:
    assert second_reading("Chile and Peru signed the accord on Friday.") is None


def test_a_finding_told_with_the_day_after_the_verb() -> None:
    text = (
        "The International Court of Justice found on Tuesday that Colombia had violated Nicaragua's rights."
    )
    assert ("ACCUSE", ("ICJ",), ("COL",)) in _events(text)


def test_an_appeal_told_with_the_day_after_the_verb() -> None:
    text = "The U.N. Secretary-General appealed on Sunday to Armenia for calm in the border villages."
    assert "REQUEST" in _types(text)


def test_the_day_reading_adds_new_types_on_unread_split_words_only_to_a_sentence_with_none() -> None:
    text = "Chile urged Peru on Monday to free the fishermen, and Bolivia backed the call."
    (event,) = list(code_sentence("Chile urged Peru to free the fishermen.", date=DATE))
    day = (text.index(" on Monday"), text.index(" on Monday") + len(" on Monday"))
    split = dataclasses.replace(event, anchor=(6, 30))  # "urged Peru [on Monday] to"
    unsplit = dataclasses.replace(event, event=EventType.RETREAT, anchor=(34, 38))  # "free"
    assert added([], [split, unsplit], [day], 0) == [split]
    backed = dataclasses.replace(event, event=EventType.SUPPORT, anchor=(58, 64))  # "backed"
    assert added([backed], [split, unsplit], [day], 0) == [backed]


def test_the_fronted_reading_adds_main_clause_acts_of_new_types_on_unread_words() -> None:
    text = "Defying the court, Chile urged Peru to free the fishermen."
    (event,) = list(code_sentence("Chile urged Peru to free the fishermen.", date=DATE))
    main = text.index("Chile")
    request = dataclasses.replace(event, anchor=(25, 41))  # "urged Peru to"
    in_clause = dataclasses.replace(event, event=EventType.ACCUSE, anchor=(0, 7))
    defied = dataclasses.replace(event, event=EventType.REJECT, anchor=(0, 7))
    assert added([defied], [request, in_clause], [], main) == [defied, request]
    assert added([defied], [dataclasses.replace(request, event=EventType.REJECT)], [], main) == [defied]


def test_a_fronted_defiance_is_a_rejection_by_the_subject() -> None:
    text = "Defying a U.N. Security Council demand, Iran pressed ahead with a satellite launch."
    assert _events(text) >= {("REJECT", ("IRN",), ("UN",)), ("MOBILIZE", ("IRN",), ())}


def test_a_fronted_accusation_takes_the_subject_as_its_doer() -> None:
    text = "Accusing Kyiv of sabotage, Moscow suspended its part in the grain deal."
    assert ("ACCUSE", ("RUS",), ("UKR",)) in _events(text)


def test_a_fronted_clause_without_defiance_is_no_rejection() -> None:
    text = "Citing security concerns, India banned dozens of Chinese apps."
    assert "REJECT" not in _types(text)


# --- acts told without a verb rule of their own


def test_a_move_welcomed_by_a_third_side_is_its_support() -> None:
    text = "Cuba released 50 political prisoners, in a move welcomed by the European Union."
    assert ("SUPPORT", ("EU",), ("CUB",)) in _events(text)


def test_a_move_condemned_by_a_third_side_is_its_accusation() -> None:
    text = "Mali expelled the French ambassador, in a move condemned by the African Union."
    assert ("ACCUSE", ("AU",), ("MLI",)) in _events(text)


def test_a_move_without_a_judge_is_no_support() -> None:
    text = "Cuba released 50 political prisoners, in a move that surprised diplomats."
    assert "SUPPORT" not in _types(text)


def test_rescue_teams_from_abroad_are_aid() -> None:
    text = "Rescue teams from several countries, including Japan and South Korea, arrived in Nepal on Sunday."
    assert ("AID", ("JPN", "KOR"), ("NPL",)) in _events(text)


def test_rescue_teams_of_the_country_itself_are_no_aid() -> None:
    assert "AID" not in _types("Rescue teams worked through the night in the flooded districts.")


# --- the phrase rules of the s26-wire block


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Rebel commanders vowed to storm the provincial capital unless the army withdrew from Mali's north.",
            "THREATEN",
        ),
        (
            "Venezuela raised the prospect of closing its border with Colombia if the raids continued.",
            "THREATEN",
        ),
        ("Spain handed over a suspected militant to French authorities.", "COOPERATE"),
        ("Turkmen gas started flowing to China through the new link.", "COOPERATE"),
        ("The freeing of three Thai sailors held by Somalia came after months of talks.", "RETREAT"),
        ("Some 800 Rwandan soldiers were flown to Mozambique to join a regional stabilisation force.", "AID"),
        ("Pakistan launched a long-range missile in a test over the Arabian Sea.", "MOBILIZE"),
        ("The Council of Europe adopted a declaration reaffirming Moldova's sovereignty.", "SUPPORT"),
        ("The normalisation of relations between Turkey and Armenia was announced in Vienna.", "SUPPORT"),
        ("Qatar invited the leaders of Chad's rival factions to Doha for peace talks.", "REQUEST"),
        ("Ukraine's request for more air defences was submitted to NATO.", "REQUEST"),
        ("Serbia's rejection of the proposal was passed on to the EU.", "REJECT"),
    ],
)
def test_wire_phrases_code_their_act(text: str, etype: str) -> None:
    assert etype in _types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The coach vowed to fight on after the defeat.", "THREATEN"),
        ("The minister raised the prospect of new talks next year.", "THREATEN"),
        ("The rocket was launched from the test site decades ago.", "ASSAULT"),
        ("The ministers discussed the normalisation of the economy.", "SUPPORT"),
    ],
)
def test_look_alikes_of_the_wire_phrases_code_no_such_act(text: str, etype: str) -> None:
    assert etype not in _types(text)


# --- look-alikes and acts retyped after the passes


def test_a_launch_with_no_one_hit_is_a_show_of_force() -> None:
    text = "North Korea launched a long-range rocket from its west coast."
    types = _types(text)
    assert "MOBILIZE" in types and "ASSAULT" not in types


def test_rockets_fired_at_a_town_are_still_an_attack() -> None:
    assert "ASSAULT" in _types("Hamas fired rockets at the Israeli town of Sderot.")


def test_a_crowd_occupying_a_building_protests() -> None:
    text = "Peru's president resigned after protesters occupied the presidential palace."
    types = _types(text)
    assert "PROTEST" in types and "COERCE" not in types


def test_soldiers_seizing_a_building_still_coerce() -> None:
    assert "COERCE" in _types("Belarusian soldiers seized the offices of an opposition newspaper.")


def test_money_in_budget_support_is_aid() -> None:
    text = "The World Bank approved $300 million in budget support for Kenya."
    types = _types(text)
    assert "AID" in types and "SUPPORT" not in types


def test_an_attack_that_only_dates_an_act_is_no_attack() -> None:
    text = "Spain and Morocco have pooled intelligence on militant networks since the Madrid bombings."
    assert "ASSAULT" not in _types(text)


def test_alleged_support_as_a_reason_is_no_support() -> None:
    text = "Sweden suspended aid to Uganda over its alleged support for rebels in Congo."
    assert "SUPPORT" not in _types(text)


def test_what_an_embargo_stops_is_no_aid() -> None:
    text = "The European Union extended an embargo on arms deliveries to Sudan."
    types = _types(text)
    assert "SANCTION" in types and "AID" not in types


def test_a_planned_protest_dating_a_deployment_is_no_protest() -> None:
    text = "Hundreds of police were deployed in central Minsk ahead of a planned opposition march."
    assert "PROTEST" not in _types(text)


def test_a_protest_under_way_is_still_a_protest() -> None:
    assert "PROTEST" in _types(
        "Thousands of protesters marched through Minsk against the Belarusian government."
    )


def test_a_person_described_by_a_past_jailing_is_not_jailed_again() -> None:
    text = "Jailed opposition leader Ivan Petrov has gone on hunger strike in protest at his treatment by Russia."
    assert "COERCE" not in _types(text)


def test_a_laws_content_as_the_topic_of_criticism_is_no_coercion() -> None:
    text = "Austria criticised Poland over a new law restricting the work of foreign journalists."
    assert _types(text) == {"ACCUSE"}


def test_protest_songs_are_no_protest() -> None:
    assert "PROTEST" not in _types("Protest songs from Chile filled the concert hall in Paris.")


def test_a_warning_of_famine_is_no_threat() -> None:
    text = "Aid groups warned that thousands could starve in Somalia if the rains failed."
    assert "THREATEN" not in _types(text)


def test_a_warning_of_retaliation_is_still_a_threat() -> None:
    assert "THREATEN" in _types("Iran warned Israel that it would retaliate for any strike on its soil.")


def test_a_past_demand_in_a_relative_clause_is_no_request() -> None:
    text = "Bolivia lifted the curfew, a concession to unions that had demanded an end to the restrictions."
    assert "REQUEST" not in _types(text)


def test_a_named_leader_after_a_leader_title_acts_for_the_side() -> None:
    text = "Hong Kong leader Tam Ka-wai withdrew the security bill."
    assert ("CONCEDE", ("HKG",), ()) in {(e[0], e[1], ()) for e in _events(text)}


def test_an_unnamed_government_placed_by_its_country_is_that_state() -> None:
    text = "The Pope appealed to the government and rebels in Colombia to end the killings."
    assert any(e[0] == "REQUEST" and e[2][:1] == ("COL",) for e in _events(text))


def test_a_government_placed_after_a_comma_is_not_taken() -> None:
    text = "The Pope appealed to the government, which met rebels in Colombia, to end the killings."
    assert not any("COL" in e[2] for e in _events(text) if e[0] == "REQUEST")


def test_a_vow_to_wage_war_is_a_threat() -> None:
    assert "THREATEN" in _types("Myanmar's army vowed to wage war on the rebel alliance in the north.")


def test_a_fronted_preposition_in_ing_is_not_read_as_a_participle() -> None:
    assert second_reading("Following talks with Chile, Peru agreed to reopen the border.") is None
