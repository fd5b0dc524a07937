"""Official readouts (second round, k5): a remit "concerned with" is no worry, what a law makes possible is no
act, a side "calling to" do something asks for it, praise of what a partner "has done a great deal to"
build, and cultural seasons two sides hold together; each rule with look-alikes that must not code."""

from __future__ import annotations

import datetime as dt

import pytest

import coded as shared
from detente.coding.document import RecordStream


def coded(text: str, date: str = "2010-05-04") -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return shared.with_polarity(text, dt.date.fromisoformat(date))


def types(text: str) -> set[str]:
    return {e for e, _, _, _ in coded(text)}


def stream(lines: list[str], context: str | None = None) -> list[set[tuple[str, tuple[str, ...]]]]:
    rs = RecordStream()
    out = []
    for n, line in enumerate(lines):
        evs = rs(f"doc-{n}", line, dt.date(2012, 3, 5), context)
        out.append({(e["event"], tuple(sorted(e["source"]))) for e in evs})
    return out


# --- "concerned with" names a remit ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new agency will be concerned with questions of customs control.",
        "The Security Council secretariat is mainly concerned with strategic planning.",
        "The border guards will also be concerned with fisheries inspection.",
    ],
)
def test_concerned_with_is_a_remit(text: str) -> None:
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow is seriously concerned about the deployment of new US missiles in Europe.",
        "The Kremlin was disappointed with the decision of Washington.",
        "Beijing remains worried by the military build-up of Japan.",
    ],
)
def test_worry_still_accuses(text: str) -> None:
    assert "ACCUSE" in types(text)


# --- what a law makes possible is no act -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Passing the bill will allow hundreds of ships to return to the national register.",
        "The amended law permits the authorities to ban foreign broadcasters.",
        "The decree enables exiles to return and regain their property.",
    ],
)
def test_what_a_law_allows_is_no_event(text: str) -> None:
    assert types(text) == set()


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Ukraine passed a law banning Russian-language broadcasters.", "COERCE"),
        ("Georgia allowed the Russian observers to enter the zone.", "RETREAT"),
    ],
)
def test_acts_next_to_laws_stay(text: str, etype: str) -> None:
    assert etype in types(text)


# --- "calling to" + a verb is a request -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister said China was calling to speed up talks on a treaty banning space weapons.",
        "Russia is calling to lift the restrictions imposed on its diplomats.",
    ],
)
def test_calling_to_act_is_a_request(text: str) -> None:
    assert "REQUEST" in types(text)
    assert "RETREAT" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador was calling to the crowd from the balcony.",
        "The envoy was called to the ministry on Monday.",
    ],
)
def test_calling_to_someone_is_no_request(text: str) -> None:
    assert "REQUEST" not in types(text)


# --- praise for what a partner has done for the relation ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Putin said the Slovak Prime Minister had done a great deal to promote economic ties.",
            ("RUS",),
            ("SVK",),
        ),
        (
            "Lavrov noted that the Finnish President has done a lot to expand trade and tourism.",
            ("RUS",),
            ("FIN",),
        ),
    ],
)
def test_contribution_is_praise(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert any(e == "SUPPORT" and s == source and t == target for e, s, t, _ in coded(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin said the Slovak Prime Minister had done little to promote economic ties.",
        "The sanctions have done a great deal to damage trade with Europe.",
        "Putin said Hungary had done nothing to promote trade.",
    ],
)
def test_no_contribution_is_no_praise(text: str) -> None:
    assert "SUPPORT" not in types(text)


# --- cultural seasons held by two sides ------------------------------------------------------------------


def test_reciprocal_culture_days_of_two_sides() -> None:
    assert ("COOPERATE", ("CHN", "RUS")) in stream(
        ["Russia and China held cross years of friendship and culture."]
    )[0]


@pytest.mark.parametrize(
    "text",
    [
        "Russia held days of its culture in several regions.",
        "The city held a festival of culture last summer.",
    ],
)
def test_one_side_culture_days_are_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in types(text)


# --- a speaker alone with people of its own side ---------------------------------------------------------

_OFFICIAL = "Igor Artemyev, Head of the Federal Antimonopoly Service"


@pytest.mark.parametrize(
    "text",
    [
        "We are ready to work with the State Duma to finish the bill this spring.",
        "I met with the Federation Council this morning and we need a little more work to reach a consensus.",
    ],
)
def test_speaker_with_own_side_is_no_relation(text: str) -> None:
    assert stream([text], _OFFICIAL)[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "We are ready to work with Germany to finish the project this spring.",
        "I met with the Finnish delegation this morning and we need a little more work to reach a consensus.",
    ],
)
def test_speaker_with_another_side_stays(text: str) -> None:
    assert stream([text], _OFFICIAL)[0], text
