"""The rarer PLOVER types told in wire-news wording (AID, RETREAT, CONCEDE, REJECT, MOBILIZE, COOPERATE,
SANCTION, THREATEN, PROTEST), and the look-alikes that name such an act without reporting it."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples, with_polarity

DAY = dt.date(2016, 5, 12)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _types(text: str) -> set[str]:
    return {t[0] for t in triples(text, DAY)}


# --- MOBILIZE: a warship or warplane coming close to another's craft ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Chinese warship sailed within 40 metres of a US destroyer in the South China Sea, the Pentagon said.",
            ("MOBILIZE", ("CHN",), ("USA",)),
        ),
        (
            "Two Russian jets flew within 30 feet of a US destroyer in the Baltic Sea on Tuesday.",
            ("MOBILIZE", ("RUS",), ("USA",)),
        ),
        (
            "An Iranian frigate came within 150 yards of a British tanker in the Gulf, officials in London said.",
            ("MOBILIZE", ("IRN",), ("GBR",)),
        ),
        (
            "A Russian fighter passed within a few metres of a Polish patrol aircraft over the Baltic.",
            ("MOBILIZE", ("RUS",), ("POL",)),
        ),
    ],
)
def test_craft_coming_close(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed within 15 metres of the pier before the captain turned back, the port authority said.",
        "The airliner passed within a mile of the storm, the airline said.",
        "The new destroyer came within budget, the shipyard said on Friday.",
    ],
)
def test_craft_coming_close_look_alikes(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


# --- COOPERATE: intelligence on suspects shared, wanted people handed over, work done jointly ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "German and Austrian police have been sharing information on suspected jihadists crossing the border.",
            ("COOPERATE", ("AUT", "DEU"), ()),
        ),
        (
            "Turkey and Iraq exchanged data about militants moving between the two countries, officials said.",
            ("COOPERATE", ("IRQ", "TUR"), ()),
        ),
        (
            "Ukraine handed over to Poland a man wanted over a string of armed robberies, prosecutors said.",
            ("COOPERATE", ("UKR",), ("POL",)),
        ),
        (
            "Spain extradited two suspects wanted for fraud to Russia on Thursday.",
            ("COOPERATE", ("ESP",), ("RUS",)),
        ),
        (
            "Turkey and Russia will jointly patrol the highway under the deal reached in Moscow.",
            ("COOPERATE", ("RUS", "TUR"), ()),
        ),
        (
            "France and Germany will jointly oversee the withdrawal of heavy weapons, the two ministers said.",
            ("COOPERATE", ("DEU", "FRA"), ()),
        ),
    ],
)
def test_cooperation_in_news(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_information_on_the_situation_stays_a_consultation() -> None:
    types = _types("Russia and France exchanged information on the situation in Syria, the Kremlin said.")
    assert "COOPERATE" not in types


# --- AID: packages of loans, grants or credits -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union unveiled a package of loans and grants for Moldova on Wednesday.",
            ("AID", ("EU",), ("MDA",)),
        ),
        (
            "Japan announced a programme of credits and guarantees for Ukraine worth $1.5 billion.",
            ("AID", ("JPN",), ("UKR",)),
        ),
    ],
)
def test_aid_packages(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_package_of_reforms_is_no_aid() -> None:
    assert "AID" not in _types(
        "The government unveiled a package of reforms for the banking sector on Monday."
    )


# --- CONCEDE: an amnesty passed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's parliament passed an amnesty for protesters detained during the unrest.",
            ("CONCEDE", ("UKR",), ("protesters",)),
        ),
        (
            "Tajikistan's parliament adopted an amnesty law for rebels who lay down their arms.",
            ("CONCEDE", ("TJK",), ("rebels",)),
        ),
    ],
)
def test_amnesty_passed(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_amnesty_history_is_no_concession() -> None:
    assert "CONCEDE" not in _types("The amnesty law dates from 2015 and covers minor offences, lawyers note.")


# --- REJECT: refusing to stop, vowing never to give up -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Latvia refused to halt the demolition of the Soviet-era monument despite Russian protests.",
            "REJECT",
        ),
        (
            "Poland declined to suspend the construction of the border wall, the interior minister said.",
            "REJECT",
        ),
        ("Iran said it would never give up its missile programme, rejecting Western demands.", "REJECT"),
        ("Russia said it would never withdraw its troops from Crimea.", "REJECT"),
    ],
)
def test_refusals(text: str, expected: str) -> None:
    assert expected in _types(text)


def test_never_withdrew_is_no_refusal() -> None:
    events = with_polarity("Russian troops have never withdrawn from Transnistria.", DAY)
    assert not any(e[0] == "REJECT" for e in events)


# --- PROTEST: against another's act ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands marched through the streets of Tbilisi to protest against Russia's occupation of Abkhazia.",
            ("PROTEST", ("protesters",), ("RUS",)),
        ),
        (
            "Hundreds of people rallied in Belgrade against NATO's bombing campaign.",
            ("PROTEST", ("protesters",), ("NATO",)),
        ),
    ],
)
def test_protest_against_anothers_act(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_protest_against_own_government_stays() -> None:
    found = triples("Thousands rallied in Tbilisi against the Georgian government's media law.", DAY)
    assert ("PROTEST", ("protesters",), ("GEO",)) in found


def test_building_occupied_by_protesters_is_the_protest() -> None:
    types = _types(
        "Anti-government protesters stormed the regional parliament in Lviv and occupied it overnight."
    )
    assert "PROTEST" in types
    assert "COERCE" not in types


def test_building_seized_by_rebels_is_kept() -> None:
    types = _types("Rebels occupied the town hall in Donetsk after protesters rallied outside it.")
    assert "COERCE" in types


# --- look-alikes: acts named, described, forecast ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prisoner swaps between Armenia and Azerbaijan have been a rare feature of the conflict since 1994.",
        "Missile launches by Iran are a recurring topic at meetings of the Security Council.",
        "Arms deliveries to Ukraine have become the main sticking point in the coalition talks.",
        "Experts said the withdrawal of Russian troops from Transnistria could take years.",
        "Sanctions relief is expected to dominate the talks between the two presidents next week.",
        "The sanctions committee of the Security Council is chaired by Germany this year.",
        "The IMF expects Georgia's economy to grow by 5 percent this year.",
        "The central bank expects Russia's inflation to fall below 4 percent by December.",
    ],
)
def test_named_not_told(text: str) -> None:
    assert triples(text, DAY) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The withdrawal of Russian forces from Georgia was completed on Friday.", "RETREAT"),
        ("NATO expects Russia to withdraw its troops from Georgia.", "REQUEST"),
        ("The United States sanctions Russian banks over the annexation of Crimea.", "SANCTION"),
    ],
)
def test_told_acts_stay(text: str, expected: str) -> None:
    assert expected in _types(text)


# --- REJECT: aimed at whoever objected ("despite protests from X") ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lithuania refused to stop the removal of a Soviet war memorial despite protests from Moscow.",
            ("REJECT", ("LTU",), ("RUS",)),
        ),
        ("Turkey rejected the proposal despite pressure from Washington.", ("REJECT", ("TUR",), ("USA",))),
    ],
)
def test_refusal_despite_objections(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_refusal_despite_weather_keeps_no_target() -> None:
    assert ("REJECT", ("TUR",), ()) in triples("Turkey rejected the proposal despite the heavy rain.", DAY)


# --- THREATEN: an answer promised to any act of another ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia will react decisively to any deployment of US missiles in Poland, the foreign minister said.",
        "Beijing said it would respond to any attempt by Taiwan to declare independence.",
        "Iran would retaliate to any attack on its nuclear sites, a senior commander said.",
    ],
)
def test_answer_promised_is_a_threat(text: str) -> None:
    assert "THREATEN" in _types(text)


def test_answer_to_questions_is_no_threat() -> None:
    assert "THREATEN" not in _types("The ministry would respond to any questions from Russia in writing.")


# --- COOPERATE: gas or oil flowing from one state to another ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oil from Kazakhstan flowed to Germany through the Druzhba pipeline last month.",
            ("COOPERATE", ("KAZ",), ("DEU",)),
        ),
        (
            "Gas from Azerbaijan began flowing to Italy through the new pipeline on Thursday.",
            ("COOPERATE", ("AZE",), ("ITA",)),
        ),
    ],
)
def test_flows_between_states(text: str, expected: Triple) -> None:
    assert expected in triples(text, DAY)


def test_flow_from_a_field_is_no_cooperation() -> None:
    assert "COOPERATE" not in _types("Gas from the North Sea field flowed to Britain at record rates.")


# --- PROTEST look-alike: forces blocking a road -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the road to the airport on Friday.",
        "Venezuela refused the aid, with troops blocking the bridge with tankers and containers.",
    ],
)
def test_forces_blocking_is_no_protest(text: str) -> None:
    assert "PROTEST" not in _types(text)


def test_farmers_blocking_is_a_protest() -> None:
    assert "PROTEST" in _types(
        "Farmers blocked the main highway with tractors to protest against fuel prices."
    )


# --- the act a measure protests is its cause, not a report ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Georgia cut diplomatic ties with Russia, in protest at Moscow's recognition of Abkhazia.",
            "SANCTION",
            "SUPPORT",
        ),
        (
            "Lithuania recalled its ambassador from Moscow in protest over Russia's annexation of Crimea.",
            "SANCTION",
            "COERCE",
        ),
    ],
)
def test_protested_act_is_the_cause(text: str, kept: str, dropped: str) -> None:
    types = _types(text)
    assert kept in types
    assert dropped not in types


def test_recognition_told_stays() -> None:
    assert "SUPPORT" in _types(
        "Russia recognised Abkhazia and South Ossetia as independent states on Tuesday."
    )


def test_answer_promised_to_a_letter_is_no_threat() -> None:
    assert "THREATEN" not in _types(
        "The ministry said it would respond appropriately to questions from Russia."
    )
