"""Precision fixes of the third s18 real-text audit (helper prec3, Kremlin pages): look-alikes of PLOVER
events found in a random sample of coded official sentences, each with a near sentence that must still code
the event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2020, 6, 1)


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY)]


def _types(text: str) -> set[str]:
    return {e.event.value for e in code_sentence(text, date=DAY)}


# --- MOBILIZE look-alike: "mobilised" as a quality with a degree word


@pytest.mark.parametrize(
    "text",
    [
        "Our regional staff are fully mobilised and are working hand in hand with the builders.",
        "We are fully mobilised and are working as one team with the contractor.",
    ],
)
def test_mobilised_as_a_quality_is_no_mobilisation(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


def test_mobilising_reserves_stays() -> None:
    assert ("MOBILIZE", ("RUS",), ()) in _events("Russia fully mobilised its reserves near the border.")


# --- PROTEST look-alike: vandalism of monuments or graves is a crime, not a riot


@pytest.mark.parametrize(
    "text",
    [
        "Unknown persons vandalised a war memorial in the town park.",
        "Several headstones in the old cemetery have been vandalised.",
    ],
)
def test_vandalism_is_no_riot(text: str) -> None:
    assert "PROTEST" not in _types(text)


def test_rioting_crowd_stays() -> None:
    assert "PROTEST" in _types("Protesters rioted and looted shops in the capital.")


# --- AGREE look-alike: readiness by no one named about a state's thing (its science, capital, games)


@pytest.mark.parametrize(
    "text",
    [
        "We are ready to draw more fully on the strengths of Russian applied science.",
        "We are ready to make use of the potential of Russian universities.",
    ],
)
def test_readiness_about_a_states_thing_has_no_target_state(text: str) -> None:
    assert not any(t == "AGREE" and tgt for t, _, tgt in _events(text))


def test_readiness_towards_a_state_stays() -> None:
    assert ("AGREE", ("RUS",), ("DEU",)) in _events("Russia is ready to supply more gas to Germany.")


# --- ASSAULT roles: the attacker's adjective on the attack is the source, not the target


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Three soldiers were wounded in the Russian shelling.", "RUS"),
        ("A coast guard ship was damaged in clashes with Chinese vessels.", "CHN"),
        ("Two soldiers were injured in the Israeli shelling.", "ISR"),
    ],
)
def test_adjective_on_the_attack_names_the_attacker(text: str, code: str) -> None:
    assault = [(src, tgt) for t, src, tgt in _events(text) if t == "ASSAULT"]
    assert assault and all(code in src and code not in tgt for src, tgt in assault)


def test_adjective_on_the_victims_stays_the_target() -> None:
    assert ("ASSAULT", (), ("RUS",)) in _events("Three Russian soldiers were wounded.")
