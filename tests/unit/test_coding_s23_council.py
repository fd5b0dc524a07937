"""A bare "the Council" with no speaker: the one organisation with such a body that the sentence names."""

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
