"""News wording of session 30 (:mod:`detente.coding.news8`): first events that wire reports tell with
phrasings the other readers leave uncoded or mistype, and near-misses of them.

The sentences are written for these tests, not taken from any gold set."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DAY = dt.date(2024, 5, 20)

Coded = set[tuple[str, tuple[str, ...], tuple[str, ...]]]


def _coded(text: str) -> Coded:
    return {(e.event.name, e.source, e.target) for e in code_sentence(text, date=DAY)}


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _coded(text)}


# --- migrants_stopped
def test_migrants_stopped_from_crossing_are_restricted() -> None:
    assert ("COERCE", ("HUN",), ("refugees",)) in _coded(
        "Hungarian police moved to stop refugees crossing the border."
    )


def test_a_spread_stopped_restricts_no_one() -> None:
    assert "COERCE" not in _types("Hungarian police moved to stop the spread of the virus near the border.")


# --- corridors_closed
def test_states_removed_from_travel_corridors_are_restricted() -> None:
    text = (
        "Spain, Portugal and Bonaire have been removed from the Welsh Government's list of travel corridors."
    )
    assert ("COERCE", ("GBR",), ("ESP", "PRT", "NLD")) in _coded(text)


def test_states_added_to_travel_corridors_are_not_restricted() -> None:
    assert "COERCE" not in _types("Spain and Portugal have been added to the list of travel corridors.")


# --- quarantine_unnamed
def test_travellers_told_to_quarantine_restrict_their_states() -> None:
    assert ("COERCE", (), ("NLD", "GRC")) in _coded(
        "Travellers arriving from Aruba and Greece will have to self-isolate for 14 days."
    )
    dated = "PARIS, Sept 3 (Reuters) - Travellers arriving from Spain will have to quarantine for a week."
    assert ("COERCE", ("FRA",), ("ESP",)) in _coded(dated)


def test_travellers_told_to_show_a_test_are_not_restricted() -> None:
    assert "COERCE" not in _types(
        "Travellers arriving from Aruba and Greece will have to show a negative test."
    )
