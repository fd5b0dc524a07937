"""Violence judged by the sentence itself ("the strikes on X are a war crime") is blamed on its doer, by the
one who judges it (detente.coding.statements.judged_act)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DATE = dt.date(2022, 10, 12)
NATO_SG = "Jens Stoltenberg, NATO Secretary General"


def _types(
    text: str, context: str | None = NATO_SG
) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for e in code_sentence(text, date=DATE, context=context):
        out.setdefault(e.event.value, []).append((e.source, e.target))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The Russian missile strikes on power plants are a war crime.",
        "Russia's attacks on Ukrainian hospitals are war crimes.",
        "The shelling of the city by Russian forces is a horror.",
        "The killing of prisoners by Russian soldiers is an atrocity.",
    ],
)
def test_violence_called_a_crime_is_blamed_on_its_doer(text: str) -> None:
    types = _types(text)
    assert types["ACCUSE"] == [(("NATO",), ("RUS",))]
    assert "ASSAULT" in types


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # no doer known: nobody to blame
        ("The attack on the convoy was a horror.", NATO_SG),
        # a war is named, no crime judged
        ("The war in Ukraine is a tragedy for Europe.", NATO_SG),
        # the doer judges its own act
        ("Our strikes on military targets are no crime.", "Vladimir Putin, President of Russia"),
        # "war" alone is no judgement
        ("The Russian strikes are a war of choice.", None),
    ],
)
def test_look_alikes_blame_no_one(text: str, context: str | None) -> None:
    assert "ACCUSE" not in _types(text, context)


@pytest.mark.parametrize("text", ["are a war crime", "war crimes " * 10_000, "!!! ??? 123", ""])
def test_bad_input(text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Russia is to blame for the collapse of the treaty.", "asserted"),
        ("Moscow alone is to blame for the escalation.", "asserted"),
        ("The minister is to visit Moscow next week.", "future"),
    ],
)
def test_is_to_blame_judges_now(text: str, polarity: str) -> None:
    events = code_sentence(text, date=DATE, context=NATO_SG)
    assert events and {e.polarity.value for e in events} == {polarity}


@pytest.mark.parametrize(
    "text",
    [
        "Russia regrets the killing of civilians by Ukrainian forces.",
        "NATO regrets Russia's decision to leave the treaty.",
    ],
)
def test_regret_at_an_act_still_blames(text: str) -> None:
    assert any(e.event.value == "ACCUSE" and e.target for e in code_sentence(text, date=DATE))
