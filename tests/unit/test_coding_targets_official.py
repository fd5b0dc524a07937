"""Whom an act is aimed at in official texts: the attacker, not the victim, of a condemned attack; who holds
the captives whose release is asked; the side a threat's condition bargains with; the place forces are
withdrawn from; the alternative after "not against X but against Y". And two readings that named the
wrong side: an object's owner before "and <verb>", and "meet" as fulfilling a commitment."""

from __future__ import annotations

import datetime as dt

import pytest
from tests.coded import triples

DAY = dt.date(2016, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO condemned the attack on the United States.", ("ACCUSE", ("NATO",), ())),
        (
            "The Council condemned the barbaric acts of terror committed against the United States.",
            ("ACCUSE", (), ("terrorists",)),
        ),
        # unnamed killers are "militants" (gold convention; the dev set codes this wording so): s29 sidefix4
        (
            "The Secretary General condemned the murder of the Russian Ambassador.",
            ("ACCUSE", ("NATO",), ("militants",)),
        ),
    ],
)
def test_a_condemned_attack_does_not_accuse_its_victim(text: str, expected: tuple[object, ...]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("NATO condemned Russia's attack on Ukraine.", ("RUS",)),
        ("NATO condemned the Russian attack on Ukraine.", ("RUS",)),
        ("Russia condemned the NATO strikes on Yugoslavia.", ("NATO",)),
        ("NATO condemned the attack on the Turkish embassy by Kurdish militants.", ("militants",)),
        ("NATO accused Russia of attacks on Ukraine.", ("RUS",)),
        (
            "The Secretary General condemned the hostage-taking in Moscow by Chechen terrorists.",
            ("terrorists",),
        ),
    ],
)
def test_the_named_attacker_stays_accused(text: str, accused: tuple[str, ...]) -> None:
    assert any(e[0] == "ACCUSE" and e[2] == accused for e in triples(text, DAY))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Secretary General called for the immediate and unconditional release of the OSCE military "
            "observers held by separatists in Sloviansk.",
            ("separatists",),
        ),
        ("The United States demanded the release of American citizens detained by Russia.", ("RUS",)),
        ("The EU urged Iran to release the journalists.", ("IRN",)),
        ("NATO called on Russia to release the Ukrainian sailors.", ("RUS",)),
    ],
)
def test_a_release_is_asked_of_whoever_holds_the_captives(text: str, target: tuple[str, ...]) -> None:
    assert any(e[0] == "REQUEST" and e[2] == target for e in triples(text, DAY))


def test_a_threat_is_aimed_at_the_side_its_condition_bargains_with() -> None:
    text = (
        "President Medvedev warned on 23 November 2011 that Russia could deploy Iskander missiles in the "
        "Kaliningrad region if no agreement on missile defence was reached with the United States and NATO."
    )
    assert ("THREATEN", ("RUS",), ("NATO", "USA")) in triples(text, DAY)
    assert ("THREATEN", ("RUS",), ("NATO",)) in triples(
        "Russia will take countermeasures if NATO deploys missiles in Poland.", DAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russia would take countermeasures if NATO went ahead, and it would consult with China.",
        "Russia warned it would respond to any deployment.",
    ],
)
def test_no_partner_outside_the_condition(text: str) -> None:
    assert not any(e[0] == "THREATEN" and "CHN" in e[2] for e in triples(text, DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The announcement that the main part of Russia's military contingent will be withdrawn from Syria "
            "could be a positive step.",
            (("RUS",), ("SYR",)),
        ),
        ("Russian troops were withdrawn from Georgia in 2007.", (("RUS",), ("GEO",))),
    ],
)
def test_forces_withdrawn_are_pulled_out_by_their_owner(
    text: str, expected: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert any(e[0] in ("RETREAT", "CONCEDE") and (e[1], e[2]) == expected for e in triples(text, DAY))


def test_a_withdrawn_proposal_is_no_pull_out() -> None:
    assert not any(e[0] == "RETREAT" for e in triples("The proposal was withdrawn by Russia.", DAY))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Russia has launched air strikes in Syria that do not appear to be directed against ISIL but "
            "against the Syrian opposition and civilians.",
            ("civilians", "opposition"),
        ),
        ("Russia launched air strikes against ISIL, but not against the opposition.", ("ISIL",)),
        ("Russia launched air strikes against ISIL.", ("ISIL",)),
    ],
)
def test_not_against_x_but_against_y(text: str, target: tuple[str, ...]) -> None:
    assert any(e[0] == "ASSAULT" and e[1] == ("RUS",) and e[2] == target for e in triples(text, DAY))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Allies raised Russia's aggressive actions in Ukraine and called on Moscow to use its considerable "
            "influence over the separatists.",
            ("REQUEST", ("NATO",), ("RUS",)),
        ),
        ("NATO raised Russia's actions and called on Moscow to withdraw.", ("REQUEST", ("NATO",), ("RUS",))),
        # the owner opening the sentence is still the subject
        ("Russia's foreign minister arrived and called on NATO to talk.", ("REQUEST", ("RUS",), ("NATO",))),
        (
            "NATO condemned Russia's actions and called on Moscow to withdraw.",
            ("REQUEST", ("NATO",), ("RUS",)),
        ),
    ],
)
def test_an_objects_owner_is_not_the_next_verbs_subject(text: str, expected: tuple[object, ...]) -> None:
    assert expected in triples(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Russia must meet its Minsk commitments.",
        "Allies have failed to meet the NATO target of 2 percent.",
        "Ukraine met the requirements set by the EU.",
    ],
)
def test_meeting_a_commitment_is_no_meeting(text: str) -> None:
    assert not any(e[0] == "CONSULT" for e in triples(text, DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Putin will meet Erdogan in Sochi.",
        "Putin met the Turkish President in Sochi to discuss the needs of refugees.",
        "Lavrov met his Turkish counterpart.",
    ],
)
def test_meetings_with_people_stay(text: str) -> None:
    assert any(e[0] == "CONSULT" and e[2] == ("TUR",) for e in triples(text, DAY))


SG = "Press conference by NATO Secretary General Jens Stoltenberg; 'I'/'we' is the Secretary General, for NATO."


@pytest.mark.parametrize(
    "text",
    [
        "Russia must fully disclose its Novichok programme to the OPCW and cooperate with an impartial "
        "international investigation.",
        "Russia must destroy all its SSC-8 missiles.",
        "Russia needs to explain what happened.",
    ],
)
def test_what_a_side_must_do_is_demanded_of_it(text: str) -> None:
    assert ("REQUEST", ("NATO",), ("RUS",)) in triples(text, DAY, context=SG)


@pytest.mark.parametrize(
    "text",
    [
        "We must cooperate more closely with the EU.",
        "This must be investigated.",
        "Countries that want to join must implement reforms.",
    ],
)
def test_no_demand_without_a_side_other_than_the_speaker(text: str) -> None:
    assert not any(e[0] == "REQUEST" for e in triples(text, DAY, context=SG))


def test_the_judge_of_an_unowned_plan_is_not_its_doer() -> None:
    coded = triples("I welcome the agreement to extend the ceasefire.", DAY, context=SG)
    assert not any(e[0] == "CONCEDE" and e[1] == ("NATO",) for e in coded)


@pytest.mark.parametrize(
    "text",
    [
        "I welcome the decision by Russia to withdraw its troops.",
        "We welcome Russia's decision to withdraw its troops.",
    ],
)
def test_an_owned_plan_keeps_its_owner(text: str) -> None:
    assert ("RETREAT", ("RUS",), ()) in triples(text, DAY, context=SG)


def test_the_speakers_own_decision_stays_the_speakers() -> None:
    assert any(
        e[0] == "SANCTION" and e[1] == ("NATO",)
        for e in triples("We made the decision to suspend cooperation.", DAY, context=SG)
    )


def test_an_act_aimed_at_unnamed_others_takes_no_other_actor() -> None:
    text = "We are faced with a more assertive Russia, which has used force against its neighbours."
    assert ("ASSAULT", ("RUS",), ()) in triples(text, DAY, context=SG)


def test_the_one_other_actor_is_still_the_target() -> None:
    assert ("MOBILIZE", ("RUS",), ("TUR",)) in triples(
        "Russia violated Turkish airspace, and we condemn this.", DAY, context=SG
    )


def test_he_is_a_person_named_before_not_a_capital() -> None:
    import datetime as dt

    from detente.coding.actors import load_dictionary
    from detente.coding.patterns import tokenize
    from detente.coding.units import actor_units

    text = "Mr Ivanov briefed President Putin on his talks in Washington and said he had met Powell."
    day = dt.date(2002, 5, 1)
    units = actor_units(text, tokenize(text), load_dictionary().match(text, date=day), speaker=None)
    assert [u.code for u in units if u.text == "he"] == ["RUS"]
    # with no person named before, "he" takes the nearest actor as before
    text = "Washington said he would come."
    units = actor_units(text, tokenize(text), load_dictionary().match(text, date=day), speaker=None)
    assert [u.code for u in units if u.text == "he"] == ["USA"]
