"""Precision fixes of the second s18 real-text audit (helper prec2): look-alikes of PLOVER events found in
random samples of coded real sentences (Kremlin pages and English news), each with a near sentence that must
still code the event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


# --- AID look-alike: "help" + a task, with no one named who is helped


@pytest.mark.parametrize(
    "text",
    [
        "These new filters help remove dust from the water supply.",
        "The guidelines will help ensure that the country's farms remain profitable.",
        "Regular stretching helps to prevent injuries in older runners.",
    ],
)
def test_help_with_a_task_is_no_aid(text: str) -> None:
    assert "AID" not in _types(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan is helping to rebuild Ukraine's power grid.", ("JPN",), ("UKR",)),
        ("Turkey helped Syria restore its water supply.", ("TUR",), ("SYR",)),
    ],
)
def test_help_for_a_state_stays_aid(text: str, source: tuple[str, ...], target: tuple[str, ...]) -> None:
    assert ("AID", source, target) in _events(text)


# --- COOPERATE/AID look-alike: trade measured as a share or a growth figure


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh exports to Belarus rose 18 percent last year.",
        "Norway is Germany's largest gas supplier, covering 35 percent of its demand.",
        "Qatar provides Japan with about 20 percent of its liquefied gas.",
    ],
)
def test_trade_share_is_no_act(text: str) -> None:
    assert not {"AID", "COOPERATE"} & _types(text)


def test_aid_share_stays_aid() -> None:
    assert ("AID", ("DEU",), ("UKR",)) in _events(
        "Germany provided Ukraine with 30 percent of the military aid it received."
    )


# --- intent: "interested in" before a cooperative act announces it (AGREE)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia is interested in expanding cooperation with Vietnam.", ("VNM",)),
        ("Brazil is very interested in expanding cooperation with China.", ("CHN",)),
    ],
)
def test_interested_in_cooperating_is_agree(text: str, target: tuple[str, ...]) -> None:
    events = _events(text)
    assert any(t == "AGREE" and tg == target for t, _, tg in events)
    assert not any(t == "COOPERATE" for t, _, _ in events)


def test_cooperation_stepped_up_stays_cooperate() -> None:
    assert "COOPERATE" in _types("Russia and Vietnam stepped up cooperation in the energy sector.")
