"""Acts of state in official Russian wording (detente.coding.statecraft): decrees with measures against a
state, envoys recalled and staff cut, strikes told in the passive, warships and units on the move, relief
sent abroad, decisions to scale back, and harm warned of beside a threat. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

import coded
from detente.coding import statecraft
from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence
from detente.coding.patterns import PatternSet, Token, load_patterns, tokenize
from detente.coding.units import Unit, actor_units

DAY = dt.date(2021, 3, 1)
FOREIGN_MINISTRY = "Statement by the Russian Ministry of Foreign Affairs; 'we' is Russia."

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def _events(text: str, context: str | None = None) -> set[coded.Triple]:
    return coded.triples(text, DAY, sort=False, context=context)


def _types(text: str, context: str | None = None) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY, context=context)}


# ------------------------------------------------------------------------------------- decrees and laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin signed a decree on retaliatory economic measures against Poland.",
            ("SANCTION", ("RUS",), ("POL",)),
        ),
        (
            "The Russian President has signed a law providing for restrictive measures against citizens of Canada.",
            ("SANCTION", ("RUS",), ("CAN",)),
        ),
        (
            "Today the Kremlin leader signed an executive order on countermeasures against Lithuanian officials.",
            ("SANCTION", ("RUS",), ("LTU",)),
        ),
        (
            "The President signed a decree on special economic measures against Moldova.",
            ("SANCTION", ("RUS",), ("MDA",)),
        ),
    ],
)
def test_decree_with_measures_against_a_state_is_a_sanction(text: str, expected: Triple) -> None:
    context = None if "Putin" in text or "Russian" in text or "Kremlin" in text else FOREIGN_MINISTRY
    assert expected in _events(text, context)


def test_measures_told_as_an_answer_to_a_state_s_acts() -> None:
    assert ("SANCTION", ("RUS",), ("USA",)) in _events(
        "Vladimir Putin signed a decree on response measures in connection with the hostile actions of the "
        "United States."
    )


def test_decreed_measures_by_a_bare_head_of_state_are_russia_s() -> None:
    # s33: "the head of state" with no state, speaker or context is Russia's (tests/gold/README.md,
    # conventions: "The President" or "the head of state" -- sources2, rules-2026.29); this test used to
    # leave the measures out for want of a doer
    text = "The head of state signed a federal law on response measures against Latvia."
    assert ("SANCTION", ("RUS",), ("LVA",)) in _events(text)
    assert ("SANCTION", ("RUS",), ("LVA",)) in _events(text, FOREIGN_MINISTRY)


@dataclass(frozen=True)
class _View:
    text: str
    tokens: list[Token]
    units: list[Unit]
    patterns: PatternSet
    speaker: str | None


def _view(text: str) -> _View:
    dictionary = load_dictionary()
    tokens = tokenize(text)
    units = actor_units(text, tokens, dictionary.match(text, date=DAY), speaker=None)
    return _View(text, tokens, units, load_patterns(), None)


def test_decree_lifting_measures_is_no_sanction() -> None:
    assert statecraft.decreed_measures(_view("Putin signed a decree on measures against Turkey.")) is not None
    for text in (
        "Vladimir Putin signed a decree cancelling the restrictions on charter flights with Turkey.",
        "Vladimir Putin signed a decree lifting the special economic measures against Turkey.",
    ):
        assert statecraft.decreed_measures(_view(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The President signed a decree on measures to increase pensions for military veterans.",
        "The President signed a federal law on measures against doping in sport.",
        "The President signed a decree on measures against the spread of the coronavirus infection.",
        "The Government adopted a resolution on measures to support small businesses in the Urals.",
        "The President signed a decree on special economic measures to protect national security.",
        "The Duma discussed a bill on measures against poaching in the Far East.",
    ],
)
def test_domestic_decrees_are_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text)


# ------------------------------------------------------------------------------------ envoys and staff


def test_envoy_recalled_in_the_passive_is_a_sanction() -> None:
    assert ("SANCTION", ("RUS",), ("EST",)) in _events(
        "The Russian Ambassador to Estonia has been recalled to Moscow for consultations."
    )


def test_mission_staff_cut_to_a_number_is_a_sanction() -> None:
    assert ("SANCTION", ("RUS",), ("GBR",)) in _events(
        "The staff of the British Embassy in Moscow is to be reduced to 40 people by June.", FOREIGN_MINISTRY
    )
    assert ("SANCTION", ("RUS",), ("USA",)) in _events(
        "The American side is told to bring the number of its diplomatic staff in Russia down to 300.",
        FOREIGN_MINISTRY,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The staff of the factory was reduced to 50 people last year.",
        "The faulty cars were recalled by the manufacturer.",
        "The number of staff at the Polish embassy fair grew to 40 visitors.",
        "The veteran ambassador recalled his years in Washington with fondness.",
    ],
)
def test_staff_and_recall_look_alikes(text: str) -> None:
    assert "SANCTION" not in _types(text, FOREIGN_MINISTRY)


# --------------------------------------------------------------------------------------------- strikes


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "This morning a massive strike was delivered with precision weapons on Ukrainian military facilities.",
            "UKR",
        ),
        ("A retaliatory strike was launched overnight on the command centres of the Kyiv regime.", "UKR"),
        ("A series of strikes has been carried out against Georgian artillery positions.", "GEO"),
    ],
)
def test_strike_in_the_passive_is_an_assault(text: str, target: str) -> None:
    assert ("ASSAULT", ("RUS",), (target,)) in _events(text, "Briefing by the Russian Defence Ministry.")


def test_place_hit_by_a_strike_of_a_side() -> None:
    assert ("ASSAULT", ("UKR",), ("RUS",)) in _events(
        "The command post of the Black Sea Fleet was hit by a drone attack of the Ukrainian armed forces."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' strike was launched on Monday at the port of Rotterdam.",
        "A general strike was called by the unions against the pension reform.",
        "Workers at the Ford plant in Vsevolozhsk were hit by a strike of their own union.",
        "The ball struck the crossbar in the last minute of the match against Spain.",
        "The airbase in Sevastopol was hit by a missile strike of the Ukrainian forces.",
    ],
)
def test_strike_look_alikes(text: str) -> None:
    types = _types(text)
    if "Sevastopol" in text:
        # no owner of the place apart from the attacker's own territory reading
        assert ("ASSAULT", ("UKR",), ("UKR",)) not in _events(text)
    else:
        assert "ASSAULT" not in types


# ----------------------------------------------------------------------------------------- movements


@pytest.mark.parametrize(
    "text",
    [
        "The intelligence ship Kurily of the Pacific Fleet has sailed from Vladivostok for the Sea of Japan.",
        "A battalion of Russian paratroopers entered the airport of Pristina before dawn.",
        "A Russian patrol ship has left Novorossiysk for the eastern Mediterranean.",
        "A squadron of Russian warships arrived in the port of Tartus on Friday.",
    ],
)
def test_warship_or_unit_on_the_move_is_mobilize(text: str) -> None:
    assert any(e[0] == "MOBILIZE" and e[1] == ("RUS",) for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed from Baltiysk for St Petersburg with 300 passengers.",
        "The tourists entered the museum at nine and left for the hotel at noon.",
        "The new software will be deployed across all ministries next year.",
        "The cargo ship sailed from Murmansk with a load of timber.",
        "The Russian troops left for home after the parade.",
        "A Chinese coast guard ship entered the harbour of Busan for repairs.",
        "A brigade of Cuban doctors arrived in Lombardy to help local hospitals.",
        "The Russian cruiser sailed past the Danish coast on Monday.",
    ],
)
def test_movement_look_alikes(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


def test_hypothetical_deployment_stays_a_threat() -> None:
    events = _events(
        "If NATO deploys missiles in Poland, Russia will deploy Iskander systems in Kaliningrad."
    )
    assert any(e[0] == "THREATEN" for e in events)


# -------------------------------------------------------------------------------------------- relief


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first lorries of the Russian humanitarian convoy crossed the border and headed for Donetsk.",
            ("AID", ("RUS",), ("UKR",)),
        ),
        (
            "Russian rescuers and a field hospital were sent to Italy to help fight the forest fires.",
            ("AID", ("RUS",), ("ITA",)),
        ),
        (
            "Rescue teams of the Russian Emergencies Ministry have been flown to Syria to assist after the earthquake.",
            ("AID", ("RUS",), ("SYR",)),
        ),
    ],
)
def test_relief_sent_is_aid(text: str, expected: Triple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of military trucks crossed the border into Ukraine.",
        "The rescuers were sent home after the search ended.",
        "Russian doctors were sent to Italy to attend a conference on cardiology.",
        "Government forces blocked the UN humanitarian convoy that arrived in Madaya.",
    ],
)
def test_relief_look_alikes(text: str) -> None:
    assert "AID" not in _types(text)


# ----------------------------------------------------------------------------------------- de-escalation


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Ministry has decided to sharply reduce military activity near Kharkov.",
        "I have decided to complete the exercise and return the troops to their permanent bases by Friday.",
        "The Minister ordered to end the drills and to return the units to their garrisons.",
    ],
)
def test_decision_to_scale_back_is_a_concession(text: str) -> None:
    assert "CONCEDE" in _types(text, "Defence Minister of Russia; 'I' is the Minister (RUS).")


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry decided to reduce the number of staff in its regional offices.",
        "The government decided to reduce the tax burden on farmers.",
        "The units returned to their permanent bases after the exercise.",
        "The board decided to complete the audit and return the documents to the archive.",
    ],
)
def test_scale_back_look_alikes(text: str) -> None:
    assert "CONCEDE" not in _types(text)


# ----------------------------------------------------------------------------------------- warnings


def test_harm_warned_beside_an_answer_accuses_the_actor() -> None:
    events = _events(
        "Sweden's accession to NATO would cause serious damage to Russian-Swedish relations, and Russia will "
        "be forced to take retaliatory steps."
    )
    assert ("ACCUSE", ("RUS",), ("SWE",)) in events


def test_harm_without_an_answer_is_left_to_other_readers() -> None:
    assert statecraft.damage_warned is not None
    events = _events("The storm would cause serious damage to the harvest, and farmers will be compensated.")
    assert not any(e[0] == "ACCUSE" for e in events)


# ----------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1234 5678 ...",
        "signed a decree on measures against",
        "a massive strike was delivered on",
        "the ship has sailed",
        "humanitarian convoy crossed",
        "decided to reduce military",
        "would cause damage and retaliatory",
        "recalled",
    ],
)
def test_bad_input_does_not_raise(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)


def test_long_run_of_trigger_words_does_not_raise() -> None:
    text = " ".join(["strike was delivered on measures against troops sailed humanitarian convoy"] * 1400)
    assert len(text) > 100_000
    assert code_sentence(text, date=DAY) == []
    chunk = " ".join(["the strike was delivered on the battalion sailed"] * 60)
    assert isinstance(code_sentence(chunk, date=DAY), list)
