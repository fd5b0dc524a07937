"""News wording (detente.coding.newsacts): detentions told by their place or keeper, concessions framed by a
participle, no sideless act in a sentence about things or private people, no act named only in an
accuser's words, and the news-acts lexicon — each with look-alikes that must not change, and bad input
that gives a list."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

PUB = dt.date(2020, 1, 15)


def coded(text: str, date: dt.date = PUB) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=date)]


def types(text: str, date: dt.date = PUB) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=date)}


# ----------------------------------------------------------------------------------------------- detentions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The journalist has been placed under house arrest in Beijing, a rights group said.", "CHN"),
        ("Two journalists were taken into custody in Tehran.", "IRN"),
        ("The journalist was detained in Moscow on Friday.", "RUS"),
        ("Two men were arrested in London.", "GBR"),
        ("A British aid worker was detained in Iran.", "IRN"),
        ("The blogger was quickly arrested in Minsk.", "BLR"),
    ],
)
def test_a_passive_detention_is_by_the_state_of_its_place(text: str, source: str) -> None:
    events = [e for e in coded(text) if e[0] == "COERCE"]
    assert events and events[0][1] == (source,)


def test_the_detainee_named_before_the_verb_is_the_target() -> None:
    assert ("COERCE", ("IRN",), ("GBR",)) in coded("A British aid worker was detained in Iran.")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Egypt's army chief said the deposed leader was taken into military custody.", "military", "EGY"),
        (
            "Egypt's interior ministry said the former minister was taken into police custody.",
            "police",
            "EGY",
        ),
    ],
)
def test_custody_names_its_keeper(text: str, source: str, target: str) -> None:
    assert ("COERCE", (source,), (target,)) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The deposed leader was taken into military custody.",  # no state: whose people is unknown
        "The activist has been placed under house arrest in a village.",  # no state's place
        "Liu Xia has been placed under house arrest in Beijing.",  # no one the dictionary names as held
    ],
)
def test_a_detention_with_no_side_to_name_adds_no_event(text: str) -> None:
    assert "COERCE" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was born in Beijing.",  # no detention
        "The activist lived in Beijing before she was arrested.",  # the place comes before the verb
        "The detained activist spoke in Beijing.",  # an adjective, no passive
        "The suspect was taken into account in Moscow.",  # taken into account, not custody
        "The man was placed under review in London.",  # not under arrest
    ],
)
def test_look_alikes_of_a_detention_code_no_coerce_by_the_place(text: str) -> None:
    assert not any(e[0] == "COERCE" and e[1] in (("CHN",), ("RUS",), ("GBR",)) for e in coded(text))


def test_a_detention_with_an_agent_keeps_the_agent() -> None:
    events = [e for e in coded("The activist was detained by Russian police in Minsk.") if e[0] == "COERCE"]
    assert events and events[0][1] != ("BLR",)


# ----------------------------------------------------------------------------------------------- concessions


def test_a_concession_told_with_no_doer_is_by_the_main_clause_actor() -> None:
    text = (
        "French President Emmanuel Macron announced a rise in the minimum wage and scrapped a tax increase "
        "on pensioners, yielding to the protesters."
    )
    assert ("CONCEDE", ("FRA",), ("protesters",)) in coded(text, dt.date(2018, 12, 11))


def test_a_resignation_bowing_to_pressure_is_one_retreat() -> None:
    text = "Germany's defence minister Karl-Theodor zu Guttenberg resigned on Tuesday, bowing to pressure."
    assert types(text, dt.date(2011, 3, 1)) == {"RETREAT"}


@pytest.mark.parametrize(
    "text",
    [
        "Germany promised to send tanks to Ukraine, meeting in Berlin with its allies.",  # a meeting, not demands
        "Russia promised to supply gas to Serbia, giving it a discount.",  # giving, not giving in
        "The team won the match, meeting the coach's demands.",  # no actor
    ],
)
def test_look_alikes_of_a_framed_concession_code_no_concede(text: str) -> None:
    assert "CONCEDE" not in types(text)


# ----------------------------------------------------------------------------------------------- private text


@pytest.mark.parametrize(
    "text",
    [
        "The company procured a new technology officer, who left a rival to join the start-up.",
        "The new cafe occupies the former bank on the corner.",
        "Fischer joined TDU around the forced passage of the 2018 contract.",
    ],
)
def test_a_sideless_act_in_a_sentence_naming_no_actor_is_dropped(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("They noted with satisfaction that the truce is broadly being respected.", "SUPPORT"),
        ("The two presidents signed a set of documents.", "SUPPORT"),
        ("Montana Republicans banned Zephyr from speaking on the floor.", "COERCE"),
        ("Russia occupies the Crimean peninsula.", "COERCE"),
        ("Arnor is about to restore full diplomatic ties with Gondor.", "SUPPORT"),  # names on both sides
        ("Detectives took the former mayor into custody at a hotel.", "COERCE"),  # a detention stays
    ],
)
def test_an_act_with_a_pronoun_a_side_word_or_an_actor_stays(text: str, etype: str) -> None:
    assert etype in types(text)


# ----------------------------------------------------------------------------------------------- accuser's words


def test_an_act_named_only_in_the_accusers_words_is_not_also_coded() -> None:
    text = "Pakistan condemns what it calls Indian military air strikes on residential areas"
    assert coded(text) == [("ACCUSE", ("PAK",), ("IND",))]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Pakistan condemned Indian Air Force strikes on civilian areas.", "ASSAULT"),  # the strikes as fact
        ("India fired missiles at what it called terrorist camps in Pakistan.", "ASSAULT"),  # no accusation
    ],
)
def test_an_act_told_as_fact_stays_beside_the_accusation(text: str, etype: str) -> None:
    assert etype in types(text)


# ----------------------------------------------------------------------------------------------- lexicon: news acts


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("A truce between Israel and Hamas took hold on Friday.", "RETREAT", {"ISR", "HAMAS"}),
        ("The truce between Armenia and Azerbaijan takes hold today.", "RETREAT", {"ARM", "AZE"}),
        ("The ceasefire between Russia and Ukraine has taken hold.", "RETREAT", {"RUS", "UKR"}),
        ("The truce between Armenia and Azerbaijan appeared to be holding.", "RETREAT", {"ARM", "AZE"}),
        (
            "The ceasefire between Israel and Hamas was largely holding on Monday.",
            "RETREAT",
            {"ISR", "HAMAS"},
        ),
        (
            "Israeli and Palestinian negotiators ended a week of talks at the Egyptian resort of Taba.",
            "CONSULT",
            {"ISR", "PSE"},
        ),
        ("Russia and Ukraine ended two days of negotiations in Istanbul.", "CONSULT", {"RUS", "UKR"}),
        ("Kim Jong-il greeted South Korean President Kim Dae-jung at Pyongyang airport.", "CONSULT", {"KOR"}),
        ("Xi Jinping was greeted by Vladimir Putin at the Kremlin on Monday.", "CONSULT", {"CHN"}),
        (  # "<state> and allied jets": the state and NATO, as the read gold sets code it (s32-sidefix9)
            "Polish and allied jets were scrambled as Russia launched missile attacks on Ukraine.",
            "MOBILIZE",
            {"POL", "NATO"},
        ),
        ("Japanese fighter jets have been scrambled to intercept Chinese drones.", "MOBILIZE", {"JPN"}),
    ],
)
def test_news_acts_lexicon(text: str, etype: str, source: set[str]) -> None:
    assert any(e[0] == etype and set(e[1]) == source for e in coded(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Syrian rebels took hold of the town.", "RETREAT"),
        ("The ceasefire talks were holding up traffic.", "RETREAT"),
        ("The Russian army ended a week of shelling.", "CONSULT"),
        ("Fans greeted Russia's victory at the ceremony with cheers.", "CONSULT"),
        ("The crowd greeted the team at the airport.", "CONSULT"),
        ("Eggs were scrambled for breakfast.", "MOBILIZE"),
        ("Russia's plans were scrambled by the storm.", "MOBILIZE"),
    ],
)
def test_news_acts_lexicon_look_alikes(text: str, etype: str) -> None:
    assert etype not in types(text)


# ----------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "12345 !!! ...",
        "was arrested in",
        "has been placed under",
        "were taken into",
        "resigned,",
        ", bowing",
        ", in a nod",
        "ahead of",
        "ahead of a planned",
        "arrested in " * 12000,
        "resigned, bowing to pressure " * 4000,
        "planned protests ahead of " * 5000,
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=PUB), list)
