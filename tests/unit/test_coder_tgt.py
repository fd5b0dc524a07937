"""Who did it and to whom: the sides of events whose type is found — every agent of a passive ("rejected
by China and Russia"), threats told to someone or answering another act, vetoes cast in a body, a
resolution's topic, subjects shared across an aside, and sayers not taken across a semicolon."""

from __future__ import annotations

import datetime as dt

import pytest

import coded
from detente.coding.coder import code_sentence

PUB = dt.date(2022, 6, 1)

Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def triples(text: str, context: str | None = None) -> set[Triple]:
    return coded.triples(text, PUB, context=context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every agent of a passive, and none of them the target
        ("The US proposal was rejected by China and Russia.", ("REJECT", ("CHN", "RUS"), ("USA",))),
        ("Ukraine was attacked by Russia and Belarus.", ("ASSAULT", ("BLR", "RUS"), ("UKR",))),
        (
            "Russian diplomats were expelled by the United States and Canada.",
            ("SANCTION", ("CAN", "USA"), ("RUS",)),
        ),
        (
            "The candidates have been largely agreed by the Syrian government and the opposition.",
            ("AGREE", ("SYR", "opposition"), ()),
        ),
        # a threat told to someone is aimed at the one told
        (
            "President Biden told President Putin that the United States would respond with strong measures"
            " in the event of further escalation against Ukraine.",
            ("THREATEN", ("USA",), ("RUS",)),
        ),
        # a threat answering another act is aimed at its doer
        (
            "The United States announced visa bans against Russian officials, and Moscow warned that such"
            " steps will not go unanswered.",
            ("THREATEN", ("RUS",), ("USA",)),
        ),
        # a veto is cast against the body that votes; what the draft is about is no target
        (
            "Russia and China vetoed a draft resolution on Ukraine in the UN Security Council.",
            ("REJECT", ("CHN", "RUS"), ("UN",)),
        ),
        ("The resolution was vetoed by Russia in the Security Council.", ("REJECT", ("RUS",), ("UN",))),
        ("Hungary vetoed the revision of the EU's long-term budget.", ("REJECT", ("HUN",), ("EU",))),
        # "and, in response, ordered": the verb shares the subject before the aside
        (
            "The Russian Foreign Ministry called the expulsions a provocation and, in response, ordered two"
            " Canadian diplomats to leave Moscow.",
            ("SANCTION", ("RUS",), ("CAN",)),
        ),
        (
            "Turkey condemned the attack and, in retaliation, launched strikes against Syrian government forces.",
            ("ASSAULT", ("TUR",), ("SYR",)),
        ),
        # a participle after a trailing attribution belongs to the sayer
        (
            "Washington has not disbursed any of the money earmarked for Palestinian projects this year,"
            " Palestinian officials said, accusing the US of political blackmail.",
            ("ACCUSE", ("PSE",), ("USA",)),
        ),
        # the subject of a complement clause is the clause's own; the announcer does a future hostile act
        (
            "NATO foreign ministers agreed in Brussels that meetings of the NATO-Russia Council would be put"
            " on hold while Russian troops remained in Georgia.",
            ("SANCTION", ("NATO",), ("RUS",)),
        ),
        (
            "Moscow called the expulsions a crude provocation and announced that two NATO officials working"
            " in Moscow would be asked to leave the country.",
            ("SANCTION", ("RUS",), ("NATO",)),
        ),
        # "the decision of X to V": X does V
        (
            "I condemn the decision of Russia's President to recognise South Ossetia and Abkhazia as"
            " independent states.",
            ("SUPPORT", ("RUS",), ("abkhazia", "south ossetia")),
        ),
        # both subjects after a subordinator; a list that repeats its preposition
        (
            "Moldova declined to sign the memorandum after the OSCE and the United States raised objections"
            " to its provisions on Russian troops.",
            ("ACCUSE", ("OSCE", "USA"), ("RUS",)),
        ),
        ("The EU imposed sanctions on Iran and on North Korea.", ("SANCTION", ("EU",), ("IRN", "PRK"))),
        (
            "The European Council decided to grant the status of candidate country to Ukraine and to the"
            " Republic of Moldova.",
            ("AGREE", ("EU",), ("MDA", "UKR")),
        ),
    ],
)
def test_sides(text: str, expected: Triple) -> None:
    assert expected in triples(text)


def test_relative_that_is_no_clause() -> None:
    # "that were seized by Poland" is a relative clause: the passive's patient is not emptied
    got = triples("Moscow said the territories that were seized by Poland in 1920 had been returned.")
    assert not any("GBR" in t[2] for t in got)


def test_participle_without_attribution_keeps_subject() -> None:
    got = triples("Russia expelled two Estonian diplomats on Monday, accusing them of espionage.")
    assert any(t[0] == "ACCUSE" and t[1] == ("RUS",) for t in got)


def test_other_preposition_is_no_list() -> None:
    # "on Tuesday" after "and" is a date, not another target of the sanctions
    got = triples("The EU imposed sanctions on Russia and on Tuesday sent aid to Ukraine.")
    assert ("SANCTION", ("EU",), ("RUS",)) in got


def test_pronoun_object_of_participle() -> None:
    # "accusing them": the diplomats expelled, not NATO named in what they are accused of
    got = triples("Russia expelled two Estonian diplomats, accusing them of spying for NATO.")
    assert ("ACCUSE", ("RUS",), ("EST",)) in got
    assert not any(t[0] == "ACCUSE" and "NATO" in t[2] for t in got)


def test_sayer_not_across_semicolon() -> None:
    # the threat is the ministry's (the speaker's), never that of the actor who announced the sanctions
    text = (
        "Washington and Brussels have announced visa bans and asset freezes against a number of Russian"
        " officials; the Foreign Ministry warned that such steps will not go unanswered."
    )
    got = triples(text, "Statement by the Ministry of Foreign Affairs of the Russian Federation")
    # aimed at both who announced "such steps" (the read Russian-official gold codes both; s32-warnings)
    assert ("THREATEN", ("RUS",), ("EU", "USA")) in got
    assert not any(t[0] == "THREATEN" and "USA" in t[1] for t in got)
    bare = triples(text)
    assert not any(t[0] == "THREATEN" and "USA" in t[1] for t in bare)


@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoed the resolution.",
        "Russia vetoed a Western-backed draft resolution on Syria.",
    ],
)
def test_veto_without_a_body(text: str) -> None:
    # no body named: the topic of the draft is not made the target (the draft's backers may be: "Western-backed")
    got = triples(text)
    assert any(t[0] == "REJECT" and t[1] == ("RUS",) and t[2] in ((), ("WEST",)) for t in got)


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov told reporters that the talks with NATO would continue next week.",
        "Canada and Japan are both members of the G7.",
        "The resolution on Ukraine was drafted by France and Germany.",
        "The Secretary General told the ministers that the summit would be held in Vilnius.",
    ],
)
def test_look_alikes_code_nothing(text: str) -> None:
    assert triples(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two states written as one hyphenated word are both sides
        (
            "Lithuania condemned the joint Russian-Belarusian drills.",
            {("ACCUSE", ("LTU",), ("RUS", "BLR"))},
        ),
        (
            "President Putin praised the outcome of the Russian-German summit.",
            {("SUPPORT", ("RUS",), ("DEU",))},
        ),
    ],
)
def test_a_hyphenated_pair_of_states_is_a_list(
    text: str, expected: set[tuple[str, tuple[str, ...], tuple[str, ...]]]
) -> None:
    got = {(e.event.value, e.source, e.target) for e in code_sentence(text, date=dt.date(2023, 6, 1))}
    assert got == expected
