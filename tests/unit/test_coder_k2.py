"""Readout wording of official pages (k2): names spelt the German way, one side telling the other, the
participants of a meeting as its sides, praise and hope aimed at another, a commitment made to the other side
of a readout, support owned by one side and given to another, a decision announced to pull out, acts only
predicted or remembered, and a kind of work named by a verb; each with look-alikes that must not code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import coded as shared

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def coded(text: str, date: str, **kw: Any) -> Coded:
    return shared.triples(text, dt.date.fromisoformat(date), sort=False, **kw)


MEETING_RK = {"participants": ("RUS", "KAZ"), "reported_meeting": True}
MEETING_RN = {"participants": ("RUS", "NOR"), "reported_meeting": True}


@pytest.mark.parametrize(
    ("text", "date", "kw", "expected"),
    [
        # a German surname with "oe" for the umlaut
        (
            "Chancellor Schroeder telephoned Mr Putin on Monday evening.",
            "2003-03-10",
            {},
            ("CONSULT", ("DEU",), ("RUS",)),
        ),
        # one side telling the other about something: the one told is the target, not an actor in the topic
        (
            "Mr Lavrov told Mr Kerry about the outcome of the Geneva consultations.",
            "2014-05-01",
            {},
            ("CONSULT", ("RUS",), ("USA",)),
        ),
        (
            "Washington will supply Ukraine with radars made in Germany.",
            "2015-03-01",
            {},
            ("AID", ("USA",), ("UKR",)),
        ),
        # the participants of a meeting are its sides; a discussion carried on
        (
            "Participants in the talks focused on energy transit and border issues.",
            "2005-06-01",
            MEETING_RK,
            ("CONSULT", ("RUS", "KAZ"), ()),
        ),
        (
            "The two ministers continued their discussion over dinner.",
            "2005-06-01",
            MEETING_RK,
            ("CONSULT", ("RUS", "KAZ"), ()),
        ),
        # praise and hope aimed at another
        (
            "The President spoke highly about Kazakhstan's contribution to regional security.",
            "2005-06-01",
            {"speaker": "RUS"},
            ("SUPPORT", ("RUS",), ("KAZ",)),
        ),
        (
            "Moscow hopes for the success of the OSCE mission in Georgia.",
            "2007-05-01",
            {},
            ("SUPPORT", ("RUS",), ("OSCE",)),
        ),
        # support owned by one side, given to the one named inside the phrase after "for"
        (
            "Beijing reaffirmed the Chinese government's firm support for the efforts of the Russian authorities.",
            "2004-09-05",
            {},
            ("SUPPORT", ("CHN",), ("RUS",)),
        ),
        # advocacy of closer ties told as a need: by both sides of a meeting, or aimed at someone named
        (
            "The two presidents underlined the need for closer partnership between their countries in energy.",
            "2005-06-01",
            MEETING_RK,
            ("SUPPORT", ("RUS", "KAZ"), ()),
        ),
        (
            "Mr Lavrov stressed the necessity to expand cooperation with India in space research.",
            "2012-02-01",
            {},
            ("SUPPORT", ("RUS",), ("IND",)),
        ),
        # a speaker the dictionary does not know: the side that owns the support gives it
        (
            "General Wang, the visiting defence chief, confirmed the Chinese leadership's backing for the efforts of the Russian government.",
            "2001-03-05",
            {},
            ("SUPPORT", ("CHN",), ("RUS",)),
        ),
        # a commitment of one's own side, made to the other side of the meeting a readout reports
        (
            "Mr Putin reaffirmed the Russian side's commitment to the agreements reached earlier.",
            "2005-06-01",
            MEETING_RK,
            ("AGREE", ("RUS",), ("KAZ",)),
        ),
        # a new subject after "discussed ..., and": a briefing, not part of the topic
        (
            "The presidents discussed Iraq, and Mr Putin briefed Mr Schroeder on the results of his trip.",
            "2003-04-11",
            {},
            ("CONSULT", ("RUS",), ("DEU",)),
        ),
        # a decision announced to pull out: the announcer's own concession
        (
            "Moscow announced a decision to withdraw its troops from Tajikistan.",
            "2004-10-16",
            {},
            ("CONCEDE", ("RUS",), ("TJK",)),
        ),
        # a call joined by "and" after a stress on what matters is the stresser's
        (
            "Lavrov stressed the need to respect Ukraine's neutrality and urged NATO to halt its expansion.",
            "2008-04-01",
            {},
            ("REQUEST", ("RUS",), ("NATO",)),
        ),
        (
            "Russian sailors rescued the crew of the Norwegian trawler.",
            "2010-04-11",
            {},
            ("AID", ("RUS",), ("NOR",)),
        ),
        ("Russia recalled its ambassador from Estonia.", "2007-05-01", {}, ("SANCTION", ("RUS",), ("EST",))),
        # an invitation to a named actor stays a request
        (
            "Mr Putin invited Mr Chirac to visit Moscow in the spring.",
            "2002-06-01",
            {},
            ("REQUEST", ("RUS",), ("FRA",)),
        ),
    ],
)
def test_codes(
    text: str, date: str, kw: dict[str, Any], expected: tuple[str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert expected in coded(text, date, **kw)


@pytest.mark.parametrize(
    ("text", "date", "kw", "absent"),
    [
        # talking to the press is no meeting
        (
            "Mr Lavrov told reporters about the outcome of the Geneva consultations.",
            "2014-05-01",
            {},
            "CONSULT",
        ),
        # participants of something other than a meeting
        ("Participants in the rally demanded higher wages.", "2005-06-01", {}, "CONSULT"),
        # hope with no one to support
        ("We hope for the success of the talks.", "2007-05-01", {"speaker": "RUS"}, "SUPPORT"),
        # only predicted
        (
            "The minister said he did not believe the rebels would give up their weapons.",
            "2005-06-01",
            {},
            "RETREAT",
        ),
        (
            "Our envoy doubted that the separatists would attack the capital.",
            "2005-06-01",
            {"speaker": "RUS"},
            "ASSAULT",
        ),
        # only remembered
        ("I recall that we met the Chinese leader in Shanghai.", "2006-07-20", {"speaker": "RUS"}, "CONSULT"),
        # a kind of work named by a verb
        (
            "The ministers discussed joint search and rescue operations in the Arctic.",
            "2010-04-11",
            MEETING_RN,
            "AID",
        ),
        # an invitation to no one the dictionary knows (a writer, guests of an event)
        (
            "The President invited the novelist to a dinner at his residence.",
            "2003-01-16",
            {"speaker": "RUS"},
            "REQUEST",
        ),
        ("Mr Putin greeted the athletes invited to the ceremony.", "2018-06-01", {}, "REQUEST"),
        # a need with no one named (a domestic matter) or a dialogue among others
        (
            "Mr Putin stressed the need for closer cooperation between the tax and customs services.",
            "2005-06-01",
            {},
            "SUPPORT",
        ),
        (
            "The sides noted the need to advance the intra-Afghan dialogue without delay.",
            "2019-06-01",
            MEETING_RK,
            "SUPPORT",
        ),
        # a hypothetical step the speaker warns against
        (
            "Moscow called for avoiding any steps that could threaten Lebanon's security.",
            "2006-07-20",
            {},
            "ACCUSE",
        ),
    ],
)
def test_does_not_code(text: str, date: str, kw: dict[str, Any], absent: str) -> None:
    assert absent not in {e for e, _, _ in coded(text, date, **kw)}


def test_anti_prefix_is_no_group() -> None:
    # "anti-terrorist" names an attitude, not terrorists: the support goes to the Russian authorities
    found = coded(
        "The Chinese minister confirmed Beijing's complete support for the anti-terrorist measures of the Russian authorities.",
        "2000-01-18",
    )
    assert all("terrorists" not in target for _, _, target in found)
    assert ("SUPPORT", ("CHN",), ("RUS",)) in found


def test_own_side_without_meeting_names_no_target() -> None:
    # the speaker's own side named inside the phrase is never its target
    found = coded(
        "Mr Putin reaffirmed the Russian side's commitment to the agreements reached earlier.", "2005-06-01"
    )
    assert ("AGREE", ("RUS",), ("RUS",)) not in found


def test_predicted_own_intent_stays() -> None:
    # "we" after the belief verb: the believer's own intent is not a prediction about another
    found = coded("I think we will sign the agreement with China next year.", "2019-06-01", speaker="RUS")
    assert any(e in ("SUPPORT", "AGREE") for e, _, _ in found)
