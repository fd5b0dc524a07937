"""Restrictions and custody told in news (:mod:`detente.coding.policing`, patterns ``# --- s28-coerce``).

The sentences are written for these tests, not taken from the pages of any gold set."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.coder import code_sentence

DAY = dt.date(2023, 3, 14)


def _coerce(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.source, e.target) for e in code_sentence(text, date=DAY) if e.event.name == "COERCE"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Greece and Malta added to Irish quarantine list", (("IRL",), ("GRC", "MLT"))),
        ("Ireland added Greece and Malta to its quarantine list on Monday.", (("IRL",), ("GRC", "MLT"))),
        ("Malta was removed from Ireland's travel corridors list.", (("IRL",), ("MLT",))),
    ],
)
def test_a_quarantine_list_is_its_owners_measure(
    text: str, sides: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert sides in _coerce(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Spanish government ordered travellers from Portugal to self-isolate for ten days.",
        "The three smugglers will each serve six years in prison.",
    ],
)
def test_custody_and_quarantine_wordings(text: str) -> None:
    assert _coerce(text)


@pytest.mark.parametrize(
    "text",
    [
        "He served two years in the army before joining the bank.",
        "The chef added two spoons of sugar to the list of ingredients.",
        "The engineer charged the battery before the long drive to the coast.",
        "The band's new album is a study in arrested development.",
    ],
)
def test_no_custody_or_quarantine(text: str) -> None:
    assert _coerce(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "A 40-year-old woman from Leeds was arrested on Tuesday on suspicion of burglary.",
            ((), ("criminals",)),
        ),
        ("Two brothers were later charged with arson after the fire at the warehouse.", ((), ("criminals",))),
        ("The driver was stopped in Belgium and charged with fraud.", (("BEL",), ("criminals",))),
        (
            "Officers from the city police have announced an arrest over the stabbing.",
            (
                ("police",),
                ("criminals",),
            ),
        ),
    ],
)
def test_an_ordinary_arrest_holds_criminals(
    text: str, sides: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert sides in _coerce(text)


@pytest.mark.parametrize(
    "text",
    [
        # a participle that only describes someone
        "A cyclist arrested for drunken riding was seen trying to fix his bike, the report said.",
        # a threat or advice, not an act
        "Anyone caught smuggling will be arrested and jailed, the governor warned.",
        "People who break the rules should be arrested, the columnist wrote.",
        "Members were charged with a yearly fee by the club.",
    ],
)
def test_no_ordinary_arrest(text: str) -> None:
    assert _coerce(text) == []


def test_a_named_detainee_keeps_its_side() -> None:
    # a state the sentence names is left to the later stages, not made a criminal
    coded = _coerce("A Canadian teacher was detained by Chinese security agents at the airport in Beijing.")
    assert all(target != ("criminals",) for _, target in coded)


def test_ordinary_arrest_needs_a_finite_report() -> None:
    from detente.coding.patterns import tokenize
    from detente.coding.policing import ordinary_arrest

    assert ordinary_arrest(tokenize("A man was arrested on Monday."), 3, 4)
    assert not ordinary_arrest(tokenize("A man arrested on Monday was freed."), 2, 3)
    assert not ordinary_arrest(tokenize("Years after she was convicted, she wrote a book."), 4, 5)


@pytest.mark.parametrize(
    "text",
    [
        "A man who was arrested last year has been released.",
        "The fishing boat was detained for two days.",
        "Two cargo ships were detained at the port.",
    ],
)
def test_described_people_and_held_things_are_no_ordinary_arrest(text: str) -> None:
    """A relative clause describes someone (the report is another act); a boat or a cargo held is no arrest."""
    assert "COERCE" not in {e.event.value for e in code_sentence(text, date=dt.date(2022, 11, 16))}


def test_a_reported_arrest_still_codes() -> None:
    found = code_sentence("Two men were arrested after the robbery.", date=dt.date(2022, 11, 16))
    assert [e.event.value for e in found] == ["COERCE"]
