"""Second acts of one sentence: the counterpart a second verb of the same subject shares with the first,
and the answer of the side an act was done to, aimed back at its doer."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2022, 3, 1)


def _triples(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {(e.event.value, e.source, e.target) for e in code_sentence(text, date=DATE)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greek prime minister met the Egyptian president in Cairo and agreed to build an undersea cable.",
            {("CONSULT", ("GRC",), ("EGY",)), ("AGREE", ("GRC",), ("EGY",))},
        ),
        (
            "Norway hosted talks with the Colombian government and also promised to fund the reintegration programme.",
            {("CONSULT", ("NOR",), ("COL",)), ("AGREE", ("NOR",), ("COL",))},
        ),
        (
            "The Kenyan president visited Ethiopia and pledged to deepen ties between the two neighbours.",
            {("CONSULT", ("KEN",), ("ETH",)), ("AGREE", ("KEN",), ("ETH",))},
        ),
    ],
)
def test_second_verb_shares_the_counterpart(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert expected <= _triples(text)


def test_friendly_act_after_a_charge_keeps_its_own_counterpart() -> None:
    # the promise is not made to those the condemnation is aimed at
    found = _triples(
        "The Kremlin condemned the Ukrainian strike on Belgorod and promised to rebuild the damaged homes."
    )
    assert ("ACCUSE", ("RUS",), ("UKR",)) in found
    assert ("AGREE", ("RUS",), ()) in found


def test_answer_goes_back_to_the_doer() -> None:
    found = _triples(
        "Somali pirates seized a Danish cargo ship off the coast, and Denmark demanded the release of its crew."
    )
    assert ("REQUEST", ("DNK",), ("pirates",)) in found


def test_one_act_only() -> None:
    # a single verb with a coordinated object is one act
    found = _triples("Chile met the Peruvian and Bolivian foreign ministers in Santiago.")
    assert [e for e, _, _ in found] == ["CONSULT"]


def test_threat_to_end_is_the_subjects_threat() -> None:
    found = _triples(
        "The Moldovan president turned down the offer and threatened to end the talks with Tiraspol."
    )
    assert any(e == "THREATEN" and s == ("MDA",) for e, s, _ in found)
    assert not any(e == "ACCUSE" for e, _, _ in found)


def test_danger_to_dialogue_is_still_a_judgement() -> None:
    found = _triples("Lavrov said that the Polish moves threaten dialogue in Europe.")
    assert not any(e == "THREATEN" for e, _, _ in found)


def test_announced_clause_keeps_its_own_verb() -> None:
    found = _triples(
        "Portugal signed a defence pact with Angola and announced that it will provide 30 million euros in loans to Luanda."
    )
    assert ("AID", ("PRT",), ("AGO",)) in found


def test_answer_after_a_semicolon_is_the_wronged_sides() -> None:
    found = _triples("Latvia has expelled three Belarusian diplomats; retaliatory measures will follow.")
    assert ("SANCTION", ("LVA",), ("BLR",)) in found
    assert ("THREATEN", ("BLR",), ("LVA",)) in found


def test_answer_with_no_act_before_stays_uncoded() -> None:
    assert not _triples("The meeting ended early; response measures will follow.")


def test_second_speech_verb_keeps_the_first_subject() -> None:
    found = _triples(
        "Greece moved warships to the Aegean near Turkey and warned that any provocation would be met with force."
    )
    assert any(e == "MOBILIZE" and s == ("GRC",) for e, s, _ in found)
    assert any(e == "THREATEN" and s == ("GRC",) for e, s, _ in found)
    assert not any(e == "THREATEN" and s == ("TUR",) for e, s, _ in found)


def test_participle_names_the_first_acts_counterpart() -> None:
    found = _triples("Kenya recalled its envoy from Somalia, accusing Mogadishu of backing militias.")
    assert ("SANCTION", ("KEN",), ("SOM",)) in found
    assert ("ACCUSE", ("KEN",), ("SOM",)) in found


def test_while_clause_actor_is_not_the_target() -> None:
    found = _triples("France vetoed the draft in the Security Council while Britain abstained.")
    assert not any(e == "REJECT" and t == ("GBR",) for e, _, t in found)


def test_package_named_by_its_arms_is_aid() -> None:
    found = _triples("Norway announced a new package of anti-tank missiles for Ukraine.")
    assert ("AID", ("NOR",), ("UKR",)) in found
    assert not _triples("The package of measures against smuggling was adopted.")
