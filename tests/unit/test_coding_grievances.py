"""Grievances of official speech that name no verb of blame (detente.coding.grievances and the s25 rules)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.grievances import may_read

DATE = dt.date(2018, 6, 1)
PUTIN = "Vladimir Putin, President of Russia"


def _events(text: str, context: str | None = PUTIN) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE, context=context)]


def _accusations(text: str, context: str | None = PUTIN) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(s, t) for (kind, s, t) in _events(text, context) if kind == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The Alliance, in our view, is merely a tool of Washington's foreign policy.", "NATO"),
        ("NATO has turned into an instrument of American influence in Europe.", "NATO"),
        ("The OSCE is now an instrument of political pressure.", "OSCE"),
        (
            "NATO is no longer a defensive bloc but an instrument of the foreign policy of the United States.",
            "NATO",
        ),
        ("In essence, the Alliance is one of the instruments of US policy.", "NATO"),
        ("Washington uses the Kiev regime as a tool against Russia.", "USA"),
        ("The European Union uses sanctions as an instrument of unfair competition.", "EU"),
    ],
)
def test_a_tool_of_another_is_blamed(text: str, accused: str) -> None:
    assert _accusations(text) == [(("RUS",), (accused,))]


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO has become an effective instrument of our foreign policy.",
        "The Eurasian Union is an instrument of economic integration.",
        "NATO is not an instrument of US policy.",
        "If NATO became a tool of American policy, we would object.",
        "Is NATO an instrument of US foreign policy?",
        "It is merely an instrument of US foreign policy.",
        "We use the CSTO as an instrument of our policy.",
    ],
)
def test_own_tools_denials_and_pronouns_read_no_tool(text: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text))


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The Americans have never kept their promises.", "USA"),
        ("The West did not honour its commitments to us.", "WEST"),
        ("Washington went back on its word once again.", "USA"),
        ("Our Western partners simply deceived us.", "WEST"),
        ("The authorities in Kiev are not implementing the Minsk Agreements.", "UKR"),
    ],
)
def test_a_word_not_kept_is_blamed(text: str, accused: str) -> None:
    assert _accusations(text) == [(("RUS",), (accused,))]


def test_a_broken_promise_is_no_promise() -> None:
    events = _events("NATO did not keep its promises to Moscow.")
    assert [kind for (kind, _, _) in events] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "We expect the contractor to fulfil its obligations.",
        "All participants honoured their commitments in full.",
        "Russia has always kept its promises.",
        "We did not keep our promise, I admit.",
        "They deceived us.",
        "The lawyer deceived his clients.",
    ],
)
def test_kept_words_own_failures_and_pronouns_read_nothing(text: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text))


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("We see persistent attempts by Washington to isolate our country.", "USA"),
        ("The European Union's attempts to weaken Russia will fail.", "EU"),
        ("American efforts to split Europe are obvious.", "USA"),
    ],
)
def test_hostile_attempts_are_blamed(text: str, accused: str) -> None:
    assert _accusations(text) == [(("RUS",), (accused,))]


@pytest.mark.parametrize(
    "text",
    [
        "China's attempts to contain the epidemic were effective.",
        "There are no attempts by NATO to contain Russia.",
        "Russia's attempts to mediate were welcomed.",
    ],
)
def test_harmless_or_denied_attempts_read_nothing(text: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text))


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "The missile systems deployed by the Americans in Poland are a clear violation of the treaty.",
            "USA",
        ),
        ("The restrictions introduced by the European Union are aimed at weakening our economy.", "EU"),
        ("Washington's sanctions are designed to hold back our development.", "USA"),
        ("The real purpose of the American restrictions is to squeeze us out of the market.", "USA"),
    ],
)
def test_a_measure_said_to_break_accords_or_to_harm_blames_its_doer(text: str, accused: str) -> None:
    assert (("RUS",), (accused,)) in _accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions against Russia are aimed at weakening our economy.",
        "The deployment of US missiles is not aimed at Russia.",
        "The aim of our sanctions is to punish the aggressor.",
        "The purpose of the exercises is to test readiness.",
    ],
)
def test_measures_without_another_doer_or_denied_read_nothing(text: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text))


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The United Kingdom pursues a policy of double standards.", "GBR"),
        ("The EU has chosen a confrontational course.", "EU"),
        ("Washington is trying to preserve its hegemony at any cost.", "USA"),
        ("Latvia is rewriting history.", "LVA"),
    ],
)
def test_hostile_policies_named_by_what_they_are(text: str, accused: str) -> None:
    assert _accusations(text) == [(("RUS",), (accused,))]


def test_may_read_needs_a_cue() -> None:
    assert may_read({"nato", "is", "an", "instrument"})
    assert not may_read({"nato", "met", "russia"})


def test_unrest_run_from_abroad_is_blamed_on_the_west_by_russia() -> None:
    text = "The disorder in the capital looks like a colour revolution directed from abroad."
    assert _accusations(text) == [(("RUS",), ("WEST",))]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The disorder in the capital was not directed from abroad.", PUTIN),
        (
            "The disorder in the capital looks like a revolution directed from abroad.",
            "Jens Stoltenberg, NATO Secretary General",
        ),
        ("Was the disorder directed from abroad?", PUTIN),
    ],
)
def test_run_from_abroad_denied_asked_or_said_by_others_reads_nothing(text: str, context: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text, context))


def test_engaging_in_interference_is_blamed() -> None:
    assert _accusations("The Kiev authorities engage in constant provocations.") == [(("RUS",), ("UKR",))]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Britain has overstepped its bounds many times.", "GBR"),
        ("Washington forces its values on others and imposes its rules on everyone.", "USA"),
        ("London is pushing Kiev towards a confrontation with Moscow.", "GBR"),
    ],
)
def test_going_beyond_bounds_or_forcing_ones_ways_is_blamed(text: str, accused: str) -> None:
    assert (("RUS",), (accused,)) in _accusations(text)


@pytest.mark.parametrize(
    "text",
    [
        "The patrol crossed the line of contact at dawn.",
        "We will never cross any red lines.",
        "The EU imposes its sanctions on Moscow.",
    ],
)
def test_crossings_own_restraint_and_sanctions_read_no_blame(text: str) -> None:
    assert not any(kind == "ACCUSE" for (kind, _, _) in _events(text))
