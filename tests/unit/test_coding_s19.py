"""Coder fixes of session 19: the subject of a clause that opens with "that"/"which" after an act noun,
cleft sentences ("It was X that ..."), forces told as massed near a border. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY, sort=False)


# --- a relative clause after an attack noun: the attack is its subject, not the one who condemns it


@pytest.mark.parametrize(
    ("text", "condemner"),
    [
        ("Germany condemned the Russian missile strike on Kyiv that killed five people.", "DEU"),
        ("France condemned the attack on the embassy, which killed two guards.", "FRA"),
        ("Turkey condemned the suicide bombing that killed 12 soldiers in Ankara.", "TUR"),
        ("Poland condemned the drone attack on Lviv which wounded dozens of civilians.", "POL"),
    ],
)
def test_condemner_is_not_the_attacker_of_a_relative_clause(text: str, condemner: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[0] == "ASSAULT" and condemner in e[1]], events
    assert any(e[0] == "ACCUSE" and e[1] == (condemner,) for e in events), events


def test_owner_of_the_attack_noun_stays_the_attacker() -> None:
    events = _events("Germany condemned the Russian missile strike on Kyiv that killed five people.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in events


def test_owner_of_a_thing_is_not_the_doer_of_its_clause() -> None:
    # the camp does not kill: its owner is no attacker
    text = "Colombian troops raided a FARC camp inside Ecuador that killed a rebel commander."
    assert not [e for e in _events(text) if e[0] == "ASSAULT" and e[1] == ("FARC",)]


def test_actor_antecedent_still_acts() -> None:
    # an actor before "which" is the doer, as before
    events = _events("The Alliance, which attacked Serbian positions in 1995, ended its operation.")
    assert any(e[0] == "ASSAULT" and e[1] == ("NATO",) for e in events), events


# --- cleft sentences: "It was X that V ..." is active, X the subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was Russia that attacked Ukraine in 2014.", ("ASSAULT", ("RUS",), ("UKR",))),
        ("It was NATO that bombed Yugoslavia in 1999.", ("ASSAULT", ("NATO",), ("SRB",))),
    ],
)
def test_cleft_subject_is_the_doer(text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    assert expected in _events(text)


def test_passive_after_relative_word_stays_passive() -> None:
    # "which was attacked": the be-form is after the relative word, so the clause is passive
    events = _events("Ukraine, which was attacked by Russia in 2014, asked NATO for help.")
    assert ("ASSAULT", ("RUS",), ("UKR",)) in events


# --- forces told as massed or stationed near a border, with no verb of sending


@pytest.mark.parametrize(
    "text",
    [
        "Satellite images show 30,000 Russian troops, with tanks, artillery and combat aircraft, massed close to"
        " the border with Ukraine.",
        "Several thousand Russian troops remain stationed near the Ukrainian border.",
        "About 90,000 Russian troops are concentrated near Ukraine's borders.",
    ],
)
def test_forces_massed_near_a_border_mobilize(text: str) -> None:
    assert ("MOBILIZE", ("RUS",), ("UKR",)) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The US has 35,000 troops stationed in Germany.",  # a garrison, no build-up
        "Police forces concentrated on the investigation.",
    ],
)
def test_garrison_or_focus_is_no_mobilization(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "MOBILIZE"]


# --- a meeting told by how long it lasted or how it was conducted; not one in a background clause


def test_meeting_told_by_its_length_is_a_consult_of_the_documents_sides() -> None:
    lines = [
        "Vladimir Putin met with the Prime Minister of India in the Kremlin.",
        "The talks lasted more than three hours.",
        "The negotiations were conducted in a friendly atmosphere.",
    ]
    coded_lines = coded.stream(lines, DAY, context="Vladimir Putin, President of Russia")
    assert coded_lines[1] == [("CONSULT", ["IND", "RUS"], [])]
    assert coded_lines[2] == [("CONSULT", ["IND", "RUS"], [])]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to a truce after talks in Moscow that lasted ten hours.",
        "The war lasted four years.",
        "The investigation is underway.",
    ],
)
def test_no_meeting_reported(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "CONSULT"], _events(text)


# --- condemning repression accuses whoever represses, not its victims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia condemned the crackdown on protesters in Belarus.", ("ACCUSE", ("RUS",), ("BLR",))),
        (
            "The EU condemned the arrest of opposition leaders by the Belarusian authorities.",
            ("ACCUSE", ("EU",), ("BLR",)),
        ),
    ],
)
def test_condemned_repression_accuses_the_doer(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    events = _events(text)
    assert expected in events
    assert not [e for e in events if e[0] == "ACCUSE" and set(e[2]) & {"protesters", "opposition"}]


def test_condemned_attack_on_a_state_still_accuses_no_victim() -> None:
    assert ("ACCUSE", ("NATO",), ("USA",)) not in _events("NATO condemned the attack on the United States.")


# --- a demonym before a word of memory or a past time is no actor ("Soviet war memorials")


def test_soviet_memorials_in_a_state_accuse_that_state() -> None:
    assert ("ACCUSE", ("RUS",), ("LVA",)) in _events(
        "Russia condemned the demolition of Soviet war memorials in Latvia."
    )


def test_soviet_troops_still_act() -> None:
    day = dt.date(1989, 2, 15)
    assert ("RETREAT", ("SUN",), ("AFG",)) in coded.triples(
        "Soviet troops withdrew from Afghanistan today.", day, sort=False
    )


# --- a noun of the act a verb already coded is its object, not a second event


def test_aid_noun_after_its_verb_is_one_event_with_the_verbs_polarity() -> None:
    text = "The United States will provide an additional $200 million in humanitarian assistance to Ukraine."
    events = code_sentence(text, date=DAY)
    assert [(e.event.value, e.source, e.target, e.polarity.value) for e in events] == [
        ("AID", ("USA",), ("UKR",), "future")
    ]


def test_two_sanctions_listed_are_one_when_the_same_sides() -> None:
    text = "Washington announced visa bans and asset freezes against a number of Russian officials."
    assert [e for e in _events(text) if e[0] == "SANCTION"] == [("SANCTION", ("USA",), ("RUS",))]


def test_noun_event_between_other_sides_stays() -> None:
    events = _events("Germany will fund French military assistance to Ukraine.")
    assert ("AID", ("FRA",), ("UKR",)) in events, events


# --- a deployment forgone on the condition that the other side does not deploy: a restraint (CONCEDE)


@pytest.mark.parametrize(
    "text",
    [
        "Russia will not deploy intermediate-range missiles in Europe as long as American ones do not appear"
        " there.",
        "Moscow would not station such systems in the region unless US missiles were deployed there first.",
    ],
)
def test_conditional_restraint_concedes(text: str) -> None:
    assert [e[0] for e in _events(text)] == ["CONCEDE"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "NATO will not send troops into Ukraine.",  # a refusal with no condition: a denied deployment
        "Russia has not deployed new missiles as long as the treaty was in force.",  # no pledge
    ],
)
def test_denied_deployment_is_no_restraint(text: str) -> None:
    assert "CONCEDE" not in [e[0] for e in _events(text)]
