"""World wire news: domestic unrest and its repression (crowds, police, concessions to protesters)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2015, 6, 1)


def triples(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "riot police": the bare verb form modifies a noun, and police beat / fire as a plural subject
        (
            "Riot police beat demonstrators with batons in the capital overnight, witnesses said.",
            ("ASSAULT", ("police",), ("protesters",)),
        ),
        (
            "Police fire tear gas at students marching on the education ministry.",
            ("ASSAULT", ("police",), ("students",)),
        ),
        # a crowd told by what it was doing when acted on: the crackdown hits protesters
        (
            "Belarusian riot police detained thousands of people protesting against the official results.",
            ("COERCE", ("BLR",), ("protesters",)),
        ),
        (
            "Police detained dozens of people demonstrating outside parliament on Friday.",
            ("COERCE", ("police",), ("protesters",)),
        ),
        (
            "Police detained dozens of people demonstrating outside parliament on Friday.",
            ("PROTEST", ("protesters",), ()),
        ),
        (
            "Riot police drove protesters out of the main square in Manama on Wednesday.",
            ("COERCE", ("police",), ("protesters",)),
        ),
        # police deployed in a passive: the state of the place they are sent across mobilises them
        (
            "Thousands of police were deployed across the Sri Lankan capital Colombo on Thursday.",
            ("MOBILIZE", ("LKA",), ()),
        ),
        (
            "Extra police were deployed in Nairobi ahead of the opposition march.",
            ("MOBILIZE", ("KEN",), ("opposition",)),
        ),
        # crowds storming seats of power protest; "opposition supporters" are the opposition
        (
            "Opposition supporters stormed the parliament in Belgrade on Thursday.",
            ("PROTEST", ("opposition",), ("SRB",)),
        ),
        (
            "Angry demonstrators stormed the US embassy in Tunis on Friday.",
            ("PROTEST", ("protesters",), ("USA",)),
        ),
        # business deals signed between states are cooperation; relief handed out where people are is aid
        (
            "Brazil and China signed a series of deals on trade and energy worth billions of dollars.",
            ("COOPERATE", ("BRA", "CHN"), ()),
        ),
        (
            "The World Food Programme delivered food rations to 20,000 people in Port-au-Prince on Friday.",
            ("AID", ("UN",), ("HTI",)),
        ),
        (
            "Saudi Arabia sent planes loaded with food and medical supplies to earthquake-hit Syria.",
            ("AID", ("SAU",), ("SYR",)),
        ),
        # a state's opposition acts as the opposition, against its state
        (
            "Egypt's opposition appealed to President Mohamed Mursi to postpone the referendum.",
            ("REQUEST", ("opposition",), ("EGY",)),
        ),
        (
            "Belarusian opposition leaders refused to recognise Lukashenko's inauguration.",
            ("REJECT", ("opposition",), ("BLR",)),
        ),
        # executions of one person, and rape ("raped" is no form of "rap"; "rapped" still rebukes)
        (
            "Iran publicly hanged a second man convicted over the nationwide protests.",
            ("ASSAULT", ("IRN",), ("protesters",)),
        ),
        (
            "Government soldiers raped scores of women and girls in eastern Congo, UN investigators said.",
            ("ASSAULT", ("military",), ("civilians",)),
        ),
        ("Moscow rapped Washington over the new sanctions.", ("ACCUSE", ("RUS",), ("USA",))),
        # a bomb's unnamed planters are militants
        (
            "A car bomb ripped through a police checkpoint in central Istanbul, killing dozens of officers.",
            ("ASSAULT", ("militants",), ("police",)),
        ),
        (
            "A bomb exploded at a bus station in Kano on Monday, killing 20 people.",
            ("ASSAULT", ("militants",), ("civilians",)),
        ),
        # workers who "remained off the job" strike (no participle describing them)
        (
            "Some 12,000 miners at the platinum mine remained off the job on Thursday, demanding higher pay.",
            ("PROTEST", ("workers",), ()),
        ),
        # a crowd or profession "in" a state stays itself; police there act for the state
        (
            "Doctors in Kenya began a nationwide strike on Monday over unpaid salaries.",
            ("PROTEST", ("doctors",), ("KEN",)),  # s22-newsactors: gold codes doctors "doctors"
        ),
        # a leader who will not run again concedes
        (
            "Hosni Mubarak said in a televised address that he would not stand for re-election in September.",
            ("CONCEDE", ("EGY",), ()),
        ),
        # a concession or resignation after protests yields to the protesters
        (
            "Bolivian President Evo Morales resigned on Sunday after three weeks of protests over the election.",
            ("RETREAT", ("BOL",), ("protesters",)),
        ),
        (
            "Nicaragua's government scrapped the pension reform after days of deadly demonstrations.",
            ("CONCEDE", ("NIC",), ("protesters",)),
        ),
    ],
)
def test_wire_unrest_codes_its_event(
    text: str, expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "riot" in "riot police" / "riot gear" is no riot
        ("Riot police in riot gear stood guard outside the stadium on Saturday.", "PROTEST"),
        ("The army sent riot troops to the border town on Monday.", "PROTEST"),
        # a disaster's participles, and readiness to strike, are no attacks
        (
            "A hurricane swept across Haiti's southern peninsula, killing hundreds and destroying homes.",
            "ASSAULT",
        ),
        (
            "North Korea put its rocket units on combat readiness and ordered them to prepare to strike US"
            " bases.",
            "ASSAULT",
        ),
        # running again is no concession
        ("Vladimir Putin will stand for re-election in March, the Kremlin said.", "CONCEDE"),
        ("Vladimir Putin will stand for re-election in March, the Kremlin said.", "REJECT"),
        # an explosion alone may be an accident
        (
            "The corvette sank near the maritime border after an explosion ripped through its hull.",
            "ASSAULT",
        ),
        # a peace agreement signed is support, not business cooperation
        ("Ethiopia and Eritrea signed a peace agreement in Algiers on Tuesday.", "COOPERATE"),
        # troops storming a palace attack it: no protest, and no deployment
        ("Troops stormed the presidential palace in the capital.", "PROTEST"),
        ("Troops stormed the presidential palace in the capital.", "MOBILIZE"),
        # troops sent to a border with another state are not that state's
        ("Troops were deployed to the border with China on Monday.", "NOTHING-BY-CHINA"),
        # police marching is no protest by the police ("people demonstrating" only)
        ("Police detained hundreds of people marching through the capital.", "MOBILIZE"),
    ],
)
def test_wire_look_alikes_code_no_such_event(text: str, absent: str) -> None:
    if absent == "NOTHING-BY-CHINA":
        assert all("CHN" not in e[1] for e in triples(text))
    else:
        assert all(e[0] != absent for e in triples(text))


def test_resignation_without_protest_keeps_no_target() -> None:
    """A resignation with no protest named is made to no one."""
    found = triples("Germany's defence minister resigned on Tuesday over plagiarism in his thesis.")
    assert ("RETREAT", ("DEU",), ()) in found
