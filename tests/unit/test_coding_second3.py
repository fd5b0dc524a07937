"""More second events beside the main act (detente.coding.second3, s30-second3): attacks named with a doer
after "by" and an aim, and judged sanctions. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from detente.coding.coder import code_sentence

DATE = dt.date(2019, 5, 14)


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (e.event.value, tuple(sorted(e.source)), tuple(sorted(e.target)))
        for e in code_sentence(text, date=DATE)
    }


def _types(text: str) -> set[str]:
    return {t for t, _, _ in _events(text)}


# --- an attack named with its doer after "by" and its aim after "on/at/against"


def test_offensive_by_a_doer_on_a_place_is_an_assault() -> None:
    text = "Greece sent tents to the island after the offensive by Turkish troops on the town of Afrin."
    found = _events(text)
    assert "AID" in {t for t, _, _ in found}
    assert any(t == "ASSAULT" and s == ("TUR",) for t, s, _ in found)


def test_offensive_fled_by_people_unknown_to_the_dictionary_is_left() -> None:
    text = "Greece sent tents to thousands of families fleeing the offensive by Turkish troops on the town."
    assert "ASSAULT" not in _types(text)


def test_strikes_by_a_doer_at_a_target_named_in_talks() -> None:
    text = "The ministers discussed the recent missile strikes by Israel against Syria."
    assert ("ASSAULT", ("ISR",), ("SYR",)) in _events(text)


def test_attack_by_a_doer_without_an_aim_is_background() -> None:
    text = "The ministers discussed the situation that followed the attack by Israel, officials said."
    assert "ASSAULT" not in _types(text)


def test_demand_to_halt_an_offensive_is_no_assault() -> None:
    text = "France urged Ankara to halt the offensive by Turkish troops on Kurdish towns."
    assert "ASSAULT" not in _types(text)


# --- a sanction named as a noun and judged


def test_judged_expulsion_is_a_sanction_by_the_side_blamed() -> None:
    text = "Moscow regards the expulsion of four Russian diplomats from Prague as a provocation and will respond."
    assert ("SANCTION", ("CZE",), ("RUS",)) in _events(text)


def test_judged_expulsion_is_a_sanction_by_the_side_named_after_by() -> None:
    text = "Moscow condemned the expulsion of four Russian diplomats by Prague as a provocation."
    assert ("SANCTION", ("CZE",), ("RUS",)) in _events(text)


def test_ordered_closure_is_not_a_judged_sanction() -> None:
    text = "A Moscow court ordered the closure of the newspaper after prosecutors accused it of extremism."
    assert "SANCTION" not in _types(text)
