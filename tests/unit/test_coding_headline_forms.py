"""Headline grammar the coder reads: a plural without -s before a bare verb ("Russian aircraft violate
..."), a present "agree to" deciding a deployment (no threat), and headline wording of air policing."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2016, 7, 9)


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return {(e.event.value, e.source, e.target, e.polarity.value) for e in code_sentence(text, date=DAY)}


def test_aircraft_before_a_bare_verb_is_its_subject() -> None:
    assert ("MOBILIZE", ("RUS",), ("FIN",), "asserted") in _events(
        "Russian aircraft violate Finnish airspace"
    )


def test_a_present_agree_to_deploy_is_a_deployment_decided() -> None:
    found = _events("Allies agree to deploy four battlegroups to Poland and the Baltic states")
    assert ("MOBILIZE", ("NATO",), (), "future") in found
    assert not any(kind == "THREATEN" for kind, *_ in found)


def test_boosting_air_policing_is_a_show_of_force() -> None:
    assert ("MOBILIZE", ("NATO",), (), "future") in _events("NATO to boost air policing over Romania")


@pytest.mark.parametrize(
    ("title", "partner"),
    [
        ("Telephone conversation with President of Finland Sauli Niinisto", "FIN"),
        ("Talks with Prime Minister of Greece Kyriakos Mitsotakis", "GRC"),
        ("Telephone conversation with Federal Chancellor of Austria Karl Nehammer", "AUT"),
    ],
)
def test_a_heading_names_the_publishers_meeting(title: str, partner: str) -> None:
    found = code_sentence(title, date=DAY, context="Website of the President of Russia")
    assert [(e.event.value, e.source, e.target) for e in found] == [("CONSULT", ("RUS",), (partner,))]


def test_a_sentence_opening_with_consultations_is_no_heading() -> None:
    found = code_sentence(
        "Consultations with the allies were devoted to the defence budget.",
        date=DAY,
        context="Website of the President of Russia",
    )
    assert not any(e.source == ("RUS",) and e.event.value == "CONSULT" for e in found)


@pytest.mark.parametrize(
    "text", ["Alliance chief warns Moscow against escalation", "NATO Chief Warns Moscow Against Escalation"]
)
def test_an_s_form_after_a_title_is_the_verb(text: str) -> None:
    found = _events(text.replace("Alliance chief", "NATO chief"))
    assert ("THREATEN", ("NATO",), ("RUS",), "asserted") in found


@pytest.mark.parametrize(
    "text", ["Moscow ready for talks with Washington, Peskov says", "Kyiv ready for negotiations with Moscow"]
)
def test_a_headline_states_readiness_without_is(text: str) -> None:
    assert any(kind == "AGREE" and src for kind, src, _tgt, _pol in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Particular attention was paid to energy security.",
        "The Transnistrian settlement received special attention.",
    ],
)
def test_attention_given_to_a_topic_is_the_meetings_consultation(text: str) -> None:
    found = code_sentence(text, date=DAY, participants=("RUS", "MDA"))
    assert [(e.event.value, e.source) for e in found] == [("CONSULT", ("RUS", "MDA"))]
