"""Wording of Kremlin-style readouts and addresses (written here in our own words): topics of a
meeting told with the meeting or its topic as subject ("The conversation centred on ...", "Also addressed
were ...", "There was an exchange of views on ...", a quoted idiom for aligning positions), commitments and
political will stated of both sides, a high opinion of relations, a proposal to expand something; and what
must not code: thanks or congratulations addressed to one's own people, domestic decrees signed (passive),
naming an actor ("called NATO a relic") taken for a phone call, an act in a "since <date>, when ..." clause,
the noun "will" read as the future."""

from __future__ import annotations

import datetime as dt

import pytest

import coded as shared
from detente.coding.coder import code_sentence
from detente.coding.ontology import Polarity

SIDES = ("RUS", "FRA")


def coded(
    text: str, date: str = "2019-03-01", participants: tuple[str, ...] = (), speaker: str | None = None
) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return shared.triples(
        text, dt.date.fromisoformat(date), sort=False, participants=participants, speaker=speaker
    )


def types(text: str, **kw: object) -> set[str]:
    return {e for e, _, _ in coded(text, **kw)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "The conversation centred on gas supplies to Europe.",
        "The discussion focused on the crisis in Libya.",
        "Also discussed were questions of migration.",
        "Also addressed were matters of regional security.",
        "Several other subjects, such as fisheries in the Barents Sea, were also mentioned.",
        "There was an exchange of views on arms control.",
        "The two leaders \u201csynchronised their watches\u201d on Balkan issues.",
    ],
)
def test_readout_topic_is_a_meeting_of_the_sides(text: str) -> None:
    assert ("CONSULT", SIDES, ()) in coded(text, participants=SIDES)


@pytest.mark.parametrize(
    "text",
    [
        "The report focused on corruption in local government.",
        "Addressed to the governor, the letter listed many complaints.",
        "The minister called NATO a relic of the Cold War.",
        "He described the region as \u201cmeeting the highest standards\u201d of safety.",
    ],
)
def test_look_alikes_are_no_meeting(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_phone_call_still_a_meeting() -> None:
    assert ("CONSULT", ("RUS",), ("FRA",)) in coded("Vladimir Putin called Emmanuel Macron on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The sides expressed a mutual commitment to continuing contacts on the Middle East.",
        "Both countries have the political will to deepen their partnership.",
        "Each country has the political will to expand trade.",
    ],
)
def test_commitment_and_political_will_agree(text: str) -> None:
    events = code_sentence(text, date=dt.date(2019, 3, 1), participants=("RUS", "ITA"))
    agree = [e for e in events if e.event.value == "AGREE"]
    assert agree and agree[0].source == ("RUS", "ITA")
    assert agree[0].polarity is Polarity.ASSERTED  # "will" is the noun here, not the future


@pytest.mark.parametrize(
    "text",
    [
        "The political will of the voters was clear at the polls.",
        "He would not only have the wish but also the supported political will to carry out the reforms.",
    ],
)
def test_political_will_look_alikes(text: str) -> None:
    assert not types(text) & {"AGREE", "REJECT"}


def test_proposal_to_expand() -> None:
    assert "AGREE" in types("Vladimir Putin proposed expanding the mission's mandate.", date="2001-05-11")


def test_high_opinion_of_own_relations_has_no_target() -> None:
    assert ("SUPPORT", ("RUS", "ITA"), ()) in coded(
        "Russia and Italy expressed a high opinion of the current level of Russian-Italian relations."
    )


@pytest.mark.parametrize(
    "text",
    [
        "I congratulate all of you on your professional holiday.",
        "Today we express our deep gratitude to the veterans of the internal troops.",
        "Vladimir Putin praised the federal troops who took part in the operation.",
        "Thank you very much, colleagues.",
    ],
)
def test_courtesy_to_own_people_is_no_event(text: str) -> None:
    assert "SUPPORT" not in types(text, date="2016-03-27", speaker="RUS")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vladimir Putin praised Finland for its mediation.", ("FIN",)),
        ("Vladimir Putin thanked the Norwegian Prime Minister for the help of Norwegian divers.", ("NOR",)),
    ],
)
def test_praise_of_another_actor_stays(text: str, target: tuple[str, ...]) -> None:
    assert ("SUPPORT", ("RUS",), target) in coded(text, date="2016-03-27")


def test_welcome_of_a_decision_stays() -> None:
    text = (
        "Poland's defence minister welcomed the decision to station a battalion in each of the Baltic states."
    )
    assert "SUPPORT" in types(text, date="2016-07-08")


def test_domestic_decrees_signed_in_the_passive() -> None:
    assert "SUPPORT" not in types("The relevant decrees were signed by President Putin on Monday.")
    assert "SUPPORT" in types("The treaty was signed by Russia and China on Monday.")


def test_act_in_since_when_clause_is_background() -> None:
    text = (
        "Since 12 May 2012, when Abkhazia signed the treaty with Russia, the two sides have met every year."
    )
    assert "SUPPORT" not in types(text, date="2017-03-21")
    assert "SUPPORT" in types("Abkhazia signed the treaty with Russia in May.", date="2017-03-21")


def test_meeting_named_in_what_was_told_is_a_topic() -> None:
    text = (
        "Vladimir Putin briefed Angela Merkel about the understandings reached at the recent meeting of the "
        "guarantor states of the Astana process."
    )
    assert coded(text, date="2019-02-16") == {("CONSULT", ("RUS",), ("DEU",))}
    # a meeting reported in its own clause stays
    assert ("CONSULT", ("RUS",), ("TUR",)) in coded(
        "Putin informed Merkel about the situation and later met Erdogan.", date="2019-02-16"
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vladimir Putin cited data on the militants' plans for new provocations.", ("militants",)),
        ("The Russian President presented facts of ceasefire violations by Kiev.", ("UKR",)),
    ],
)
def test_evidence_laid_out_is_a_charge(text: str, target: tuple[str, ...]) -> None:
    assert ("ACCUSE", ("RUS",), target) in coded(text, date="2019-02-16")


@pytest.mark.parametrize(
    "text",
    [
        "The minister cited data on economic growth in the region.",
        "The governor presented information on the preparations for the festival.",
    ],
)
def test_evidence_look_alikes(text: str) -> None:
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the tour, Vladimir Putin signed the distinguished visitors' book.",
        "Vladimir Putin signed the guest book at the Israeli parliament.",
        "Vladimir Putin expressed his condolences to the families of those who died in the train crash.",
    ],
)
def test_courtesies_without_a_partner(text: str) -> None:
    assert "SUPPORT" not in types(text)


def test_condolences_to_a_leader_stay() -> None:
    text = "Vladimir Putin expressed his condolences to Angela Merkel over the attack in Berlin."
    assert ("SUPPORT", ("RUS",), ("DEU",)) in coded(text, date="2016-12-20")
