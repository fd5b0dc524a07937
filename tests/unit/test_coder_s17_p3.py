"""Political news wording (news-politics-3, A part): force left open ("would never rule out using force"),
war named as the verdict ("in what X called an act of war"), acting "with impunity", ships struck on
purpose, the one pressed named with an article, and look-alikes that are no act (a country pushed "to the
brink", a course not ruled out, a "patrol vessel", national teams that "oppose" each other in a match)."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples, with_polarity

DAY = dt.date(2024, 10, 16)


def _types(text: str) -> set[str]:
    return {t[0] for t in triples(text, DAY)}


# --- force left open: a threat, not a negated refusal ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing says it would never rule out using force over Taiwan.",
            ("THREATEN", ("CHN",), ("TWN",), "asserted"),
        ),
        (
            "Israel did not rule out a ground offensive in Lebanon.",
            ("THREATEN", ("ISR",), ("LBN",), "asserted"),
        ),
        (
            "Turkey has not ruled out a new military incursion into northern Syria.",
            ("THREATEN", ("TUR",), ("SYR",), "asserted"),
        ),
    ],
)
def test_force_not_ruled_out_is_a_threat(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...], str]
) -> None:
    coded = with_polarity(text, DAY)
    assert expected in coded
    assert not any(e[0] == "REJECT" for e in coded)


@pytest.mark.parametrize(
    "text",
    [
        # a course left open is no refusal and no threat
        "The minister did not rule out running for the leadership.",
        "The party would never rule out a second referendum.",
        "Officials have not ruled out a cut in interest rates.",
    ],
)
def test_course_not_ruled_out_codes_nothing(text: str) -> None:
    assert triples(text, DAY) == set()


def test_ruling_out_is_still_a_refusal() -> None:
    assert ("REJECT", ("RUS",), ("UKR",)) in triples("Russia ruled out talks with Kyiv.", DAY)


# --- war named as the verdict ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India fired missiles into Pakistani territory early Wednesday, in what Pakistan's leader called "
            "an act of war.",
            ("ACCUSE", ("PAK",), ("IND",)),
        ),
        ("Pakistan called the strikes an act of war.", ("ACCUSE", ("PAK",), ())),
        ("Ukraine called the attack a war crime.", ("ACCUSE", ("UKR",), ())),
        ("Iran described the seizure of its tanker as an act of war.", ("ACCUSE", ("IRN",), ())),
    ],
)
def test_war_named_as_verdict(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The court was called to hear evidence of war crimes committed in 1944.",
        "She called the war a tragedy for both nations.",
        "The historian called the museum's exhibition on the acts of the war moving.",
    ],
)
def test_war_mentioned_is_no_verdict(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- acting with impunity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South African lawyers said Israel kept on acting with impunity across the Gaza Strip.",
        "Israel is acting with impunity, South Africa said.",
    ],
)
def test_impunity_said_of_another(text: str) -> None:
    assert ("ACCUSE", ("ZAF",), ("ISR",)) in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "No state can act with impunity, the minister said.",
        "The court found that the officers had not acted with impunity.",
    ],
)
def test_impunity_denied_or_general(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- ships struck on purpose -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Philippine patrol vessel was deliberately sideswiped by a Chinese fishing militia vessel.",
        "A Chinese coast guard ship sideswiped a Philippine supply boat.",
        "A Chinese vessel deliberately collided with a Philippine coast guard ship.",
    ],
)
def test_ship_struck_on_purpose(text: str) -> None:
    coded = triples(text, DAY)
    assert ("ASSAULT", ("CHN",), ("PHL",)) in coded
    assert "MOBILIZE" not in {t[0] for t in coded}


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese vessel collided with a Philippine coast guard ship.",
        "Two cargo ships collided in the Strait of Malacca.",
        "The car sideswiped a bus in Manila.",
    ],
)
def test_collisions_without_intent(text: str) -> None:
    assert "ASSAULT" not in _types(text)


# --- a patrol craft is a kind of craft ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine patrol vessel sustained minor damage.",
        "A Philippine patrol vessel was damaged by a Chinese vessel.",
        "Police patrol cars were parked outside the Russian embassy.",
    ],
)
def test_patrol_craft_is_no_patrol(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    ["Chinese warships patrol the strait.", "Russian jets will patrol the Baltic airspace."],
)
def test_patrols_still_code(text: str) -> None:
    assert "MOBILIZE" in _types(text)


# --- pushing: the one pressed with an article; the brink is no request --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senators pushed an Israeli diplomat to estimate the death toll.",
            ("REQUEST", ("lawmakers",), ("ISR",)),
        ),
        (
            "Senators pushed the Israeli government to explain the strike.",
            ("REQUEST", ("lawmakers",), ("ISR",)),
        ),
        ("Senators pushed the Pentagon to release the report.", ("REQUEST", ("lawmakers",), ("USA",))),
    ],
)
def test_pushed_to_act(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's faction never pushed the US government to the brink of a fiscal default.",
        "The crisis pushed Lebanon to the edge of collapse.",
        "Years of sanctions pushed Iran to breaking point.",
    ],
)
def test_pushed_to_the_brink_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


# --- national teams in a match ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "With grounds not yet confirmed, the Bajans will oppose Antigua and Barbuda in Bridgetown on May 9 before "
        "travelling to Cuba for a game four days after.",
        "Jamaica will face Mexico in Saturday's qualifier at the national stadium.",
        "Cuba will meet Haiti in the final of the tournament.",
    ],
)
def test_match_between_national_sides_codes_nothing(text: str) -> None:
    assert triples(text, DAY) == set()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia will oppose the resolution at the Security Council.", "ACCUSE"),
        ("The foreign minister will meet his Cuban counterpart before the match.", "CONSULT"),
    ],
)
def test_politics_next_to_a_match_still_codes(text: str, etype: str) -> None:
    assert etype in _types(text)


# --- how a group is listed, told in an aside ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people were killed in the border towns, most of them during the first raid by Hamas "
        "– proscribed as a terrorist organisation by the UK government.",
        "The attack was claimed by Hezbollah, designated a terrorist organisation by the EU.",
    ],
)
def test_listing_aside_is_no_ban(text: str) -> None:
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK proscribed Hamas as a terrorist group in 2021.", ("COERCE", ("GBR",), ("HAMAS",))),
        ("Russian police detained two activists in Moscow.", ("COERCE", ("RUS",), ("protesters",))),
    ],
)
def test_bans_and_detentions_told_as_acts_stay(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text, DAY)


# --- who names the act in "in what X called ..." ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accuse", "assault"),
    [
        (
            "Israel bombed the port in what Iran described as a war crime.",
            ("ACCUSE", ("IRN",), ("ISR",)),
            ("ASSAULT", ("ISR",), ()),
        ),
        (
            "Russia struck Kyiv in what the Ukrainian government called a terrorist attack.",
            ("ACCUSE", ("UKR",), ("RUS",)),
            ("ASSAULT", ("RUS",), ("UKR",)),
        ),
        (
            "Israel bombed Gaza in what Hamas called a massacre.",
            ("ACCUSE", ("HAMAS",), ("ISR",)),
            ("ASSAULT", ("ISR",), ("PSE",)),
        ),
    ],
)
def test_namer_of_the_act_accuses_its_doer(
    text: str,
    accuse: tuple[str, tuple[str, ...], tuple[str, ...]],
    assault: tuple[str, tuple[str, ...], tuple[str, ...]],
) -> None:
    coded = triples(text, DAY)
    assert accuse in coded
    assert assault in coded


@pytest.mark.parametrize(
    "text",
    [
        "The minister called an emergency meeting after the terrorist attack.",
        "It is unclear what Russia will do next.",
        "Unions called a general strike for Monday.",
    ],
)
def test_no_verdict_without_a_name_for_the_act(text: str) -> None:
    assert "ACCUSE" not in _types(text)


# --- force vowed by its doer ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey said it would keep hitting the troops of President Bashar al-Assad.",
            ("THREATEN", ("TUR",), ("SYR",)),
        ),
        ("Russia vowed to keep attacking Ukrainian energy infrastructure.", ("THREATEN", ("RUS",), ("UKR",))),
        ("The Houthis warned they would attack US warships.", ("THREATEN", ("HOUTHIS",), ("USA",))),
    ],
)
def test_force_vowed_by_its_doer_is_a_threat(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    coded = triples(text, DAY)
    assert expected in coded
    assert "AGREE" not in {t[0] for t in coded}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The EU pledged to continue supporting Ukraine.", "AGREE"),
        ("Israeli jets struck Hezbollah positions in southern Lebanon on Tuesday.", "ASSAULT"),
    ],
)
def test_other_vows_and_past_strikes_unchanged(text: str, etype: str) -> None:
    assert etype in _types(text)


def test_a_plain_plan_to_attack_is_no_threat() -> None:
    # "said they will attack" without force already going on: a plan (the Petrarch pattern set codes nothing)
    assert "THREATEN" not in _types("Obama and Putin said they will attack Iraq.")
