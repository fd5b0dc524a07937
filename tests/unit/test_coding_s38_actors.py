"""s38-actors: short dictionary names that only head another body's name, and capitals named as the scene."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_dictionary
from detente.coding.coder import code_sentence

DAY = dt.date(2012, 6, 4)


def _codes(text: str) -> list[str | None]:
    return [m.code for m in load_dictionary().match(text, date=DAY)]


def _sides(text: str, context: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.event.value, e.source, e.target) for e in code_sentence(text, date=DAY, context=context)]


@pytest.mark.parametrize(
    "text",
    [
        "The Global Circassian Congress denounced the Kremlin.",
        "Delegates of the Party Congress criticised Moscow.",
        "The Congress of People's Deputies voted against the treaty with Russia.",
        "The Congress of Vienna redrew the map of Europe.",
        "The Alliance of Civilisations praised Russia.",
        "The Rada of the Belarusian Democratic Republic met in exile.",
    ],
)
def test_head_of_another_name_is_no_actor(text: str) -> None:
    assert "USA" not in _codes(text)
    assert "NATO" not in _codes(text)
    assert "UKR" not in _codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congress approved new sanctions against Russia.", "USA"),
        ("On Thursday Congress approved new sanctions against Russia.", "USA"),
        ("A Republican Congress blocked the deal with Russia.", "USA"),
        ("The Congress of the United States approved the sanctions.", "USA"),
        ("The Alliance condemned the Russian exercises.", "NATO"),
        ("The Verkhovna Rada condemned Russia.", "UKR"),
        ("The Rada voted to leave the CIS.", "UKR"),
    ],
)
def test_the_body_itself_stays(text: str, code: str) -> None:
    assert code in _codes(text)


def test_congress_sanctions_keep_their_source() -> None:
    assert ("SANCTION", ("USA",), ("RUS",)) in _sides("Congress passed sanctions against Russia.")


def test_qualified_congress_is_no_us_source() -> None:
    assert all("USA" not in src for _, src, _ in _sides("The Global Circassian Congress condemned Russia."))


def test_fronted_capital_is_no_source() -> None:
    events = _sides("In Stockholm, you said that you wanted the sanctions to be lifted.", "a moderator")
    assert all("SWE" not in src for _, src, _ in events)


def test_fronted_capital_before_a_pair_is_no_side() -> None:
    events = _sides("In Oslo last year, we agreed to resume the talks.")
    assert all("NOR" not in src + tgt for _, src, tgt in events)


def test_capital_acting_stays() -> None:
    assert ("ACCUSE", ("FIN",), ("RUS",)) in _sides("Helsinki condemned the Russian strike.")


def test_place_standing_for_its_court_stays() -> None:
    events = _sides("In Moscow, a court sentenced the American journalist.")
    assert any(src == ("RUS",) for _, src, _ in events)
