"""Criticism, protest and refusal told without the obvious verbs: official judgements of another's act ("a relic
of the Cold War", "pouring oil on the fire", "has serious questions to answer"), protests told as what broke
out or spread, strikes named by their kind, and what one will never accept; with look-alikes that must not
code (one's own regret, a military strike, a neutral description)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence


def coded(text: str, date: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, e.source, e.target) for e in code_sentence(text, date=dt.date.fromisoformat(date))
    }


def types(text: str, date: str) -> set[str]:
    return {e for e, _, _ in coded(text, date)}


@pytest.mark.parametrize(
    ("text", "date", "event", "source", "target"),
    [
        (
            "Moscow regards the expulsion of Russian diplomats by several EU members as an openly hostile step.",
            "2021-05-10",
            "ACCUSE",
            ("RUS",),
            ("EU",),
        ),
        (
            "Lavrov said the Alliance's new strategic concept was a relic of the Cold War.",
            "2022-07-01",
            "ACCUSE",
            ("RUS",),
            ("NATO",),
        ),
        (
            "The Secretary General said Russia has serious questions to answer about the poisoning.",
            "2020-09-10",
            "ACCUSE",
            ("NATO",),
            ("RUS",),
        ),
        (
            "Beijing said Washington was pouring oil on the fire by sending more weapons to Taiwan.",
            "2023-02-01",
            "ACCUSE",
            ("CHN",),
            ("USA",),
        ),
        (
            "The Kremlin said London was trying to shift the blame for the failure of the talks.",
            "2022-04-05",
            "ACCUSE",
            ("RUS",),
            ("GBR",),
        ),
        (
            "Zakharova said Warsaw had crossed a red line by holding the Russian journalists.",
            "2021-11-15",
            "ACCUSE",
            ("RUS",),
            ("POL",),
        ),
        (
            "Moscow expressed strong protest to Oslo over the detention of a Russian citizen.",
            "2018-06-20",
            "ACCUSE",
            ("RUS",),
            ("NOR",),
        ),
        (
            "The Russian Foreign Ministry said the statements of the Lithuanian president were insulting.",
            "2022-06-01",
            "ACCUSE",
            ("RUS",),
            ("LTU",),
        ),
        (
            "Ankara said the European Parliament's vote was unworthy of the bloc.",
            "2016-08-01",
            "ACCUSE",
            ("TUR",),
            ("EU",),
        ),
        (
            "Teachers across Portugal held a nationwide strike against the education reform.",
            "2023-01-20",
            "PROTEST",
            ("workers",),
            ("PRT",),
        ),
        (
            "Protests broke out in Santiago over a rise in metro fares.",
            "2019-10-18",
            "PROTEST",
            ("protesters",),
            ("CHL",),
        ),
        (
            "Demonstrations spread to dozens of cities in Iran.",
            "2022-09-25",
            "PROTEST",
            ("protesters",),
            ("IRN",),
        ),
        (
            "Hundreds of people gathered in the central square of Yangon for a second week to protest against the coup.",
            "2021-03-01",
            "PROTEST",
            ("protesters",),
            ("MMR",),
        ),
        (
            "Supporters of the president stormed the Capitol in Washington.",
            "2021-01-06",
            "PROTEST",
            ("protesters",),
            ("USA",),
        ),
        (
            "The Foreign Minister said Kyiv would not accept any arrangement that limits its right to join NATO.",
            "2022-01-20",
            "REJECT",
            ("UKR",),
            ("NATO",),
        ),
    ],
)
def test_codes_criticism_protest_and_refusal(
    text: str, date: str, event: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert (event, source, target) in coded(text, date)


def test_claimant_is_not_the_one_accused() -> None:
    """The judged subject of a claim is the one accused, not the claimant."""
    events = coded(
        "Foreign Minister Sergey Lavrov claimed that NATO countries were fuelling the conflict by sending weapons.",
        "2022-06-01",
    )
    assert ("ACCUSE", (), ("RUS",)) not in events
    assert any(e == "ACCUSE" and s == ("RUS",) and t == ("NATO",) for e, s, t in events)


@pytest.mark.parametrize(
    ("text", "date", "event", "source", "target"),
    [
        (
            "The Kremlin said Putin would not attend the summit in Johannesburg.",
            "2023-07-19",
            "REJECT",
            ("RUS",),
            ("ZAF",),
        ),
        (
            "Lavrov said the West's sanctions were an attempt to distract attention from its own failures.",
            "2022-05-01",
            "ACCUSE",
            ("RUS",),
            ("WEST",),
        ),
        (
            "Peskov said Washington's statement showed its true intentions.",
            "2022-02-01",
            "ACCUSE",
            ("RUS",),
            ("USA",),
        ),
    ],
)
def test_meetings_refused_and_aims_exposed(
    text: str, date: str, event: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert (event, source, target) in coded(text, date)


def test_feelings_voiced_are_no_passive() -> None:
    """ "Is outraged by" names the cause after "by": the subject accuses, it is not accused."""
    events = coded("Moscow was shocked by the decision of the Latvian authorities.", "2023-06-01")
    assert ("ACCUSE", ("RUS",), ("LVA",)) in events


def test_nothing_short_of_piracy() -> None:
    events = coded("Zakharova said Washington's actions were nothing short of piracy.", "2023-06-01")
    assert ("ACCUSE", ("RUS",), ("USA",)) in events


def test_a_crowd_in_a_city_protests_against_its_state() -> None:
    """ "Students in Belgrade" are students protesting against Serbia, not Serbia protesting."""
    events = coded("Students in Belgrade blocked the main roads.", "2024-12-20")
    assert ("PROTEST", ("students",), ("SRB",)) in events


def test_a_meeting_missed_is_no_refusal() -> None:
    assert "REJECT" not in types("Putin did not attend the summit because of illness.", "2023-07-19")


def test_never_recognise_the_vote_is_a_refusal() -> None:
    assert "REJECT" in types(
        "NATO said it would never recognise the results of the vote held in occupied Crimea.", "2019-02-12"
    )


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        # one's own inability is regretted, no one else blamed
        (
            "The Russian Foreign Ministry said it regretted that it had been unable to send a delegation to the ceremony.",
            "2018-04-02",
            "ACCUSE",
        ),
        ("Peskov said the Kremlin was following the talks with interest.", "2019-04-01", "ACCUSE"),
        # a military strike and a response team are no labour strike
        ("The minister said the air strike had destroyed a rebel depot.", "2017-03-01", "PROTEST"),
        (
            "The ministry said the national strike team had been sent to the site of the oil spill.",
            "2020-05-05",
            "PROTEST",
        ),
        (
            "The ambassador described the meeting with his Turkish counterpart as useful.",
            "2021-09-09",
            "ACCUSE",
        ),
        (
            "The Secretary General praised Finland for its commitment to shared security.",
            "2023-04-04",
            "ACCUSE",
        ),
    ],
)
def test_look_alikes_do_not_code(text: str, date: str, absent: str) -> None:
    assert absent not in types(text, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act judged an escalation, or by the harm it is meant to do, is held against its doer
        (
            "Warsaw said the Russian manoeuvres near its border were a dangerous escalation.",
            {("ACCUSE", ("POL",), ("RUS",))},
        ),
        (
            "Poland said the Russian exercises were designed to intimidate its neighbours.",
            {("ACCUSE", ("POL",), ("RUS",))},
        ),
    ],
)
def test_acts_judged_an_escalation_or_meant_to_intimidate(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert coded(text, "2023-06-01") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The exercises are designed to test the readiness of NATO forces.",
        "The programme was designed to strengthen cooperation between Russia and NATO.",
    ],
)
def test_a_purpose_that_harms_no_one_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in types(text, "2023-06-01")
