"""Look-alikes found by a precision audit of real text (session 19): "try ... for" told of an attempt, not a
trial; "sign" words that sign nothing (placards, sign-ups, signed memorabilia); "train" words that give no
one training. Each with a near sentence that must still code. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2020, 6, 1)


def _events(text: str) -> set[coded.Triple]:
    return coded.triples(text, DAY, sort=False)


def _types(text: str) -> set[str]:
    return {e[0] for e in _events(text)}


# --- "try ... for": an attempt, not a court's trial


@pytest.mark.parametrize(
    "text",
    [
        'He added, "We have been trying to educate people just for them to be aware."',
        "But they will not be trying to become parents for a third time.",
        "The medical students tried to care for locals in those areas.",
        "Try again or visit Twitter Status for more information.",
        "The departments attempt to bring workers back after trying for years to cut costs.",
    ],
)
def test_an_attempt_is_no_trial(text: str) -> None:
    assert "COERCE" not in _types(text)


def test_a_trial_names_whom_it_tries() -> None:
    events = _events("A Russian court tried the two Estonian officers for espionage.")
    assert ("COERCE", ("RUS",), ("EST",)) in events


def test_a_trial_told_in_the_passive() -> None:
    assert "COERCE" in _types("The Ukrainian journalist was tried for treason in Moscow.")


# --- "sign" words that sign nothing


@pytest.mark.parametrize(
    "text",
    [
        "Riot police are standing between people holding anti-immigration signs and a group of counter-protesters.",
        "Readers can sign up for the Russian embassy newsletter online.",
        "Serena donates signed dress to Australian bushfire appeal.",
    ],
)
def test_nothing_signed(text: str) -> None:
    assert not _types(text) & {"SUPPORT", "AGREE"}, _events(text)


def test_signs_of_a_crowd_keep_its_protest() -> None:
    events = _events('Demonstrators outside the embassy waved signs reading "Russia out of Ukraine".')
    assert ("PROTEST", ("protesters",), ("RUS",)) in events
    assert "SUPPORT" not in {e[0] for e in events}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ukraine signs a deal with Poland on grain transit.", ("SUPPORT", ("UKR",), ("POL",))),
        (
            "Putin signs a decree recognising the independence of Abkhazia.",
            ("SUPPORT", ("RUS",), ("abkhazia",)),
        ),
        ("Hungary signed up to the EU sanctions against Russia.", ("AGREE", ("HUN",), ("EU",))),
    ],
)
def test_a_signing_stays(text: str, triple: coded.Triple) -> None:
    assert triple in _events(text)


# --- "train" words that give no one training


@pytest.mark.parametrize(
    "text",
    [
        "It is up to us, universities, to develop training programmes for these teachers.",
        "The Barbados footballers training ahead of a match against Dominica.",
        "The Indian team was training for the match against Pakistan.",
        "We must train as many specialists as the Russian Armed Forces needs.",
        "Those Russian firms need highly trained employees from Germany.",
    ],
)
def test_no_one_given_training(text: str) -> None:
    assert "AID" not in _types(text), _events(text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Russian specialists are training Afghan technicians to service the helicopters.",
            ("AID", ("RUS",), ("AFG",)),
        ),
        ("Officials said Russia had well trained Syrian forces.", ("AID", ("RUS",), ("SYR",))),
        ("NATO has trained Ukrainian soldiers in Britain.", ("AID", ("NATO",), ("UKR",))),
        ("Britain trained Ukrainian pilots for months.", ("AID", ("GBR",), ("UKR",))),
    ],
)
def test_training_given_stays_aid(text: str, triple: coded.Triple) -> None:
    assert triple in _events(text)
