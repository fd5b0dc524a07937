"""Precision filters of :mod:`detente.coding.nonevents`: each family with cases that must lose their event
and look-alikes that must keep it, plus bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence
from detente.coding.nonevents import kept_events
from detente.coding.patterns import tokenize

DAY = dt.date(2020, 1, 15)


def types(text: str, speaker: str | None = None) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY, speaker=speaker)}


# ------------------------------------------------------------------------------------------ no doer


@pytest.mark.parametrize(
    "text",
    [
        "Gangs are also reported to have exploited gambling debts to manipulate officers into giving up information.",
        "A Yakovlev passenger airliner crashed at the airport, killing nine people.",
    ],
)
def test_no_doer_and_nobody_political(text: str) -> None:
    assert not types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The parties denounced every form of terrorism as criminal and without justification.", "ACCUSE"),
        ("They noted with satisfaction that the truce is largely being observed.", "SUPPORT"),
        ("The two presidents signed a package of joint documents.", "SUPPORT"),
        ("Unknown gunmen killed three villagers near the border.", "ASSAULT"),
        ("Russia condemned the attack on its embassy in Kabul.", "ACCUSE"),
    ],
)
def test_doer_left_to_the_document_or_named(text: str, etype: str) -> None:
    assert etype in types(text)


# ------------------------------------------------------------------------------------------ ceremony


@pytest.mark.parametrize(
    "text",
    [
        "Mr Putin wished the Muslims of Russia a joyful Eid al-Adha holiday.",
        "I wish you, dear Nursultan Abishevich, good health, happiness and every success.",
        "President Putin sent his condolences to President Voronin following the passing of his mother.",
        "Please join me in thanking all our participants in today's panel.",
    ],
)
def test_ceremony_is_no_event(text: str) -> None:
    assert not types(text, speaker="RUS") & {"SUPPORT", "CONSULT", "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Hu Jintao sent a message congratulating Vladimir Putin on his landslide re-election.",
        "The Secretary General conveyed his condolences to Foreign Minister Lavrov after the attack.",
        "Vladimir Putin warmly thanked the United States for the fruitful work of its experts in Kabul.",
    ],
)
def test_political_courtesy_kept(text: str) -> None:
    assert "SUPPORT" in types(text)


# ------------------------------------------------------------------------------------------ look-alikes


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia's tariffs should meet the interests of the economy, not of one group.", "CONSULT"),
        ("Biden withdrew from the race in July after a poll.", "RETREAT"),
        (
            "We are among the leaders in producing videos of this format, and we even shot one in space.",
            "ASSAULT",
        ),
        (
            "The striker scored twice as the league leaders attacked the visitors in the tournament.",
            "ASSAULT",
        ),
    ],
)
def test_look_alikes_lose_their_event(text: str, etype: str) -> None:
    assert etype not in types(text, speaker="RUS")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Vladimir Putin met German Chancellor Angela Merkel in Berlin on Tuesday.", "CONSULT"),
        ("Russia withdrew its troops from the border with Georgia.", "RETREAT"),
        ("The Arab League voted on Saturday to suspend Syria's membership.", "SANCTION"),
        ("Gunmen shot two police officers in Grozny on Monday.", "ASSAULT"),
    ],
)
def test_real_events_kept(text: str, etype: str) -> None:
    assert etype in types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "In his message, Vladimir Putin writes that thanks to joint efforts, 2017 became a breakthrough year "
            "for Russian-Uzbekistani relations.",
            "SUPPORT",
        ),
        (
            "The United States is using the already familiar and, one might say, trivial pretext for unilaterally "
            "withdrawing from the treaty.",
            "SANCTION",
        ),
    ],
)
def test_credit_and_asides_kept(text: str, etype: str) -> None:
    assert etype in types(text, speaker="RUS")


# ------------------------------------------------------------------------------------------ not asserted


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Let us sit down at the negotiating table, sign the document and comply with it.", "CONCEDE"),
        ("Vladimir Putin: I agree with you completely, it is pointless to mention it.", "AGREE"),
        ("But I also agree with our Saudi colleague.", "AGREE"),
        ("Putin said Russia had no information showing that Iraq was funding terrorists.", "AID"),
        ("We do not support anything that is related to separatism.", "SUPPORT"),
        ("Of course, one could say that we gave in on something, but we got it done.", "CONCEDE"),
    ],
)
def test_not_asserted(text: str, etype: str) -> None:
    assert etype not in types(text, speaker="RUS")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Russia and the Czech Republic agreed that talks on the treaty should resume.", "AGREE"),
        ("Russia agreed with China to hold joint exercises in August.", "AGREE"),
        ("Pakistan reserves the right to respond to this aggression at a time of its choosing.", "THREATEN"),
    ],
)
def test_asserted_kept(text: str, etype: str) -> None:
    assert etype in types(text)


# ------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "1234 5678 --- !!!",
        "Let us",
        "I agree",
        "thanks to",
        "if anybody",
        "no information",
        "wish health " * 9000,  # ~100 KB of trigger words
        "meet the interests " * 5000,
        "Acknowledging and supporting,",
    ],
)
def test_bad_input_gives_a_list(text: str) -> None:
    assert isinstance(code_sentence(text, date=DAY), list)
    assert kept_events(tokenize(text), [], []) == []


def test_kept_events_without_anchor() -> None:
    events = code_sentence("Russia condemned the attack on its embassy in Kabul.", date=DAY)
    assert events
    moved = [e.__class__(**{**{f: getattr(e, f) for f in e.__slots__}, "anchor": (0, 0)}) for e in events]
    assert isinstance(kept_events(tokenize("Russia condemned."), [], moved), list)
