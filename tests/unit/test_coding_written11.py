"""Session 33 (helper written11): answers promised, troops sent back, drills held, breaches cited, land
absorbed, charges rebuffed, plans denied, doors left open. Sentences are the project's own."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.written11 import settled

DAY = dt.date(2019, 6, 12)


def coded(text: str, *, context: str | None = None, date: dt.date = DAY) -> set[tuple[str, str, str, str]]:
    return {
        (e.event.value, ",".join(sorted(e.source)), ",".join(sorted(e.target)), e.polarity.value)
        for e in code_sentence(text, date=date, context=context)
    }


def types(text: str, **kw: object) -> set[str]:
    return {t for t, _, _, _ in coded(text, **kw)}  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------ answers promised
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Were Washington to place such rockets in Germany, Moscow would have to respond in kind.",
            "RUS",
            "USA",
        ),
        (
            "The growth of the Alliance leaves Russia no choice but to retaliate, the minister said.",
            "RUS",
            "NATO",
        ),
        (
            "The envoy said Russia would take every military measure needed to counter the new American bases.",
            "RUS",
            "USA",
        ),
        (
            "Belarus will respond to the deployment of Polish brigades by moving its own units west.",
            "BLR",
            "POL",
        ),
        (
            "Russia might revise its nuclear doctrine if the Allies go on building up forces nearby.",
            "RUS",
            "NATO",
        ),
    ],
)
def test_an_answer_promised_is_a_threat_by_the_answering_side(text: str, source: str, target: str) -> None:
    found = {(s, t) for ty, s, t, p in coded(text) if ty == "THREATEN" and p == "asserted"}
    assert any(s == source and target in t.split(",") for s, t in found), coded(text)


def test_an_answer_promised_by_we_is_the_speakers() -> None:
    text = (
        "Our armed forces will, of course, take the steps necessary to guarantee the security of the country."
    )
    assert ("THREATEN", "RUS", "", "asserted") in coded(
        text, context="Briefing by Maria Zakharova, Russian MFA"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia would not have to respond if the Alliance kept its word.",
        "Moscow will not respond to the provocation in kind.",
        "Will Russia have to respond to the new bases?",
        "The Allies discussed how they would respond to cyber incidents.",
    ],
)
def test_an_answer_denied_or_asked_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text)


# ------------------------------------------------------------------------------------- troops sent back
@pytest.mark.parametrize(
    "text",
    [
        "Defence Minister Shoigu ordered the units to return to their permanent bases after the inspection.",
        "President Putin instructed the forces to pull back from the border once the drills were over.",
        "Russian troops began returning to their garrisons on Friday, the ministry said.",
    ],
)
def test_troops_sent_back_are_a_retreat(text: str) -> None:
    found = coded(text)
    # a pull-back some readers already take for a concession (the variants' reading) stays one
    assert any(t in ("RETREAT", "CONCEDE") and s == "RUS" for t, s, _, _ in found), found
    assert not any(t == "REQUEST" for t, _, _, _ in found)


def test_troops_sent_back_from_a_named_neighbour_aim_at_it() -> None:
    found = coded("Putin ordered his troops to withdraw from Ukraine's border regions.")
    assert {("RETREAT", "RUS", "UKR", "asserted"), ("CONCEDE", "RUS", "UKR", "asserted")} & found, found


@pytest.mark.parametrize(
    "text",
    [
        "Putin did not order the troops to return to their bases.",
        "The Kremlin might order the troops to pull back from the border.",
        "Kyiv urged Moscow to order its forces to withdraw.",
    ],
)
def test_troops_not_sent_back(text: str) -> None:
    assert ("RETREAT", "RUS", "", "asserted") not in coded(text)


# ------------------------------------------------------------------------------------------- drills held
@pytest.mark.parametrize(
    ("text", "source", "polarity"),
    [
        (
            "Cold Response, the Alliance's biggest exercise this year, opened in Norway on Monday.",
            "NATO",
            "asserted",
        ),
        ("Britain began its annual naval exercise off the Scottish coast on Tuesday.", "GBR", "asserted"),
        ("NATO will hold its yearly air defence exercise in the Baltic next month.", "NATO", "future"),
        ("BALTOPS, an American-led naval exercise, will run until the end of the month.", "USA", "asserted"),
    ],
)
def test_an_exercise_held_is_a_mobilisation_of_its_side(text: str, source: str, polarity: str) -> None:
    found = coded(text)
    assert any(t == "MOBILIZE" and s == source and p == polarity for t, s, _, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The first NATO-Russia computer-assisted exercise on missile defence took place in Germany in 2006.",
        "Sailors from Russia and Allied navies took part in Bold Monarch, a submarine rescue exercise.",
    ],
)
def test_an_exercise_of_two_sides_is_cooperation(text: str) -> None:
    found = coded(text)
    assert any(t == "COOPERATE" and s == "NATO,RUS" for t, s, _, _ in found), found


def test_the_exercise_in_a_condemnation_is_coded_too() -> None:
    found = coded("Moscow called the Alliance's drills in Estonia, which started on Monday, a provocation.")
    assert ("ACCUSE", "RUS", "NATO", "asserted") in found
    assert ("MOBILIZE", "NATO", "", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "NATO did not hold its planned exercise in Lithuania this year.",
        "The exercise was called off after the Alliance postponed it twice.",
        "Will NATO hold the exercise in Poland?",
        "The ministers discussed the exercise programme for next year.",
        "Germany may hold an exercise in the Baltic if the weather allows.",
    ],
)
def test_no_exercise_held(text: str) -> None:
    found = coded(text)
    assert not any(t == "MOBILIZE" and p == "asserted" for t, _, _, p in found), found


# --------------------------------------------------------------------------------------- a breach cited
def test_a_breach_cited_adds_the_accusation() -> None:
    found = coded("Washington pulled out of the treaty in 2019, citing Russia's repeated violations.")
    assert ("ACCUSE", "USA", "RUS", "asserted") in found
    assert any(t == "SANCTION" for t, _, _, _ in found)


def test_a_cited_breach_without_a_measure_adds_nothing() -> None:
    assert "ACCUSE" not in types("The report was published on Monday, citing unnamed officials.")


# ---------------------------------------------------------------------------------------- land absorbed
def test_land_made_part_of_russia_is_seized() -> None:
    found = coded(
        "President Putin signed a law making Crimea part of the Russian Federation.",
        date=dt.date(2014, 3, 21),
    )
    assert ("COERCE", "RUS", "UKR", "asserted") in found
    assert not any(t == "SUPPORT" and "UKR" in tg for t, _, tg, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv will never accept making Crimea part of Russia.",
        "Lawmakers debated whether admitting the enclave into Russia would be lawful.",
        "The governor said the harbour had long been part of Russia.",
    ],
)
def test_land_not_absorbed(text: str) -> None:
    assert "COERCE" not in types(text, date=dt.date(2014, 3, 21))


# ---------------------------------------------------------------------------------- a fact insisted on
def test_insisting_on_a_fact_is_no_demand() -> None:
    found = coded(
        "Moscow answered Finland's accusations, insisting its aircraft had stayed over neutral waters."
    )
    assert "REQUEST" not in {t for t, _, _, _ in found}


def test_insisting_on_a_breach_is_an_accusation() -> None:
    found = coded("Russian diplomats insist that the new bases in Romania breach the Alliance's pledges.")
    assert ("ACCUSE", "RUS", "NATO", "asserted") in found


def test_insisting_on_an_act_still_demands() -> None:
    assert "REQUEST" in types("Russia insisted that NATO must pull its forces back from the border.")


# ----------------------------------------------------------------------------------------- plans denied
@pytest.mark.parametrize(
    "text",
    [
        "Russian officials have repeatedly denied any plan to attack a NATO country.",
        "The Kremlin denied that it intended to invade its neighbour.",
    ],
)
def test_a_denied_plan_is_no_act(text: str) -> None:
    assert "ASSAULT" not in types(text)


def test_a_plan_not_denied_is_kept() -> None:
    assert "ASSAULT" in types("Russian forces attacked the port of Odesa on Monday.")


# ----------------------------------------------------------------------------------------- a door open
def test_a_door_left_open_is_an_offer() -> None:
    found = coded("Allies regret Moscow's choice, but the Alliance's door to dialogue stays open.")
    assert ("AGREE", "NATO", "RUS", "asserted") in found


def test_a_door_closed_is_no_offer() -> None:
    found = coded("The door to dialogue with Moscow is not open while the war goes on, the Alliance said.")
    assert not any(t == "AGREE" for t, _, _, _ in found)


# ------------------------------------------------------------------------------------- refusal stated
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Moscow will never accept American missiles being stationed in Germany, the deputy minister said.",
            "RUS",
            "USA",
        ),
        ("Allies do not and will never recognise the sham referendums held by Russia.", "NATO", "RUS"),
        ("Tbilisi said it would never accept the loss of its territory to Russia.", "GEO", "RUS"),
    ],
)
def test_a_refusal_stated_is_a_rejection(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any(t == "REJECT" and s == source and p in ("asserted", "future") for t, s, _, p in found), found


@pytest.mark.parametrize(
    "text",
    [
        "If Kyiv will not accept the offer, Moscow will look for other ways.",
        "Will the Allies never accept a neutral Ukraine?",
        "Russia did not reject the proposal outright.",
    ],
)
def test_no_refusal_stated(text: str) -> None:
    found = coded(text)
    assert not any(t == "REJECT" and p == "asserted" for t, _, _, p in found), found


# -------------------------------------------------------------------------------------- judged unsafe
def test_an_act_that_makes_the_world_less_safe_is_criticised() -> None:
    found = coded("Moscow's exit from the accord makes Europe less safe, the Secretary General said.")
    assert ("ACCUSE", "NATO", "RUS", "asserted") in found


def test_a_verdict_said_of_an_act_is_criticism() -> None:
    found = coded(
        "This is reckless and provocative conduct, the Polish minister said of the Russian flights."
    )
    assert ("ACCUSE", "POL", "RUS", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "It was a sensible step, Berlin said of the Russian offer.",
        "The new bridge makes the region more accessible, the governor said.",
        "Nothing Russia does would make the world less safe, Moscow said.",
    ],
)
def test_no_verdict_of_danger(text: str) -> None:
    assert "ACCUSE" not in types(text)


# ------------------------------------------------------------------------------ ratifications swapped
def test_instruments_of_ratification_exchanged_are_support_of_both() -> None:
    text = "Foreign Minister Lavrov and Secretary of State Kerry exchanged the instruments of ratification in Geneva."
    assert ("SUPPORT", "RUS,USA", "", "asserted") in coded(text)


def test_ratification_not_exchanged() -> None:
    assert "SUPPORT" not in types(
        "Russia and the United States have not yet exchanged the instruments of ratification."
    )


# ------------------------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "exercise " * 20_000])
def test_bad_input_never_raises(text: str) -> None:
    assert settled(text, [], [], None, lambda *a: None) == []  # type: ignore[arg-type,return-value]
    code_sentence(text, date=DAY)
