"""Words that report no act (session 29, helper nonevents2): detente.coding.nonevents2. Every sentence is
invented for these tests; each family has a sentence whose false reading must go and a near miss that keeps
its event."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.nonevents2 import settled

DAY = dt.date(2019, 5, 14)


def types(text: str, participants: tuple[str, ...] = ()) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY, participants=participants)}


# --- who attended -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu also attended the talks.",
        "On the Russian side the talks were attended by Foreign Minister Sergei Lavrov and Defence Minister "
        "Sergei Shoigu.",
    ],
)
def test_a_list_of_who_attended_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text, ("RUS", "KAZ"))


def test_a_meeting_attended_and_named_is_still_a_meeting() -> None:
    got = types(
        "Foreign Minister Sergei Lavrov attended the meeting of the CSTO Council in Astana.", ("RUS", "KAZ")
    )
    assert "CONSULT" in got


# --- an earlier meeting as a time marker --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The last meeting between Sergei Lavrov and Antony Blinken took place in Geneva in January.",
        "The previous conversation between the Russian and Turkish presidents was held in October.",
    ],
)
def test_an_earlier_meeting_that_dates_the_present_one_is_background(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_a_meeting_held_today_is_still_a_meeting() -> None:
    assert "CONSULT" in types(
        "The last meeting between Sergei Lavrov and Antony Blinken took place today in Geneva."
    )


# --- what a thing makes possible ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Black Sea Initiative allows Turkish and Russian naval centres to share information on drifting mines.",
        "The treaty sets up a joint commission in which Russia and Finland will consult on border issues.",
    ],
)
def test_what_an_arrangement_is_for_is_no_exchange(text: str) -> None:
    assert not types(text) & {"CONSULT", "COOPERATE"}


def test_an_arrangement_started_today_still_reports_the_exchange() -> None:
    text = (
        "The Black Sea Initiative was launched today, allowing Turkish and Russian naval centres to share "
        "information on drifting mines."
    )
    assert "COOPERATE" in types(text)


# --- an organisation described by what it does -------------------------------------------------------------


def test_an_agency_described_by_its_role_gives_no_aid() -> None:
    text = (
        "Israel barred UNRWA, the UN agency that helps Palestinian refugees, from working in East Jerusalem."
    )
    assert "AID" not in types(text)


def test_a_group_described_by_its_habit_gives_no_accusation_but_its_ban_stays() -> None:
    got = types(
        "Amnesty International, a group that repeatedly criticised the Kremlin, was banned in Russia."
    )
    assert got == {"COERCE"}


def test_help_given_is_still_aid() -> None:
    assert "AID" in types("Germany sent tanks to Ukraine.")


# --- help told in a relative clause beside another event ---------------------------------------------------


def test_who_someone_worked_with_is_no_cooperation() -> None:
    got = types("Turkey condemned the arrest of reporters who worked with the Kurdish channel.")
    assert "COOPERATE" not in got
    assert {"ACCUSE", "COERCE"} <= got


def test_what_an_effort_helped_bring_about_is_no_aid() -> None:
    got = types(
        "Italy's foreign minister welcomed the efforts of Qatar, which helped Russia and Ukraine exchange prisoners."
    )
    assert "AID" not in got
    assert "SUPPORT" in got


def test_cooperation_told_by_a_main_verb_stays() -> None:
    assert "COOPERATE" in types("Russia cooperated with the United Nations monitors.")


# --- what someone would have to do --------------------------------------------------------------------------


def test_what_someone_would_have_to_do_is_no_act() -> None:
    text = "The Venezuelan authorities would have to collaborate with the United States under such a deal."
    assert "COOPERATE" not in types(text)


# --- the later items of a demand ----------------------------------------------------------------------------


def test_a_later_item_of_a_demand_is_still_demanded() -> None:
    text = (
        "The Council calls on Russia to release without delay the Georgian fishermen and boats it seized on "
        "Monday near Poti, and to allow free access to Georgian ports in the Black Sea."
    )
    got = types(text)
    assert "RETREAT" not in got
    assert {"REQUEST", "COERCE"} <= got


def test_an_act_told_after_a_demand_in_its_own_clause_stays() -> None:
    text = "The OSCE calls on Moscow to return the vessels, and Moscow has allowed free access to the ports of the Sea of Azov."
    assert {"REQUEST", "RETREAT"} <= types(text)


# --- a war named as the background --------------------------------------------------------------------------


def test_a_war_named_beside_a_judgement_is_no_new_attack() -> None:
    text = "This is not Georgia's fault; Moscow bears full responsibility, as it continues its brutal war against Georgia."
    got = types(text)
    assert "ASSAULT" not in got
    assert "ACCUSE" in got


@pytest.mark.parametrize(
    "text",
    [
        "Moscow launched a war against Georgia in August.",
        "France strongly condemns Moscow's decision to wage war on Georgia.",
        "Poland condemns Moscow's brutal and senseless war against Georgia.",
    ],
)
def test_a_war_launched_or_waged_is_still_an_attack(text: str) -> None:
    assert "ASSAULT" in types(text)


# --- standing formulas and advice ---------------------------------------------------------------------------


def test_a_principle_one_remains_committed_to_is_no_agreement() -> None:
    assert "AGREE" not in types("Allies remain committed to the Helsinki Final Act and to arms control.")


@pytest.mark.parametrize(
    "text",
    [
        "Allies remain committed to supporting Ukraine for as long as it takes.",
        "Allies remain firmly committed to a dialogue with Belarus on arms control.",
        "Georgia remains fully committed to the truce with the separatists.",
    ],
)
def test_remaining_committed_to_an_act_stays_an_agreement(text: str) -> None:
    assert "AGREE" in types(text)


@pytest.mark.parametrize(
    "text",
    ["We should be grateful to President Macron for that."],
)
def test_advice_is_no_support(text: str) -> None:
    assert "SUPPORT" not in types(text)


def test_support_promised_stays() -> None:
    assert "SUPPORT" in types("Germany will support Ukraine for as long as it takes.")


# --- acts inside an indirect question -----------------------------------------------------------------------


def test_an_act_asked_about_is_not_asserted() -> None:
    assert "ASSAULT" not in types("It is still unclear why Israeli soldiers fired on the convoy.")


def test_the_act_told_plainly_stays() -> None:
    assert "ASSAULT" in types("Israeli soldiers fired on the convoy.")


def test_a_demand_to_explain_keeps_the_demand() -> None:
    assert "REQUEST" in types(
        "Britain demanded that Moscow explain how the nerve agent came to be used in Salisbury."
    )


# --- blame talked about -------------------------------------------------------------------------------------


def test_blame_put_to_everybody_is_no_accusation() -> None:
    assert "ACCUSE" not in types("Everybody blames Washington for the crisis.")


def test_blame_by_a_state_stays() -> None:
    assert "ACCUSE" in types("Russia blamed Washington for the crisis.")


# --- moving about a venue ----------------------------------------------------------------------------------


def test_walking_to_a_hall_is_no_visit() -> None:
    text = "After the talks, the President and his Chinese guest headed to the hall of the Kremlin Palace for a concert."
    assert "CONSULT" not in types(text)


def test_heading_to_a_country_stays_a_visit() -> None:
    assert "CONSULT" in types("President Putin headed to Turkey on an official visit.")


# --- emergency work at home --------------------------------------------------------------------------------


def test_rescue_teams_sent_against_a_flood_are_no_deployment() -> None:
    text = "The situation in the flooded districts is under control, but the ministry is still deploying its response teams."
    assert "MOBILIZE" not in types(text, ("RUS",))


def test_troops_sent_to_a_border_stay_a_deployment_even_amid_floods() -> None:
    assert "MOBILIZE" in types(
        "Amid the floods, Russia deployed additional troops to its border with Ukraine."
    )


# --- relations looked back on -------------------------------------------------------------------------------


def test_relations_looked_back_on_are_no_support() -> None:
    text = (
        "Over the past twenty years, we have maintained and strengthened the traditional relations of friendship "
        "between the peoples of Russia and Armenia."
    )
    assert "SUPPORT" not in types(text)


def test_an_agreement_to_develop_relations_stays() -> None:
    assert "AGREE" in types("Russia and Armenia have agreed to develop their relations further.")


# --- "back" as an adverb ------------------------------------------------------------------------------------


def test_dates_back_is_no_backing() -> None:
    text = "Norway's defence cooperation with Lithuania dates back to the restoration of Lithuanian independence."
    assert "SUPPORT" not in types(text)


def test_backing_a_bid_stays() -> None:
    assert "SUPPORT" in types("Poland backs Lithuania's bid to host the summit.")


# --- bad input ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "attended the talks",
        "The previous",
        "allows to",
        "which helped",
        "and to",
        "unclear why",
        "dates back",
        "“",
        "war against",
    ],
)
def test_fragments_code_without_error(text: str) -> None:
    code_sentence(text, date=DAY)
    assert settled(text, []) == []


def test_very_long_text_codes_without_error() -> None:
    text = " ".join(
        ["The previous meeting was attended by the ministers, who helped the talks, and to allow"] * 300
    )
    code_sentence(text, date=DAY)


def test_same_answer_twice() -> None:
    text = "Everybody blames Washington for the crisis, and the last meeting took place in May."
    assert types(text) == types(text)
