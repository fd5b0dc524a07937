"""Wider wording for ASSAULT, MOBILIZE, REJECT and THREATEN (session 23, weak3): the rules at the end of
``data/patterns.toml`` under ``# --- s23-weak3``. Each family has sentences written for these tests and a
look-alike that must not code the type."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 1, 1)


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


def _events(text: str, etype: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.source, e.target) for e in code_sentence(text, date=DAY) if e.event.value == etype]


POSITIVE = [
    # fire taken, told from the side that takes it
    ("A Georgian patrol came under mortar fire from Russian troops near the boundary line.", "ASSAULT"),
    ("The Turkish outpost came under heavy rocket fire from Syrian government forces.", "ASSAULT"),
    ("The village came under shelling from Azerbaijani forces overnight.", "ASSAULT"),
    # a place hit, with the weapon as the passive's agent
    ("Zaporizhzhia was hit by Russian glide bombs and missiles overnight.", "ASSAULT"),
    ("The frigate was sunk by Ukrainian sea drones.", "ASSAULT"),
    # an armed answer told as the act
    ("Turkey retaliated with air strikes on Syrian government positions.", "ASSAULT"),
    # strikes on works that serve a war
    ("Israel hit Syrian air defences outside Damascus.", "ASSAULT"),
    ("Russia pounded Ukrainian power infrastructure overnight.", "ASSAULT"),
    # fighting breaking out between two sides
    ("Clashes erupted between Kyrgyz and Tajik border guards.", "ASSAULT"),
    # shows of force, rehearsed attacks, forces poured in
    ("The Chinese navy staged a show of force off the coast of Taiwan.", "MOBILIZE"),
    ("North Korean artillery units rehearsed an invasion of the South.", "MOBILIZE"),
    ("Russia is pouring reinforcements into the Zaporizhzhia region.", "MOBILIZE"),
    ("North Korea showed off its largest ICBMs at a night-time parade.", "MOBILIZE"),
    ("Iran unveiled a new long-range missile on Sunday.", "MOBILIZE"),
    # news idioms of refusal
    ("Berlin shot down suggestions from Warsaw that reparations talks could begin.", "REJECT"),
    ("Georgia boycotted the talks hosted by Russia.", "REJECT"),
    ("Azerbaijan stayed away from the talks in Granada.", "REJECT"),
    ("Japan refused to lift its ban on Chinese seafood imports.", "REJECT"),
    ("Moscow replied with a flat refusal to the request from Tokyo.", "REJECT"),
    ("Turkey will not extradite the two men to Sweden, Erdogan said.", "REJECT"),
    ("Armenia will never cede territory to Azerbaijan, the prime minister said.", "REJECT"),
    ("Israel will not halt the offensive until the hostages are freed, Netanyahu said.", "REJECT"),
    # warnings sent or held out, answers announced as forced or mirrored, targets named
    ("China sent a stern warning to the Philippines.", "THREATEN"),
    ("Russia held out the threat of sanctions against Moldova.", "THREATEN"),
    ("Lukashenko said Belarus would use all means at its disposal to defend its borders.", "THREATEN"),
    ("Russia will have no choice but to respond to the expansion of NATO.", "THREATEN"),
    ("Russia will respond in a mirror manner to the expulsion of its diplomats from Poland.", "THREATEN"),
    ("Medvedev said that Western arms depots in Poland were legitimate targets.", "THREATEN"),
    ("China vowed to take firm countermeasures against Lithuania.", "THREATEN"),
    ("Azerbaijan could bomb Armenia back to the Stone Age, the general said.", "THREATEN"),
    # a counteroffensive named with its owner and its ground
    ("The Georgian counteroffensive into South Ossetia stalled within days.", "ASSAULT"),
]

NEGATIVE = [
    # "came under fire from" alone is criticism
    ("The finance minister came under fire from the opposition over the budget.", "ASSAULT"),
    # a fight of fans is no armed clash between sides
    ("Clashes erupted between rival football fans in the city centre.", "ASSAULT"),
    # sanctions that hit are no strike
    ("The Russian economy was hit by Western sanctions.", "ASSAULT"),
    # moving a meeting is no troop movement
    ("Russia moved the talks to Geneva.", "MOBILIZE"),
    ("Samsung unveiled a new smartphone in Seoul.", "MOBILIZE"),
    # a boycott of an election or of goods is a protest or a sanction, not a refusal to meet
    ("The opposition boycotted the parliamentary election.", "REJECT"),
    ("Several leaders stayed away from the summit in protest.", "REJECT"),
    # a past non-act is no refusal
    ("The garrison did not surrender Bakhmut.", "REJECT"),
    ("Russia said the war would not end soon.", "REJECT"),
    # a message is no warning; consequences for the economy are no threat
    ("Russia sent a message to NATO.", "THREATEN"),
    ("The IMF said the war would have consequences for the world economy.", "THREATEN"),
    ("Officials said the bridges were legitimate targets for repair funds.", "THREATEN"),
    ("Russia will have to pay its debts.", "THREATEN"),
    ("The government vowed to take tough measures against corruption.", "THREATEN"),
    # a charm offensive is no attack
    ("Russia's charm offensive in African capitals continued.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), POSITIVE)
def test_wording_codes_type(text: str, etype: str) -> None:
    assert etype in _types(text), code_sentence(text, date=DAY)


@pytest.mark.parametrize(("text", "etype"), NEGATIVE)
def test_lookalike_does_not_code_type(text: str, etype: str) -> None:
    assert etype not in _types(text), code_sentence(text, date=DAY)


def test_fire_taken_reverses_roles() -> None:
    """The one named after "from" fires; the subject is hit."""
    assert _events("A Georgian patrol came under mortar fire from Russian troops.", "ASSAULT") == [
        (("RUS",), ("GEO",))
    ]


def test_passive_with_weapon_agent_keeps_the_roles() -> None:
    assert _events("Kharkiv was hit by Russian missiles overnight.", "ASSAULT") == [(("RUS",), ("UKR",))]


def test_retaliation_with_strikes_is_the_strike_not_a_threat() -> None:
    text = "Turkey retaliated with air strikes on Syrian government positions."
    assert _events(text, "ASSAULT") == [(("TUR",), ("SYR",))]
    assert "THREATEN" not in _types(text)


def test_mirrored_answer_is_by_the_subject() -> None:
    assert _events("Moscow will respond in a mirror manner to the steps taken by Warsaw.", "THREATEN")[0][
        0
    ] == ("RUS",)


def test_boycott_of_talks_is_a_refusal_to_meet() -> None:
    events = [e for e in code_sentence("Georgia boycotted the talks hosted by Russia.", date=DAY)]
    assert [(e.event.value, e.mode) for e in events] == [("REJECT", "meet")]


def test_no_intention_of_deploying_is_the_negated_deployment() -> None:
    """A stance on a deployment: the deployment, negated (:mod:`detente.coding.intentions`)."""
    events = code_sentence("Britain has no intention of sending troops to Ukraine.", date=DAY)
    assert [(e.event.value, e.source, e.polarity.value) for e in events] == [
        ("MOBILIZE", ("GBR",), "negated")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has no intention of attacking NATO members.",  # a hostile act disowned: a denial
        "The seminar discussed the costs of deploying troops abroad.",  # a gerund after "of": a topic
    ],
)
def test_other_gerunds_after_of_stay_topics(text: str) -> None:
    assert code_sentence(text, date=DAY) == []


def test_intention_of_reads_only_postings() -> None:
    from detente.coding.intentions import intention_of
    from detente.coding.patterns import tokenize

    tokens = tokenize("Allies have no intention of stationing troops there")
    assert intention_of(tokens, 5)
    tokens = tokenize("Russia has no intention of attacking anyone")
    assert not intention_of(tokens, 5)
