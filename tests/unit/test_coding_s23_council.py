"""A bare "the Council" with no speaker: the one organisation with such a body that the sentence names;
a couple named by two given names and one surname: the known person of the first name."""

from __future__ import annotations

import datetime as dt

from detente.coding.actors import load_dictionary

DAY = dt.date(2016, 7, 13)


def _council(text: str, speaker: str | None = None) -> str | None:
    found = [m for m in load_dictionary().match(text, date=DAY, speaker=speaker) if m.text == "Council"]
    return found[0].code if found else None


def test_the_organisation_named_beside_it() -> None:
    assert _council("Russia briefed the Council on its worries about the Alliance's exercises.") == "NATO"


def test_the_speaker_still_comes_first() -> None:
    assert _council("The Council met on Tuesday to discuss Ukraine.", speaker="EU") == "EU"


def test_two_organisations_named_leave_it_unknown() -> None:
    assert _council("Russia briefed the Council about NATO and the EU.") is None


def test_no_organisation_named_leaves_it_unknown() -> None:
    assert _council("The Council met on Tuesday.") is None


def test_a_couple_named_with_one_surname_is_the_known_person() -> None:
    from detente.coding.coder import code_sentence

    events = code_sentence(
        "The Armenian President met Vladimir and Lyudmila Putin at the airport in Yerevan.", date=DAY
    )
    assert [(e.source, e.target) for e in events if e.event.value == "CONSULT"] == [(("ARM",), ("RUS",))]


def test_an_unknown_couple_stays_unknown() -> None:
    from detente.coding.coder import code_sentence

    events = code_sentence("The Armenian President met Sergei and Anna Smirnov at the airport.", date=DAY)
    assert all(not e.target for e in events)
