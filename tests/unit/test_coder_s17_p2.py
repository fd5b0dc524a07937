"""Political news wording (rules from the A part of news-politics-2): a pronoun's contracted "has", digs and
jabs, attacks in a campaign told by poll standings, acts a charging document tells, matches that are no
meetings, the mastermind behind an attack, first-person memories, national firewalls, campaign pleas, and a
sayer who stands before "said" when a clause judges an act."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2023, 11, 8)


def types(text: str, day: dt.date = DAY) -> set[str]:
    return {t for t, _, _ in triples(text, day)}


# --- "she's slammed": a pronoun's "'s" before a participle with an object is "has" --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She's slammed NATO.", ("ACCUSE", (), ("NATO",))),
        ("She’s criticised NATO strongly.", ("ACCUSE", (), ("NATO",))),
        (
            "CORK — She’s slammed NATO, voted against two EU treaties and now she’s set to win.",
            ("ACCUSE", (), ("NATO",)),
        ),
    ],
)
def test_contracted_has_is_active(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # "'s" with no object after the participle stays "is": a charge faced, a prediction
        "She's accused of spying for Russia.",
        "It's expected to be a long war.",
    ],
)
def test_contracted_is_unchanged(text: str) -> None:
    assert triples(text, DAY) == set()


def test_possessive_before_a_participle_is_no_verb() -> None:
    assert triples("Germany's slammed NATO.", DAY) == set()


# --- digs and jabs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump took a dig at Biden.", ("ACCUSE", ("USA",), ("USA",))),
        ("Macron took a jab at Germany over its energy policy.", ("ACCUSE", ("FRA",), ("DEU",))),
        ("Trump took potshots at NATO during the rally.", ("ACCUSE", ("USA",), ("NATO",))),
        (
            "“We have to act,” Biden said, before taking one last dig at Trump.",
            ("ACCUSE", ("USA",), ("USA",)),
        ),
    ],
)
def test_digs_and_jabs_accuse(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


def test_a_dig_at_a_site_is_no_accusation() -> None:
    assert triples("The archaeologists took a dig at the site in Syria.", DAY) == set()


# --- attacks in a campaign: a standing in the polls names it ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trailing in the polls, DeSantis and Trump took turns attacking Biden.",
        "The group tried to claw their way out of stagnant poll numbers and Trump took turns attacking Biden.",
        "Trump, the front-runner, attacked Biden on Tuesday.",
    ],
)
def test_campaign_attacks_are_criticism(text: str) -> None:
    assert types(text) == {"ACCUSE"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine as polls opened.",
        "Gunmen attacked a polling station in Kabul.",
        "Russian warplanes took turns attacking Ukrainian positions.",
        "Israel and Hamas took turns attacking each other.",
        "Polls show Russia attacked Ukraine.",
    ],
)
def test_attacks_on_election_days_stay_attacks(text: str) -> None:
    assert "ASSAULT" in types(text) and "ACCUSE" not in types(text)


# --- a charging document tells charges, not facts --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A DEA complaint said the Mexican minister had agreed to allow traffickers to use the ports.",
            {("ACCUSE", ("USA",), ("MEX",))},
        ),
        (
            "According to the US complaint, the Iranian agents agreed to pay the hitman.",
            {("ACCUSE", ("USA",), ("IRN",))},
        ),
        (
            "The indictment says Russian intelligence officers hacked the Democratic Party.",
            {("ACCUSE", (), ("RUS",))},
        ),
    ],
)
def test_charging_paper_accuses(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert triples(text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paper is only a time marker or the act's own object: the facts stay
        ("The complaint was filed after Russia seized the assets.", "COERCE"),
        ("Ukraine filed a complaint against Russia at the UN.", "ACCUSE"),
        ("A US complaint alleged that the Mexican minister had agreed to accept bribes.", "ACCUSE"),
    ],
)
def test_other_papers_unchanged(text: str, expected: str) -> None:
    assert types(text) == {expected}


# --- a match is no meeting -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Murray will meet Bulgarian 12th seed Grigor Dimitrov, who came back from two sets down, in the third round.",
        "England will face France in the semi-final of the World Cup.",
        "The Ukrainian team met Russia in the quarter-final.",
    ],
)
def test_sporting_fixture_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Erdogan on the sidelines of the World Cup final in Moscow.",
        "Putin met Erdogan at the World Cup final in Moscow.",
        "Biden met Macron at the G20 summit after the match.",
        "Biden will meet Putin in Geneva.",
    ],
)
def test_leaders_meeting_at_a_game_is_a_meeting(text: str) -> None:
    assert "CONSULT" in types(text)


# --- the mastermind behind an attack ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Israel has long characterized Sinwar as the "mastermind" behind the deadly Oct. 7 raids into Israel.',
            ("ACCUSE", ("ISR",), ("HAMAS",)),
        ),
        ("Russia described the CIA as the mastermind behind the coup.", ("ACCUSE", ("RUS",), ("USA",))),
        ("Russia branded the CIA the instigator of the coup.", ("ACCUSE", ("RUS",), ("USA",))),
    ],
)
def test_named_mastermind_is_accused(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, dt.date(2024, 8, 8))


def test_an_architect_is_no_culprit() -> None:
    assert (
        triples("Merkel described the architect of the new Reichstag dome as a genius of his time.", DAY)
        == set()
    )
    assert triples("The architect of the new embassy described Germany as a partner.", DAY) == set()


# --- memories ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I still remember the mass rallies in Lima in the years when Alberto Fujimori ruled Peru.",
        "I will never forget the Russian attack on Kyiv.",
        "We remember that Russia invaded Ukraine in February 2022.",
    ],
)
def test_first_person_memory_is_no_report(text: str) -> None:
    assert triples(text, dt.date(2016, 5, 4)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Today Russia attacked Kyiv, I remember.",
        "Russian forces attacked Kyiv on Monday.",
    ],
)
def test_acts_outside_a_memory_stay(text: str) -> None:
    assert "ASSAULT" in types(text, dt.date(2016, 5, 4))


# --- national firewalls ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Countries like Iran, China, Russia, and Turkiye have employed national firewalls for many years to "
        "regulate online traffic.",
        "Iran has built a national firewall to block foreign websites.",
    ],
)
def test_national_firewall_is_censorship(text: str) -> None:
    assert "COERCE" in types(text)


@pytest.mark.parametrize(
    "text",
    ["The company installed a firewall on its servers.", "Microsoft uses firewalls to protect its network."],
)
def test_a_company_firewall_is_nothing(text: str) -> None:
    assert triples(text, DAY) == set()


# --- a campaign's plea ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TV cook and fitness coach Sam Hart lead plea to Boris Johnson to ban cheap imported meat.",
            ("REQUEST", (), ("GBR",)),
        ),
        ("Amnesty wrote a plea to Putin to free the prisoners.", ("REQUEST", ("AMNESTY",), ("RUS",))),
    ],
)
def test_led_or_written_plea_is_a_request(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, dt.date(2020, 9, 26))


@pytest.mark.parametrize(
    "text",
    [
        "He signed a plea deal with US prosecutors.",
        "Lawyers launched an appeal to the Supreme Court against the ruling.",
    ],
)
def test_plea_deals_and_court_appeals_are_no_request(text: str) -> None:
    assert "REQUEST" not in types(text, dt.date(2020, 9, 26))


# --- the sayer before "said" is no one accused ----------------------------------------------------------------------


def test_sayer_is_the_accuser_not_the_accused() -> None:
    found = triples(
        "Mr Varadkar said collective punishment amounted to a violation of international law.",
        dt.date(2023, 11, 3),
    )
    assert found == {("ACCUSE", ("IRL",), ())}
    assert ("ACCUSE", ("IRL",), ("ISR",)) in triples(
        "Varadkar said Israel's collective punishment amounted to a violation of international law.",
        dt.date(2023, 11, 3),
    )
    assert ("ACCUSE", ("NATO",), ("RUS",)) in triples(
        "Stoltenberg said Russia was in breach of the INF Treaty.", dt.date(2019, 2, 1)
    )


# --- a reason denied ----------------------------------------------------------------------------------------------


def test_act_named_as_a_denied_reason_is_not_reported() -> None:
    text = (
        "Many of the doctors who remained in Donetsk stayed not because they supported the Donetsk People's "
        "Republic, but because they lacked the money to move, says Voropayeva."
    )
    assert triples(text, dt.date(2026, 2, 6)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany supported Ukraine because Russia attacked it.", {"SUPPORT", "ASSAULT"}),
        (
            "The EU sanctioned Russia, not because it wanted to, but because Russia invaded Ukraine.",
            {"SANCTION", "ASSAULT"},
        ),
    ],
)
def test_reasons_given_stay(text: str, expected: set[str]) -> None:
    assert types(text, dt.date(2026, 2, 6)) == expected


# --- force judged out of measure --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Varadkar said Israel's response is revenge.",
        "Varadkar said Israel's response was disproportionate.",
        "Varadkar said Israel's response had gone beyond self-defence.",
        "The EU said Russia's use of force was excessive.",
    ],
)
def test_response_judged_out_of_measure_accuses(text: str) -> None:
    found = triples(text, dt.date(2023, 11, 3))
    assert found and all(t == "ACCUSE" and tgt in (("ISR",), ("RUS",)) for t, _, tgt in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's response was swift.",
        "Germany's response to the crisis was generous.",
        "Russia's reaction was measured.",
        "Turnout was excessive.",
    ],
)
def test_responses_judged_well_or_not_at_all(text: str) -> None:
    assert triples(text, dt.date(2023, 11, 3)) == set()


# --- what someone copes with ---------------------------------------------------------------------------------------


def test_gerund_coped_with_is_no_report() -> None:
    found = triples(
        "Blair said the government had no plan for coping with leaving the EU.", dt.date(2024, 10, 24)
    )
    assert "SANCTION" not in {t for t, _, _ in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia responded by leaving the treaty.", "SANCTION"),
        ("Britain voted for leaving the EU.", "SUPPORT"),
    ],
)
def test_other_gerunds_unchanged(text: str, expected: str) -> None:
    assert expected in types(text, dt.date(2024, 10, 24))


# --- an international outcry ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fires come amid reports of rising forest loss under far-right President Jair Bolsonaro, whose "
            "policies have prompted protests at home and international concern.",
            ("ACCUSE", ("international community",), ("BRA",)),
        ),
        (
            "Russia's annexation of Crimea drew international condemnation.",
            ("ACCUSE", ("international community",), ("RUS",)),
        ),
        (
            "The move by Hungary sparked worldwide outrage.",
            ("ACCUSE", ("international community",), ("HUN",)),
        ),
    ],
)
def test_international_outcry_accuses(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, dt.date(2019, 8, 21))


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices rose amid global concern about supply.",
        "International concern is a term used by diplomats for Russia.",
    ],
)
def test_outcry_without_a_state_or_a_cause_is_nothing(text: str) -> None:
    assert ("ACCUSE", ("international community",), ("RUS",)) not in triples(text, dt.date(2019, 8, 21))
    assert not any(s == ("international community",) for _, s, _ in triples(text, dt.date(2019, 8, 21)))


# --- news wording of political criticism -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump ripped Biden over the border.", ("ACCUSE", ("USA",), ("USA",))),
        ("Trump ripped into Biden on Tuesday.", ("ACCUSE", ("USA",), ("USA",))),
        ("Trump bashed Germany over energy.", ("ACCUSE", ("USA",), ("DEU",))),
        ("Trump skewered Biden in a speech.", ("ACCUSE", ("USA",), ("USA",))),
        ("Trump savaged NATO allies.", ("ACCUSE", ("USA",), ("NATO",))),
        ("Trump panned Biden's speech.", ("ACCUSE", ("USA",), ("USA",))),
        ("Trump unloaded on Biden.", ("ACCUSE", ("USA",), ("USA",))),
        ("Trump taunted Kim Jong Un.", ("ACCUSE", ("USA",), ("PRK",))),
        ("Trump sniped at Trudeau.", ("ACCUSE", ("USA",), ("CAN",))),
        ("Trump called Biden a disaster.", ("ACCUSE", ("USA",), ("USA",))),
        ("Biden called Putin a killer.", ("ACCUSE", ("USA",), ("RUS",))),
    ],
)
def test_criticism_idioms_accuse(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces hammered Kharkiv over the weekend.",
        "The explosion ripped through the Russian embassy.",
        "A savage attack on Ukraine killed ten.",
        "The chef's pan was made in China.",
        "The IMF called Argentina's reforms a success.",
    ],
)
def test_force_and_things_are_no_criticism(text: str) -> None:
    assert "ACCUSE" not in types(text)


# --- leaving a body of states; vowing a break ---------------------------------------------------------------------------

MAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burkina Faso, Mali and Niger pulled out of ECOWAS.",
            ("SANCTION", ("BFA", "MLI", "NER"), ("ECOWAS",)),
        ),
        ("Trump pulled the US out of the World Health Organization.", ("SANCTION", ("USA",), ("UN",))),
        ("Trump vowed to pull out of NATO.", ("THREATEN", ("USA",), ("NATO",))),
        ("Trump vowed to quit the Paris agreement.", ("THREATEN", ("USA",), ())),
        ("Trump vowed to impose sanctions on Iran.", ("THREATEN", ("USA",), ("IRN",))),
    ],
)
def test_leaving_a_body_ends_ties(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert triples(text, MAY) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia pulled its troops out of Kherson.", "RETREAT"),
        ("NATO pulled out of Afghanistan.", "RETREAT"),
        ("The UN pulled out of Mali.", "RETREAT"),
        ("Russia pledged to withdraw its troops from Moldova.", "CONCEDE"),
        ("Russia promised to pull its forces out of the OSCE area.", "CONCEDE"),
        ("Germany pledged to provide aid to Ukraine.", "AGREE"),
        ("Biden vowed to support NATO.", "AGREE"),
    ],
)
def test_pull_backs_and_cooperative_vows_unchanged(text: str, expected: str) -> None:
    assert types(text, MAY) == {expected}


# --- a fact admitted is no concession ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Biden conceded that the debate went badly.", "Putin conceded that the war was going slowly."],
)
def test_conceding_that_admits(text: str) -> None:
    assert "CONCEDE" not in types(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        "Trump conceded defeat.",
        "Armenia conceded Nagorno-Karabakh to Azerbaijan.",
        "Russia conceded that point to Ukraine in the talks.",
    ],
)
def test_concessions_stay(text: str) -> None:
    assert "CONCEDE" in types(text, MAY)


# --- surviving an attack ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump survived an assassination attempt.", ("ASSAULT", (), ("USA",))),
        (
            "Zelensky survived several assassination attempts by Russian agents.",
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        ("Hamas leaders survived an Israeli air strike.", ("ASSAULT", ("ISR",), ("HAMAS",))),
    ],
)
def test_survivor_was_attacked(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert triples(text, MAY) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Putin survived the sanctions.",
        "Workers survived the strike at Ford plants.",
        "The government survived a general strike.",
        "Macron survived a no-confidence vote.",
    ],
)
def test_surviving_other_things_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text, MAY)


# --- buying a state's oil -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["India bought Russian oil at a discount.", "India imported record amounts of Russian oil."]
)
def test_buying_a_states_oil_is_trade(text: str) -> None:
    assert triples(text, MAY) == {("COOPERATE", ("IND",), ("RUS",))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers bought Russian dolls at the market.", set()),
        ("Germany stopped buying Russian gas.", {"SANCTION"}),
        ("Ukraine accused Hungary of buying Russian gas.", {"ACCUSE"}),
    ],
)
def test_other_purchases(text: str, expected: set[str]) -> None:
    assert types(text, MAY) == expected


# --- denied gerunds; shares won ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military has denied targeting Gaza's hospitals.",
        "Moscow denies sending troops to Ukraine.",
        "China denied supplying weapons to Russia.",
        "Russia has repeatedly denied targeting civilians.",
        "China denied having supplied weapons to Russia.",
    ],
)
def test_denied_gerund_is_not_coded(text: str) -> None:
    assert triples(text, MAY) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine accused Russia of attacking civilians, which Moscow denied.", "ACCUSE"),
        ("The denied visa was reissued after Russia attacked Ukraine.", "ASSAULT"),
    ],
)
def test_acts_near_a_denial_stay(text: str, expected: str) -> None:
    assert expected in types(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        "In Britain, the top 1 percent captured more than 14 percent of national income.",
        "The Conservatives took a third of the seats in Britain.",
    ],
)
def test_share_won_is_no_seizure(text: str) -> None:
    assert "COERCE" not in types(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces captured half of Bakhmut.",
        "Russia seized a third of Ukraine's territory.",
        "Israel seized 40 percent of Gaza.",
    ],
)
def test_share_of_land_is_seized(text: str) -> None:
    assert "COERCE" in types(text, MAY)


# --- trips for treatment or a holiday --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Geingob had travelled to the US for novel cancer treatment.",
        "The day Geingob left for his medical treatment trip to the US was no different.",
        "Putin flew to Dubai on holiday.",
    ],
)
def test_private_trip_is_no_visit(text: str) -> None:
    assert "CONSULT" not in types(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        "Macron visited Germany for talks on health policy.",
        "Macron travelled to Germany for talks on the treatment of refugees.",
        "The WHO chief visited Gaza to inspect the medical treatment of civilians.",
        "Erdogan met Putin in Sochi during his holiday.",
        "Biden visited Israel on Wednesday.",
    ],
)
def test_visits_and_meetings_stay(text: str) -> None:
    assert "CONSULT" in types(text, MAY)


# --- a state accused by no one named; criticism faced ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia has been accused of war crimes.", ("ACCUSE", (), ("RUS",))),
        ("Moscow is accused of meddling in the election.", ("ACCUSE", (), ("RUS",))),
        ("Netanyahu has faced criticism over the hostage deal.", ("ACCUSE", (), ("ISR",))),
        (
            "Israel has come under growing international pressure over the humanitarian situation in Gaza.",
            ("ACCUSE", (), ("ISR",)),
        ),
    ],
)
def test_unnamed_critics_accuse(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert triples(text, MAY) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Trump was accused of inciting the riot.",
        "Kohberger is accused of fatally stabbing four students.",
        "Ukraine faced pressure for weeks on the eastern front.",
        "Russian positions came under fire for hours.",
        "The company faced a backlash over its prices.",
        "He faced criticism over the deal.",
    ],
)
def test_charges_of_people_and_force_are_no_accusation(text: str) -> None:
    assert "ACCUSE" not in types(text, MAY)


# --- a gerund judged as an idea -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some might think that imposing tariffs on imported goods is a more effective way to reduce U.S. trade deficits.",
        "Imposing sanctions on Russia would be a mistake, the minister said.",
        "Sending troops to Ukraine is not an option for NATO.",
    ],
)
def test_gerund_subject_is_an_idea(text: str) -> None:
    assert types(text, MAY) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU said imposing sanctions on Russia was the right decision.", "SANCTION"),
        ("Russia, attacking Ukraine from the north, is advancing.", "ASSAULT"),
        ("NATO said Russia is attacking Ukraine.", "ASSAULT"),
        ("The US is sending troops to Poland.", "MOBILIZE"),
    ],
)
def test_acts_told_stay(text: str, expected: str) -> None:
    assert expected in types(text, MAY)
