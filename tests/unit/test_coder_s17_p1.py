"""Political news wording (s17-p1): protests told by their course, lockdowns, tariffs and the judgement of
them, leaders taking their state out of a pact, pleas for help, risks that are not threats, and people who
evacuate."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2023, 11, 8)


def _types(text: str) -> set[str]:
    return {t for t, _, _ in triples(text, DAY)}


# --- protests named by how they started, unfolded or grew -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The protest started when President Macron announced higher fuel duties.", ("FRA",)),
        ("Zelensky sacked one, and now growing protests could force him to sack the second.", ("UKR",)),
        ("Protests began in Paris on Thursday against the pension reform.", ("FRA",)),
        ("Mounting protests forced the Serbian government to resign.", ("SRB",)),
    ],
)
def test_a_protest_told_by_its_course_is_a_protest_against_the_state(
    text: str, target: tuple[str, ...]
) -> None:
    assert ("PROTEST", ("protesters",), target) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The talks started when President Macron arrived in Berlin.",
        "Growing concern over inflation weighed on French markets.",
        "The rally started when the Federal Reserve cut interest rates.",
        "Georgia's protests to Moscow were ignored.",
    ],
)
def test_other_starts_and_growth_are_no_protest(text: str) -> None:
    assert "PROTEST" not in _types(text)


def test_a_group_calling_its_supporters_out_organises_a_protest() -> None:
    text = "The opposition urged its supporters to rally in Tbilisi against the government."
    assert "PROTEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The UN called on people to gather food supplies.",
        "Putin called on citizens to rally around the flag.",
        "The coach urged his players to rally after the defeat.",
    ],
)
def test_calls_to_gather_or_rally_round_are_no_protest(text: str) -> None:
    assert "PROTEST" not in _types(text)


# --- lockdowns ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Palestinian Authority has announced a partial ten-day lockdown to curb the spread of infection.",
        "Philippine authorities imposed a strict lockdown on Manila on Monday.",
        "Chinese authorities placed Shanghai under lockdown.",
    ],
)
def test_a_lockdown_imposed_is_coercion(text: str) -> None:
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "China announced the easing of the lockdown in Shanghai.",
        "Shoppers returned to the streets of Manila after the lockdown.",
    ],
)
def test_a_lockdown_eased_or_over_is_no_coercion(text: str) -> None:
    assert "COERCE" not in _types(text)


# --- tariffs and their judgement ------------------------------------------------------------------------


def test_tariffs_announced_by_a_leader_are_a_sanction_and_judging_them_accuses_him() -> None:
    text = (
        "The 30% tariffs on aluminium imports announced by US President Donald Trump last week are"
        ' illogical and a "bad idea" with respect to Mexico, Economy Minister Marcelo Ebrard said on Friday.'
    )
    found = triples(text, DAY)
    assert ("ACCUSE", ("MEX",), ("USA",)) in found
    assert any(t == "SANCTION" and s == ("USA",) for t, s, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Trump's tariffs are a bad idea, Trudeau said.", ("CAN",), ("USA",)),
        ("Mexico said Trump's tariffs are illogical.", ("MEX",), ("USA",)),
        ("Macron said NATO's decision was a historic mistake.", ("FRA",), ("NATO",)),
    ],
)
def test_a_measure_judged_wrong_accuses_its_author(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert ("ACCUSE", source, target) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "It was a mistake to think the war would end quickly, Zelensky said.",
        "Sunak said the government's plan is good enough.",
        "The tariff schedule published by the customs service lists 4,000 goods.",
    ],
)
def test_no_author_judged_no_accusation(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- a leader taking his state out of a pact ---------------------------------------------------------


def test_pulling_ones_state_out_of_an_agreement_is_a_sanction() -> None:
    text = "Trump announced his plan to pull America out of the 2015 Paris climate agreement."
    found = triples(text, DAY)
    assert any(t == "SANCTION" and s == ("USA",) for t, s, _ in found)
    assert "CONCEDE" not in {t for t, _, _ in found}


def test_pulling_troops_out_stays_a_pull_back() -> None:
    assert "CONCEDE" in _types("Russia announced it would pull its troops out of Kherson.")


# --- pleas for help -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Consumers are pleading for urgent action from President Rodrigo Duterte.", ("PHL",)),
        ("Farmers pleaded for help from the European Union.", ("EU",)),
    ],
)
def test_a_plea_for_help_from_an_actor_is_a_request(text: str, target: tuple[str, ...]) -> None:
    assert any(t == "REQUEST" and tg == target for t, _, tg in triples(text, DAY))


def test_a_plea_in_court_is_no_request() -> None:
    assert "REQUEST" not in _types("The former minister pleaded not guilty to corruption charges.")


# --- risks told, not threats made ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A leading US health expert now warns that without new measures, the UK could see"
        " comparable rates of Covid-19 infection.",
        "Haley and DeSantis plan to threaten Trump's lead in the polls.",
        "Imports from Canada and Mexico threaten to impair U.S. national security.",
        "German economists warned that Russia could cut gas supplies to Europe.",
    ],
)
def test_forecasts_and_risks_are_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia threatened Ukraine with strikes on its capital.",
        "Iran threatened to close the Strait of Hormuz.",
        "Hamas threatened to kill the hostages.",
        "Erdogan warned Greece that Turkey would respond to any provocation.",
    ],
)
def test_threats_stay_threats(text: str) -> None:
    assert "THREATEN" in _types(text)


# --- people who evacuate ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli army ordered civilians in northern Gaza to evacuate to areas further south.",
        "Authorities ordered people to evacuate ahead of the hurricane.",
        "Civilians evacuated the town as Russian troops advanced.",
    ],
)
def test_people_evacuating_concede_nothing(text: str) -> None:
    assert not _types(text) & {"CONCEDE", "RETREAT"}


def test_troops_evacuating_a_town_still_pull_back() -> None:
    assert "RETREAT" in _types("Russian troops evacuated Kherson on Friday.")


# --- bans on goods, and acts hung on a verb dated years back -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Macron would like to ban diesel vans by 2045.",
        "The EU will ban the sale of new petrol cars from 2035.",
        "Kenya banned plastic bags in 2017.",
    ],
)
def test_a_ban_on_goods_at_home_is_no_coercion_or_sanction(text: str) -> None:
    assert not _types(text) & {"COERCE", "SANCTION"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia banned Jehovah's Witnesses.",
        "Russia banned imports of Polish meat.",
    ],
)
def test_bans_on_groups_and_imports_stay(text: str) -> None:
    assert _types(text) & {"COERCE", "SANCTION"}


def test_an_act_in_a_clause_after_years_ago_is_background() -> None:
    text = (
        "He said Mr Makama then sublet the site to China Geo, which left the area four years ago after villagers"
        " started protesting and blocking roads."
    )
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police on Monday after the government raised fuel prices.",
        "Israel struck Gaza hours after militants fired rockets.",
    ],
)
def test_acts_after_recent_ones_stay(text: str) -> None:
    assert _types(text) & {"PROTEST", "ASSAULT"}


def test_environmentalists_are_a_group_that_objects() -> None:
    text = (
        "Environmentalists have strongly cautioned against a proposed scheme to lay a pipeline from Namibia."
    )
    assert any(t == "ACCUSE" and s == ("environmentalists",) for t, s, _ in triples(text, DAY))


# --- a war of words told as sparring --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former U.N. Ambassador Nikki Haley and Florida Gov. Ron DeSantis sparred with each other again.",
        "Sunak sparred with Starmer over the budget on Wednesday.",
        "Russia and Ukraine sparred over the grain deal at the UN.",
    ],
)
def test_sparring_is_criticism(text: str) -> None:
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize(
    "text",
    ["The boxers sparred for three rounds.", "Putin sparred with a judo partner in Sochi."],
)
def test_sparring_in_sport_is_nothing(text: str) -> None:
    assert not _types(text)


# --- vowed conquest and crushing are threats; vows against ills are nothing -----------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Venezuela's Maduro vowed to annex the disputed Essequibo region from Guyana.", ("VEN",), ("GUY",)),
        ("Israel pledged to crush Hamas after the attack.", ("ISR",), ("HAMAS",)),
        ("Russia promised to invade Ukraine if NATO expanded.", ("RUS",), ("UKR",)),
    ],
)
def test_a_vowed_conquest_is_a_threat(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    found = triples(text, DAY)
    assert ("THREATEN", source, target) in found
    assert "AGREE" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "The government pledged to crush corruption.",
        "The president vowed to eliminate poverty by 2030.",
        "The president pledged to destroy the remaining stockpiles of chemical weapons.",
    ],
)
def test_vows_against_ills_or_arms_are_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_vowed_support_stays_an_offer() -> None:
    assert "AGREE" in _types("The United States vowed to support Ukraine for as long as it takes.")


# --- a state's protests named in passing are its objection --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan will release treated water into the Pacific despite protests from China.",
        "Japan began releasing treated water into the Pacific on Thursday despite strong protests from China.",
    ],
)
def test_protests_from_a_state_accuse(text: str) -> None:
    found = triples(text, DAY)
    assert ("ACCUSE", ("CHN",), ("JPN",)) in found
    assert "PROTEST" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Thousands joined protests from Lyon to Marseille against the pension reform.",
        "Protests from residents forced the French government to scrap the plan.",
    ],
)
def test_protests_from_places_or_people_stay_protests(text: str) -> None:
    found = _types(text)
    assert "PROTEST" in found and "ACCUSE" not in found


# --- killed by a side's fire: shooting, not a blaze ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Two Palestinians were killed by Israeli fire in the West Bank on Tuesday.", ("ISR",)),
        ("Two people were wounded by Russian fire in Kharkiv.", ("RUS",)),
        ("Two soldiers were wounded by sniper fire near Avdiivka.", ("attackers",)),
    ],
)
def test_killed_by_a_sides_fire_is_an_attack(text: str, source: tuple[str, ...]) -> None:
    assert any(t == "ASSAULT" and s == source for t, s, _ in triples(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Two firefighters were killed while battling a fire in Athens.",
        "Three people were killed in a fire at a Moscow market.",
        "Four people died when fire swept through a Nairobi apartment block.",
    ],
)
def test_killed_in_a_blaze_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in _types(text)


# --- a bloc suspending a member ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The African Union suspended Niger after the coup.", ("AU",), ("NER",)),
        ("ECOWAS suspended Mali from the bloc on Sunday.", ("ECOWAS",), ("MLI",)),
    ],
)
def test_a_bloc_suspending_a_member_is_a_sanction(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert ("SANCTION", source, target) in triples(text, DAY)


def test_a_referee_suspending_a_player_is_nothing() -> None:
    assert "SANCTION" not in _types("The referee suspended Brazil's captain for two matches.")


# --- idioms of acting wrongly ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kyiv said Moscow kept moving the goalposts in the talks.", ("UKR",), ("RUS",)),
        ("The EU said Hungary was dragging its feet on judicial reforms.", ("EU",), ("HUN",)),
    ],
)
def test_idioms_of_acting_wrongly_accuse(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("ACCUSE", source, target) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    ["The sprinter jumped the gun and was disqualified.", "The Kenyan runner jumped the gun in the final."],
)
def test_a_false_start_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- "to protest" after a diplomatic step --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The move comes a day after Beijing summoned the Japanese ambassador to protest the visit.",
        "Russia recalled its ambassador to protest the decision.",
    ],
)
def test_to_protest_after_a_diplomatic_step_is_no_street_protest(text: str) -> None:
    assert "PROTEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered in Tokyo to protest the visit.",
        "Workers walked off the job to protest the pay cut.",
    ],
)
def test_crowds_gathering_to_protest_stay_protests(text: str) -> None:
    assert "PROTEST" in _types(text)


# --- schooling and worship attended are no meetings ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harris graduated from Westmount in 1981 and attended Vanier College in Montreal for a year.",
        "Biden attended Mass at a church in Rome.",
    ],
)
def test_attending_school_or_mass_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Macron attended the G7 summit in Hiroshima.",
        "Lavrov attended the funeral of the Japanese prime minister in Tokyo.",
    ],
)
def test_attending_summits_and_funerals_stays_a_meeting(text: str) -> None:
    assert "CONSULT" in _types(text)


# --- a reporter's query unanswered, and "threatening" as a feeling ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's Minister of Information did not respond to a request for comment.",
        "Russia's foreign ministry did not respond to emailed questions from Reuters.",
    ],
)
def test_a_press_query_unanswered_is_no_rejection(text: str) -> None:
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "China did not respond to Washington's request for talks.",
        "Iran did not respond to the EU's proposal.",
    ],
)
def test_a_sides_request_unanswered_stays_a_rejection(text: str) -> None:
    assert "REJECT" in _types(text)


def test_threatening_as_a_quality_felt_is_no_threat() -> None:
    text = "Much of white Christian America finds their nation's demographic changes profoundly threatening."
    assert "THREATEN" not in _types(text)


def test_threatening_a_state_stays_a_threat() -> None:
    assert "THREATEN" in _types("China is threatening Taiwan with a blockade.")


# --- national teams playing, qualities said to be smaller, troops sent to support ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "With venues yet to be confirmed, the Bajans will oppose Antigua and Barbuda at home on June 5, then play an"
        " away fixture in Cuba four days later.",
        "Brazil will meet Argentina in the World Cup qualifier on Thursday.",
        "England will host Italy at Wembley in the Euro 2024 qualifier.",
    ],
)
def test_national_teams_playing_are_no_event(text: str) -> None:
    assert not _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Biden will meet Xi in San Francisco on Wednesday.",
        "Biden met Xi ahead of the final session of the summit.",
        "Russia opposes NATO's expansion.",
    ],
)
def test_meetings_and_opposition_of_states_stay(text: str) -> None:
    assert _types(text) & {"CONSULT", "ACCUSE"}


def test_a_quality_said_to_be_smaller_accuses_no_one() -> None:
    assert "ACCUSE" not in _types("Haley was even less aggressive in her criticism.")


def test_troops_sent_to_support_a_government_are_no_words_of_support() -> None:
    text = "Turkey's parliament approved a measure to send troops to Libya to support its government."
    assert "SUPPORT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin sent his support to the Iranian people after the earthquake.",
        "Macron sent a message of support to Zelensky.",
    ],
)
def test_support_sent_as_words_stays(text: str) -> None:
    assert "SUPPORT" in _types(text)


# --- words of military posture used of other things; leaders firing officials -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Latin American inspired bar and restaurant is buzzing with diners eager to shake off the week.",
        "This trend reflects strategic financial planning, reinforcing Portugal's role as a central player.",
        "He got a message from one of the president's security staff when they were flying over Nigeria.",
    ],
)
def test_unmilitary_buzzing_reinforcing_and_flying_is_no_mobilisation(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets buzzed a U.S. destroyer in the Black Sea.",
        "NATO reinforced its eastern flank with four new battlegroups.",
        "Russian bombers flew over the Baltic Sea near Estonia.",
    ],
)
def test_military_buzzing_reinforcing_and_flying_stays(text: str) -> None:
    assert "MOBILIZE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky dismissed his army chief Valerii Zaluzhnyi on Thursday.",
        "Putin dismissed Defence Minister Sergei Shoigu.",
        "Zelensky is considering dismissing Syrsky.",
    ],
)
def test_a_leader_firing_an_official_is_no_rejection(text: str) -> None:
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize(
    "text",
    ["Kyiv dismissed Lavrov's remarks as propaganda.", "Russia dismissed the U.S. proposal."],
)
def test_dismissing_what_another_side_says_stays_a_rejection(text: str) -> None:
    assert "REJECT" in _types(text)


# --- an act said to amount to war crimes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "On October 13, Israel warned residents of northern Gaza to head south or risk being treated as"
            " fighters — a notice that Amnesty International said might amount to a war crime.",
            ("AMNESTY",),
            ("ISR",),
        ),
        (
            "Human Rights Watch said the Russian strikes on power plants amount to war crimes.",
            ("HRW",),
            ("RUS",),
        ),
        ("UN experts said Israel's siege of Gaza may constitute crimes against humanity.", ("UN",), ("ISR",)),
    ],
)
def test_an_act_said_to_amount_to_war_crimes_is_an_accusation(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert ("ACCUSE", source, target) in triples(text, DAY)


def test_the_warning_judged_a_war_crime_stays_a_threat() -> None:
    text = (
        "On October 13, Israel warned residents of northern Gaza to head south or risk being treated as"
        " fighters — a notice that Amnesty International said might amount to a war crime."
    )
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The professor said the bombing of Dresden amounted to a war crime.",
        "The amount of aid was not enough, the UN said.",
    ],
)
def test_no_side_judged_no_accusation(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- border controls brought back; nature at risk -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Germany has decided to temporarily introduce border controls on its frontiers with France, Austria,"
            " Switzerland, Denmark and Luxembourg from Sunday.",
            ("AUT", "CHE", "DNK", "FRA", "LUX"),
        ),
        ("Poland reintroduced border checks with Slovakia on Wednesday.", ("SVK",)),
    ],
)
def test_border_controls_brought_back_restrict_the_neighbours(text: str, target: tuple[str, ...]) -> None:
    assert any(t == "COERCE" and tg == target for t, _, tg in triples(text, DAY))


def test_border_controls_lifted_are_no_coercion() -> None:
    assert "COERCE" not in _types("Germany lifted its border controls with Austria on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "This damage also threatens our wider planet; wetlands are among the planet's key carbon stores.",
        "Rising seas threaten the coastline of Bangladesh.",
    ],
)
def test_nature_at_risk_is_no_threat(text: str) -> None:
    assert "THREATEN" not in _types(text)


def test_threatening_the_world_with_war_stays_a_threat() -> None:
    assert "THREATEN" in _types("Russia threatened the world with nuclear war.")


# --- a warning about another side's hostility accuses it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "In a speech on Monday, Keir Starmer warned that an immediate ceasefire in Gaza would risk more Hamas"
            " violence.",
            ("GBR",),
            ("HAMAS",),
        ),
        ("NATO warned of Russian aggression against the Baltic states.", ("NATO",), ("RUS",)),
        ("The EU warned that Russian disinformation was spreading in Moldova.", ("EU",), ("RUS",)),
    ],
)
def test_a_warning_about_anothers_hostility_accuses_it(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    found = triples(text, DAY)
    assert ("ACCUSE", source, target) in found
    assert "THREATEN" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned of a harsh response to NATO aggression.",
        "Russia warned Ukraine that any attack on Crimea would be met with a crushing response.",
        "Iran warned Israel against any aggression.",
    ],
)
def test_a_warning_of_ones_own_response_stays_a_threat(text: str) -> None:
    assert "THREATEN" in _types(text)


# --- running for an office -------------------------------------------------------------------------


def test_running_for_a_nomination_is_no_request() -> None:
    text = "Republican hopefuls pushing for nomination include Trump, Nikki Haley and Florida Governor Ron DeSantis."
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    ["The EU pressed for new elections in Belarus.", "Ukraine pushed for a NATO invitation at the summit."],
)
def test_pressing_for_elections_or_invitations_stays_a_request(text: str) -> None:
    assert "REQUEST" in _types(text)


def test_aircraft_named_by_type_flying_over_stay_a_mobilisation() -> None:
    assert "MOBILIZE" in _types("Two Russian Tu-95s flew over the Sea of Japan for eight hours.")


def test_a_crime_not_left_unpunished_stays_a_threat() -> None:
    found = triples("We will not allow this crime to go unpunished.", DAY, speaker="RUS")
    assert any(t == "THREATEN" for t, _, _ in found)
