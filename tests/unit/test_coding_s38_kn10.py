"""s38-kn10: requests to refrain, breaches charged to a pronoun, treaty exits cited as blame."""

from __future__ import annotations

import datetime as dt

from detente.coding import s38kn10
from detente.coding.coder import code_sentence

DAY = dt.date(2018, 3, 10)
PUTIN = "Vladimir Putin, President of Russia"


def _code(text: str, context: str | None = PUTIN) -> list[tuple[str, list[str], list[str], str]]:
    found = code_sentence(text, date=DAY, context=context)
    return sorted((e.event.value, sorted(e.source), sorted(e.target), e.polarity.value) for e in found)


def test_asked_not_to_is_an_asserted_request() -> None:
    assert _code("We asked the Americans not to leave the treaty.") == [
        ("REQUEST", ["RUS"], ["USA"], "asserted")
    ]


def test_asked_them_not_to_is_the_speakers_request() -> None:
    found = _code("Back then we asked them not to scrap the accord.")
    assert [(t, s, p) for t, s, _, p in found] == [("REQUEST", ["RUS"], "asserted")]


def test_asking_denied_stays_out() -> None:
    assert not any(
        t == "REQUEST" and p == "asserted" for t, _, _, p in _code("We never asked them not to come.")
    )


def test_breach_by_a_pronoun_is_the_speakers_charge() -> None:
    found = _code("Frankly, they are openly breaching the agreement.")
    assert ("ACCUSE", ["RUS"]) in [(t, s) for t, s, _, _ in found]


def test_breach_needs_a_speaker() -> None:
    assert s38kn10.breach_charged("They are violating the treaty.", [], [], None, lambda *a: None) == []  # type: ignore[arg-type,return-value]


def test_old_exit_cited_is_blame_not_a_sanction() -> None:
    found = _code("Our programme answers Washington's unilateral withdrawal from the ABM Treaty in 2002.")
    assert ("ACCUSE", ["RUS"], ["USA"], "asserted") in found
    assert not any(t == "SANCTION" for t, _, _, _ in found)


def test_exit_reported_as_news_stays_a_sanction() -> None:
    found = _code("The United States withdrew from the INF Treaty today.", context=None)
    assert any(t == "SANCTION" for t, _, _, _ in found)
