"""Coder fixes of session 20 (targets): the other side at a joint council (:mod:`detente.coding.venues`)
and every actor of a list after "by" (:mod:`detente.coding.agentlists`). Sentences written for these
tests, in the style of NATO and Russian official texts."""

from __future__ import annotations

import datetime as dt

import pytest

import coded

DAY = dt.date(2019, 2, 1)
NATO_SG = (
    "Press conference by NATO Secretary General Jens Stoltenberg; 'I'/'we' is the Secretary General (NATO)."
)
RU_MFA = "Foreign Ministry statement; 'we' is Russia."


def _events(text: str, context: str | None = None) -> set[coded.Triple]:
    return coded.triples(text, DAY, context=context)


# --- a joint council: one side acts on the other


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "At the NATO-Russia Council today, Russia gave no sign that it is willing to return to compliance.",
            ("AGREE", ("RUS",), ("NATO",)),
        ),
        ("At the NATO-Russia Council, Russia rejected the proposals.", ("REJECT", ("RUS",), ("NATO",))),
        (
            "At the Russia-NATO Council today, the representatives of the Alliance refused to discuss our "
            "security proposals.",
            ("REJECT", ("NATO",), ("RUS",)),
        ),
        (
            "At the NRC meeting on Friday, Moscow showed no willingness to destroy the missiles.",
            ("AGREE", ("RUS",), ("NATO",)),
        ),
    ],
)
def test_joint_council_other_side(text: str, event: coded.Triple) -> None:
    assert event in _events(text, NATO_SG)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # both sides act together: no target
        (
            "At the NATO-Russia Council, Russia and NATO agreed to cooperate against terrorism.",
            ("AGREE", ("NATO", "RUS"), ("NATO",)),
        ),
        # the Council of Europe is a body of its own, not NATO's council
        (
            "Lavrov briefed the Council of Europe on the talks with NATO.",
            ("CONSULT", ("RUS",), ("NATO",)),
        ),
    ],
)
def test_joint_council_near_misses(text: str, absent: coded.Triple) -> None:
    assert absent not in _events(text)


def test_council_as_topic_is_no_venue() -> None:
    events = _events("Russia proposed to discuss the future of the NATO-Russia Council.")
    assert not any(e[2] == ("NATO",) for e in events)


# --- a list after "by": every actor of it


def test_by_list_accused_and_acting() -> None:
    events = _events(
        "We regard the coordinated expulsion of Russian diplomats by the United States and a number of EU "
        "countries as a provocative gesture.",
        RU_MFA,
    )
    assert ("ACCUSE", ("RUS",), ("EU", "USA")) in events
    assert ("SANCTION", ("EU", "USA"), ("RUS",)) in events


def test_by_list_two_named() -> None:
    events = _events(
        "We condemn the expulsion of Russian diplomats by the United States and the European Union.", RU_MFA
    )
    assert ("ACCUSE", ("RUS",), ("EU", "USA")) in events


@pytest.mark.parametrize(
    "text",
    [
        # the second actor owns another thing: not an agent
        "Moscow condemned the shelling of Donetsk by Ukraine and Russia's response to it.",
        # the second actor starts a new clause
        "The resolution was drafted by France and Britain lobbied hard for it.",
    ],
)
def test_by_list_near_misses(text: str) -> None:
    for _type, source, target in _events(text):
        assert not ({"RUS", "GBR"} & set(source) and {"RUS", "GBR"} & set(target))
        assert source != ("FRA", "GBR") and source != ("RUS", "UKR")


def test_by_list_only_for_the_role_it_names() -> None:
    # Poland is the target through its airspace, not through the "by" list of the later shooting
    events = _events(
        "Numerous Russian drones entered Polish airspace, and several of them were shot down by Polish and "
        "Allied aircraft."
    )
    assert ("MOBILIZE", ("RUS",), ("POL",)) in events
    assert ("MOBILIZE", ("RUS",), ("NATO", "POL")) not in events


# --- an "international" call refused or help asked for: the international community


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Myanmar's junta defied international calls to free the deposed leader Aung San Suu Kyi.",
            ("REJECT", ("MMR",), ("international community",)),
        ),
        (
            "Iran rejected international demands to halt enrichment.",
            ("REJECT", ("IRN",), ("international community",)),
        ),
        (
            "Lebanon's President appealed for urgent international assistance on Thursday.",
            ("REQUEST", ("LBN",), ("international community",)),
        ),
    ],
)
def test_international_appeals(text: str, event: coded.Triple) -> None:
    assert event in _events(text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a named side stays the target
        ("Iran rejected US demands to halt enrichment.", ("REJECT", ("IRN",), ("USA",))),
        (
            "Serbia asked Russia for international support in the Security Council.",
            ("REQUEST", ("SRB",), ("RUS",)),
        ),
        # "international" on the topic, not on the appeal
        ("Syria rejected calls for an international investigation.", ("REJECT", ("SYR",), ())),
    ],
)
def test_international_appeals_near_misses(text: str, event: coded.Triple) -> None:
    events = _events(text)
    assert event in events
    assert not any("international community" in e[2] for e in events)
